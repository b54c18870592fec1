"""Running a benchmark: plan the jobs of a run, hand task batches to an executor, record the results.

`runner` turns a `RunConfig` into a plan and executes it resumably; `samples` reads the solutions to
evaluate; `executors` decides where batches run; `progress` shows how far a run has got.
"""
