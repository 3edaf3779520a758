"""Everything `toegang check` validates, in one pass: articles, checklists and glossary (the
Library), worksheet definitions, the cases' model worksheet answers and workshop plans.

The model answers are also run through the engine: an organisation that edits a worksheet rule
learns at once which training case no longer reaches its model decision. Warnings (not errors)
name evidence in a model answer that its work form's checklists do not list (an id that drifted
from a checklist, as `toegang worksheet fill` warns for an answers file).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kb.library import Library, load_library
from kb.problems import ContentError, Problem


@dataclass(frozen=True)
class CheckResult:
    library: Library
    worksheets: int
    cases: int
    workshops: int
    warnings: tuple[Problem, ...] = ()


def check_content(root: Path) -> CheckResult:
    """Load and cross-check all content below `root`; raise `ContentError` with every problem."""
    from kb.case_answers import load_case_answers, mismatches, run_case
    from kb.worksheet.definitions import KnownIds, load_definitions
    from kb.worksheet.session import unlisted_evidence
    from kb.workshops import load_workshops

    library = load_library(root)
    problems: list[Problem] = []
    ids = library.ids()
    try:
        definitions = load_definitions(KnownIds.of(library), root)
    except ContentError as exc:
        problems.extend(exc.problems)
        definitions = None
    try:
        cases = load_case_answers(root, ids, definitions)
    except ContentError as exc:
        problems.extend(exc.problems)
        cases = {}
    warnings: list[Problem] = []
    if definitions is not None:
        for item in cases.values():
            loaded = definitions[item.model.definition]
            for message in mismatches(item.model, run_case(item.model, loaded, library.version)):
                problems.append(Problem(item.path, item.line("expect"), f"model answer: {message}"))
            answers = item.model.answers
            for warning in unlisted_evidence(
                loaded.definition, answers, library.checklists.values()
            ):
                where = item.line("answers", warning.args["question"])
                warnings.append(Problem(item.path, where, f"warning: {warning}"))
    try:
        workshops = load_workshops(root, ids, cases.keys())
    except ContentError as exc:
        problems.extend(exc.problems)
        workshops = {}
    if problems:
        raise ContentError(problems)
    return CheckResult(library, len(definitions or {}), len(cases), len(workshops), tuple(warnings))
