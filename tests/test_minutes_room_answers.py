"""The room's own answers to each finding in the Word minutes: beside the leader's recorded response, k ≥ 3 kept,
comments without their role, and nothing at all for a conference run without phones."""

from __future__ import annotations

import io
import secrets
from collections import Counter
from pathlib import Path

import pytest
from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from dialog.core.database import open_conference
from dialog.core.findings import list_findings
from dialog.core.phases import move_to_phase
from dialog.core.room_answers import answer_finding, open_finding, voter_key
from dialog.core.vocabulary import FINDING_RESPONSES
from dialog.export.minutes_docx import build_minutes
from tests.finding_leader import without_room_answers

SECRET = secrets.token_bytes(32)
RESPONSE_WORDS = {"confirmed": "Bekreftet", "nuanced": "Nyansert", "contested": "Bestridt",
                  "new_angle": "Nytt perspektiv"}


def blocks(data: bytes) -> list[Paragraph | Table]:
    """The document's body in order: its paragraphs and tables."""
    document = Document(io.BytesIO(data))
    return [Paragraph(child, document._body) if child.tag.endswith("}p") else Table(child, document._body)
            for child in document.element.body.iterchildren() if child.tag.endswith(("}p", "}tbl"))]


def finding_parts(data: bytes) -> dict[str, list[Paragraph | Table]]:
    """Each finding's heading text -> what follows it up to the next heading."""
    parts: dict[str, list[Paragraph | Table]] = {}
    current = None
    for block in blocks(data):
        if isinstance(block, Paragraph) and block.style.name.startswith("Heading"):
            current = block.text if block.style.name == "Heading 2" and block.text[:1].isdigit() else None
            if current is not None:
                parts[current] = []
        elif current is not None:
            parts[current].append(block)
    return parts


def stored_answers(path: Path) -> dict[str, list[tuple[str, str, str | None]]]:
    """Each finding's title -> its stored answers (response, comment, role code), read straight from the file."""
    db = open_conference(path, read_only=True)
    try:
        return {finding["title"]: [tuple(row) for row in db.execute(
            "SELECT response, comment, role_code FROM finding_answer WHERE finding_id = ?", [finding["id"]])]
            for finding in list_findings(db)}
    finally:
        db.close()


def texts(part: list[Paragraph | Table]) -> list[str]:
    return [block.text for block in part if isinstance(block, Paragraph)]


@pytest.fixture(scope="module")
def demo_minutes(stovner_template) -> bytes:
    return build_minutes(stovner_template, "nb")


def test_each_finding_shows_how_many_answered_and_the_distribution_under_the_leaders_response(demo_minutes,
                                                                                             stovner_template):
    answers = stored_answers(stovner_template)
    shown = 0
    for heading, part in finding_parts(demo_minutes).items():
        title = heading.split(". ", 1)[1]
        lines = texts(part)
        response = next(number for number, line in enumerate(lines) if line.startswith("Deltakernes respons: "))
        count = len(answers[title])
        if count < 3:
            continue
        assert lines[response + 1] == f"Svar fra salen på mobil: {count} svarte"
        table = next(block for block in part if isinstance(block, Table))
        header = [cell.text for cell in table.rows[0].cells]
        assert header == ["Rollegruppe", "n", *(RESPONSE_WORDS[response] for response in FINDING_RESPONSES)]
        everyone = [cell.text for cell in table.rows[1].cells]
        counts = Counter(response for response, _comment, _role in answers[title])
        assert everyone[:2] == ["Alle", str(count)]
        assert [cell.split(" ")[0] for cell in everyone[2:]] == [str(counts[r]) for r in FINDING_RESPONSES]
        shown += 1
    assert shown >= 5  # the demo's phones answered most of its findings


def test_the_line_table_and_comments_keep_with_the_finding(demo_minutes):
    part = finding_parts(demo_minutes)["1. Psykisk helseteam kommer hjem til folk"]
    line = next(block for block in part if isinstance(block, Paragraph) and block.text.startswith("Deltakernes"))
    assert line.paragraph_format.keep_with_next
    table = next(block for block in part if isinstance(block, Table))
    assert all(cell.paragraphs[0].paragraph_format.keep_with_next for row in table.rows for cell in row.cells)


def test_a_finding_with_two_answers_says_so_and_gives_no_counts(demo_minutes, stovner_template):
    answers = stored_answers(stovner_template)
    (title,) = [title for title, rows in answers.items() if 0 < len(rows) < 3]
    (part,) = [part for heading, part in finding_parts(demo_minutes).items() if heading.endswith(title)]
    lines = texts(part)
    count = len(answers[title])
    assert f"Svar fra salen på mobil: {count} svarte; fordelingen vises ikke med færre enn 3 svar" in lines
    assert not any(isinstance(block, Table) for block in part)
    assert not any(word in line for line in lines for word in RESPONSE_WORDS.values()
                   if not line.startswith("Deltakernes respons: "))


def test_the_comments_are_listed_without_role_or_answer(demo_minutes, stovner_template):
    answers = stored_answers(stovner_template)
    listed = 0
    for heading, part in finding_parts(demo_minutes).items():
        comments = sorted(comment for _response, comment, _role in answers[heading.split(". ", 1)[1]] if comment)
        lines = texts(part)
        if not comments:
            assert "Kommentarer fra salen:" not in lines
            continue
        start = lines.index("Kommentarer fra salen:") + 1
        assert sorted(lines[start:]) == comments  # each exactly as typed, nothing added
        listed += len(comments)
    assert listed >= 10


@pytest.fixture
def small_room(stovner) -> tuple[Path, str]:
    """The Stovner demo with its phones' answers taken away, and the first finding open again."""
    db = open_conference(without_room_answers(stovner))  # nothing answered or shown yet: the finding takes answers
    try:
        move_to_phase(db, "presentation")
        first = list_findings(db)[0]
        open_finding(db, first["id"])
    finally:
        db.close()
    return stovner, first["id"]


def answer(path: Path, finding_id: str, answers: list[tuple[str, str, str | None]]) -> None:
    db = open_conference(path)
    try:
        for number, (response, comment, role) in enumerate(answers):
            answer_finding(db, finding_id, voter_key(SECRET, f"phone-{number}", finding_id), response, comment, role)
    finally:
        db.close()


def test_a_lone_role_group_is_never_printed_on_its_own(small_room):
    path, finding_id = small_room
    answer(path, finding_id, [("confirmed", "", "user")] * 3 + [("contested", "", "staff")] * 3
           + [("nuanced", "Jeg jobber på DPS og ser det annerledes.", "dps")])
    part = next(iter(finding_parts(build_minutes(path, "nb")).values()))
    table = next(block for block in part if isinstance(block, Table))
    rows = {row.cells[0].text: row.cells[1].text for row in table.rows[1:]}
    # The lone DPS answer would stand alone: it is hidden together with one of the groups of three, so the
    # hidden rest is never a group of one either.
    assert rows.pop("Alle") == "7" and rows.pop("Andre / ikke oppgitt") == "4"
    assert rows in ({"Bruker": "3"}, {"Tjenesteyter / fagperson": "3"})
    assert "Jeg jobber på DPS og ser det annerledes." in texts(part)
    assert not any("(D)" in line or "Spesialisthelsetjenesten" in line for line in texts(part))


def test_one_answer_is_told_as_one_and_the_other_findings_say_nobody_answered(small_room):
    path, finding_id = small_room
    answer(path, finding_id, [("contested", "", "dps")])
    for language, line, nobody in (
            ("nb", "Svar fra salen på mobil: 1 svarte; fordelingen vises ikke med færre enn 3 svar",
             "Svar fra salen på mobil: ingen svarte"),
            ("en", "The room's answers by phone: 1 answered; the distribution is not shown for fewer than 3 answers",
             "The room's answers by phone: nobody answered")):
        parts = list(finding_parts(build_minutes(path, language)).values())
        assert line in texts(parts[0]) and not any(isinstance(block, Table) for block in parts[0])
        assert all(nobody in texts(part) for part in parts[1:])


def test_a_conference_run_without_phones_says_nothing_of_them(tmp_path):
    from dialog.core.demo import build_demo

    data = build_minutes(build_demo(tmp_path, "bjerke"), "nb")
    parts = finding_parts(data)
    assert len(parts) >= 5
    everything = [line for part in parts.values() for line in texts(part)]
    assert not any("Svar fra salen" in line or "Kommentarer fra salen" in line for line in everything)
    assert all(not any(isinstance(block, Table) for block in part) for part in parts.values())
