"""One immutable, in-memory view of all content: articles, links, checklists and glossary.

`load_library()` reads and validates every file, checks what only shows across files
(duplicate ids, an article missing in one language, broken links), and either returns a
`Library` or raises one `ContentError` listing every problem.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from kb import loader
from kb.files import GLOSSARY_FILE, content_root
from kb.files import content_files as content_files  # re-exported
from kb.files import content_version as content_version  # re-exported
from kb.models import LANGUAGES, SECTIONS, Article, Checklist, GlossaryEntry
from kb.problems import ContentError, Problem
from kb.tomlpos import locate


class ArticleNotFound(KeyError):
    """Asked for an id (or language) the library does not hold."""

    def __init__(self, article_id: str, lang: str) -> None:
        super().__init__(article_id)
        self.article_id = article_id
        self.lang = lang

    def __str__(self) -> str:
        return f"no article {self.article_id!r} in language {self.lang!r}"


@dataclass(frozen=True)
class Library:
    """All content, validated and cross-checked. Build it with `load_library()`."""

    root: Path
    version: str
    _articles: Mapping[tuple[str, str], Article]
    _links: Mapping[tuple[str, str], tuple[str, ...]]
    _backlinks: Mapping[tuple[str, str], tuple[str, ...]]
    checklists: Mapping[str, Checklist]
    glossary: tuple[GlossaryEntry, ...]
    _ids: tuple[str, ...] = field(default=())

    # -- articles -----------------------------------------------------------------------
    def article(self, article_id: str, lang: str = "nl") -> Article:
        try:
            return self._articles[(article_id, lang)]
        except KeyError:
            raise ArticleNotFound(article_id, lang) from None

    def has(self, article_id: str, lang: str | None = None) -> bool:
        if lang is None:
            return any((article_id, code) in self._articles for code in LANGUAGES)
        return (article_id, lang) in self._articles

    def ids(self) -> tuple[str, ...]:
        """Every article id, sorted by section order, then id."""
        return self._ids

    def articles(self, lang: str | None = None) -> list[Article]:
        return [
            article
            for (article_id, code), article in sorted(self._articles.items())
            if lang is None or code == lang
        ]

    def section_ids(self, section: str) -> list[str]:
        return [i for i in self._ids if i.split("/", 1)[0] == section]

    # -- links --------------------------------------------------------------------------
    def links(self, article_id: str, lang: str = "nl") -> tuple[str, ...]:
        """Ids this article links to (in the body, then `related`), without repeats."""
        return self._links.get((article_id, lang), ())

    def backlinks(self, article_id: str, lang: str = "nl") -> tuple[str, ...]:
        """Ids of the articles in the same language that link here."""
        return self._backlinks.get((article_id, lang), ())

    # -- glossary -----------------------------------------------------------------------
    def term(self, term_id: str) -> GlossaryEntry | None:
        return next((entry for entry in self.glossary if entry.id == term_id), None)


def _section_order(article_id: str) -> tuple[int, str]:
    section = article_id.split("/", 1)[0]
    rank = SECTIONS.index(section) if section in SECTIONS else len(SECTIONS)
    return rank, article_id


def load_library(root: Path | None = None) -> Library:
    """Load and cross-check everything below `root` (default: the shipped content)."""
    root = content_root(root)
    if not (root / "content").is_dir():
        raise ContentError([Problem(root.as_posix(), 1, "no content/ folder here")])
    problems: list[Problem] = []
    present: set[tuple[str, str]] = set()
    articles = _load_articles(root, problems, present)
    checklists = _load_checklists(root, problems)
    glossary = _load_glossary(root, problems)

    # Ids of files that exist, parsed or not: a file with a TOML error is reported once, not
    # again as a missing translation or as the target of broken links.
    ids = {article_id for article_id, _ in present}
    problems += _missing_languages(articles, present)
    links = _links(articles, ids, problems)
    for shown, text, checklist in checklists:
        problems += _checklist_refs(shown, text, checklist, ids)
    if glossary is not None:
        problems += _glossary_refs(glossary[0], glossary[1], ids)
    if problems:
        raise ContentError(problems)

    backlinks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (source_id, lang), targets in links.items():
        for target in targets:
            backlinks[(target, lang)].append(source_id)
    return Library(
        root=root,
        version=content_version(root, content_files(root)),
        _articles=MappingProxyType(articles),
        _links=MappingProxyType({key: tuple(value) for key, value in links.items()}),
        _backlinks=MappingProxyType(
            {key: tuple(sorted(value, key=_section_order)) for key, value in backlinks.items()}
        ),
        checklists=MappingProxyType(
            {c.id: c for _, _, c in sorted(checklists, key=lambda x: x[2].id)}
        ),
        glossary=glossary[1] if glossary else (),
        _ids=tuple(sorted(ids, key=_section_order)),
    )


def _by_id(entry: tuple[str, str, Checklist]) -> str:
    return entry[2].id


def _load_articles(
    root: Path, problems: list[Problem], present: set[tuple[str, str]]
) -> dict[tuple[str, str], Article]:
    articles: dict[tuple[str, str], Article] = {}
    for path, expected in loader.article_paths(root):
        shown = loader.display_path(path, root)
        wrong_place = loader.path_problem(path, root)
        if wrong_place or expected is None:
            problems.append(wrong_place or Problem(shown, 1, "misplaced article"))
            continue
        present.add((expected, path.relative_to(root / "content").parts[0]))
        try:
            article = loader.parse_article(path.read_bytes(), shown, expected)
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        folder = path.relative_to(root / "content").parts[0]
        if article.lang.value != folder:
            message = f"lang {article.lang.value!r} does not match the language folder {folder!r}"
            problems.append(Problem(shown, article.line_of("lang"), message))
            continue
        key = (article.id, article.lang.value)
        if key in articles:
            message = f"duplicate id {article.id!r}: also in {articles[key].path}"
            problems.append(Problem(shown, article.line_of("id"), message))
            continue
        articles[key] = article
    return articles


def _load_checklists(root: Path, problems: list[Problem]) -> list[tuple[str, str, Checklist]]:
    loaded: list[tuple[str, str, Checklist]] = []
    seen: dict[str, str] = {}
    for path in sorted((root / "checklists").glob("*.toml")):
        shown = loader.display_path(path, root)
        data = path.read_bytes()
        try:
            checklist = loader.parse_checklist(data, shown)
        except ContentError as exc:
            problems.extend(exc.problems)
            continue
        text = data.decode("utf-8")
        if checklist.id in seen:
            message = f"duplicate checklist id {checklist.id!r}: also in {seen[checklist.id]}"
            problems.append(Problem(shown, locate(text, ("id",)), message))
            continue
        seen[checklist.id] = shown
        loaded.append((shown, text, checklist))
    return loaded


def _load_glossary(
    root: Path, problems: list[Problem]
) -> tuple[str, tuple[GlossaryEntry, ...]] | None:
    path = root / GLOSSARY_FILE
    if not path.is_file():
        return None
    data = path.read_bytes()
    try:
        glossary = loader.parse_glossary(data, GLOSSARY_FILE)
    except ContentError as exc:
        problems.extend(exc.problems)
        return None
    return data.decode("utf-8"), tuple(glossary.terms)


def _missing_languages(
    articles: Mapping[tuple[str, str], Article], present: set[tuple[str, str]]
) -> list[Problem]:
    problems = []
    for article_id in sorted({article_id for article_id, _ in present}):
        langs = [lang for lang in LANGUAGES if (article_id, lang) in present]
        for lang in LANGUAGES:
            other = articles.get((article_id, langs[0]))
            if lang not in langs and other is not None:
                message = (
                    f"article {article_id!r} has no {lang!r} version "
                    f"(expected content/{lang}/{article_id}.md)"
                )
                problems.append(Problem(other.path, other.line_of("id"), message))
    return problems


def _links(
    articles: Mapping[tuple[str, str], Article], ids: set[str], problems: list[Problem]
) -> dict[tuple[str, str], list[str]]:
    """Outgoing links per article (body links first, then `related`); report broken ones."""
    links: dict[tuple[str, str], list[str]] = {}
    for key, article in articles.items():
        targets: list[str] = []
        for target, _anchor, line in loader.kb_links(article):
            if target not in ids:
                problems.append(Problem(article.path, line, f"broken link: no article kb:{target}"))
            elif target not in targets and target != article.id:
                targets.append(target)
        for index, related in enumerate(article.meta.related):
            if related not in ids:
                line = article.line_of("related", index)
                problems.append(Problem(article.path, line, f"related: no article {related!r}"))
            elif related not in targets and related != article.id:
                targets.append(related)
        links[key] = targets
    return links


def _checklist_refs(shown: str, text: str, checklist: Checklist, ids: set[str]) -> list[Problem]:
    problems = []
    for index, article_id in enumerate(checklist.articles):
        if article_id not in ids:
            line = locate(text, ("articles", index))
            problems.append(Problem(shown, line, f"articles: no article {article_id!r}"))
    for index, item in enumerate(checklist.items):
        if item.article and item.article not in ids:
            line = locate(text, ("items", index, "article"))
            message = f"items.{item.id}.article: no article {item.article!r}"
            problems.append(Problem(shown, line, message))
    return problems


def _glossary_refs(text: str, glossary: tuple[GlossaryEntry, ...], ids: set[str]) -> list[Problem]:
    problems = []
    for index, entry in enumerate(glossary):
        if entry.article and entry.article not in ids:
            line = locate(text, ("terms", index, "article"))
            message = f"terms.{entry.id}.article: no article {entry.article!r}"
            problems.append(Problem(GLOSSARY_FILE, line, message))
    return problems
