"""The engine's messages to the officer, in English and Dutch, by a stable id.

A `Message` is its English text (so the command line, logs and callers that compare strings keep
working) and also carries its id, its arguments and its Dutch text: the wizard shows
`message.text(lang)` in the language of the interface. The ids are stable: tests, the wizard and
organisations' own tooling may rely on them; the wording may improve.

Constraint messages come from the definition (bilingual `Text`); all others are in `CATALOG`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kb.models import Text

LANGS = ("en", "nl")

CATALOG: dict[str, dict[str, str]] = {
    # -- one answer ---------------------------------------------------------------------------
    "answer.choose-one": {
        "en": "choose one of: {choices}",
        "nl": "kies een van: {choices}",
    },
    "answer.choose-any": {
        "en": "choose any of: {choices} (a list, without repeats)",
        "nl": "kies uit: {choices} (een lijst, zonder herhalingen)",
    },
    "answer.number": {"en": "give a number", "nl": "geef een getal"},
    "answer.money": {
        "en": "give an amount in euros (at most two decimals)",
        "nl": "geef een bedrag in euro (hoogstens twee decimalen)",
    },
    "answer.date": {"en": "give a date as YYYY-MM-DD", "nl": "geef een datum als JJJJ-MM-DD"},
    "answer.text": {
        "en": "give text of at most {max} characters",
        "nl": "geef tekst van hoogstens {max} tekens",
    },
    "answer.evidence": {
        "en": 'give each item\'s status: {statuses} (or {{"status", "note"}})',
        "nl": 'geef per item de status: {statuses} (of {{"status", "note"}})',
    },
    "answer.unknown-item": {
        "en": "unknown item {item!r} (items: {items})",
        "nl": "onbekend item {item!r} (items: {items})",
    },
    "answer.bad-item": {"en": "unknown item {item!r}", "nl": "onbekend item {item!r}"},
    "answer.check": {
        "en": "record the check with date (YYYY-MM-DD), source, result ({choices}) and by "
        "(who did it)",
        "nl": "leg de controle vast met datum (JJJJ-MM-DD), bron, uitkomst ({choices}) en door wie",
    },
    "answer.rule": {
        "en": "the answer does not meet the rule: {rule}",
        "nl": "het antwoord voldoet niet aan de regel: {rule}",
    },
    # -- finalising ----------------------------------------------------------------------------
    "finalise.choose-decision": {"en": "choose a decision", "nl": "kies een besluit"},
    "finalise.unknown-question": {
        "en": "{question}: no such question in {definition}",
        "nl": "{question}: deze vraag bestaat niet in {definition}",
    },
    "finalise.not-an-option": {
        "en": "{decision} is not an option in {definition}",
        "nl": "{decision} is geen keuze in {definition}",
    },
    "finalise.invalid": {"en": "{question}: {problem}", "nl": "{question}: {problem}"},
    "finalise.missing": {
        "en": "required answers are missing: {questions} (answer them, or decide to ask for "
        "more information or to escalate)",
        "nl": "verplichte antwoorden ontbreken: {questions} (beantwoord ze, of besluit om meer "
        "informatie te vragen of te escaleren)",
    },
    "finalise.rule-error": {
        "en": "a rule could not be computed: {errors}",
        "nl": "een regel kon niet worden berekend: {errors}",
    },
    "finalise.motivation": {
        "en": "give the motivation of the decision",
        "nl": "geef de motivering van het besluit",
    },
    "finalise.override-reason": {
        "en": "an override of the proposed classification needs a written reason "
        "(at least {min} characters)",
        "nl": "een afwijking van de voorgestelde classificatie vraagt een geschreven reden "
        "(minstens {min} tekens)",
    },
    "finalise.override-same": {
        "en": "the override gives the same classification as proposed: remove it",
        "nl": "de afwijking geeft dezelfde classificatie als het voorstel: haal haar weg",
    },
    "finalise.knockout-override": {
        "en": "a knock-out factor ({factors}) cannot be overridden",
        "nl": "van een knock-outfactor ({factors}) kan niet worden afgeweken",
    },
    "finalise.decline-ground": {
        "en": "declining needs a ground: {grounds}",
        "nl": "weigeren vraagt een grond: {grounds}",
    },
    "finalise.decline-ground-unknown": {
        "en": "{ground!r} is not a decline ground here: {grounds}",
        "nl": "{ground!r} is hier geen weigeringsgrond: {grounds}",
    },
    "finalise.basic-account": {
        "en": "declining needs the answer: was a basic payment account considered?",
        "nl": "weigeren vraagt het antwoord: is een basisbetaalrekening overwogen?",
    },
    "finalise.ground-only-decline": {
        "en": "a ground is only given when declining",
        "nl": "een grond hoort alleen bij weigeren",
    },
    "finalise.exploitation-escalate": {
        "en": "signs of exploitation ({signs}) are escalated, not decided here: choose escalate",
        "nl": "signalen van uitbuiting ({signs}) worden geëscaleerd, niet hier besloten: "
        "kies escaleren",
    },
    "finalise.exploitation-reporting": {
        "en": "signs of exploitation ({signs}): answer the reporting question {question}",
        "nl": "signalen van uitbuiting ({signs}): beantwoord de meldvraag {question}",
    },
    "finalise.knockout-accept": {
        "en": "a knock-out factor ({factors}) rules out accepting",
        "nl": "een knock-outfactor ({factors}) sluit accepteren uit",
    },
    "finalise.conditions": {
        "en": "accepting with conditions needs the conditions",
        "nl": "accepteren met voorwaarden vraagt de voorwaarden",
    },
    "finalise.review": {
        "en": "a second person must review this decision ({reasons})",
        "nl": "een tweede persoon moet dit besluit beoordelen ({reasons})",
    },
    "finalise.reviewer-same": {
        "en": "the reviewer must be someone other than the officer",
        "nl": "de tweede beoordelaar moet een ander zijn dan de beoordelaar",
    },
    "finalise.sent-back": {
        "en": "the reviewer sent the worksheet back{note}",
        "nl": "de tweede beoordelaar heeft het werkblad teruggestuurd{note}",
    },
    # -- warnings (never blocking) ------------------------------------------------------------
    "evidence.not-in-checklist": {
        "en": "{question}: {items} not on the checklist for work form {work_form} "
        "(allowed as another document; check the id)",
        "nl": "{question}: {items} staat niet op de checklist voor werkvorm {work_form} "
        "(toegestaan als ander document; controleer de id)",
    },
    # -- why a review is needed ---------------------------------------------------------------
    "review.high-risk": {"en": "high risk", "nl": "hoog risico"},
    "review.override": {
        "en": "the proposed classification is overridden",
        "nl": "er is afgeweken van de voorgestelde classificatie",
    },
    "review.decline": {"en": "the client is declined", "nl": "de cliënt wordt geweigerd"},
}


def _shown(value: Any, lang: str) -> Any:
    """An argument as shown in `lang`: messages translated, lists joined."""
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, list | tuple):
        return ", ".join(str(_shown(item, lang)) for item in value)
    return value


class Message(str):
    """A message to the officer: its English text, with `id`, `args` and `text(lang)`."""

    id: str
    args: Mapping[str, Any]
    texts: Mapping[str, str]

    def __new__(
        cls, text: str, id: str = "", args: Mapping[str, Any] | None = None, **texts: str
    ) -> Message:
        self = super().__new__(cls, text)
        self.id = id
        self.args = dict(args or {})
        self.texts = {"en": text, **texts}
        return self

    def text(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts["en"]


def message(message_id: str, /, **args: Any) -> Message:
    """The catalogue message `message_id` with its arguments filled in, in both languages."""
    templates = CATALOG[message_id]
    texts = {
        lang: templates[lang].format(**{k: _shown(v, lang) for k, v in args.items()})
        for lang in LANGS
    }
    return Message(texts["en"], message_id, args, nl=texts["nl"])


def from_text(message_id: str, text: Text, **args: Any) -> Message:
    """A message whose wording comes from a definition (a constraint message)."""
    return Message(text.en, message_id, args, nl=text.nl)


def in_lang(messages: Iterable[str], lang: str) -> list[str]:
    """Messages in `lang`; plain strings (from elsewhere) as they are."""
    return [m.text(lang) if isinstance(m, Message) else m for m in messages]


def text_of(value: str, lang: str) -> str:
    return value.text(lang) if isinstance(value, Message) else value
