"""Which checklist items apply to a client, and the filled checklist as HTML for print and PDF.

An item applies when the chosen product is one of its `products` and its `when` condition (in
the expression language of `kb.expressions`, over `product` and `work_form`) holds. No Qt here:
the desktop checklist view only shows what these functions return.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from kb.expressions import ExpressionError, parse
from kb.models import Checklist, ChecklistItem, Product, WorkForm

WEIGHT_LABELS = {
    "nl": {"strong": "sterk", "medium": "gemiddeld", "weak": "zwak"},
    "en": {"strong": "strong", "medium": "medium", "weak": "weak"},
}


@dataclass(frozen=True)
class Applicable:
    """One item that applies, or a problem with its condition (shown, never hidden)."""

    item: ChecklistItem
    problem: str | None = None


def checklists_for(checklists: Iterable[Checklist], work_form: str) -> list[Checklist]:
    """The checklists written for this work form, in id order."""
    return sorted((c for c in checklists if c.work_form.value == work_form), key=lambda c: c.id)


def applicable_items(checklist: Checklist, product: str) -> list[Applicable]:
    """The items of `checklist` that apply to `product`, in the checklist's order.

    An item whose condition cannot be evaluated is kept, with the problem, so that a content
    mistake makes the checklist longer rather than silently shorter.
    """
    env = {"product": product, "work_form": checklist.work_form.value}
    chosen: list[Applicable] = []
    for item in checklist.items:
        if product not in {p.value for p in item.products}:
            continue
        if item.when is None:
            chosen.append(Applicable(item))
            continue
        try:
            if parse(item.when).holds(env):
                chosen.append(Applicable(item))
        except ExpressionError as exc:
            chosen.append(Applicable(item, f"{item.when}: {exc}"))
    return chosen


def product_values() -> list[str]:
    return [p.value for p in Product]


def work_form_values() -> list[str]:
    return [w.value for w in WorkForm]


def filled_checklist_html(
    checklist: Checklist,
    product: str,
    items: Iterable[Applicable],
    ticked: Collection[str],
    lang: str,
) -> str:
    """The checklist as filled in: one row per applicable item with a tick box, why and
    alternatives. Everything is escaped; the result is an HTML fragment."""
    nl = lang != "en"
    head = (
        f"<h1>{html.escape(checklist.title.get(lang))}</h1>"
        f"<p>{html.escape(checklist.intro.get(lang))}</p>"
        f"<p><b>Product:</b> {html.escape(product)} &nbsp; "
        f"<b>{'Werkvorm' if nl else 'Work form'}:</b> {html.escape(checklist.work_form.value)}</p>"
    )
    rows = []
    weights = WEIGHT_LABELS["nl" if nl else "en"]
    for entry in items:
        item = entry.item
        mark = "\u2611" if item.id in ticked else "\u2610"
        alternatives = "".join(
            f"<li>{html.escape(alt.label.get(lang))} ({weights[alt.weight.value]})</li>"
            for alt in item.alternatives
        )
        alt_html = f"<ul>{alternatives}</ul>" if alternatives else ""
        required = "" if item.required else (" (optioneel)" if nl else " (optional)")
        problem = f"<p><i>{html.escape(entry.problem)}</i></p>" if entry.problem else ""
        rows.append(
            f"<tr><td>{mark}</td><td><b>{html.escape(item.label.get(lang))}</b>{required}"
            f"<br>{html.escape(item.why.get(lang))}{problem}</td><td>{alt_html}</td></tr>"
        )
    header = (
        "<tr><th></th><th>Document</th><th>Alternatieven</th></tr>"
        if nl
        else "<tr><th></th><th>Document</th><th>Alternatives</th></tr>"
    )
    return head + f"<table width='100%'>{header}{''.join(rows)}</table>"
