"""YAML that remembers where each key and item stood, so problems can name a line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from bot.content.problems import Problem

Path = tuple[str | int, ...]
# libyaml's parser when present: same results, a tenth of the load time.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class YamlFile:
    path: str
    data: Any
    lines: dict[Path, int] = field(default_factory=dict)

    def line(self, *where: str | int) -> int:
        """The line of the deepest part of `where` that exists, else 1."""
        for end in range(len(where), 0, -1):
            if where[:end] in self.lines:
                return self.lines[where[:end]]
        return 1


def _reused_node(root: yaml.Node) -> yaml.Node | None:
    """The first node reached twice: an alias. A few hundred bytes of nested aliases would
    expand to gigabytes when constructed, so they are refused before that."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return node
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
    return None


def parse(path: str, text: str) -> tuple[YamlFile | None, list[Problem]]:
    """Parse one file; a syntax error becomes a Problem instead of an exception."""
    try:
        loader = _LOADER(text)
        try:
            node = loader.get_single_node()
            reused = _reused_node(node) if node is not None else None
            if reused is not None:
                return None, [Problem(path, reused.start_mark.line + 1,
                                      "an anchor (&) is used again by an alias (*)",
                                      "write the text out in full: content files do not "
                                      "support anchors and aliases")]
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        # An unclosed [ or { is noticed lines later; point at where it was opened.
        opened = exc.context_mark if "flow" in (exc.context or "") else None
        mark = opened or exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = (exc.problem or "not valid YAML").strip()
        if opened and exc.problem_mark and exc.problem_mark.line != opened.line:
            what += f" (noticed on line {exc.problem_mark.line + 1})"
        return None, [Problem(path, line, f"YAML syntax: {what}",
                              "check the indentation (spaces, not tabs) and quote text that "
                              "contains ': ' or starts with a special character")]
    except yaml.YAMLError as exc:
        return None, [Problem(path, 1, f"YAML: {exc}", "fix the file so it is valid YAML")]
    lines: dict[Path, int] = {}
    problems: list[Problem] = []
    if node is not None:
        _walk(node, (), lines, problems, path)
    return YamlFile(path, data, lines), problems


def _walk(node: yaml.Node, where: Path, lines: dict[Path, int],
          problems: list[Problem], path: str) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                problems.append(Problem(path, line, f"'{key}' appears twice here",
                                        "keep one of them; the later one would silently win"))
            seen.add(key)
            lines[(*where, key)] = line
            _walk(value_node, (*where, key), lines, problems, path)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[(*where, index)] = item.start_mark.line + 1
            _walk(item, (*where, index), lines, problems, path)
