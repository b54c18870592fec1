"""Faults of effx's own machinery, provoked for real: killed processes, a dead docker engine, a full disk,
a results store that goes away, concurrent runs, an older run folder and an overloaded or misused server.

Each test asserts that nothing is lost, nothing duplicated and no result of a half-finished measurement kept.
Set EFFX_FAULTS_LOG to a file to have each test append what it lost and how long recovery took (one JSON
line per fault); the tests themselves print nothing.
"""
