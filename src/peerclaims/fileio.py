"""Reading text files strictly: UTF-8 only (a BOM is accepted), with clear reasons on failure."""

from __future__ import annotations

import os
from pathlib import Path

from peerclaims.errors import InputError

MAX_BYTES = 50 * 1024 * 1024


def read_text(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> str:
    """Return the file's text, or raise `InputError` saying why it cannot be read."""
    p = Path(path)
    try:
        check_regular(p)
        with p.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # never trust st_size alone
        if len(data) > max_bytes:
            raise InputError(f"{p}: more than the {max_bytes // 1_000_000} MB limit")
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return decode_text(data, str(p))


def check_regular(p: Path) -> None:
    """Refuse directories and special files (a FIFO or /dev/zero would block or never end)."""
    if p.is_dir():
        raise InputError(f"{p}: is a directory, expected a file")
    if not p.exists():
        raise FileNotFoundError(p)
    if not p.is_file():
        raise InputError(f"{p}: not a regular file (a device, pipe or socket)")


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 (dropping a BOM); refuse binary, UTF-16 and other encodings by name."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_like_bomless_utf16(data[:8192]):
        raise InputError(f"{name}: looks like UTF-16; save it as UTF-8")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"{name}:{line}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8", line=line,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_bomless_utf16(head: bytes) -> bool:
    """Mostly-ASCII UTF-16 without a BOM: NUL in nearly every even (BE) or odd (LE) byte only."""
    if len(head) < 4 or b"\x00" not in head:
        return False
    even, odd = head[0::2], head[1::2]
    for zeros, other in ((even, odd), (odd, even)):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) == 0:
            return True
    return False
