"""Each case's model worksheet answers, run through the engine, give the model decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.case_answers import load_case_answers, mismatches, parse_case_answer, references, run_case
from kb.library import Library, load_library
from kb.loader import default_root
from kb.problems import ContentError
from kb.worksheet.definitions import KnownIds, LoadedDefinition, load_definitions
from kb.worksheet.models import Decision, Level

ROOT = default_root()
CASE_FILES = sorted((ROOT / "cases").glob("*.toml"))


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


@pytest.fixture(scope="module")
def definitions(library: Library) -> dict[str, LoadedDefinition]:
    return load_definitions(KnownIds.of(library), ROOT)


def test_every_case_has_model_answers(
    library: Library, definitions: dict[str, LoadedDefinition]
) -> None:
    cases = load_case_answers(ROOT, library.ids(), definitions)
    assert set(cases) == set(library.section_ids("casussen"))
    assert len(cases) >= 10
    used = {item.model.definition for item in cases.values()}
    assert used == {"bank-acceptatie", "aov-acceptatie"}


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_model_answers_give_the_model_decision(
    path: Path, definitions: dict[str, LoadedDefinition]
) -> None:
    item = parse_case_answer(path.read_bytes(), path.name)
    model = item.model
    run = run_case(model, definitions[model.definition])
    assert mismatches(model, run) == []
    assert run.result.record is not None  # finalised: a sealed record
    assert run.decision is model.expect.decision
    assert run.final is model.expect.classification


def test_the_cases_that_the_brief_names(definitions: dict[str, LoadedDefinition]) -> None:
    def run(slug: str) -> tuple[Level, Decision, str]:
        item = parse_case_answer((ROOT / "cases" / f"{slug}.toml").read_bytes(), slug)
        result = run_case(item.model, definitions[item.model.definition])
        return result.final, result.decision, item.model.definition

    assert run("aov-inkomensgat-2020-2021")[2] == "aov-acceptatie"
    assert run("signalen-van-uitbuiting")[:2] == (Level.HIGH, Decision.ESCALATE)
    assert run("exploitant-zakelijke-rekening")[:2] == (
        Level.HIGH,
        Decision.ACCEPT_WITH_CONDITIONS,
    )
    assert run("bestaande-klant-in-review")[1] is Decision.MORE_INFORMATION


def test_a_wrong_expectation_is_reported(definitions: dict[str, LoadedDefinition]) -> None:
    item = parse_case_answer(CASE_FILES[0].read_bytes(), CASE_FILES[0].name)
    expect = item.model.expect.model_copy(update={"decision": Decision.DECLINE})
    model = item.model.model_copy(update={"expect": expect})
    found = mismatches(model, run_case(model, definitions[model.definition]))
    assert any(line.startswith("decision: expected decline") for line in found)


def test_broken_files_are_problems_with_lines(
    tmp_path: Path, library: Library, definitions: dict[str, LoadedDefinition]
) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    text = (ROOT / "cases" / "starter-zonder-historie.toml").read_text("utf-8")
    broken = text.replace('case = "casussen/starter-zonder-historie"', 'case = "casussen/geen"')
    broken = broken.replace('cash_share = "hoog"', 'cash_sharing = "hoog"')
    (folder / "starter-zonder-historie.toml").write_text(broken, "utf-8")
    with pytest.raises(ContentError) as caught:
        load_case_answers(tmp_path, library.ids(), definitions)
    messages = [str(problem) for problem in caught.value.problems]
    line = broken.splitlines().index('case = "casussen/geen"') + 1
    assert (
        f"cases/starter-zonder-historie.toml:{line}: case: no article 'casussen/geen'" in messages
    )
    assert any("answers.cash_sharing: no question" in m for m in messages)
    assert any("file name must be the case's slug" in m for m in messages)
    item = parse_case_answer(broken.encode(), "x.toml")
    assert references(item, None, None) == []
