"""The Dutch compound splitter, on its own."""

from __future__ import annotations

import pytest

from search.decompound import Decompounder

VOCABULARY = {
    "onderzoek": 12,
    "verzekering": 9,
    "arbeidsongeschiktheid": 3,
    "client": 7,
    "klant": 4,
    "rekening": 6,
    "betaal": 2,
    "basis": 5,
    "zekering": 1,
}


@pytest.fixture(scope="module")
def splitter() -> Decompounder:
    return Decompounder(VOCABULARY)


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("arbeidsongeschiktheidsverzekering", ("arbeidsongeschiktheid", "verzekering")),
        ("clientenonderzoek", ("client", "onderzoek")),  # linking "en"
        ("klantonderzoek", ("klant", "onderzoek")),
        ("basisbetaalrekening", ("basis", "betaal", "rekening")),
        ("bedrijfsverzekeringen", ("bedrijf", "verzekeringen")),  # plural last part, listed word
    ],
)
def test_splits_compounds(splitter: Decompounder, word: str, parts: tuple[str, ...]) -> None:
    assert splitter.split(word) == parts


def test_parts_are_recursive(splitter: Decompounder) -> None:
    assert splitter.parts("arbeidsongeschiktheidsverzekering") == [
        "arbeidsongeschiktheid",
        "arbeid",
        "ongeschiktheid",
        "verzekering",
    ]


@pytest.mark.parametrize(
    "word",
    [
        "onderzoek",  # "onder" is a stop word, never a part
        "verzekering",  # "ver" is too short; the whole word is known
        "mogelijkheid",  # "heid" is a suffix, not a word
        "hypotheek",
        "kort",
        "abc123456789",
        "",
    ],
)
def test_leaves_other_words_alone(splitter: Decompounder, word: str) -> None:
    assert splitter.split(word) == ()
    assert splitter.parts(word) == []


def test_fewest_parts_win() -> None:
    splitter = Decompounder({"basis": 1, "betaal": 1, "rekening": 1, "betaalrekening": 1})
    assert splitter.split("basisbetaalrekening") == ("basis", "betaalrekening")
