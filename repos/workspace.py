"""Workspaces: one git worktree per instance, checked out from a cached mirror of its repository.

Cloning once per repository and adding a worktree per instance keeps the object store shared (a
repository with many instances is fetched once) while every instance gets its own files to build and
patch. A local path, a git URL, or `owner/name` under `--repos-dir` all end up as a mirror in the
cache folder.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import git

_IDENTITY = ["-c", "user.name=effx", "-c", "user.email=effx@localhost", "-c", "commit.gpgsign=false"]


class WorkspaceError(RuntimeError):
    """The repository or commit could not be found or checked out; the message says which."""


def resolve_source(repo: str, repos_dir: Path | None) -> str:
    """Turn an instance's `repo` into something `git clone` accepts.

    Order: an existing local path; a URL (`scheme://`, `git@host:`, or ending in `.git`); `owner/name`
    under `repos_dir` as `owner/name`, `name` or `owner__name` (SWE-bench's folder naming).

    Raises:
        WorkspaceError: `repo` is `owner/name` and no folder under `repos_dir` holds it.
    """
    if Path(repo).expanduser().is_dir():
        return str(Path(repo).expanduser().resolve())
    if "://" in repo or repo.startswith("git@") or repo.endswith(".git"):
        return repo
    if repos_dir is not None and re.fullmatch(r"[\w.-]+/[\w.-]+", repo):
        owner, name = repo.split("/")
        for candidate in (repos_dir / owner / name, repos_dir / name, repos_dir / f"{owner}__{name}"):
            if candidate.is_dir():
                return str(candidate.resolve())
        raise WorkspaceError(f"repository {repo!r} not found under --repos-dir {repos_dir} (looked for "
                             f"{owner}/{name}, {name} and {owner}__{name})")
    raise WorkspaceError(f"repository {repo!r} is neither an existing folder nor a git URL; for "
                         f"`owner/name` pass --repos-dir with a folder holding the clones")


def cached_mirror(source: str, cache_dir: Path, revision: str) -> git.Repo:
    """Return a bare mirror of `source` in `cache_dir` that contains `revision`, fetching if needed."""
    name = re.sub(r"[^\w.-]+", "_", source.rstrip("/").rsplit("/", 1)[-1])[:40]
    key = hashlib.sha256(source.encode()).hexdigest()[:12]
    path = cache_dir / f"{name}-{key}"
    try:
        if path.exists():
            mirror = git.Repo(path)
            if not _has_revision(mirror, revision):
                mirror.git.fetch("--prune", "origin")
        else:
            cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".partial")
            shutil.rmtree(tmp, ignore_errors=True)
            git.Repo.clone_from(source, tmp, mirror=True)
            tmp.rename(path)
            mirror = git.Repo(path)
    except git.GitCommandError as exc:
        raise WorkspaceError(f"cannot clone or fetch {source}: {exc.stderr.strip() or exc}") from exc
    if not _has_revision(mirror, revision):
        raise WorkspaceError(f"commit {revision} not found in {source}")
    return mirror


def _has_revision(repo: git.Repo, revision: str) -> bool:
    try:
        repo.git.rev_parse("--verify", "--quiet", f"{revision}^{{commit}}")
        return True
    except git.GitCommandError:
        return False


class Workspace:
    """A worktree of one instance at its base commit, with a way back to that state after a patch.

    The worktree is handed to the sandbox, whose commands may rewrite anything in it, the `.git` file
    included; a forged `.git` pointing at a repository with hostile configuration (`core.fsmonitor`
    runs a command) must not make effx's own git commands run anything. So effx never lets git discover
    the repository from the worktree: every command names the worktree's git folder in the mirror,
    read once when the worktree was made, and the worktree explicitly.
    """

    def __init__(self, mirror: git.Repo, path: Path, base_commit: str, gitdir: Path | None = None) -> None:
        self.mirror = mirror
        self.path = path
        self.base_commit = base_commit
        self.gitdir = gitdir or _gitdir_of(path)
        """The worktree's own folder inside the mirror (index, HEAD), out of the sandbox's reach."""
        self.git_env = {"GIT_DIR": str(self.gitdir), "GIT_WORK_TREE": str(path)}
        """Environment that points any git command at this worktree without discovery."""
        self.git = git.Git(path)
        self.git.update_environment(**self.git_env)
        self._untracked: set[str] = set()

    @classmethod
    def create(cls, mirror: git.Repo, path: Path, base_commit: str) -> Workspace:
        """Check out a fresh detached worktree at `base_commit`, replacing any left from an earlier run.

        `path` is made absolute first: git runs inside the mirror, so a relative path would put the
        worktree under the cache instead of where the caller (and every later command) looks for it.
        """
        path = path.absolute()
        if path.exists():
            try:
                mirror.git.worktree("remove", "--force", str(path))
            except git.GitCommandError:
                shutil.rmtree(path, ignore_errors=True)
        mirror.git.worktree("prune")
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            mirror.git.worktree("add", "--detach", "--force", str(path), base_commit)
        except git.GitCommandError as exc:
            raise WorkspaceError(f"cannot check out {base_commit} into {path}: {exc.stderr.strip()}") from exc
        return cls(mirror, path, base_commit)

    def commit_all(self, message: str) -> None:
        """Record the current tree (e.g. base + test patch) as the state `reset` returns to."""
        self.git.add("-A")
        self.git.execute(["git", *_IDENTITY, "commit", "-q", "--no-verify", "--allow-empty",
                               "-m", message])

    def snapshot(self) -> None:
        """Remember the untracked, non-ignored files now present (build outputs) so `reset` keeps them."""
        self._untracked = set(self._list_untracked())

    def reset(self) -> None:
        """Undo a patch attempt: restore tracked files and delete untracked files it created."""
        self.git.reset("-q", "--hard", "HEAD")
        for rel in self._list_untracked():
            if rel not in self._untracked:
                (self.path / rel).unlink(missing_ok=True)

    def changed_files(self) -> list[str]:
        """Files that differ from HEAD (tracked changes and new untracked files)."""
        out = self.git.status("--porcelain", "--untracked-files=all")
        return [line[3:] for line in out.splitlines() if line[3:] not in self._untracked]

    def _list_untracked(self) -> list[str]:
        out = self.git.ls_files("--others", "--exclude-standard")
        return [line for line in out.splitlines() if line]

    def remove(self) -> None:
        """Delete the worktree (the mirror stays cached)."""
        try:
            self.mirror.git.worktree("remove", "--force", str(self.path))
        except git.GitCommandError:
            shutil.rmtree(self.path, ignore_errors=True)
            self.mirror.git.worktree("prune")


def _gitdir_of(path: Path) -> Path:
    """The git folder a freshly made worktree's `.git` file names (`gitdir: <path>`)."""
    text = (path / ".git").read_text(encoding="utf-8").strip()
    if not text.startswith("gitdir:"):
        raise WorkspaceError(f"{path}/.git is not a worktree link: {text[:80]!r}")
    return Path(text.removeprefix("gitdir:").strip())
