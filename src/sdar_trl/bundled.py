"""Data shipped inside the package (`sdar_trl/data`: ALFWorld games, the shop's catalogue, the Search-QA corpus, skill
libraries), located through `importlib.resources` so that a regular (non-editable) install finds it as well as a
source checkout does."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def bundled_path(*parts: str) -> Path:
    """The path of ``sdar_trl/data/<parts...>`` in the installed package, e.g. ``bundled_path("skills", "alfworld")``.

    The environments and the retriever open these files by path (TextWorld reads game files itself), so the package
    must be installed as files on disk, as pip does, not imported from a zip archive."""
    return package_data_path("sdar_trl", *parts)


def package_data_path(package: str, *parts: str) -> Path:
    """The path of ``<package>/data/<parts...>`` in an installed package (this one's, or the examples' package's)."""
    resource = files(package) / "data"
    for part in parts:
        resource = resource / part
    if isinstance(resource, Path):
        return resource
    raise RuntimeError(
        f"{package}'s bundled data is not on the file system ({resource}); install the package with "
        "pip rather than importing it from a zip archive."
    )
