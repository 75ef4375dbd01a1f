"""Safe YAML loading that keeps the 1-based position of every key and value.

PyYAML's composer gives nodes with marks; we build plain Python data from them ourselves,
which lets us record positions, report duplicate keys (PyYAML silently keeps the last),
refuse non-standard tags (safe loading only) and cap alias expansion ("billion laughs").

Lines are those an editor shows, and YAML 1.2's: they end at "\n", "\r\n" or "\r" only.
PyYAML follows YAML 1.1, where U+0085 (NEL), U+2028 (LINE SEPARATOR) and U+2029 (PARAGRAPH
SEPARATOR) end a line too: text pasted from Word or a PDF would then fold or break a value
("could not find expected key") and shift every position after it. So those three are
hidden from PyYAML behind stand-ins of the same length and put back in every value
(`_hide_breaks`): they are characters of the line they are on, kept in the value, as in
YAML 1.2 and JSON. Positions are computed from a mark's character offset (`LineTable`),
so an error that libyaml finds at its own closing line break (a file without a final
newline) is on the file's last line, not the one after it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from peerclaims.corpus.model import Position
from peerclaims.diagnostics import Finding

try:  # the C composer is several times faster; fall back to pure Python where absent
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path = tuple[str | int, ...]

MAX_DEPTH = 64
MAX_NODES_FACTOR = 10  # an aliased tree may expand to at most 10x the file's own node count
_STD = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_STD + t for t in ("str", "int", "float", "bool", "null", "timestamp", "binary")}
_COLLECTION_TAGS = {_STD + "map", _STD + "seq"}
_STR = _STD + "str"
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


_LINE_END = re.compile("\r\n|\r|\n")


class LineTable:
    """Editor positions (1-based line and column) of character offsets into `text`.

    Lines end at "\n", "\r\n" and "\r", as editors, grep and the other readers of
    peerclaims count them; U+0085, U+2028 and U+2029 are characters within a line. The
    table of line starts is built on the first lookup, so a file without findings pays
    nothing for it.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None

    def position(self, mark: yaml.Mark) -> Position:
        """Where `mark` is; a mark past the end (libyaml's closing line break) is at the end."""
        if self._starts is None:
            self._starts = [0, *(m.end() for m in _LINE_END.finditer(self._text))]
        offset = min(max(mark.index, 0), len(self._text))
        line = bisect_right(self._starts, offset)
        return Position(line, offset - self._starts[line - 1] + 1)


class NodePositions(Mapping[Path, Position]):
    """Positions looked up lazily in the composed node tree, by data path.

    Nothing is recorded while loading; a position is found only when a diagnostic needs
    one, so a clean 10k-claim corpus pays nothing for having positions.
    """

    def __init__(
        self, root: yaml.Node | None, *, keys: bool, lines: LineTable | None = None
    ) -> None:
        self._root, self._keys = root, keys
        self._lines = lines or LineTable("")

    def _find(self, path: Path) -> yaml.Node | None:
        node, key_node = self._root, None
        for part in path:
            key_node = None
            if isinstance(node, yaml.MappingNode):
                # the last occurrence wins, as in the data built from it
                pairs = [
                    (k, v)
                    for k, v in node.value
                    if isinstance(k, yaml.ScalarNode) and _scalar_key(k) == part
                ]
                if not pairs:
                    return None
                key_node, node = pairs[-1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                if not 0 <= part < len(node.value):
                    return None
                node = node.value[part]
            else:
                return None
        return key_node if self._keys else node

    def __getitem__(self, path: Path) -> Position:
        node = self._find(path)
        if node is None or (self._keys and not path):
            raise KeyError(path)
        return self._lines.position(node.start_mark)

    def __contains__(self, path: object) -> bool:
        return isinstance(path, tuple) and self._find(path) is not None

    def __iter__(self) -> Iterator[Path]:  # pragma: no cover - lookups only
        return iter(())

    def __len__(self) -> int:  # pragma: no cover - lookups only
        return 0


def _scalar_key(node: yaml.ScalarNode) -> str | int:
    if node.tag == _STD + "int":
        try:
            return int(node.value)
        except ValueError:
            return str(node.value)
    return str(node.value)


@dataclass(slots=True)
class YamlDoc:
    """Data built from a YAML text, positions to look up, and the problems met on the way."""

    data: Any = None
    values: Mapping[Path, Position] = field(default_factory=lambda: NodePositions(None, keys=False))
    keys: Mapping[Path, Position] = field(default_factory=lambda: NodePositions(None, keys=True))
    findings: list[Finding] = field(default_factory=list)


def load_yaml(text: str, path: str) -> YamlDoc:
    """Compose `text` safely and build data with positions; never raises for bad YAML."""
    doc = YamlDoc()
    lines = LineTable(text)
    hidden, restore = _hide_breaks(text)
    try:
        node = yaml.compose(hidden, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        doc.findings.append(_syntax_finding(exc, path, text, lines, restore))
        return doc
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        message = f"cannot parse YAML: {exc}".translate(restore)
        doc.findings.append(Finding("yaml-syntax", path, 1, 1, message))
        return doc
    if node is None:
        return doc
    if restore:
        _restore_breaks(node, restore)
    doc.values = NodePositions(node, keys=False, lines=lines)
    doc.keys = NodePositions(node, keys=True, lines=lines)
    # Without aliases a text cannot hold more nodes than characters; beyond a few times
    # that, aliases are multiplying the tree ("billion laughs").
    builder = _Builder(path, doc, lines, budget=MAX_NODES_FACTOR * (len(text) + 100))
    try:
        doc.data = builder.build(node, 0)
    except _TooLarge as exc:
        doc.data = None
        doc.findings.append(Finding("yaml-syntax", path, exc.line, exc.column, str(exc)))
    return doc


_YAML11_BREAKS = "\x85\u2028\u2029"
_STAND_INS = (range(0xE000, 0xF900), range(0xF0000, 0xFFFFE), range(0x100000, 0x10FFFE))


def _hide_breaks(text: str) -> tuple[str, dict[int, str]]:
    """`text` with U+0085, U+2028 and U+2029 replaced by private-use characters it does not
    hold (PyYAML reads those as ordinary text), and the table that puts them back."""
    present = [c for c in _YAML11_BREAKS if c in text]
    if not present:
        return text, {}
    used = set(text)
    spare = (chr(c) for block in _STAND_INS for c in block if chr(c) not in used)
    stand_in = {ord(c): next(spare) for c in present}
    return text.translate(stand_in), {ord(v): chr(k) for k, v in stand_in.items()}


def _restore_breaks(root: yaml.Node, restore: dict[int, str]) -> None:
    """Put the hidden characters back into every scalar of the tree (each node once)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            node.value = node.value.translate(restore)
        elif isinstance(node, yaml.MappingNode):
            stack += [n for pair in node.value for n in pair]
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value


def _syntax_finding(
    exc: yaml.MarkedYAMLError, path: str, text: str, lines: LineTable, restore: dict[int, str]
) -> Finding:
    mark = exc.problem_mark or exc.context_mark
    problem = (exc.problem or "invalid YAML").translate(restore)
    unclosed = "end of stream" in problem and "quoted scalar" in (exc.context or "")
    if unclosed and exc.context_mark is not None:
        mark = exc.context_mark  # point at the quote that opens, not at the end of the file
    where = lines.position(mark) if mark else Position(1, 1)
    line, column = where.line, where.column
    if exc.context and exc.context not in problem:
        problem = f"{problem} ({exc.context.translate(restore)})"
    if unclosed:
        problem += "; is a closing quote missing?"
    # The pure-Python scanner names the tab ('\\t'); the C one does not, so look at the text.
    if "'\\t'" in problem or " tab " in problem or _is_tab_at(text, line, column):
        problem += "; YAML indentation must use spaces, not tabs"
    return Finding("yaml-syntax", path, line, column, problem)


def _is_tab_at(text: str, line: int, column: int) -> bool:
    lines = _LINE_END.split(text)
    if not 1 <= line <= len(lines):
        return False
    row = lines[line - 1]
    return 1 <= column <= len(row) and row[column - 1] == "\t"


class _TooLarge(Exception):
    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.line, self.column = line, column


class _Builder:
    def __init__(self, path: str, doc: YamlDoc, lines: LineTable, budget: int) -> None:
        self.path, self.doc, self.lines, self.budget = path, doc, lines, budget

    def build(self, node: yaml.Node, depth: int) -> Any:
        self.budget -= 1
        if self.budget < 0 or depth > MAX_DEPTH:
            why = "nested too deeply" if depth > MAX_DEPTH else "expands too far through aliases"
            raise _TooLarge(f"YAML document {why}; refusing to load it", *self.lc(node))
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        if node.tag not in _COLLECTION_TAGS:  # !!python/object/apply on a mapping or list
            self.doc.findings.append(
                self.finding(node, f"tag {node.tag} is not allowed (safe loading only)")
            )
            return None
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, depth)
        return [self.build(item, depth + 1) for item in node.value]

    def mapping(self, node: yaml.MappingNode, depth: int) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        first: dict[Any, yaml.Node] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _STD + "merge":
                self.doc.findings.append(
                    self.finding(key_node, "merge keys ('<<') are not supported")
                )
                continue
            key = self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str | int) or isinstance(key, bool):
                self.doc.findings.append(self.finding(key_node, "mapping keys must be plain text"))
                continue
            if key in first:
                self.doc.findings.append(
                    Finding(
                        "duplicate-yaml-key",
                        self.path,
                        *self.lc(key_node),
                        f"key '{key}' is repeated (first at line {self.lc(first[key])[0]}); "
                        "YAML keeps only the last value",
                    )
                )
            else:
                first[key] = key_node
            out[key] = self.build(value_node, depth + 1)
        return out

    def scalar(self, node: yaml.ScalarNode) -> Any:
        tag = node.tag
        if tag == _STR:  # the common case, without the constructor's overhead
            return node.value
        if tag not in _SCALAR_TAGS:
            self.doc.findings.append(
                self.finding(node, f"tag {tag} is not allowed (safe loading only)")
            )
            return None
        try:
            return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)
        # PyYAML's constructors raise KeyError, AttributeError or IndexError on values that
        # do not fit an explicit tag (`!!bool maybe`, `!!timestamp nope`, `!!int ''`)
        except (yaml.YAMLError, ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
            self.doc.findings.append(self.finding(node, f"invalid value: {exc}"))
            return None

    def finding(self, node: yaml.Node, message: str) -> Finding:
        return Finding("yaml-syntax", self.path, *self.lc(node), message)

    def lc(self, node: yaml.Node) -> tuple[int, int]:
        position = self.lines.position(node.start_mark)
        return position.line, position.column
