"""`effx generate`, `effx optimize` and `effx serve`: the commands that talk to models and to trainers.

Each command checks its options, imports the library lazily (so `effx --help` stays fast and needs no
FastAPI) and calls one library function. Errors a user can fix print one line and exit with code 2.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from effx.cli.checks import check_run_id, check_sandbox, check_writable_folder
from effx.cli.errors import fail, message

if TYPE_CHECKING:
    from effx.generate.optimize import IterationSummary

ENDPOINT_HELP = "OpenAI-compatible API root, e.g. https://api.openai.com/v1 or http://127.0.0.1:8000/v1."



def _user_errors() -> tuple[type[Exception], ...]:
    from effx.generate.loop import GenerateError
    from effx.generate.optimize import OptimizeError
    from effx.orchestrate.samples import SamplesError
    from effx.registry import UnknownNameError
    from effx.tasks.suite import SuiteError

    return (GenerateError, OptimizeError, UnknownNameError, SamplesError, SuiteError)


def generate(
    output: Annotated[Path, typer.Option("--output", "-o", help="Samples JSONL to append to (resumable).")],
    lang: Annotated[str, typer.Option("--lang", "-l", help="Language to ask for (a plugin name).")],
    model: Annotated[str, typer.Option(help="Model name sent to the endpoint and written to each line.")],
    base_url: Annotated[str, typer.Option(help=ENDPOINT_HELP)],
    suite: Annotated[str, typer.Option(help="Suite whose tasks are asked for.")] = "core",
    api_key_env: Annotated[str, typer.Option(help="Environment variable holding the API key (unset: none).")]
    = "OPENAI_API_KEY",
    n: Annotated[int, typer.Option("--samples", "-n", min=1, help="Samples per task.")] = 1,
    temperature: Annotated[float, typer.Option(min=0.0, help="Sampling temperature.")] = 0.0,
    max_tokens: Annotated[int | None, typer.Option(min=1, help="Longest answer, in tokens.")] = None,
    concurrency: Annotated[int, typer.Option(min=1, help="Requests in flight at once.")] = 4,
    retries: Annotated[int, typer.Option(min=0, help="Retries on 429/5xx/timeouts, with backoff.")] = 5,
    backoff: Annotated[float, typer.Option(min=0.0, help="First retry delay in seconds (doubles per retry).")]
    = 1.0,
    timeout: Annotated[float, typer.Option(min=1.0, help="Per-request timeout in seconds.")] = 300.0,
    task: Annotated[list[str], typer.Option("--task", "-t", help="Only this task id (repeatable).")] = [],  # noqa: B006
    retry_errors: Annotated[bool, typer.Option("--retry-errors", help="Ask again for lines recorded with an "
                                               "error.")] = False,
    data: Annotated[Path | None, typer.Option(help="Dataset file or folder for published-format suites.")]
    = None,
) -> None:
    """Ask a model for solutions and append one samples line per answer (skips pairs already there).

    Every (task, sample index) is one chat request with a prompt showing the statement and the solution
    shape of the language (a typed starter stub in the LeetCode shape of every language). Failed requests are
    retried with exponential backoff and jitter; one that still fails is written with an `error` field
    and an empty solution, and the run goes on. Evaluate the file with `effx run --samples`.
    """
    from effx.generate.loop import GenerateConfig
    from effx.generate.loop import generate as run_generate
    from effx.orchestrate.progress import counting_bar

    config = GenerateConfig(suite=suite, language=lang, model=model, base_url=base_url, output=output,
                            api_key_env=api_key_env, n=n, temperature=temperature, max_tokens=max_tokens,
                            concurrency=concurrency, retries=retries, task_ids=tuple(task),
                            retry_errors=retry_errors, backoff_s=backoff, timeout_s=timeout, data=data)
    try:
        with counting_bar(f"generate {model}") as (on_plan, advance):
            summary = run_generate(config, progress=lambda ok: advance("ok" if ok else "error"), on_plan=on_plan)
    except _user_errors() as exc:
        raise fail(message(exc)) from None
    typer.echo(f"{summary.requested} requested, {summary.failed} failed, {summary.skipped} already in {output}")
    if summary.requested and summary.failed == summary.requested:
        raise fail(f"every request failed; the reasons are in the `error` field of the lines in {output} "
                   "(rerun with --retry-errors once the endpoint answers)", 1)


def optimize(
    lang: Annotated[str, typer.Option("--lang", "-l", help="Language of the programs.")],
    model: Annotated[str, typer.Option(help="Model that rewrites the code.")],
    base_url: Annotated[str, typer.Option(help=ENDPOINT_HELP)],
    iterations: Annotated[int, typer.Option(min=0, help="Rewrites per task after the starting program.")] = 3,
    objective: Annotated[str, typer.Option(help="What to reduce: time, memory or integral.")] = "time",
    suite: Annotated[str, typer.Option(help="Suite to optimise on.")] = "core",
    samples: Annotated[Path | None, typer.Option(help="Samples JSONL with starting programs (default: ask "
                                                 "the model for one).")] = None,
    api_key_env: Annotated[str, typer.Option(help="Environment variable holding the API key.")] = "OPENAI_API_KEY",
    temperature: Annotated[float, typer.Option(min=0.0, help="Sampling temperature.")] = 0.0,
    max_tokens: Annotated[int | None, typer.Option(min=1, help="Longest answer, in tokens.")] = None,
    retries: Annotated[int, typer.Option(min=0, help="Retries on 429/5xx/timeouts, with backoff.")] = 5,
    backoff: Annotated[float, typer.Option(min=0.0, help="First retry delay in seconds.")] = 1.0,
    task: Annotated[list[str], typer.Option("--task", "-t", help="Only this task id (repeatable).")] = [],  # noqa: B006
    run_id: Annotated[str | None, typer.Option(help="Run folder name; rerunning skips finished tasks.")] = None,
    runs_dir: Annotated[Path, typer.Option(help="Folder holding run folders.")] = Path("runs"),
    repeat: Annotated[int, typer.Option(min=1, help="Measured runs per program after one warm-up.")] = 3,
    sandbox: Annotated[str, typer.Option(help="Sandbox backend.")] = "local",
    data: Annotated[Path | None, typer.Option(help="Dataset file or folder for published-format suites.")]
    = None,
) -> None:
    """Iteratively ask a model to make its code faster (or leaner), measuring every version.

    Writes runs/<run_id>/optimize.jsonl (one line per task and iteration) and prints Pass@1 and
    Beyond@1 per iteration, for the program of that iteration and for the best one kept so far.
    """
    from effx.generate.optimize import OptimizeConfig, OptimizeError, read_records, summarize_iterations
    from effx.generate.optimize import optimize as run_optimize
    from effx.orchestrate.progress import counting_bar

    if objective not in ("time", "memory", "integral"):
        raise fail(f"--objective must be time, memory or integral, not {objective!r}")
    check_run_id(run_id)
    check_writable_folder(runs_dir, "--runs-dir")
    check_sandbox(sandbox)
    config = OptimizeConfig(suite=suite, language=lang, model=model, base_url=base_url, iterations=iterations,
                            objective=objective, samples=samples, api_key_env=api_key_env,  # type: ignore[arg-type]
                            temperature=temperature, max_tokens=max_tokens, retries=retries, backoff_s=backoff,
                            task_ids=tuple(task), run_id=run_id, runs_dir=runs_dir, repeat=repeat,
                            sandbox=sandbox, data=data)
    try:
        with counting_bar(f"optimize {model}") as (on_plan, advance):
            folder = run_optimize(config, progress=lambda _task: advance("done"), on_plan=on_plan)
    except (*_user_errors(), OptimizeError) as exc:
        raise fail(message(exc)) from None
    _print_summary(summarize_iterations(read_records(folder / "optimize.jsonl")))
    typer.echo(f"wrote {folder / 'optimize.jsonl'}")


def _print_summary(rows: list[IterationSummary]) -> None:
    from rich.console import Console
    from rich.table import Table

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{100 * value:.1f}%"

    table = Table("iteration", "tasks", "Pass@1", "Beyond@1", "best Pass@1", "best Beyond@1",
                  title="Optimisation by iteration")
    for row in rows:
        table.add_row(str(row.iteration), str(row.tasks), pct(row.pass_at_1), pct(row.beyond_at_1),
                      pct(row.best_pass_at_1), pct(row.best_beyond_at_1))
    Console().print(table)


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port to listen on.")] = 8000,
    token_env: Annotated[str, typer.Option(help="Environment variable holding the bearer token.")]
    = "EFFX_SERVE_TOKEN",
    no_auth: Annotated[bool, typer.Option("--no-auth", help="Serve without a token (trusted loopback only).")]
    = False,
    max_queue: Annotated[int, typer.Option(min=0, help="Requests that may wait; more get 503.")] = 64,
    concurrency: Annotated[int, typer.Option(min=1, help="Measurements at once.")] = 2,
    repeat: Annotated[int, typer.Option(min=1, help="Measured runs per solution for /score.")] = 3,
    sandbox: Annotated[str, typer.Option(help="Sandbox backend.")] = "local",
) -> None:
    """Serve /execute, /score and /health as a JSON API (OpenAPI docs at /docs)."""
    check_sandbox(sandbox)
    token = os.environ.get(token_env) or None
    if token is None and not no_auth:
        raise fail(f"no token: set {token_env} (e.g. `export {token_env}=$(openssl rand -hex 16)`), "
                    "or pass --no-auth for a trusted loopback setup")
    from effx.serve import serve as run_server
    from effx.serve.app import ServeConfig

    config = ServeConfig(token=None if no_auth else token, concurrency=concurrency, max_queue=max_queue,
                         repeat=repeat, sandbox=sandbox)
    run_server(config, host=host, port=port)


def register(app: typer.Typer) -> None:
    """Add `generate`, `optimize` and `serve` to the effx app."""
    app.command("generate")(generate)
    app.command("optimize")(optimize)
    app.command("serve")(serve)
