"""Markdown to HTML for the reader, print and PDF.

Python-Markdown with tables, fenced blocks and heading anchors, and rules of our own:
raw HTML in content is shown as text, never passed through (content files come from outside the
program); `kb:` links become internal links carrying the target's title; other links are marked
as external so the reader knows the browser will open. A blockquote that opens with a bold
"Let op" or "Note" becomes a callout. And a list may start right under a paragraph line, without
a blank line in between, as on GitHub and in CommonMark (Python-Markdown alone would run the
items into the paragraph as text).
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as etree
from typing import TYPE_CHECKING

import markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

if TYPE_CHECKING:
    from kb.library import Library
    from kb.models import Article

CALLOUT_WORDS = ("let op", "note", "opgelet", "attention")
SAFE_SCHEMES = ("http://", "https://", "mailto:")
EXTERNAL_MARK = "\u2197"  # ↗

# A line that may start a list under a paragraph line (CommonMark's rule): a bullet `-`, `*` or
# `+`, or the number 1 with a full stop, indented at most three spaces, then a space and some
# text. Python-Markdown knows no `1)` items, so neither does this. "-5%", "–" (en dash) and
# "2019." do not match; a rule such as "- - -" or "* * *" is not a list.
_LIST_START = re.compile(r"^ {0,3}(?:[-*+]|1\.) +\S")
_RULE = re.compile(r"^ {0,3}([-*_])(?: *\1){2,} *$")


def slugify(value: str, separator: str = "-") -> str:
    """An ASCII anchor for a heading: 'Cliëntenonderzoek (CDD)' -> 'clientenonderzoek-cdd'."""
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", folded.lower())
    return separator.join(words)


class _LinkAndCalloutProcessor(Treeprocessor):
    def __init__(self, md: markdown.Markdown, library: Library | None, lang: str) -> None:
        super().__init__(md)
        self.library = library
        self.lang = lang

    def run(self, root: etree.Element) -> None:
        for element in root.iter("a"):
            self._link(element)
        for element in root.iter("blockquote"):
            self._callout(element)

    def _link(self, element: etree.Element) -> None:
        href = (element.get("href") or "").strip()
        if href.startswith("kb:"):
            target = href[3:].split("#", 1)[0]
            element.set("class", "internal")
            if self.library is not None and self.library.has(target, self.lang):
                element.set("title", self.library.article(target, self.lang).meta.title)
            elif self.library is not None:
                element.set("class", "internal broken")
        elif href.startswith(SAFE_SCHEMES):
            element.set("class", "external")
            opens = "opent in de browser" if self.lang == "nl" else "opens in the browser"
            element.set("title", f"{href} ({opens})")
            element.tail = f"\u00a0{EXTERNAL_MARK}" + (element.tail or "")
        elif href.startswith("#"):
            element.set("class", "anchor")
        else:
            # javascript:, file:, data: and the like never become clickable.
            element.attrib.pop("href", None)
            element.set("class", "unsafe")

    def _callout(self, element: etree.Element) -> None:
        first = element.find("p")
        if first is None or first.text not in (None, ""):
            return
        strong = first.find("strong")
        if strong is None or list(first).index(strong) != 0:
            return
        text = (strong.text or "").strip().rstrip(":").strip().lower()
        if text in CALLOUT_WORDS:
            element.set("class", "callout")


class _ListAfterParagraphProcessor(BlockProcessor):
    """Splits a paragraph block at its first line that starts a list.

    It runs after every other block type had its chance (just above the paragraph), so fenced
    and indented code, tables, headings, rules and lists that open a block never get here; and
    as Python-Markdown parses the inside of quotes and list items with the same processors, a
    list under a line in a callout or in a list item works too.
    """

    def test(self, parent: etree.Element, block: str) -> bool:
        return _list_starts_at(block.split("\n")) > 0

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        lines = blocks.pop(0).split("\n")
        at = _list_starts_at(lines)
        # The paragraph now, the list (and whatever follows it) as the next block.
        self.parser.parseBlocks(parent, ["\n".join(lines[:at])])
        blocks.insert(0, "\n".join(lines[at:]))


def _list_starts_at(lines: list[str]) -> int:
    """The index of the first line after the first that starts a list; 0 when none does."""
    for number, line in enumerate(lines[1:], start=1):
        if _LIST_START.match(line) and not _RULE.match(line):
            return number
    return 0


class _ToegangExtension(Extension):
    def __init__(self, library: Library | None, lang: str) -> None:
        super().__init__()
        self.library = library
        self.lang = lang

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # Raw HTML is escaped, not passed through.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        # Above the paragraph (10), below quotes (20) and link references (15).
        md.parser.blockprocessors.register(
            _ListAfterParagraphProcessor(md.parser), "toegang-list-after-paragraph", 12
        )
        md.treeprocessors.register(
            _LinkAndCalloutProcessor(md, self.library, self.lang), "toegang-links", 5
        )


def markdown_to_html(text: str, library: Library | None = None, lang: str = "nl") -> str:
    """Render Markdown to an HTML fragment under our rules."""
    md = markdown.Markdown(
        extensions=[
            "tables",
            "fenced_code",
            "sane_lists",
            "toc",
            _ToegangExtension(library, lang),
        ],
        extension_configs={"toc": {"slugify": slugify, "permalink": False}},
        output_format="html",
    )
    return md.convert(text)


def render_article(article: Article, library: Library | None = None) -> str:
    """The article's body as an HTML fragment (the title and summary are shown separately)."""
    return markdown_to_html(article.body, library, article.lang.value)
