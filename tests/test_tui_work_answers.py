"""Every key whose work goes to the disk or the network answers in the next frame: a line says what is under way.

Writing the minutes, opening a conference, reading the folder again, making new
QR codes, saving a paper form … each ran on a thread while the screen stood
still until the result came. Now the screen in use says at once what is under
way, in its title line (a dialog: in its status line), and the result takes the
line's place. The tests hold the work at a gate (or hold the conference file, as
another program writing to it would) and look at the frames painted meanwhile:
order, never the clock.
"""

from __future__ import annotations

from textual.widgets import DataTable

from dialog.core.backups import list_backups
from dialog.i18n import set_language
from dialog.tui.app import create_app
from dialog.tui.screens.confirm import ConfirmScreen
from dialog.tui.screens.form import FormScreen
from dialog.tui.screens.overview import OverviewScreen
from dialog.tui.screens.paper_form import PaperFormScreen
from dialog.tui.screens.qr_screen import QrScreen
from tests.painted import Gate, PaintedFrames, no_blinking, stall_the_file
from tests.tui_helpers import settle, text_of, wait_for


async def first_frame(pilot, painted: PaintedFrames, besides=None):
    """The first frame painted since ``painted`` was cleared (besides those of the screen ``besides``)."""
    def there() -> bool:
        return any(besides is None or frame.screen is not besides for frame in painted.frames)

    assert await wait_for(pilot, there, 10), "nothing was painted after the key"
    return painted.first() if besides is None else painted.first_besides(besides)


async def first_frame_after_yes(pilot, ask: str, yes: str):
    """Press ``ask``, which must bring up a yes/no question, then ``yes``: the first frame painted after it."""
    await pilot.press(ask)
    await settle(pilot)
    question = pilot.app.screen
    assert isinstance(question, ConfirmScreen)
    painted = PaintedFrames(pilot.app)
    await pilot.press(yes)
    return await first_frame(pilot, painted, besides=question)


async def test_exporting_the_minutes_says_what_is_under_way_until_they_are_written(stovner, monkeypatch):
    import dialog.export.formats as formats

    set_language("nb")
    export = Gate()
    monkeypatch.setattr(formats, "export_any", export.hold(formats.export_any))
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        closing = app.screen
        no_blinking(closing)
        await settle(pilot)
        painted = PaintedFrames(app)
        file = stall_the_file(app)  # the check for personal data waits for the file
        await pilot.press("ctrl+e")
        assert (await first_frame(pilot, painted)).title == "Ser etter personopplysninger før referatet lages …"
        file.open()
        assert await wait_for(pilot, lambda: closing.sub_title == "Lager referatet …")
        assert await wait_for(pilot, lambda: painted.frames[-1].title == "Lager referatet …")  # painted, too
        export.open()
        assert await wait_for(pilot, lambda: "Eksportert til" in text_of(closing, "#export-status"), 20)
        await settle(pilot)
        assert closing.sub_title == "Stovner 2007-10-17 · Avslutning"  # the result replaced the line
        titles = [frame.title for frame in painted.frames]
        assert titles.index("Ser etter personopplysninger før referatet lages …") < titles.index(
            "Lager referatet …") < titles.index("Stovner 2007-10-17 · Avslutning")


async def test_opening_a_conference_from_the_list_says_so_in_the_next_frame(stovner):
    set_language("nb")
    app = create_app(stovner.parent)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        picker = app.screen
        painted = PaintedFrames(app)
        await pilot.press("enter")
        frame = await first_frame(pilot, painted)
        assert frame.screen is picker and frame.title == "Åpner Stovner 2007-10-17 …"
        assert await wait_for(pilot, lambda: getattr(app.screen, "PHASE", None) == "closing", 10)
        await settle(pilot)
        await pilot.press("f10")
        await settle(pilot)
        assert app.screen is picker and picker.sub_title == "Velg en konferanse"  # its own line again


async def test_reading_the_folder_again_says_so_until_it_is_read(stovner, monkeypatch):
    import dialog.tui.screens.picker as picker_module

    set_language("nb")
    app = create_app(stovner.parent)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        picker = app.screen
        painted = PaintedFrames(app)
        folder = Gate()
        monkeypatch.setattr(picker_module, "list_conferences", folder.hold(picker_module.list_conferences))
        await pilot.press("r")  # nothing changed in the folder: before, nothing on the screen changed either
        assert (await first_frame(pilot, painted)).title == "Leser mappa …"
        folder.open()
        await settle(pilot)
        assert picker.sub_title == "Velg en konferanse" and painted.frames[-1].title == "Velg en konferanse"


async def test_deleting_a_conference_says_so_until_it_is_gone(stovner, monkeypatch):
    import dialog.tui.screens.picker as picker_module

    set_language("nb")
    app = create_app(stovner.parent)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        picker = app.screen
        deleting = Gate()
        monkeypatch.setattr(picker_module, "delete_conference", deleting.hold(picker_module.delete_conference))
        frame = await first_frame_after_yes(pilot, "d", "j")
        assert frame.screen is picker and frame.title == f"Sletter {stovner.name} …"
        deleting.open()
        await settle(pilot)
        assert not stovner.exists() and picker.sub_title == "Velg en konferanse"


async def test_creating_a_conference_says_so_then_that_it_opens(sessions, monkeypatch):
    import dialog.tui.screens.picker as picker_module
    from tests.test_tui_every_action import fill

    set_language("nb")
    sessions.mkdir(parents=True)
    app = create_app(sessions)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        picker = app.screen
        creating = Gate()
        monkeypatch.setattr(picker_module, "create_conference", creating.hold(picker_module.create_conference))
        await pilot.press("n")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        await fill(pilot, "#field-district", "Alna")
        await fill(pilot, "#field-date", "2026-03-12")
        painted = PaintedFrames(app)
        await pilot.press("ctrl+s")
        frame = await first_frame(pilot, painted, besides=form)
        assert frame.screen is picker and frame.title == "Oppretter konferansen for Alna 2026-03-12 …"
        creating.open()
        assert await wait_for(pilot, lambda: getattr(app.screen, "PHASE", None) == "setup", 10)
        titles = [frame.title for frame in painted.frames if frame.screen is picker]
        assert titles[-1].startswith("Åpner ") and titles[-1].endswith(".dialog.sqlite …")


async def test_restoring_a_damaged_files_backup_says_so_until_it_opens(stovner, monkeypatch):
    import dialog.core.restore as restore
    from tests.bad_files import damage_page
    from tests.test_tui_damaged import backed_up

    set_language("nb")
    backed_up(stovner)
    damage_page(stovner, "note")
    assert list_backups(stovner)
    app = create_app(stovner.parent)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        picker = app.screen
        restoring = Gate()
        monkeypatch.setattr(restore, "restore_backup", restoring.hold(restore.restore_backup))
        frame = await first_frame_after_yes(pilot, "enter", "enter")  # "Gjenopprett" is preselected
        assert frame.screen is picker and frame.title == f"Henter fram sikkerhetskopien av {stovner.name} …"
        restoring.open()
        assert await wait_for(pilot, lambda: getattr(app.screen, "PHASE", None) == "closing", 10)


async def test_the_overview_says_it_reads_the_files_and_writes_a_status(stovner, monkeypatch):
    import dialog.tui.screens.overview as overview_module

    set_language("nb")
    app = create_app(stovner.parent)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        overview = app.screen
        assert isinstance(overview, OverviewScreen) and text_of(overview, "#overview-state") == "1 konferanse lest."
        reading = Gate()
        monkeypatch.setattr(overview_module, "build_overview", reading.hold(overview_module.build_overview))
        painted = PaintedFrames(app, text=True)
        await pilot.press("r")
        assert "Leser konferansefilene …" in (await first_frame(pilot, painted)).text
        reading.open()
        await settle(pilot)
        assert "1 konferanse lest." in painted.frames[-1].text

        await pilot.press("ctrl+pagedown")  # the measures
        await settle(pilot)
        overview.query_one("#measures", DataTable).focus()
        writing = Gate()
        monkeypatch.setattr(overview_module, "write_measure_status",
                            writing.hold(overview_module.write_measure_status))
        await pilot.press("s")
        await settle(pilot)
        choice = app.screen
        await pilot.press("down")
        painted.clear()
        await pilot.press("enter")
        frame = await first_frame(pilot, painted, besides=choice)
        assert f"Skriver statusen inn i {stovner.name} …" in frame.text
        writing.open()
        await settle(pilot)
        assert "1 konferanse lest." in painted.frames[-1].text


async def test_a_paper_form_says_it_is_saving_until_the_file_has_it(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, PaperFormScreen)
        await pilot.press("1", "tab", "tab", "4")  # the sheet number, past the role, the first scale
        no_blinking(form)
        await settle(pilot)
        painted = PaintedFrames(app, text=True)
        file = stall_the_file(app)
        await pilot.press("ctrl+s")
        assert "Lagrer skjemaet …" in (await first_frame(pilot, painted)).text
        file.open()
        await settle(pilot)
        assert "1 skjema lagret. Skriv inn det neste." in painted.frames[-1].text


async def test_importing_findings_says_so_until_they_are_in(stovner, tmp_path, monkeypatch):
    import dialog.tui.widgets.findings_editor as findings_module
    from tests.test_tui_every_action import fill, focus_list

    set_language("nb")
    report = tmp_path / "rapport.md"
    report.write_text("# Prosessrapport\n\n## Lite krisehjelp\n\n- «Ingen svarer i helga.»\n", encoding="utf-8")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        setup = app.screen
        await pilot.press("ctrl+pagedown", "ctrl+pagedown")  # facts, attendance, findings
        await settle(pilot)
        await focus_list(pilot, "#setup-findings ListView")
        reading = Gate()
        monkeypatch.setattr(findings_module, "read_blocks", reading.hold(findings_module.read_blocks))
        await pilot.press("i")
        await settle(pilot)
        form = app.screen
        await fill(pilot, "#field-path", str(report))
        painted = PaintedFrames(app)
        await pilot.press("enter")
        frame = await first_frame(pilot, painted, besides=form)
        assert frame.screen is setup and frame.title == "Leser inn funnene fra rapport.md …"
        reading.open()
        await settle(pilot)
        assert setup.sub_title == "Stovner 2007-10-17 · Forberedelse"
        assert painted.frames[-1].title == "Stovner 2007-10-17 · Forberedelse"


async def test_qr_codes_and_new_codes_say_so_at_once(stovner):
    from bench.ports import free_port
    from tests.test_tui_room import open_room_and_wait

    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await open_room_and_wait(pilot, free_port())
        room = app.screen
        no_blinking(room)
        await settle(pilot)
        state = text_of(room, "#room-state")
        assert state.startswith("Rommet er åpent på")
        urls = text_of(room, "#room-urls")

        # Ctrl+R in the room window: new codes, once the question is answered.
        await pilot.press("ctrl+r")
        await settle(pilot)
        question = app.screen
        assert isinstance(question, ConfirmScreen)
        painted = PaintedFrames(app, text=True)
        file = stall_the_file(app)
        await pilot.press("j")
        frame = await first_frame(pilot, painted, besides=question)
        assert frame.screen is room and "Lager nye QR-koder …" in frame.text
        file.open()
        assert await wait_for(pilot, lambda: text_of(room, "#room-urls") != urls, 10)
        await settle(pilot)
        assert text_of(room, "#room-state") == state

        # q on Evaluation: the code comes from the file and the room's process.
        await pilot.press("escape")
        await settle(pilot)
        evaluation = app.screen
        painted.clear()
        file = stall_the_file(app)
        await pilot.press("q")
        frame = await first_frame(pilot, painted)
        assert frame.screen is evaluation and frame.title == "Henter QR-kodene …"
        file.open()
        assert await wait_for(pilot, lambda: isinstance(app.screen, QrScreen), 10)
        await settle(pilot)
        qr = app.screen
        assert evaluation.sub_title == "Stovner 2007-10-17 · Evaluering"

        # Ctrl+R on the QR screen.
        hint = text_of(qr, "#qr-hint")
        await pilot.press("ctrl+r")
        await settle(pilot)
        question = app.screen
        painted.clear()
        file = stall_the_file(app)
        await pilot.press("j")
        frame = await first_frame(pilot, painted, besides=question)
        assert frame.screen is qr and "Lager nye QR-koder …" in frame.text
        file.open()
        await settle(pilot)
        assert text_of(qr, "#qr-hint") == hint
        await pilot.press("escape")
        await settle(pilot)


async def test_screens_slow_to_build_are_announced_first_and_keys_typed_meanwhile_reach_them(stovner):
    """The room window, the list of conferences (its first showing) and the overview each take the loop a while
    to build: the screen in use says one is coming, in the frame after the key, and the new one follows."""
    from textual import events

    from dialog.tui.screens.picker import PickerScreen
    from dialog.tui.screens.room import RoomScreen

    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        closing = app.screen
        no_blinking(closing)
        await settle(pilot)
        painted = PaintedFrames(app)
        await pilot.press("ctrl+o")
        frame = await first_frame(pilot, painted)
        assert frame.screen is closing and frame.title == "Åpner vinduet Rommet …"
        assert await wait_for(pilot, lambda: isinstance(app.screen, RoomScreen))
        await settle(pilot)
        assert closing.sub_title == "Stovner 2007-10-17 · Avslutning"
        await pilot.press("escape")
        await settle(pilot)

        painted.clear()
        app.post_message(events.Key("ctrl+o", None))
        app.post_message(events.Key("escape", None))  # typed before the window is there: it closes the window
        assert await wait_for(pilot, lambda: any(isinstance(frame.screen, RoomScreen) for frame in painted.frames))
        await settle(pilot)
        assert app.screen is closing

        painted.clear()
        await pilot.press("f10")
        frame = await first_frame(pilot, painted)
        assert frame.screen is closing and frame.title == "Går til konferanselista …"
        assert await wait_for(pilot, lambda: isinstance(app.screen, PickerScreen))
        await settle(pilot)
        picker = app.screen

        painted.clear()
        await pilot.press("o")
        frame = await first_frame(pilot, painted)
        assert frame.screen is picker and frame.title == "Åpner oversikten …"
        assert await wait_for(pilot, lambda: isinstance(app.screen, OverviewScreen))
        await settle(pilot)
        assert picker.sub_title == "Velg en konferanse"


async def test_saving_the_facts_with_ctrl_s_says_so_until_the_file_has_them(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        setup = app.screen
        setup.query_one("#facts-venue").focus()
        no_blinking(setup)
        await settle(pilot)
        painted = PaintedFrames(app)
        file = stall_the_file(app)
        await pilot.press("ctrl+s")
        frame = await first_frame(pilot, painted)
        assert frame.screen is setup and frame.title == "Lagrer fakta om konferansen …"
        file.open()
        await settle(pilot)
        assert setup.sub_title == "Stovner 2007-10-17 · Forberedelse"
        assert [n.message for n in app._notifications][-1] == "Fakta om konferansen er lagret."


async def test_quitting_while_the_file_is_slow_says_what_it_waits_for(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        closing = app.screen
        no_blinking(closing)
        await settle(pilot)
        file = stall_the_file(app)
        await pilot.press("end", "x")  # the assessment: its save waits for the file
        await pilot.pause()
        painted = PaintedFrames(app)
        await pilot.press("ctrl+q")
        frame = await first_frame(pilot, painted)
        assert frame.screen is closing and frame.title == "Lagrer det du har skrevet før programmet avslutter …"
        assert app.is_running
        file.open()
        assert await wait_for(pilot, lambda: not app.is_running, 10)


PHASE_KEYS = {"setup": "f2", "presentation": "f3", "group_work": "f4", "plenary": "f5", "evaluation": "f6",
              "closing": "f7"}

WAITING = "Venter på konferansefila …"

# (phase shown, tabs on with Ctrl+PgDn, list to put the cursor in, key, what the title line says first):
# keys whose work is a store job, each answering on the screen before the file does.
KEYS_ON_A_SLOW_FILE = [
    ("presentation", 0, None, "1", WAITING),  # the room's response to the finding on screen
    ("presentation", 0, None, "0", WAITING),  # … taken back
    ("setup", 2, "#setup-findings ListView", "shift+down", WAITING),  # a finding moved down
    ("plenary", 1, "#measures ListView", "plus", WAITING),  # a priority dot
    ("plenary", 1, "#measures ListView", "minus", WAITING),
    ("evaluation", 0, None, "n", WAITING),  # paper forms: the questions come from the file
    ("closing", 0, None, "ctrl+e", "Ser etter personopplysninger før referatet lages …"),
]


async def test_every_key_answers_in_a_frame_of_its_own_while_the_file_is_slow(stovner):
    """Another program holds the file (or the disk is slow): the first frame after each key differs from the
    one before it, painted before the file answers; a key whose answer is the file's own says it waits for it."""
    from tests.painted import painted_text
    from tests.test_tui_every_action import focus_list

    set_language("nb")
    app = create_app(stovner.parent, stovner)
    silent, said = [], {}
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        painted = PaintedFrames(app, text=True)
        for phase, tabs, listing, key, expected in KEYS_ON_A_SLOW_FILE:
            await pilot.press(PHASE_KEYS[phase])
            await settle(pilot)
            screen = app.screen
            for _ in range(tabs):
                await pilot.press("ctrl+pagedown")
                await settle(pilot)
            if listing is not None:
                await focus_list(pilot, listing)
            no_blinking(screen)
            await settle(pilot)
            before = painted_text(screen)
            painted.clear()
            file = stall_the_file(app)
            await pilot.press(key)
            if not await wait_for(pilot, lambda: bool(painted.frames), 5) or painted.first().text == before:
                silent.append((phase, key))
            else:
                said[(phase, key)] = painted.first().title == expected
            file.open()
            await settle(pilot)
            await settle(pilot)
            assert screen.sub_title != WAITING  # the answer has taken its place
            while app.screen is not screen:  # the paper form, the privacy list
                await pilot.press("escape")
                await settle(pilot)
    assert silent == []
    assert all(said.values()), said
