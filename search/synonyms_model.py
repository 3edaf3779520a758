"""The rules of a synonyms file, as pydantic models (see `search.synonyms`).

Loaded only when a file does not plainly keep them (`search.synonyms.plain_groups`), to say
what is wrong; keep the two in step.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from search.text import words

Term = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


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
