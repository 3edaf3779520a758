"""Which files make up the content, and its version: a hash of their names and bytes.

Kept free of pydantic and TOML parsing on purpose: the desktop app and the search index ask
for the content version before (and without) loading the library, to open a current index at
once. `kb.library.load_library` computes `Library.version` with the same function.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

GLOSSARY_FILE = "glossary.toml"


def default_root() -> Path:
    """The content shipped with the program: the folder this package lives in."""
    return Path(__file__).resolve().parent


def content_root(root: Path | None = None) -> Path:
    """The content folder as the library names it (`Library.root`): resolved, or the default."""
    return (root or default_root()).resolve()


def article_paths(root: Path) -> Iterator[tuple[Path, str | None]]:
    """Every article file with the id its path implies (None when the path is malformed)."""
    content = root / "content"
    if not content.is_dir():
        return
    for path in sorted(content.rglob("*")):
        if path.is_file() and path.suffix == ".md":
            parts = path.relative_to(content).parts
            if len(parts) == 3:
                yield path, f"{parts[1]}/{path.stem}"
            else:
                yield path, None


def content_files(root: Path) -> list[Path]:
    """Every file that makes up the content, in a stable order."""
    files = [p for p, _ in article_paths(root)]
    checklists = root / "checklists"
    if checklists.is_dir():
        files += sorted(checklists.glob("*.toml"))
    glossary = root / GLOSSARY_FILE
    if glossary.is_file():
        files.append(glossary)
    # Worksheet rules, cases' model answers and workshop plans are content too.
    for folder in ("worksheets", "cases", "workshops"):
        if (root / folder).is_dir():
            files += sorted((root / folder).glob("*.toml"))
    return files


def content_version(root: Path, files: Iterable[Path] | None = None) -> str:
    """A short hash over the names and bytes of all content files: same content, same version.
    `root` as `content_root()` gives it; `files` defaults to `content_files(root)`."""
    digest = hashlib.sha256()
    for path in content_files(root) if files is None else files:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:12]
