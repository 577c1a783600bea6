"""Keys whose field appears only once the file has answered still land there: paper forms typed in a burst."""

from __future__ import annotations

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.phases import move_to_phase
from dialog.tui.app import create_app
from dialog.tui.screens.paper_form import PaperFormScreen
from tests.tui_helpers import rows_in, settle
from tests.typing_helpers import Typist, busy_cpu, steady, typed_out

FORMS = ["45345", "11111", "54321", "33333", "25252", "44444"]


async def test_paper_forms_typed_without_waiting_for_each_save_are_stored_whole(tmp_path):
    """n, then per form: its sheet number, Tab past the role, a digit for each scale (each moves on), Ctrl+S – the next
    form's digits right behind it. The form is cleared for the next one when the file has it, so the
    digits typed meanwhile must wait for that, not land in the form just saved."""
    path = tmp_path / "2026-11-25-alna.dialog.sqlite"
    db = create_conference(path, ConferenceFacts("Alna", "2026-11-25"))
    move_to_phase(db, "evaluation")
    db.close()
    keys = ["n"] + [key for sheet, form in enumerate(FORMS, start=1) for key in (str(sheet), "tab", "tab", *form,
                                                                                 "ctrl+s")]
    app = create_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        typist = Typist(app, keys, steady(0.05))
        with busy_cpu():
            typist.start()
            await typed_out(pilot, typist)
        assert isinstance(app.screen, PaperFormScreen)
    stored = rows_in(path, "SELECT group_concat(value_int, '') AS scales FROM ("
                           " SELECT a.response_id, a.value_int, r.rowid AS number FROM evaluation_answer a"
                           " JOIN evaluation_response r ON r.id = a.response_id"
                           " JOIN form_question q ON q.id = a.question_id"
                           " WHERE q.kind = 'scale' ORDER BY r.rowid, q.position) GROUP BY response_id ORDER BY number")
    assert [row["scales"] for row in stored] == FORMS
