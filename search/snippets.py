"""Highlighted snippets: the passage of a text where most of the matched words stand together.

Matching works on words, the way the index does: a word of the text is marked when its folded
form is a searched word, when its stem is a searched stem, or when it is a Dutch compound one of
whose parts is (`verzekering` marks `arbeidsongeschiktheidsverzekering`). The result is HTML:
escaped text with `<b>` around marked words and `…` where the text was cut.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Set

from search.text import fold, stem

SNIPPET_CHARS = 200


def marker(
    exact: Set[str],
    stems: Mapping[str, Set[str]],
    lang: str,
    parts: Callable[[str], list[str]],
) -> Callable[[str], bool]:
    """A test telling whether a folded word of a `lang` text matches what was searched."""
    own = stems.get(lang, set())
    dutch = stems.get("nl", set())
    seen: dict[str, bool] = {}

    def matches(word: str) -> bool:
        if word not in seen:
            seen[word] = _matches(word)
        return seen[word]

    def _matches(word: str) -> bool:
        if word in exact:
            return True
        if len(word) < 2:
            return False
        if stem(word, lang) in own:
            return True
        return len(word) >= 7 and any(stem(p, "nl") in dutch for p in parts(word))

    return matches


class _Folding(dict[int, int | str]):
    """A `str.translate` table folding case and accents one character for one character, so
    that positions in the folded text are positions in the original."""

    def __missing__(self, code: int) -> int | str:
        char = chr(code)
        folded = fold(char)
        if len(folded) != 1:
            folded = char.lower()
        value: int | str = folded if len(folded) == 1 else code
        self[code] = value
        return value


_FOLDING = _Folding()


def candidates(text: str, roots: Set[str]) -> list[tuple[int, int, str]]:
    """Words of `text` containing one of `roots` (folded, at least 3 letters long), with their
    positions and folded form: a fast first pass before the exact test."""
    folded = text.translate(_FOLDING)
    if not roots:
        return []
    pattern = re.compile("|".join(re.escape(r) for r in sorted(roots, key=len, reverse=True)))
    found: list[tuple[int, int, str]] = []
    last_end = -1
    for match in pattern.finditer(folded):
        if match.start() < last_end:
            continue
        start = match.start()
        while start > 0 and folded[start - 1].isalnum():
            start -= 1
        end = match.end()
        while end < len(folded) and folded[end].isalnum():
            end += 1
        if start >= last_end:
            found.append((start, end, fold(text[start:end])))
            last_end = end
    return found


def roots_of(exact: Set[str], stems: Mapping[str, Set[str]]) -> set[str]:
    """The first four letters of every searched word and stem: every matching word contains one
    (a compound contains its part; a stem and its word share their start)."""
    roots = {w[:4] for w in exact if len(w) >= 2}
    for found in stems.values():
        roots |= {s[:4] for s in found if len(s) >= 2}
    return roots


def snippet(
    text: str, matches: Callable[[str], bool], roots: Set[str], width: int = SNIPPET_CHARS
) -> str | None:
    """The best `width`-character passage of `text` with its matches in `<b>`; None when no
    word of `text` matches."""
    found = [(start, end, word) for start, end, word in candidates(text, roots) if matches(word)]
    if not found:
        return None
    # The window holding the most different matched words wins; earlier windows on ties.
    best_start, best_score = found[0][0], -1
    for i, (start, _end, _word) in enumerate(found):
        distinct = {w for s, e, w in found[i:] if e - start <= width}
        if len(distinct) > best_score:
            best_start, best_score = start, len(distinct)
    begin = _past_mark(text, _window_start(text, best_start, width))
    end = _window_end(text, best_start + width)
    pieces: list[str] = []
    cursor = begin
    for start, stop, _word in found:
        if start < begin or stop > end:
            continue
        pieces.append(html.escape(_readable(text[cursor:start])))
        pieces.append(f"<b>{html.escape(text[start:stop])}</b>")
        cursor = stop
    pieces.append(html.escape(_readable(text[cursor:end])))
    body = " ".join("".join(pieces).split())
    return ("…" if begin > 0 else "") + body + ("…" if end < len(text) else "")


def plain(text: str, width: int = SNIPPET_CHARS) -> str:
    """The start of `text`, escaped, for hits whose text shows none of the words."""
    begin, end = _past_mark(text, 0), _window_end(text, width)
    shown = " ".join(_readable(text[begin:end]).split())
    return html.escape(shown) + ("…" if end < len(text) else "")


_LIST_MARK = re.compile(r"\n[ \t]*(?:-|[0-9]{1,3}\.) ")
_FIRST_MARK = re.compile(r"[ \t]*(?:-|[0-9]{1,3}\.) ")


def _readable(text: str) -> str:
    """A piece of a snippet: the plain text's list marks ("- ", "2. ") dropped at the starts of
    lines (which the snippet joins), table cells apart by a dot rather than a pipe."""
    return _LIST_MARK.sub("\n", text).replace(" | ", " · ")


def _past_mark(text: str, begin: int) -> int:
    """`begin` moved past a list mark when the window starts at one (at a line's start)."""
    if begin == 0 or text[begin - 1] == "\n":
        mark = _FIRST_MARK.match(text, begin)
        if mark:
            return mark.end()
    return begin


def _window_start(text: str, first_match: int, width: int) -> int:
    """Start a little before the first match, at a word boundary."""
    start = max(0, first_match - width // 4)
    if start == 0:
        return 0
    space = text.rfind(" ", 0, start)
    sentence = text.rfind("\n", 0, first_match)
    if sentence >= start - width // 4 and sentence < first_match:
        return sentence + 1
    return space + 1 if space >= 0 else start


def _window_end(text: str, end: int) -> int:
    if end >= len(text):
        return len(text)
    space = text.rfind(" ", 0, end)
    return space if space > 0 else end
