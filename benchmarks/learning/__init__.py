"""The learning benchmark's parts (`bench_learning.py` is its command line): the arms (`arms`), what every arm shares
(`budget`), the house warm start and its evaluation (`house`, `evaluation`, `warm_start`), one training run with its
diagnostics (`run`, `diagnostics`), the runs' scheduling and cache (`harness`), and the report (`report`, `plots`)."""
