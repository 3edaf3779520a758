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


# -- the plain check (no pydantic at start-up) never accepts what the models refuse ---------------
def test_the_shipped_file_passes_the_plain_check_and_the_models_alike() -> None:
    import tomllib

    from search.synonyms import SynonymGroup, default_path, plain_groups
    from search.synonyms_model import SynonymsFile

    data = tomllib.loads(default_path().read_text(encoding="utf-8"))
    plain = plain_groups(data)
    checked = SynonymsFile.model_validate(data)
    assert plain == [SynonymGroup(g.name, tuple(g.terms)) for g in checked.group]


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"groups": []},
        {"group": {}},
        {"group": [{"name": "a"}]},
        {"group": [{"name": "a", "terms": ["x", "y"], "extra": 1}]},
        {"group": [{"name": "", "terms": ["x", "y"]}]},
        {"group": [{"name": " a", "terms": ["x", "y"]}]},
        {"group": [{"name": 1, "terms": ["x", "y"]}]},
        {"group": [{"name": "a", "terms": ["x"]}]},
        {"group": [{"name": "a", "terms": "xy"}]},
        {"group": [{"name": "a", "terms": ["x", 2]}]},
        {"group": [{"name": "a", "terms": ["x", " y"]}]},
        {"group": [{"name": "a", "terms": ["x", "!!"]}]},
        {"group": [{"name": "a", "terms": ["x", ""]}]},
        {"group": [{"name": "a", "terms": ["x", "y"]}, {"name": "a", "terms": ["z", "w"]}]},
        {"group": [{"name": "a", "terms": ["x", "y"]}, {"name": "b", "terms": ["Y", "z"]}]},
    ],
)
def test_the_plain_check_leaves_every_doubtful_file_to_the_models(data: object) -> None:
    from search.synonyms import plain_groups

    assert plain_groups(data) is None


def test_a_file_with_white_space_to_strip_is_read_by_the_models() -> None:
    synonyms = parse_synonyms('[[group]]\nname = " a "\nterms = [" x ", "y"]\n')
    assert [(g.name, g.terms) for g in synonyms.groups] == [("a", ("x", "y"))]


def test_loading_the_shipped_synonyms_does_not_import_pydantic() -> None:
    import subprocess
    import sys

    code = (
        "import sys\nfrom search.synonyms import load_synonyms\nload_synonyms()\n"
        "print('pydantic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
