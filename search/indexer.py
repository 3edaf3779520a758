"""The index's schema and how one is built from a `Library` into an empty folder.

Every article is one document per language. Its text goes into three kinds of fields:

- `*_x`: exact words (lower case, accents folded, no stemming, stop words kept for phrases);
- `*_nl` / `*_en`: the same words stemmed in the document's own language, stop words removed;
- `parts`: the parts of every Dutch compound (`arbeidsongeschiktheidsverzekering` gives
  `arbeidsongeschiktheid arbeid ongeschiktheid verzekering`), stemmed in Dutch.

Title, summary (with the topics) and body each have their own fields so queries can weigh
them. Plain text (Markdown rendered and stripped) is stored for snippets. Next to Whoosh's
files the build writes `vocab.json`: every word with its document frequency and its most common
spelling, from which the decompounder, prefix expansion and "Did you mean" work.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from kb import Library
from kb.models import Article
from kb.plaintext import markdown_to_text
from search.decompound import Decompounder
from search.text import LANGS, WORD, exact_analyzer, fold, stemming_analyzer

# Bump when the schema or the way documents are made changes: older indexes are then stale.
INDEX_FORMAT = 2
PARTS = ("title", "summary", "body")
VOCAB_FILE = "vocab.json"


def make_schema() -> Schema:
    fields: dict[str, Any] = {
        "key": ID(stored=True, unique=True),  # "<lang>:<id>"
        "id": ID(stored=True),
        "lang": ID(stored=True),
        "section": ID(stored=True),
        "kind": ID(stored=True),
        "audience": KEYWORD(stored=True),
        "title": STORED(),
        "summary": STORED(),
        "body": STORED(),
    }
    exact = exact_analyzer()
    for part in PARTS:
        fields[f"{part}_x"] = TEXT(analyzer=exact, phrase=True)
        for lang in LANGS:
            fields[f"{part}_{lang}"] = TEXT(analyzer=stemming_analyzer(lang), phrase=False)
    fields["parts"] = TEXT(analyzer=stemming_analyzer("nl"), phrase=False)
    return Schema(**fields)


@dataclass(frozen=True)
class Doc:
    """One article in one language, as plain text."""

    id: str
    lang: str
    section: str
    kind: str
    audiences: tuple[str, ...]
    title: str
    summary: str
    topics: str
    body: str

    @classmethod
    def from_article(cls, article: Article) -> Doc:
        meta = article.meta
        return cls(
            id=meta.id,
            lang=meta.lang.value,
            section=meta.section,
            kind=meta.kind.value,
            audiences=tuple(a.value for a in meta.audiences),
            title=meta.title,
            summary=meta.summary,
            topics=", ".join(meta.topics),
            body=_readable(markdown_to_text(article.body)),
        )

    def texts(self) -> dict[str, str]:
        # The id's words count as topics: `wwft/herkomst-van-middelen` names its subject.
        slug = self.id.split("/", 1)[-1].replace("-", " ")
        return {
            "title": self.title,
            "summary": f"{self.summary}\n{self.topics}\n{slug}",
            "body": self.body,
        }


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


def _readable(text: str) -> str:
    """Plain text without the heading underlines and quote bars of `markdown_to_text`, which
    only get in the way of snippets."""
    text = re.sub(r"(?m)^[=-]{3,}$\n?", "", text)
    return re.sub(r"(?m)^  \| ?", "", text)


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


def compound_parts(text: str, decompounder: Decompounder) -> str:
    """The parts of every compound in `text`, space-separated (one entry per occurrence)."""
    out: list[str] = []
    for match in WORD.finditer(text):
        word = fold(match.group())
        if len(word) >= 7:
            out.extend(decompounder.parts(word))
    return " ".join(out)


def build_into(library: Library, folder: Path, *, procs: int = 1) -> int:
    """Write a complete index for `library` into the empty `folder`; return the document count.

    A plain function: it may fork (`procs` > 1), so never call it from a GUI thread.
    """
    docs = [Doc.from_article(article) for article in library.articles()]
    return build_docs(docs, folder, procs=procs)


def build_docs(docs: list[Doc], folder: Path, *, procs: int = 1) -> int:
    vocabulary = Vocabulary.collect(docs)
    decompounder = vocabulary.decompounder
    ix = whoosh_index.create_in(str(folder), make_schema())
    writer = ix.writer(limitmb=128, procs=procs, multisegment=procs > 1)
    try:
        for doc in docs:
            fields: dict[str, str] = {
                "key": f"{doc.lang}:{doc.id}",
                "id": doc.id,
                "lang": doc.lang,
                "section": doc.section,
                "kind": doc.kind,
                "audience": " ".join(doc.audiences),
                "title": doc.title,
                "summary": doc.summary,
                "body": doc.body,
            }
            texts = doc.texts()
            for part, text in texts.items():
                fields[f"{part}_x"] = text
                fields[f"{part}_{doc.lang}"] = text
            # A compound in the title or summary lends its parts the weight of that field
            # (`privébetaalrekening` in a title is a title match for `betaalrekening`).
            for part in ("title", "summary"):
                extra = compound_parts(texts[part], decompounder)
                fields[f"{part}_{doc.lang}"] += "\n" + extra
            fields["parts"] = compound_parts(texts["body"], decompounder)
            writer.add_document(**fields)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    ix.close()
    vocabulary.save(folder / VOCAB_FILE)
    return len(docs)
