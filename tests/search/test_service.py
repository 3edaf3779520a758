"""SearchService on the small bilingual fixture: analysis, synonyms, languages, ranking, input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.service import SearchService
from tests.search.conftest import ids


@pytest.mark.parametrize(
    "query", ["cliënt", "client", "cliënten", "CLIENTEN", "financiële", "financiele"]
)
def test_accents_and_stemming(service: SearchService, query: str) -> None:
    assert ids(service.search(query, lang="nl"))[:1] == ["wwft/clientenonderzoek"]


def test_english_stemming(service: SearchService) -> None:
    assert ids(service.search("insured incomes", lang="en"))[:1] == ["producten/aov"]


def test_compound_parts_are_found(service: SearchService) -> None:
    assert "producten/aov" in ids(service.search("verzekering", lang="nl"))
    assert ids(service.search("onderzoek", lang="nl"))[:1] == ["wwft/clientenonderzoek"]
    assert ids(service.search("aanvraag", lang="nl")) == ["producten/hypotheek"]


def test_klantonderzoek_reaches_clientenonderzoek(service: SearchService) -> None:
    assert ids(service.search("klantonderzoek", lang="nl"))[:1] == ["wwft/clientenonderzoek"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("CDD", "wwft/clientenonderzoek"),
        ("customer due diligence", "wwft/clientenonderzoek"),
        ("AOV", "producten/aov"),
        ("disability insurance", "producten/aov"),
        ("prostituee hypotheek", "producten/hypotheek"),
        ("Chamber of Commerce", "producten/hypotheek"),
    ],
)
def test_synonyms_and_abbreviations(service: SearchService, query: str, expected: str) -> None:
    assert ids(service.search(query, lang="nl"))[:1] == [expected]


def test_cross_language_shows_the_chosen_language(service: SearchService) -> None:
    result = service.search("mortgage", lang="nl")
    assert [(h.id, h.lang) for h in result.hits] == [("producten/hypotheek", "nl")]
    assert result.hits[0].title == "Hypotheek voor een sekswerker"
    english = service.search("hypotheek", lang="en")
    assert [(h.id, h.lang) for h in english.hits][:1] == [("producten/hypotheek", "en")]


def test_without_language_the_preferred_one_ranks_first(service: SearchService) -> None:
    hits = service.search("hypotheek mortgage", prefer="en").hits
    assert [(h.id, h.lang) for h in hits[:2]] == [
        ("producten/hypotheek", "en"),
        ("producten/hypotheek", "nl"),
    ]
    hits = service.search("hypotheek mortgage", prefer="nl").hits
    assert hits[0].lang == "nl"


def test_title_outranks_body(service: SearchService) -> None:
    # "sekswerker" is in the hypotheek title and only in the body/summary of the others.
    assert ids(service.search("sekswerker", lang="nl"))[0] in {
        "producten/hypotheek",
        "wwft/clientenonderzoek",
    }
    assert ids(service.search("beroepsklasse", lang="nl")) == ["producten/aov"]


def test_filters(service: SearchService) -> None:
    assert ids(service.search("sekswerker", lang="nl", section="wwft")) == [
        "wwft/clientenonderzoek"
    ]
    assert ids(service.search("sekswerker", lang="nl", kind="case")) == ["producten/hypotheek"]
    assert ids(service.search("sekswerker", lang="nl", audience="insurer")) == ["producten/aov"]
    assert ids(service.search("sekswerker", lang="nl", section="nothing")) == []


def test_hit_fields_and_highlight(service: SearchService) -> None:
    hit = service.search("verzekering", lang="nl").hits[0]
    assert (hit.id, hit.section, hit.lang, hit.kind) == (
        "producten/aov",
        "producten",
        "nl",
        "explainer",
    )
    assert hit.audiences == ("insurer",)
    assert "<b>arbeidsongeschiktheidsverzekering</b>" in hit.snippet.lower()
    assert hit.score > 0
    assert service.search("verzekering", lang="nl", highlight=False).hits[0].snippet == ""


def test_snippet_is_escaped_html(service: SearchService) -> None:
    snippet = service.search("cliëntenonderzoek", lang="nl").hits[0].snippet
    assert "<b>cliëntenonderzoek</b>" in snippet
    assert "**" not in snippet
    assert snippet.replace("<b>", "").replace("</b>", "").count("<") == 0


def test_exact_beats_stemmed_beats_fuzzy(service: SearchService) -> None:
    exact = service.search("hypotheek", lang="nl").hits[0].score
    stemmed = service.search("hypotheken", lang="nl").hits[0].score
    typo = service.search("hypoteek", lang="nl")
    assert exact > stemmed > typo.hits[0].score
    assert typo.fuzzy


def test_typos_and_did_you_mean(service: SearchService) -> None:
    result = service.search("clientenondrezoek", lang="nl")
    assert ids(result)[:1] == ["wwft/clientenonderzoek"]
    assert result.did_you_mean == "cliëntenonderzoek"
    assert service.search("hypotheek", lang="nl").did_you_mean is None
    assert service.search("hypotheek", lang="nl").fuzzy is False


def test_short_words_get_no_typo_tolerance(service: SearchService) -> None:
    assert ids(service.search("bnk", lang="nl")) == []


def test_prefix_on_the_last_word(service: SearchService) -> None:
    assert ids(service.search("arbeidsongeschikt", lang="nl"))[:1] == ["producten/aov"]
    # No document has both words: some-word hits only, marked as such.
    assert not any(h.all_words for h in service.search("hypotheek zelfstandi", lang="nl").hits)
    assert [(h.id, h.all_words) for h in service.search("verzekeraar beroepskl", lang="nl").hits][
        :1
    ] == [("producten/aov", True)]
    # Three letters never expand; a finished word (trailing space) is not a prefix.
    assert ids(service.search("hyp", lang="nl")) == []
    assert ids(service.search("beroepskl", lang="nl")) == ["producten/aov"]
    assert ids(service.search("beroepskl ", lang="nl")) == []


def test_phrase(service: SearchService) -> None:
    assert ids(service.search('"herkomst van middelen"', lang="nl")) == ["wwft/clientenonderzoek"]
    assert ids(service.search('"middelen van herkomst"', lang="nl")) == []


def test_whole_question_falls_back_to_some_words(service: SearchService) -> None:
    result = service.search("kan een escort een hypotheek krijgen zonder jaarcijfers", lang="nl")
    assert ids(result)[:1] == ["producten/hypotheek"]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "?!.,;",
        '"',
        '"unbalanced',
        "(cliënt",
        "title:hypotheek",
        "*",
        "hypo*",
        "cliënt~2",
        "^3",
        "AND OR NOT",
        "de het een",
        "x" * 10_000,
        "hypotheek " * 2_000,
        "\x00\n\t",
        "😀 émoji",
    ],
)
def test_nonsense_never_raises(service: SearchService, query: str) -> None:
    result = service.search(query, lang="nl")
    assert isinstance(result.hits, list)
    if not result.hits:
        assert result.message


def test_empty_query_says_why(service: SearchService) -> None:
    assert service.search("").message == "nothing to search for"
    assert service.search("de het").message == "only very common words"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60))
def test_any_text_never_raises(service: SearchService, text: str) -> None:
    service.search(text, lang="en", limit=3)


def test_limit_is_respected(service: SearchService) -> None:
    assert len(service.search("sekswerker", limit=1).hits) == 1
    assert len(service.search("sekswerker", limit=0).hits) == 1
