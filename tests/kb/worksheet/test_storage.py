"""Drafts survive a kill in the middle of autosaving; damaged files are reported, never replaced."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kb.worksheet.definitions import LoadedDefinition
from kb.worksheet.fill import FillInput, fill
from kb.worksheet.monitoring import reviews_due, start_review
from kb.worksheet.storage import (
    Autosaver,
    Draft,
    DraftStore,
    RecordStore,
    StorageError,
    atomic_write,
    data_dir,
)

NOW = dt.datetime(2025, 3, 4, 10, 0, tzinfo=dt.UTC)
ROOT = Path(__file__).parents[3]

AUTOSAVING = """
import datetime as dt, sys
from pathlib import Path
from kb.worksheet.storage import Draft, DraftStore
store = DraftStore(Path(sys.argv[1]))
now = dt.datetime(2025, 3, 4, tzinfo=dt.UTC)
draft = Draft.new("bank-acceptatie", "1.0", now)
draft.id = "kill-test"
n = 0
while True:
    n += 1
    # a large answer so that a kill is likely to land in the middle of a write
    draft.set_answer("purpose", f"{n}:" + "x" * 200_000, "A. Jansen", now)
    draft.answers["counter"] = n
    store.save(draft)
    if n == 3:
        sys.stdout.write("ready\\n")
        sys.stdout.flush()
"""


def test_a_kill_in_the_middle_of_autosaving_leaves_the_last_draft_intact(tmp_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", AUTOSAVING, str(tmp_path)],
        stdout=subprocess.PIPE,
        cwd=ROOT,
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline() == b"ready\n"  # it has saved and is saving again
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    drafts, problems = DraftStore(tmp_path).unfinished()  # "the next start"
    assert problems == []
    assert [d.id for d in drafts] == ["kill-test"]
    draft = drafts[0]
    counter = draft.answers["counter"]
    assert counter >= 3
    assert draft.answers["purpose"] == f"{counter}:" + "x" * 200_000
    assert draft.saves == counter
    assert len(draft.audit) == counter


def test_a_damaged_draft_is_reported_and_never_overwritten(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    draft = Draft.new("bank-acceptatie", "1.0", NOW)
    path = store.save(draft)
    damaged = path.read_bytes().replace(b"bank-acceptatie", b"bank-acceptatiX")
    path.write_bytes(damaged)
    drafts, problems = store.unfinished()
    assert drafts == [] and "checksum mismatch" in problems[0]
    with pytest.raises(StorageError, match="not overwritten"):
        store.save(draft)
    assert path.read_bytes() == damaged
    path.write_bytes(b"\x00garbage")
    assert "damaged" in store.unfinished()[1][0]


def test_draft_round_trip_and_discard(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    draft = Draft.new("aov-acceptatie", "1.0", NOW)
    draft.set_answer("work_form", "online", "A. Jansen", NOW)
    draft.set_answer("work_form", "starter", "A. Jansen", NOW)
    store.save(draft)
    loaded = store.load(draft.id)
    assert loaded.answers == {"work_form": "starter"}
    assert [e.action for e in loaded.audit] == ["answered", "changed"]
    store.discard(draft.id)
    assert store.unfinished() == ([], [])


def test_autosave_waits_for_its_interval(tmp_path: Path) -> None:
    clock = [0.0]
    store = DraftStore(tmp_path)
    draft = Draft.new("bank-acceptatie", "1.0", NOW)
    saver = Autosaver(store, draft, interval=30, clock=lambda: clock[0])
    assert saver.changed() is False and not store.path(draft.id).exists()
    clock[0] = 31
    assert saver.changed() is True and store.path(draft.id).exists()
    saver.changed()
    saver.flush()
    assert store.load(draft.id).saves == 2


def test_atomic_write_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "file.json"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["file.json"]


def test_data_dir_can_be_chosen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOEGANG_DATA", str(tmp_path))
    assert data_dir() == tmp_path
    assert DraftStore().folder == tmp_path / "drafts"


def _record(loaded: LoadedDefinition, name: str):  # type: ignore[no-untyped-def]
    path = Path(__file__).parents[2] / "fixtures" / "scenarios" / f"{name}.json"
    data = FillInput.model_validate(json.loads(path.read_text("utf-8")))
    result = fill(loaded, "v1", data, NOW)
    assert result.record is not None
    return result.record


def test_records_are_write_once_and_reviews_come_due(
    bank: LoadedDefinition, tmp_path: Path
) -> None:
    store = RecordStore(tmp_path)
    high = _record(bank, "bank-escort-contant-gedocumenteerd")  # standard: 2 years
    low = _record(bank, "bank-zelfstandig-transparant")  # low: 3 years
    path = store.save(high)
    store.save(low)
    with pytest.raises(StorageError, match="never overwritten"):
        store.save(high)
    records, problems = store.all()
    assert problems == [] and len(records) == 2
    assert reviews_due(records, dt.date(2026, 1, 1)) == []
    due = reviews_due(records, dt.date(2027, 6, 1))
    assert [d.record_id for d in due] == [high.id]
    assert due[0].overdue_days == (dt.date(2027, 6, 1) - dt.date(2027, 3, 4)).days
    draft = start_review(high, "1.0", NOW, "A. Jansen")
    assert draft.previous_record is not None and draft.previous_record.id == high.id
    assert draft.answers["cash_share"] == "hoog"
    os.chmod(path, 0o644)
    path.write_bytes(path.read_bytes().replace(b"hoog", b"laag", 1))
    assert "changed after it was sealed" in store.all()[1][0]
