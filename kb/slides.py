"""Split an article or case into slides for presentation mode (no Qt here).

One slide per section: a new slide starts at every `## ` heading and at every line that is just
`---` (outside fenced code). The first slide shows the title and the summary. The section headed
"Modelantwoord" / "Model answer" (and any `---` continuation of it) is marked as an answer: the
presentation hides it until the trainer reveals it, and the handout leaves it out. Lines from a
line starting with `Note:` / `Notitie:` to the end of the slide are speaker notes, shown only in
the presenter view (the reveal.js convention). A case's summary states the model answer, so a
case's cover slide (and its handout page) leaves the summary out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.models import Article, Kind

MODEL_ANSWER_HEADINGS: frozenset[str] = frozenset({"modelantwoord", "model answer"})
_HEADING = re.compile(r"^##\s+(.+?)\s*#*\s*$")
_RULE = re.compile(r"^\s*---\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_NOTE = re.compile(r"^(?:Note|Notes|Notitie|Notities|Notes for the trainer):\s?(.*)$", re.I)


@dataclass(frozen=True)
class Slide:
    title: str
    body: str  # Markdown, without the heading and the notes
    answer: bool = False  # a model answer: hidden until revealed
    notes: str = ""
    cover: bool = False  # the title slide


@dataclass(frozen=True)
class _Chunk:
    heading: str | None
    lines: tuple[str, ...]


def is_model_answer_heading(heading: str) -> bool:
    return heading.strip().rstrip(":").strip().casefold() in MODEL_ANSWER_HEADINGS


def _chunks(body: str) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    heading: str | None = None
    lines: list[str] = []
    fenced = False

    def close(new_heading: str | None) -> None:
        nonlocal lines, heading
        if heading is not None or any(line.strip() for line in lines):
            chunks.append(_Chunk(heading, tuple(lines)))
        heading, lines = new_heading, []

    for line in body.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        if not fenced:
            match = _HEADING.match(line)
            if match:
                close(match.group(1))
                continue
            if _RULE.match(line):
                close(None)
                continue
        lines.append(line)
    close(None)
    return chunks


def _split_notes(lines: tuple[str, ...]) -> tuple[str, str]:
    for index, line in enumerate(lines):
        match = _NOTE.match(line)
        if match:
            notes = "\n".join([match.group(1), *lines[index + 1 :]]).strip()
            return "\n".join(lines[:index]).strip(), notes
    return "\n".join(lines).strip(), ""


def split_slides(title: str, summary: str, body: str) -> list[Slide]:
    """The slides of one article: a cover, then one per section or `---` part."""
    slides = [Slide(title=title, body=summary, cover=True)]
    current_title = title
    answer = False
    for chunk in _chunks(body):
        if chunk.heading is not None:
            current_title = chunk.heading
            answer = is_model_answer_heading(chunk.heading)
        text, notes = _split_notes(chunk.lines)
        if not text and not notes and chunk.heading is None:
            continue
        slides.append(Slide(title=current_title, body=text, answer=answer, notes=notes))
    return slides


def article_slides(article: Article) -> list[Slide]:
    """The slides of an article. A case's summary states its model answer: its cover has none."""
    meta = article.meta
    summary = "" if meta.kind is Kind.CASE else meta.summary
    return split_slides(meta.title, summary, article.body)


def split_sections(body: str) -> list[tuple[str | None, str]]:
    """(heading or None, Markdown) for each `## ` section of a body, in order."""
    sections: list[tuple[str | None, list[str]]] = [(None, [])]
    fenced = False
    for line in body.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        match = None if fenced else _HEADING.match(line)
        if match:
            sections.append((match.group(1), []))
        else:
            sections[-1][1].append(line)
    return [(heading, "\n".join(lines).strip()) for heading, lines in sections]


def without_model_answer(body: str) -> str:
    """The body with its model-answer section left out (for handouts)."""
    parts = []
    for heading, text in split_sections(body):
        if heading is not None and is_model_answer_heading(heading):
            continue
        parts.append(text if heading is None else f"## {heading}\n\n{text}")
    return "\n\n".join(part for part in parts if part.strip())


def model_answer(body: str) -> str:
    """The model-answer section of a case body (empty when there is none)."""
    for heading, text in split_sections(body):
        if heading is not None and is_model_answer_heading(heading):
            return text
    return ""


def has_model_answer(body: str) -> bool:
    return bool(model_answer(body))
