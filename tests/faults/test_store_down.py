"""The results store (PostgreSQL) goes down during `effx run`: the run folder keeps every result, the error
says how to catch up, and `effx runs import` after the server is back brings the store up to date, once.

The server is a throwaway cluster of this module's own, made by scripts/install_postgres.sh, since the test
stops it; the PostgreSQL of $EFFX_TEST_PG_URL, which other tests use, is never touched.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from .common import SLOW_TASK, SmallRun, effx, error_line, has_keys, keys, lines, note, run, start, wait_until

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "install_postgres.sh"


@dataclass
class Cluster:
    url: str
    data: Path
    port: int
    bin: Path

    def _pg_ctl(self, *args: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", str(self.bin / "pg_ctl"), "-D", str(self.data), "-w",
                        *args], check=True, capture_output=True, timeout=120)

    def stop(self) -> None:
        """Stop at once, as a crash would: no checkpoint, connections cut."""
        self._pg_ctl("-m", "immediate", "stop")

    def start(self) -> float:
        began = time.monotonic()
        folder = self.data.parent
        self._pg_ctl("-l", str(folder / "server.log"), "-o", f"-c listen_addresses=127.0.0.1 -c port={self.port} "
                     f"-c unix_socket_directories={folder} -c fsync=off", "start")
        return time.monotonic() - began

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()


@pytest.fixture(scope="module")
def postgres() -> Iterator[Cluster]:
    if os.geteuid() != 0:
        pytest.skip("the throwaway PostgreSQL cluster runs as the postgres user, which needs root")
    pytest.importorskip("psycopg2")
    made = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, timeout=600)
    found = re.search(r"cluster in (\S+) on 127\.0\.0\.1:(\d+) \(stop: runuser -u postgres -- (\S+)/pg_ctl",
                      made.stderr)
    if made.returncode != 0 or not found:
        pytest.skip(f"no PostgreSQL here ({SCRIPT.name}: {made.stderr.strip()[-300:]})")
    cluster = Cluster(made.stdout.strip().splitlines()[-1], Path(found.group(1)), int(found.group(2)),
                      Path(found.group(3)))
    try:
        yield cluster
    finally:
        if cluster.running():
            cluster.stop()
        shutil.rmtree(cluster.data.parent, ignore_errors=True)


def test_a_store_that_goes_down_mid_run_loses_nothing_and_an_import_catches_it_up(tmp_path: Path, postgres):
    from effx.store import Store

    scenario = SmallRun.create(tmp_path, tasks=(SLOW_TASK,))
    folder = scenario.folder("pg")
    db = ("--db", postgres.url)
    proc = start(scenario.args("pg", *db))
    try:
        wait_until(has_keys(folder, {scenario.broken_key}), proc=proc, what="the first result")
        # A dashboard syncs the run while it is going: the store holds its first results...
        synced, _ = run(effx("runs", "import", str(folder), *db))
        assert synced.returncode == 0, synced.stderr
        postgres.stop()  # ...and then the server dies before the run ends.
        _, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 1, err[-3000:]
    message = error_line(err)
    assert "results store" in message and f"effx runs import {folder}" in message and "complete" in message
    assert sorted(keys(lines(folder))) == sorted(scenario.keys())  # the run folder has everything, once

    refused, _ = run(effx("runs", "import", str(folder), *db))
    assert refused.returncode == 2 and "Check --db" in error_line(refused.stderr)

    restart_s = postgres.start()
    caught_up, import_s = run(effx("runs", "import", str(folder), *db))
    assert caught_up.returncode == 0, caught_up.stderr
    with Store(postgres.url) as store:
        stored = store.results(["pg"])
        assert store.get_run("pg").status == "complete"
    assert sorted(r.key for r in stored) == sorted(keys(lines(folder)))  # all of them, none twice
    assert [r.model_dump_json() for r in stored] == lines(folder)
    note("results store down", lost=0, duplicated=0, error=message, server_restart_s=round(restart_s, 1),
         import_s=round(import_s, 1))
