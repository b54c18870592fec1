"""`effx images bootstrap | build [--lang L] | list`: the container images of the docker sandbox.

Thin commands over `effx.sandbox.images`; every failure prints one line naming what to install or run.
"""

from __future__ import annotations

from typing import Annotated

import typer

from effx.cli.errors import fail


def register(app: typer.Typer) -> None:
    """Add the `images` command group to the root app."""
    images = typer.Typer(name="images", no_args_is_help=True,
                         help="Container images for `--sandbox docker`, built offline (no registry needed).")

    @images.command()
    def bootstrap(
        mirror: Annotated[str | None, typer.Option(help="Debian mirror URL; default: the one apt uses.")] = None,
        force: Annotated[bool, typer.Option("--force", help="Rebuild even if the base image exists.")] = False,
    ) -> None:
        """Build the base image debian:bookworm-slim with debootstrap and `docker import` (needs root)."""
        from effx.sandbox.images import ImageError
        from effx.sandbox.images import bootstrap as make_base

        try:
            make_base(mirror=mirror, force=force, progress=typer.echo)
        except ImageError as error:
            raise fail(str(error)) from error

    @images.command()
    def build(
        lang: Annotated[list[str], typer.Option("--lang", "-l", help="Language to build (repeatable); "
                                                "default: every language with a Dockerfile.")] = [],  # noqa: B006
        force: Annotated[bool, typer.Option("--force", help="Rebuild even if the tag exists.")] = False,
    ) -> None:
        """Build the language images (`effx-<lang>:<recipe hash>`), bootstrapping the base image if needed."""
        from effx.registry import UnknownNameError, language_names
        from effx.sandbox.images import ImageError, bootstrap, dockerfile_path
        from effx.sandbox.images import build as build_image

        try:
            names = list(lang) or [name for name in language_names() if dockerfile_path(name).is_file()]
            for name in names:
                dockerfile_path(name)  # unknown names fail here, before anything is built
            if names:
                bootstrap(progress=typer.echo)  # returns at once when the base image exists
            for index, name in enumerate(names, start=1):
                typer.echo(f"[{index}/{len(names)}] {name}")
                build_image(name, force=force, progress=lambda line: typer.echo(f"  {line}"))
        except (ImageError, UnknownNameError) as error:
            raise fail(str(error)) from error

    @images.command("list")
    def list_command() -> None:
        """Show every language's image tag and whether it is built."""
        from effx.sandbox.images import ImageError, list_images

        try:
            infos = list_images()
        except ImageError as error:
            raise fail(str(error)) from error
        for info in infos:
            state = f"built, {info.size_mb:.0f} MB" if info.built and info.size_mb is not None else "not built"
            typer.echo(f"{info.language:<12} {info.tag or '(no Dockerfile)':<36} {state}")

    app.add_typer(images)

