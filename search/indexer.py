"""The index's schema and how one is built from a `Library` into an empty folder.

Every article is one document per language. Its text goes into three kinds of fields:

- `*_x`: exact words (lower case, accents folded, no stemming, stop words kept for phrases);
- `*_nl` / `*_en`: the same words stemmed in the document's own language, stop words removed;
- `parts`: the parts of every Dutch compound (`arbeidsongeschiktheidsverzekering` gives
  `arbeidsongeschiktheid arbeid ongeschiktheid verzekering`), stemmed in Dutch.

Title, summary (with the topics) and body each have their own fields so queries can weigh
them. Plain text (Markdown rendered and stripped) is stored for snippets. Next to Whoosh's
files the build writes `vocab.json`: every word with its document frequency and its most common
spelling, from which the decompounder, prefix expansion and "Did you mean" work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from kb import Library
from kb.models import Article
from kb.plaintext import markdown_to_text
from search.decompound import Decompounder
from search.text import LANGS, WORD, exact_analyzer, fold, stemming_analyzer

# What the readers of an index share with its build lives in `search.vocabulary` (importable
# without Markdown, pydantic or `kb`): re-exported here.
from search.vocabulary import INDEX_FORMAT as INDEX_FORMAT
from search.vocabulary import PARTS as PARTS
from search.vocabulary import VOCAB_FILE as VOCAB_FILE
from search.vocabulary import Vocabulary as Vocabulary
from search.vocabulary import edit_distance as edit_distance


def make_schema() -> Schema:
    fields: dict[str, Any] = {
        "key": ID(stored=True, unique=True),  # "<lang>:<id>"
        "id": ID(stored=True),
        "lang": ID(stored=True),
        "section": ID(stored=True),
        "kind": ID(stored=True),
        "audience": KEYWORD(stored=True),
        "title": STORED(),
        "summary": STORED(),
        "body": STORED(),
    }
    exact = exact_analyzer()
    for part in PARTS:
        fields[f"{part}_x"] = TEXT(analyzer=exact, phrase=True)
        for lang in LANGS:
            fields[f"{part}_{lang}"] = TEXT(analyzer=stemming_analyzer(lang), phrase=False)
    fields["parts"] = TEXT(analyzer=stemming_analyzer("nl"), phrase=False)
    return Schema(**fields)


@dataclass(frozen=True)
class Doc:
    """One article in one language, as plain text."""

    id: str
    lang: str
    section: str
    kind: str
    audiences: tuple[str, ...]
    title: str
    summary: str
    topics: str
    body: str

    @classmethod
    def from_article(cls, article: Article) -> Doc:
        meta = article.meta
        return cls(
            id=meta.id,
            lang=meta.lang.value,
            section=meta.section,
            kind=meta.kind.value,
            audiences=tuple(a.value for a in meta.audiences),
            title=meta.title,
            summary=meta.summary,
            topics=", ".join(meta.topics),
            body=_readable(markdown_to_text(article.body)),
        )

    def texts(self) -> dict[str, str]:
        # The id's words count as topics: `wwft/herkomst-van-middelen` names its subject.
        slug = self.id.split("/", 1)[-1].replace("-", " ")
        return {
            "title": self.title,
            "summary": f"{self.summary}\n{self.topics}\n{slug}",
            "body": self.body,
        }


def _readable(text: str) -> str:
    """Plain text without the heading underlines and quote bars of `markdown_to_text`, which
    only get in the way of snippets."""
    text = re.sub(r"(?m)^[=-]{3,}$\n?", "", text)
    return re.sub(r"(?m)^  \| ?", "", text)


def compound_parts(text: str, decompounder: Decompounder) -> str:
    """The parts of every compound in `text`, space-separated (one entry per occurrence)."""
    out: list[str] = []
    for match in WORD.finditer(text):
        word = fold(match.group())
        if len(word) >= 7:
            out.extend(decompounder.parts(word))
    return " ".join(out)


def build_into(library: Library, folder: Path, *, procs: int = 1) -> int:
    """Write a complete index for `library` into the empty `folder`; return the document count.

    A plain function: it may fork (`procs` > 1), so never call it from a GUI thread.
    """
    docs = [Doc.from_article(article) for article in library.articles()]
    return build_docs(docs, folder, procs=procs)


def build_docs(docs: list[Doc], folder: Path, *, procs: int = 1) -> int:
    vocabulary = Vocabulary.collect(docs)
    decompounder = vocabulary.decompounder
    ix = whoosh_index.create_in(str(folder), make_schema())
    writer = ix.writer(limitmb=128, procs=procs, multisegment=procs > 1)
    try:
        for doc in docs:
            fields: dict[str, str] = {
                "key": f"{doc.lang}:{doc.id}",
                "id": doc.id,
                "lang": doc.lang,
                "section": doc.section,
                "kind": doc.kind,
                "audience": " ".join(doc.audiences),
                "title": doc.title,
                "summary": doc.summary,
                "body": doc.body,
            }
            texts = doc.texts()
            for part, text in texts.items():
                fields[f"{part}_x"] = text
                fields[f"{part}_{doc.lang}"] = text
            # A compound in the title or summary lends its parts the weight of that field
            # (`privébetaalrekening` in a title is a title match for `betaalrekening`).
            for part in ("title", "summary"):
                extra = compound_parts(texts[part], decompounder)
                fields[f"{part}_{doc.lang}"] += "\n" + extra
            fields["parts"] = compound_parts(texts["body"], decompounder)
            writer.add_document(**fields)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    ix.close()
    vocabulary.save(folder / VOCAB_FILE)
    return len(docs)
