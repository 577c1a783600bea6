"""A full disk or a read-only folder: a clear message, the typed words stay on screen, nothing is corrupted.

One test fills a real 1 MiB tmpfs (and remounts it read-only); it needs the
right to mount, which CI (root in a container) has. The other caps the file
with SQLite's max_page_count, the same "database or disk is full" path, and
runs everywhere.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from dialog.core.database import open_conference
from dialog.core.notes import list_notes
from dialog.tui.app import create_app
from tests.tui_helpers import settle


def notes_and_integrity(path: Path) -> tuple[list[str], str]:
    db = open_conference(path)
    try:
        texts = [note["text"] for note in list_notes(db)]
    finally:
        db.close()
    check = sqlite3.connect(path)
    try:
        return texts, check.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        check.close()


async def type_a_note(pilot, text: str) -> None:
    """Start a note from the keyboard; the long text is pasted, then one more key is typed."""
    pilot.app.screen.query_one("#notes-list").focus()
    await pilot.press("1", "B", "tab")
    pilot.app.screen.query_one("#entry-text", Input).insert_text_at_cursor(text[:-1])
    await pilot.press(text[-1])
    await pilot.pause(0.5)
    await settle(pilot)


def entry(app) -> tuple[str, str]:
    screen = app.screen
    status = screen.query_one("#entry-status", Static).content
    return screen.query_one("#entry-text", Input).value, str(getattr(status, "plain", status))


def cap_the_file(db) -> None:
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")


TROUBLES = {
    # SQLite's own "database or disk is full": no page may be added to the file.
    "full": (cap_the_file, lambda db: db.execute("PRAGMA max_page_count = 1073741823"), "the disk is full"),
    # SQLite's own "attempt to write a readonly database".
    "read-only": (lambda db: db.execute("PRAGMA query_only = ON"), lambda db: db.execute("PRAGMA query_only = OFF"),
                  "cannot be written to"),
}


@pytest.mark.parametrize("trouble", sorted(TROUBLES))
async def test_the_words_stay_on_screen_and_are_saved_when_writing_works_again(stovner, trouble):
    start, end, message = TROUBLES[trouble]
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        app.store.submit(start).result()
        await type_a_note(pilot, "Ingen plass nå" + " med mye tekst" * 400 + "x")
        text, status = entry(app)
        assert text.startswith("Ingen plass nå") and "Not saved yet" in status
        assert any(message in n.message for n in app._notifications)
        app.store.submit(end).result()
        await pilot.pause(3.5)  # the retry timer
        await settle(pilot)
    texts, integrity = notes_and_integrity(stovner)
    assert integrity == "ok"
    assert any(t.startswith("Ingen plass nå") for t in texts)


@pytest.fixture
def tiny_disk(tmp_path):
    mount = tmp_path / "tiny"
    mount.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here; the max_page_count test covers the same path")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    try:
        with filler.open("wb") as handle:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
    except OSError:
        pass  # no space left: that is the point
    return filler


async def test_a_real_full_disk(stovner, tiny_disk):
    path = tiny_disk / stovner.name
    shutil.copy(stovner, path)
    app = create_app(tiny_disk, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        filler = fill(tiny_disk)
        await type_a_note(pilot, "Skrevet mens disken var full")
        text, status = entry(app)
        assert text == "Skrevet mens disken var full" and "Not saved yet" in status
        assert any("the disk is full" in n.message for n in app._notifications)
        filler.unlink()
        await pilot.pause(3.5)
        await settle(pilot)
    texts, integrity = notes_and_integrity(path)
    assert integrity == "ok"
    assert "Skrevet mens disken var full" in texts


async def test_a_conference_in_a_read_only_folder_is_not_opened_and_not_changed(stovner, tiny_disk, tmp_path):
    shutil.copy(stovner, tiny_disk / stovner.name)
    view = tmp_path / "read-only-view"
    view.mkdir()
    subprocess.run(["mount", "--bind", str(tiny_disk), str(view)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
        before = (view / stovner.name).read_bytes()
        app = create_app(view, view / stovner.name)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            assert app.store is None
            assert any("is read-only" in n.message and "damaged" not in n.message.replace("not damaged", "")
                       for n in app._notifications)
        assert (view / stovner.name).read_bytes() == before
        assert sorted(p.name for p in view.iterdir()) == [stovner.name]
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)
