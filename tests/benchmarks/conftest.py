"""The benchmarks are scripts, not an installed package: their folder goes on the path, as when a script runs."""

import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
