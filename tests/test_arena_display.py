"""The submission page's rendering helpers: highlighted code, the wrong answer taken apart and diffed."""

from __future__ import annotations

from effx.arena import display

MESSAGE = ('case 7 of 20: input [[2, 7, 11, 15], 9]\nexpected [0, 1, 5, "<b>"]\ngot      [0, 2, 5, "<b>"]\n'
           "exact: differs")


def test_code_is_highlighted_with_css_classes_and_escaped() -> None:
    html = display.highlight("def f(x):\n    return '<x>'\n", "python")
    assert html.startswith('<div class="highlight">') and '<span class="k">def</span>' in html
    assert "&lt;x&gt;" in html and "<x>" not in html
    assert '<span class="kt">int</span>' in display.highlight("int main() { return 0; }\n", "cpp")
    assert "&lt;" in display.highlight("a < b", "no-such-language")  # plain text, still escaped
    assert ".highlight .k" in display.highlight_css()


def test_a_wrong_answer_message_is_taken_apart() -> None:
    wrong = display.parse_wrong_answer(MESSAGE)
    assert wrong is not None and (wrong.case, wrong.cases) == (7, 20)
    assert wrong.input == "[[2, 7, 11, 15], 9]" and wrong.expected == '[0, 1, 5, "<b>"]' and not wrong.truncated
    assert display.parse_wrong_answer("exit code 1\nTraceback") is None
    assert display.parse_wrong_answer(None) is None


def test_the_diff_puts_one_list_element_per_line_and_escapes() -> None:
    wrong = display.parse_wrong_answer(MESSAGE)
    assert wrong is not None
    diff = str(display.answer_diff(wrong))
    assert '<span class="diff-del">-  1</span>' in diff and '<span class="diff-add">+  2</span>' in diff
    assert '<span class="diff-same">   &#34;&lt;b&gt;&#34;</span>' in diff and "<b>" not in diff


def test_shortened_and_textual_values_still_diff() -> None:
    assert display.pretty_lines('[1, [2, 3], "a,b", 4... (300 chars)') == ["[", "  1", "  [2, 3]", '  "a,b"',
                                                                          "  4... (300 chars)"]
    assert display.pretty_lines("3\\n4") == ["3", "4"]  # stdio output: one line per line
    assert display.pretty_lines('{"a": 1}') == ["{", '  "a": 1', "}"]
    wrong = display.parse_wrong_answer("case 1 of 1: input x\nexpected 2... (900 chars)\ngot      2... (900 chars)")
    assert wrong is not None and wrong.truncated
    assert "no difference in the values as shown" in display.answer_diff(wrong)


def test_case_counts_claim_only_what_the_verdict_shows() -> None:
    from effx.arena.evaluate import case_counts
    from effx.models import RunResult, Status

    def result(status: Status, message: str = "") -> RunResult:
        return RunResult(task_id="t", language="python", model="m", sample_id=0, status=status, message=message)

    assert case_counts(result(Status.ok), 20) == (20, 20)
    assert case_counts(result(Status.wrong_answer, MESSAGE), 20) == (6, 20)
    assert case_counts(result(Status.wrong_answer, "judge says no"), 20) == (None, 20)
    assert case_counts(result(Status.timeout, "case 3 of 20: exceeded"), 20) == (None, 20)
    assert case_counts(result(Status.compile_error, "SyntaxError"), 20) == (None, 20)


def test_the_case_summary_reads_as_the_counts_allow() -> None:
    from effx.arena.views import cases_summary

    assert cases_summary("ok", 20, 20) == "all 20 cases passed"
    assert cases_summary("wrong_answer", 6, 20) == "case 7 of 20 failed: 6 passed"
    assert cases_summary("timeout", None, 20) == "no per-case result (timeout): 20 cases"
    assert cases_summary("sandbox_error", None, None) is None and cases_summary(None, None, None) is None


def test_a_database_of_an_older_judge_gets_the_new_columns(tmp_path) -> None:
    import sqlalchemy as sa

    from effx.arena.db import JudgeDB

    path = str(tmp_path / "old.db")
    with JudgeDB(path) as db, db.write() as conn:
        for column in ("cases_passed", "cases_total"):
            conn.exec_driver_sql(f"ALTER TABLE arena_submissions DROP COLUMN {column}")
    with JudgeDB(path) as db:
        names = {c["name"] for c in sa.inspect(db.engine).get_columns("arena_submissions")}
        assert {"cases_passed", "cases_total"} <= names
    with JudgeDB(path):  # opening again changes nothing
        pass
