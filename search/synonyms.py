"""Synonyms and abbreviations, read from an editable TOML file and validated by pydantic.

`synonyms.toml` (next to this module) holds groups of terms that mean the same thing, in both
languages. A query is scanned for terms (longest first); each one found also searches for the
other terms of its group.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from search.text import words

Term = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class SynonymsError(ValueError):
    """The synonyms file cannot be read or breaks a rule; the message says where and why."""


class SynonymGroup(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
    terms: Annotated[list[Term], Field(min_length=2)]

    @field_validator("terms")
    @classmethod
    def _words(cls, terms: list[str]) -> list[str]:
        for term in terms:
            if not words(term):
                raise ValueError(f"term {term!r} has no letters or digits")
        return terms


class SynonymsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    group: list[SynonymGroup] = []

    @field_validator("group")
    @classmethod
    def _unique(cls, groups: list[SynonymGroup]) -> list[SynonymGroup]:
        names: set[str] = set()
        owner: dict[tuple[str, ...], str] = {}
        for group in groups:
            if group.name in names:
                raise ValueError(f"duplicate group name {group.name!r}")
            names.add(group.name)
            for term in group.terms:
                key = tuple(words(term))
                if key in owner and owner[key] != group.name:
                    raise ValueError(
                        f"term {term!r} is in group {owner[key]!r} and in group {group.name!r}"
                    )
                owner[key] = group.name
        return groups


@dataclass(frozen=True)
class Match:
    """A synonym term found in a query: query words [start:end) and the group's other terms."""

    start: int
    end: int
    group: str
    alternatives: tuple[tuple[str, ...], ...]


class Synonyms:
    """The groups of a synonyms file, ready to be matched against folded query words."""

    def __init__(self, data: SynonymsFile) -> None:
        self.groups = data.group
        self._terms: dict[tuple[str, ...], SynonymGroup] = {}
        for group in data.group:
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
    try:
        return Synonyms(SynonymsFile.model_validate(data))
    except ValidationError as exc:
        details = "; ".join(
            f"{'.'.join(str(p) for p in error['loc']) or 'file'}: {error['msg']}"
            for error in exc.errors()
        )
        raise SynonymsError(f"{shown}: {details}") from None


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
