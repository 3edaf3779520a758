"""The synonyms file: the shipped one is valid; bad ones are refused with a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.synonyms import SynonymsError, load_synonyms, parse_synonyms
from search.text import words


def test_shipped_file_has_the_required_groups() -> None:
    synonyms = load_synonyms()
    names = {group.name for group in synonyms.groups}
    assert {"cdd", "edd", "aov", "ib", "btw", "kvk", "fiu", "ubo", "pep", "wwft"} <= names
    assert {"sekswerker", "opting-in"} <= names


@pytest.mark.parametrize(
    ("query", "group", "alternative"),
    [
        ("CDD", "cdd", ("klantonderzoek",)),
        ("customer due diligence", "cdd", ("clientenonderzoek",)),
        ("klantonderzoek", "cdd", ("clientenonderzoek",)),
        ("EDD", "edd", ("verscherpt", "clientenonderzoek")),
        ("AOV", "aov", ("disability", "insurance")),
        ("VAT", "btw", ("btw",)),
        ("prostituee", "sekswerker", ("sex", "worker")),
        ("Opting in", "opting-in", ("optingin",)),
        ("optingin", "opting-in", ("opting", "in")),
        ("AML law", "wwft", ("wwft",)),
    ],
)
def test_groups_match(query: str, group: str, alternative: tuple[str, ...]) -> None:
    (match,) = load_synonyms().match(words(query))
    assert match.group == group
    assert alternative in match.alternatives


def test_longest_term_wins_and_matches_do_not_overlap() -> None:
    matches = load_synonyms().match(words("verscherpt cliëntenonderzoek bij een escort"))
    assert [(m.start, m.end, m.group) for m in matches] == [(0, 2, "edd"), (4, 5, "sekswerker")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[group]\n", "not valid TOML"),
        ('[[group]]\nname = "a"\nterms = ["x"]\n', "at least 2"),
        ('[[group]]\nname = "a"\nterms = ["x", "y"]\nextra = 1\n', "extra"),
        (
            '[[group]]\nname = "a"\nterms = ["x", "y"]\n'
            '[[group]]\nname = "b"\nterms = ["Y", "z"]\n',
            "in group 'a' and in group 'b'",
        ),
        ('[[group]]\nname = "a"\nterms = ["x", "!!"]\n', "no letters"),
    ],
)
def test_bad_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(SynonymsError, match=message):
        parse_synonyms(text, "mine.toml")


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(SynonymsError, match="cannot read"):
        load_synonyms(tmp_path / "missing.toml")
