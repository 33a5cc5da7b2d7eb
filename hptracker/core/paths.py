"""Where the program's own files are: Alembic migrations and resources.

In a wheel they are shipped inside the package (``hptracker.migrations`` is the repository's
``db/``, ``hptracker.resources`` its ``resources/``, see pyproject.toml); in a source checkout they
are the top-level folders. Both are looked up the same way so that an installed program never
depends on the checkout it was built from.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parents[2]


def _package_dir(package: str, source_folder: str) -> Path:
    try:
        spec = importlib.util.find_spec(package)
    except ModuleNotFoundError:
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidate = Path(location)
            if candidate.is_dir():
                return candidate
    fallback = _SOURCE_ROOT / source_folder
    if fallback.is_dir():
        return fallback
    raise FileNotFoundError(f"hptracker is installed without its {source_folder}/ folder")


@cache
def migrations_dir() -> Path:
    return _package_dir("hptracker.migrations", "db")


@cache
def resources_dir() -> Path:
    return _package_dir("hptracker.resources", "resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
