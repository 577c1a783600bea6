"""Saving a note from several screens: no wording is ever silently replaced."""

from __future__ import annotations

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.groups import add_group
from dialog.core.note_history import note_version, restore_wording, save_note, wording_version
from dialog.core.notes import edit_note, list_notes, revisions


def test_a_stale_save_keeps_the_other_wording_and_restore_keeps_the_current(tmp_path):
    db = create_conference(tmp_path / "c.dialog.sqlite", ConferenceFacts("Bjerke", "2026-11-25"))
    group = add_group(db, "Gruppe 1", [], {})
    first = save_note(db, "n1", group, "other", "Ventetid", "B")
    assert not first.changed_elsewhere and list_notes(db)[0]["text"] == "Ventetid"
    start = note_version(list_notes(db)[0])
    mine = save_note(db, "n1", group, "other", "Ventetid hos DPS", "B", known_versions=[start], started_from=start)
    assert not mine.changed_elsewhere and [r["text"] for r in revisions(db, "n1")] == ["Ventetid"]
    edit_note(db, "n1", text="Ventetid, tre måneder")  # another screen
    again = save_note(db, "n1", group, "other", "Ventetid hos DPS i høst", "B",
                      known_versions=[start, mine.version], started_from=start)
    assert again.changed_elsewhere and again.version == wording_version("other", "B", "Ventetid hos DPS i høst")
    texts = [r["text"] for r in revisions(db, "n1")]
    assert "Ventetid, tre måneder" in texts and list_notes(db)[0]["text"] == "Ventetid hos DPS i høst"
    other = next(r for r in revisions(db, "n1") if r["text"] == "Ventetid, tre måneder")
    restore_wording(db, "n1", other["id"])
    assert list_notes(db)[0]["text"] == "Ventetid, tre måneder"
    assert "Ventetid hos DPS i høst" in [r["text"] for r in revisions(db, "n1")]
    db.close()
