"""Data shipped inside the examples' package (`sdar_trl_examples/data`: the bundled warm starts, the searching
expert's recorded ALFWorld demonstrations), found as `sdar_trl.bundled` finds the library's data, so that a regular
(non-editable) install runs the examples' embedded defaults as a source checkout does."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def bundled_path(*parts: str) -> Path:
    """The path of ``sdar_trl_examples/data/<parts...>`` in the installed package, e.g.
    ``bundled_path("models", "alfworld_search")``."""
    resource = files("sdar_trl_examples") / "data"
    for part in parts:
        resource = resource / part
    if isinstance(resource, Path):
        return resource
    raise RuntimeError(
        f"sdar_trl_examples' bundled data is not on the file system ({resource}); install the package with "
        "pip rather than importing it from a zip archive."
    )
