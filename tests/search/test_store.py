"""The index lifecycle: build, stamp, reuse, rebuild when stale or corrupt, atomic swap,
fallback to the cache folder when the location cannot be written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kb import Library, load_library
from search import store
from search.service import SearchService
from tests.search.conftest import SEARCH_FIXTURE, ids


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "content-root"
    shutil.copytree(SEARCH_FIXTURE, root)
    return root


def test_build_stamp_and_reuse(search_library: Library, tmp_path: Path, cache: Path) -> None:
    location = tmp_path / "index"
    first = store.open_index(search_library, location, cache=cache)
    assert first.built and first.documents == 6
    assert store.status(location, search_library.version) == "current"
    stamp = store.read_stamp(first.path)
    assert stamp is not None and stamp["content_version"] == search_library.version
    first.index.close()
    again = store.open_index(search_library, location, cache=cache)
    assert not again.built and again.path == first.path
    again.index.close()
    assert not cache.exists()


def test_stale_index_is_rebuilt_and_old_build_removed(tmp_path: Path, cache: Path) -> None:
    root = _copy(tmp_path)
    location = tmp_path / "index"
    with SearchService(load_library(root), location, cache=cache) as service:
        old = service.opened.path
        assert ids(service.search("escrow", lang="nl")) == []
    article = root / "content" / "nl" / "producten" / "hypotheek.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nEen escrow-rekening.\n")
    changed = load_library(root)
    assert store.status(location, changed.version) == "stale"
    with SearchService(changed, location, cache=cache) as service:
        assert service.opened.built and service.opened.path != old
        assert ids(service.search("escrow", lang="nl")) == ["producten/hypotheek"]
    assert not old.exists()
    leftovers = [p.name for p in location.iterdir() if p.name.startswith(".")]
    assert leftovers == [".build.lock"]  # the lock stays; no temporary build or pointer does


@pytest.mark.parametrize("damage", ["segments", "stamp", "pointer", "vocabulary"])
def test_corrupt_index_is_rebuilt(
    search_library: Library, tmp_path: Path, cache: Path, damage: str
) -> None:
    location = tmp_path / "index"
    opened = store.open_index(search_library, location, cache=cache)
    opened.index.close()
    build = opened.path
    if damage == "segments":
        for path in build.glob("*.seg"):
            path.write_bytes(b"garbage")
        for path in build.glob("_MAIN_*.toc"):
            path.write_bytes(b"garbage")
    elif damage == "stamp":
        (build / store.STAMP).write_text("{not json")
    elif damage == "pointer":
        (location / store.POINTER).write_text("../elsewhere")
    else:
        (build / "vocab.json").write_text("[]")
    with SearchService(search_library, location, cache=cache) as service:
        assert service.opened.built
        assert ids(service.search("hypotheek", lang="nl"))[:1] == ["producten/hypotheek"]


def test_failed_build_leaves_the_current_index(
    search_library: Library, tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = tmp_path / "index"
    store.open_index(search_library, location, cache=cache).index.close()
    before = (location / store.POINTER).read_text()

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("disk on fire")

    from search import indexer

    monkeypatch.setattr(indexer, "build_into", broken)  # store imports it only to build
    with pytest.raises(RuntimeError):
        store.build(search_library, location)
    assert (location / store.POINTER).read_text() == before
    assert store.status(location, search_library.version) == "current"
    assert [p.name for p in location.iterdir() if p.name.startswith(".build-")] == []


def test_unwritable_location_falls_back_to_cache(
    search_library: Library, tmp_path: Path, cache: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")  # mkdir below a file fails, even as root
    with SearchService(search_library, blocker / "index", cache=cache) as service:
        assert service.opened.location == store.cache_location(search_library, cache)
        assert ids(service.search("hypotheek", lang="nl"))[:1] == ["producten/hypotheek"]


def test_no_writable_location_is_a_clear_error(search_library: Library, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(store.IndexUnavailable, match="cannot write the search index"):
        store.open_index(search_library, blocker / "index", cache=blocker / "cache")


def test_default_location_is_the_user_cache(
    search_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "cache_dir", lambda: tmp_path / "user-cache")
    monkeypatch.setattr(store, "SHIPPED", tmp_path / "no-shipped-index")
    opened = store.open_index(search_library)
    opened.index.close()
    assert opened.location.is_relative_to(tmp_path / "user-cache" / "index")


def test_shipped_index_is_used_read_only(
    search_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tmp_path / "prebuilt"
    store.build(search_library, shipped)
    monkeypatch.setattr(store, "SHIPPED", shipped)
    monkeypatch.setattr(store, "cache_dir", lambda: tmp_path / "user-cache")
    opened = store.open_index(search_library)
    opened.index.close()
    assert opened.location == shipped and not opened.built
    assert not (tmp_path / "user-cache").exists()


def test_cache_dir_uses_platformdirs_without_author() -> None:
    assert store.cache_dir().name == "toegang"
    assert store.cache_dir().parent.name != "toegang"


# -- opening by folder and version (the desktop's start): the library only to build -------------
def test_a_current_index_opens_from_the_content_ref_without_loading_the_library(
    tmp_path: Path, cache: Path
) -> None:
    root = _copy(tmp_path)
    location = tmp_path / "index"
    library = load_library(root)
    store.open_index(library, location, cache=cache).index.close()
    loads: list[int] = []

    def load() -> Library:
        loads.append(1)
        return load_library(root)

    content = store.ContentRef.of(root, load)
    assert content.version == library.version and content.root == library.root
    with SearchService(content, location, cache=cache) as service:
        assert not service.opened.built
        hits = service.search("hypotheek", lang="nl").hits
        assert hits and hits[0].title and hits[0].snippet is not None
    assert loads == []


def test_a_stale_index_loads_the_library_from_the_content_ref_and_rebuilds(
    tmp_path: Path, cache: Path
) -> None:
    root = _copy(tmp_path)
    location = tmp_path / "index"
    store.open_index(load_library(root), location, cache=cache).index.close()
    article = root / "content" / "nl" / "producten" / "hypotheek.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nEen escrow-rekening.\n")
    loads: list[int] = []

    def load() -> Library:
        loads.append(1)
        return load_library(root)

    with SearchService(store.ContentRef.of(root, load), location, cache=cache) as service:
        assert service.opened.built
        assert ids(service.search("escrow", lang="nl")) == ["producten/hypotheek"]
    assert loads == [1]


def test_opening_an_index_imports_neither_markdown_nor_pydantic_nor_the_library() -> None:
    import subprocess
    import sys

    code = (
        "import sys\nimport search.service, search.store, kb.files\n"
        "heavy = ('pydantic', 'markdown', 'kb.library', 'kb.loader', 'kb.models', "
        "'search.indexer')\n"
        "print(sorted(m for m in sys.modules if m in heavy or m.split('.')[0] in heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_concurrent_first_opens_build_once_and_both_get_a_working_index(
    search_library: Library, tmp_path: Path, cache: Path
) -> None:
    """Two openers on an empty location (the app's panel and a self-test, or two app
    instances) must not remove each other's fresh build."""
    import threading

    location = tmp_path / "index"
    barrier = threading.Barrier(2)
    results: list[store.OpenIndex] = []
    errors: list[BaseException] = []

    def open_it() -> None:
        barrier.wait()
        try:
            results.append(store.open_index(search_library, location, cache=cache))
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(r.built for r in results) == [False, True]  # one built, one reused it
    assert results[0].path == results[1].path
    assert store.status(location, search_library.version) == "current"
    for opened in results:
        with opened.index.searcher() as searcher:
            assert searcher.doc_count() == 6
        opened.index.close()
