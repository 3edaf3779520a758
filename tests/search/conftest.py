"""Search fixtures: a small bilingual corpus and a service over it with a private index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kb import Library, load_library
from search.service import SearchService
from tests.conftest import FIXTURES

SEARCH_FIXTURE = FIXTURES / "search"


@pytest.fixture(scope="session")
def search_library() -> Library:
    return load_library(SEARCH_FIXTURE)


@pytest.fixture(scope="session")
def service(
    search_library: Library, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SearchService]:
    folder = tmp_path_factory.mktemp("search-index")
    with SearchService(search_library, folder / "index", cache=folder / "cache") as opened:
        yield opened


def ids(result: object) -> list[str]:
    return [hit.id for hit in getattr(result, "hits", [])]


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"
