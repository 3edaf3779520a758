"""Plain text from rendered HTML: for `toegang show`, for the search index and for snippets.

Working from the HTML (rather than stripping Markdown with regexes) means plain text sees exactly
what the reader sees: escaped raw HTML stays text, emphasis markers are gone, tables keep their
cells apart.
"""

from __future__ import annotations

import html
import re
import textwrap
from html.parser import HTMLParser

from kb.render import EXTERNAL_MARK, markdown_to_html

_BLOCKS = {"p", "div", "blockquote", "pre", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.lists: list[list[int]] = []  # a counter per open list; -1 marks unordered
        self.heading: int | None = None
        self.quote = 0
        self.in_pre = False
        self.table: list[str] | None = None
        self.row: list[str] | None = None
        self.cell: list[str] | None = None

    def _flush(self) -> None:
        text = "".join(self.current)
        if not self.in_pre:
            text = re.sub(r"\s+", " ", text).strip()
        self.current = []
        if not text:
            return
        if self.heading is not None:
            underline = "=" if self.heading <= 2 else "-"
            text = f"{text}\n{underline * len(text)}"
        elif self.quote:
            text = textwrap.indent(text, "  | ")
        self.blocks.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS or tag == "li":
            self._flush()
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.heading = int(tag[1])
        elif tag == "blockquote":
            self.quote += 1
        elif tag == "pre":
            self.in_pre = True
        elif tag == "ul":
            self.lists.append([-1])
        elif tag == "ol":
            self.lists.append([0])
        elif tag == "li" and self.lists:
            counter = self.lists[-1]
            indent = "  " * (len(self.lists) - 1)
            if counter[0] >= 0:
                counter[0] += 1
                self.current.append(f"{indent}{counter[0]}. ")
            else:
                self.current.append(f"{indent}- ")
        elif tag == "table":
            self.table = []
        elif tag == "tr":
            self.row = []
        elif tag in {"td", "th"}:
            self.cell = []
        elif tag == "br":
            self.current.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"td", "th"} and self.row is not None and self.cell is not None:
            self.row.append(re.sub(r"\s+", " ", "".join(self.cell)).strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if self.table is not None:
                self.table.append(" | ".join(self.row))
            self.row = None
        elif tag == "table" and self.table is not None:
            if self.table:
                self.blocks.append("\n".join(self.table))
            self.table = None
        elif tag in _BLOCKS or tag == "li":
            self._flush()
            if tag.startswith("h") and len(tag) == 2:
                self.heading = None
            elif tag == "blockquote":
                self.quote -= 1
            elif tag == "pre":
                self.in_pre = False
            elif tag in {"ul", "ol"} and self.lists:
                self.lists.pop()

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.current.append(data)

    def text(self) -> str:
        self._flush()
        return "\n\n".join(self.blocks)


def html_to_text(fragment: str) -> str:
    collector = _TextCollector()
    collector.feed(fragment.replace(f"\u00a0{EXTERNAL_MARK}", ""))
    collector.close()
    return html.unescape(collector.text())


def markdown_to_text(text: str) -> str:
    """Plain text of a Markdown body: what the reader sees, without markup."""
    return html_to_text(markdown_to_html(text))
