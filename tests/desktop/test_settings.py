"""Settings: typed, atomic, and a damaged file never stops the app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.settings import Settings, load_settings, save_settings, settings_path


def test_env_var_chooses_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOEGANG_CONFIG_DIR", str(tmp_path / "cfg"))
    assert settings_path() == tmp_path / "cfg" / "settings.json"


def test_round_trip_and_no_temp_files_left(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "settings.json"
    settings = Settings(language="en", zoom=3, bookmarks=["wwft/alpha"])
    save_settings(settings, path)
    loaded, message = load_settings(path)
    assert message is None and loaded == settings
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.json") == (Settings(), None)


@pytest.mark.parametrize("data", [b"{not json", b'{"zoom": "huge"}', b"[1, 2]", b"\xff\xfe"])
def test_corrupt_file_is_set_aside(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(data)
    loaded, message = load_settings(path)
    assert loaded == Settings()
    assert message and "damaged" in message
    aside = list(tmp_path.glob("settings.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == data
    assert not path.exists()


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(zoom=2), path)

    def boom(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("desktop.settings.os.replace", boom)
    with pytest.raises(OSError):
        save_settings(Settings(zoom=5), path)
    assert json.loads(path.read_text())["zoom"] == 2
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_recent_and_bookmarks() -> None:
    settings = Settings()
    for i in range(25):
        settings.add_recent(f"wwft/a{i}")
    settings.add_recent("wwft/a3")
    assert settings.recent[0] == "wwft/a3" and len(settings.recent) == 20
    assert settings.recent.count("wwft/a3") == 1
    assert settings.toggle_bookmark("wwft/x") is True
    assert settings.toggle_bookmark("wwft/x") is False and settings.bookmarks == []
