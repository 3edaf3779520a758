"""Lists written right under a paragraph line, without a blank line, render as lists."""

from __future__ import annotations

import re

from kb import load_library
from kb.plaintext import markdown_to_text
from kb.render import markdown_to_html, render_article

# A line break inside a paragraph followed by what should have been a list item.
UNRECOGNISED_ITEM = re.compile(r"\n {0,3}(?:[-*+]|\d+[.)]) ")


def test_bullets_directly_under_a_paragraph_line_are_a_list() -> None:
    html = markdown_to_html("Drie dingen zeggen:\n- **Vraag.** Een\n- Twee\n\nDaarna.")
    assert "<p>Drie dingen zeggen:</p>" in html
    assert html.count("<ul>") == 1 and html.count("<li>") == 2
    assert "<li><strong>Vraag.</strong> Een</li>" in html
    assert "<p>Daarna.</p>" in html


def test_star_and_plus_bullets_too() -> None:
    assert markdown_to_html("Tekst:\n* a\n* b").count("<li>") == 2
    assert markdown_to_html("Tekst:\n+ a\n+ b").count("<li>") == 2


def test_numbered_items_directly_under_a_paragraph_line_are_a_list() -> None:
    html = markdown_to_html("Stappen:\n1. eerst\n2. dan\n3. klaar")
    assert "<p>Stappen:</p>" in html
    assert html.count("<ol>") == 1 and html.count("<li>") == 3


def test_a_number_other_than_one_does_not_start_a_list_under_a_paragraph() -> None:
    # As in CommonMark: a wrapped line that happens to begin with "2019." stays text.
    html = markdown_to_html("In het jaar\n2019. Daarna veranderde het.")
    assert "<ol>" not in html and "<li>" not in html


def test_a_paragraph_without_list_lines_is_one_paragraph() -> None:
    assert markdown_to_html("een\ntwee\ndrie") == "<p>een\ntwee\ndrie</p>"


def test_dashes_in_running_text_are_not_lists() -> None:
    html = markdown_to_html("Rente\n-5% lager\n\u2013 en een en dash\n\u2014 en een em dash\n-")
    assert "<li>" not in html and "<ul>" not in html
    assert html.count("<p>") == 1


def test_a_rule_under_a_paragraph_stays_a_rule() -> None:
    for rule in ("- - -", "* * *"):
        html = markdown_to_html(f"Tekst\n{rule}\nMeer")
        assert "<hr>" in html and "<li>" not in html, rule


def test_a_table_is_untouched() -> None:
    html = markdown_to_html("| a | b |\n|---|---|\n| - x | y |\n| 1. z | w |")
    assert "<table>" in html and "<td>- x</td>" in html and "<td>1. z</td>" in html
    assert "<li>" not in html


def test_a_fenced_code_block_after_a_line_stays_code() -> None:
    html = markdown_to_html("Voorbeeld:\n```\n- x\n1. y\n```\n")
    assert "<pre><code>- x\n1. y\n</code></pre>" in html
    assert "<li>" not in html


def test_an_indented_code_block_stays_code() -> None:
    html = markdown_to_html("Voorbeeld:\n\n    regel\n    - x\n")
    assert "<pre><code>regel\n- x\n</code></pre>" in html
    assert "<li>" not in html


def test_an_indented_line_under_a_paragraph_is_not_a_list() -> None:
    # Four spaces: a lazy continuation of the paragraph (indented code cannot interrupt one).
    assert "<li>" not in markdown_to_html("Tekst\n    - x")


def test_a_callout_with_a_list_directly_under_its_first_line() -> None:
    html = markdown_to_html("> **Let op:** vraag naar\n> - het doel\n> - de herkomst")
    assert '<blockquote class="callout">' in html
    assert "<p><strong>Let op:</strong> vraag naar</p>" in html
    inside = html.split('<blockquote class="callout">', 1)[1].split("</blockquote>", 1)[0]
    assert inside.count("<li>") == 2


def test_nested_items_stay_nested() -> None:
    html = markdown_to_html("Tekst:\n- een\n    - een a\n    - een b\n- twee")
    assert html.count("<ul>") == 2 and html.count("<li>") == 4
    assert re.search(r"<li>een<ul>\s*<li>een a</li>\s*<li>een b</li>\s*</ul>\s*</li>", html)
    assert "<li>twee</li>" in html


def test_a_list_item_continuation_is_not_split() -> None:
    html = markdown_to_html("- een\nloopt door\n- twee")
    assert html.count("<li>") == 2 and "<p>" not in html
    assert "<li>een\nloopt door</li>" in html


def test_a_list_under_a_line_inside_a_list_item_nests() -> None:
    html = markdown_to_html("1. Stap\n\n    Doe dit:\n    - a\n    - b\n")
    assert re.search(r"<ol>\s*<li>\s*<p>Stap</p>\s*<p>Doe dit:</p>\s*<ul>", html)
    assert html.count("<li>") == 3


def test_plain_text_puts_the_items_on_their_own_lines() -> None:
    text = markdown_to_text("Drie dingen zeggen:\n- **Vraag.** Een\n- Twee")
    assert "zeggen: -" not in text
    assert "Drie dingen zeggen:\n\n- Vraag. Een\n\n- Twee" in text


def test_no_shipped_article_has_an_unrecognised_list() -> None:
    library = load_library(None)
    articles = library.articles()
    assert len(articles) > 100
    unrecognised: list[str] = []
    items = 0
    for article in articles:
        html = render_article(article, library)
        items += html.count("<li>")
        for paragraph in re.findall(r"<p>(.*?)</p>", html, re.S):
            if UNRECOGNISED_ITEM.search(paragraph):
                unrecognised.append(f"{article.lang.value}/{article.id}: {paragraph[:80]!r}")
    assert unrecognised == []
    assert items > 2000  # 1814 before lists under paragraph lines were recognised
