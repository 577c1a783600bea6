"""A whole conference run from setup to closing with real key presses, then the file checked.

The run is made in English and in nynorsk: in nynorsk every screen on the way
is read for bokmål words left behind.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from dialog.core.assessment import get_assessment
from dialog.core.attendance import attendance
from dialog.core.conference import ConferenceFacts, create_conference, list_leaders, read_conference
from dialog.core.database import open_conference
from dialog.core.evaluation import count_responses, tally_scales
from dialog.core.findings import list_findings
from dialog.core.groups import list_groups
from dialog.core.measures import list_measures
from dialog.core.notes import list_notes
from dialog.core.phases import phase_log
from dialog.core.plenary import list_plenary_points
from dialog.i18n import set_language, t
from dialog.tui.app import create_app
from tests.tui_helpers import screen_text, settle

BOKMAL_ONLY = re.compile(r"\b(ikke|hvordan|hvis|noen|bare|hva|hvilke|også|deltakere|tjenester|hjelper)\b", re.I)
"""Words bokmål writes and nynorsk does not (nynorsk: ikkje, korleis, viss, nokon, berre, kva, …)."""


@pytest.fixture(params=["en", "nn"])
def language(request):
    set_language(request.param)
    return request.param


@pytest.fixture
def conference(sessions, language):
    path = sessions / "2026-11-25-grorud.dialog.sqlite"
    create_conference(path, ConferenceFacts("Grorud", "2026-11-25", language=language)).close()
    return path


def no_bokmal_on(app, language: str, seen: list[str]) -> None:
    """In nynorsk, the screen now shows no bokmål word; ``seen`` keeps each screen's phase name."""
    if language != "nn":
        return
    shown = screen_text(app)
    assert BOKMAL_ONLY.findall(shown) == [], shown
    seen.append(t(f"phase.{app.screen.PHASE}"))
    assert seen[-1] in shown


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])


async def focus(pilot, selector: str) -> None:
    """Put the cursor in a field (as a click or a few Tabs would)."""
    pilot.app.screen.query_one(selector).focus()
    await pilot.pause()


async def next_phase(pilot) -> None:
    await pilot.press("f9")
    await pilot.pause()
    await pilot.press("enter")  # "Move" has the focus
    await settle(pilot)


@pytest.mark.long  # started first (tests/conftest.py)
async def test_run_a_conference_from_setup_to_closing(conference, sessions, language):
    app = create_app(sessions, conference)
    seen: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.PHASE == "setup"
        no_bokmal_on(app, language, seen)

        # Facts: venue and leaders, saved with Ctrl+S.
        await focus(pilot, "#facts-venue")
        await type_text(pilot, "Grorud hus")
        await focus(pilot, "#facts-leaders")
        await type_text(pilot, "Kari Ås")
        await pilot.press("ctrl+s")
        await settle(pilot)

        # Attendance: next tab, type counts.
        await pilot.press("ctrl+pagedown")
        await settle(pilot)
        await focus(pilot, "#count-user")
        await type_text(pilot, "6")
        await focus(pilot, "#count-staff")
        await type_text(pilot, "4")
        await pilot.pause(0.4)
        await settle(pilot)

        # Findings: add one with a quote.
        await pilot.press("ctrl+pagedown")
        await settle(pilot)
        app.screen.query_one("#setup-findings ListView").focus()
        await pilot.press("a")
        await pilot.pause()
        await type_text(pilot, "Krisehjelp mangler")
        await pilot.press("tab")
        await type_text(pilot, "Kun legevakta.")
        await pilot.press("tab", "tab")
        await type_text(pilot, "B: Kriser om natta.")
        await pilot.press("ctrl+s")
        await settle(pilot)

        # Groups: add one with two users and one staff member.
        await pilot.press("ctrl+pagedown")
        await settle(pilot)
        app.screen.query_one("#setup-groups ListView").focus()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("tab", "tab")
        await type_text(pilot, "2")  # users
        for _ in range(3):
            await pilot.press("tab")
        await type_text(pilot, "1")  # staff
        await pilot.press("ctrl+s")
        await settle(pilot)

        # Presentation: confirm the finding and comment on it.
        await next_phase(pilot)
        assert app.screen.PHASE == "presentation"
        no_bokmal_on(app, language, seen)
        await pilot.press("1")
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        await type_text(pilot, "Kjent for alle.")
        await pilot.press("ctrl+s")
        await settle(pilot)

        # Group work: two notes, typed the way an assistant would.
        await next_phase(pilot)
        assert app.screen.PHASE == "group_work"
        no_bokmal_on(app, language, seen)
        await pilot.press("2")
        await type_text(pilot, "b1")
        await pilot.press("tab")
        await type_text(pilot, "Ingen å ringe.")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("5")
        await type_text(pilot, "L")
        await pilot.press("enter")
        await type_text(pilot, "Telefon kl. 22.")
        await pilot.press("enter")
        await settle(pilot)

        # Plenary: the measure note becomes a measure; a priority is recorded.
        await next_phase(pilot)
        assert app.screen.PHASE == "plenary"
        no_bokmal_on(app, language, seen)
        app.screen.query_one("#present-notes").focus()
        await pilot.press("down", "m")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("ctrl+pagedown")
        await settle(pilot)
        app.screen.query_one("#measures ListView").focus()
        await pilot.press("plus", "plus", "plus")
        await settle(pilot)
        await pilot.press("ctrl+pagedown")
        await settle(pilot)
        app.screen.query_one("#points ListView").focus()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("tab")
        await type_text(pilot, "Telefon først.")
        await pilot.press("ctrl+s")
        await settle(pilot)

        # Evaluation: three paper forms, scales by digit keys.
        await next_phase(pilot)
        assert app.screen.PHASE == "evaluation"
        no_bokmal_on(app, language, seen)
        await pilot.press("n")
        await settle(pilot)
        for sheet, useful in (("1", "5"), ("2", "4"), ("3", "3")):
            await pilot.press(sheet, "tab", "tab")  # the sheet number, past the role question
            await pilot.press("4", "5", "4", "4", useful)
            await type_text(pilot, "Mer tid")
            await pilot.press("ctrl+s")
            await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)

        # Closing: the leader's assessment, saved as typed.
        await next_phase(pilot)
        assert app.screen.PHASE == "closing"
        no_bokmal_on(app, language, seen)
        app.screen.query_one("#assessment").focus()
        await type_text(pilot, "Godt klima.")
        await pilot.pause(0.5)
        await settle(pilot)

    if language == "nn":
        assert seen == ["Førebuing", "Presentasjon", "Gruppearbeid", "Plenum", "Evaluering", "Avslutning"]
    db = open_conference(conference)
    try:
        facts = read_conference(db)
        assert facts["venue"] == "Grorud hus" and facts["phase"] == "closing" and facts["language"] == language
        assert [row["name"] for row in list_leaders(db)] == ["Kari Ås"]
        counts = {row["code"]: row["count"] for row in attendance(db)}
        assert counts["user"] == 6 and counts["staff"] == 4
        finding = list_findings(db)[0]
        assert finding["title"] == "Krisehjelp mangler"
        quotes = [(q["role_letter"], q["text"]) for q in finding["quotes"]]
        assert quotes == [("B", "Kriser om natta.")]
        assert (finding["response"], finding["response_comment"]) == ("confirmed", "Kjent for alle.")
        group = list_groups(db)[0]
        assert group["members"] == {"user": 2, "staff": 1}
        notes = [(n["kind"], n["role_letter"], n["text"]) for n in list_notes(db)]
        assert notes == [("works_less_well", "B1", "Ingen å ringe."),
                         ("measure", "L", "Telefon kl. 22.")]
        measure = list_measures(db)[0]
        assert (measure["text"], measure["votes"], measure["group_id"]) == ("Telefon kl. 22.", 3, group["id"])
        assert [p["text"] for p in list_plenary_points(db)] == ["Telefon først."]
        assert count_responses(db) == 3
        useful = next(t for t in tally_scales(db) if t.code == "useful")
        assert useful.mean == 4.0
        assert get_assessment(db) == "Godt klima."
        log = phase_log(db)
        assert [row["phase"] for row in log] == ["setup", "presentation", "group_work", "plenary", "evaluation",
                                                 "closing"]
        for row in log:
            datetime.fromisoformat(row["started_at"])  # real times
    finally:
        db.close()


async def test_attendance_typed_from_the_tab_bar_lands_in_the_right_counts(conference, sessions):
    """Open the Attendance tab and type at once: the first digit goes into the first count, Tab to the next."""
    from textual import events

    app = create_app(sessions, conference)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+pagedown")  # Facts -> Attendance
        await settle(pilot)
        for key in ["8", "tab", "2", "tab", "tab", "tab", "5"]:  # one burst, as a fast typist sends it
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await settle(pilot)
        await pilot.pause(0.5)  # the autosave
        await settle(pilot)
    db = open_conference(conference)
    counts = {row["code"]: row["count"] for row in attendance(db)}
    db.close()
    assert {code: n for code, n in counts.items() if n} == {"user": 8, "relative": 2, "manager": 5}
