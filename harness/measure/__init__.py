"""Measuring solutions: one execution's verdict, expected outputs, the repetition protocol, cost modes.

A sandbox returns raw executions; this package turns them into statuses (`verdict`), checks outputs
(`checkers`, `expected`), repeats and interleaves runs into a `Measurement` (`protocol`), counts
instructions (`instructions`) and warns about a busy machine (`noise`).
"""
