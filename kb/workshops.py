"""Workshop plans as data (`workshops/*.toml`): an ordered agenda a trainer steps through.

Each agenda item is an article to present, a case to present and discuss, an exercise (a case
the participants work through, then compare with the model answer) or a break; each has a
duration in minutes and optional trainer notes. Plans are checked like the rest of the content:
every problem is `path:line: message`. The handout (agenda, the articles, the cases without
their model answers) and the separate answer sheet are built here as HTML, without Qt; the
desktop turns them into PDF.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kb import loader
from kb.models import ArticleId, Audience, Kind, Slug, Text
from kb.problems import ContentError, Problem
from kb.slides import model_answer, without_model_answer
from kb.tomlpos import locate

if TYPE_CHECKING:
    from kb.library import Library

WORKSHOPS = "workshops"
CASE_SECTION = "casussen"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class ItemKind(StrEnum):
    ARTICLE = "article"
    CASE = "case"
    EXERCISE = "exercise"
    BREAK = "break"


class AgendaItem(_Strict):
    kind: ItemKind
    ref: ArticleId | None = None  # the article or case; none for a break
    title: Text | None = None  # a break's title; for the others the article's title is used
    minutes: Annotated[int, Field(ge=1, le=240)]
    notes: Text | None = None  # for the trainer: shown in the presenter view, not handed out
    handout: bool = True  # include the article or case in the handout

    @model_validator(mode="after")
    def _shape(self) -> AgendaItem:
        if self.kind is ItemKind.BREAK:
            if self.ref is not None:
                raise ValueError("a break has no ref")
            if self.title is None:
                raise ValueError("a break needs a title")
        elif self.ref is None:
            raise ValueError(f"an agenda item of kind {self.kind.value} needs a ref")
        return self


class Workshop(_Strict):
    id: Slug
    title: Text
    description: Text
    audiences: Annotated[list[Audience], Field(min_length=1)]
    items: Annotated[list[AgendaItem], Field(min_length=1)]

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.items)

    def cases(self) -> list[str]:
        """The case ids in the plan (cases and exercises), in order, without repeats."""
        found: list[str] = []
        for item in self.items:
            if item.kind in (ItemKind.CASE, ItemKind.EXERCISE) and item.ref not in found:
                assert item.ref is not None
                found.append(item.ref)
        return found


@dataclass(frozen=True)
class LoadedWorkshop:
    workshop: Workshop
    path: str
    text: str

    def line(self, *loc: str | int) -> int:
        return locate(self.text, loc)


def workshop_paths(root: Path) -> list[Path]:
    folder = root / WORKSHOPS
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def parse_workshop(data: bytes, shown: str) -> LoadedWorkshop:
    text = loader.decode(data, shown)
    raw = loader.parse_toml(text, shown)
    return LoadedWorkshop(loader.validate(Workshop, raw, text, shown, first=1), shown, text)


def references(
    item: LoadedWorkshop, article_ids: set[str], exercise_ids: set[str] | None
) -> list[Problem]:
    """Broken refs: no such article, a case that is not a case, an exercise without answers."""
    problems: list[Problem] = []
    for index, entry in enumerate(item.workshop.items):
        if entry.ref is None:
            continue
        line = item.line("items", index, "ref")
        where = f"items.{index}.ref"
        if entry.ref not in article_ids:
            problems.append(Problem(item.path, line, f"{where}: no article {entry.ref!r}"))
            continue
        is_case = entry.ref.startswith(f"{CASE_SECTION}/")
        if entry.kind in (ItemKind.CASE, ItemKind.EXERCISE) and not is_case:
            message = f"{where}: {entry.ref!r} is not a case (kind {entry.kind.value})"
            problems.append(Problem(item.path, line, message))
        elif (
            entry.kind is ItemKind.EXERCISE
            and exercise_ids is not None
            and entry.ref not in exercise_ids
        ):
            message = f"{where}: the case {entry.ref!r} has no model worksheet answers"
            problems.append(Problem(item.path, line, message))
    return problems


def load_workshops(
    root: Path, article_ids: Iterable[str], exercise_ids: Iterable[str] | None = None
) -> dict[str, LoadedWorkshop]:
    """Every plan under `root/workshops/`, by id; raise `ContentError` listing every problem."""
    known = set(article_ids)
    exercises = set(exercise_ids) if exercise_ids is not None else None
    problems: list[Problem] = []
    loaded: dict[str, LoadedWorkshop] = {}
    for path in workshop_paths(root):
        shown = loader.display_path(path, root)
        try:
            item = parse_workshop(path.read_bytes(), shown)
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        problems += references(item, known, exercises)
        if item.workshop.id in loaded:
            message = (
                f"duplicate workshop id {item.workshop.id!r}: also in "
                f"{loaded[item.workshop.id].path}"
            )
            problems.append(Problem(shown, item.line("id"), message))
            continue
        loaded[item.workshop.id] = item
    if problems:
        raise ContentError(problems)
    return loaded


# -- agenda and handout -----------------------------------------------------------------------

KIND_LABELS: dict[ItemKind, Text] = {
    ItemKind.ARTICLE: Text(nl="Artikel", en="Article"),
    ItemKind.CASE: Text(nl="Casus", en="Case"),
    ItemKind.EXERCISE: Text(nl="Oefening", en="Exercise"),
    ItemKind.BREAK: Text(nl="Pauze", en="Break"),
}
_WORDS = {
    "agenda": Text(nl="Agenda", en="Agenda"),
    "start": Text(nl="Begin", en="Start"),
    "minutes": Text(nl="Minuten", en="Minutes"),
    "what": Text(nl="Onderdeel", en="Item"),
    "kind": Text(nl="Soort", en="Kind"),
    "total": Text(nl="Totaal", en="Total"),
    "answers": Text(nl="Antwoordblad", en="Answer sheet"),
    "handout": Text(nl="Hand-out", en="Handout"),
    "no-answer": Text(
        nl="Deze casus heeft geen modelantwoord.", en="This case has no model answer."
    ),
}


def item_title(item: AgendaItem, library: Library, lang: str) -> str:
    if item.title is not None:
        return item.title.get(lang)
    assert item.ref is not None
    if library.has(item.ref, lang):
        return library.article(item.ref, lang).meta.title
    return item.ref


def clock(minutes: int) -> str:
    """Minutes from the start as h:mm."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def agenda_rows(workshop: Workshop, library: Library, lang: str) -> list[tuple[str, str, str, int]]:
    """(start h:mm, kind, title, minutes) per item."""
    rows = []
    start = 0
    for item in workshop.items:
        rows.append(
            (
                clock(start),
                KIND_LABELS[item.kind].get(lang),
                item_title(item, library, lang),
                item.minutes,
            )
        )
        start += item.minutes
    return rows


def _page(title: str) -> str:
    return f"<h1 style='page-break-before: always'>{html.escape(title)}</h1>"


def agenda_html(workshop: Workshop, library: Library, lang: str) -> str:
    w = {key: text.get(lang) for key, text in _WORDS.items()}
    head = "".join(f"<th>{html.escape(w[k])}</th>" for k in ("start", "kind", "what", "minutes"))
    rows = "".join(
        f"<tr><td>{start}</td><td>{html.escape(kind)}</td><td>{html.escape(title)}</td>"
        f"<td>{minutes}</td></tr>"
        for start, kind, title, minutes in agenda_rows(workshop, library, lang)
    )
    total = (
        f"<tr><td></td><td></td><th>{html.escape(w['total'])}</th>"
        f"<th>{workshop.total_minutes}</th></tr>"
    )
    return (
        f"<h1>{html.escape(workshop.title.get(lang))}</h1>"
        f"<p class='summary'>{html.escape(workshop.description.get(lang))}</p>"
        f"<h2>{html.escape(w['agenda'])}</h2>"
        f"<table><tr>{head}</tr>{rows}{total}</table>"
    )


def handout_html(workshop: Workshop, library: Library, lang: str) -> str:
    """Agenda, the articles handed out, and every case without its model answer."""
    from kb.render import markdown_to_html

    parts = [agenda_html(workshop, library, lang)]
    seen: set[str] = set()
    for item in workshop.items:
        if item.ref is None or not item.handout or item.ref in seen:
            continue
        seen.add(item.ref)
        if not library.has(item.ref, lang):
            continue
        article = library.article(item.ref, lang)
        body = article.body
        summary = f"<p class='summary'>{html.escape(article.meta.summary)}</p>"
        if item.kind in (ItemKind.CASE, ItemKind.EXERCISE) or article.meta.kind is Kind.CASE:
            # A case's summary states its model answer: leave both out.
            body = without_model_answer(body)
            summary = ""
        parts.append(_page(article.meta.title) + summary + markdown_to_html(body, library, lang))
    return "".join(parts)


def answers_html(workshop: Workshop, library: Library, lang: str) -> str:
    """The answer sheet: each case's model answer, under the case's title."""
    from kb.render import markdown_to_html

    w = {key: text.get(lang) for key, text in _WORDS.items()}
    parts = [f"<h1>{html.escape(w['answers'])}: {html.escape(workshop.title.get(lang))}</h1>"]
    for index, case_id in enumerate(workshop.cases()):
        if not library.has(case_id, lang):
            continue
        article = library.article(case_id, lang)
        answer = model_answer(article.body)
        heading = (
            _page(article.meta.title) if index else f"<h2>{html.escape(article.meta.title)}</h2>"
        )
        body = (
            markdown_to_html(answer, library, lang)
            if answer
            else f"<p>{html.escape(w['no-answer'])}</p>"
        )
        parts.append(heading + body)
    return "".join(parts)
