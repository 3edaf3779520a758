"""The content that ships with the program passes every check."""

from __future__ import annotations

import pytest

from kb import load_library
from toegang.cli import main

TABLE_OF_CONTENTS = {
    "wwft": "risicogebaseerde-benadering clientenonderzoek vereenvoudigd-clientenonderzoek "
    "verscherpt-clientenonderzoek weigeren-of-beeindigen herkomst-van-middelen contant-geld "
    "risicofactoren-sekswerk ongebruikelijke-transacties-melden mensenhandel-signalen "
    "bewaarplicht toezicht-en-leidraden nvb-sectorstandaard-sekswerkers amlr-2027",
    "producten": "basisbetaalrekening betaalrekening zakelijke-rekening hypotheek aov "
    "bedrijfsverzekeringen",
    "inkomen": "werkvormen zelfstandig-ondernemer loondienst-en-fictieve-dienstbetrekking "
    "online-en-webcam escort-en-thuiswerk starters-zonder-historie inkomensgat-corona "
    "alternatief-bewijs plausibiliteit-toetsen",
    "opting-in": "wat-is-het voorwaardenpakket fiscale-afwikkeling sociale-zekerheid documenten "
    "knelpunten",
    "context": "juridisch-kader-sekswerk wet-regulering-sekswerk gemeentelijk-beleid "
    "communicatie-en-bejegening privacy-bijzondere-gegevens buitenlandse-sekswerkers",
}


def test_toegang_check_passes_on_shipped_content(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.startswith("OK: ")


def test_table_of_contents_exists_in_both_languages() -> None:
    library = load_library()
    wanted = {f"{s}/{slug}" for s, slugs in TABLE_OF_CONTENTS.items() for slug in slugs.split()}
    present = {i for i in wanted if library.has(i, "nl") and library.has(i, "en")}
    assert sorted(wanted - present) == []


def test_no_content_says_unverified() -> None:
    library = load_library()
    flagged = [a.path for a in library.articles() if "UNVERIFIED" in a.body]
    assert flagged == []


def test_every_article_has_a_dated_source() -> None:
    undated = [a.path for a in load_library().articles() if not any(s.date for s in a.meta.sources)]
    assert undated == []


def test_six_work_form_checklists_whose_conditions_parse() -> None:
    from kb.expressions import parse
    from kb.models import WorkForm

    library = load_library()
    forms = {checklist.work_form for checklist in library.checklists.values()}
    assert forms == set(WorkForm)
    for checklist in library.checklists.values():
        for item in checklist.items:
            if item.when:
                parse(item.when)  # raises on a condition that does not parse


def test_glossary_has_sixty_terms_each_linked_to_an_existing_article() -> None:
    library = load_library()
    assert len(library.glossary) >= 60
    for entry in library.glossary:
        assert entry.term.nl and entry.term.en and entry.definition.nl and entry.definition.en
        assert entry.article is not None, f"{entry.id} links to no article"
        assert library.has(entry.article, "nl") and library.has(entry.article, "en")


def test_trafficking_signals_are_always_linked() -> None:
    """Every article that mentions trafficking or exploitation links to the signals page."""
    target = "wwft/mensenhandel-signalen"
    words = ("mensenhandel", "uitbuiting", "trafficking", "exploitation")
    missing = [
        article.path
        for article in load_library().articles()
        if article.id != target
        and any(word in article.body.lower() for word in words)
        and f"kb:{target}" not in article.body
    ]
    assert missing == []


def test_sub_items_are_indented_four_spaces() -> None:
    # Python-Markdown nests a list item only when it is indented four spaces; two would render
    # the sub-items as siblings of their parent (they were, in nine articles).
    import re

    from kb.loader import default_root

    shallow = [
        f"{path.relative_to(default_root())}:{number}"
        for path in sorted((default_root() / "content").rglob("*.md"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if re.match(r"^ {1,3}(?:[-*+]|[0-9]+\.) ", line)
    ]
    assert shallow == []
