"""Titles of the documents that claims appear in, from `documents.yaml` beside claims.yaml.

The claims' `appearances` name a document by its file name (`003_b539451294242adb.txt`);
a person knows it by its title. `documents.yaml` maps one to the other:

    version: 1
    documents:
      003_b539451294242adb.txt: SAMHSA BRSS TACS "Value of Peers, 2017" (full set)

The file is optional; a document it does not name is shown by its file name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from peerclaims.errors import InputError

FILE_NAME = "documents.yaml"


def read_titles(claims_path: str | Path) -> dict[str, str]:
    """The titles in the `documents.yaml` beside `claims_path`; {} when there is none.

    Raises InputError (with file and line) when the file cannot be read or is not a
    mapping of file names to titles.
    """
    import yaml

    path = Path(claims_path).with_name(FILE_NAME)
    if not str(claims_path) or not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise InputError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    documents = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(documents, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in documents.items()
    ):
        raise InputError(
            f"{path}: expected 'documents:' mapping each file name to a title (a string)"
        )
    return {name: " ".join(title.split()) for name, title in documents.items()}


def titles_for(claims_paths: Iterable[str | Path]) -> dict[str, str]:
    """The titles beside each claims file, the first file's winning (as corpus layers do)."""
    out: dict[str, str] = {}
    for claims_path in claims_paths:
        for name, title in read_titles(claims_path).items():
            out.setdefault(name, title)
    return out


def title_of(document: str, titles: Mapping[str, str]) -> str:
    """The document's title, or its file name when it has none."""
    return titles.get(document) or document


def title_order(title: str) -> tuple[str, str]:
    """A sort key that files titles as a reader would: opening quotes and brackets ignored,
    case folded."""
    return (title.lstrip("\"'“‘«([ ").casefold(), title)
