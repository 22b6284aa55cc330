"""Reference data written by the project (see SOURCES.md), read through ``path``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def path(name: str) -> Path:
    """Absolute path of a bundled data file, independent of the working directory."""
    return Path(str(resources.files(__package__).joinpath(name)))
