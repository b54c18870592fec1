"""Reading samples JSONL: one solution per line, validated up front so a bad file writes nothing.

A line is a JSON object with `task_id`, `language`, `model` and `solution` (or its alias `completion`);
`sample_id` is optional and is otherwise assigned in file order per (model, task, language).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from pydantic import ValidationError

from effx.models import Sample


class SamplesError(ValueError):
    """A samples file that cannot be used; the message names the file and line."""


def read_samples(path: Path, *, known_tasks: set[str] | None = None,
                 known_languages: set[str] | None = None) -> list[Sample]:
    """Parse and validate a samples JSONL file.

    Raises:
        SamplesError: on the first bad line, naming its number and what is wrong.
    """
    try:
        lines = path.read_text().splitlines()
    except OSError as exc:
        raise SamplesError(f"cannot read samples file {path}: {exc.strerror}") from exc
    samples: list[Sample] = []
    counters: dict[tuple[str, str, str], int] = defaultdict(int)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            sample = Sample.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise SamplesError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
        except ValidationError as exc:
            error = exc.errors()[0]
            field = ".".join(str(p) for p in error["loc"]) or "line"
            raise SamplesError(f"{where}: {field}: {error['msg']} (a line needs task_id, language, model, "
                               "solution)") from exc
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
    return samples
