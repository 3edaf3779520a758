"""`SearchService`: the one door to search. Query in, ranked hits with highlighted snippets out.

Nothing outside `search/` touches Whoosh. The service opens (and when needed builds) the index
for a `Library`, and answers `search()` calls; it is safe to call from one thread at a time
(the desktop runs queries on a single worker thread).

Languages: every article exists in Dutch and English. With `lang` set, hits are articles in that
language, found through either version (an English query finds the Dutch article: the English
text matched it); a match in the chosen language counts fully, one found only through the other
language counts a little less. Without `lang`, both versions are hits in their own right and
`prefer` (the user's language) ranks first.

Scores are Whoosh's BM25F, computed by `search.scoring.Scorer` a posting list at a time
rather than by Whoosh's matcher tree (the same ranking, many times faster on large indexes).
Factors follow, each a step of its own: `search.prior` (statutory texts and worked cases rank
below the explanation of the same subject, unless the query asks for them), then `NAMED` (the
title begins with the query's words, or the id is the query) or else `ABOUT` (the id's subject
is among the query's words).

Ranking, in order: documents matching every query unit (word, synonym term, phrase); then, when
those are fewer than asked for, documents matching some. Typo tolerance joins only for unknown
words or when the exact query finds fewer than `FEW` documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from whoosh import query as wq
from whoosh.searching import Searcher

from search import prior, snippets
from search import query as q
from search.scoring import Scorer
from search.store import Content, OpenIndex, open_index
from search.synonyms import Synonyms, load_synonyms
from search.text import stem, stopwords, words

FEW = 3  # fewer exact hits than this switch typo tolerance on for every word
CROSS_LANGUAGE = 0.8  # score factor for an article found only through its other language
OTHER_LANGUAGE = 0.85  # without `lang`: score factor for hits not in the preferred language
MAX_LIMIT = 200
# A title that begins with exactly the query's words, or an id that is the query, is what the
# officer typed the name of: it ranks well above pages that merely discuss it.
NAMED = 1.5
# An article whose subject, as its id names it, is in the query with more words ("hypotheek"
# in "hypotheek zelfstandige", "betaalrekening" in "betaalrekening sekswerker") is what the
# query is about; the other words narrow it down. A lesser boost than `NAMED`.
ABOUT = 1.25


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str
    section: str
    lang: str
    kind: str
    audiences: tuple[str, ...]
    score: float
    snippet: str  # HTML: escaped text, <b> around matched words; "" when not highlighted
    all_words: bool = True  # False: found by some of the query's words only


@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: list[SearchHit] = field(default_factory=list)
    did_you_mean: str | None = None
    message: str | None = None  # why there are no hits, when the query itself is the reason
    fuzzy: bool = False  # typo tolerance was used
    terms: tuple[str, ...] = ()  # folded words searched for, to highlight in an opened article

    def __bool__(self) -> bool:
        return bool(self.hits)


class SearchService:
    """Search over one `Library`. Opening may build the index (a second or two): do it off the
    GUI thread.

    `content` is the `Library`, or a `search.store.ContentRef` (its folder and version): a
    current index then opens without loading the library, and hits come from what the index
    stores; the library is loaded only to build a missing, stale or corrupt index."""

    def __init__(
        self,
        content: Content,
        index_dir: Path | None = None,
        *,
        synonyms: Synonyms | None = None,
        rebuild: bool = False,
        cache: Path | None = None,
    ) -> None:
        self.content = content
        self.synonyms = synonyms or load_synonyms()
        self.opened: OpenIndex = open_index(content, index_dir, rebuild=rebuild, cache=cache)
        self._searcher: Searcher = self.opened.index.searcher()
        self._builder = q.Builder(self._searcher.reader(), self.opened.vocabulary)
        self._scorer = Scorer(self._searcher)
        self._warm()
        self._named: list[list[str]] = []  # the query's words, and with linked spellings
        self._prior: dict[str, float] = prior.weights(())  # per page role, for this query
        self._asked: set[str] = set()  # Dutch stems of the query's words and their synonyms

    def _warm(self) -> None:
        """Build what the first query would otherwise build: the decompounder, the sorted and
        bucketed vocabulary (prefixes, typos) and the scorer's field-length tables."""
        vocabulary = self.opened.vocabulary
        vocabulary.decompounder.split("clientenonderzoek")
        vocabulary.with_prefix("zzzz", 1)
        vocabulary.near("zzzzz", 1)
        self._scorer.warm()

    def close(self) -> None:
        self._searcher.close()
        self.opened.index.close()

    def __enter__(self) -> SearchService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- searching --------------------------------------------------------------------------
    def search(
        self,
        text: str,
        *,
        lang: str | None = None,
        prefer: str = "nl",
        section: str | None = None,
        kind: str | None = None,
        audience: str | None = None,
        limit: int = 10,
        highlight: bool = True,
    ) -> SearchResult:
        """Ranked hits for what the user typed. Never raises for any `text`."""
        limit = max(1, min(int(limit), MAX_LIMIT))
        parsed = q.parse(text if isinstance(text, str) else "", self.synonyms)
        if not parsed.units:
            message = parsed.message or "nothing to search for"
            return SearchResult(text, message=message)
        filters = _filter(section, kind, audience)
        self._scorer.forget()
        fetch = limit * 3 + 20
        named = [w for unit in parsed.units for w in unit.words]
        self._named = [named]
        self._prior = prior.weights(folded for folded, _ in parsed.surfaces)
        self._asked = _stems(parsed)

        built = self._builder.build(parsed, fuzzy_all=False, conjunctive=True)
        for i, word in enumerate(named):
            for variant in built.spellings.get(word, ()):
                self._named.append([*named[:i], variant, *named[i + 1 :]])
                self._asked.add(stem(variant, "nl"))
        docs = self._run(built.query, filters, fetch)
        fuzzy = False
        if len(docs) < FEW and any(len(w) >= q.FUZZY_MIN for u in parsed.units for w in u.words):
            fuzzy_built = self._builder.build(parsed, fuzzy_all=True, conjunctive=True)
            fuzzy_docs = self._run(fuzzy_built.query, filters, fetch)
            if len(fuzzy_docs) > len(docs):
                built, docs, fuzzy = fuzzy_built, fuzzy_docs, True
        ranked = self._rank(docs, lang, prefer, all_words=True)
        if len(ranked) < FEW and len(parsed.units) > 1:
            loose = self._builder.build(parsed, fuzzy_all=fuzzy, conjunctive=False)
            seen = {hit["id"] if lang else hit["key"] for hit in ranked}
            for hit in self._rank(self._run(loose.query, filters, fetch), lang, prefer, False):
                if (hit["id"] if lang else hit["key"]) not in seen:
                    ranked.append(hit)
        ranked = ranked[:limit]
        hits = [self._hit(self._shown(hit, lang), built, highlight) for hit in ranked]
        did_you_mean = q.suggestion(parsed, built.unknown, self.opened.vocabulary)
        return SearchResult(
            text,
            hits,
            did_you_mean=did_you_mean,
            message=None if hits else "no articles found",
            fuzzy=fuzzy or built.fuzzy,
            terms=tuple(sorted(built.exact)),
        )

    def _run(self, query: wq.Query, filters: wq.Query | None, fetch: int) -> list[dict[str, Any]]:
        if query is wq.NullQuery:
            return []
        allow = None if filters is None else set(self._searcher.docs_for_query(filters))
        docs = []
        for docnum, raw in self._scorer.top(query, fetch, allow):
            fields = self._searcher.stored_fields(docnum)
            score = float(raw) * prior.factor(fields, self._prior)
            if self._names(fields):
                score *= NAMED
            elif self._about(fields):
                score *= ABOUT
            docs.append({**fields, "score": score})
        return docs

    def _names(self, fields: dict[str, Any]) -> bool:
        slug = fields["id"].split("/", 1)[-1].split("-")
        title = words(fields["title"])
        return any(title[: len(named)] == named or slug == named for named in self._named if named)

    def _about(self, fields: dict[str, Any]) -> bool:
        """Every word of the id's subject (`producten/hypotheek`, `wwft/contant-geld`) is in the
        query, as typed, in another form or as a synonym (`mortgage` names `hypotheek`)."""
        subject = _subject(fields["id"])
        return bool(subject) and subject <= self._asked

    def _rank(
        self, docs: list[dict[str, Any]], lang: str | None, prefer: str, all_words: bool
    ) -> list[dict[str, Any]]:
        if lang is None:
            ranked: list[dict[str, Any]] = []
            # Both versions are hits; articles rank by their better version, and within an
            # article the preferred language comes first.
            groups: dict[str, list[dict[str, Any]]] = {}
            for doc in docs:
                factor = 1.0 if doc["lang"] == prefer else OTHER_LANGUAGE
                groups.setdefault(doc["id"], []).append(
                    {**doc, "score": doc["score"] * factor, "all": all_words}
                )
            order = sorted(groups.values(), key=lambda g: (-max(d["score"] for d in g), g[0]["id"]))
            for group in order:
                ranked += sorted(group, key=lambda d: d["lang"] != prefer)
            return ranked
        best: dict[str, dict[str, Any]] = {}
        for doc in docs:
            score = doc["score"] * (1.0 if doc["lang"] == lang else CROSS_LANGUAGE)
            if doc["id"] not in best or score > best[doc["id"]]["score"]:
                best[doc["id"]] = {**doc, "score": score, "all": all_words}
        ranked = sorted(best.values(), key=lambda d: (-d["score"], d["id"], d["lang"]))
        return ranked

    def _shown(self, doc: dict[str, Any], lang: str | None) -> dict[str, Any]:
        """A hit found through its other language, shown in `lang` (fields looked up only for
        the hits returned)."""
        if lang is None or doc["lang"] == lang:
            return doc
        shown = self._searcher.document(key=f"{lang}:{doc['id']}")
        return {**doc, **shown} if shown is not None else doc

    def _hit(self, doc: dict[str, Any], built: q.Built, highlight: bool) -> SearchHit:
        text = ""
        if highlight:
            matches = snippets.marker(
                built.exact, built.stems, doc["lang"], self.opened.vocabulary.decompounder.parts
            )
            roots = snippets.roots_of(built.exact, built.stems)
            text = (
                snippets.snippet(doc["body"], matches, roots)
                or snippets.snippet(doc["summary"], matches, roots)
                or snippets.plain(doc["summary"])
            )
        return SearchHit(
            id=doc["id"],
            title=doc["title"],
            section=doc["section"],
            lang=doc["lang"],
            kind=doc["kind"],
            audiences=tuple(doc["audience"].split()),
            score=round(float(doc["score"]), 4),
            snippet=text,
            all_words=doc["all"],
        )


def _stems(parsed: q.Parsed) -> set[str]:
    """Dutch stems of the query's words and of the other terms of their synonym groups."""
    found = {w for unit in parsed.units for w in unit.words}
    found.update(w for unit in parsed.units for term in unit.alternatives for w in term)
    return {stem(w, "nl") for w in found}


@lru_cache(maxsize=4096)
def _subject(article_id: str) -> frozenset[str]:
    """Dutch stems of the words of an id's slug, stop words left out (`wat-is-het`: none)."""
    slug = article_id.split("/", 1)[-1].split("-")
    return frozenset(stem(w, "nl") for w in slug if w not in stopwords())


def _filter(section: str | None, kind: str | None, audience: str | None) -> wq.Query | None:
    terms = [
        wq.Term(name, value)
        for name, value in (("section", section), ("kind", kind), ("audience", audience))
        if value
    ]
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else wq.And(terms)
