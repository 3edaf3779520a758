"""Find the line of a key in TOML text, so validation errors can say `path:line`.

`tomllib` returns plain dicts without positions, and pydantic reports errors by location
(`("sources", 1, "url")`). This module scans the TOML text once and maps each table, array-of-
tables element and key to the line it starts on. It understands the TOML our content uses (bare
and dotted keys, `[table]`, `[[array]]`, multi-line strings); for anything it cannot place it
falls back to the closest enclosing table, which is still the right neighbourhood.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+(?:\s*\.\s*[A-Za-z0-9_-]+)*)\s*=")

Loc = tuple[str | int, ...]


def key_lines(text: str) -> dict[Loc, int]:
    """Map every location in `text` to its 1-based line number."""
    lines: dict[Loc, int] = {}
    array_counts: dict[Loc, int] = {}
    table: Loc = ()
    in_string: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if in_string is not None:
            if line.count(in_string) % 2 == 1:
                in_string = None
            continue
        header = _HEADER.match(line)
        if header:
            is_array = header.group(1) == "[["
            parts = [p.strip().strip('"') for p in header.group(2).split(".")]
            resolved: list[str | int] = []
            for index, part in enumerate(parts):
                resolved.append(part)
                is_last = index == len(parts) - 1
                key = tuple(resolved)
                if is_last and is_array:
                    count = array_counts.get(key, 0)
                    array_counts[key] = count + 1
                    resolved.append(count)
                elif key in array_counts:
                    resolved.append(array_counts[key] - 1)
            table = tuple(resolved)
            lines.setdefault(table, number)
            if is_array:
                lines.setdefault(table[:-1], number)
            continue
        assignment = _KEY.match(line)
        if assignment:
            path = table + tuple(p.strip() for p in assignment.group(1).split("."))
            lines.setdefault(path, number)
            rest = line[assignment.end() :]
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2 == 1:
                    in_string = quote
                    break
    return lines


def locate(text: str, loc: Sequence[str | int], default: int = 1) -> int:
    """The line of `loc` in `text`, or of its closest enclosing location that exists."""
    lines = key_lines(text)
    path = tuple(loc)
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return default
