"""`toegang check`: every kind of broken content is reported as `path:line: message`, exit 1."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from toegang.cli import main

ALPHA_NL = "content/nl/wwft/alpha.md"
BETA_NL = "content/nl/wwft/beta.md"
CHECKLIST = "checklists/zelfstandig.toml"


def run_check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["check", "--content", str(root)])
    out = capsys.readouterr().out
    return code, [line for line in out.splitlines() if line]


def replace(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text("utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def problem(lines: list[str], relative: str, line: int, pattern: str) -> None:
    """Assert one output line is exactly `<root>/relative:line: message~pattern`."""
    wanted = re.compile(rf".*/{re.escape(relative)}:{line}: .*{pattern}.*")
    assert any(wanted.fullmatch(entry) for entry in lines), "\n".join(lines)


def test_good_content_exits_0_with_a_summary(content: Path, capsys) -> None:
    code, lines = run_check(content, capsys)
    assert code == 0
    assert lines == [lines[0]] and lines[0].startswith("OK: 4 articles (en 2, nl 2;")
    assert "1 checklist" in lines[0] and "content version" in lines[0]


def test_bad_toml(content: Path, capsys) -> None:
    replace(content, ALPHA_NL, 'kind = "explainer"', 'kind = "explainer')
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, ALPHA_NL, 6, "bad TOML")


def test_missing_field(content: Path, capsys) -> None:
    replace(content, BETA_NL, 'summary = "Tweede artikel."\n', "")
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, BETA_NL, 2, "missing field 'summary'")


def test_wrong_field_value(content: Path, capsys) -> None:
    replace(content, ALPHA_NL, 'audiences = ["bank", "trainer"]', 'audiences = ["bank", "baker"]')
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, ALPHA_NL, 7, r"audiences\.1: Input should be 'bank', 'insurer' or 'trainer'")


def test_unknown_field(content: Path, capsys) -> None:
    replace(content, BETA_NL, 'kind = "legal-text"', 'kind = "legal-text"\nauthor = "X"')
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, BETA_NL, 7, "unknown field 'author'")


def test_wrong_field_in_a_source(content: Path, capsys) -> None:
    replace(content, ALPHA_NL, 'date = "2026-07-01"', 'date = "1 juli 2026"')
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, ALPHA_NL, 15, r"sources\.0\.date: must be YYYY, YYYY-MM or YYYY-MM-DD")


def test_duplicate_id(content: Path, capsys) -> None:
    duplicate = content / "content/nl/wwft/alpha-kopie.md"
    duplicate.write_text((content / ALPHA_NL).read_text("utf-8"), "utf-8")
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, "content/nl/wwft/alpha-kopie.md", 2, "does not match its path")


def test_duplicate_checklist_id(content: Path, capsys) -> None:
    (content / "checklists/tweede.toml").write_text((content / CHECKLIST).read_text("utf-8"))
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, "checklists/zelfstandig.toml", 1, "duplicate checklist id 'zelfstandig'")


def test_article_missing_in_one_language(content: Path, capsys) -> None:
    (content / "content/en/wwft/beta.md").unlink()
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, BETA_NL, 2, "has no 'en' version")


def test_broken_kb_link_names_its_line(content: Path, capsys) -> None:
    replace(content, ALPHA_NL, "(kb:wwft/beta)", "(kb:wwft/gamma)")
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, ALPHA_NL, 22, "broken link: no article kb:wwft/gamma")


def test_broken_related_id(content: Path, capsys) -> None:
    replace(content, ALPHA_NL, 'related = ["wwft/beta"]', 'related = ["wwft/delta"]')
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, ALPHA_NL, 10, "related: no article 'wwft/delta'")


def test_article_without_source(content: Path, capsys) -> None:
    replace(content, BETA_NL, '[[sources]]\ntitle = "Bron"\nissuer = "Uitgever"\n', "")
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, BETA_NL, 2, "the article has no source")


def test_checklist_condition_that_does_not_parse(content: Path, capsys) -> None:
    replace(content, CHECKLIST, "when = \"product != 'betaalrekening'\"", 'when = "product =="')
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, CHECKLIST, 16, r"items\.kvk\.when: does not parse")


def test_checklist_condition_with_unknown_name(content: Path, capsys) -> None:
    replace(content, CHECKLIST, "product != 'betaalrekening'", "prodct != 'betaalrekening'")
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, CHECKLIST, 16, "unknown name prodct")


def test_checklist_condition_with_unknown_value(content: Path, capsys) -> None:
    replace(content, CHECKLIST, "'betaalrekening'", "'spaarrekening'")
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, CHECKLIST, 16, "'spaarrekening' is not a product or work form")


def test_checklist_condition_that_calls_something(content: Path, capsys) -> None:
    replace(content, CHECKLIST, "product != 'betaalrekening'", "__import__('os')")
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, CHECKLIST, 16, "only these functions can be called")


def test_missing_front_matter_and_bad_encoding(content: Path, capsys) -> None:
    (content / BETA_NL).write_text("Geen front matter.\n", "utf-8")
    (content / "content/en/wwft/beta.md").write_bytes(b"+++\nid = 'x'\ntitle = '\xff'\n+++\n")
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, BETA_NL, 1, r"must start with a \+\+\+ line")
    problem(lines, "content/en/wwft/beta.md", 3, "not valid UTF-8")


def test_language_and_path_mismatches(content: Path, capsys) -> None:
    replace(content, "content/en/wwft/beta.md", 'lang = "en"', 'lang = "nl"')
    (content / "content/de/wwft").mkdir(parents=True)
    (content / "content/de/wwft/beta.md").write_text("x", "utf-8")
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, "content/en/wwft/beta.md", 3, "does not match the language folder 'en'")
    problem(lines, "content/de/wwft/beta.md", 1, "unknown language folder 'de'")


def test_glossary_problems(content: Path, capsys) -> None:
    replace(content, "glossary.toml", 'article = "wwft/alpha"', 'article = "wwft/zeta"')
    code, lines = run_check(content, capsys)
    assert code == 1
    problem(lines, "glossary.toml", 3, "terms.cdd.article: no article 'wwft/zeta'")


def test_every_problem_is_reported_at_once(content: Path, capsys) -> None:
    replace(content, ALPHA_NL, "(kb:wwft/beta)", "(kb:wwft/gamma)")
    replace(content, BETA_NL, 'summary = "Tweede artikel."\n', "")
    code, lines = run_check(content, capsys)
    assert code == 1
    assert len(lines) >= 2
    assert "2 problems" in capsys.readouterr().err or len(lines) == 2


def test_missing_content_folder(tmp_path: Path, capsys) -> None:
    code, lines = run_check(tmp_path, capsys)
    assert code == 1
    assert lines and lines[0].endswith(":1: no content/ folder here")


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A private copy of the shipped content, free to break."""
    import shutil

    from kb.loader import default_root

    root = tmp_path / "kb"
    source = default_root()
    for folder in ("content", "checklists", "worksheets", "cases", "workshops"):
        shutil.copytree(source / folder, root / folder)
    shutil.copy(source / "glossary.toml", root / "glossary.toml")
    return root


def test_shipped_content_summary_counts_everything(shipped: Path, capsys) -> None:
    code, lines = run_check(shipped, capsys)
    assert code == 0, lines
    assert "2 worksheets, 10 case model answers, 1 workshop plan" in lines[0]


def test_case_model_answer_that_no_longer_matches_the_engine(shipped: Path, capsys) -> None:
    case = "cases/signalen-van-uitbuiting.toml"
    text = (shipped / case).read_text("utf-8")
    start = text.index("[expect]")
    broken = text[:start] + text[start:].replace(
        '\ndecision = "escalate"', '\ndecision = "accept"', 1
    )
    assert broken != text
    (shipped / case).write_text(broken, "utf-8")
    code, lines = run_check(shipped, capsys)
    assert code == 1
    line = broken[:start].count("\n") + 1
    problem(lines, case, line, "model answer: decision: expected accept, the engine gives escalate")


def test_workshop_with_a_broken_reference(shipped: Path, capsys) -> None:
    plan = "workshops/introductie-sekswerkers-als-klant.toml"
    replace(shipped, plan, 'ref = "inkomen/werkvormen"', 'ref = "inkomen/werkvorm"')
    code, lines = run_check(shipped, capsys)
    assert code == 1
    problem(lines, plan, 21, "no article 'inkomen/werkvorm'")


def test_worksheet_definition_problems_are_reported(shipped: Path, capsys) -> None:
    definition = shipped / "worksheets/bank-acceptatie.toml"
    definition.write_text(definition.read_text("utf-8") + "\nnonsense = [\n", "utf-8")
    code, lines = run_check(shipped, capsys)
    assert code == 1
    assert any("worksheets/bank-acceptatie.toml:" in line and "bad TOML" in line for line in lines)


def test_evidence_that_no_checklist_lists_is_a_warning(shipped: Path, capsys) -> None:
    # An id that drifted from the checklist (`kvk` where the checklist says `kvk-inschrijving`).
    case = "cases/contant-maar-gedocumenteerd.toml"
    replace(shipped, case, "kvk-inschrijving = ", "kvk = ")
    code, lines = run_check(shipped, capsys)
    assert code == 0, lines  # a warning, not a problem: the officer may add other documents
    line = (shipped / case).read_text("utf-8").split("\ndocuments = ")[0].count("\n") + 2
    warning = next(text for text in lines if "warning:" in text)
    assert warning.startswith(f"{shipped.as_posix()}/{case}:{line}: warning: ")
    assert "kvk" in warning and "zelfstandig" in warning
    assert lines[-1].startswith("OK: ")
