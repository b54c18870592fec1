"""`effx serve`: an online judge over HTTP for leaderboards and RL trainers.

## effx serve (README section)

`effx serve --port 8000` starts a JSON API (FastAPI + uvicorn) on 127.0.0.1. The token is read from
the environment variable named by `--token-env` (default `EFFX_SERVE_TOKEN`) and every measuring
request must send `Authorization: Bearer <token>`; the server refuses to start without one unless
`--no-auth` is given. The interactive OpenAPI documentation is at `/docs`, the schema at
`/openapi.json`.

Routes:

- `GET /health` (no token needed) -> `{status, concurrency, max_queue, running, waiting,
  peak_running, served, rejected, sandbox}`.
- `POST /execute {language, code, stdin?, timeout_s?, memory_mb?}` -> `{status, stdout, stderr,
  exit_code, wall_ms, cpu_ms, peak_rss_kb, mem_integral_mb_s, compile_ms}`.
- `POST /score {suite?, task_id, language, completion, baseline?, objective?}` -> `{status, passed,
  message, runtime_ms, cpu_ms, peak_rss_kb, mem_integral_mb_s, beyond, reward, improvement, format,
  baseline_status, reference_runtimes_ms}`.

`/execute` runs `code` as a whole program (stdin in, stdout out) in the sandbox; its status is one
of ok, compile_error, runtime_error, timeout, memory_limit, output_limit, sandbox_error (outputs are
not judged). `/score` judges a model answer on a suite task like `effx run` does (code extracted from
Markdown or from a `<solution>` block), gives Mercury's Beyond on runtime against the task's
references in that language (measured once per server and cached), and Afterburner's GRPO reward
against `baseline` (code of the program the answer rewrites, measured once and cached; absent means
a first attempt).

Load: at most `--concurrency` measurements run at once (each pinned to its own core when there are
enough cores); up to `--max-queue` more wait; beyond that the server answers 503 with a
`Retry-After` header. Errors: 401 without a valid token, 422 for a body that does not match the
schema (the detail names the field), 400 for an unknown language or suite, 404 for an unknown task.

```bash
export EFFX_SERVE_TOKEN=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
effx serve --port 8000 --concurrency 2 &
curl -s -H "Authorization: Bearer $EFFX_SERVE_TOKEN" -H 'content-type: application/json' \\
     -d '{"language": "python", "code": "print(sum(map(int, input().split())))", "stdin": "2 3"}' \\
     http://127.0.0.1:8000/execute
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from effx.serve.app import ServeConfig

API_DOC = __doc__.split("## effx serve (README section)", 1)[1].strip() if __doc__ else ""
"""The API section above, shown as the description of the OpenAPI document."""

__all__ = ["API_DOC", "ServeConfig", "create_app", "serve"]


def __getattr__(name: str) -> object:
    # FastAPI is imported only when the server is actually wanted.
    if name in ("ServeConfig", "create_app"):
        from effx.serve import app

        return getattr(app, name)
    raise AttributeError(name)


def serve(config: ServeConfig, *, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info") -> None:
    """Build the app for `config` and run it with uvicorn until interrupted."""
    import uvicorn

    from effx.serve.app import create_app

    uvicorn.run(create_app(config), host=host, port=port, log_level=log_level)
