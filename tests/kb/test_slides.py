"""Slides from an article body: one per section or `---` part; model answers marked."""

from __future__ import annotations

from kb.library import load_library
from kb.slides import (
    has_model_answer,
    model_answer,
    split_sections,
    split_slides,
    without_model_answer,
)

BODY = """Intro text.

## Situatie

Facts.

---

More facts.

```
## not a heading
---
```

## Vragen

1. One?

Note: ask the quiet ones first.
Second note line.

## Modelantwoord

The answer.

| a | b |
|---|---|
| 1 | 2 |

## Onderbouwing

- [link](kb:wwft/clientenonderzoek)
"""


def test_one_slide_per_section_and_rule() -> None:
    slides = split_slides("Title", "Summary", BODY)
    assert [s.title for s in slides] == [
        "Title",
        "Title",
        "Situatie",
        "Situatie",
        "Vragen",
        "Modelantwoord",
        "Onderbouwing",
    ]
    assert slides[0].cover and slides[0].body == "Summary"
    assert slides[1].body == "Intro text."
    assert "## not a heading" in slides[3].body  # fenced code is not split
    assert slides[2].body == "Facts."


def test_model_answer_is_marked_and_notes_split_off() -> None:
    slides = split_slides("Title", "Summary", BODY)
    answers = [s for s in slides if s.answer]
    assert [s.title for s in answers] == ["Modelantwoord"]
    assert "| 1 | 2 |" in answers[0].body
    questions = next(s for s in slides if s.title == "Vragen")
    assert questions.body == "1. One?"
    assert questions.notes == "ask the quiet ones first.\nSecond note line."


def test_rule_inside_model_answer_keeps_it_hidden() -> None:
    slides = split_slides("T", "S", "## Model answer\n\nPart one.\n\n---\n\nPart two.\n")
    assert [(s.title, s.answer) for s in slides[1:]] == [
        ("Model answer", True),
        ("Model answer", True),
    ]


def test_handout_body_leaves_out_the_model_answer() -> None:
    body = without_model_answer(BODY)
    assert "The answer." not in body
    assert "## Situatie" in body and "## Onderbouwing" in body
    assert model_answer(BODY).startswith("The answer.")
    assert has_model_answer(BODY) and not has_model_answer("## Situatie\n\nx")
    assert [heading for heading, _ in split_sections(BODY)] == [
        None,
        "Situatie",
        "Vragen",
        "Modelantwoord",
        "Onderbouwing",
    ]


def test_every_shipped_case_has_a_hidden_model_answer_in_both_languages() -> None:
    library = load_library()
    cases = library.section_ids("casussen")
    assert len(cases) >= 10
    for case_id in cases:
        for lang in ("nl", "en"):
            article = library.article(case_id, lang)
            slides = split_slides(article.meta.title, article.meta.summary, article.body)
            assert any(s.answer for s in slides), (case_id, lang)
            assert len(slides) >= 5
