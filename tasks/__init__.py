"""Suites of tasks: the built-in `core` suite and loaders for public dataset formats."""
