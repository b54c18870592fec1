"""The `effx` command line: a typer root app and one module per command group.

Commands validate their options, import the library lazily and call one library function each; the
library never imports this package. `effx.cli.root:main` is the console script.
"""
