"""What a REFI-QDA project carries of one conference: its groups' notes, plenary points and assessment, no names.

Read from the file once, in the minutes' order, so :mod:`dialog.export.qdpx`
can lay each group's notes out as one text and code every note where it stands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dialog.core.assessment import get_assessment
from dialog.core.conference import read_conference
from dialog.core.conference_themes import list_themes
from dialog.core.database import open_conference
from dialog.core.groups import list_groups
from dialog.core.notes import list_notes
from dialog.core.plenary import list_plenary_points
from dialog.core.rows import Theme


@dataclass(frozen=True)
class Passage:
    """One coded stretch of text: a note or a plenary point, with its code (a note kind or a plenary kind)."""

    id: str
    code: str
    role_letter: str
    text: str


@dataclass(frozen=True)
class GroupTexts:
    """A work group: its name, theme codes, role letters of its members, and its notes in order."""

    id: str
    name: str
    themes: list[str]
    role_letters: list[str]
    notes: list[Passage]


@dataclass(frozen=True)
class ConferenceTexts:
    """Everything of one conference that goes into the project (see the module's docstring)."""

    id: str
    district: str
    date: str
    language: str
    groups: list[GroupTexts]
    plenary: list[Passage]
    assessment: str
    themes: list[Theme] = field(default_factory=list)


def read_texts(path: Path) -> ConferenceTexts:
    """Read one conference file (read-only) for the project."""
    db = open_conference(path, read_only=True)
    try:
        facts = read_conference(db)
        letters = {code: letter for code, letter in db.execute("SELECT code, letter FROM role ORDER BY position")}
        groups = []
        for group in list_groups(db):
            notes = [Passage(note["id"], note["kind"], note["role_letter"], note["text"])
                     for note in list_notes(db, group["id"]) if note["text"].strip()]
            present = [letters[code] for code in letters if group["members"].get(code)]
            groups.append(GroupTexts(group["id"], group["name"], list(group["themes"]), present, notes))
        plenary = [Passage(point["id"], point["kind"], "", point["text"])
                   for point in list_plenary_points(db) if point["text"].strip()]
        themes = list_themes(db)
        return ConferenceTexts(facts["id"], facts["district"], facts["date"], facts["language"], groups, plenary,
                               get_assessment(db), themes)
    finally:
        db.close()
