"""What the leader sees speaks one language at a time: numbers, key names, hints, theme names, plurals.

Each test drives the app with real key presses (Pilot) and reads what the
screen shows; the Word minutes are read back with python-docx.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from textual.widgets import Input, Static
from textual.widgets._footer import FooterKey

from dialog.core.attendance import set_attendance
from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.groups import add_group
from dialog.core.measures import add_measure
from dialog.export.minutes_docx import export_minutes
from dialog.i18n import set_language
from dialog.tui.app import create_app
from tests.test_tui_every_action import fill, focus_list, next_tab
from tests.tui_helpers import rows_in, screen_text, settle, text_of, wait_for


def notices(app) -> list[str]:
    return [notification.message for notification in app._notifications]


def word_text(path: Path) -> str:
    document = Document(str(path))
    table_cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + table_cells)


@pytest.mark.parametrize("language, mean, count", [
    ("nb", "4,2", "13 skjemaer levert · 15 deltakere"),
    ("en", "4.2", "13 forms returned · 15 participants"),
])
async def test_the_tally_writes_a_mean_as_the_minutes_do(stovner, tmp_path, language, mean, count):
    set_language(language)
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        assert await wait_for(pilot, lambda: text_of(app.screen, "#tally-count") == count, 10)
        shown = screen_text(app)
    minutes = export_minutes(stovner, tmp_path / "referat.docx", language=language)
    table = next(t for t in Document(str(minutes)).tables  # the evaluation's table, not the room's answers
                 if t.rows[0].cells[1].text == "n" and t.rows[1].cells[0].text.startswith("1. "))
    first = table.rows[1].cells
    assert first[2].text == mean  # the minutes' first scale question …
    question = first[0].text.split(". ", 1)[1]  # the minutes number their questions: "1. Stemte …"
    line = next(line for line in shown.splitlines() if question in line)
    assert f" {first[1].text} " in line and f" {mean} " in line  # … reads the same on the screen


async def test_the_footer_and_the_help_name_the_space_bar_in_norwegian(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        shown = [key.key_display for key in app.screen.query(FooterKey)]
        assert "mellomrom" in shown and "space" not in shown
        await pilot.press("f1")
        await settle(pilot)
        keys = [key for key, _does, _more in app.screen.rows]  # the key column of the table drawn
        assert "mellomrom" in keys and "space" not in keys


async def test_the_space_bar_keeps_its_english_name_on_english_screens(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        assert "space" in [key.key_display for key in app.screen.query(FooterKey)]


@pytest.mark.parametrize("language, hint", [("nb", "ÅÅÅÅ-MM-DD"), ("en", "YYYY-MM-DD")])
async def test_the_date_hint_is_in_the_language_of_its_label(sessions, language, hint):
    set_language(language)
    sessions.mkdir(parents=True)
    app = create_app(sessions)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        field = app.screen.query_one("#field-date", Input)
        await fill(pilot, "#field-date", "")
        assert field.placeholder == hint
        label = [str(label.content) for label in app.screen.query("Label") if "MM-DD" in str(label.content)]
        assert label and all(hint in text for text in label)


async def test_english_screens_show_english_theme_names(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        for _ in range(4):
            await next_tab(pilot)
        themes = [str(item.query_one(Static).content) for item in app.screen.query("#setup-themes ListItem")]
        attitudes = next(line for line in themes if line.startswith("3.1 "))
        assert attitudes.split("  /  ")[0].split(maxsplit=1)[1] == "Attitudes – how users are met"
        await pilot.press("f5")
        await settle(pilot)
        assert text_of(app.screen, "#present-themes") == "4.9 Out-of-hours and crisis services"


def one_of_each(path: Path) -> Path:
    """A conference with one participant, one group and one measure: every count is 1."""
    db = create_conference(path, ConferenceFacts("Alna", "2007-11-01"))
    set_attendance(db, {"user": 1})
    group = add_group(db, "Eneste gruppe", ["4.9"], {"user": 1})
    add_measure(db, "Kriseplan for alle", theme_code="4.9", group_id=group, level="district")
    db.execute("UPDATE conference SET phase = 'closing'")
    db.close()
    return path


@pytest.mark.parametrize("language, line", [
    ("en", "1 participant · 0 evaluation forms · 1 group · 1 measure"),
    ("nb", "1 deltaker · 0 evalueringsskjemaer · 1 gruppe · 1 tiltak"),
])
async def test_the_closing_summary_counts_in_real_plurals(sessions, language, line):
    set_language(language)
    sessions.mkdir(parents=True)
    path = one_of_each(sessions / "2007-11-01-alna.dialog.sqlite")
    app = create_app(sessions, path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f7")
        await settle(pilot)
        summary = "\n".join(str(getattr(w.content, "plain", w.content)) for w in app.screen.query(Static))
        assert line in summary
        assert "(s)" not in summary and "(er)" not in summary


REPORT = ("# Prosessrapport Alna\n\nSkrevet høsten 2007.\n\n## Lite krisehjelp\n\n- «Ingen svarer i helga.» (B)\n\n"
          "## Fastlegen tar seg tid\n\n- T: Vi prøver.\n")


async def import_report(pilot, path: Path) -> None:
    await focus_list(pilot, "#setup-findings ListView")
    await pilot.press("i")
    await settle(pilot)
    await fill(pilot, "#field-path", str(path))
    await pilot.press("enter")
    await settle(pilot)


@pytest.mark.parametrize("language, first, again", [
    ("en", "2 findings imported.", "0 new findings, 2 already there (not imported again)."),
    ("nb", "2 funn importert.", "0 nye funn, 2 fantes fra før (ikke importert på nytt)."),
])
async def test_importing_the_report_again_adds_nothing_and_says_so(sessions, tmp_path, language, first, again):
    set_language(language)
    sessions.mkdir(parents=True)
    path = sessions / "2007-11-01-alna.dialog.sqlite"
    create_conference(path, ConferenceFacts("Alna", "2007-11-01")).close()
    report = tmp_path / "rapport.md"
    report.write_text(REPORT, encoding="utf-8")
    app = create_app(sessions, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await next_tab(pilot)
        await next_tab(pilot)
        await import_report(pilot, report)
        assert notices(app)[-1] == first
        await import_report(pilot, report)
        assert notices(app)[-1] == again
        shown = [str(item.query_one(Static).content) for item in app.screen.query("#setup-findings ListItem")]
        assert len(shown) == 2 and not any("Prosessrapport" in line for line in shown)
    stored = rows_in(path, "SELECT f.title, q.role_letter FROM finding f LEFT JOIN finding_quote q "
                           "ON q.finding_id = f.id ORDER BY f.position")
    assert stored == [{"title": "Lite krisehjelp", "role_letter": "B"},
                      {"title": "Fastlegen tar seg tid", "role_letter": "T"}]


async def new_conference(pilot, district: str, date: str) -> None:
    await pilot.press("n")
    await settle(pilot)
    await fill(pilot, "#field-district", district)
    await fill(pilot, "#field-date", date)
    await pilot.press("enter")
    await settle(pilot)


async def test_the_picker_asks_before_a_second_conference_for_the_same_district_and_date(stovner):
    sessions = stovner.parent
    app = create_app(sessions)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await new_conference(pilot, "Stovner", "2007-10-17")
        question = str(app.screen.query_one("#question").content)
        assert question == ("There is already a conference for Stovner on 2007-10-17 "
                            "(2007-10-17-stovner.dialog.sqlite). Create a second one?")
        await pilot.press("enter")  # "No" is preselected
        await settle(pilot)
        assert sorted(p.name for p in sessions.glob("*.sqlite")) == ["2007-10-17-stovner.dialog.sqlite"]
        await new_conference(pilot, "Stovner", "2007-10-17")
        await pilot.press("left", "enter")  # Create another
        await settle(pilot)
        assert app.screen.PHASE == "setup"
    assert sorted(p.name for p in sessions.glob("*.sqlite")) == [
        "2007-10-17-stovner-2.dialog.sqlite", "2007-10-17-stovner.dialog.sqlite"]


@pytest.mark.parametrize("language, one, many", [("nb", "Prosessleder", "Prosessledere"),
                                                 ("en", "Process leader", "Process leaders")])
def test_the_minutes_name_the_process_leaders_in_a_real_plural(stovner, tmp_path, language, one, many):
    leaders = rows_in(stovner, "SELECT name FROM leader WHERE role = 'leader'")
    minutes = export_minutes(stovner, tmp_path / "referat.docx", language=language)
    facts = {row.cells[0].text: row.cells[1].text for row in Document(str(minutes)).tables[0].rows}
    assert (one if len(leaders) == 1 else many) in facts
    assert not any("(e)" in text or "(s)" in text for text in word_text(minutes).splitlines())
