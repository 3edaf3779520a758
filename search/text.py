"""Language handling shared by indexing, querying and snippets: words, folding, stems, stops.

The same functions split and normalise text on both sides (documents and queries), so a word
is always reduced the same way. Accents are folded (`cliënt` = `client`), Dutch and English
words get their own Snowball stemmer, and the stop words of both languages are known (queries
also leave out question words such as `krijgen` and `welke`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang import stemmer_for_language, stopwords_for_language
from whoosh.support.charset import accent_map

# One word: letters and digits. Markdown is stripped before indexing, so no `**` survive; the
# same pattern splits queries, which removes every piece of query syntax (`"(*~^:`) for free.
WORD = re.compile(r"\w+")
LANGS: tuple[str, ...] = ("nl", "en")


def fold(text: str) -> str:
    """Lower case without accents: `Cliënt` → `client`, `financiële` → `financiele`."""
    text = text.casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return [fold(match.group()) for match in WORD.finditer(text)]


def spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Start, end and folded form of every word in `text` (for highlighting)."""
    for match in WORD.finditer(text):
        yield match.start(), match.end(), fold(match.group())


@cache
def stopwords() -> frozenset[str]:
    """Stop words of both languages: never a part of a compound, nor a search clause."""
    return frozenset(stopwords_for_language("nl")) | frozenset(stopwords_for_language("en"))


# Words that make a question without naming its subject ("kan een prostituee een hypotheek
# krijgen", "when must we get a new ID"), missing from Whoosh's lists (which have `kan`, `moet`,
# `hoe`, `can`, `should`): a query must not require them of every hit. In a text they are
# ordinary words, so the index and the decompounder keep them.
QUESTION_WORDS = frozenset(
    {"krijgen", "krijg", "krijgt", "mag", "mogen", "moeten", "kun", "kunt", "welk", "welke"}
    | {"wanneer", "waarom", "get", "gets", "must", "may", "could", "would"}
)


@cache
def query_stopwords() -> frozenset[str]:
    """The words of a query that never become a search clause: stop words and question words."""
    return stopwords() | QUESTION_WORDS


@cache
def _stemmer(lang: str) -> Callable[[str], str]:
    stem: Callable[[str], str] = stemmer_for_language(lang)
    return stem


@lru_cache(maxsize=50_000)
def stem(word: str, lang: str) -> str:
    """The Snowball stem of a folded word in `lang` ("nl" or "en")."""
    return _stemmer(lang)(word)


def exact_analyzer() -> Analyzer:
    """Words, lower case, accents folded; no stemming and no stop words (phrases keep `van`)."""
    return RegexTokenizer(WORD.pattern) | LowercaseFilter() | CharsetFilter(accent_map)


def stemming_analyzer(lang: str) -> Analyzer:
    """`exact_analyzer` plus the language's stop words and Snowball stemmer.

    The stemmer's cache is off (`cachesize=-1`): Whoosh's LRU cache slows one-shot builds, and
    queries never go through this analyzer (they are built term by term with `stem`).
    """
    return (
        RegexTokenizer(WORD.pattern)
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=stopwords_for_language(lang), minsize=2)
        | StemFilter(lang=lang, cachesize=-1)
    )
