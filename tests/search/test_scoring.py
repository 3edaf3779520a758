"""The posting-list scorer ranks exactly as Whoosh's own search would, only faster."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from search import query as q
from search.indexer import Vocabulary
from search.scoring import Scorer
from search.service import SearchService

QUERIES = [
    "cliëntenonderzoek",
    "verzekering",
    "klantonderzoek sekswerker",
    "customer due diligence",
    '"herkomst van middelen"',
    "hypot",
    "hypoteek",
    "AOV zelfstandig",
]


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("fuzzy_all", [False, True])
def test_same_ranking_and_scores_as_whoosh(
    service: SearchService, text: str, fuzzy_all: bool
) -> None:
    searcher = service._searcher
    parsed = q.parse(text, service.synonyms)
    built = service._builder.build(parsed, fuzzy_all=fuzzy_all, conjunctive=True)
    if built.query is wq.NullQuery:
        pytest.skip("nothing to search in the fixture")
    expected = [(hit.docnum, hit.score) for hit in searcher.search(built.query, limit=30)]
    scorer = Scorer(searcher)
    found = scorer.top(built.query, 30)
    assert [d for d, _ in found] == [d for d, _ in expected]
    for (_, mine), (_, theirs) in zip(found, expected, strict=True):
        assert mine == pytest.approx(theirs, rel=1e-9)


def test_filters_and_phrases(service: SearchService) -> None:
    searcher = service._searcher
    phrase = wq.Or(
        [wq.Phrase(f"{p}_x", ["herkomst", "van", "middelen"]) for p in ("title", "body")]
    )
    expected = [hit.docnum for hit in searcher.search(phrase, limit=None)]
    scorer = Scorer(searcher)
    assert [d for d, _ in scorer.top(phrase, 100)] == expected
    allow = set(searcher.docs_for_query(wq.Term("lang", "nl")))
    assert all(d in allow for d, _ in scorer.top(phrase, 100, allow))
    assert scorer.top(wq.NullQuery, 10) == []
    assert scorer.top(wq.Term("body_x", "woorddatnergensstaat"), 10) == []


def test_linked_spellings_of_a_compound() -> None:
    counts = {"clientenonderzoek": 5, "client": 9, "onderzoek": 9, "klantonderzoek": 2}
    vocabulary = Vocabulary(df=counts, nl=counts)
    builder = q.Builder(reader=None, vocabulary=vocabulary)
    assert builder._linked("clientonderzoek") == ["clientenonderzoek"]
    assert builder._linked("clientenonderzoek") == []  # `clientonderzoek` is in no text
    assert builder._linked("klantenonderzoek") == ["klantonderzoek"]
    assert builder._linked("hypotheek") == []
