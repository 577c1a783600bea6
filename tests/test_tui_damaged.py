"""The app on a damaged file: the picker lists it, and damage found on opening or later leads to the backup offer."""

from __future__ import annotations

import subprocess
import sys

import pytest
from textual.widgets import DataTable

from dialog.core.backups import list_backups, make_backup
from dialog.core.database import open_conference
from dialog.tui.app import create_app
from dialog.tui.screens.confirm import ConfirmScreen
from tests.bad_files import damage_page
from tests.test_restore import notes_in
from tests.tui_helpers import settle


def screen_text(app) -> str:
    """What the terminal shows, as plain text."""
    return "\n".join("".join(segment.text for segment in strip) for strip in app.screen._compositor.render_strips())


def backed_up(path):
    db = open_conference(path)
    try:
        return make_backup(db, path, "phase")
    finally:
        db.close()


async def test_the_offer_shows_the_backups_date_at_80_by_24(stovner):
    backup = backed_up(stovner)
    damage_page(stovner, "note")
    made = list_backups(stovner)[0].made
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        shown = " ".join(screen_text(app).replace("█", " ").split())
        assert f"from {made:%Y-%m-%d %H:%M}?" in shown and "Restore" in shown
    assert backup.exists()


@pytest.mark.parametrize("table", ["conference", "note"])
async def test_the_picker_lists_a_damaged_file_and_offers_its_backup(stovner, table):
    backup = backed_up(stovner)
    damage_page(stovner, table)
    app = create_app(stovner.parent, None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.screen.query_one(DataTable).get_row_at(0)[:3] == [stovner.name, "", "damaged"]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen) and "is damaged" in app.screen.question
        await pilot.press("enter")  # "Restore" is preselected
        await settle(pilot)
        await settle(pilot)
        assert getattr(app.screen, "PHASE", None) == "closing"  # the demo ends in closing
    assert notes_in(stovner) == notes_in(backup)


DAMAGE_UNDER_THE_APP = r"""
import sqlite3, sys
path = sys.argv[1]
connection = sqlite3.connect(path)
connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
pages = [row[0] for row in connection.execute("SELECT pageno FROM dbstat WHERE name = 'note' AND pagetype = 'leaf'")]
size = connection.execute("PRAGMA page_size").fetchone()[0]
with open(path, "r+b") as handle:
    for page in pages:
        handle.seek((page - 1) * size + 8)
        handle.write(b"\xde\xad\xbe\xef" * 500)
connection.execute("UPDATE conference SET venue = venue")  # a write, so the app reads the file afresh
connection.commit()
connection.close()
"""


async def test_damage_met_by_a_query_after_opening_leads_to_the_offer(stovner):
    backup = backed_up(stovner)
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.store is not None and not isinstance(app.screen, ConfirmScreen)
        # Another program's disk fails under the open conference.
        subprocess.run([sys.executable, "-c", DAMAGE_UNDER_THE_APP, str(stovner)], check=True)
        await pilot.press("f4")  # group work reads the notes
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen), type(app.screen).__name__
        assert "is damaged" in app.screen.question
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert app.store is not None and getattr(app.screen, "PHASE", None) == "closing"
    assert notes_in(stovner) == notes_in(backup)
