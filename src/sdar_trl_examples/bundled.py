"""Data shipped inside the examples' package (`sdar_trl_examples/data`: the bundled warm starts, the searching
expert's recorded ALFWorld demonstrations), found as `sdar_trl.bundled` finds the library's data, so that a regular
(non-editable) install runs the examples' embedded defaults as a source checkout does."""

from __future__ import annotations

from pathlib import Path

from sdar_trl.bundled import package_data_path


def bundled_path(*parts: str) -> Path:
    """The path of ``sdar_trl_examples/data/<parts...>`` in the installed package, e.g.
    ``bundled_path("models", "alfworld_search")``."""
    return package_data_path("sdar_trl_examples", *parts)
