"""The Evaluation screen at 80×24 in Norwegian, driven by real key presses.

The tally keeps counting after a question is reworded, updates behind the
paper-form dialog as each form is saved, cuts nothing off at 80 columns, and
every free-text answer can be read on its own tab, with possible personal
data marked.
"""

from __future__ import annotations

import io
import re

from rich.console import Console
from textual.widgets import Static

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.database import open_conference
from dialog.core.evaluation import add_response
from dialog.core.privacy import set_watched_names
from dialog.i18n import set_language
from dialog.tui.app import create_app
from dialog.tui.screens.paper_form import PaperFormScreen
from tests.test_tui_every_action import type_text
from tests.tui_helpers import settle, text_of

SCROLLBAR = "▁▂▃▄▅▆▇█▉▊▋▌▍▎▏"


def screen_text(app) -> str:
    """What the terminal shows, as plain text (scroll bars left out)."""
    shown = "\n".join("".join(segment.text for segment in strip) for strip in app.screen._compositor.render_strips())
    return shown.translate(str.maketrans("", "", SCROLLBAR))


def rendered(screen, selector: str) -> str:
    """What a Static holding a Rich table or group shows, as plain text, at the width it has on screen."""
    widget = screen.query_one(selector, Static)
    console = Console(width=widget.content_region.width or 76, record=True, file=io.StringIO())
    console.print(widget.content)
    return console.export_text()


def row(question: str, count: int, mean: str) -> re.Pattern:
    """A tally row as it reads in flat text: the question, n and the mean with a decimal point or comma."""
    return re.compile(re.escape(f"{question} {count} ") + mean.replace(".", "[.,]"))


def flat(text: str) -> str:
    """The words of ``text`` in order, one space between them: wrapped lines read as one."""
    return " ".join(text.split())


async def evaluation_screen(pilot) -> None:
    await settle(pilot)
    await pilot.press("f6")
    await settle(pilot)


async def test_a_question_reworded_with_the_keys_keeps_its_13_answers_in_the_tally(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await evaluation_screen(pilot)
        assert row("Fikk du sagt det du ønsket?", 13, "4.2").search(flat(screen_text(app)))
        await pilot.press("ctrl+left")  # the last tab: the form's questions
        await settle(pilot)
        await pilot.press("down", "down", "e")  # the third question: "Fikk du sagt det du ønsket?"
        await settle(pilot)
        await pilot.press("end", "backspace")
        await type_text(pilot, " i dag?")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+right")  # round to the tally
        await settle(pilot)
        shown = flat(screen_text(app))
        assert re.search(r"\b13 skjema", shown)  # forms returned: unchanged
        assert row("Fikk du sagt det du ønsket i dag?", 13, "4.2").search(shown)  # the newest wording, every answer
        assert ("Ordlyden ble endret etter at svarene kom inn. Svarene gjelder spørsmålet slik det lød da: "
                "«Fikk du sagt det du ønsket?».") in shown
        for question, mean in (("Stemte funnene med dine egne erfaringer?", "4.2"), ("Lærte du noe nytt?", "4.0"),
                               ("Hvor nyttig var konferansen alt i alt?", "4.4")):
            assert row(question, 13, mean).search(shown)
        assert "skjult" not in shown


async def test_nothing_in_the_tally_is_cut_off_at_80_columns(tmp_path):
    path = tmp_path / "sessions" / "c.dialog.sqlite"
    path.parent.mkdir()
    db = create_conference(path, ConferenceFacts("Bjerke", "2007-11-07"))
    add_response(db, {"useful": 4})  # one form: every breakdown hidden
    db.close()
    for language, hidden in (("nb", "skjult: færre enn 3 svar"), ("en", "hidden: fewer than 3 answers")):
        set_language(language)
        app = create_app(path.parent, path)
        async with app.run_test(size=(80, 24)) as pilot:
            await evaluation_screen(pilot)
            lines = screen_text(app).splitlines()
            rows = [line for line in lines if hidden[:8] in line]
            assert len(rows) == 5 and all(hidden in line for line in rows), rows  # the whole words, every scale
            assert all(len(line.rstrip()) <= 80 for line in lines)


async def test_the_tally_behind_the_paper_form_counts_each_form_as_it_is_saved(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await evaluation_screen(pilot)
        evaluation = app.screen
        assert text_of(evaluation, "#tally-count").startswith("13 skjema")
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, PaperFormScreen)
        await pilot.press("1", "tab", "tab", *"55555")  # the sheet number, past the role; a digit per scale
        await type_text(pilot, "Kortere pauser")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, PaperFormScreen)  # still typing in forms: no Escape
        assert text_of(evaluation, "#tally-count").startswith("14 skjema")
        tally = flat(rendered(evaluation, "#tally"))
        assert row("Hvor nyttig var konferansen alt i alt?", 14, "4.4").search(tally)
        await pilot.press("2", "tab", "tab", *"11111")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert text_of(evaluation, "#tally-count").startswith("15 skjema")
        assert row("Hvor nyttig var konferansen alt i alt?", 15, "4.2").search(flat(rendered(evaluation, "#tally")))
        assert "Kortere pauser" in rendered(evaluation, "#free-text")


def add_free_text(path) -> list[str]:
    """Many more free-text answers than a screen holds, one with a phone number and one with a watched name."""
    answers = [f"Svar nummer {number} om oppfølging av individuell plan." for number in range(1, 21)]
    answers[4] = "Ring meg gjerne på 912 34 567 om dette."
    answers[9] = "Kari Nordmann bør få vite hvordan det gikk."
    answers[14] = ("Et langt svar: vi trenger et krisetilbud på kveldstid og i helgene, og det må være folk "
                   "som kjenner oss og vet hva som er gjort før, ikke en ny person hver gang.")
    db = open_conference(path)
    try:
        set_watched_names(db, ["Kari Nordmann"])
        for answer in answers:
            add_response(db, {"follow_up": answer})
    finally:
        db.close()
    return answers


async def test_every_free_text_answer_can_be_read_on_its_own_tab(stovner):
    answers = add_free_text(stovner)
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await evaluation_screen(pilot)
        await pilot.press("ctrl+pagedown")  # from the tally to the free-text answers
        await settle(pilot)
        screen = app.screen
        assert screen.query_one("#evaluation-tabs").active == "tab-free-text"
        shown = screen_text(app)
        assert "Fritekstsvar: 31 · ⚠ mulige personopplysninger i 2 av dem" in flat(shown)
        assert "Var det noe som manglet?" in shown and "• Mer tid i gruppene." in shown
        assert "↑ ↓, PgUp/PgDn og Home/End blar." in shown
        # Everything is there, per question, with the warning marks: the phone number and the watched name.
        everything = flat(rendered(screen, "#free-text"))
        for answer in answers:
            assert flat(answer) in everything
        assert "⚠ Ring meg gjerne på 912 34 567 om dette. ser ut som et telefonnummer" in everything
        assert "⚠ Kari Nordmann bør få vite hvordan det gikk. ser ut som et navn fra lista over navn å passe på" \
            in everything
        assert "Takk for at dere hørte på oss." in everything  # the last question's answers too
        # The list scrolls with the keys, and a long answer wraps within 80 columns.
        scroll = screen.query_one("#free-text-scroll")
        assert app.focused is scroll and scroll.scroll_y == 0 and scroll.max_scroll_y > 0
        await pilot.press("pagedown")
        await settle(pilot)
        assert scroll.scroll_y > 0
        await pilot.press("home")
        for _ in range(scroll.max_scroll_y):  # line by line until the long answer (in form order) is on screen
            if flat(answers[14]) in flat(screen_text(app)):
                break
            await pilot.press("down")
            await settle(pilot, 1)
        assert flat(answers[14]) in flat(screen_text(app))  # whole, wrapped within 80 columns
        await pilot.press("end")
        await settle(pilot)
        assert scroll.scroll_y == scroll.max_scroll_y
        assert "Takk for at dere hørte på oss." in screen_text(app)
        assert all(len(line.rstrip()) <= 80 for line in screen_text(app).splitlines())
