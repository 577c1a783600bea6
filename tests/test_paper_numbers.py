"""Printed sheet numbers are remembered in the file: a second print goes on, so no two sheets share a number.

Before, a second ``dialog forms`` (or ``p``) numbered from 1 again: two people
held "Skjema nr. 1", the second sheet was refused as typed already, and the
correction it invited would have replaced the first person's answers.
"""

from __future__ import annotations

import threading

from docx import Document

from dialog.core.database import open_conference
from dialog.core.evaluation import add_response
from dialog.core.paper_sheets import next_sheet_number, reserve_sheets
from dialog.export.paper_forms_docx import write_paper_forms
from dialog.tui.app import create_app
from tests.conftest import tree_digest
from tests.tui_helpers import rows_in, settle, wait_for

BASE = "http://10.0.0.5:8765"


def printed(path) -> list[tuple[int, int]]:
    rows = rows_in(path, "SELECT first, last FROM printed_sheets ORDER BY rowid")
    return [(row["first"], row["last"]) for row in rows]


def numbers_on(path) -> list[int]:
    return [int(p.text.rsplit(" ", 1)[1]) for p in Document(str(path)).paragraphs if p.style.name == "Heading 1"]


def test_a_second_print_goes_on_from_the_first(stovner, tmp_path):
    first = write_paper_forms(stovner, BASE, tmp_path / "a.docx", count=15)
    second = write_paper_forms(stovner, BASE, tmp_path / "b.docx", count=5)
    assert numbers_on(first.path) == list(range(1, 16)) and numbers_on(second.path) == list(range(16, 21))
    assert first.used_before is None and second.used_before is None
    assert printed(stovner) == [(1, 15), (16, 20)]


def test_a_sheet_typed_by_hand_is_not_printed_again(stovner, tmp_path):
    db = open_conference(stovner)
    try:
        add_response(db, {"useful": 4}, source="paper", sheet_number=40)  # a sheet from an older print
        assert next_sheet_number(db) == 41
    finally:
        db.close()
    assert numbers_on(write_paper_forms(stovner, BASE, tmp_path / "a.docx", count=2).path) == [41, 42]


def test_a_first_number_given_by_hand_may_print_again_and_says_so(cli, stovner, exports):
    made = cli("forms", str(stovner), "--host", "10.0.0.5", "--count", "10")
    assert made.code == 0 and "no. 1–10" in made.out and made.err == ""
    again = cli("forms", str(stovner), "--host", "10.0.0.5", "--count", "4", "--first", "8")
    assert again.code == 0 and "no. 8–11" in again.out
    assert again.err.strip() == ("note: 3 of these numbers (8–10) were printed or typed in before; "
                                 "hand out only one form with each number")
    third = cli("--lang", "nn", "forms", str(stovner), "--host", "10.0.0.5", "--count", "1")
    assert third.code == 0 and "nr. 12" in third.out and third.err == ""
    assert printed(stovner) == [(1, 10), (8, 11), (12, 12)]


def test_a_print_that_could_not_be_written_gives_its_numbers_back(cli, stovner, exports):
    untouched = tree_digest(stovner.parent)
    refused = cli("forms", str(stovner), "--host", "10.0.0.5", "--count", "5", "--out", str(stovner))
    assert refused.code == 2 and refused.err.count("\n") == 1
    assert tree_digest(stovner.parent) == untouched and printed(stovner) == []
    made = cli("forms", str(stovner), "--host", "10.0.0.5", "--count", "5")
    assert "no. 1–5" in made.out


def test_two_programs_printing_at_once_get_numbers_of_their_own(stovner):
    results: list[range] = []
    failures: list[BaseException] = []

    def print_many() -> None:
        db = open_conference(stovner)
        try:
            for _ in range(25):
                results.append(reserve_sheets(db, 3)[0])
        except BaseException as error:
            failures.append(error)
        finally:
            db.close()

    workers = [threading.Thread(target=print_many) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert failures == []
    numbers = sorted(number for numbers in results for number in numbers)
    assert numbers == list(range(1, 151))  # 50 prints of 3: each number once, none skipped


async def test_p_twice_on_the_evaluation_screen_prints_two_sets_of_numbers(stovner, exports):
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("p")
        assert await wait_for(pilot, lambda: len(printed(stovner)) == 1, 20)
        await settle(pilot)
        await pilot.press("p")
        assert await wait_for(pilot, lambda: len(printed(stovner)) == 2, 20)
        await settle(pilot)
        said = [notification.message for notification in app._notifications]
    assert printed(stovner) == [(1, 15), (16, 30)]  # one sheet per participant, the second set after the first
    assert any("no. 1–15" in line for line in said) and any("no. 16–30" in line for line in said)
    files = sorted(exports.glob("*.docx"))
    assert sorted(numbers_on(path)[0] for path in files) == [1, 16]
