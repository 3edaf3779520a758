"""Rendering Markdown: safe HTML, internal and external links, callouts, tables, anchors."""

from __future__ import annotations

from pathlib import Path

from kb import load_library
from kb.plaintext import markdown_to_text
from kb.render import markdown_to_html, render_article, slugify


def test_raw_html_is_shown_as_text_not_passed_through() -> None:
    html = markdown_to_html("Tekst <script>alert(1)</script> en <b>vet</b>\n\n<div>blok</div>")
    assert "<script>" not in html and "<b>" not in html and "<div>" not in html
    assert "&lt;script&gt;" in html and "&lt;div&gt;" in html


def test_kb_links_become_internal_links_with_the_target_title(content: Path) -> None:
    library = load_library(content)
    html = render_article(library.article("wwft/alpha"), library)
    assert '<a class="internal" href="kb:wwft/beta" title="Beta">beta</a>' in html


def test_external_links_are_marked() -> None:
    html = markdown_to_html("[DNB](https://www.dnb.nl)", lang="en")
    assert 'class="external"' in html and "opens in the browser" in html and "\u2197" in html


def test_unsafe_links_lose_their_target() -> None:
    html = markdown_to_html("[klik](javascript:alert(1)) [f](file:///etc/passwd)")
    assert "javascript:" not in html and "file:" not in html
    assert html.count('class="unsafe"') == 2


def test_callout_tables_and_anchors() -> None:
    html = markdown_to_html(
        "## Cliëntenonderzoek (CDD)\n\n> **Let op:** belangrijk\n\nTekst.\n\n> gewoon citaat\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    assert '<h2 id="clientenonderzoek-cdd">' in html
    assert '<blockquote class="callout">' in html
    assert html.count("<blockquote>") == 1  # the plain quote stays a plain quote
    assert "<table>" in html and "<td>2</td>" in html


def test_slugify_folds_accents() -> None:
    assert slugify("Financiële cliënten — wat nu?") == "financiele-clienten-wat-nu"


def test_plain_text_keeps_structure_and_drops_markup() -> None:
    text = markdown_to_text(
        "## Kop\n\n- een **vet** punt\n- twee\n\n1. eerst\n2. dan\n\n[x](https://a.nl)"
    )
    assert "Kop\n===" in text
    assert "- een vet punt" in text and "2. dan" in text
    assert "**" not in text and "\u2197" not in text
