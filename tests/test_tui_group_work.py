"""Group work from the keyboard: editing keeps revisions, deleting can be undone, the clock obeys."""

from __future__ import annotations

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.database import open_conference
from dialog.core.groups import add_group
from dialog.core.notes import add_note, list_notes, revisions
from dialog.core.phases import move_to_phase
from dialog.i18n import set_language
from dialog.tui.app import create_app
from dialog.tui.screens.help import HelpScreen
from dialog.tui.widgets.countdown import Countdown
from tests.tui_helpers import settle, text_of


def conference_in_group_work(folder):
    path = folder / "c.dialog.sqlite"
    db = create_conference(path, ConferenceFacts("Alna", "2026-11-25"))
    group = add_group(db, "Gruppe 1", ["4.9"], {"user": 2, "staff": 1})
    add_note(db, group, "works_well", "Legevakta svarer raskt", "B1")
    move_to_phase(db, "group_work")
    db.close()
    return path


def stored(path):
    db = open_conference(path)
    try:
        notes = list_notes(db)
        return notes, {n["id"]: [r["text"] for r in revisions(db, n["id"])] for n in notes}
    finally:
        db.close()


async def test_edit_keeps_one_revision_per_session_and_delete_can_be_undone(tmp_path):
    path = conference_in_group_work(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.screen.PHASE == "group_work"
        await pilot.press("e")
        await pilot.press("end", "space", "i", "space", *"helgene")
        await pilot.pause(0.4)  # autosave after a pause
        await pilot.press("full_stop")
        await pilot.pause(0.4)
        await pilot.press("enter")
        await settle(pilot)
        notes, history = stored(path)
        assert notes[0]["text"] == "Legevakta svarer raskt i helgene."
        assert history[notes[0]["id"]] == ["Legevakta svarer raskt"]  # two saves, one revision
        await pilot.press("d")
        await settle(pilot)
        assert stored(path)[0] == []
        await pilot.press("u")
        await settle(pilot)
        assert [n["text"] for n in stored(path)[0]] == ["Legevakta svarer raskt i helgene."]


async def test_a_bad_role_letter_warns_but_the_words_are_saved(tmp_path):
    path = conference_in_group_work(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("3", "K", "a", "r", "i", "tab", *"Ny", "space", *"vinkel")
        await pilot.pause(0.4)
        await settle(pilot)
        assert "not a role letter" in text_of(app.screen, "#entry-status")
        notes, _ = stored(path)
        assert [(n["kind"], n["role_letter"], n["text"]) for n in notes][-1] == ("new_angle", "", "Ny vinkel")


async def test_countdown_pause_and_more_time(tmp_path):
    path = conference_in_group_work(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        clock = app.screen.query_one(Countdown)
        assert 59 * 60 < clock.seconds_left() <= 60 * 60
        await pilot.press("space")
        paused = clock.seconds_left()
        await pilot.pause(1.1)
        assert clock.seconds_left() == paused
        assert "Paused" in text_of(app.screen, "#countdown-status")
        await pilot.press("plus")
        assert clock.seconds_left() == paused + 300
        await pilot.press("space")
        await pilot.pause(1.1)
        assert clock.seconds_left() < paused + 300


async def test_a_paused_clock_with_more_time_survives_a_restart_and_shows_in_a_second_terminal(tmp_path):
    from dialog.core.phase_clock import current_clock

    path = conference_in_group_work(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("space", "plus", "plus")
        await settle(pilot)
        shown = app.screen.query_one(Countdown).seconds_left()
    db = open_conference(path)
    stored_clock = current_clock(db, "group_work")
    db.close()
    assert stored_clock.paused and stored_clock.extra_minutes == 10
    assert 69 * 60 < shown <= 70 * 60

    again = create_app(tmp_path, path)  # the laptop was restarted, or a second terminal opens the file
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        clock = again.screen.query_one(Countdown)
        assert clock.seconds_left() == shown
        assert "Paused" in text_of(again.screen, "#countdown-status")
        await pilot.press("space")
        await settle(pilot)
        await pilot.pause(1.1)
        assert shown - 3 < clock.seconds_left() < shown
    db = open_conference(path)
    assert not current_clock(db, "group_work").paused
    db.close()


async def test_two_notes_typed_in_one_burst_are_stored_as_typed(tmp_path):
    """The terminal may hand over a whole line of keys at once (a fast typist, a busy moment):
    each key must still reach the field the previous keys moved the cursor to."""
    from textual import events

    path = conference_in_group_work(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.screen.query_one("#notes-list").focus()
        await pilot.pause()
        keys = ["2", "B", "2", "tab", *"Ingen svarer", "enter", "4", "T", "enter", *"Ring meg", "enter"]
        for key in keys:
            app.post_message(events.Key("space" if key == " " else key, key if len(key) == 1 else None))
        for _ in range(3):
            await settle(pilot)
            await pilot.pause(0.3)
    notes, _ = stored(path)
    assert [(n["kind"], n["role_letter"], n["text"]) for n in notes][-2:] == [
        ("works_less_well", "B2", "Ingen svarer"), ("quote", "T", "Ring meg")]


async def test_help_and_palette_list_the_keys_of_the_screen(tmp_path):
    path = conference_in_group_work(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Next phase", "Pause clock", "+5 min", "Works well", "Undo delete"} <= titles
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        actions = {row[1] for row in app.screen.rows}
        assert {"Help", "Next phase", "Phase back", "Pause clock", "Quote", "Undo delete"} <= actions
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.PHASE == "group_work"


async def test_group_work_in_norwegian_and_in_the_light_theme(tmp_path):
    set_language("nb")
    path = conference_in_group_work(tmp_path)
    app = create_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "textual-light"
        await settle(pilot)
        assert "Gruppearbeid" in text_of(app.screen, "#phase-group_work")
        assert "Mellomrom setter på pause" in text_of(app.screen, "#countdown-status")
        assert app.screen.query_one("#notes-list").region.height >= 4  # the list is usable at 80×24


async def test_closing_exports_from_the_keyboard(stovner, sessions, exports):
    app = create_app(sessions, stovner)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.screen.PHASE == "closing"
        await pilot.press("ctrl+e")
        await settle(pilot)
        for _ in range(40):
            if "Exported to" in text_of(app.screen, "#export-status"):
                break
            await pilot.pause(0.05)
        assert "Exported to" in text_of(app.screen, "#export-status")
    exported = list(exports.glob("*.docx"))
    assert [p.name for p in exported] == ["2007-10-17-stovner-referat.docx"]
    from docx import Document

    assert Document(str(exported[0])).paragraphs[0].text == "Referat fra dialogkonferansen – Stovner"


async def test_who_is_heard_shows_when_asked_and_warns_when_one_voice_takes_over(tmp_path):
    """Hidden at first (the screen may be on the projector); v shows notes per role letter beside members;
    a leader who writes most of a group's notes is named by letter, on screen after real key presses."""
    from tests.tui_helpers import screen_text, wait_for

    set_language("nb")
    path = conference_in_group_work(tmp_path)  # Gruppe 1: two users, one staff; one note by B1
    app = create_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Notater/medlemmer" not in screen_text(app)
        await pilot.press("v")
        assert await wait_for(pilot, lambda: "Notater/medlemmer: B 1/2 · T 0/1" in screen_text(app))
        for words in ("Mer tid", "Flere møter", "Bedre rutiner", "Ny telefon", "Felles plan"):
            await pilot.press("1", "T", "1", "enter", *words, "enter")
            await settle(pilot)
        assert await wait_for(pilot, lambda: "⚠ T1 står for 83 % av notatene." in screen_text(app))
        assert "⚠ Brukerne står for 17 % av notatene, men er 67 % av gruppen." in screen_text(app)
        assert "Notater/medlemmer: B 1/2 · T 5/1" in screen_text(app)
        await pilot.press("v")
        assert await wait_for(pilot, lambda: "Notater/medlemmer" not in screen_text(app))
    assert len(stored(path)[0]) == 6


async def test_each_group_gets_its_own_three_minutes_to_report_in_plenary(tmp_path):
    """t starts the shown group's report time in large digits; past three minutes it counts on, marked; the
    next group's clock has not started; coming back shows the first group's time again."""
    from dialog.tui.widgets.report_timer import ReportTimer
    from tests.tui_helpers import wait_for

    set_language("nb")
    path = tmp_path / "c.dialog.sqlite"
    db = create_conference(path, ConferenceFacts("Alna", "2026-11-25"))
    for number in (1, 2):
        group = add_group(db, f"Gruppe {number}", ["4.9"], {"user": 2, "staff": 1})
        add_note(db, group, "works_well", f"Notat fra gruppe {number}", "B1")
    move_to_phase(db, "plenary")
    db.close()
    clock = [1000.0]
    app = create_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        timer = app.screen.query_one(ReportTimer)
        timer.now = lambda: clock[0]
        assert not timer.display or not timer.has_class("running")
        await pilot.press("t")
        assert await wait_for(pilot, lambda: timer.has_class("running") and timer.query_one("#report-digits")
                              .value == "03:00")
        assert timer.region.height >= 3  # large digits, not a line of text
        clock[0] += 200
        assert await wait_for(pilot, lambda: timer.query_one("#report-digits").value == "-00:20")
        assert timer.has_class("overtime")
        assert "gruppens 3 minutter er brukt opp" in text_of(app.screen, "#report-status")
        await pilot.press("right_square_bracket")  # Gruppe 2 has not started
        assert await wait_for(pilot, lambda: not timer.has_class("running"))
        await pilot.press("t")
        clock[0] += 30
        assert await wait_for(pilot, lambda: timer.query_one("#report-digits").value == "02:30")
        await pilot.press("left_square_bracket")
        assert await wait_for(pilot, lambda: timer.query_one("#report-digits").value == "-00:50")
