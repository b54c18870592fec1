"""The problems a judge serves: the tasks of its suites, with base points and a stub per language."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from effx.arena.config import BASE_POINTS, UnknownSuiteError
from effx.models import Task


class UnknownProblemError(LookupError):
    """A problem id the judge does not serve."""


@dataclass(frozen=True)
class Problem:
    """One problem: its task (cases and references), where it comes from, what it is worth."""

    task: Task
    suite: str
    base_points: float
    languages: tuple[str, ...]
    """Languages a submission may be in: the task's reference languages the judge offers."""

    @property
    def id(self) -> str:
        return self.task.id

    @cached_property
    def signatures(self) -> dict[str, str]:
        """language -> the starter code the language plugin writes (its stub); a stdio task has none."""
        from effx.registry import get_language

        stubs: dict[str, str] = {}
        for language in self.languages:
            try:
                stubs[language] = get_language(language).stub(self.task)
            except (ValueError, NotImplementedError):
                stubs[language] = ""
        return stubs


class Catalogue:
    """Problems by id, in suite order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems: dict[str, Problem] = {}
        for problem in problems:
            if problem.id in self.problems:
                raise UnknownSuiteError(f"problem id {problem.id!r} is in suites {self.problems[problem.id].suite!r} "
                                        f"and {problem.suite!r}: serve one of them")
            self.problems[problem.id] = problem

    def get(self, problem_id: str) -> Problem:
        """The problem `problem_id`, or UnknownProblemError naming close ids."""
        if problem_id not in self.problems:
            import difflib

            close = difflib.get_close_matches(problem_id, list(self.problems), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise UnknownProblemError(f"unknown problem {problem_id!r}{hint}")
        return self.problems[problem_id]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.problems.values())

    def __len__(self) -> int:
        return len(self.problems)

    @property
    def languages(self) -> list[str]:
        """Every language some problem accepts, sorted."""
        return sorted({language for problem in self for language in problem.languages})


def installed_languages() -> list[str]:
    """Languages whose toolchain is found on this machine."""
    from effx.languages.toolchains import toolchain_key
    from effx.registry import language_names

    return [name for name in language_names() if toolchain_key(name) != "missing"]


def load_catalogue(suites: tuple[str, ...], languages: tuple[str, ...] | None = None) -> Catalogue:
    """The problems of `suites` (each loaded once per process), offered in `languages` (default: installed)."""
    from effx.registry import suite_names
    from effx.rewards import load_suite

    offered = set(languages if languages is not None else installed_languages())
    problems: list[Problem] = []
    for name in suites:
        if name not in suite_names():
            raise UnknownSuiteError(f"unknown suite {name!r}; known: {', '.join(suite_names())}")
        for task in load_suite(name).tasks.values():
            langs = tuple(sorted({r.language for r in task.references} & offered))
            if langs:
                problems.append(Problem(task, name, BASE_POINTS.get(task.difficulty, 5.0), langs))
    return Catalogue(problems)
