"""Glossary look-ups: filter the list as the user types, and mark terms in rendered articles.

`annotate_terms` wraps the first occurrence of each glossary term (or alias) in an article's
HTML in a `glossary:` link whose title is the definition, so the reader shows it as a tooltip.
It only touches text outside tags, links, headings and code. No Qt here.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable

from kb.models import GlossaryEntry

GLOSSARY_SCHEME = "glossary:"
_SKIP_TAGS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre"}
_TAG = re.compile(r"(<[^>]*>)")


def fold(text: str) -> str:
    """Lower case without accents: 'Cliënt' -> 'client'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def matching_entries(entries: Iterable[GlossaryEntry], text: str, lang: str) -> list[GlossaryEntry]:
    """Entries whose term, alias or definition contains `text` (accents and case ignored);
    term matches first, then alphabetical."""
    needle = fold(text.strip())
    scored: list[tuple[int, str, GlossaryEntry]] = []
    for entry in entries:
        term = entry.term.get(lang)
        names = [term, *entry.aliases]
        if not needle or any(fold(name).startswith(needle) for name in names):
            rank = 0
        elif any(needle in fold(name) for name in names):
            rank = 1
        elif needle in fold(entry.definition.get(lang)):
            rank = 2
        else:
            continue
        scored.append((rank, fold(term), entry))
    return [entry for _, _, entry in sorted(scored, key=lambda x: (x[0], x[1]))]


def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)({re.escape(html.escape(name, quote=False))})(?!\w)", re.I)


def annotate_terms(fragment: str, entries: Iterable[GlossaryEntry], lang: str) -> str:
    """Link the first occurrence of every glossary term in `fragment` (an HTML fragment)."""
    pending: list[tuple[re.Pattern[str], GlossaryEntry]] = []
    for entry in entries:
        for name in sorted({entry.term.get(lang), *entry.aliases}, key=len, reverse=True):
            pending.append((_pattern(name), entry))
    done: set[str] = set()
    parts = _TAG.split(fragment)
    skip_depth = 0
    for index, part in enumerate(parts):
        if part.startswith("<"):
            tag = re.match(r"</?\s*([a-zA-Z0-9]+)", part)
            if tag and tag.group(1).lower() in _SKIP_TAGS:
                skip_depth += -1 if part.startswith("</") else 1
                skip_depth = max(skip_depth, 0)
            continue
        if skip_depth or not part.strip():
            continue
        spans: list[tuple[int, int, GlossaryEntry]] = []
        for pattern, entry in pending:
            if entry.id in done:
                continue
            match = pattern.search(part)
            while match and any(a < match.end() and match.start() < b for a, b, _ in spans):
                match = pattern.search(part, match.end())
            if match is not None:
                spans.append((match.start(), match.end(), entry))
                done.add(entry.id)
        for start, end, entry in sorted(spans, key=lambda s: s[0], reverse=True):
            title = html.escape(f"{entry.term.get(lang)}: {entry.definition.get(lang)}", quote=True)
            link = (
                f'<a class="glossary" href="{GLOSSARY_SCHEME}{entry.id}" title="{title}">'
                f"{part[start:end]}</a>"
            )
            part = part[:start] + link + part[end:]
        parts[index] = part
    return "".join(parts)
