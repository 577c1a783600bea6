"""Warnings for personal data in notes and quotes: national ID numbers, phones, e-mail, watched names."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual.widgets import Input, Static

from dialog.core.database import open_conference
from dialog.core.groups import list_groups
from dialog.core.notes import add_note, list_notes
from dialog.core.privacy import is_national_id, scan_text, set_watched_names, warning_kinds, watched_names
from dialog.core.privacy_report import conference_warnings
from dialog.tui.app import create_app
from dialog.tui.screens.privacy_list import PrivacyListScreen
from dialog.web.server import create_web_app
from tests.tui_helpers import settle, text_of


def with_check_digits(nine: str) -> str | None:
    """Complete nine digits into a national ID number, or None when no check digit exists."""
    digits = [int(c) for c in nine]
    first = 11 - sum(d * w for d, w in zip(digits, (3, 7, 6, 1, 8, 9, 4, 5, 2))) % 11
    first = 0 if first == 11 else first
    if first == 10:
        return None
    digits.append(first)
    second = 11 - sum(d * w for d, w in zip(digits, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
    second = 0 if second == 11 else second
    if second == 10:
        return None
    return nine + f"{first}{second}"


def person_number(born: date, serial: int) -> int:
    """An individual number that puts ``born`` in its century (000–499: 1900s, 500–999: 2000s)."""
    return serial % 500 + (500 if born.year >= 2000 else 0)


@given(born=st.dates(date(1900, 1, 1), date.today()), serial=st.integers(0, 499),
       kind=st.sampled_from(["plain", "d_number", "h_number", "synthetic"]))
@settings(max_examples=200)
def test_every_valid_national_id_is_caught_and_a_wrong_check_digit_is_not(born, serial, kind):
    day = born.day + (40 if kind == "d_number" else 0)
    month = born.month + {"h_number": 40, "synthetic": 80}.get(kind, 0)
    number = with_check_digits(f"{day:02d}{month:02d}{born.year % 100:02d}{person_number(born, serial):03d}")
    if number is None:
        return
    assert is_national_id(number)
    assert warning_kinds(f"Han heter noe, fnr {number[:6]} {number[6:]}, bor her") == ["national_id"]
    assert warning_kinds(f"Fødselsnummer: {number}.") == ["national_id"]
    wrong = number[:10] + str((int(number[10]) + 1) % 10)
    assert not is_national_id(wrong)
    assert "national_id" not in warning_kinds(f"Saksnummer {wrong}")


def test_eleven_digits_without_a_real_birth_date_are_not_a_national_id():
    for nine in ("320107123", "011307123", "000107123"):  # day 32, month 13, day 0
        number = with_check_digits(nine)
        if number is not None:
            assert not is_national_id(number) and warning_kinds(f"Nummer {number}") == []


def test_phones_emails_and_watched_names():
    assert warning_kinds("Ring meg på 912 34 567") == ["phone"]
    assert warning_kinds("Nummeret er +47 22 33 44 55.") == ["phone"]
    assert warning_kinds("tlf 91234567") == ["phone"]
    assert warning_kinds("skriv til kari.nordmann@example.no") == ["email"]
    assert warning_kinds("Kari Nordmann sa det først", ["kari nordmann"]) == ["name"]
    assert warning_kinds("Karianne kom ikke", ["Kari"]) == []  # whole words only
    assert warning_kinds("Vi venter 14 dager, 3 uker, år 2007 og 15 minutter") == []
    assert warning_kinds("Kontoret har 120 ansatte og 1 200 brukere") == []
    found = scan_text("Epost: a@b.no, tlf 41234567")
    assert [(w.kind, w.start) for w in found] == [("email", 7), ("phone", 19)]


def test_watched_names_and_the_list_before_export(stovner):
    db = open_conference(stovner)
    try:
        assert set_watched_names(db, ["  Ola  Hansen ", "", "Ola Hansen", "Kari"]) == ["Kari", "Ola Hansen"]
        group = list_groups(db)[0]["id"]
        add_note(db, group, "other", "Ola Hansen ringte fra 99887766", "B")
        add_note(db, group, "other", "Ingenting personlig her", "T")
        warnings = conference_warnings(db)
        assert watched_names(db) == ["Kari", "Ola Hansen"]
    finally:
        db.close()
    assert [(w.text, w.kinds) for w in warnings] == [("Ola Hansen ringte fra 99887766", ["phone", "name"])]
    assert warnings[0].where() == "Note: Gruppe 1 – Krisehjelp etter kontortid · B"


@given(st.text(max_size=400))
@settings(max_examples=300)
def test_any_text_scans_without_error_and_spans_are_inside_it(text):
    for warning in scan_text(text, ["Ola", "Kari Nordmann"]):
        assert 0 <= warning.start < warning.end <= len(text)


# The guards where people type and where the minutes leave.


def stored_texts(path) -> list[str]:
    db = open_conference(path)
    try:
        return [note["text"] for note in list_notes(db)]
    finally:
        db.close()


async def test_typing_a_phone_or_a_watched_name_warns_but_saves(stovner):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f2")  # setup, facts tab: the names to watch
        await settle(pilot)
        field = app.screen.query_one("#facts-watched", Input)
        field.focus()
        await pilot.press(*"Ola Hansen", "enter")
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        app.screen.query_one("#notes-list").focus()
        await pilot.press("1", "B", "tab", *"Ola Hansen sier ring 912 34 567")
        await pilot.pause(0.5)
        await settle(pilot)
        status = app.screen.query_one("#entry-status", Static).content
        assert str(status) == ("⚠ This looks like a phone number and a name on the watch list. Is it needed? "
                               "Notes attribute by role letter only.")
        await pilot.press("enter")
        await settle(pilot)
    assert "Ola Hansen sier ring 912 34 567" in stored_texts(stovner)


def add_personal_note(path) -> None:
    db = open_conference(path)
    try:
        add_note(db, list_groups(db)[0]["id"], "other", "Skriv til ola@example.no", "L")
    finally:
        db.close()


@pytest.mark.parametrize("answer", ["no", "export anyway"])
async def test_exporting_minutes_lists_personal_data_first(stovner, exports, answer):
    add_personal_note(stovner)
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f7", "ctrl+e")
        await settle(pilot)
        assert isinstance(app.screen, PrivacyListScreen)
        assert text_of(app.screen, "#privacy-question") == \
            "1 text looks like it holds personal data. Check it before the minutes go out:"
        assert text_of(app.screen, "#privacy-1").splitlines() == [
            "Note: Gruppe 1 – Krisehjelp etter kontortid · L", "an e-mail address", "“Skriv til ola@example.no”"]
        if answer == "no":
            await pilot.press("enter")  # "No" has the focus, as before
        else:
            await pilot.press("tab", "enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
    written = list(exports.glob("*.docx"))
    assert len(written) == (0 if answer == "no" else 1)


def test_dialog_export_lists_personal_data_on_stderr_and_still_exports(stovner, exports, cli):
    add_personal_note(stovner)
    result = cli("export", str(stovner))
    assert result.code == 0
    assert result.err.splitlines()[0] == ("warning: 1 text looks like it holds personal data; check it "
                                          "before the export goes any further:")
    assert "ola@example.no" in result.err
    assert len(list(exports.glob("*.docx"))) == 1
    as_csv = cli("export", str(stovner), "--format", "csv")
    assert as_csv.code == 0 and "ola@example.no" in as_csv.err
    full_copy = cli("export", str(stovner), "--format", "json")  # a full copy: everything is in it anyway
    assert "ola@example.no" not in full_copy.err


async def test_the_group_page_marks_this_laptops_own_personal_note(aiohttp_client, room, stovner):
    client = await aiohttp_client(create_web_app(room))
    group_token = next(iter(room.tokens.groups.values()))
    page = await (await client.get(f"/g/{group_token}")).text()
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    sent = await client.post("/notes", data={"csrf": token, "kind": "other", "role_letter": "B",
                                             "text": "Nummeret mitt er 41234567"})
    html = await sent.text()
    assert sent.status == 200
    assert "Nummeret mitt er 41234567" in html
    assert "Dette ser ut som et telefonnummer. Trengs det?" in html
    assert "Nummeret mitt er 41234567" in stored_texts(stovner)
