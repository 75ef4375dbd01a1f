"""Safe YAML loading that keeps the 1-based position of every key and value.

PyYAML's composer gives nodes with marks; we build plain Python data from them ourselves,
which lets us record positions, report duplicate keys (PyYAML silently keeps the last),
refuse non-standard tags (safe loading only) and cap alias expansion ("billion laughs").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from peerclaims.diagnostics import Finding
from peerclaims.model import Position

try:  # the C composer is several times faster; fall back to pure Python where absent
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path = tuple[str | int, ...]

MAX_DEPTH = 64
MAX_NODES_FACTOR = 10  # an aliased tree may expand to at most 10x the file's own node count
_STD = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_STD + t for t in ("str", "int", "float", "bool", "null", "timestamp", "binary")}
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


@dataclass(slots=True)
class YamlDoc:
    """Data built from a YAML text plus positions and the problems met on the way."""

    data: Any = None
    values: dict[Path, Position] = field(default_factory=dict)
    keys: dict[Path, Position] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def load_yaml(text: str, path: str) -> YamlDoc:
    """Compose `text` safely and build data with positions; never raises for bad YAML."""
    doc = YamlDoc()
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        doc.findings.append(_syntax_finding(exc, path))
        return doc
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        doc.findings.append(Finding("yaml-syntax", path, 1, 1, f"cannot parse YAML: {exc}"))
        return doc
    if node is None:
        return doc
    builder = _Builder(path, doc, budget=MAX_NODES_FACTOR * _count_nodes(node) + 1000)
    try:
        doc.data = builder.build(node, ())
    except _TooLarge as exc:
        doc.data = None
        doc.findings.append(Finding("yaml-syntax", path, exc.line, exc.column, str(exc)))
    return doc


def _syntax_finding(exc: yaml.MarkedYAMLError, path: str) -> Finding:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or "invalid YAML"
    if exc.context and exc.context not in problem:
        problem = f"{problem} ({exc.context})"
    if "'\\t'" in problem:
        problem += "; YAML indentation must use spaces, not tabs"
    return Finding("yaml-syntax", path, line, column, problem)


def _count_nodes(root: yaml.Node) -> int:
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        stack.extend(_children(node))
    return len(seen)


def _children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        yield from node.value
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield key
            yield value


class _TooLarge(Exception):
    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.line, self.column = line, column


class _Builder:
    def __init__(self, path: str, doc: YamlDoc, budget: int) -> None:
        self.path, self.doc, self.budget = path, doc, budget

    def pos(self, node: yaml.Node) -> Position:
        return Position(node.start_mark.line + 1, node.start_mark.column + 1)

    def build(self, node: yaml.Node, at: Path, depth: int = 0) -> Any:
        self.budget -= 1
        if self.budget < 0 or depth > MAX_DEPTH:
            p = self.pos(node)
            why = "nested too deeply" if depth > MAX_DEPTH else "expands too far through aliases"
            raise _TooLarge(f"YAML document {why}; refusing to load it", p.line, p.column)
        self.doc.values[at] = self.pos(node)
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, at, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*at, i), depth + 1) for i, item in enumerate(node.value)]
        return self.scalar(node)

    def mapping(self, node: yaml.MappingNode, at: Path, depth: int) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _STD + "merge":
                self.doc.findings.append(self.finding(key_node, "merge keys ('<<') are not supported"))
                continue
            key = self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str | int):
                self.doc.findings.append(self.finding(key_node, "mapping keys must be plain text"))
                continue
            if key in out:
                first = self.doc.keys[(*at, key)]
                self.doc.findings.append(
                    Finding(
                        "duplicate-yaml-key", self.path, *self._lc(key_node),
                        f"key '{key}' is repeated (first at line {first.line}); "
                        "YAML keeps only the last value",
                    )
                )
            self.doc.keys[(*at, key)] = self.pos(key_node)
            out[key] = self.build(value_node, (*at, key), depth + 1)
        return out

    def scalar(self, node: yaml.Node) -> Any:
        if node.tag not in _SCALAR_TAGS:
            self.doc.findings.append(
                self.finding(node, f"tag {node.tag} is not allowed (safe loading only)")
            )
            return None
        try:
            return _CONSTRUCTOR.yaml_constructors[node.tag](_CONSTRUCTOR, node)
        except (yaml.YAMLError, ValueError, TypeError) as exc:
            self.doc.findings.append(self.finding(node, f"invalid value: {exc}"))
            return None

    def finding(self, node: yaml.Node, message: str) -> Finding:
        return Finding("yaml-syntax", self.path, *self._lc(node), message)

    def _lc(self, node: yaml.Node) -> tuple[int, int]:
        p = self.pos(node)
        return p.line, p.column
