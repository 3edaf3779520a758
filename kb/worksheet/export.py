"""Markdown and HTML exports of a decision record (PDF is made from the HTML in `desktop/`)."""

from __future__ import annotations

import html
import json
from typing import Any

from kb.worksheet.record import Record, digest

_T = {
    "nl": {
        "title": "Beoordeling cliëntacceptatie",
        "client": "Cliëntreferentie",
        "definition": "Werkblad",
        "content": "Inhoudsversie",
        "decided": "Besloten op",
        "answers": "Antwoorden",
        "na": "niet van toepassing",
        "unanswered": "niet beantwoord",
        "factors": "Risicofactoren",
        "none": "Geen risicofactoren vastgesteld.",
        "proposal": "Voorstel",
        "classification": "Classificatie",
        "measure": "Cliëntenonderzoek",
        "override": "Afwijking van het voorstel",
        "decision": "Besluit",
        "motivation": "Motivering",
        "conditions": "Voorwaarden",
        "ground": "Weigeringsgrond",
        "basic": "Basisbetaalrekening overwogen",
        "officer": "Beoordelaar",
        "review": "Tweede beoordeling (vier ogen)",
        "next": "Volgende herbeoordeling",
        "seal": "Zegel (SHA-256)",
        "privacy": "Privacy",
    },
    "en": {
        "title": "Client acceptance assessment",
        "client": "Client reference",
        "definition": "Worksheet",
        "content": "Content version",
        "decided": "Decided at",
        "answers": "Answers",
        "na": "not applicable",
        "unanswered": "not answered",
        "factors": "Risk factors",
        "none": "No risk factors found.",
        "proposal": "Proposal",
        "classification": "Classification",
        "measure": "Due diligence",
        "override": "Override of the proposal",
        "decision": "Decision",
        "motivation": "Motivation",
        "conditions": "Conditions",
        "ground": "Decline ground",
        "basic": "Basic payment account considered",
        "officer": "Officer",
        "review": "Second review (four eyes)",
        "next": "Next review",
        "seal": "Seal (SHA-256)",
        "privacy": "Privacy",
    },
}


def _value(value: Any, display: str | None) -> str:
    if display is not None:
        return display
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in sorted(value.items()))
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def _lines(record: Record, lang: str) -> list[tuple[str, str]]:
    """(kind, text) pairs both exports render: h1, h2, p, li."""
    t = _T["en" if lang == "en" else "nl"]
    out: list[tuple[str, str]] = [("h1", t["title"])]
    out.append(("p", f"{t['client']}: {record.client_reference}"))
    out.append(
        (
            "p",
            f"{t['definition']}: {record.definition.id} {record.definition.version}; "
            f"{t['content']}: {record.content_version}; {t['decided']}: "
            f"{record.decided_at.isoformat()}",
        )
    )
    out.append(("p", f"{t['privacy']}: {record.special_category_notice.get(lang)}"))
    out.append(("h2", t["answers"]))
    for entry in record.answers:
        label = entry.label.get(lang)
        if entry.status == "not-applicable":
            out.append(("li", f"{label}: {t['na']} ({entry.not_applicable_reason})"))
        elif entry.status == "unanswered":
            out.append(("li", f"{label}: {t['unanswered']}"))
        else:
            out.append(("li", f"{label}: {_value(entry.value, entry.display)}"))
    out.append(("h2", t["factors"]))
    if not record.factors:
        out.append(("p", t["none"]))
    for factor in record.factors:
        out.append(
            (
                "li",
                f"{factor.reason.get(lang)} ({factor.category}, {factor.weight:+d}; "
                f"kb:{factor.article})",
            )
        )
    p = record.proposal
    out.append(("h2", t["proposal"]))
    out.append(
        (
            "p",
            f"{t['classification']}: {p.classification.value}; {t['measure']}: {p.measure.value}; "
            f"{t['decision']}: {p.decision.value} (score {p.score}, basis {p.basis})",
        )
    )
    if record.override is not None:
        out.append(
            ("p", f"{t['override']}: {record.override.level.value}: {record.override.reason}")
        )
    out.append(("h2", t["decision"]))
    out.append(
        (
            "p",
            f"{t['decision']}: {record.decision.value}; {t['classification']}: "
            f"{record.classification.value}; {t['measure']}: {record.measure.value}",
        )
    )
    out.append(("p", f"{t['motivation']}: {record.motivation}"))
    if record.conditions:
        out.append(("p", f"{t['conditions']}: {record.conditions}"))
    if record.decline_ground:
        out.append(("p", f"{t['ground']}: {record.decline_ground}"))
    if record.basic_account_considered:
        note = f" ({record.basic_account_note})" if record.basic_account_note else ""
        out.append(("p", f"{t['basic']}: {record.basic_account_considered}{note}"))
    out.append(("p", f"{t['officer']}: {record.officer.name}, {record.officer.role}"))
    if record.review is not None:
        r = record.review
        out.append(
            (
                "p",
                f"{t['review']}: {r.reviewer.name}, {r.reviewer.role}, {r.verdict}, "
                f"{r.at.isoformat()}" + (f": {r.note}" if r.note else ""),
            )
        )
    if record.next_review is not None:
        out.append(("p", f"{t['next']}: {record.next_review.isoformat()}"))
    out.append(("p", f"{t['seal']}: {digest(record)}"))
    return out


def to_markdown(record: Record, lang: str = "nl") -> str:
    parts: list[str] = []
    for kind, text in _lines(record, lang):
        if kind == "h1":
            parts.append(f"# {text}\n")
        elif kind == "h2":
            parts.append(f"\n## {text}\n")
        elif kind == "li":
            parts.append(f"- {text}")
        else:
            parts.append(f"{text}\n")
    return "\n".join(parts).rstrip() + "\n"


def to_html(record: Record, lang: str = "nl") -> str:
    body: list[str] = []
    in_list = False
    for kind, text in _lines(record, lang):
        if kind == "li" and not in_list:
            body.append("<ul>")
            in_list = True
        elif kind != "li" and in_list:
            body.append("</ul>")
            in_list = False
        body.append(f"<{kind}>{html.escape(text)}</{kind}>")
    if in_list:
        body.append("</ul>")
    title = html.escape(_T["en" if lang == "en" else "nl"]["title"])
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
