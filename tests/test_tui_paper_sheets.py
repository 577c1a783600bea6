"""Typing paper forms in by sheet number, at 80×24 in Norwegian, by real key presses.

The number comes first; a number typed in already is refused in one line and
what was typed stays on the screen; Ctrl+E opens that sheet to correct it, and
a corrected sheet still counts once.
"""

from __future__ import annotations

from textual.widgets import Input

from dialog.i18n import set_language
from dialog.tui.app import create_app
from dialog.tui.screens.paper_form import PaperFormScreen
from dialog.tui.widgets.scale_input import ScaleInput
from tests.test_tui_every_action import type_text
from tests.tui_helpers import rows_in, settle, text_of


def sheets(path) -> dict[int, str]:
    """Sheet number -> its scale answers in question order, as stored."""
    rows = rows_in(path, "SELECT r.sheet_number AS number, group_concat(a.value_int, '') AS scales FROM ("
                         " SELECT a.* FROM evaluation_answer a JOIN form_question q ON q.id = a.question_id"
                         " WHERE q.kind = 'scale' ORDER BY q.position) a"
                         " JOIN evaluation_response r ON r.id = a.response_id"
                         " WHERE r.sheet_number IS NOT NULL GROUP BY r.id")
    return {row["number"]: row["scales"] for row in rows}


def forms(path) -> int:
    return rows_in(path, "SELECT count(*) AS n FROM evaluation_response")[0]["n"]


async def test_a_sheet_typed_twice_is_refused_in_one_line_and_corrected_with_ctrl_e(stovner):
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
        assert app.focused is form.query_one("#sheet")  # the sheet number first
        await pilot.press("7", "tab", "tab", *"45345")  # the number, past the role, a digit per scale
        await type_text(pilot, "Mer tid")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert sheets(stovner) == {7: "45345"} and forms(stovner) == 14
        assert app.focused is form.query_one("#sheet")  # the next form starts at its number

        await pilot.press("7")
        await settle(pilot)
        assert text_of(form, "#sheet-status") == "Skjema nr. 7 er allerede skrevet inn. Ctrl+E åpner det for retting."
        await pilot.press("tab", "tab", *"11111")
        await type_text(pilot, "Annet ark")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert text_of(form, "#paper-status") == ("skjema nr. 7 er allerede skrevet inn, så dette ble ikke lagret. "
                                                  "Ctrl+E åpner det for retting.")
        assert sheets(stovner) == {7: "45345"} and forms(stovner) == 14  # nothing stored
        typed = [widget.value for widget in form.query(ScaleInput)]
        assert typed == [1, 1, 1, 1, 1] and form.query_one("#q-missing", Input).value == "Annet ark"  # still there

        await pilot.press("ctrl+e", "j")  # open sheet 7 (what was typed over it is thrown away, after asking)
        await settle(pilot)
        assert text_of(form, "#paper-title") == "Retter skjema nr. 7"
        assert [widget.value for widget in form.query(ScaleInput)] == [4, 5, 3, 4, 5]
        assert form.query_one("#q-missing", Input).value == "Mer tid"
        assert form.query_one("#sheet", Input).disabled  # a correction keeps its number
        form.query_one("#q-useful").focus()
        await pilot.press("1")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert text_of(form, "#paper-status") == ("Skjema nr. 7 er rettet (det telles fortsatt én gang). "
                                                  "Skriv inn det neste.")
        assert sheets(stovner) == {7: "45341"} and forms(stovner) == 14  # the same one form, corrected


async def test_saving_without_a_sheet_number_asks_for_it_and_keeps_the_answers(stovner):
    set_language("en")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f6", "n")
        await settle(pilot)
        form = app.screen
        await pilot.press("tab", "tab", *"33333", "ctrl+s")
        await settle(pilot)
        assert text_of(form, "#paper-status") == "Type the form number first (at the top of the sheet)."
        assert app.focused is form.query_one("#sheet")
        assert [widget.value for widget in form.query(ScaleInput)] == [3, 3, 3, 3, 3] and forms(stovner) == 13
        await pilot.press("2", "ctrl+s")
        await settle(pilot)
        assert sheets(stovner) == {2: "33333"} and forms(stovner) == 14
