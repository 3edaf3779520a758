"""The relevance bar on the SHIPPED content: officers' queries must find the right page.

`relevance.toml` holds the queries. Those marked `first = true` must return `expect[0]` as the
first hit, one test each; over the whole set, hit@3 must stay at or above 0.90. Queries whose
ids are not (yet) in the shipped content are skipped with a reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kb import Library
from search.benchmark import load_content_leniently
from search.evaluate import RelevanceQuery, evaluate, load_set
from search.service import SearchService

QUERIES = load_set(Path(__file__).parent / "relevance.toml")
FIRST = [q for q in QUERIES if q.first]
HIT3_BAR = 0.90


@pytest.fixture(scope="module")
def shipped() -> Library:
    library, _dropped = load_content_leniently()
    return library


@pytest.fixture(scope="module")
def shipped_service(
    shipped: Library, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SearchService]:
    folder = tmp_path_factory.mktemp("shipped-index")
    with SearchService(shipped, folder / "index", cache=folder / "cache") as service:
        yield service


def test_the_set_is_large_and_uses_both_languages() -> None:
    assert len(QUERIES) >= 80
    assert {q.lang for q in QUERIES} == {"nl", "en"}
    assert len(FIRST) >= 20


@pytest.mark.parametrize("query", FIRST, ids=[f"{q.lang}:{q.text}" for q in FIRST])
def test_first_result(
    shipped: Library, shipped_service: SearchService, query: RelevanceQuery
) -> None:
    missing = [i for i in query.expect if not shipped.has(i)]
    if missing:
        pytest.skip(f"not in the shipped content yet: {', '.join(missing)}")
    hits = shipped_service.search(query.text, lang=query.lang, limit=3, highlight=False).hits
    assert [h.id for h in hits][:1] == query.expect[:1], [h.id for h in hits]


def test_hit_at_3(shipped: Library, tmp_path: Path) -> None:
    scores = evaluate(shipped, QUERIES, tmp_path)
    if not scores.outcomes:
        pytest.skip("none of the expected articles is in the shipped content yet")
    misses = [f"{o.query.text!r} → {o.ranked[:3]}" for o in scores.outcomes if (o.rank or 99) > 3]
    assert scores.hit3 >= HIT3_BAR, "\n".join(misses)
