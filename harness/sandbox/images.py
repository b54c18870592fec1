"""Container images for the docker sandbox: recipes, content-hash tags, offline bootstrap and builds.

No image registry is reachable from the machines effx targets, so nothing is pulled. The base image,
`debian:bookworm-slim`, is made here: `debootstrap --variant=minbase bookworm` from the Debian mirror apt
already uses, then `docker import`. Every language image is `languages/<name>/Dockerfile` (`FROM
debian:bookworm-slim` plus the toolchain's Debian packages, which install at the same paths the plugins
resolve on the host, e.g. `/usr/bin/python3`) with the measuring launcher copied to `LAUNCHER_PATH`.

Tags are `effx-<language>:<hash>`, the hash covering the Dockerfile and the launcher source: an
unchanged recipe reuses its image, a changed one gets a new tag, so a stale image is never used.
"""

from __future__ import annotations

import hashlib
import inspect
import io
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from effx.sandbox.launcher import SOURCE as LAUNCHER_SOURCE
from effx.sandbox.launcher import launcher_path

if TYPE_CHECKING:
    import docker

__all__ = [
    "BASE_IMAGE", "LAUNCHER_PATH", "ImageError", "ImageInfo", "bootstrap", "build", "debian_mirror",
    "dockerfile_path", "image_problem", "image_tag", "list_images",
]

BASE_IMAGE = "debian:bookworm-slim"
LAUNCHER_PATH = "/usr/local/bin/effx-launch"
"""Where the measuring launcher lives inside every language image."""
DEFAULT_MIRROR = "http://deb.debian.org/debian"
_SOURCES = (Path("/etc/apt/sources.list"), Path("/etc/apt/sources.list.d"))

Progress = Callable[[str], None]


class ImageError(RuntimeError):
    """An image cannot be bootstrapped or built; the message says what to install or run."""


@dataclass(frozen=True)
class ImageInfo:
    """One language's image as `effx images list` shows it."""

    language: str
    tag: str
    """`effx-<language>:<recipe hash>`, or empty when the language has no Dockerfile."""
    built: bool
    size_mb: float | None


def client() -> docker.DockerClient:
    """A Docker client for the engine in the environment (DOCKER_HOST or the default socket).

    Raises:
        ImageError: the Docker SDK is not installed or no engine answers.
    """
    try:
        import docker
    except ImportError as error:
        raise ImageError("the Docker SDK for Python is missing: pip install 'effx[docker]'") from error
    try:
        engine = docker.from_env(timeout=120)
        engine.ping()
    except docker.errors.DockerException as error:
        raise ImageError(f"no Docker engine answers ({error}); start one, e.g. with scripts/install_docker.sh"
                         ) from error
    return engine


def dockerfile_path(language: str) -> Path:
    """The Dockerfile next to the language's plugin module (built-in or third-party)."""
    from effx.registry import get_language

    return Path(inspect.getfile(type(get_language(language)))).parent / "Dockerfile"


def image_tag(language: str) -> str:
    """`effx-<language>:<hash of the Dockerfile and the launcher source>`.

    Raises:
        ImageError: the language has no Dockerfile.
    """
    recipe = dockerfile_path(language)
    if not recipe.is_file():
        raise ImageError(f"language {language!r} has no Dockerfile at {recipe}; add one to run it in docker")
    digest = hashlib.sha256(recipe.read_bytes() + b"\0" + LAUNCHER_SOURCE.read_bytes()).hexdigest()
    return f"effx-{language}:{digest[:16]}"


def _has_image(engine: docker.DockerClient, tag: str) -> bool:
    import docker

    try:
        engine.images.get(tag)
        return True
    except docker.errors.ImageNotFound:
        return False


def image_problem(language: str, engine: docker.DockerClient | None = None) -> str | None:
    """Why `language` cannot run in docker right now (no engine, recipe or image), or None."""
    try:
        tag = image_tag(language)
        if not _has_image(engine or client(), tag):
            return f"image {tag} is not built; run `effx images build --lang {language}`"
    except ImageError as error:
        return str(error)
    return None


def debian_mirror() -> str:
    """The Debian mirror apt is configured with (deb822 `URIs:` or one-line `deb` entries)."""
    files: list[Path] = []
    for source in _SOURCES:
        if source.is_dir():
            files += sorted(source.glob("*.sources")) + sorted(source.glob("*.list"))
        elif source.is_file():
            files.append(source)
    pattern = re.compile(r"^\s*(?:URIs:\s*|deb\s+(?:\[[^]]*\]\s+)?)(\S+/debian)/?(?:\s|$)", re.M)
    for path in files:
        match = pattern.search(path.read_text(encoding="utf-8", errors="replace"))
        if match:
            return match.group(1)
    return DEFAULT_MIRROR


def bootstrap(*, mirror: str | None = None, force: bool = False, progress: Progress = print) -> str:
    """Make `debian:bookworm-slim` from scratch: debootstrap a minimal rootfs and `docker import` it.

    Needs root and the `debootstrap` Debian package; takes about a minute with a nearby mirror.

    Args:
        mirror: Debian mirror URL; default: the one apt uses (`debian_mirror`).
        force: rebuild even when the image exists.
        progress: called with one line per step.

    Returns:
        The image name.

    Raises:
        ImageError: no engine, no debootstrap, not root, or debootstrap failed (its log tail included).
    """
    engine = client()
    if not force and _has_image(engine, BASE_IMAGE):
        progress(f"{BASE_IMAGE} already present")
        return BASE_IMAGE
    tool = shutil.which("debootstrap")
    if tool is None:
        raise ImageError("debootstrap is not installed: apt-get install debootstrap")
    if os.geteuid() != 0:
        raise ImageError("debootstrap needs root: run `effx images bootstrap` as root (e.g. with sudo)")
    mirror = mirror or debian_mirror()
    with tempfile.TemporaryDirectory(prefix="effx-rootfs-", dir="/var/tmp") as scratch:
        root = Path(scratch) / "root"
        progress(f"debootstrap --variant=minbase bookworm from {mirror} (about a minute)")
        done = subprocess.run([tool, "--variant=minbase", "bookworm", str(root), mirror],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise ImageError(f"debootstrap failed with exit code {done.returncode}:\n"
                             f"{(done.stdout + done.stderr)[-3000:]}")
        for leftover in ("var/cache/apt/archives", "var/lib/apt/lists"):
            for entry in (root / leftover).glob("*"):
                if entry.is_file():
                    entry.unlink()
        progress(f"importing the root filesystem as {BASE_IMAGE}")
        archive = Path(scratch) / "rootfs.tar"
        with tarfile.open(archive, "w") as tar:
            tar.add(root, arcname=".")
        repository, tag = BASE_IMAGE.split(":")
        engine.api.import_image_from_file(str(archive), repository=repository, tag=tag,
                                          changes=['CMD ["bash"]'])
    progress(f"{BASE_IMAGE} ready")
    return BASE_IMAGE


def _build_context(language: str) -> io.BytesIO:
    """A tar build context: the language's Dockerfile plus a step copying the static launcher in."""
    recipe = dockerfile_path(language).read_text(encoding="utf-8").rstrip("\n")
    dockerfile = f"{recipe}\n\n# Added by effx: the measuring launcher every compile and run goes through.\n" \
                 f"COPY effx-launch {LAUNCHER_PATH}\n"
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        data = dockerfile.encode()
        info = tarfile.TarInfo("Dockerfile")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
        tar.add(launcher_path(), arcname="effx-launch")
    buffer.seek(0)
    return buffer


def build(language: str, *, force: bool = False, progress: Progress = print) -> str:
    """Build the image of `language` unless an image with the same recipe hash exists; returns its tag.

    Build steps get the host's network (`network_mode=host`): the engine may run without a bridge, and
    apt inside the build needs the mirror. Runs never get a network (see `effx.sandbox.docker`).

    Raises:
        ImageError: no engine, no base image (run `effx images bootstrap`), or the build failed.
    """
    engine = client()
    tag = image_tag(language)
    if not force and _has_image(engine, tag):
        progress(f"{tag} already built")
        return tag
    if not _has_image(engine, BASE_IMAGE):
        raise ImageError(f"base image {BASE_IMAGE} is missing; run `effx images bootstrap` first")
    progress(f"building {tag} from {dockerfile_path(language)}")
    lines: list[str] = []
    stream: Any = engine.api.build(fileobj=_build_context(language), custom_context=True, tag=tag, rm=True,
                                   forcerm=True, network_mode="host", decode=True)
    for chunk in stream:
        if "error" in chunk:
            raise ImageError(f"building {tag} failed: {chunk['error'].strip()}\n" + "".join(lines[-30:]))
        text = chunk.get("stream", "")
        if text:
            lines.append(text)
            if text.startswith("Step ") or text.startswith("Successfully"):
                progress(text.rstrip())
    progress(f"{tag} ready")
    return tag


def list_images(languages: list[str] | None = None) -> list[ImageInfo]:
    """Every language's image tag and whether it is built (and how big it is)."""
    from effx.registry import language_names

    engine = client()
    infos = []
    for language in languages or language_names():
        try:
            tag = image_tag(language)
        except ImageError:
            infos.append(ImageInfo(language, "", False, None))
            continue
        size = None
        if _has_image(engine, tag):
            size = engine.images.get(tag).attrs.get("Size", 0) / 1e6
        infos.append(ImageInfo(language, tag, size is not None, size))
    return infos
