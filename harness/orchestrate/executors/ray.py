"""The Ray executor: the same batches as a local pool, spread over a Ray cluster.

Each batch is a Ray task that asks for one CPU, so Ray never runs more batches on a node than it has
cores; inside the task the batch claims a core exclusively and pins its measured runs there, exactly as
a local pool worker does. Results come back batch by batch as tasks finish and are written by the
driver process, so an interrupted cluster run resumes like a local one.

Before any work is sent, every alive node reports which toolchains it has. A language missing on some
nodes is scheduled only on the nodes that have it (and the run says so); missing everywhere, the run
refuses to start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from effx.models import RunResult
from effx.orchestrate.executors.batch import Batch, Executor, run_batch


class RayUnavailableError(RuntimeError):
    """Ray is not installed or the cluster cannot be reached."""


def _ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailableError("the ray executor needs Ray: pip install 'ray>=2.40'") from exc
    return ray


def _node_toolchains(languages: list[str]) -> dict[str, bool]:
    from effx.languages.toolchains import toolchain_version

    return {lang: toolchain_version(lang) != "missing" for lang in languages}


class RayExecutor(Executor):
    """Runs batches as Ray tasks (`num_cpus=1`) on the cluster at `address` (None: start a local one)."""

    name = "ray"

    @classmethod
    def from_options(cls, *, workers: int | None = None, address: str | None = None) -> Executor:
        return cls(address, num_cpus=workers)

    def __init__(self, address: str | None = None, *, num_cpus: int | None = None):
        self.address = address
        self.num_cpus = num_cpus
        self.notes: list[str] = []
        self._capable: dict[str, list[str]] = {}

    def _connect(self) -> Any:
        ray = _ray()
        if not ray.is_initialized():
            try:
                if self.address:
                    ray.init(address=self.address, log_to_driver=False)
                else:
                    ray.init(num_cpus=self.num_cpus, log_to_driver=False, include_dashboard=False)
            except ConnectionError as exc:
                raise RayUnavailableError(f"cannot reach the Ray cluster at {self.address}: {exc}") from exc
        return ray

    def check_languages(self, languages: set[str]) -> list[str]:
        """Ask every alive node for its toolchains; remember which nodes can run each language."""
        ray = self._connect()
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        probe = ray.remote(num_cpus=0)(_node_toolchains)
        nodes = [n["NodeID"] for n in ray.nodes() if n.get("Alive")]
        reports = ray.get([probe.options(scheduling_strategy=NodeAffinitySchedulingStrategy(node, soft=False))
                           .remote(sorted(languages)) for node in nodes])
        problems = []
        for lang in sorted(languages):
            capable = [node for node, found in zip(nodes, reports, strict=True) if found[lang]]
            self._capable[lang] = capable
            if not capable:
                problems.append(f"{lang}: toolchain not found on any of the {len(nodes)} Ray nodes")
            elif len(capable) < len(nodes):
                self.notes.append(f"{lang}: toolchain found on {len(capable)} of {len(nodes)} Ray nodes; "
                                  "its batches run only there")
        return problems

    def run(self, batches: list[Batch], on_result: Callable[[RunResult], None]) -> None:
        ray = self._connect()
        if not batches:
            return
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        remote = ray.remote(num_cpus=1, max_retries=0)(run_batch)
        refs = []
        for index, batch in enumerate(batches):
            options: dict[str, Any] = {}
            needed = {job.language for job in batch.jobs}
            capable = set.intersection(*(set(self._capable[lang]) for lang in needed)) if all(
                lang in self._capable for lang in needed) else set()
            restricted = any(lang in self._capable for lang in needed)
            if capable and restricted and len(capable) < len(ray.nodes()):
                node = sorted(capable)[index % len(capable)]
                options["scheduling_strategy"] = NodeAffinitySchedulingStrategy(node, soft=False)
            refs.append(remote.options(**options).remote(batch))
        pending = list(refs)
        try:
            while pending:
                done, pending = ray.wait(pending, num_returns=1)
                for result in ray.get(done[0]):
                    on_result(result)
        except BaseException:
            for ref in pending:
                ray.cancel(ref, force=True)
            raise
