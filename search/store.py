"""Where the index lives, when it is rebuilt, and how a new one replaces the old atomically.

An index location is a folder holding complete builds (`index-<version>-<random>/`) and a
pointer file `CURRENT` naming the build in use. A build is written into a hidden temporary
folder, renamed into place when complete, and only then is `CURRENT` replaced (write a
temporary file, flush, fsync, `os.replace`): a reader sees the old build or the new one,
never a half-written index. Each build carries a stamp (`toegang-index.json`) with the content
version and the index format; a missing, stale or unreadable build is rebuilt.

Which location: an explicit folder if given; otherwise the index shipped with the package
(`search/prebuilt/`, made at package time with `toegang index --dir search/prebuilt`) when it
matches the content; otherwise the user's cache folder. When a location cannot be written (an
installed app), the build goes to the user's cache folder instead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import json
import os
import secrets
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from whoosh import index as whoosh_index
from whoosh.index import Index

from search.vocabulary import INDEX_FORMAT, VOCAB_FILE, Vocabulary

if TYPE_CHECKING:
    from kb import Library

POINTER = "CURRENT"
STAMP = "toegang-index.json"
SHIPPED = Path(__file__).parent / "prebuilt"


class Content(Protocol):
    """What finding and checking an index needs of the content: its folder and version
    (`kb.Library` has both; so has `ContentRef`, without loading anything)."""

    @property
    def root(self) -> Path: ...

    @property
    def version(self) -> str: ...


@dataclass(frozen=True)
class ContentRef:
    """The content by folder and version only: enough to open a current index. `load` gives
    the `Library`, asked for only when the index must be built (missing, stale or corrupt)."""

    root: Path
    version: str
    load: Callable[[], Library]

    @classmethod
    def of(cls, root: Path | None, load: Callable[[], Library]) -> ContentRef:
        """The content in `root` (None: the shipped content); hashes its files, parses none."""
        from kb.files import content_root, content_version

        resolved = content_root(root)
        return cls(resolved, content_version(resolved), load)


def library_of(content: Content) -> Library:
    """The `Library` behind `content` (loaded now, for a `ContentRef`)."""
    if isinstance(content, ContentRef):
        return content.load()
    return content  # type: ignore[return-value]


class IndexUnavailable(OSError):
    """The index can be neither opened nor built anywhere; the message says why."""


@dataclass
class OpenIndex:
    """An opened, verified index build and what is known about it."""

    index: Index
    vocabulary: Vocabulary
    path: Path  # the build folder
    location: Path  # the folder holding CURRENT
    version: str
    documents: int
    built: bool  # True when this call had to (re)build it
    seconds: float = 0.0  # build time, when built


def cache_dir() -> Path:
    """The user's cache folder for Toegang (`~/.cache/toegang` on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("toegang", appauthor=False))


def cache_location(content: Content, base: Path | None = None) -> Path:
    """The cache location for this content folder (each content folder gets its own index)."""
    root = hashlib.sha256(str(content.root).encode()).hexdigest()[:10]
    return (base or cache_dir()) / "index" / root


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def read_stamp(build: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((build / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def current_build(location: Path) -> Path | None:
    """The build `CURRENT` names, if the pointer is readable and the folder exists."""
    try:
        name = (location / POINTER).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not name or "/" in name or "\\" in name or name.startswith("."):
        return None
    build = location / name
    return build if build.is_dir() else None


def status(location: Path, version: str) -> str:
    """`current`, `missing`, `stale` or `corrupt`, judged from the pointer and the stamp."""
    build = current_build(location)
    if build is None:
        return "missing"
    stamp = read_stamp(build)
    if stamp is None:
        return "corrupt"
    if stamp.get("format") != INDEX_FORMAT or stamp.get("content_version") != version:
        return "stale"
    return "current"


def _open_build(build: Path, location: Path, version: str) -> OpenIndex:
    """Open and verify a build; raise on anything wrong with it."""
    stamp = read_stamp(build)
    if stamp is None:
        raise ValueError("no stamp")
    index = whoosh_index.open_dir(str(build))
    try:
        with index.searcher() as searcher:
            count = searcher.doc_count()
            if count != stamp.get("documents"):
                raise ValueError(f"{count} documents, stamp says {stamp.get('documents')}")
            if count:
                searcher.stored_fields(0)
                searcher.doc_frequency("id", "x")
        vocabulary = Vocabulary.load(build / VOCAB_FILE)
    except BaseException:
        index.close()
        raise
    return OpenIndex(index, vocabulary, build, location, version, count, built=False)


def try_open(location: Path, version: str) -> OpenIndex | None:
    """The current build at `location` if it matches `version` and opens cleanly."""
    if status(location, version) != "current":
        return None
    build = current_build(location)
    assert build is not None
    # Whoosh leaves open the file it failed on; it is closed here, quietly.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            return _open_build(build, location, version)
        except Exception:  # any failure to read it means: rebuild it
            pass
        gc.collect()
    return None


def build(content: Content, location: Path, *, procs: int = 1) -> Path:
    """Build a complete index for `content` and make it the current one at `location`.

    Raises OSError when `location` cannot be written. Never leaves a partial build in use.
    """
    from search.indexer import build_into  # Markdown and `kb`: only to build

    library = library_of(content)
    location.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=".build-", dir=location))
    try:
        count = build_into(library, temporary, procs=procs)
        stamp = {
            "format": INDEX_FORMAT,
            "content_version": library.version,
            "documents": count,
            "built": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        (temporary / STAMP).write_text(json.dumps(stamp, indent=2), encoding="utf-8")
        final = location / f"index-{library.version}-{secrets.token_hex(4)}"
        os.rename(temporary, final)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    _write_pointer(location, final.name)
    _remove_old_builds(location, keep=final.name)
    return final


@contextlib.contextmanager
def build_lock(location: Path) -> Iterator[None]:
    """Hold the exclusive build lock of `location` (a `.build.lock` file) while in the block."""
    location.mkdir(parents=True, exist_ok=True)
    with open(location / ".build.lock", "a+b") as handle:
        if sys.platform == "win32":
            import msvcrt

            while True:
                try:
                    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:  # LK_LOCK gives up after ten seconds: keep waiting
                    continue
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _write_pointer(location: Path, name: str) -> None:
    handle, temporary = tempfile.mkstemp(prefix=".current-", dir=location)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(name + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, location / POINTER)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _remove_old_builds(location: Path, keep: str) -> None:
    """Remove superseded builds and leftovers of interrupted ones (best effort: a build still
    open elsewhere, on Windows, stays until next time)."""
    for entry in location.iterdir():
        if entry.name == keep or not entry.is_dir():
            continue
        if entry.name.startswith("index-") or entry.name.startswith(".build-"):
            # A temporary folder younger than an hour may be another process's build.
            if entry.name.startswith(".build-") and time.time() - entry.stat().st_mtime < 3600:
                continue
            shutil.rmtree(entry, ignore_errors=True)


def open_index(
    content: Content,
    index_dir: Path | None = None,
    *,
    rebuild: bool = False,
    cache: Path | None = None,
    procs: int = 1,
) -> OpenIndex:
    """Open the index for `content`, building it first where it is missing, stale or corrupt
    (only then is the `Library` of a `ContentRef` loaded).

    `index_dir`: use this location (tests pass `tmp_path`); when it cannot be written, fall
    back to the user's cache folder (or `cache`, for tests). `rebuild`: build even when current.
    """
    version = content.version
    fallback = cache_location(content, cache)
    # Each step: (location, may we build there). A shipped index is never rebuilt in place.
    steps: list[tuple[Path, bool]]
    if index_dir is not None:
        steps = [(index_dir, True), (fallback, True)]
    else:
        steps = [(SHIPPED, False), (fallback, True)]
    errors: list[str] = []
    for location, writable in steps:
        if not rebuild:
            opened = try_open(location, version)
            if opened is not None:
                return opened
        if not writable:
            continue
        started = time.perf_counter()
        try:
            # One builder per location, across threads and processes: two builders racing
            # would each remove the other's fresh build when cleaning up.
            with build_lock(location):
                opened = None if rebuild else try_open(location, version)
                if opened is not None:  # another builder finished while we waited
                    return opened
                path = build(content, location, procs=procs)
        except OSError as exc:
            errors.append(f"{location}: {exc.strerror or exc}")
            continue
        opened = _open_build(path, location, version)
        opened.built = True
        opened.seconds = time.perf_counter() - started
        return opened
    raise IndexUnavailable("cannot write the search index: " + "; ".join(errors))
