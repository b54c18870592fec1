"""The base classes of the built-in plugins: a plugin of a few declarations gets a working program layout."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from effx.languages import CompiledPlugin, InterpretedPlugin, LanguagePlugin, get_language, language_names
from effx.languages.driver_plugins import find_binary, snake_case
from effx.models import Param, Signature, Task

ADD = Task(id="add", title="Add", signature=Signature(name="addTwo", params=[Param(name="a", type="int")],
                                                       returns="int"))
SCRIPT = Task(id="echo", title="Echo", mode="stdio")

PLUGIN_SOURCE = '''
from effx.languages.driver_plugins import InterpretedPlugin

class AwkPlugin(InterpretedPlugin):
    name, display_name, extension, solution_shape = "awk", "AWK", "awk", "a function named as the signature"
    solution_file, driver_file = "solution.awk", "main.awk"
    binary_names = ("no-such-awk-binary",)
    system_binary = "/no/such/awk"
    install_hint = "apt-get install gawk"
    run_flags = ("-f",)

    def render_driver(self, task, signature, code):
        return self.template("driver.awk.j2", entry=signature.name)
'''


@pytest.fixture
def awk(tmp_path: Path) -> Iterator[InterpretedPlugin]:
    """A third-party-style plugin in a folder of its own, with its own driver template."""
    (tmp_path / "driver.awk.j2").write_text("BEGIN { print {{ entry }}(1) }\n")
    (tmp_path / "awk_plugin.py").write_text(PLUGIN_SOURCE)
    spec = importlib.util.spec_from_file_location("awk_plugin", tmp_path / "awk_plugin.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["awk_plugin"] = module
    spec.loader.exec_module(module)
    yield module.AwkPlugin()
    del sys.modules["awk_plugin"]


def test_a_plugin_renders_its_driver_from_the_template_in_its_own_folder(awk: InterpretedPlugin) -> None:
    program = awk.render(ADD, "function addTwo(a) { return a + 1 }", "awk 5")
    assert program.files == {"solution.awk": "function addTwo(a) { return a + 1 }",
                             "main.awk": "BEGIN { print addTwo(1) }\n"}
    assert program.run_argv == ["no-such-awk-binary", "-f", "main.awk"] and program.compile_argv is None
    assert program.toolchain == "awk 5" and not program.no_data_limit


def test_a_stdio_task_is_the_solution_alone(awk: InterpretedPlugin) -> None:
    program = awk.render(SCRIPT, "{ print }")
    assert program.files == {"solution.awk": "{ print }"} and program.run_argv[-1] == "solution.awk"


def test_a_missing_toolchain_is_a_failed_version_probe_not_an_exception(awk: InterpretedPlugin) -> None:
    assert awk.toolchain.version_argv == ["no-such-awk-binary", "--version"]
    assert awk.toolchain.install_hint == "apt-get install gawk"


def test_a_function_task_without_a_signature_names_its_task_file(awk: InterpretedPlugin) -> None:
    with pytest.raises(ValueError, match="function task without a signature; add one to its task.json"):
        awk.render(Task(id="broken", title="Broken"), "")


def test_the_system_binary_wins_over_path_and_a_bare_name_stays_bare(tmp_path: Path) -> None:
    system = tmp_path / "python3"
    system.write_text("")
    assert find_binary(str(system), "python3") == str(system)
    assert find_binary(None, "gcc") == "gcc"
    assert find_binary(str(tmp_path / "absent"), "no-such-binary", "sh").endswith("/sh")


@pytest.mark.parametrize(("name", "snake"), [("twoSum", "two_sum"), ("isValidBST", "is_valid_bst"),
                                             ("parseHTMLTag", "parse_html_tag"), ("two_sum", "two_sum")])
def test_snake_case_spells_entry_points_as_leetcode_does(name: str, snake: str) -> None:
    assert snake_case(name) == snake


def test_every_built_in_plugin_is_compiled_or_interpreted_and_all_are_language_plugins() -> None:
    for name in language_names():
        plugin = get_language(name)
        assert isinstance(plugin, LanguagePlugin)
        assert isinstance(plugin, CompiledPlugin) != isinstance(plugin, InterpretedPlugin), name
        assert plugin.uses_address_space_limit() == (not plugin.render(SCRIPT, "").no_data_limit), name
