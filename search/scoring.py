"""Scores a Whoosh query a posting list at a time, the way Whoosh's BM25F would, only faster.

Whoosh scores a query by walking a tree of matchers document by document: every Or, And and
boost is a Python object asked `is_active()`, `id()`, `skip_to()`, `score()` and, for its top-N
optimisation, `max_quality()` at every step. Our queries are wide (a word searches three
fields × exact, Dutch and English stems, compound parts, prefixes and synonyms), so on 10,000
articles most of a query's time went into walking that tree, not into the postings.

`Scorer` computes the same scores differently: each term's posting list is read a block at a
time into a `{docnum: score}` dict (BM25F exactly as `whoosh.scoring.BM25FScorer` computes it,
with the field lengths read once per field), an Or adds its children's dicts, an And keeps the
documents in all of them and adds, a boost multiplies. Anything else (a phrase) is handed to
Whoosh's own matcher and read out the same way.
The ranking is Whoosh's: same scores (up to the order of floating-point additions), ties to the
lower document number. Whoosh quirks are kept on purpose, so relevance does not move: a
compound query with one subquery ignores its own boost, as `CompoundQuery.matcher` does. One
difference: an Or's `scale` (Whoosh's `CoordMatcher`) is ignored. Whoosh multiplies by
`(terms - 1) / terms` and adds `(matching - 1) / (terms - scale)²`, next to BM25 scores in the
tens and hundreds a bonus far below a rounding difference, and constant factors do not rank.

Only the reading of a posting block touches Whoosh internals (`W3LeafMatcher`, the length
column); any other matcher or codec goes through the public, slower matcher interface.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from typing import Any

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

Scores = dict[int, float]


class Scorer:
    """Scores queries over one open searcher. Keeps per-field length tables between queries;
    term scores are kept only for the duration of one `scores` call (a query and its typo and
    some-words variants share most of their terms)."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher
        self.weighting = searcher.weighting
        self._bm25 = isinstance(self.weighting, BM25F)
        self._leaves: list[tuple[Searcher, int]] = list(searcher.leaf_searchers())
        self._norms: dict[tuple[int, str], list[float]] = {}
        self._terms: dict[tuple[int, str, str], Scores] = {}
        # Posting blocks (ids, encoded positions) of terms read for scoring, for phrases.
        self._blocks: dict[tuple[int, str, str], list[tuple[Any, Any]]] = {}

    # -- public -----------------------------------------------------------------------------
    def scores(self, query: wq.Query) -> Scores:
        """Every matching document's score (global document numbers)."""
        found: Scores = {}
        for leaf, (searcher, offset) in enumerate(self._leaves):
            part = _Run(self, leaf, searcher).eval(query)
            if offset:
                part = {docnum + offset: score for docnum, score in part.items()}
            found.update(part)
        reader = self.searcher.reader()
        if reader.has_deletions():
            found = {d: s for d, s in found.items() if not reader.is_deleted(d)}
        return found

    def top(
        self, query: wq.Query, limit: int, allow: set[int] | None = None
    ) -> list[tuple[int, float]]:
        """The `limit` best (docnum, score), best first; ties go to the lower docnum."""
        found = self.scores(query)
        items: Iterable[tuple[int, float]] = found.items()
        if allow is not None:
            items = ((d, s) for d, s in items if d in allow)
        return heapq.nsmallest(limit, items, key=lambda item: (-item[1], item[0]))

    def warm(self) -> None:
        """Read the length tables of every scored field now rather than in a first query."""
        if not self._bm25:
            return
        weighting: Any = self.weighting
        for leaf, (searcher, _offset) in enumerate(self._leaves):
            for name, field in searcher.schema.items():
                if field.scorable:
                    b = weighting._field_B.get(name, weighting.B)
                    self.norms(leaf, searcher, name, b, weighting.K1)

    def forget(self) -> None:
        """Drop the term scores kept for the current search."""
        self._terms.clear()
        self._blocks.clear()

    # -- per-field data ---------------------------------------------------------------------
    def norms(self, leaf: int, searcher: Searcher, field: str, b: float, k1: float) -> list[float]:
        """Per document of the segment: BM25's `K1 * ((1 - B) + B * fl / avgfl)`."""
        key = (leaf, field)
        found = self._norms.get(key)
        if found is None:
            avgfl = self.searcher.avg_field_length(field) or 1
            table = [k1 * ((1 - b) + b * byte_to_length(i) / avgfl) for i in range(256)]
            found = [table[lbyte] for lbyte in _length_bytes(searcher, field)]
            self._norms[key] = found
        return found


class _Run:
    """Evaluates one query tree over one segment."""

    def __init__(self, scorer: Scorer, leaf: int, searcher: Searcher) -> None:
        self.scorer = scorer
        self.leaf = leaf
        self.searcher = searcher
        self.reader = searcher.reader()

    def eval(self, query: wq.Query) -> Scores:
        if query is wq.NullQuery or isinstance(query, wq.NullQuery.__class__):
            return {}
        kind = type(query)
        if kind is wq.Term:
            return self._term(query)
        if isinstance(query, wq.Or) and _plain(query):
            return self._or(query)
        if kind is wq.And:
            return self._and(query)
        if kind is wq.Phrase and query.slop == 1 and query.words:
            return self._phrase(query)
        return self._generic(query)

    # -- compound ---------------------------------------------------------------------------
    def _or(self, query: wq.Or) -> Scores:
        subs = query.subqueries
        if not subs:
            return {}
        parts = [self.eval(sub) for sub in subs]
        if len(parts) == 1:
            return parts[0]  # as Whoosh: one subquery, the compound's boost is not applied
        parts.sort(key=len, reverse=True)
        total = dict(parts[0])
        get = total.get
        for part in parts[1:]:
            for docnum, score in part.items():
                total[docnum] = get(docnum, 0.0) + score
        return _boosted(total, query.boost)

    def _and(self, query: wq.And) -> Scores:
        subs = query.subqueries
        if not subs:
            return {}
        parts = [self.eval(sub) for sub in subs]
        if len(parts) == 1:
            return parts[0]
        parts.sort(key=len)
        total = dict(parts[0])
        for part in parts[1:]:
            if not total:
                return {}
            total = {d: s + part[d] for d, s in total.items() if d in part}
        return _boosted(total, query.boost)

    # -- leaves -----------------------------------------------------------------------------
    def _term(self, query: wq.Term) -> Scores:
        key = (self.leaf, query.fieldname, query.text)
        scores = self.scorer._terms.get(key)
        if scores is None:
            scores = self._read_term(query)
            self.scorer._terms[key] = scores
        return _boosted(scores, query.boost)

    def _read_term(self, query: wq.Term) -> Scores:
        """The unboosted BM25F score of every document holding the term."""
        schema = self.searcher.schema
        field_name, text = query.fieldname, query.text
        if field_name not in schema:
            return {}
        field = schema[field_name]
        try:
            btext = field.to_bytes(text)
        except ValueError:
            return {}
        if (field_name, btext) not in self.reader:
            return {}
        weighting = self.scorer.weighting
        if not (self.scorer._bm25 and field.scorable):
            return self._generic(wq.Term(field_name, text))
        b = weighting._field_B.get(field_name, weighting.B)
        k1 = weighting.K1
        idf = self.scorer.searcher.idf(field_name, text)
        norms = self.scorer.norms(self.leaf, self.searcher, field_name, b, k1)
        k1p1 = k1 + 1
        scores: Scores = {}
        matcher = self.reader.postings(field_name, btext)
        if type(matcher) is W3LeafMatcher:
            positions = field.format.supports("positions")
            blocks: list[tuple[Any, Any]] = []
            while matcher.is_active():
                matcher._read_ids()
                matcher._read_weights()
                for docnum, tf in zip(matcher._ids, matcher._weights, strict=True):
                    # The very expression of whoosh.scoring.bm25, norm precomputed.
                    scores[docnum] = idf * ((tf * k1p1) / (tf + norms[docnum]))
                if positions:
                    matcher._read_values()
                    blocks.append((matcher._ids, matcher._values))
                matcher._next_block()
            if positions:
                self.scorer._blocks[(self.leaf, field_name, text)] = blocks
        else:
            while matcher.is_active():
                docnum, tf = matcher.id(), matcher.weight()
                scores[docnum] = idf * ((tf * k1p1) / (tf + norms[docnum]))
                matcher.next()
        return scores

    def _phrase(self, query: wq.Phrase) -> Scores:
        """Documents holding the words one after the other, scored as Whoosh scores a phrase:
        the sum of its words' term scores in the field. Positions are read only for the
        documents holding every word."""
        field_name = query.fieldname
        schema = self.searcher.schema
        if field_name not in schema or not schema[field_name].format.supports("positions"):
            return self._generic(query)
        field = schema[field_name]
        words = list(query.words)
        parts: list[Scores] = [self._term(wq.Term(field_name, word)) for word in words]
        if any(not part for part in parts):
            return {}
        smallest: Scores = min(parts, key=len)
        candidates = set(smallest)
        for part in parts:
            candidates.intersection_update(part)
        if not candidates:
            return {}
        positions: dict[str, dict[int, list[int]]] = {}
        for word in dict.fromkeys(words):
            blocks = self.scorer._blocks.get((self.leaf, field_name, word))
            if blocks is None:
                return self._generic(query)
            found: dict[int, list[int]] = {}
            decode = field.format.decode_positions
            for ids, values in blocks:
                for i, docnum in enumerate(ids):
                    if docnum in candidates:
                        found[docnum] = decode(values[i])
            positions[word] = found
        scores: Scores = {}
        for docnum in candidates:
            starts = set(positions[words[0]].get(docnum, ()))
            for offset, word in enumerate(words[1:], 1):
                if not starts:
                    break
                later = positions[word].get(docnum, ())
                starts &= {p - offset for p in later}
            if starts:
                scores[docnum] = sum(part[docnum] for part in parts)
        return _boosted(scores, query.boost)

    def _generic(self, query: wq.Query) -> Scores:
        """Whoosh's own matcher for anything else (phrases, coordinated Ors)."""
        context = self.scorer.searcher.context(weighting=self.scorer.weighting)
        matcher = query.matcher(self.searcher, context)
        scores: Scores = {}
        while matcher.is_active():
            scores[matcher.id()] = matcher.score()
            matcher.next()
        return scores


def _plain(query: wq.Or) -> bool:
    """An Or whose Whoosh matcher only sums its children (every Or without `minmatch`)."""
    return not getattr(query, "minmatch", 0)


def _boosted(scores: Scores, boost: float) -> Scores:
    if boost == 1.0:
        return scores
    return {docnum: score * boost for docnum, score in scores.items()}


def _length_bytes(searcher: Searcher, field: str) -> list[int]:
    """The encoded length of `field` in every document of a segment (0: no such field)."""
    reader = searcher.reader()
    count = reader.doc_count_all()
    perdoc: Any = getattr(reader, "_perdoc", None)
    column: Any = None
    if perdoc is not None and hasattr(perdoc, "column_reader"):
        try:
            if perdoc.has_column(_lenfield(field)):
                column = perdoc.column_reader(_lenfield(field), LENGTHS_COLUMN)
        except (AttributeError, KeyError, OSError):
            column = None
    if column is not None:
        raw = getattr(column, "_dbfile", None)
        if raw is not None and getattr(column, "_fixedlen", 0) == 1:
            stored = min(count, column._count)
            data = bytes(raw.get(column._basepos, stored)) if stored else b""
            return list(data) + [0] * (count - stored)
        return [int(value or 0) for value in column]
    return [_length_byte(reader, docnum, field) for docnum in range(count)]


def _length_byte(reader: Any, docnum: int, field: str) -> int:
    from whoosh.util.numeric import length_to_byte

    length = reader.doc_field_length(docnum, field, 1) or 1
    return int(length_to_byte(length))
