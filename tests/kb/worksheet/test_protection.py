"""Passphrase protection of drafts and records, and the lock of an open draft."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kb.worksheet import crypto
from kb.worksheet.crypto import Passphrase, ScryptParams
from kb.worksheet.definitions import LoadedDefinition
from kb.worksheet.fill import FillInput, fill
from kb.worksheet.record import Record, canonical, seal
from kb.worksheet.storage import (
    Draft,
    DraftLocked,
    DraftStore,
    NeedsPassphrase,
    Protection,
    RecordStore,
    StorageError,
    load_record,
    pid_running,
)
from toegang.cli import main

NOW = dt.datetime(2025, 3, 4, 10, 0, tzinfo=dt.UTC)
SCENARIOS = Path(__file__).parents[2] / "fixtures" / "scenarios"
FAST = ScryptParams(n=2**10)  # tests only: the shipped default is 2**15


def _secret(text: str = "correct horse battery staple") -> Passphrase:
    return Passphrase(text, FAST)


def _record(loaded: LoadedDefinition, name: str = "bank-zelfstandig-transparant") -> Record:
    data = FillInput.model_validate(json.loads((SCENARIOS / f"{name}.json").read_text("utf-8")))
    result = fill(loaded, "v1", data, NOW)
    assert result.record is not None
    return result.record


def _flip(data: bytes, field: str) -> bytes:
    envelope = json.loads(data)
    raw = bytearray(base64.b64decode(envelope[field]))
    raw[len(raw) // 2] ^= 0x01
    envelope[field] = base64.b64encode(bytes(raw)).decode()
    return canonical(envelope) + b"\n"


def test_round_trip_with_a_fresh_salt_and_nonce_per_file() -> None:
    secret = _secret()
    one = secret.encrypt(b'{"a":1}', "draft")
    two = secret.encrypt(b'{"a":1}', "draft")
    assert one != two and crypto.salt_of(one) != crypto.salt_of(two)
    envelope = json.loads(one)
    assert envelope["format"] == "toegang-encrypted" and envelope["version"] == 1
    assert envelope["kind"] == "draft" and envelope["kdf"]["name"] == "scrypt"
    assert b'"a"' not in base64.b64decode(envelope["ciphertext"])
    assert secret.decrypt(one, "draft") == b'{"a":1}'
    # The same salt again (a file written again): a new nonce all the same.
    again = secret.encrypt(b"x", "draft", crypto.salt_of(one))
    assert crypto.salt_of(again) == crypto.salt_of(one)
    assert json.loads(again)["cipher"]["nonce"] != envelope["cipher"]["nonce"]


def test_wrong_passphrase_tampering_and_kind_are_told_apart() -> None:
    data = _secret().encrypt(b"secret record", "record")
    with pytest.raises(crypto.WrongPassphrase, match="passphrase does not open"):
        _secret("wrong").decrypt(data, "record")
    with pytest.raises(crypto.TamperedFile, match="changed or damaged"):
        _secret().decrypt(_flip(data, "ciphertext"), "record")
    with pytest.raises(crypto.CryptoError, match="protected record, not a draft"):
        _secret().decrypt(data, "draft")
    # The kind is bound as associated data: relabelling the file is detected.
    relabelled = json.loads(data)
    relabelled["kind"] = "draft"
    with pytest.raises(crypto.TamperedFile):
        _secret().decrypt(canonical(relabelled), "draft")
    newer = json.loads(data)
    newer["version"] = 2
    with pytest.raises(crypto.CryptoError, match="newer Toegang"):
        _secret().decrypt(canonical(newer), "record")
    greedy = json.loads(data)
    greedy["kdf"]["n"] = 2**30
    with pytest.raises(crypto.CryptoError, match="unsupported scrypt"):
        _secret().decrypt(canonical(greedy), "record")
    with pytest.raises(crypto.PassphraseNeeded):
        crypto.open_file(data, "record", None)
    assert crypto.open_file(b'{"plain":true}', "record", None) == b'{"plain":true}'


def test_protected_drafts_are_never_overwritten_without_the_passphrase(tmp_path: Path) -> None:
    protection = Protection(enabled=True, passphrase=_secret())
    store = DraftStore(tmp_path, protection)
    draft = Draft.new("bank-acceptatie", "1.0", NOW)
    draft.set_answer("client_ref", "DOS-2025-0001", "A. Jansen", NOW)
    path = store.save(draft)
    assert crypto.is_protected(path.read_bytes())
    assert b"DOS-2025-0001" not in path.read_bytes()
    salt = crypto.salt_of(path.read_bytes())
    store.save(draft)
    assert crypto.salt_of(path.read_bytes()) == salt  # one salt per file, key derived once
    assert store.load(draft.id).answers == {"client_ref": "DOS-2025-0001"}

    # Another session without the passphrase: told so, nothing overwritten, nothing leaked.
    stored = path.read_bytes()
    locked = DraftStore(tmp_path)
    assert locked.locked_out() == [path]
    drafts, problems = locked.unfinished()
    assert drafts == [] and "protected with a passphrase" in problems[0]
    with pytest.raises(NeedsPassphrase, match="not overwritten"):
        locked.save(draft)
    wrong = DraftStore(tmp_path, Protection(passphrase=_secret("guess")))
    with pytest.raises(NeedsPassphrase, match="does not open") as caught:
        wrong.load(draft.id)
    assert caught.value.wrong
    with pytest.raises(NeedsPassphrase):
        wrong.save(draft)
    path.write_bytes(_flip(stored, "ciphertext"))
    with pytest.raises(StorageError, match="changed or damaged") as tampered:
        store.load(draft.id)
    assert not isinstance(tampered.value, NeedsPassphrase)
    with pytest.raises(StorageError, match="not overwritten"):
        store.save(draft)
    path.write_bytes(stored)

    # Protection switched off: a protected draft stays protected when written again.
    reopened = DraftStore(tmp_path, Protection(enabled=False, passphrase=_secret()))
    reopened.save(reopened.load(draft.id))
    assert crypto.is_protected(path.read_bytes())


def test_protection_on_without_a_passphrase_writes_nothing(tmp_path: Path) -> None:
    store = DraftStore(tmp_path, Protection(enabled=True))
    draft = Draft.new("bank-acceptatie", "1.0", NOW)
    with pytest.raises(NeedsPassphrase, match="no passphrase"):
        store.save(draft)
    assert not store.path(draft.id).exists()


def test_protected_records_stay_verifiable(bank: LoadedDefinition, tmp_path: Path) -> None:
    record = _record(bank)
    store = RecordStore(tmp_path, Protection(enabled=True, passphrase=_secret()))
    path = store.save(record)
    assert b"DOS-2025-0141" not in path.read_bytes()
    # Decrypt, then verify: the plaintext is exactly the sealed canonical record.
    assert _secret().decrypt(path.read_bytes(), "record") == seal(record)
    assert load_record(path, store.protection) == record
    assert store.all() == ([record], [])
    assert RecordStore(tmp_path).locked_out() == [path]
    with pytest.raises(NeedsPassphrase):
        load_record(path)
    # A record sealed, then edited, then encrypted again: the seal still catches it.
    edited = seal(record).replace(b"DOS-2025-0141", b"DOS-2025-0142")
    forged = tmp_path / "forged.json"
    forged.write_bytes(_secret().encrypt(edited, "record"))
    with pytest.raises(StorageError, match="changed after it was sealed"):
        load_record(forged, store.protection)


def test_verify_asks_for_the_passphrase_never_on_the_command_line(
    bank: LoadedDefinition,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TOEGANG_PASSPHRASE", raising=False)
    record = _record(bank)
    # The default cost, as the app writes it.
    store = RecordStore(tmp_path, Protection(enabled=True, passphrase=Passphrase("s3cret pass")))
    path = store.save(record)
    assert main(["worksheet", "verify", str(path)]) == 2
    printed = capsys.readouterr()
    assert "protected with a passphrase" in printed.err and "--passphrase-file" in printed.err
    secret_file = tmp_path / "passphrase.txt"
    secret_file.write_text("s3cret pass\n", "utf-8")
    assert main(["worksheet", "verify", str(path), "--passphrase-file", str(secret_file)]) == 0
    printed = capsys.readouterr()
    assert printed.out.startswith(f"OK: record {record.id}") and "decrypted" in printed.out
    monkeypatch.setenv("TOEGANG_PASSPHRASE", "wrong")
    assert main(["worksheet", "verify", str(path)]) == 2
    printed = capsys.readouterr()
    assert "does not open" in printed.err and "Traceback" not in printed.err
    monkeypatch.setenv("TOEGANG_PASSPHRASE", "s3cret pass")
    stored = path.read_bytes()
    path.write_bytes(_flip(stored, "ciphertext"))
    assert main(["worksheet", "verify", str(path)]) == 1
    assert "NOT INTACT" in capsys.readouterr().out
    assert path.read_bytes() != stored  # verify never rewrites a file
    with pytest.raises(SystemExit):
        main(["worksheet", "verify", str(path), "--passphrase", "s3cret pass"])
    printed = capsys.readouterr()
    assert "never given on the command line" in printed.err
    assert "s3cret" not in printed.err + printed.out


def test_a_lock_held_by_a_running_instance_and_a_stale_lock(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    lock = store.lock("d1")
    lock.acquire()
    assert lock.holder() is not None and lock.holder().pid == os.getpid()  # type: ignore[union-attr]
    lock.acquire()  # ours already: fine

    other = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=-1)
    try:
        held = json.loads(lock.path.read_text("utf-8"))
        held["pid"] = other.pid
        lock.path.write_text(json.dumps(held), "utf-8")
        assert pid_running(other.pid)
        with pytest.raises(DraftLocked, match="open in another Toegang") as caught:
            lock.acquire()
        assert caught.value.holder.pid == other.pid
        lock.release()  # not ours: left alone
        assert lock.path.exists()
        lock.take_over()
        assert lock.holder().pid == os.getpid()  # type: ignore[union-attr]
        lock.path.write_text(json.dumps(held), "utf-8")
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait()
    assert not pid_running(other.pid)
    lock.acquire()  # the holder is gone: the stale lock is cleared
    assert lock.holder().pid == os.getpid()  # type: ignore[union-attr]
    lock.release()
    assert not lock.path.exists()
    lock.path.write_text("not json", "utf-8")
    lock.acquire()  # unreadable: stale
    store.discard("d1")
    assert not lock.path.exists()
