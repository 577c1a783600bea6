"""The minutes say for each group whether its notes were confirmed by the group (and how many are left flagged)."""

from __future__ import annotations

import shutil

import pytest
from docx import Document

from dialog.core.database import open_conference
from dialog.core.group_checks import confirm_notes, flag_note, group_check
from dialog.core.groups import list_groups
from dialog.core.note_history import note_version
from dialog.core.notes import edit_note, list_notes
from dialog.export.minutes_docx import export_minutes


@pytest.fixture(scope="module")
def checked(stovner_template, tmp_path_factory):
    """The Stovner demo where group 1 confirmed, group 2 confirmed and a note changed after, group 3 flagged two
    notes (one of them changed since, so one is left open), and group 4 did nothing."""
    path = tmp_path_factory.mktemp("checked") / stovner_template.name
    shutil.copyfile(stovner_template, path)
    db = open_conference(path)
    try:
        one, two, three, _four = (group["id"] for group in list_groups(db))
        for group in (one, two):
            confirm_notes(db, group, group_check(db, group).token)
        note = list_notes(db, two)[0]
        edit_note(db, note["id"], text=note["text"] + " (rettet av lederen)")
        first, second = list_notes(db, three)[:2]
        for flagged in (first, second):
            flag_note(db, three, flagged["id"], note_version(flagged), "Ikke slik vi sa det")
        edit_note(db, second["id"], role_letter="T")
    finally:
        db.close()
    return path


def line_under_each_group(path) -> dict[str, list[str]]:
    """Each group's Heading 2 -> the paragraphs up to its first Heading 3."""
    found: dict[str, list[str]] = {}
    current = None
    in_groups = False
    for paragraph in Document(str(path)).paragraphs:
        style = paragraph.style.name
        if style == "Heading 1":
            in_groups = paragraph.text in ("Gruppearbeid", "Group work")
            current = None
        elif in_groups and style == "Heading 2":
            current = paragraph.text
            found[current] = []
        elif in_groups and style == "Heading 3":
            current = None
        elif current is not None:
            found[current].append(paragraph.text)
    return found


def test_the_minutes_say_per_group_whether_the_group_confirmed_its_notes(checked, tmp_path):
    lines = list(line_under_each_group(export_minutes(checked, tmp_path / "referat.docx")).values())
    assert len(lines) == 4
    assert lines[0][-1] == "Gruppen bekreftet notatene."
    assert lines[1][-1] == "Notatene ble endret etter at gruppen bekreftet dem."
    assert lines[2][-1] == "Gruppen har ikke bekreftet notatene: 1 notat ble flagget for endring og er ikke endret."
    assert lines[3][-1] == "Gruppen har ikke bekreftet notatene."
    # The group's line why is for the leader, not the document.
    assert "Ikke slik vi sa det" not in "\n".join(p.text for p in Document(str(tmp_path / "referat.docx")).paragraphs)


def test_the_lines_are_in_english_in_english_minutes(checked, tmp_path):
    lines = list(line_under_each_group(export_minutes(checked, tmp_path / "minutes.docx", language="en")).values())
    assert [group[-1] for group in lines] == [
        "The group confirmed its notes.",
        "The notes were changed after the group confirmed them.",
        "The group has not confirmed its notes: 1 note was flagged to change and has not been changed.",
        "The group has not confirmed its notes.",
    ]
