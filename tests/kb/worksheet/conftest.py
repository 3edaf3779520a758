"""Shared fixtures: the shipped definitions, checked against the ids of the shipped content."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb.loader import default_root
from kb.worksheet.definitions import KnownIds, LoadedDefinition, load_definition

WORKSHEETS = default_root() / "worksheets"


@pytest.fixture(scope="session")
def known() -> KnownIds:
    return KnownIds.of_files(default_root())


@pytest.fixture(scope="session")
def bank(known: KnownIds) -> LoadedDefinition:
    return load_definition(WORKSHEETS / "bank-acceptatie.toml", known)


@pytest.fixture(scope="session")
def aov(known: KnownIds) -> LoadedDefinition:
    return load_definition(WORKSHEETS / "aov-acceptatie.toml", known)


def bank_text() -> str:
    return Path(WORKSHEETS / "bank-acceptatie.toml").read_text("utf-8")
