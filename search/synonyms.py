"""Synonyms and abbreviations, read from an editable TOML file and validated.

`synonyms.toml` (next to this module) holds groups of terms that mean the same thing, in both
languages. A query is scanned for terms (longest first); each one found also searches for the
other terms of its group.

The rules are pydantic models (`search.synonyms_model`); a file that plainly keeps them (the
shipped one does) is checked without loading pydantic, which then stays off the path to the
first search. Anything else goes through the models, which word what is wrong.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from search.text import words


class SynonymsError(ValueError):
    """The synonyms file cannot be read or breaks a rule; the message says where and why."""


@dataclass(frozen=True)
class SynonymGroup:
    """One group: its name and its terms (stripped of surrounding white space)."""

    name: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    """A synonym term found in a query: query words [start:end) and the group's other terms."""

    start: int
    end: int
    group: str
    alternatives: tuple[tuple[str, ...], ...]


class Synonyms:
    """The groups of a synonyms file, ready to be matched against folded query words."""

    def __init__(self, groups: Sequence[SynonymGroup]) -> None:
        self.groups = list(groups)
        self._terms: dict[tuple[str, ...], SynonymGroup] = {}
        for group in self.groups:
            for term in group.terms:
                self._terms[tuple(words(term))] = group
        self._longest = max((len(key) for key in self._terms), default=0)

    def match(self, query_words: Sequence[str]) -> list[Match]:
        """Non-overlapping terms in the query, left to right, the longest term at each place."""
        found: list[Match] = []
        i = 0
        while i < len(query_words):
            for size in range(min(self._longest, len(query_words) - i), 0, -1):
                key = tuple(query_words[i : i + size])
                group = self._terms.get(key)
                if group is not None:
                    alternatives = {
                        tuple(words(term)) for term in group.terms if tuple(words(term)) != key
                    }
                    found.append(Match(i, i + size, group.name, tuple(sorted(alternatives))))
                    i += size
                    break
            else:
                i += 1
        return found

    def all_words(self) -> set[str]:
        return {word for key in self._terms for word in key}


def default_path() -> Path:
    return Path(str(resources.files("search").joinpath("synonyms.toml")))


def parse_synonyms(text: str, shown: str = "synonyms.toml") -> Synonyms:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SynonymsError(f"{shown}: not valid TOML: {exc}") from None
    groups = plain_groups(data)
    if groups is None:
        groups = _validated(data, shown)
    return Synonyms(groups)


def plain_groups(data: Any) -> list[SynonymGroup] | None:
    """The groups, when `data` keeps every rule of `search.synonyms_model.SynonymsFile` in its
    plainest form: only known keys, strings and lists of the TOML types, no white space to
    strip; group names unique, at least two terms a group, each with a letter or digit, no
    term in two groups. None when anything is otherwise: `_validated` then decides and says
    why. It never accepts what the models refuse (tests/search/test_synonyms.py)."""
    if type(data) is not dict or not set(data) <= {"group"}:
        return None
    entries = data.get("group", [])
    if type(entries) is not list:
        return None
    groups: list[SynonymGroup] = []
    owner: dict[tuple[str, ...], str] = {}
    for entry in entries:
        if type(entry) is not dict or set(entry) != {"name", "terms"}:
            return None
        name, terms = entry["name"], entry["terms"]
        if type(name) is not str or not name or name != name.strip():
            return None
        if any(group.name == name for group in groups):
            return None
        if type(terms) is not list or len(terms) < 2:
            return None
        for term in terms:
            if type(term) is not str or term != term.strip():
                return None
            key = tuple(words(term))
            if not key or owner.get(key, name) != name:
                return None
            owner[key] = name
        groups.append(SynonymGroup(name, tuple(terms)))
    return groups


def _validated(data: Any, shown: str) -> list[SynonymGroup]:
    """The groups as the pydantic models read them; `SynonymsError` saying what is wrong."""
    from pydantic import ValidationError

    from search.synonyms_model import SynonymsFile

    try:
        checked = SynonymsFile.model_validate(data)
    except ValidationError as exc:
        details = "; ".join(
            f"{'.'.join(str(p) for p in error['loc']) or 'file'}: {error['msg']}"
            for error in exc.errors()
        )
        raise SynonymsError(f"{shown}: {details}") from None
    return [SynonymGroup(group.name, tuple(group.terms)) for group in checked.group]


def load_synonyms(path: Path | None = None) -> Synonyms:
    """Read and validate a synonyms file (default: the shipped `search/synonyms.toml`)."""
    if path is None:
        return _default()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SynonymsError(f"{path}: cannot read: {exc}") from None
    return parse_synonyms(text, str(path))


@cache
def _default() -> Synonyms:
    path = default_path()
    return parse_synonyms(path.read_text(encoding="utf-8"), str(path))
