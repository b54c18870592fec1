"""`python -m effx`: the `effx` command, for environments where the script is not on PATH."""

from effx.cli.root import main

main()
