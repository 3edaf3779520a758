"""A Dutch compound splitter built from the corpus vocabulary and a small shipped word list.

Dutch writes compounds as one word: `arbeidsongeschiktheidsverzekering`, `cliëntenonderzoek`.
Whoosh has no decompounder, so a search for `verzekering` would miss the first. This splitter
finds the split of a (folded) word into the fewest known words, allowing the linking sounds
Dutch puts between parts (`arbeid·s·ongeschiktheid`, `cliënt·en·onderzoek`), and preferring the
split whose parts are most frequent. Known words are the words of the Dutch articles plus
`data/nl_words.txt`; suffixes (`-heid`, `-lijk`) and stop words (`onder`) are never parts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from importlib import resources

from search.text import fold, stopwords

MIN_WORD = 7  # shorter words are not split
MIN_PART = 4  # a corpus word must have at least this many letters to be a part
MIN_LISTED_PART = 3  # words from the shipped list may be shorter (`aov`, `btw`)
LINKERS = ("s", "en", "e")

# Endings that are words by accident of spelling, never the parts of a compound.
NOT_PARTS = frozenset(
    {
        "heid", "heden", "ing", "ingen", "lijk", "lijke", "lijken", "baar", "bare", "schap",
        "schappen", "loos", "loze", "tjes", "isch", "ische", "achtig", "erij", "atie", "aties",
        "ties", "tion", "teit", "iteit", "ment", "ende", "eren", "tiek",
    }
)  # fmt: skip


@cache
def listed_words() -> frozenset[str]:
    """The shipped word list: common parts of compounds in this field, one per line."""
    text = resources.files("search").joinpath("data/nl_words.txt").read_text(encoding="utf-8")
    return frozenset(
        fold(line.strip()) for line in text.splitlines() if line.strip() and line[0] != "#"
    )


class Decompounder:
    """Splits folded Dutch words into known parts. Build once per vocabulary; it caches."""

    def __init__(self, frequencies: Mapping[str, int], extra: Iterable[str] = ()) -> None:
        stops = stopwords()
        self._freq: dict[str, int] = {}
        for word, count in frequencies.items():
            if len(word) >= MIN_PART and word.isalpha() and word not in stops:
                self._freq[word] = count
        for word in (*listed_words(), *extra):
            if len(word) >= MIN_LISTED_PART and word not in stops:
                self._freq[word] = max(self._freq.get(word, 0), 1) + 5
        for word in NOT_PARTS:
            self._freq.pop(word, None)
        self.split = lru_cache(maxsize=100_000)(self._split)

    def known(self, word: str) -> bool:
        return word in self._freq

    def _count(self, piece: str, last: bool) -> int | None:
        """How often `piece` occurs; the last part may also be a plural (`verzekeringen`)."""
        count = self._freq.get(piece)
        if count is None and last:
            for ending in ("en", "s", "e"):
                if piece.endswith(ending) and len(piece) - len(ending) >= MIN_PART:
                    count = self._freq.get(piece[: -len(ending)])
                    if count is not None:
                        break
        return count

    def _split(self, word: str) -> tuple[str, ...]:
        """The parts of `word` (at least two), or `()` when it is not a compound of known words.

        `arbeidsongeschiktheidsverzekering` → (`arbeidsongeschiktheid`, `verzekering`): the
        top-level split; call `parts` for every part at every level.
        """
        if len(word) < MIN_WORD or not word.isalpha():
            return ()
        best = self._segment(word, 0, {})
        if best is None or len(best[0]) < 2:
            return ()
        return best[0]

    def _segment(
        self, word: str, start: int, memo: dict[int, tuple[tuple[str, ...], float] | None]
    ) -> tuple[tuple[str, ...], float] | None:
        """Fewest parts covering word[start:], scored by the product of their frequencies."""
        if start in memo:
            return memo[start]
        best: tuple[tuple[str, ...], float] | None = None
        end_max = len(word) if start else len(word) - MIN_LISTED_PART  # never the whole word
        for end in range(end_max, start + MIN_LISTED_PART - 1, -1):
            piece = word[start:end]
            count = self._count(piece, last=end == len(word))
            if count is None:
                continue
            if end == len(word):
                candidate: tuple[tuple[str, ...], float] | None = ((piece,), float(count))
            else:
                candidate = None
                for link in ("", *LINKERS):
                    if not word.startswith(link, end):
                        continue
                    rest = self._segment(word, end + len(link), memo)
                    if rest is not None and (
                        candidate is None or _better((piece, *rest[0]), count * rest[1], candidate)
                    ):
                        candidate = ((piece, *rest[0]), count * rest[1])
            if candidate is not None and (best is None or _better(*candidate, best)):
                best = candidate
        memo[start] = best
        return best

    def parts(self, word: str) -> list[str]:
        """Every part at every level: `arbeidsongeschiktheidsverzekering` → `arbeidsongeschiktheid`,
        `arbeid`, `ongeschiktheid`, `verzekering`. Empty when the word is not a compound."""
        found: list[str] = []
        for part in self.split(word):
            found.append(part)
            found.extend(self.parts(part))
        return found


def _better(parts: tuple[str, ...], score: float, other: tuple[tuple[str, ...], float]) -> bool:
    """Fewer parts win; between equally many, the more frequent parts."""
    if len(parts) != len(other[0]):
        return len(parts) < len(other[0])
    return score > other[1]
