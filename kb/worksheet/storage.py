"""Drafts and records on disk: atomic writes, autosave, crash recovery, write-once records.

Everything lives under the user's data folder (`TOEGANG_DATA` overrides it, for tests and
portable use): `drafts/<id>.json` for unfinished worksheets and `records/<id>.json` for sealed
decision records.

- Every write goes to a temporary file in the same folder, is flushed and fsynced, then replaces
  the target (`os.replace`), so a crash or a kill leaves either the old or the new file, whole.
- A draft carries a SHA-256 of its canonical content, so a damaged or edited draft is recognised;
  such a file is reported and never overwritten.
- A record is written once and never replaced.
- Optional passphrase protection (`Protection`, `kb.worksheet.crypto`): files are then written
  as AES-GCM envelopes; a draft that is protected on disk stays protected when written again. A
  wrong passphrase or a changed file gives a clear message and the file is never overwritten.
- An open draft is locked (`DraftLock`, `drafts/<id>.lock`: process id, host, user, time), so a
  second running instance learns that the draft is in use; a lock whose process is gone is
  cleared.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import json
import os
import socket
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from kb.worksheet import crypto
from kb.worksheet.crypto import Kind, Passphrase
from kb.worksheet.record import AuditEvent, PreviousRecord, Record, RecordError, canonical, seal
from kb.worksheet.record import verify as verify_record

DRAFT_FORMAT: Literal["toegang-worksheet-draft"] = "toegang-worksheet-draft"
DATA_ENV = "TOEGANG_DATA"


class StorageError(Exception):
    """A file could not be read or written; the message says which and why."""


class NeedsPassphrase(StorageError):
    """A protected file and no passphrase, or the wrong one (`wrong`): ask for it."""

    def __init__(self, message: str, *, wrong: bool = False) -> None:
        super().__init__(message)
        self.wrong = wrong


@dataclass
class Protection:
    """Passphrase protection for this session: whether new files are protected, and the
    passphrase (in memory only, never written anywhere)."""

    enabled: bool = False
    passphrase: Passphrase | None = None


def open_bytes(data: bytes, kind: Kind, shown: str, protection: Protection | None) -> bytes:
    """The plaintext of a stored file, or a `StorageError` that says what is wrong."""
    try:
        return crypto.open_file(data, kind, protection.passphrase if protection else None)
    except crypto.PassphraseNeeded:
        raise NeedsPassphrase(f"{shown}: the {kind} is protected with a passphrase") from None
    except crypto.WrongPassphrase:
        raise NeedsPassphrase(
            f"{shown}: the passphrase does not open this {kind}", wrong=True
        ) from None
    except crypto.CryptoError as exc:
        raise StorageError(f"{shown}: {exc}") from None


def _protect(
    data: bytes, kind: Kind, shown: str, protection: Protection | None, salt: bytes | None
) -> bytes:
    passphrase = protection.passphrase if protection else None
    if passphrase is None:
        raise NeedsPassphrase(f"{shown}: protection is on but no passphrase was given")
    return passphrase.encrypt(data, kind, salt)


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
    def __init__(self, root: Path | None = None, protection: Protection | None = None) -> None:
        self.folder = (root or data_dir()) / "drafts"
        self.protection = protection or Protection()
        self._salts: dict[str, bytes] = {}  # per protected draft: its salt, kept on rewrite

    def path(self, draft_id: str) -> Path:
        return self.folder / f"{draft_id}.json"

    def lock(self, draft_id: str) -> DraftLock:
        return DraftLock(self.folder / f"{draft_id}.lock")

    def _parse(self, data: bytes, path: Path) -> Draft:
        shown = path.as_posix()
        plain = open_bytes(data, "draft", shown, self.protection)
        if crypto.is_protected(data):
            salt = crypto.salt_of(data)
            if salt is not None:
                self._salts[path.stem] = salt
        return parse_draft(plain, shown)

    def save(self, draft: Draft) -> Path:
        path = self.path(draft.id)
        protect = self.protection.enabled
        if path.exists():
            try:
                existing = path.read_bytes()
                self._parse(existing, path)
            except OSError as exc:
                raise StorageError(f"{path}: cannot read the draft ({exc.strerror})") from None
            except NeedsPassphrase as exc:
                raise NeedsPassphrase(
                    f"{exc}; it is kept as it is and not overwritten", wrong=exc.wrong
                ) from None
            except StorageError as exc:
                raise StorageError(
                    f"{exc}; it is kept as it is and not overwritten: save under a new draft"
                ) from None
            protect = protect or crypto.is_protected(existing)
        if protect and self.protection.passphrase is None:
            raise NeedsPassphrase(f"{path}: protection is on but no passphrase was given")
        draft.saves += 1
        data = draft_bytes(draft)
        if protect:
            data = _protect(
                data, "draft", path.as_posix(), self.protection, self._salts.get(draft.id)
            )
            salt = crypto.salt_of(data)
            if salt is not None:
                self._salts[draft.id] = salt
        atomic_write(path, data)
        return path

    def load(self, draft_id: str) -> Draft:
        path = self.path(draft_id)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise StorageError(f"{path}: cannot read the draft ({exc.strerror})") from None
        return self._parse(data, path)

    def locked_out(self) -> list[Path]:
        """Protected drafts that the current passphrase (or its absence) does not open."""
        return _locked_out(self.folder, self._parse)

    def unfinished(self) -> tuple[list[Draft], list[str]]:
        """Drafts to offer back at start-up (newest first), and messages about damaged ones."""
        drafts: list[Draft] = []
        problems: list[str] = []
        if not self.folder.is_dir():
            return drafts, problems
        for path in sorted(self.folder.glob("*.json")):
            try:
                drafts.append(self._parse(path.read_bytes(), path))
            except StorageError as exc:
                problems.append(str(exc))
            except OSError as exc:
                problems.append(f"{path}: cannot read the draft ({exc.strerror})")
        drafts.sort(key=lambda d: d.updated_at, reverse=True)
        return drafts, problems

    def discard(self, draft_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path(draft_id).unlink()
        self.lock(draft_id).release()


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
    def __init__(self, root: Path | None = None, protection: Protection | None = None) -> None:
        self.folder = (root or data_dir()) / "records"
        self.protection = protection or Protection()

    def save(self, record: Record) -> Path:
        """Write a sealed record once; an existing record is never replaced."""
        path = self.folder / f"{record.id}.json"
        if path.exists():
            raise StorageError(f"{path}: a record with this id exists and is never overwritten")
        data = seal(record)
        if self.protection.enabled:
            data = _protect(data, "record", path.as_posix(), self.protection, None)
        atomic_write(path, data)
        return path

    def locked_out(self) -> list[Path]:
        """Protected records that the current passphrase (or its absence) does not open."""
        return _locked_out(
            self.folder,
            lambda data, path: open_bytes(data, "record", path.as_posix(), self.protection),
        )

    def all(self) -> tuple[list[Record], list[str]]:
        records: list[Record] = []
        problems: list[str] = []
        if not self.folder.is_dir():
            return records, problems
        for path in sorted(self.folder.glob("*.json")):
            try:
                records.append(load_record(path, self.protection))
            except StorageError as exc:
                problems.append(str(exc))
        return records, problems


def _locked_out(folder: Path, open_one: Callable[[bytes, Path], object]) -> list[Path]:
    """The files in `folder` that `open_one` refuses for want of the right passphrase
    (damaged or unreadable files are reported elsewhere, not here)."""
    found: list[Path] = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.json")):
        try:
            open_one(path.read_bytes(), path)
        except NeedsPassphrase:
            found.append(path)
        except (StorageError, OSError):
            continue
    return found


def load_record(path: Path, protection: Protection | None = None) -> Record:
    """Read a record (decrypting it when it is protected), then verify its seal."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StorageError(f"{path}: cannot read the record ({exc.strerror})") from None
    plain = open_bytes(data, "record", str(path), protection)
    try:
        return verify_record(plain)
    except RecordError as exc:
        raise StorageError(f"{path}: {exc}") from None


def is_protected_file(path: Path) -> bool:
    try:
        return crypto.is_protected(path.read_bytes())
    except OSError:
        return False


def write_record_file(path: Path, record: Record) -> None:
    """Write a record to a path the user chose; refuses to replace an existing file."""
    if path.exists():
        raise StorageError(f"{path} exists; a record is never overwritten: choose another name")
    atomic_write(path, seal(record))


# -- the lock of an open draft -----------------------------------------------------------------


@dataclass(frozen=True)
class LockHolder:
    """Who holds a draft open: written to `drafts/<id>.lock` while a wizard has it."""

    pid: int
    host: str
    user: str
    since: str

    @classmethod
    def me(cls) -> LockHolder:
        try:
            user = getpass.getuser()
        except (OSError, KeyError, ImportError):
            user = "?"
        since = dt.datetime.now().astimezone().replace(microsecond=0).isoformat()
        return cls(os.getpid(), socket.gethostname(), user, since)

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"


class DraftLocked(StorageError):
    """The draft is open in another running instance of Toegang."""

    def __init__(self, message: str, holder: LockHolder) -> None:
        super().__init__(message)
        self.holder = holder


def pid_running(pid: int) -> bool:
    """Whether a process with this id runs on this machine (never signals it)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel32.GetLastError() == 5)  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)  # signal 0: only checks that the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, owned by someone else
    except OSError:
        return False
    return True


class DraftLock:
    """The lock file of one draft (the novelWriter pattern).

    `acquire()` takes a free lock, clears a stale one (its process is no longer running on this
    host) and raises `DraftLocked` when another running instance holds the draft; the caller then
    opens it read-only or calls `take_over()`. `release()` removes the lock only when it is ours.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def holder(self) -> LockHolder | None:
        try:
            raw = json.loads(self.path.read_text("utf-8"))
            return LockHolder(
                int(raw["pid"]), str(raw["host"]), str(raw["user"]), str(raw["since"])
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            return LockHolder(0, "?", "?", "?")  # unreadable: treated as stale

    def _ours(self, holder: LockHolder) -> bool:
        return holder.pid == os.getpid() and holder.host == socket.gethostname()

    def stale(self, holder: LockHolder) -> bool:
        if holder.pid <= 0:
            return True
        return holder.host == socket.gethostname() and not pid_running(holder.pid)

    def acquire(self) -> None:
        holder = self.holder()
        if holder is not None and not self._ours(holder):
            if not self.stale(holder):
                raise DraftLocked(
                    f"this draft is open in another Toegang: {holder.describe()}", holder
                )
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()  # stale: its process is gone
        if holder is None and not self._create():
            self.acquire()  # another instance took it just now: look again
            return
        self._write()

    def _create(self) -> bool:
        """Create the lock file only if it does not exist (two instances starting together)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            return False
        os.close(fd)
        return True

    def take_over(self) -> None:
        self._write()

    def release(self) -> None:
        holder = self.holder()
        if holder is not None and (self._ours(holder) or self.stale(holder)):
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()

    def _write(self) -> None:
        me = LockHolder.me()
        data = {"pid": me.pid, "host": me.host, "user": me.user, "since": me.since}
        atomic_write(self.path, json.dumps(data, sort_keys=True).encode("utf-8"))
