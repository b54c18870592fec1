"""Reading samples JSONL: one solution per line, validated up front so a bad file writes nothing.

A line is a JSON object with `task_id`, `language` and `solution` (or its alias `completion`); `model`
is optional (default `unknown`), and `sample_id` is optional and otherwise assigned in file order per
(model, task, language). Given a `language`, lines without one take it, so an evalplus/bigcode-style
file of `{"task_id", "completion"}` lines can be read for one language.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from pydantic import ValidationError

from effx.models import Sample


class SamplesError(ValueError):
    """A samples file that cannot be used; the message names the file and line."""


LINE_FIELDS = "a line needs task_id, language and solution (or completion); model is optional"
"""What every line must hold, as error messages state it."""


def read_samples(path: Path, *, known_tasks: set[str] | None = None,
                 known_languages: set[str] | None = None, language: str | None = None) -> list[Sample]:
    """Parse and validate a samples JSONL file.

    Args:
        path: the JSONL file.
        known_tasks: task ids a line may name (None: any).
        known_languages: languages a line may name (None: any).
        language: the language of lines that name none (None: every line must name one).

    Raises:
        SamplesError: on the first bad line, naming its number and what is wrong, or when the file
            cannot be read, is not UTF-8 text or holds no sample at all.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SamplesError(f"cannot read samples file {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise SamplesError(f"samples file {path} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    samples: list[Sample] = []
    counters: dict[tuple[str, str, str], int] = defaultdict(int)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            fields = json.loads(line)
            if language is not None and isinstance(fields, dict):
                fields.setdefault("language", language)
            sample = Sample.model_validate(fields)
        except json.JSONDecodeError as exc:
            raise SamplesError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
        except ValidationError as exc:
            error = exc.errors()[0]
            field = ".".join(str(p) for p in error["loc"]) or "line"
            raise SamplesError(f"{where}: {field}: {error['msg']} ({LINE_FIELDS})") from exc
        if known_tasks is not None and sample.task_id not in known_tasks:
            from effx.registry import unknown

            raise SamplesError(f"{where}: {unknown('task id', sample.task_id, sorted(known_tasks))}")
        if known_languages is not None and sample.language not in known_languages:
            from effx.registry import unknown

            raise SamplesError(f"{where}: {unknown('language', sample.language, sorted(known_languages))}")
        group = (sample.model, sample.task_id, sample.language)
        if sample.sample_id is None:
            sample.sample_id = counters[group]
        counters[group] = max(counters[group], sample.sample_id) + 1
        samples.append(sample)
    if not samples:
        raise SamplesError(f"no samples in {path}: the file is empty or holds only blank lines")
    return samples
