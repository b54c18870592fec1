"""Shared fixtures: real sandboxes over one compile cache per test session."""

from __future__ import annotations

import shutil

import pytest


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("effx-cache")


@pytest.fixture(scope="session")
def sandbox(cache_dir):
    """The local sandbox as a user gets it: bubblewrap when installed, rlimits otherwise."""
    from effx.sandbox.local import LocalSandbox

    with LocalSandbox(cache_dir=cache_dir) as box:
        yield box


@pytest.fixture(scope="session")
def isolated_sandbox(cache_dir):
    """The local sandbox with bubblewrap isolation required."""
    if shutil.which("bwrap") is None:
        pytest.skip("bubblewrap is not installed (scripts/test installs it)")
    from effx.sandbox.local import LocalSandbox

    with LocalSandbox(cache_dir=cache_dir, use_bwrap=True) as box:
        yield box


@pytest.fixture(autouse=True)
def private_results_store(tmp_path, monkeypatch):
    """Runs made by tests are recorded in a throwaway store, not the user's."""
    monkeypatch.setenv("EFFX_DB", f"sqlite:///{tmp_path / 'effx.db'}")
