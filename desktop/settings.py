"""The user's settings and state: one typed model, one JSON file, written atomically.

The file lives in `platformdirs.user_config_dir("toegang")`, or in `$TOEGANG_CONFIG_DIR` (tests
point it at a temporary folder). A file that does not parse or does not validate is renamed
aside (`settings.json.corrupt-<timestamp>`) and the defaults are used; the caller shows the
`SettingsNotice` (in the user's language: it carries what happened, not only English text).
No Qt here, so the rules are tested without widgets.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

SETTINGS_FILE = "settings.json"
ENV_DIR = "TOEGANG_CONFIG_DIR"
MAX_RECENT = 20
MAX_ZOOM = 10


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    schema_version: int = 1
    language: Literal["nl", "en"] = "nl"
    zoom: int = Field(default=0, ge=-MAX_ZOOM, le=MAX_ZOOM)
    geometry: str = ""  # QMainWindow.saveGeometry(), base64
    window_state: str = ""  # QMainWindow.saveState(), base64
    bookmarks: list[str] = []
    recent: list[str] = []  # most recent first
    search_debounce_ms: int = Field(default=200, ge=0, le=5000)
    # Worksheet drafts and records written with passphrase protection (the passphrase itself
    # is never stored: it is asked once per session).
    protect_worksheets: bool = False

    def add_recent(self, article_id: str) -> None:
        recent = [article_id, *(i for i in self.recent if i != article_id)]
        self.recent = recent[:MAX_RECENT]

    def toggle_bookmark(self, article_id: str) -> bool:
        """Add or remove a bookmark; True when the article is bookmarked afterwards."""
        if article_id in self.bookmarks:
            self.bookmarks = [i for i in self.bookmarks if i != article_id]
            return False
        self.bookmarks = [*self.bookmarks, article_id]
        return True


def config_dir() -> Path:
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("toegang", appauthor=False))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


class SettingsNotice(str):
    """Why the saved settings are not used: its text is English (for logs and tests); `kind`
    (`unreadable`, `set-aside`, `not-set-aside`), `path` and `detail` (the system's reason, or
    the name the damaged file was kept under) let the window say it in the user's language."""

    kind: str
    path: Path
    detail: str

    def __new__(cls, kind: str, path: Path, detail: str) -> SettingsNotice:
        texts = {
            "unreadable": f"Could not read {path}: {detail}",
            "set-aside": f"{path} was damaged; it was kept as {detail} and defaults used",
            "not-set-aside": f"{path} is damaged and could not be set aside: {detail}",
        }
        notice = super().__new__(cls, texts[kind])
        notice.kind, notice.path, notice.detail = kind, path, detail
        return notice


def load_settings(path: Path | None = None) -> tuple[Settings, SettingsNotice | None]:
    """The settings, and a notice for the user when the file could not be used."""
    path = path or settings_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Settings(), None
    except OSError as exc:
        return Settings(), SettingsNotice("unreadable", path, str(exc.strerror or exc))
    try:
        return Settings.model_validate(json.loads(data)), None
    except (ValueError, ValidationError, TypeError):
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(path, aside)
        except OSError as exc:
            return Settings(), SettingsNotice("not-set-aside", path, str(exc.strerror or exc))
        return Settings(), SettingsNotice("set-aside", path, aside.name)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a temporary file in the same folder, flush, fsync, replace."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = settings.model_dump_json(indent=2)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
