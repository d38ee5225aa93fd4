"""careergraph benchmarks: a synthetic corpus generator and the benchmark runner.

Run ``python -m benchmarks.run`` (see ``benchmarks/README.md``).
"""
