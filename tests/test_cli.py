"""The `toegang` command line: show, version, clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOOD
from toegang.cli import main


def test_show_prints_an_article_as_plain_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "wwft/alpha", "--lang", "en", "--content", str(GOOD)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Customer due diligence alpha\n============================\n")
    assert "What the rule is" in out and "Sources\n- Wet ter voorkoming" in out
    assert "not legal advice" in out
    assert "**" not in out and "<" not in out


def test_content_option_works_before_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--content", str(GOOD), "show", "wwft/beta"]) == 0
    assert capsys.readouterr().out.startswith("Beta\n")


def test_show_unknown_id_is_a_message_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "wwft/alph", "--content", str(GOOD)]) == 1
    err = capsys.readouterr().err
    assert "no article 'wwft/alph' in language 'nl'" in err
    assert "Did you mean: wwft/alpha" in err
    assert "Traceback" not in err


def test_show_with_broken_content_points_to_check(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (content / "content/nl/wwft/beta.md").write_text("kapot", "utf-8")
    assert main(["show", "wwft/alpha", "--content", str(content)]) == 1
    assert "run `toegang check`" in capsys.readouterr().err


def test_version_and_help_through_the_installed_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "toegang", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("toegang ")
    result = subprocess.run(
        [sys.executable, "-m", "toegang", "nonsense"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2 and "invalid choice" in result.stderr
