"""Shared machinery of the public-dataset suites (Mercury, Venus, EffiBench-X).

`rows` reads parquet/JSON/JSONL files, `source` finds them (or says how to get them), `signature`
derives typed signatures from Python starter code, `arguments` decodes textual test inputs,
`generate` runs dataset generators in the sandbox, `references` matches Venus solutions by slug, and
`build` assembles the suite and its report of skipped rows.
"""
