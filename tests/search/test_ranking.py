"""Ranking beyond BM25F: the prior by page role, the article a query is about, and the query
words that widen or narrow a search (question words, a verb's `-ing` noun, new synonyms)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kb import load_library
from search import prior
from search import query as q
from search import service as service_module
from search.service import SearchService
from search.synonyms import load_synonyms
from search.text import stopwords, words
from tests.search.conftest import ids

ARTICLE = """+++
id = "{id}"
lang = "{lang}"
title = "{title}"
summary = "{summary}"
kind = "{kind}"
audiences = ["bank"]
reviewed = 2026-11-27

[[sources]]
title = "Wet ter voorkoming van witwassen en financieren van terrorisme"
issuer = "Wetgever"
+++

{body}
"""

# id: (kind, title, summary, body), the same in both languages. The statute and the case
# name the subject `archief` in their titles, the explanation only in its summary and body:
# on BM25F alone they outscore it, as their real counterparts do.
ARTICLES = {
    "wwft/dossiervorming": (
        "explainer",
        "Dossiervorming bij een cliënt",
        "Wat in het archief komt en hoe lang het blijft (art. 33 Wwft).",
        "Het dossier blijft vijf jaar na het einde van de relatie (art. 33 lid 1 Wwft).",
    ),
    "wetteksten/wwft-artikel-33": (
        "legal-text",
        "Artikel 33 Wwft: archief",
        "De wettekst over vastleggen.",
        "Lid 1. De instelling legt gegevens vast. Lid 2. Zij bewaart die vijf jaar.",
    ),
    "casussen/vertrokken-klant": (
        "case",
        "Casus: archief van een vertrokken klant",
        "Een klant vertrekt; wat blijft er bewaard?",
        "De klant is weg. Het dossier blijft bewaard.",
    ),
    "producten/betaalrekening": (
        "explainer",
        "Een gewone betaalrekening",
        "Wat de bank vraagt bij een rekening voor een sekswerker.",
        "De sekswerker opent een rekening. Contante stortingen passen bij het profiel.",
    ),
    "producten/zakelijke-rekening": (
        "explainer",
        "Zakelijke rekening voor een sekswerker",
        "De betaalrekening van de onderneming van een sekswerker.",
        "Een betaalrekening op naam van de onderneming.",
    ),
}


@pytest.fixture(scope="module")
def ranked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    root = tmp_path_factory.mktemp("ranking")
    for lang in ("nl", "en"):
        for article_id, (kind, title, summary, body) in ARTICLES.items():
            path = root / "content" / lang / f"{article_id}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            text = ARTICLE.format(
                id=article_id, lang=lang, kind=kind, title=title, summary=summary, body=body
            )
            path.write_text(text, encoding="utf-8")
    folder = tmp_path_factory.mktemp("ranking-index")
    library = load_library(root)
    with SearchService(library, folder / "index", cache=folder / "cache") as opened:
        yield opened


def search(service: SearchService, text: str) -> list[str]:
    return ids(service.search(text, lang="nl", highlight=False))


# -- the prior by role ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("section", "kind", "role"),
    [
        ("wetteksten", "legal-text", prior.STATUTE),
        ("wetteksten", "overview", prior.STATUTE),
        ("casussen", "case", prior.CASE),
        ("producten", "case", prior.CASE),
        ("wwft", "legal-text", prior.TOPIC),  # explains a legal duty: what the officer wants
        ("wwft", "explainer", prior.TOPIC),
    ],
)
def test_role_comes_from_section_then_kind(section: str, kind: str, role: str) -> None:
    assert prior.role(section, kind) == role


@pytest.mark.parametrize(
    ("query", "statute", "case"),
    [
        ("bewaartermijn", prior.WEIGHT[prior.STATUTE], prior.WEIGHT[prior.CASE]),
        ("artikel 3 wwft", 1.0, prior.WEIGHT[prior.CASE]),
        ("art. 8 lid 1", 1.0, prior.WEIGHT[prior.CASE]),
        ("wwft 33", 1.0, prior.WEIGHT[prior.CASE]),
        ("4:71f wft", 1.0, prior.WEIGHT[prior.CASE]),
        ("amlr 2027", prior.WEIGHT[prior.STATUTE], prior.WEIGHT[prior.CASE]),  # a year
        ("casus hypotheek", prior.WEIGHT[prior.STATUTE], 1.0),
        ("mortgage case", prior.WEIGHT[prior.STATUTE], 1.0),
    ],
)
def test_cues_lift_the_demotion(query: str, statute: float, case: float) -> None:
    weights = prior.weights(words(query))
    assert (weights[prior.STATUTE], weights[prior.CASE], weights[prior.TOPIC]) == (
        statute,
        case,
        1.0,
    )


def test_the_statute_scoring_higher_ranks_below_the_explanation(
    ranked: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(prior.WEIGHT, prior.STATUTE, 1.0)
    monkeypatch.setitem(prior.WEIGHT, prior.CASE, 1.0)
    raw = search(ranked, "archief")
    assert raw.index("wetteksten/wwft-artikel-33") < raw.index("wwft/dossiervorming")
    assert raw.index("casussen/vertrokken-klant") < raw.index("wwft/dossiervorming")
    monkeypatch.undo()
    assert search(ranked, "archief")[0] == "wwft/dossiervorming"


@pytest.mark.parametrize("query", ["archief lid", "archief 33", "art. 33 archief"])
def test_a_query_naming_the_article_puts_the_statute_first(
    ranked: SearchService, query: str
) -> None:
    # The explanation cites art. 33 lid 1 too and matches every word of these queries; the
    # statute's lead is smaller than the demotion would undo.
    hits = ranked.search(query, lang="nl", highlight=False).hits
    assert [h.id for h in hits][:2] == ["wetteksten/wwft-artikel-33", "wwft/dossiervorming"]
    assert hits[0].score < hits[1].score / prior.WEIGHT[prior.STATUTE]


def test_a_query_naming_a_case_puts_the_case_first(ranked: SearchService) -> None:
    assert search(ranked, "casus archief")[0] == "casussen/vertrokken-klant"


# -- the article a query is about -------------------------------------------------------------
def test_the_article_whose_subject_is_in_the_query_ranks_first(
    ranked: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service_module, "ABOUT", 1.0)
    assert search(ranked, "betaalrekening sekswerker")[0] == "producten/zakelijke-rekening"
    monkeypatch.undo()
    assert search(ranked, "betaalrekening sekswerker")[0] == "producten/betaalrekening"


def test_a_synonym_names_the_subject_too(ranked: SearchService) -> None:
    # `zzp` is in the group of `zelfstandig ondernemer`; `payment account` names nothing here.
    assert service_module._subject("inkomen/zelfstandig-ondernemer") <= service_module._stems(
        q.parse("zzp btw", load_synonyms())
    )
    assert service_module._subject("opting-in/wat-is-het") == frozenset()


# -- query words ------------------------------------------------------------------------------
def test_a_verb_finds_its_ing_noun(ranked: SearchService) -> None:
    # Only `stortingen` is in the texts; Dutch stems `storten` to `stort`, `stortingen` to
    # `storting`.
    assert "producten/betaalrekening" in search(ranked, "storten")


@pytest.mark.parametrize(
    ("word", "nouns"),
    [
        ("storten", ["storting", "stortting"]),
        ("melden", ["meldding", "melding"]),
        ("stortingen", []),  # a noun already
        ("betalen", ["betall"]),  # the stemmer joins `betaling` and `betalen` itself
        ("cash", []),
        ("wet", []),
    ],
)
def test_ing_nouns(word: str, nouns: list[str]) -> None:
    assert q.ing_nouns(word) == nouns


def test_question_words_are_left_out_of_queries_only() -> None:
    parsed = q.parse("kan een prostituee een hypotheek krijgen", load_synonyms())
    assert [u.content for u in parsed.units] == [("prostituee",), ("hypotheek",)]
    assert "krijgen" not in stopwords()  # the index and the decompounder keep it


@pytest.mark.parametrize(
    ("query", "group", "alternative"),
    [
        ("signs", "signalen", ("signalen",)),
        ("red flags", "signalen", ("indicators",)),
        ("art", "artikel", ("artikel",)),
        ("article", "artikel", ("art",)),
    ],
)
def test_new_synonym_groups(query: str, group: str, alternative: tuple[str, ...]) -> None:
    (match,) = load_synonyms().match(words(query))
    assert (match.group, alternative in match.alternatives) == (group, True)
