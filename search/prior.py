"""The ranking prior: the explanation of a subject before the law's text and the worked cases.

An officer who types a subject ("bewaartermijn", "PEP", "customer due diligence") wants the
article that explains it. The statutory text behind it and the worked cases that apply it are
secondary: they name the subject in a title of their own ("Article 3 Wwft: customer due
diligence", "Casus: zelfstandige escort vraagt een hypotheek"), so on BM25F alone they often
outscore the explanation. Their scores are multiplied by a constant (`WEIGHT`) in a step of
its own, after BM25F (`search.scoring` keeps Whoosh's scores exactly): a statutory text ranks
above the explanation only when it matches nearly twice as well (0.55), a case when it
matches a quarter better (0.8).

The demotion is lifted when the query asks for such a page: a word such as `artikel`, `art`,
`lid` or `article`, or a short number (`Wwft 33`, `4:71f Wft`), for the law's text; `casus` or
`case` for the cases. Those pages then rank on their BM25F score alone (and the service's
`NAMED` boost still lifts a title that begins with the query's words).

A page's role is read from its section first: the statutory texts are the section
`wetteksten` (the app's "Legal texts"), the cases `casussen` (or kind `case` elsewhere). The
kind alone would not do: an organisation adapting the content may well label an article that
explains a legal duty (`wwft/bewaarplicht`) `legal-text`, and it is still the explanation the
officer is looking for. (The shipped content had six such labels; they are `explainer` now.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

STATUTE, CASE, TOPIC = "statute", "case", "topic"
STATUTE_SECTION = "wetteksten"
CASE_SECTION = "casussen"
# Statutory texts demote more than cases: they repeat the subject's words as often as the
# explanation does, and say nothing of what to do about it; a case at least applies it.
WEIGHT = {STATUTE: 0.55, CASE: 0.8, TOPIC: 1.0}
# Folded query words that ask for the law's text or for a case (`art.` folds to `art`).
CUES = {
    STATUTE: frozenset(
        {"artikel", "artikelen", "art", "article", "articles", "lid", "wettekst", "wetteksten"}
        | {"wetsartikel", "wetsartikelen", "statute", "statutory"}
    ),
    CASE: frozenset({"casus", "casussen", "case", "cases"}),
}
# An article's number: up to three digits and a letter (`3`, `2b`, `71f`); not a year.
ARTICLE_NUMBER = re.compile(r"[0-9]{1,3}[a-z]?")


def role(section: str, kind: str) -> str:
    """What the page is for the officer: the law's text, a worked case, or a topic article."""
    if section == STATUTE_SECTION:
        return STATUTE
    if section == CASE_SECTION or kind == "case":
        return CASE
    return TOPIC


def weights(query_words: Iterable[str]) -> dict[str, float]:
    """The factor per role for a query of these folded words: 1 for a role the query names."""
    asked = set(query_words)
    return {name: 1.0 if _asks(name, asked) else weight for name, weight in WEIGHT.items()}


def _asks(name: str, asked: set[str]) -> bool:
    if asked & CUES.get(name, frozenset()):
        return True
    # "Wwft 33", "4:71f Wft": in a query here, a short number is most often an article's.
    return name == STATUTE and any(ARTICLE_NUMBER.fullmatch(word) for word in asked)


def factor(fields: Mapping[str, str], role_weights: Mapping[str, float]) -> float:
    """The prior of one hit, from its stored `section` and `kind`."""
    return role_weights[role(fields["section"], fields["kind"])]
