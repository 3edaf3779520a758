"""Definition problems read `path:line: message`, like every other content problem."""

from __future__ import annotations

import pytest

from kb.problems import ContentError
from kb.worksheet.definitions import KnownIds, parse_definition
from tests.kb.worksheet.conftest import bank_text


def _problems(text: str, known: KnownIds) -> list[str]:
    with pytest.raises(ContentError) as caught:
        parse_definition(text.encode(), "worksheets/x.toml", known)
    return [str(problem) for problem in caught.value.problems]


def _line(text: str, fragment: str) -> int:
    return text.split(fragment)[0].count("\n") + 1


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'article = "wwft/contant-geld"',
            'article = "wwft/contant-gld"',
            "no article 'wwft/contant-gld'",
        ),
        (
            "when = \"income_consistent == 'no'\"",
            "when = \"income_consistnt == 'no'\"",
            "unknown name income_consistnt",
        ),
        (
            "when = \"income_consistent == 'no'\"",
            "when = \"income_consistent == 'nee'\"",
            "'nee' is not a choice of income_consistent",
        ),
        ("when = \"income_consistent == 'no'\"", 'when = "income_consistent =="', "does not parse"),
        (
            "when = \"income_consistent == 'no'\"",
            "when = \"work_form == 'online'\"",
            "rests only on the fact of sex work",
        ),
        (
            "when = \"income_consistent == 'no'\"",
            "when = \"edd_senior_approval == 'no'\"",
            "a circle",
        ),
        ('id = "fiu_report"', 'id = "fiu_rapport"', "reporting_question: no question 'fiu_report'"),
        ('type = "yesno"', 'type = "yesno"\nkleur = "rood"', "unknown field"),
    ],
)
def test_problems_name_file_line_and_cause(
    known: KnownIds, old: str, new: str, message: str
) -> None:
    text = bank_text()
    assert old in text
    broken = text.replace(old, new, 1)
    problems = _problems(broken, known)
    assert any(message in p for p in problems), problems
    first = next(p for p in problems if message in p)
    path, line, _ = first.split(":", 2)
    assert path == "worksheets/x.toml"
    assert int(line) > 1


def test_a_broken_expression_says_the_column(known: KnownIds) -> None:
    text = bank_text().replace(
        "when = \"income_consistent == 'no'\"", "when = \"income_consistent == 'no' and (\"", 1
    )
    problems = _problems(text, known)
    assert any("column" in p and "does not parse" in p for p in problems), problems
    line = _line(text, "income_consistent == 'no' and (")
    assert any(p.startswith(f"worksheets/x.toml:{line}:") for p in problems), problems


def test_a_calculation_that_depends_on_itself_is_a_problem(known: KnownIds) -> None:
    text = bank_text().replace(
        'id = "purpose"\ntype = "text"\nrequired = true',
        'id = "purpose"\ntype = "text"\ncalculate = "purpose"',
    )
    problems = _problems(text, known)
    assert any("depend on themselves" in p for p in problems), problems


def test_shipped_definitions_are_valid(known: KnownIds) -> None:
    from kb.loader import default_root
    from kb.worksheet.definitions import load_definitions

    loaded = load_definitions(known, default_root())
    assert set(loaded) == {"bank-acceptatie", "aov-acceptatie"}
    for item in loaded.values():
        assert set(item.definition.checklists) <= known.checklists
