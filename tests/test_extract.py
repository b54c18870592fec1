"""Code extraction from model answers and removal of demo entry points."""

from __future__ import annotations

from effx.measure.extract import extract_code, fenced_blocks, strip_scaffolding

PY_SOLUTION = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]"


def test_the_block_tagged_with_the_language_wins_over_a_larger_other_block():
    text = (
        "Here is my reasoning.\n```text\n" + "a long explanation line\n" * 20 + "```\n"
        "And the code:\n```python\n" + PY_SOLUTION + "\n```\nDone."
    )
    assert extract_code(text, "python") == PY_SOLUTION + "\n"


def test_language_aliases_select_the_block():
    for tag in ("py", "Python3", "python"):
        assert extract_code(f"```{tag}\nx = 1\n```", "python") == "x = 1\n"
    for tag in ("c++", "cpp", "cc", "C++"):
        assert extract_code(f"```{tag}\nint x;\n```\n```java\nclass A {{}}\n```", "cpp") == "int x;\n"


def test_the_largest_tagged_block_is_taken_not_a_short_usage_example():
    text = f"```python\n{PY_SOLUTION}\n```\nUsage:\n```python\nprint(1)\n```"
    assert extract_code(text, "python") == PY_SOLUTION + "\n"


def test_an_untagged_block_is_preferred_over_a_block_of_another_tag():
    text = "```\nint f() { return 1; }\n```\n```bash\n" + "g++ -O2 main.cpp -o main && ./main\n" * 3 + "```"
    assert extract_code(text, "cpp") == "int f() { return 1; }\n"


def test_without_any_tag_match_the_largest_block_is_taken():
    text = "```java\nshort\n```\n```rust\nfn main() { println!(\"longer\"); }\n```"
    assert extract_code(text, "python") == 'fn main() { println!("longer"); }\n'


def test_plain_code_without_fences_comes_back_whole():
    assert extract_code("\n\n" + PY_SOLUTION + "\n\n", "python") == PY_SOLUTION + "\n"


def test_an_unclosed_fence_runs_to_the_end_of_a_truncated_answer():
    assert extract_code("Sure:\n```python\ndef f():\n    return 2\n", "python") == "def f():\n    return 2\n"


def test_tilde_fences_and_longer_backtick_fences_are_recognised():
    text = "~~~cpp\nint a;\n~~~\n````python\n```\ninner\n```\n````"
    blocks = fenced_blocks(text)
    assert [(b.tag, b.body) for b in blocks] == [("cpp", "int a;"), ("python", "```\ninner\n```")]


def test_fences_in_list_items_quotes_and_deep_indentation_are_found():
    listed = "1. First the idea.\n2. Then the code:\n   ```python\n   x = 1\n   if x:\n       y = 2\n   ```\n"
    assert extract_code(listed, "python") == "x = 1\nif x:\n    y = 2\n"
    assert extract_code("> ```cpp\n> int a;\n> ```\n", "cpp") == "int a;\n"
    indented = "Solution:\n\n    ```python\n    def f():\n        return 1\n    ```\n"
    assert [b.tag for b in fenced_blocks(indented)] == ["python"]
    assert extract_code(indented, "python") == "def f():\n    return 1\n"  # indentation removed, runnable


def test_a_fence_tag_with_attributes_counts_by_its_first_word():
    assert fenced_blocks("```Python {linenos}\nx = 1\n```")[0].tag == "python"


def test_empty_blocks_are_ignored():
    assert extract_code("```python\n\n```\n```\nx = 3\n```", "python") == "x = 3\n"


def test_python_main_guard_block_is_removed_and_later_code_kept():
    code = (
        "import sys\n\ndef solve(a):\n    return a\n\n"
        "if __name__ == '__main__':\n    print(solve(3))\n\n    sys.exit(0)\n"
        "HELPER = 1\n"
    )
    assert strip_scaffolding(code, "python") == "import sys\n\ndef solve(a):\n    return a\n\nHELPER = 1\n"


def test_python_without_a_main_guard_is_unchanged():
    code = "def f():\n    if __name__ == '__main__':\n        pass\n"
    assert strip_scaffolding(code, "python") == code


def test_cpp_main_is_removed_even_with_braces_in_strings_and_comments():
    code = (
        "#include <bits/stdc++.h>\nclass Solution { public: int f() { return 1; } };\n"
        "int main() {\n    // a } in a comment\n    cout << \"}{\" << '}' << endl;\n    /* { */\n"
        "    return 0;\n}\nint after() { return 2; }\n"
    )
    assert strip_scaffolding(code, "cpp") == (
        "#include <bits/stdc++.h>\nclass Solution { public: int f() { return 1; } };\n"
        "int after() { return 2; }\n"
    )


def test_cpp_signed_main_with_arguments_is_removed():
    code = "int f();\nsigned main(int argc, char** argv)\n{\n  return f();\n}\n"
    assert strip_scaffolding(code, "cpp") == "int f();\n"


def test_cpp_without_main_is_unchanged_and_other_languages_are_untouched():
    code = "class Solution {};\n"
    assert strip_scaffolding(code, "cpp") == code
    assert strip_scaffolding("func main() {}\n", "go") == "func main() {}\n"
