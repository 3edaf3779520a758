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
