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
