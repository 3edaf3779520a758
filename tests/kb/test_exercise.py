"""The comparison of a participant's assessment with the model answer (no Qt)."""

from __future__ import annotations

import pytest

from kb.case_answers import load_case_answers, run_case
from kb.exercise import Assessment, compare, proposal_for
from kb.library import load_library
from kb.loader import default_root
from kb.worksheet.definitions import KnownIds, load_definitions
from kb.worksheet.models import Decision, Level

CASE = "casussen/starter-zonder-historie"


@pytest.fixture(scope="module")
def setup() -> tuple[Assessment, object, tuple[str, ...]]:
    library = load_library()
    definitions = load_definitions(KnownIds.of(library), default_root())
    case = load_case_answers(default_root(), library.ids(), definitions)[CASE].model
    loaded = definitions[case.definition]
    model = Assessment.of_run(run_case(case, loaded))
    return model, loaded.definition, library.links(CASE, "nl")


def test_the_same_assessment_agrees(setup: tuple[Assessment, object, tuple[str, ...]]) -> None:
    model, definition, basis = setup
    result = compare(definition, CASE, model, model, basis)  # type: ignore[arg-type]
    assert result.agrees
    assert [row.kind for row in result.rows] == ["factor", "classification", "decision"]
    assert "inkomen/alternatief-bewijs" in result.articles()


def test_a_different_answer_is_marked_with_its_articles(
    setup: tuple[Assessment, object, tuple[str, ...]],
) -> None:
    model, definition, basis = setup
    participant = Assessment(
        frozenset({"contant-onverklaard", "herkomst-onbekend"}), Level.HIGH, Decision.DECLINE
    )
    result = compare(definition, CASE, model, participant, basis)  # type: ignore[arg-type]
    marked = {row.key for row in result.differences}
    assert marked == {
        "contant-onverklaard",
        "herkomst-onbekend",
        "contant-gedocumenteerd",
        "classification",
        "decision",
    }
    rows = {row.key: row for row in result.rows}
    assert rows["contant-gedocumenteerd"].participant.en == "No"
    assert rows["contant-gedocumenteerd"].model.en == "Yes"
    assert rows["classification"].model.nl == "Standaard"
    assert rows["classification"].participant.nl == "Hoog"
    assert (
        rows["classification"].articles[0] == "wwft/verscherpt-clientenonderzoek"
        or rows["classification"].articles[0] == "wwft/clientenonderzoek"
    )
    assert rows["contant-onverklaard"].articles == ("wwft/contant-geld",)
    first = result.articles()
    assert first.index("wwft/contant-geld") < first.index("inkomen/starters-zonder-historie")


def test_the_rules_propose_for_the_ticked_factors(
    setup: tuple[Assessment, object, tuple[str, ...]],
) -> None:
    _, definition, _ = setup
    assert proposal_for(definition, ["controle-derden"]).decision is Decision.ESCALATE  # type: ignore[arg-type]
    assert proposal_for(definition, []).level is Level.STANDARD  # type: ignore[arg-type]
