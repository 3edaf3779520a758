"""What an index's readers share with its build: the format, the text parts, the vocabulary.

`Vocabulary` (written next to Whoosh's files as `vocab.json`) holds every indexed word with its
document frequency, its frequency in Dutch text and its most common spelling; the decompounder,
prefix expansion and "Did you mean" work from it. This module imports neither `kb` nor
Markdown: opening a current index needs neither (`search.indexer` builds one).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from search.decompound import Decompounder
from search.text import WORD, fold

if TYPE_CHECKING:
    from search.indexer import Doc

# Bump when the schema or the way documents are made changes: older indexes are then stale.
INDEX_FORMAT = 2
PARTS = ("title", "summary", "body")
VOCAB_FILE = "vocab.json"


class Vocabulary:
    """Every indexed word: document frequency, frequency in Dutch text, most common spelling."""

    def __init__(
        self, df: dict[str, int], nl: dict[str, int], spelling: dict[str, str] | None = None
    ) -> None:
        self.df = df
        self.nl = nl
        self.spelling = spelling or {}
        self._decompounder: Decompounder | None = None
        self._sorted: list[str] | None = None
        self._buckets: dict[str, list[str]] | None = None

    @classmethod
    def collect(cls, docs: list[Doc]) -> Vocabulary:
        df: Counter[str] = Counter()
        nl: Counter[str] = Counter()
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        for doc in docs:
            seen: set[str] = set()
            for text in doc.texts().values():
                for match in WORD.finditer(text):
                    surface = match.group().lower()
                    word = fold(surface)
                    seen.add(word)
                    if doc.lang == "nl":
                        nl[word] += 1
                    if surface != word:
                        forms[word][surface] += 1
            df.update(seen)
        spelling: dict[str, str] = {}
        for word, counts in forms.items():
            surface, count = counts.most_common(1)[0]
            # Keep the accented spelling when it is at least as common as the plain one.
            if count * 2 >= df[word]:
                spelling[word] = surface
        return cls(dict(df), dict(nl), spelling)

    # -- persistence ------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        data = {"df": self.df, "nl": self.nl, "spelling": self.spelling}
        path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Vocabulary:
        data = json.loads(path.read_text(encoding="utf-8"))
        df, nl, spelling = data["df"], data["nl"], data["spelling"]
        if not all(isinstance(x, dict) for x in (df, nl, spelling)):
            raise ValueError(f"{path}: not a vocabulary")
        return cls(df, nl, spelling)

    # -- uses -------------------------------------------------------------------------------
    @property
    def decompounder(self) -> Decompounder:
        if self._decompounder is None:
            self._decompounder = Decompounder(self.nl)
        return self._decompounder

    def spell(self, word: str) -> str:
        """How a folded word is usually written: `clientenonderzoek` → `cliëntenonderzoek`."""
        return self.spelling.get(word, word)

    def with_prefix(self, prefix: str, limit: int) -> list[str]:
        """The `limit` most common words that start with `prefix` (not the prefix itself)."""
        import bisect

        if self._sorted is None:
            self._sorted = sorted(self.df)
        start = bisect.bisect_left(self._sorted, prefix)
        found: list[str] = []
        for word in self._sorted[start:]:
            if not word.startswith(prefix):
                break
            if word != prefix:
                found.append(word)
        found.sort(key=lambda w: (-self.df[w], w))
        return found[:limit]

    def near(self, word: str, maxdist: int, prefix: int = 1) -> list[tuple[int, str]]:
        """Known words within `maxdist` edits that share the first `prefix` letters, closest and
        most common first, as (distance, word)."""
        if self._buckets is None:
            buckets: dict[str, list[str]] = defaultdict(list)
            for known in self.df:
                buckets[known[:1]].append(known)
            self._buckets = dict(buckets)
        found: list[tuple[int, str]] = []
        for known in self._buckets.get(word[:1], ()):
            if known == word or abs(len(known) - len(word)) > maxdist:
                continue
            if known[:prefix] != word[:prefix]:
                continue
            dist = edit_distance(word, known, maxdist)
            if dist <= maxdist:
                found.append((dist, known))
        found.sort(key=lambda item: (item[0], -self.df[item[1]], item[1]))
        return found


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count once), or `limit + 1` when larger."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1] if previous[-1] <= limit else limit + 1
