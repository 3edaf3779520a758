"""From what the user typed to a Whoosh query: words, phrases, synonyms, compounds, typos.

Nothing the user types is parsed as Whoosh syntax: the text is cut into words (`"(*~^:` and
every other mark simply separate words), with one exception, text between double quotes, which
is a phrase. The query is built term by term:

- each word searches its exact form (weight 3), its Dutch and English stems (weight 2) and the
  parts of compounds in the documents (weight 1); a long, rare Dutch compound in the query also
  searches for all its parts together; a compound the texts also spell with another linking
  sound (`cliëntonderzoek` / `cliëntenonderzoek`) searches that spelling as the word itself;
- a Dutch verb also searches the noun Dutch makes of it with `-ing` (weight 1.5): the texts
  mostly name the act (`stortingen`, `melding`), officers often type the verb (`storten`,
  `melden`), and the stemmer joins the two only for longer words (`betalen`, `betaling`);
- title, summary and body weigh 3, 2 and 1;
- a synonym or abbreviation also searches the other terms of its group (weight 0.6);
- the last word, when it has 4 or more letters and the user may still be typing, also searches
  the words it begins (weight 1);
- typo tolerance: words of 5 or more letters search known words 1 edit away (2 edits from 8
  letters), sharing the first letter, at a low weight — for unknown words always, for the others
  only when the exact query finds too little.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from whoosh import query as wq
from whoosh.matching import ArrayUnionMatcher
from whoosh.reading import IndexReader

from search.decompound import LINKERS
from search.synonyms import Synonyms
from search.text import LANGS, WORD, fold, query_stopwords, stem
from search.vocabulary import PARTS, Vocabulary

MAX_QUERY_CHARS = 1000
MAX_WORDS = 16
PREFIX_MIN = 4
FUZZY_MIN = 5
PREFIX_EXPANSIONS = 24
FUZZY_EXPANSIONS = 4

FIELD_WEIGHT = {"title": 3.0, "summary": 2.0, "body": 1.0}
EXACT, STEMMED, COMPOUND_PART, PREFIX, SYNONYM = 3.0, 2.0, 1.0, 1.0, 0.6
DERIVED = 1.5  # a Dutch verb's -ing noun
FUZZY = {1: 0.5, 2: 0.25}
COMPOUND_SPLIT = 0.5  # the query's compound searched as its parts
COMPOUND_MIN = 10  # query words this long may be split...
COMPOUND_RARE = 3  # ...when fewer documents than this contain them as they are


@dataclass
class Unit:
    """One thing the query asks for: a word, a multi-word synonym term or a quoted phrase."""

    words: tuple[str, ...]  # folded, stop words included
    alternatives: tuple[tuple[str, ...], ...] = ()
    phrase: bool = False
    prefix: bool = False  # the last word may be unfinished

    @property
    def content(self) -> tuple[str, ...]:
        stops = query_stopwords()
        return tuple(w for w in self.words if w not in stops)


@dataclass
class Parsed:
    units: list[Unit]
    surfaces: list[tuple[str, str]]  # (folded, as typed) for every word, in order
    message: str | None = None


def parse(text: str, synonyms: Synonyms) -> Parsed:
    """Cut the query into units. Never raises, whatever the text."""
    text = text[:MAX_QUERY_CHARS]
    typing_on = bool(text) and bool(WORD.fullmatch(text[-1]))
    units: list[Unit] = []
    surfaces: list[tuple[str, str]] = []
    pieces = re.split(r'"([^"]*)"', text)  # odd indexes are quoted phrases
    if len(pieces) % 2 == 0:  # an unbalanced quote cannot happen with split; kept for safety
        pieces.append("")
    for index, piece in enumerate(pieces):
        found = [(fold(m.group()), m.group()) for m in WORD.finditer(piece.replace('"', " "))]
        surfaces += found
        folded = [f for f, _ in found]
        if index % 2 == 1:
            if folded:
                units.append(Unit(tuple(folded), phrase=len(folded) > 1))
            continue
        units += _word_units(folded, synonyms)
    if units and typing_on and not pieces[-1].endswith('"') and not units[-1].phrase:
        last = units[-1]
        if len(last.words) == 1 and len(last.words[0]) >= PREFIX_MIN:
            last.prefix = True
    kept = [u for u in units if u.content or u.alternatives]
    message = None
    if units and not kept:
        message = "only very common words"
    if len(kept) > MAX_WORDS:
        kept = kept[:MAX_WORDS]
    return Parsed(kept, surfaces, message)


def _word_units(folded: list[str], synonyms: Synonyms) -> list[Unit]:
    units: list[Unit] = []
    matches = {m.start: m for m in synonyms.match(folded)}
    i = 0
    while i < len(folded):
        match = matches.get(i)
        if match is not None:
            units.append(Unit(tuple(folded[match.start : match.end]), match.alternatives))
            i = match.end
        else:
            units.append(Unit((folded[i],)))
            i += 1
    return units


@dataclass
class Built:
    """A Whoosh query and what to highlight in the hits."""

    query: wq.Query
    exact: set[str] = field(default_factory=set)  # folded words
    stems: dict[str, set[str]] = field(default_factory=lambda: {lang: set() for lang in LANGS})
    unknown: list[str] = field(default_factory=list)  # words no document contains in any form
    fuzzy: bool = False  # some word was searched with typo tolerance
    spellings: dict[str, list[str]] = field(default_factory=dict)  # word → linked variants


class Builder:
    """Builds the Whoosh query for parsed units, against one open reader and vocabulary."""

    def __init__(self, reader: IndexReader, vocabulary: Vocabulary) -> None:
        self.reader = reader
        self.vocabulary = vocabulary

    def _term(self, field_name: str, text: str, boost: float = 1.0) -> list[wq.Query]:
        """A term query, or nothing when no document has the term (keeps queries small)."""
        if self.reader.doc_frequency(field_name, text) == 0:
            return []
        return [wq.Term(field_name, text, boost=boost)]

    def build(self, parsed: Parsed, *, fuzzy_all: bool, conjunctive: bool) -> Built:
        built = Built(wq.NullQuery)
        clauses: list[wq.Query] = []
        for unit in parsed.units:
            clause = self._unit(unit, built, fuzzy_all)
            if clause is not None:
                clauses.append(clause)
        if not clauses:
            return built
        if len(clauses) == 1:
            built.query = clauses[0]
        elif conjunctive:
            built.query = _all(clauses)
        else:
            built.query = _or(clauses, scale=0.9)
        return built

    # -- units ------------------------------------------------------------------------------
    def _unit(self, unit: Unit, built: Built, fuzzy_all: bool) -> wq.Query | None:
        if unit.phrase:
            return self._phrase(unit.words, built, 1.0)
        unknown = len(built.unknown)
        own = self._words(unit.words, built, fuzzy_all=fuzzy_all, prefix=unit.prefix)
        if not unit.alternatives:
            return own
        del built.unknown[unknown:]  # an abbreviation the texts never use is not a typo
        options = [own] if own is not None else []
        options += self._alternatives(unit.alternatives, built)
        return _or(options) if options else None

    def _alternatives(
        self, alternatives: tuple[tuple[str, ...], ...], built: Built
    ) -> list[wq.Query]:
        """The other terms of a synonym group, searched by their stems only (the exact forms
        add little here), each distinct stem sequence once."""
        stops = query_stopwords()
        single: dict[tuple[str, str], float] = {}
        several: dict[tuple[str, ...], wq.Query] = {}
        for alternative in alternatives:
            content = [w for w in alternative if w not in stops]
            if not content:
                continue
            built.exact.update(content)
            for word in content:
                for lang in LANGS:
                    built.stems[lang].add(stem(word, lang))
            if len(content) == 1:
                for lang in LANGS:
                    stemmed = stem(content[0], lang)
                    for part in PARTS:
                        single[(f"{part}_{lang}", stemmed)] = STEMMED * FIELD_WEIGHT[part]
                continue
            key = tuple(stem(w, "en") + "/" + stem(w, "nl") for w in content)
            if key in several:
                continue
            clauses: list[wq.Query] = []
            for word in content:
                terms: list[wq.Query] = []
                for lang in LANGS:
                    for part in PARTS:
                        terms += self._term(
                            f"{part}_{lang}", stem(word, lang), STEMMED * FIELD_WEIGHT[part]
                        )
                clauses.append(_or(terms) if terms else wq.NullQuery)
            clause = _all(clauses)
            if clause is not wq.NullQuery:
                several[key] = clause
        terms = [t for (name, text), boost in single.items() for t in self._term(name, text, boost)]
        options = [*terms, *several.values()]
        return [_or(options, boost=SYNONYM)] if options else []

    def _words(
        self, words: tuple[str, ...], built: Built, *, fuzzy_all: bool, prefix: bool
    ) -> wq.Query | None:
        stops = query_stopwords()
        content = [w for w in words if w not in stops]
        if not content:
            return None
        clauses = [
            self._word(w, built, fuzzy_all=fuzzy_all, prefix=prefix and i == len(content) - 1)
            for i, w in enumerate(content)
        ]
        if len(clauses) == 1:
            return clauses[0]
        # Several words (a synonym term such as "customer due diligence"): all of them, and a
        # bonus when they stand together.
        return _or([_all(clauses), self._phrase(words, built, 1.0, record=False)])

    def _phrase(
        self, words: tuple[str, ...], built: Built, boost: float, record: bool = True
    ) -> wq.Query:
        if record:
            built.exact.update(words)
        if len(words) == 1:
            return _or(
                [wq.Term(f"{p}_x", words[0], boost=EXACT * FIELD_WEIGHT[p]) for p in PARTS],
                boost=boost,
            )
        return _or(
            [wq.Phrase(f"{p}_x", list(words), boost=EXACT * FIELD_WEIGHT[p]) for p in PARTS],
            boost=boost,
        )

    def _word(self, word: str, built: Built, *, fuzzy_all: bool, prefix: bool) -> wq.Query:
        subs: list[wq.Query] = []
        built.exact.add(word)
        short = len(word) < 2 or word.isdigit()
        subs += self._exact_terms(word, EXACT)
        if not short:
            for lang in LANGS:
                stemmed = stem(word, lang)
                built.stems[lang].add(stemmed)
                for part in PARTS:
                    subs += self._term(f"{part}_{lang}", stemmed, STEMMED * FIELD_WEIGHT[part])
            subs += self._term("parts", stem(word, "nl"), COMPOUND_PART)
            for noun in ing_nouns(word):
                built.stems["nl"].add(noun)
                for part in PARTS:
                    subs += self._term(f"{part}_nl", noun, DERIVED * FIELD_WEIGHT[part])
            built.spellings[word] = self._linked(word)
            for variant in built.spellings[word]:  # the same word, spelled another way
                built.exact.add(variant)
                subs += self._exact_terms(variant, EXACT)
                variant_stem = stem(variant, "nl")
                built.stems["nl"].add(variant_stem)
                for part in PARTS:
                    subs += self._term(f"{part}_nl", variant_stem, STEMMED * FIELD_WEIGHT[part])
            split = self._split(word)
            part_clauses = [self._part(p, built) for p in split]
            if part_clauses and all(c is not None for c in part_clauses):
                subs.append(wq.And([c for c in part_clauses if c], boost=COMPOUND_SPLIT))
        known = bool(subs)
        expanded = False
        if prefix and len(word) >= PREFIX_MIN:
            for other in self.vocabulary.with_prefix(word, PREFIX_EXPANSIONS):
                expanded = True
                built.exact.add(other)
                subs += self._exact_terms(other, PREFIX)
        if len(word) >= FUZZY_MIN and not word.isdigit() and (fuzzy_all or not known):
            for distance, other in self._near(word):
                built.fuzzy = True
                built.exact.add(other)
                subs += self._exact_terms(other, FUZZY[distance])
        if not known and not expanded:
            built.unknown.append(word)
        return _or(subs) if subs else wq.NullQuery

    def _part(self, part: str, built: Built) -> wq.Query | None:
        """One part of a split query compound: any form of it, or inside a compound."""
        subs = self._exact_terms(part, 1.0)
        nl_stem = stem(part, "nl")
        built.stems["nl"].add(nl_stem)
        for p in PARTS:
            subs += self._term(f"{p}_nl", nl_stem, FIELD_WEIGHT[p])
        subs += self._term("parts", nl_stem)
        return _or(subs) if subs else None

    def _linked(self, word: str) -> list[str]:
        """The same compound with another linking sound that the texts use: `cliëntonderzoek`
        → `cliëntenonderzoek`, `klantenonderzoek` → `klantonderzoek` (Dutch spells both)."""
        if len(word) < COMPOUND_MIN:
            return []
        split = self.vocabulary.decompounder.split(word)
        if len(split) != 2:
            return []
        first, last = split
        if not (word.startswith(first) and word.endswith(last)):
            return []
        linker = word[len(first) : len(word) - len(last)]
        found: list[str] = []
        for other in ("", *LINKERS):
            variant = first + other + last
            if other != linker and self.vocabulary.df.get(variant, 0) > 0:
                found.append(variant)
        return found

    def _split(self, word: str) -> tuple[str, ...]:
        if len(word) < COMPOUND_MIN or self.vocabulary.df.get(word, 0) >= COMPOUND_RARE:
            return ()
        return self.vocabulary.decompounder.split(word)

    def _exact_terms(self, word: str, weight: float) -> list[wq.Query]:
        found: list[wq.Query] = []
        for p in PARTS:
            found += self._term(f"{p}_x", word, weight * FIELD_WEIGHT[p])
        return found

    def _near(self, word: str) -> list[tuple[int, str]]:
        maxdist = 1 if len(word) < 8 else 2
        return self.vocabulary.near(word, maxdist)[:FUZZY_EXPANSIONS]


def ing_nouns(word: str) -> list[str]:
    """The Dutch stems of the `-ing` nouns a Dutch verb could make: `storten` → `storting`,
    `zetten` → `zetting` (the stemmer undoubles `tt`). Only for words ending in `-en` (an
    infinitive, or a plural: `klanten` gives `klanting`, which no text holds, so searching it
    costs nothing). Empty for a word that is such a noun already."""
    if len(word) < 6 or not word.endswith("en") or not word.isalpha():
        return []
    root = stem(word, "nl")
    if len(root) < 3 or root.endswith("ing"):
        return []
    forms = {root + "ing"}
    if root[-1] not in "aeiouy" and root[-1] != root[-2]:
        forms.add(root + root[-1] + "ing")
    # The stemmer takes `-ing` off some nouns itself (`betaling` → `betal`, as `betalen`).
    return sorted({stem(form, "nl") for form in forms} - {root})


class _Or(wq.Or):
    """Or whose preloading matcher sizes its score array to the index, not to 2048 documents:
    Whoosh clears and scans a 2048-slot array in Python for every Or, which on a small index
    costs far more than the matching itself (about a millisecond per Or)."""

    def _matcher(self, subs: list[Any], searcher: Any, context: Any) -> Any:
        needs_current = context.needs_current if context else True
        doccount = searcher.doc_count_all()
        if needs_current or self.scale or len(subs) == 2 or doccount > 2048:
            return wq.Or._matcher(self, subs, searcher, context)
        scored = context.weighting is not None if context else True
        matchers = [sub.matcher(searcher, context) for sub in subs]
        return ArrayUnionMatcher(
            matchers, doccount, boost=self.boost, scored=scored, partsize=max(doccount, 1)
        )


def _or(subs: list[wq.Query], boost: float = 1.0, scale: float | None = None) -> wq.Query:
    return _Or(subs, boost=boost, scale=scale)


def _all(clauses: list[wq.Query]) -> wq.Query:
    """And — but nothing when one clause can match nothing (Whoosh's And would drop it)."""
    if any(c is wq.NullQuery for c in clauses):
        return wq.NullQuery
    return wq.And(clauses)


def suggestion(parsed: Parsed, unknown: list[str], vocabulary: Vocabulary) -> str | None:
    """'Did you mean …': the query with each unknown word replaced by the closest known word."""
    if not unknown:
        return None
    replaced: dict[str, str] = {}
    for word in unknown:
        if len(word) < 4 or word.isdigit():
            continue
        maxdist = 1 if len(word) < 8 else 2
        near = vocabulary.near(word, maxdist)
        if near:
            replaced[word] = vocabulary.spell(near[0][1])
    if not replaced:
        return None
    return " ".join(replaced.get(folded, typed) for folded, typed in parsed.surfaces)
