"""Backups at phase changes and every few minutes, health checks on opening, and `dialog restore`."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from dialog.core.backups import KEEP, back_up_if_changed, health_problem, list_backups, make_backup
from dialog.core.database import open_conference
from dialog.core.groups import list_groups
from dialog.core.notes import add_note, list_notes
from dialog.core.restore import restore_backup
from dialog.tui.app import create_app
from dialog.tui.screens.confirm import ConfirmScreen
from tests.bad_files import crashed_writer
from tests.tui_helpers import settle


def note_texts(path: Path) -> list[str]:
    db = open_conference(path)
    try:
        return sorted(note["text"] for note in list_notes(db))
    finally:
        db.close()


def damage(path: Path) -> None:
    """Overwrite a stretch of pages in the middle of the file, as a failing disk might."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 2048)


def test_a_backup_is_a_sound_copy_and_each_reason_keeps_its_newest(stovner):
    db = open_conference(stovner)
    try:
        start = datetime(2026, 11, 25, 10, 0, 0)
        for minute in range(KEEP + 3):
            make_backup(db, stovner, "auto", now=start + timedelta(minutes=minute))
        phase = make_backup(db, stovner, "phase", now=start)
    finally:
        db.close()
    backups = list_backups(stovner)
    assert [b.reason for b in backups].count("auto") == KEEP
    assert [b.reason for b in backups].count("phase") == 1
    newest_auto = next(b for b in backups if b.reason == "auto")
    assert newest_auto.made == start + timedelta(minutes=KEEP + 2)
    assert health_problem(phase) is None
    assert note_texts(phase) == note_texts(stovner)


def test_periodic_backup_only_when_something_changed(stovner):
    db = open_conference(stovner)
    try:
        marker = back_up_if_changed(db, stovner, None)  # where we start
        marker = back_up_if_changed(db, stovner, marker)
        assert list_backups(stovner) == []
        group = list_groups(db)[0]["id"]
        add_note(db, group, "works_well", "Ny etter start", "B")
        marker = back_up_if_changed(db, stovner, marker)
        assert len(list_backups(stovner)) == 1
        back_up_if_changed(db, stovner, marker)
        assert len(list_backups(stovner)) == 1
    finally:
        db.close()
    assert "Ny etter start" in note_texts(list_backups(stovner)[0].path)


async def test_moving_phase_in_the_app_makes_a_backup(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f8")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
    backups = list_backups(stovner)
    assert [b.reason for b in backups] == ["phase"]
    db = open_conference(backups[0].path)
    try:
        assert db.execute("SELECT phase FROM phase_log ORDER BY started_at DESC LIMIT 1").fetchone()[0] == \
            "evaluation"
    finally:
        db.close()


def test_restore_replaces_a_damaged_file_and_keeps_it(stovner, cli):
    db = open_conference(stovner)
    make_backup(db, stovner, "phase")
    db.close()
    expected = note_texts(stovner)
    damage(stovner)
    assert health_problem(stovner) is not None

    listed = cli("restore", str(stovner), "--list")
    assert listed.code == 0 and "phase change" in listed.out and "sound" in listed.out

    result = cli("restore", str(stovner), "--yes")
    assert result.code == 0, result.err
    assert "Restored" in result.out and "kept as" in result.out
    assert health_problem(stovner) is None
    assert note_texts(stovner) == expected
    kept = [b for b in list_backups(stovner) if b.reason == "open"]
    assert len(kept) == 1 and health_problem(kept[0].path) is not None  # the damaged bytes, for the record


def test_restore_refuses_clearly_and_changes_nothing(stovner, cli, tmp_path):
    from tests.conftest import tree_digest

    before = tree_digest(stovner.parent)
    no_backups = cli("restore", str(stovner), "--yes")
    assert no_backups.code == 2 and "no backups" in no_backups.err and no_backups.err.count("\n") == 1
    db = open_conference(stovner)
    make_backup(db, stovner, "auto")
    db.close()
    before = tree_digest(stovner.parent)
    for argv, words in ((["--number", "5", "--yes"], "no backup number 5"),
                        (["--number", "0", "--yes"], "no backup number 0"),
                        ([], "run it in a terminal to confirm")):
        result = cli("restore", str(stovner), *argv)
        assert result.code == 2 and words in result.err and result.err.count("\n") == 1
    assert cli("restore", str(tmp_path)).code == 2
    assert tree_digest(stovner.parent) == before


def test_restore_clears_the_old_files_wal(stovner):
    db = open_conference(stovner)
    backup = make_backup(db, stovner, "auto")
    db.close()
    crashed_writer(stovner, ["Bare i WAL-fila"])
    result = restore_backup(stovner, backup)
    assert "Bare i WAL-fila" not in note_texts(stovner)
    assert health_problem(stovner) is None
    check = sqlite3.connect(stovner)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
    assert "Bare i WAL-fila" in note_texts(result.kept)  # the replaced file is kept whole
    assert result.lacking == {"notes": 1, "forms": 0, "measures": 0}


async def test_opening_a_damaged_file_in_the_app_offers_the_latest_sound_backup(stovner):
    db = open_conference(stovner)
    make_backup(db, stovner, "phase")
    db.close()
    expected = note_texts(stovner)
    damage(stovner)
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "is damaged" in app.screen.question and "Restore the latest sound backup" in app.screen.question
        await pilot.press("enter")  # "Restore" is preselected
        await settle(pilot)
        await settle(pilot)
        assert getattr(app.screen, "PHASE", None) == "closing"  # the demo ends in closing
    assert note_texts(stovner) == expected


async def test_a_damaged_file_without_backups_is_not_opened(stovner):
    damage(stovner)
    digest = stovner.read_bytes()
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.store is None
        assert not isinstance(app.screen, ConfirmScreen)
    assert stovner.read_bytes() == digest
