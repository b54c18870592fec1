"""`python -m benchmarks`: the precision, throughput and overhead benchmarks (see `benchmarks/run.py`)."""

from benchmarks.run import main

main()
