"""Work off the loop answers with named messages a test (and a newcomer) can follow.

Every store job and every worker thread answers the widget that asked with a
named reply (``NotesLoaded``, ``NoteSaved``, ``PhaseMoved``, ``HealthChecked`` …)
whose value is what the work gave; a failure answers with ``WorkFailed`` and one
line for the leader. These tests watch the messages with ``message_hook`` while
the leader uses the app by its keys, and check the value against the file.
"""

from __future__ import annotations

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.i18n import set_language
from dialog.tui.app import create_app
from dialog.tui.replies import Reply, WorkFailed
from dialog.tui.store_replies import ConferenceOpened, FindingsImported, NoteSaved, NotesLoaded, PhaseMoved
from dialog.tui.work_results import ConferencesListed, HealthChecked, ReportRead
from tests.test_tui_durability import notes_in
from tests.test_tui_language import REPORT, import_report, next_tab, notices
from tests.test_tui_note_entry import conference_in_group_work
from tests.tui_helpers import Heard, rows_in, screen_text, settle, wait_for
from tests.typing_helpers import Note


async def test_opening_typing_a_note_and_moving_on_answer_with_named_replies_holding_what_the_file_holds(tmp_path):
    set_language("nb")
    path, _group = conference_in_group_work(tmp_path)
    heard = Heard()
    app = create_app(tmp_path, path)
    async with app.run_test(size=(80, 24), message_hook=heard) as pilot:
        await settle(pilot)
        assert await wait_for(pilot, lambda: heard.of(NotesLoaded))
        checked = heard.of(HealthChecked)
        assert len(checked) == 1 and checked[0].value.problem is None  # the file was checked before it opened
        opened = heard.of(ConferenceOpened)
        assert len(opened) == 1 and opened[0].value.facts["district"] == "Alna"
        notes, _watched, _letters = heard.of(NotesLoaded)[-1].value
        assert [note["text"] for note in notes] == ["Legevakta svarer raskt"]

        await pilot.press(*Note("works_less_well", "B2", "Ingen ringer tilbake").keys())
        assert await wait_for(pilot, lambda: heard.of(NoteSaved))
        await settle(pilot)
        saved = heard.of(NoteSaved)  # saved as it was typed, and once more at Enter
        assert saved and all(reply.value.changed_elsewhere is False for reply in saved)
        assert ("works_less_well", "B2", "Ingen ringer tilbake") in notes_in(path)

        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("enter")  # "Flytt" has the focus
        assert await wait_for(pilot, lambda: heard.of(PhaseMoved))
        moved = heard.of(PhaseMoved)
        assert len(moved) == 1 and moved[0].value.current == "plenary"
        await settle(pilot)
    # A reply is for the widget that asked: none bubbled on to be run a second time.
    assert all(not message.bubble for message in heard.of(Reply))
    assert not heard.of(WorkFailed)


async def test_the_folder_read_on_a_worker_answers_conferences_listed_with_every_file(stovner):
    set_language("nb")
    heard = Heard()
    app = create_app(stovner.parent)
    async with app.run_test(size=(80, 24), message_hook=heard) as pilot:
        assert await wait_for(pilot, lambda: heard.of(ConferencesListed))
        listings = heard.of(ConferencesListed)[-1].value
        assert [listing.path for listing in listings] == [stovner]
        await settle(pilot)
        assert "Stovner" in screen_text(app)


async def test_a_report_that_cannot_be_read_answers_work_failed_in_one_line_and_then_a_good_one_is_imported(
        sessions, tmp_path):
    set_language("nb")
    sessions.mkdir(parents=True)
    path = sessions / "2007-11-01-alna.dialog.sqlite"
    create_conference(path, ConferenceFacts("Alna", "2007-11-01")).close()
    broken = tmp_path / "rapport.docx"
    broken.write_bytes(b"PK\x03\x04 this is no Word file" * 20)
    good = tmp_path / "rapport.md"
    good.write_text(REPORT, encoding="utf-8")
    heard = Heard()
    app = create_app(sessions, path)
    async with app.run_test(size=(100, 30), message_hook=heard) as pilot:
        await settle(pilot)
        await next_tab(pilot)
        await next_tab(pilot)
        await import_report(pilot, broken)
        assert await wait_for(pilot, lambda: heard.of(WorkFailed))
        failed = heard.of(WorkFailed)
        assert len(failed) == 1 and failed[0].text and "\n" not in failed[0].text
        assert notices(app)[-1] == failed[0].text  # the leader read the same line
        assert not heard.of(ReportRead) and not heard.of(FindingsImported)
        assert rows_in(path, "SELECT title FROM finding") == []

        await import_report(pilot, good)
        assert await wait_for(pilot, lambda: heard.of(FindingsImported))
        assert [len(blocks.value) > 0 for blocks in heard.of(ReportRead)] == [True]
        assert heard.of(FindingsImported)[0].value.added == 2
    assert [row["title"] for row in rows_in(path, "SELECT title FROM finding ORDER BY position")] == [
        "Lite krisehjelp", "Fastlegen tar seg tid"]
