"""`toegang search` and `toegang index`: headless, clear messages, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.search.conftest import SEARCH_FIXTURE
from toegang.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_prints_ranked_hits(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    base = ["--content", str(SEARCH_FIXTURE), "--index-dir", str(tmp_path)]
    code, out, _ = _run(capsys, "search", "verzekering", *base)
    assert code == 0
    assert out.startswith("1. Arbeidsongeschiktheidsverzekering voor zelfstandigen  [producten/aov")
    assert "<b>" not in out


def test_search_json_and_filters(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    base = ["--content", str(SEARCH_FIXTURE), "--index-dir", str(tmp_path)]
    code, out, _ = _run(
        capsys, "search", "sekswerker", "--lang", "en", "--kind", "case", "--json", *base
    )
    assert code == 0
    data = json.loads(out)
    assert [(h["id"], h["lang"], h["kind"]) for h in data["hits"]] == [
        ("producten/hypotheek", "en", "case")
    ]
    assert {"title", "section", "score", "snippet", "audiences"} <= set(data["hits"][0])
    code, out, _ = _run(capsys, "search", "sekswerker", "--limit", "1", "--json", *base)
    assert len(json.loads(out)["hits"]) == 1


def test_search_did_you_mean(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    base = ["--content", str(SEARCH_FIXTURE), "--index-dir", str(tmp_path)]
    code, out, _ = _run(capsys, "search", "hypoteek", *base)
    assert code == 0
    assert out.splitlines()[0] == "Bedoelde u: hypotheek"


@pytest.mark.parametrize("query", ["", '"(*~^:', "zzzzqqq"])
def test_search_nothing_found(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, query: str
) -> None:
    code, out, err = _run(
        capsys, "search", query, "--content", str(SEARCH_FIXTURE), "--index-dir", str(tmp_path)
    )
    assert code == 1
    assert out == ""
    assert err.startswith("toegang search: ") and "Traceback" not in err


def test_index_builds_then_reports_up_to_date(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base = ["--content", str(SEARCH_FIXTURE), "--dir", str(tmp_path / "ix")]
    code, out, _ = _run(capsys, "index", *base)
    assert code == 0 and out.startswith("Search index built in ") and "6 documents" in out
    code, out, _ = _run(capsys, "index", *base)
    assert code == 0 and out.startswith("Search index up to date: 6 documents")
    code, out, _ = _run(capsys, "index", "--rebuild", *base)
    assert code == 0 and out.startswith("Search index built in ")


def test_index_on_broken_content(capsys: pytest.CaptureFixture[str], content: Path) -> None:
    (content / "content" / "nl" / "wwft" / "beta.md").unlink()
    code, _, err = _run(capsys, "index", "--content", str(content))
    assert code == 1
    assert "run `toegang check`" in err


def test_index_nowhere_to_write(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from search import store

    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setattr(store, "cache_dir", lambda: blocker / "cache")
    code, _, err = _run(
        capsys, "index", "--content", str(SEARCH_FIXTURE), "--dir", str(blocker / "ix")
    )
    assert code == 1
    assert err.startswith("toegang: cannot write the search index")
