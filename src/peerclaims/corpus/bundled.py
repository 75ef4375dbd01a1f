"""Where the corpus shipped with peerclaims lives (a light module: no parsing imports)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["bundled_paths"]


def bundled_paths() -> tuple[Path, Path]:
    """Paths of the corpus shipped inside the package (or the source tree's data/)."""
    packaged = Path(str(resources.files("peerclaims"))) / "data"
    if (packaged / "claims.yaml").is_file():
        return packaged / "claims.yaml", packaged / "references.bib"
    source = Path(__file__).resolve().parents[3] / "data"
    return source / "claims.yaml", source / "references.bib"
