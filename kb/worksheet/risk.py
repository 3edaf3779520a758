"""From the risk factors present to a proposed classification, due-diligence level and decision.

The rules are data (`Classification` in the definition): the weights of the factors present are
added up and compared with two thresholds; one factor heavy enough makes the case high on its
own (the highest factor can outweigh the rest); a knock-out factor decides by itself. Signs of
exploitation propose escalation, never a decline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kb.worksheet.models import (
    MEASURE_OF,
    Classification,
    Decision,
    Level,
    Measure,
    RiskFactor,
)


@dataclass(frozen=True)
class Proposal:
    level: Level
    measure: Measure
    score: int
    highest: int
    basis: str  # none | total | single-factor | knockout
    knockouts: tuple[str, ...]
    exploitation: tuple[str, ...]
    decision: Decision


def classify(rules: Classification, present: Sequence[RiskFactor]) -> Proposal:
    score = sum(factor.weight for factor in present)
    highest = max((factor.weight for factor in present), default=0)
    knockouts = tuple(factor.id for factor in present if factor.knockout)
    exploitation = tuple(factor.id for factor in present if factor.exploitation)
    if knockouts:
        level, basis = Level.HIGH, "knockout"
    elif highest >= rules.single_factor_high:
        level, basis = Level.HIGH, "single-factor"
    elif score >= rules.high_from:
        level, basis = Level.HIGH, "total"
    elif score <= rules.low_at_most:
        level, basis = Level.LOW, "total"
    else:
        level, basis = Level.STANDARD, "total" if present else "none"
    if knockouts:
        decision = next(f.knockout_decision for f in present if f.knockout)
    elif exploitation:
        decision = Decision.ESCALATE
    elif level is Level.HIGH:
        decision = Decision.ACCEPT_WITH_CONDITIONS
    else:
        decision = Decision.ACCEPT
    return Proposal(
        level=level,
        measure=MEASURE_OF[level],
        score=score,
        highest=highest,
        basis=basis,
        knockouts=knockouts,
        exploitation=exploitation,
        decision=decision,
    )
