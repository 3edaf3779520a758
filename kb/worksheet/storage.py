"""Drafts and records on disk: atomic writes, autosave, crash recovery, write-once records.

Everything lives under the user's data folder (`TOEGANG_DATA` overrides it, for tests and
portable use): `drafts/<id>.json` for unfinished worksheets and `records/<id>.json` for sealed
decision records.

- Every write goes to a temporary file in the same folder, is flushed and fsynced, then replaces
  the target (`os.replace`), so a crash or a kill leaves either the old or the new file, whole.
- A draft carries a SHA-256 of its canonical content, so a damaged or edited draft is recognised;
  such a file is reported and never overwritten.
- A record is written once and never replaced.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from kb.worksheet.record import AuditEvent, PreviousRecord, Record, RecordError, canonical, seal
from kb.worksheet.record import verify as verify_record

DRAFT_FORMAT: Literal["toegang-worksheet-draft"] = "toegang-worksheet-draft"
DATA_ENV = "TOEGANG_DATA"


class StorageError(Exception):
    """A file could not be read or written; the message says which and why."""


def data_dir() -> Path:
    chosen = os.environ.get(DATA_ENV)
    if chosen:
        return Path(chosen).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("toegang", appauthor=False))


def atomic_write(path: Path, data: bytes, *, retry_seconds: float = 2.5) -> None:
    """Write `data` to `path` so that it is either wholly old or wholly new, never torn."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        deadline = time.monotonic() + retry_seconds
        while True:
            try:
                os.replace(tmp, path)
                break
            except PermissionError:  # Windows: a virus scanner or indexer holds the file
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        _fsync_folder(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- drafts -----------------------------------------------------------------------------------


class Draft(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["toegang-worksheet-draft"] = DRAFT_FORMAT
    id: str
    definition_id: str
    definition_version: str
    created_at: dt.datetime
    updated_at: dt.datetime
    answers: dict[str, Any] = {}
    decision: dict[str, Any] | None = None
    audit: list[AuditEvent] = []
    previous_record: PreviousRecord | None = None
    saves: int = 0

    @classmethod
    def new(cls, definition_id: str, definition_version: str, now: dt.datetime) -> Draft:
        return cls(
            id=str(uuid.uuid4()),
            definition_id=definition_id,
            definition_version=definition_version,
            created_at=now,
            updated_at=now,
        )

    def set_answer(self, question_id: str, value: Any, who: str, now: dt.datetime) -> None:
        """Change an answer and note it in the audit trail."""
        old = self.answers.get(question_id)
        if old == value:
            return
        if value is None:
            self.answers.pop(question_id, None)
        else:
            self.answers[question_id] = value
        action = "answered" if old is None else "changed"
        self.audit.append(AuditEvent(at=now, who=who, action=action, target=question_id))
        self.updated_at = now


def draft_bytes(draft: Draft) -> bytes:
    body = draft.model_dump(mode="json")
    return canonical({"draft": body, "sha256": hashlib.sha256(canonical(body)).hexdigest()})


def parse_draft(data: bytes, shown: str) -> Draft:
    try:
        envelope = json.loads(data.decode("utf-8"))
        body = envelope["draft"]
        intact = envelope["sha256"] == hashlib.sha256(canonical(body)).hexdigest()
    except (ValueError, KeyError, TypeError, RecursionError):
        raise StorageError(f"{shown}: the draft is damaged (not readable JSON)") from None
    if not intact:
        raise StorageError(f"{shown}: the draft is damaged or was edited (checksum mismatch)")
    try:
        return Draft.model_validate(body)
    except ValidationError:
        raise StorageError(f"{shown}: the draft does not have the expected fields") from None


class DraftStore:
    def __init__(self, root: Path | None = None) -> None:
        self.folder = (root or data_dir()) / "drafts"

    def path(self, draft_id: str) -> Path:
        return self.folder / f"{draft_id}.json"

    def save(self, draft: Draft) -> Path:
        path = self.path(draft.id)
        if path.exists():
            try:
                parse_draft(path.read_bytes(), path.as_posix())
            except StorageError as exc:
                raise StorageError(
                    f"{exc}; it is kept as it is and not overwritten: save under a new draft"
                ) from None
        draft.saves += 1
        atomic_write(path, draft_bytes(draft))
        return path

    def load(self, draft_id: str) -> Draft:
        path = self.path(draft_id)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise StorageError(f"{path}: cannot read the draft ({exc.strerror})") from None
        return parse_draft(data, path.as_posix())

    def unfinished(self) -> tuple[list[Draft], list[str]]:
        """Drafts to offer back at start-up (newest first), and messages about damaged ones."""
        drafts: list[Draft] = []
        problems: list[str] = []
        if not self.folder.is_dir():
            return drafts, problems
        for path in sorted(self.folder.glob("*.json")):
            try:
                drafts.append(parse_draft(path.read_bytes(), path.as_posix()))
            except StorageError as exc:
                problems.append(str(exc))
            except OSError as exc:
                problems.append(f"{path}: cannot read the draft ({exc.strerror})")
        drafts.sort(key=lambda d: d.updated_at, reverse=True)
        return drafts, problems

    def discard(self, draft_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path(draft_id).unlink()


class Autosaver:
    """Save a draft at most every `interval` seconds while it changes, and on `flush()`."""

    def __init__(
        self,
        store: DraftStore,
        draft: Draft,
        interval: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.draft = draft
        self.interval = interval
        self.clock = clock
        self.dirty = False
        self._last = clock()

    def changed(self) -> bool:
        """Note a change; save if the interval has passed. Returns whether it saved."""
        self.dirty = True
        if self.clock() - self._last >= self.interval:
            self.flush()
            return True
        return False

    def flush(self) -> None:
        if self.dirty:
            self.store.save(self.draft)
            self.dirty = False
            self._last = self.clock()


# -- records ----------------------------------------------------------------------------------


class RecordStore:
    def __init__(self, root: Path | None = None) -> None:
        self.folder = (root or data_dir()) / "records"

    def save(self, record: Record) -> Path:
        """Write a sealed record once; an existing record is never replaced."""
        path = self.folder / f"{record.id}.json"
        if path.exists():
            raise StorageError(f"{path}: a record with this id exists and is never overwritten")
        atomic_write(path, seal(record))
        return path

    def all(self) -> tuple[list[Record], list[str]]:
        records: list[Record] = []
        problems: list[str] = []
        if not self.folder.is_dir():
            return records, problems
        for path in sorted(self.folder.glob("*.json")):
            try:
                records.append(load_record(path))
            except StorageError as exc:
                problems.append(str(exc))
        return records, problems


def load_record(path: Path) -> Record:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StorageError(f"{path}: cannot read the record ({exc.strerror})") from None
    try:
        return verify_record(data)
    except RecordError as exc:
        raise StorageError(f"{path}: {exc}") from None


def write_record_file(path: Path, record: Record) -> None:
    """Write a record to a path the user chose; refuses to replace an existing file."""
    if path.exists():
        raise StorageError(f"{path} exists; a record is never overwritten: choose another name")
    atomic_write(path, seal(record))
