"""Pydantic models for everything the content folder holds.

These are the contract between content authors and the code: an organisation adapts the TOML
and Markdown files, and these models say precisely what is allowed. Every model forbids unknown
fields so that a typo in a key is reported instead of silently ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

LANGUAGES: tuple[str, ...] = ("nl", "en")
SECTIONS: tuple[str, ...] = (
    "wwft",
    "producten",
    "inkomen",
    "opting-in",
    "context",
    "wetteksten",
    "casussen",
)

# An id is "<section>/<slug>": lower-case words joined by hyphens.
ARTICLE_ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$"
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

ArticleId = Annotated[str, StringConstraints(pattern=ARTICLE_ID_PATTERN)]
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Lang(StrEnum):
    NL = "nl"
    EN = "en"


class Kind(StrEnum):
    EXPLAINER = "explainer"
    CHECKLIST = "checklist"
    CASE = "case"
    LEGAL_TEXT = "legal-text"
    GLOSSARY = "glossary"
    OVERVIEW = "overview"


class Audience(StrEnum):
    BANK = "bank"
    INSURER = "insurer"
    TRAINER = "trainer"


class Product(StrEnum):
    """The products a checklist item can apply to; the values are `producten/` slugs."""

    CURRENT_ACCOUNT = "betaalrekening"
    BUSINESS_ACCOUNT = "zakelijke-rekening"
    MORTGAGE = "hypotheek"
    AOV = "aov"


class WorkForm(StrEnum):
    """The work forms checklists are written for; values match `inkomen/` vocabulary."""

    SELF_EMPLOYED = "zelfstandig"
    OPTING_IN = "opting-in"
    EMPLOYMENT = "loondienst"
    ONLINE = "online"
    ESCORT = "escort-thuiswerk"
    STARTER = "starter"


class Weight(StrEnum):
    """How much an alternative piece of evidence carries, relative to the usual document."""

    STRONG = "strong"
    MEDIUM = "medium"
    WEAK = "weak"


# A source date may be a year, a month or a day: guidance is often dated only by month.
_PARTIAL_DATE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")


class Source(_Strict):
    """Where a statement comes from: a law and article, or guidance with issuer and date."""

    title: NonEmpty
    issuer: NonEmpty
    date: str | None = None
    reference: str | None = None
    url: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _date_text(cls, value: object) -> object:
        # TOML gives a real date for `date = 2024-05-08`; accept it as its ISO text.
        if isinstance(value, dt.date):
            return value.isoformat()
        return value

    @field_validator("date")
    @classmethod
    def _partial_date(cls, value: str | None) -> str | None:
        if value is not None and not _PARTIAL_DATE.match(value):
            raise ValueError("must be YYYY, YYYY-MM or YYYY-MM-DD")
        return value

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^\s/]+\.[^\s]+$", value):
            raise ValueError("must be an http:// or https:// address")
        return value


class FrontMatter(_Strict):
    """The TOML header of an article."""

    id: ArticleId
    lang: Lang
    title: NonEmpty
    summary: NonEmpty
    kind: Kind
    audiences: Annotated[list[Audience], Field(min_length=1)]
    topics: list[NonEmpty] = []
    sources: Annotated[list[Source], Field(min_length=1)]
    reviewed: dt.date
    related: list[ArticleId] = []

    @property
    def section(self) -> str:
        return self.id.split("/", 1)[0]


class Article(_Strict):
    """One article in one language: its front matter, its Markdown body and where it came from."""

    # The body keeps its whitespace: line numbers in messages depend on it.
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)

    meta: FrontMatter
    body: str
    path: str
    body_line: int  # 1-based line of the body's first line in the file, for error messages
    front_matter: str = Field(default="", repr=False)  # the TOML text, to locate keys later

    def line_of(self, *loc: str | int) -> int:
        """The file line of a front-matter key such as `("related", 2)`."""
        from kb.tomlpos import locate

        return 1 + locate(self.front_matter, loc)

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def lang(self) -> Lang:
        return self.meta.lang


class Text(_Strict):
    """A piece of text in both languages."""

    nl: NonEmpty
    en: NonEmpty

    def get(self, lang: str) -> str:
        return self.en if lang == Lang.EN else self.nl


class Alternative(_Strict):
    """Evidence acceptable when the usual document does not exist, and what it weighs."""

    label: Text
    weight: Weight
    note: Text | None = None


class ChecklistItem(_Strict):
    id: Slug
    label: Text
    why: Text
    products: Annotated[list[Product], Field(min_length=1)]
    # When the item applies, in the expression language over `product` and `work_form`.
    when: str | None = None
    required: bool = True
    alternatives: list[Alternative] = []
    article: ArticleId | None = None
    reference: str | None = None


class Checklist(_Strict):
    id: Slug
    work_form: WorkForm
    title: Text
    intro: Text
    articles: list[ArticleId] = []
    items: Annotated[list[ChecklistItem], Field(min_length=1)]

    @field_validator("items")
    @classmethod
    def _unique_items(cls, items: list[ChecklistItem]) -> list[ChecklistItem]:
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                raise ValueError(f"duplicate item id {item.id!r}")
            seen.add(item.id)
        return items


class GlossaryEntry(_Strict):
    id: Slug
    term: Text
    definition: Text
    article: ArticleId | None = None
    aliases: list[NonEmpty] = []


class Glossary(_Strict):
    terms: list[GlossaryEntry] = []

    @field_validator("terms")
    @classmethod
    def _unique_terms(cls, terms: list[GlossaryEntry]) -> list[GlossaryEntry]:
        seen: set[str] = set()
        for entry in terms:
            if entry.id in seen:
                raise ValueError(f"duplicate term id {entry.id!r}")
            seen.add(entry.id)
        return terms
