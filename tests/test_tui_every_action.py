"""A conference built through every action of the app's screens, with real key presses, survives the JSON round trip.

The conference is made from the picker, prepared in Setup, run through every
phase (and back once), with the group-work clock paused and given more time,
phones and a laptop writing through the room, and finished with the leader's
assessment. Its JSON export is imported into a new file and exported again:
the two documents must be identical, and SQLite must find the same rows, with
the same types, in every table of both files.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import aiohttp
import pytest
from textual import events
from textual.keys import _character_to_key
from textual.widgets import DataTable, Input, ListView, OptionList, Select, SelectionList, TextArea

from bench.ports import free_port
from dialog.core.database import open_conference
from dialog.tui.app import create_app
from dialog.tui.screens.confirm import ConfirmScreen
from dialog.tui.screens.form import FormScreen
from dialog.tui.screens.paper_form import PaperFormScreen
from dialog.tui.screens.room import RoomScreen
from dialog.tui.screens.text_prompt import TextPromptScreen
from tests.conference_contents import conference_tables, sqlite_contents
from tests.tui_helpers import hidden, list_rows, rows_in, settle, text_of, wait_for

pytestmark = pytest.mark.long  # started first (tests/conftest.py)

# -- typing --------------------------------------------------------------------------------------


async def type_text(pilot, text: str) -> None:
    """Type ``text`` in one burst, as a quick typist does, each key as the terminal sends it.

    Pilot.press() knows no key for characters such as «, – or an emoji, so each
    character goes in as the Key event a terminal makes of it: a key name and
    the character. The app keeps a burst's keys in order (dialog.tui.key_order).
    """
    for character in text:
        if character == "\n":
            pilot.app.post_message(events.Key("enter", "\r"))
        else:
            key = character if character.isalnum() else _character_to_key(character)
            pilot.app.post_message(events.Key(key, character))
    await keys_handled(pilot)


async def keys_handled(pilot) -> None:
    """Wait until the app has handled every key typed so far (it holds a burst's keys back to keep their order)."""
    for _ in range(1000):
        await pilot.pause()
        if not getattr(pilot.app, "_key_backlog", None) and not pilot.app.message_queue_size:
            return
    raise AssertionError("the app did not take the typed keys")


async def focus(pilot, selector: str) -> None:
    """Put the cursor in a field (as a click or a few Tabs would)."""
    pilot.app.screen.query_one(selector).focus()
    await pilot.pause()


async def fill(pilot, selector: str, text: str) -> None:
    """Clear a one-line field and type ``text`` into it."""
    await focus(pilot, selector)
    await pilot.press("home", "ctrl+k")
    await type_text(pilot, text)


async def append(pilot, selector: str, text: str) -> None:
    """Type ``text`` at the end of a multi-line field."""
    await focus(pilot, selector)
    field = pilot.app.screen.query_one(selector)
    if isinstance(field, TextArea):
        await pilot.press(*["down"] * field.document.line_count)
    await pilot.press("end")
    await type_text(pilot, text)


async def choose(pilot, selector: str, words: str) -> None:
    """Open a list box and pick the option whose label holds ``words``, by typing them."""
    select = pilot.app.screen.query_one(selector, Select)
    select.focus()
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    await type_text(pilot, words)
    await pilot.press("enter")
    await pilot.pause()


async def tick(pilot, selector: str, label_start: str) -> None:
    """Tick the option of a check list whose label starts with ``label_start`` (arrow keys, then Space)."""
    checklist = pilot.app.screen.query_one(selector, SelectionList)
    checklist.focus()
    await pilot.pause()
    labels = [str(checklist.get_option_at_index(i).prompt) for i in range(checklist.option_count)]
    target = next(i for i, label in enumerate(labels) if label.startswith(label_start))
    await pilot.press("home", *["down"] * target, "space")


async def save_form(pilot) -> None:
    """Ctrl+S in a form: it closes, and the store has the change."""
    assert isinstance(pilot.app.screen, FormScreen)
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert not isinstance(pilot.app.screen, FormScreen), "the form refused its values"


async def confirm(pilot) -> None:
    """The confirmation window: move to its action button if "No" has the focus, Enter."""
    screen = pilot.app.screen
    assert isinstance(screen, ConfirmScreen)
    if screen.focused is not None and screen.focused.id == "no":
        await pilot.press("shift+tab")
    await pilot.press("enter")
    await settle(pilot)


async def focus_list(pilot, selector: str) -> None:
    """Put the cursor in a list."""
    pilot.app.screen.query_one(selector, ListView).focus()
    await pilot.pause()


async def select_row_with(pilot, selector: str, words: str) -> None:
    """Put the cursor of a list on the row that shows ``words`` (arrow keys from where it is)."""
    listing = pilot.app.screen.query_one(selector, ListView)
    listing.focus()
    await pilot.pause()
    rows = list_rows(listing)
    matches = [index for index, row in enumerate(rows) if words in row]
    assert matches, f"no row shows {words!r}: {rows}"
    step = matches[0] - (listing.index or 0)
    await pilot.press(*["down" if step > 0 else "up"] * abs(step))
    assert listing.index == matches[0]


async def next_tab(pilot) -> None:
    """Ctrl+PageDown: the screen's next tab."""
    await pilot.press("ctrl+pagedown")
    await settle(pilot)


# -- the picker and Setup --------------------------------------------------------------------------


async def create_conference_from_the_picker(pilot, district: str, date: str, venue: str) -> None:
    """Picker: n, the new-conference form, Enter creates it and opens Setup."""
    await settle(pilot)
    await pilot.press("n")
    await pilot.pause()
    await fill(pilot, "#field-district", district)
    await fill(pilot, "#field-date", date)
    await fill(pilot, "#field-venue", venue)
    await pilot.press("enter")
    await settle(pilot)
    assert pilot.app.screen.PHASE == "setup"


async def save_facts(pilot, **fields: str) -> None:
    """Setup, Facts: fill fields and save with Ctrl+S."""
    for name, text in fields.items():
        await fill(pilot, f"#facts-{name}", text)
    await pilot.press("ctrl+s")
    await settle(pilot)


async def count_attendance(pilot, counts: dict[str, int]) -> None:
    """Setup, Attendance: type a head count per role (saved as typed)."""
    for code, number in counts.items():
        await fill(pilot, f"#count-{code}", str(number))
    await pilot.pause(0.4)
    await settle(pilot)


async def add_finding(pilot, title: str, body: str, quotes: list[str], theme: str | None = None) -> None:
    """Setup, Findings: a adds one (title, text, theme, quotes one per line)."""
    await focus_list(pilot, "#setup-findings ListView")
    await pilot.press("a")
    await pilot.pause()
    await fill(pilot, "#field-title", title)
    await append(pilot, "#field-body", body)
    if theme:
        await choose(pilot, "#field-theme", theme)
    await append(pilot, "#field-quotes", "\n".join(quotes))
    await save_form(pilot)


async def edit_selected_finding(pilot, more_body: str, more_quote: str) -> None:
    """Setup, Findings: e edits the selected finding."""
    await focus_list(pilot, "#setup-findings ListView")
    await pilot.press("e")
    await pilot.pause()
    await append(pilot, "#field-body", more_body)
    await append(pilot, "#field-quotes", "\n" + more_quote)
    await save_form(pilot)


async def move_selected_finding_up(pilot) -> None:
    """Setup, Findings: Shift+↑ moves the selected finding up in the presentation order."""
    await focus_list(pilot, "#setup-findings ListView")
    await pilot.press("shift+up")
    await settle(pilot)


async def import_findings(pilot, path: Path) -> None:
    """Setup, Findings: i reads findings from a Markdown or Word file."""
    await focus_list(pilot, "#setup-findings ListView")
    await pilot.press("i")
    await pilot.pause()
    await fill(pilot, "#field-path", str(path))
    await pilot.press("enter")
    await settle(pilot)


async def add_group(pilot, name: str, themes: list[str], members: dict[str, int]) -> None:
    """Setup, Groups: a adds one (name, themes ticked with Space, members counted by role)."""
    await focus_list(pilot, "#setup-groups ListView")
    await pilot.press("a")
    await pilot.pause()
    await fill(pilot, "#field-name", name)
    for theme in themes:
        await tick(pilot, "#field-themes", theme)
    for code, number in members.items():
        await fill(pilot, f"#field-role_{code}", str(number))
    await save_form(pilot)


async def edit_selected_group(pilot, members: dict[str, int]) -> None:
    """Setup, Groups: e edits the selected group's member counts."""
    await focus_list(pilot, "#setup-groups ListView")
    await pilot.press("e")
    await pilot.pause()
    for code, number in members.items():
        await fill(pilot, f"#field-role_{code}", str(number))
    await save_form(pilot)


async def add_own_theme(pilot, code: str, name_nb: str, name_en: str, parent: str) -> None:
    """Setup, Themes: a adds a theme of the conference's own."""
    await focus_list(pilot, "#setup-themes ListView")
    await pilot.press("a")
    await pilot.pause()
    await fill(pilot, "#field-code", code)
    await fill(pilot, "#field-name_nb", name_nb)
    await fill(pilot, "#field-name_en", name_en)
    await choose(pilot, "#field-parent", parent)
    await save_form(pilot)


async def change_agenda(pilot, phase: str, start: str, minutes: int) -> None:
    """Setup, Agenda: e changes a phase's planned start and minutes."""
    await select_row_with(pilot, "#setup-agenda ListView", phase)
    await pilot.press("e")
    await pilot.pause()
    await fill(pilot, "#field-start", start)
    await fill(pilot, "#field-minutes", str(minutes))
    await save_form(pilot)


# -- moving between phases ------------------------------------------------------------------------


async def next_phase(pilot, expected: str) -> None:
    """F9 and confirm: the conference moves to the next phase (logged)."""
    await pilot.press("f9")
    await pilot.pause()
    await confirm(pilot)
    assert expected == pilot.app.screen.PHASE


async def phase_back(pilot, expected: str) -> None:
    """F8 and confirm: the conference moves back a phase (logged)."""
    await pilot.press("f8")
    await pilot.pause()
    await confirm(pilot)
    assert expected == pilot.app.screen.PHASE


# -- Presentation -------------------------------------------------------------------------------


async def respond_to_finding(pilot, response_key: str, comment: str | None = None) -> None:
    """Presentation: a digit records the room's response; c writes a comment to it."""
    await pilot.press(response_key)
    await settle(pilot)
    if comment is not None:
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(pilot.app.screen, TextPromptScreen)
        await type_text(pilot, comment)
        await pilot.press("ctrl+s")
        await settle(pilot)


async def reveal_room_answers(pilot) -> None:
    """Presentation: r reveals how the room answered the finding from phones (none yet: too few to show)."""
    await pilot.press("r")
    await settle(pilot)
    assert "(under 3)" in text_of(pilot.app.screen, "#room-answers")


async def next_finding(pilot) -> None:
    """Presentation: → shows the next finding."""
    await pilot.press("right")
    await settle(pilot)


# -- Group work ---------------------------------------------------------------------------------


async def write_note(pilot, kind_key: str, role: str, text: str) -> None:
    """Group work: a digit starts a note of that kind, the role letter, Tab, the words, Enter."""
    await focus_list(pilot, "#notes-list")
    await pilot.press(kind_key)
    await type_text(pilot, role)
    await pilot.press("tab")
    await type_text(pilot, text)
    await pilot.press("enter")
    await settle(pilot)


async def edit_selected_note(pilot, more: str) -> None:
    """Group work: e loads the selected note into the entry line; type more, Enter."""
    await pilot.press("e")
    await pilot.pause()
    await pilot.press("end")
    await type_text(pilot, more)
    await pilot.press("enter")
    await settle(pilot)
    await pilot.pause(0.3)
    await settle(pilot)


async def delete_selected_note(pilot) -> None:
    """Group work: d deletes the selected note."""
    await pilot.press("d")
    await settle(pilot)


async def undo_delete(pilot) -> None:
    """Group work: u brings the last deleted note back."""
    await pilot.press("u")
    await settle(pilot)


async def next_group(pilot) -> None:
    """Group work and plenary: ] shows the next group."""
    await pilot.press("right_square_bracket")
    await settle(pilot)


async def pause_or_resume_clock(pilot) -> None:
    """Group work: Space pauses the countdown, or lets it run again."""
    await focus_list(pilot, "#notes-list")
    await pilot.press("space")
    await settle(pilot)


async def five_more_minutes(pilot) -> None:
    """Group work: + gives the groups five more minutes."""
    await focus_list(pilot, "#notes-list")
    await pilot.press("plus")
    await settle(pilot)


# -- Plenary ------------------------------------------------------------------------------------


async def turn_note_into_measure(pilot, words: str, level: str, owner: str, deadline: str) -> None:
    """Plenary, Groups present: m makes the note showing ``words`` a measure."""
    await select_row_with(pilot, "#present-notes", words)
    await pilot.press("m")
    await pilot.pause()
    await choose(pilot, "#field-level", level)
    await fill(pilot, "#field-owner", owner)
    await fill(pilot, "#field-deadline", deadline)
    await save_form(pilot)


async def add_measure(pilot, text: str, theme: str, level: str, status: str) -> None:
    """Plenary, Measures: a adds a measure."""
    await focus_list(pilot, "#measures ListView")
    await pilot.press("a")
    await pilot.pause()
    await append(pilot, "#field-text", text)
    await choose(pilot, "#field-theme", theme)
    await choose(pilot, "#field-level", level)
    await choose(pilot, "#field-status", status)
    await save_form(pilot)


async def edit_selected_measure(pilot, owner: str, status: str) -> None:
    """Plenary, Measures: e edits the selected measure."""
    await focus_list(pilot, "#measures ListView")
    await pilot.press("e")
    await pilot.pause()
    await fill(pilot, "#field-owner", owner)
    await choose(pilot, "#field-status", status)
    await save_form(pilot)


async def priority_dots(pilot, words: str, keys: str) -> None:
    """Plenary, Measures: + and - add and take away priority dots on the measure showing ``words``."""
    for key in keys:  # the list is sorted by dots, so the measure is looked up before each key
        await select_row_with(pilot, "#measures ListView", words)
        await pilot.press({"+": "plus", "-": "minus"}[key])
        await settle(pilot)


async def add_plenary_point(pilot, kind: str, text: str, group: str | None) -> None:
    """Plenary, Plenary points: a records a point (kind, words, the group it came from)."""
    await focus_list(pilot, "#points ListView")
    await pilot.press("a")
    await pilot.pause()
    await choose(pilot, "#field-kind", kind)
    await append(pilot, "#field-text", text)
    if group:
        await choose(pilot, "#field-group", group)
    await save_form(pilot)


async def edit_selected_plenary_point(pilot, more: str) -> None:
    """Plenary, Plenary points: e edits the selected point."""
    await focus_list(pilot, "#points ListView")
    await pilot.press("e")
    await pilot.pause()
    await append(pilot, "#field-text", more)
    await save_form(pilot)


async def delete_row_with(pilot, list_selector: str, words: str) -> None:
    """Any list editor: d deletes the row showing ``words``, after a confirmation."""
    await select_row_with(pilot, list_selector, words)
    await pilot.press("d")
    await pilot.pause()
    await confirm(pilot)


# -- Evaluation ---------------------------------------------------------------------------------


async def add_question(pilot, kind: str, text_nb: str, text_en: str) -> None:
    """Evaluation, Form: a adds a question."""
    await focus_list(pilot, "#template ListView")
    await pilot.press("a")
    await pilot.pause()
    await choose(pilot, "#field-kind", kind)
    await fill(pilot, "#field-text_nb", text_nb)
    await fill(pilot, "#field-text_en", text_en)
    await save_form(pilot)


async def reword_question(pilot, words: str, text_nb: str) -> None:
    """Evaluation, Form: e changes the wording of a question (a new form version once forms are in)."""
    await select_row_with(pilot, "#template ListView", words)
    await pilot.press("e")
    await pilot.pause()
    await fill(pilot, "#field-text_nb", text_nb)
    await save_form(pilot)


async def type_in_paper_forms(pilot, forms: list[dict]) -> None:
    """Evaluation: n opens paper-form entry; per form its sheet number, the role, digits for the scales, the free
    text; Ctrl+S."""
    await pilot.press("n")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, PaperFormScreen)
    for form in forms:
        await focus(pilot, "#sheet")
        await pilot.press(*str(form["sheet"]))
        if form.get("role"):
            await choose(pilot, "#q-role", form["role"])
        await focus(pilot, "#q-matched")
        await pilot.press(*form["scales"])  # each digit answers its scale and moves on
        free_text = [field for field in screen.query(Input) if field.id != "sheet"]
        for field, text in zip(free_text, form.get("texts", [])):  # the free-text questions, in order
            if text:
                field.focus()
                await pilot.pause()
                await type_text(pilot, text)
        await pilot.press("ctrl+s")
        await settle(pilot)
    await pilot.press("escape")
    await settle(pilot)


# -- Closing ------------------------------------------------------------------------------------


async def write_assessment(pilot, text: str) -> None:
    """Closing: the leader's assessment, saved as typed."""
    await focus(pilot, "#assessment")
    await type_text(pilot, text)
    await pilot.pause(0.5)
    await settle(pilot)


# -- the organiser's overview -------------------------------------------------------------------


async def change_measure_status_in_the_overview(pilot, status: str) -> str:
    """F10 to the picker, o for the overview, its Measures tab, s on the first measure, the new status, Enter.

    Returns the text of the measure that was changed.
    """
    await pilot.press("f10")
    await settle(pilot)
    await pilot.press("o")
    await settle(pilot)
    await pilot.press("ctrl+pagedown")
    await settle(pilot)
    table = pilot.app.screen.query_one("#measures", DataTable)
    assert await wait_for(pilot, lambda: table.row_count > 0), text_of(pilot.app.screen, "#overview-state")
    table.focus()
    await pilot.pause()
    measure = str(table.get_row_at(0)[2])
    await pilot.press("s")
    await pilot.pause()
    choices = pilot.app.screen.query_one("#choices", OptionList)
    labels = [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]
    step = labels.index(status) - (choices.highlighted or 0)
    await pilot.press(*["down" if step > 0 else "up"] * abs(step), "enter")
    await settle(pilot)
    return measure


# -- the room -----------------------------------------------------------------------------------




async def open_the_room(pilot, port: int) -> str:
    """Ctrl+O, loopback, the port, Open; returns the room's address."""
    await pilot.press("ctrl+o")
    await settle(pilot)
    room = pilot.app.screen
    assert isinstance(room, RoomScreen)
    assert await wait_for(pilot, lambda: len(room.query_one("#room-host", Select)._options) > 1)
    room.query_one("#room-host", Select).value = "127.0.0.1"
    await fill(pilot, "#room-port", str(port))
    await pilot.click("#open-room")
    await settle(pilot)
    assert await wait_for(pilot, lambda: pilot.app.room is not None)
    await pilot.press("escape")
    await settle(pilot)
    return f"http://127.0.0.1:{port}"


async def close_the_room(pilot) -> None:
    """Ctrl+O, Close."""
    await pilot.press("ctrl+o")
    await settle(pilot)
    await pilot.click("#close-room")
    assert await wait_for(pilot, lambda: pilot.app.room is None)
    await pilot.press("escape")
    await settle(pilot)


def browser() -> aiohttp.ClientSession:
    """A phone's or laptop's browser: it keeps the room's cookies."""
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def phone_sends_evaluation_form(base: str, token: str, answers: dict[str, str]) -> None:
    """A phone scans the evaluation code, fills in the form and sends it."""
    async with browser() as phone:
        form = await (await phone.get(f"{base}/e/{token}")).text()
        data = {"instance_id": hidden(form, "instance_id"), "csrf": hidden(form, "csrf")}
        data.update({f"q_{code}": value for code, value in answers.items()})
        sent = await phone.post(f"{base}/form", data=data)
        assert sent.status == 200 and str(sent.url) == f"{base}/thanks"


async def laptop_writes_group_note(base: str, token: str, kind: str, role: str, text: str) -> None:
    """An assistant's laptop scans a group's code and adds a note."""
    async with browser() as laptop:
        page = await (await laptop.get(f"{base}/g/{token}")).text()
        sent = await laptop.post(f"{base}/notes", data={"csrf": hidden(page, "csrf"), "kind": kind,
                                                        "role_letter": role, "text": text})
        assert sent.status == 200


# -- the test -----------------------------------------------------------------------------------


def group_ids(path: Path) -> dict[str, str]:
    """Group name -> id, read from the file through SQLite alone (to reach a group's page in the room)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(connection.execute("SELECT name, id FROM work_group").fetchall())
    finally:
        connection.close()


async def build_a_conference_through_every_screen_action(pilot, sessions: Path, process_report: Path) -> Path:
    """Run a whole conference from the keyboard (and the room); return its file."""
    # The picker and Setup.
    await create_conference_from_the_picker(pilot, "Grünerløkka", "2026-11-25", "Schous – sal")
    path = sessions / "2026-11-25-grunerlokka.dialog.sqlite"
    await save_facts(pilot, report_version="2.1 «ny»", interviews="4", informants="12",
                     leaders="Kari N", co_leaders="Ola Å", watched="Per P")
    await next_tab(pilot)
    await count_attendance(pilot, {"user": 8, "relative": 2, "staff": 5, "manager": 3, "nav": 1})
    await next_tab(pilot)
    await add_finding(pilot, "Kontaktperson", "Få kjenner ordet.", ["B2: Hun ringer."])
    await add_finding(pilot, "Krisehjelp mangler", "Kun legevakt.", ["B: Om natta 🌙", "T: Stengt kl. 15."],
                      theme="4.9")
    await add_finding(pilot, "Skal bort", "", [])
    await add_finding(pilot, "Lite kjent IP", "", ["Ingen spurte."], theme="4.2")
    await select_row_with(pilot, "#setup-findings ListView", "Krisehjelp")
    await move_selected_finding_up(pilot)
    await edit_selected_finding(pilot, " Helgene verst.", "P: Vi står alene.")
    await delete_row_with(pilot, "#setup-findings ListView", "Skal bort")
    await import_findings(pilot, process_report)
    await next_tab(pilot)
    await add_group(pilot, "Krisehjelp", ["4.9 "], {"user": 3, "staff": 2, "manager": 1})
    await add_group(pilot, "Bolig", ["4.5 ", "4.6 "], {"user": 1, "staff": 2})
    await select_row_with(pilot, "#setup-groups ListView", "Bolig")
    await edit_selected_group(pilot, {"user": 3, "relative": 1})
    await add_group(pilot, "Skal bort", [], {})
    await delete_row_with(pilot, "#setup-groups ListView", "Skal bort")
    await next_tab(pilot)
    await add_own_theme(pilot, "E1", "Jesperud", "Jesperud work", "Gjennom")
    await next_tab(pilot)
    await change_agenda(pilot, "Group work", "10:15", 45)

    # Presentation: the room's responses.
    await next_phase(pilot, "presentation")
    await respond_to_finding(pilot, "1", "Alle enige «ja» 👍")
    await reveal_room_answers(pilot)
    await next_finding(pilot)
    await respond_to_finding(pilot, "4")
    await next_finding(pilot)
    await respond_to_finding(pilot, "2")
    await respond_to_finding(pilot, "0", "Ikke rukket.")  # cleared again: no response

    # Group work: every kind of note, edited, deleted, brought back; the clock paused and extended.
    await next_phase(pilot, "group_work")
    await write_note(pilot, "1", "B1", "Legevakta svarer")
    await write_note(pilot, "2", "B2", "Ingen om kvelden 🌙")
    await write_note(pilot, "3", "P", "Pårørende også")
    await write_note(pilot, "4", "B", "«Ringte 113»")
    await write_note(pilot, "5", "L", "Krisetelefon")
    await write_note(pilot, "6", "", "Sjekk tider")
    await select_row_with(pilot, "#notes-list", "Legevakta")
    await edit_selected_note(pilot, " i helgene")
    await select_row_with(pilot, "#notes-list", "Sjekk tider")
    await delete_selected_note(pilot)
    await undo_delete(pilot)
    await select_row_with(pilot, "#notes-list", "Pårørende")
    await delete_selected_note(pilot)
    await pause_or_resume_clock(pilot)
    await pilot.pause(0.3)  # the clock stands still for a moment
    await pause_or_resume_clock(pilot)
    await five_more_minutes(pilot)
    await five_more_minutes(pilot)
    await next_group(pilot)
    await write_note(pilot, "1", "B3", "Fellesmiddager")
    await write_note(pilot, "5", "T", "Husmøter månedlig")
    await pause_or_resume_clock(pilot)  # paused when the leader stepped back a phase

    # One phase back and forward again: a second run of group work, with its own clock.
    await phase_back(pilot, "presentation")
    await next_phase(pilot, "group_work")
    await five_more_minutes(pilot)

    # Plenary: measures from notes and typed in, priority dots, plenary points.
    await next_phase(pilot, "plenary")
    await turn_note_into_measure(pilot, "Krisetelefon", "The city", "Helseetaten", "2027-03-01")
    await next_tab(pilot)
    await add_measure(pilot, "Husmøter overalt", "4.5", "The service", "Agreed")
    await select_row_with(pilot, "#measures ListView", "Husmøter")
    await edit_selected_measure(pilot, "Boligkontor", "In progress")
    await priority_dots(pilot, "Krisetelefon", "+++-")
    await priority_dots(pilot, "Husmøter", "+")
    await add_measure(pilot, "Skal bort", "4.9", "NAV", "Dropped")
    await delete_row_with(pilot, "#measures ListView", "Skal bort")
    await next_tab(pilot)
    await add_plenary_point(pilot, "Priority", "Krisetelefon først", "Krisehjelp")
    await add_plenary_point(pilot, "Disagreement", "Husordensregler", "Bolig")
    await add_plenary_point(pilot, "Other", "Skal bort", None)
    await select_row_with(pilot, "#points ListView", "Krisetelefon først")
    await edit_selected_plenary_point(pilot, " – enige")
    await delete_row_with(pilot, "#points ListView", "Skal bort")

    # Evaluation: a question added, paper forms, a phone and a laptop through the room, a reworded question.
    await next_phase(pilot, "evaluation")
    await next_tab(pilot)
    await add_question(pilot, "free text", "Tar med deg?", "Take home?")
    await type_in_paper_forms(pilot, [
        {"sheet": 1, "role": "User", "scales": "45453", "texts": ["Mer tid 🙂", "Telefon", "", "Folk"]},
        {"sheet": 2, "role": "Service staff", "scales": "34344", "texts": ["", "", "Godt ledet."]},
        {"sheet": 3, "scales": "55555", "texts": []},
    ])
    await pilot.press("p")  # numbered sheets for the rest of the room: they go on after the three typed in
    assert await wait_for(pilot, lambda: rows_in(path, "SELECT first FROM printed_sheets") == [{"first": 4}], 20)
    port = free_port()
    base = await open_the_room(pilot, port)
    tokens = pilot.app.room.tokens
    await phone_sends_evaluation_form(base, tokens.evaluation, {"useful": "4", "matched": "5",
                                                                "comments": "Trygt ✓"})
    await laptop_writes_group_note(base, tokens.groups[group_ids(path)["Bolig"]], "works_less_well", "B4",
                                   "Lite personale")
    await close_the_room(pilot)
    await reword_question(pilot, "Hvor nyttig", "Nyttig dag?")
    await type_in_paper_forms(pilot, [{"sheet": 4, "role": "Relative", "scales": "43434", "texts": ["Tolk"]}])
    await delete_row_with(pilot, "#template ListView", "Tar med deg?")

    # Closing: the leader's own assessment.
    await next_phase(pilot, "closing")
    await write_assessment(pilot, "Godt klima – æøå 😊")
    return path


async def test_a_conference_built_through_every_screen_action_survives_the_json_round_trip(cli, sessions, tmp_path):
    process_report = tmp_path / "prosessrapport.md"
    process_report.write_text("# Ventetid på DPS\n\nFor lang ventetid.\n\n- B: Tre måneder 😟\n", encoding="utf-8")
    app = create_app(sessions)
    async with app.run_test(size=(100, 30)) as pilot:
        path = await build_a_conference_through_every_screen_action(pilot, sessions, process_report)
        # The organiser's overview writes a measure's status into the conference file.
        done_measure = await change_measure_status_in_the_overview(pilot, "Done")

    # The actions reached the file.
    contents = sqlite_contents(path)
    empty = sorted(table for table in conference_tables(path) if not contents[table])
    # Only a group's own laptop confirms its notes or flags one (tests/test_web_group_confirm.py), and only a phone
    # answers a finding (tests/test_room_day.py): no leader's screen.
    empty = [table for table in empty if table not in ("group_confirmation", "note_flag", "finding_answer")]
    assert empty == ["display_status"]  # no screen sets a theme's display status by hand (see the report)
    db = open_conference(path)
    try:
        clocks = db.execute("SELECT extra_minutes, paused_seconds, paused_since IS NOT NULL FROM phase_clock "
                            "JOIN phase_log ON phase_log.id = phase_clock.phase_log_id ORDER BY started_at").fetchall()
        notes = db.execute("SELECT kind, role_letter, text, deleted_at IS NOT NULL, author_device FROM note "
                           "ORDER BY group_id, position").fetchall()
        responses = db.execute("SELECT title, body, response, response_comment FROM finding ORDER BY position"
                               ).fetchall()
        quotes = db.execute("SELECT q.role_letter, q.text FROM finding_quote q JOIN finding f ON f.id = q.finding_id "
                            "WHERE f.title = 'Krisehjelp mangler' ORDER BY q.position").fetchall()
        measures = db.execute("SELECT text, level, owner, deadline, status, votes FROM measure "
                              "ORDER BY votes DESC").fetchall()
        sources = db.execute("SELECT source, count(*) FROM evaluation_response GROUP BY source").fetchall()
        versions = db.execute("SELECT count(*) FROM form_template").fetchone()[0]
        log = [row[0] for row in db.execute("SELECT phase FROM phase_log ORDER BY started_at")]
        assessment = db.execute("SELECT text FROM assessment").fetchone()[0]
        facts = db.execute("SELECT district, date, venue, report_version, interviews, informants FROM conference"
                           ).fetchone()
        leaders = db.execute("SELECT name, role FROM leader ORDER BY position").fetchall()
        counts = dict(db.execute("SELECT role_code, count FROM attendance WHERE count > 0").fetchall())
        typed_answers = {row[0] for row in db.execute("SELECT value_text FROM evaluation_answer "
                                                      "WHERE value_text IS NOT NULL")}
    finally:
        db.close()
    assert [(minutes, seconds > 0, paused) for minutes, seconds, paused in clocks] == [(10, True, True),
                                                                                      (5, False, False)]
    assert isinstance(clocks[0][1], float) and clocks[1][1] == 0.0
    assert {kind for kind, *_ in notes} == {"works_well", "works_less_well", "new_angle", "quote", "measure",
                                            "other"}
    assert ("works_well", "B1", "Legevakta svarer i helgene", 0, "terminal") in notes
    assert ("new_angle", "P", "Pårørende også", 1, "terminal") in notes
    assert ("other", "", "Sjekk tider", 0, "terminal") in notes
    assert ("quote", "B", "«Ringte 113»", 0, "terminal") in notes
    assert any(text == "Lite personale" and device not in ("", "terminal")
               for _, _, text, _, device in notes)
    assert responses == [
        ("Krisehjelp mangler", "Kun legevakt. Helgene verst.", "confirmed", "Alle enige «ja» 👍"),
        ("Kontaktperson", "Få kjenner ordet.", "new_angle", ""),
        ("Lite kjent IP", "", None, "Ikke rukket."),
        ("Ventetid på DPS", "For lang ventetid.", None, ""),
    ]
    assert quotes == [("B", "Om natta 🌙"), ("T", "Stengt kl. 15."), ("P", "Vi står alene.")]
    expected_measures = {
        "Krisetelefon": ("Krisetelefon", "city", "Helseetaten", "2027-03-01", "proposed", 2),
        "Husmøter overalt": ("Husmøter overalt", "service", "Boligkontor", None, "in_progress", 1),
    }
    before = expected_measures[done_measure]
    expected_measures[done_measure] = (*before[:4], "done", *before[5:])
    assert measures == list(expected_measures.values())
    assert dict(sources) == {"paper": 4, "phone": 1}
    assert versions == 3  # a question reworded, then one removed, after forms had come in
    assert log == ["setup", "presentation", "group_work", "presentation", "group_work", "plenary", "evaluation",
                   "closing"]
    assert assessment == "Godt klima – æøå 😊"
    assert facts == ("Grünerløkka", "2026-11-25", "Schous – sal", "2.1 «ny»", 4, 12)
    assert leaders == [("Kari N", "leader"), ("Ola Å", "co_leader")]
    assert counts == {"user": 8, "relative": 2, "staff": 5, "manager": 3, "nav": 1}
    assert {"Mer tid 🙂", "Telefon", "Folk", "Godt ledet.", "Trygt ✓", "Tolk"} <= typed_answers

    # Export, import into a new file, export again: the same document, the same rows.
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"
    exported = cli("export", str(path), "--format", "json", "--out", str(first))
    assert exported.code == 0, exported.err
    imported = cli("--sessions", str(tmp_path / "elsewhere"), "import", str(first))
    assert imported.code == 0, imported.err
    copy = Path(imported.out.strip())
    again = cli("export", str(copy), "--format", "json", "--out", str(second))
    assert again.code == 0, again.err
    assert second.read_bytes() == first.read_bytes()
    assert sqlite_contents(copy) == contents
    document = json.loads(first.read_text(encoding="utf-8"))
    assert sorted(row["paused_seconds"] for row in document["tables"]["phase_clock"]) == sorted(c[1] for c in clocks)
