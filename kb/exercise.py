"""Exercise mode without Qt: a participant's assessment of a case beside the model answer.

The participant says which risk factors they see, the classification and the decision; the
model is what the case's model worksheet answers give when run through the engine
(`kb.case_answers`). `compare` lines them up row by row (every factor either side, the
classification, the decision), marks the differences, and names the articles that explain each
row, so the comparison view can link them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kb.case_answers import CaseRun
from kb.models import Text
from kb.worksheet.models import Decision, Definition, Level
from kb.worksheet.risk import Proposal, classify

LEVEL_LABELS: dict[Level, Text] = {
    Level.LOW: Text(nl="Laag", en="Low"),
    Level.STANDARD: Text(nl="Standaard", en="Standard"),
    Level.HIGH: Text(nl="Hoog", en="High"),
}
DECISION_LABELS: dict[Decision, Text] = {
    Decision.ACCEPT: Text(nl="Accepteren", en="Accept"),
    Decision.ACCEPT_WITH_CONDITIONS: Text(
        nl="Accepteren met voorwaarden", en="Accept with conditions"
    ),
    Decision.MORE_INFORMATION: Text(nl="Meer informatie vragen", en="Ask for more information"),
    Decision.ESCALATE: Text(nl="Escaleren", en="Escalate"),
    Decision.DECLINE: Text(nl="Weigeren", en="Decline"),
}
# The articles that explain a classification, per level (bank definitions: the Wwft levels).
LEVEL_ARTICLES: dict[Level, tuple[str, ...]] = {
    Level.LOW: ("wwft/vereenvoudigd-clientenonderzoek", "wwft/risicogebaseerde-benadering"),
    Level.STANDARD: ("wwft/clientenonderzoek", "wwft/risicogebaseerde-benadering"),
    Level.HIGH: ("wwft/verscherpt-clientenonderzoek", "wwft/risicogebaseerde-benadering"),
}
EXPLOITATION_ARTICLE = "wwft/mensenhandel-signalen"


def level_label(level: Level, lang: str) -> str:
    return LEVEL_LABELS[level].get(lang)


def decision_label(definition: Definition, decision: Decision, lang: str) -> str:
    label = definition.decision.labels.get(decision) or DECISION_LABELS[decision]
    return label.get(lang)


@dataclass(frozen=True)
class Assessment:
    factors: frozenset[str]
    classification: Level
    decision: Decision

    @classmethod
    def of_run(cls, run: CaseRun) -> Assessment:
        """The model assessment: the engine's factors, the final classification and decision."""
        return cls(frozenset(run.factors), run.final, run.decision)


@dataclass(frozen=True)
class Row:
    kind: str  # factor | classification | decision
    key: str  # the factor id, or "classification" / "decision"
    label: Text
    participant: Text
    model: Text
    differs: bool
    articles: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    case: str
    rows: tuple[Row, ...]
    basis: tuple[str, ...]  # the articles the case's model answer rests on

    @property
    def differences(self) -> list[Row]:
        return [row for row in self.rows if row.differs]

    @property
    def agrees(self) -> bool:
        return not self.differences

    def articles(self) -> list[str]:
        """Every article to read: first those explaining a difference, then the case's basis."""
        found: list[str] = []
        for row in [*self.differences, *self.rows]:
            found += [a for a in row.articles if a not in found]
        return found + [a for a in self.basis if a not in found]


YES = Text(nl="Ja", en="Yes")
NO = Text(nl="Nee", en="No")


def proposal_for(definition: Definition, factor_ids: Iterable[str]) -> Proposal:
    """What the definition's rules propose for the factors a participant sees."""
    chosen = set(factor_ids)
    return classify(definition.classification, [f for f in definition.factors if f.id in chosen])


def _level_articles(definition: Definition, level: Level) -> tuple[str, ...]:
    if definition.audience == "bank":
        return LEVEL_ARTICLES[level]
    return tuple(definition.articles[:1])


def compare(
    definition: Definition,
    case: str,
    model: Assessment,
    participant: Assessment,
    basis: Sequence[str] = (),
) -> Comparison:
    rows: list[Row] = []
    for factor in definition.factors:
        theirs = factor.id in participant.factors
        ours = factor.id in model.factors
        if not (theirs or ours):
            continue
        rows.append(
            Row(
                kind="factor",
                key=factor.id,
                label=factor.reason,
                participant=YES if theirs else NO,
                model=YES if ours else NO,
                differs=theirs != ours,
                articles=(factor.article,),
            )
        )
    rows.append(
        Row(
            kind="classification",
            key="classification",
            label=Text(nl="Classificatie", en="Classification"),
            participant=LEVEL_LABELS[participant.classification],
            model=LEVEL_LABELS[model.classification],
            differs=participant.classification is not model.classification,
            articles=_level_articles(definition, model.classification),
        )
    )
    decision_articles = tuple(definition.decision.articles)
    if any(f.exploitation for f in definition.factors if f.id in model.factors):
        decision_articles = (EXPLOITATION_ARTICLE, *decision_articles)

    def decision_text(decision: Decision) -> Text:
        return Text(
            nl=decision_label(definition, decision, "nl"),
            en=decision_label(definition, decision, "en"),
        )

    rows.append(
        Row(
            kind="decision",
            key="decision",
            label=Text(nl="Besluit", en="Decision"),
            participant=decision_text(participant.decision),
            model=decision_text(model.decision),
            differs=participant.decision is not model.decision,
            articles=decision_articles,
        )
    )
    return Comparison(case=case, rows=tuple(rows), basis=tuple(basis))
