"""CSV an analyst can use as it comes: every row says which conference it is from (so districts' files stack), every
code has its words in the chosen language beside it, and `--excel` opens in columns in a Norwegian spreadsheet."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from dialog.core.anonymity import HIDDEN
from dialog.export.csv_files import WORD_JOINER

CONFERENCE = ["district", "date", "conference_id"]


def read_csv(path: Path, *, excel: bool = False) -> list[dict]:
    encoding, delimiter = ("utf-8-sig", ";") if excel else ("utf-8", ",")
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def stored(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


@pytest.mark.parametrize(("language", "works_well", "proposed", "hidden"), [
    ("nb", "Fungerer godt", "Foreslått", "skjult"), ("en", "Works well", "Proposed", "hidden")])
def test_every_conference_csv_names_its_conference_and_says_its_codes_in_words(cli, stovner, exports, language,
                                                                                works_well, proposed, hidden):
    result = cli("export", str(stovner), "--format", "csv", "--lang", language)
    assert result.code == 0, result.err
    folder = Path(result.out.strip())
    ((conference_id, district, day),) = stored(stovner, "SELECT id, district, date FROM conference")
    for name in ("findings.csv", "notes.csv", "measures.csv", "evaluation.csv", "evaluation-summary.csv"):
        assert not (folder / name).read_bytes().startswith(b"\xef\xbb\xbf"), name  # no BOM in a column's name
        rows = read_csv(folder / name)
        assert rows and list(rows[0])[:3] == CONFERENCE, name
        assert {(row["district"], row["date"], row["conference_id"]) for row in rows} == {
            (district, day, conference_id)}, name

    notes = read_csv(folder / "notes.csv")
    assert len(notes) == stored(stovner, "SELECT count(*) FROM note WHERE deleted_at IS NULL")[0][0]
    assert {row["kind_text"] for row in notes if row["kind"] == "works_well"} == {works_well}
    crisis = next(row for row in notes if row["themes"] == "4.9")
    assert crisis["themes_text"] == ("Legevakt og krisetilbud" if language == "nb" else
                                     "Out-of-hours and crisis services")
    measures = read_csv(folder / "measures.csv")
    assert {row["status_text"] for row in measures if row["status"] == "proposed"} == {proposed}
    assert all(row["level_text"] for row in measures if row["level"])
    answers = read_csv(folder / "evaluation.csv")
    assert {row["role_text"].split(" ")[0] for row in answers if row["role"] == HIDDEN} == {hidden}
    assert all(row["question_text"] and row["kind_text"] for row in answers)
    summary = read_csv(folder / "evaluation-summary.csv")
    assert all(row["question_text"] for row in summary)


def test_two_districts_files_stack_into_one_table(cli, stovner, tmp_path, exports):
    bjerke = Path(cli("--sessions", str(tmp_path / "other"), "demo", "--district", "bjerke").out.strip())
    stacked: list[dict] = []
    for path in (stovner, bjerke):
        folder = Path(cli("export", str(path), "--format", "csv", "--lang", "en").out.strip())
        rows = read_csv(folder / "measures.csv")
        assert not stacked or list(rows[0]) == list(stacked[0])  # the same columns, so the files stack
        stacked += rows
    assert {row["district"] for row in stacked} == {"Stovner", "Bjerke"}


def test_excel_csv_is_semicolons_bom_and_decimal_commas(cli, stovner, exports):
    plain = Path(cli("export", str(stovner), "--format", "csv", "--out", str(exports / "plain")).out.strip())
    excel = Path(cli("export", str(stovner), "--format", "csv", "--excel", "--out", str(exports / "excel")).out.strip())
    for name in ("findings.csv", "room-comments.csv", "notes.csv", "measures.csv", "evaluation.csv",
                 "evaluation-summary.csv"):
        data = (excel / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf" + b"district;date;conference_id;"), name
        rows, plain_rows = read_csv(excel / name, excel=True), read_csv(plain / name)
        assert len(rows) == len(plain_rows) and list(rows[0]) == list(plain_rows[0]), name
    summary = {row["question"]: row for row in read_csv(excel / "evaluation-summary.csv", excel=True)}
    plain_summary = {row["question"]: row for row in read_csv(plain / "evaluation-summary.csv")}
    assert summary["useful"]["mean"] == plain_summary["useful"]["mean"].replace(".", ",") != ""
    themes = [row["theme"] for row in read_csv(excel / "measures.csv", excel=True) if row["theme"]]
    assert themes and all(theme.startswith(WORD_JOINER) and theme[1:][0].isdigit() for theme in themes)
    readme = (excel / "README.txt").read_text(encoding="utf-8")
    assert "semikolon" in readme or "semicolon" in readme


def test_the_overview_csv_has_notes_words_a_total_row_and_an_excel_form(cli, stovner, exports):
    result = cli("--lang", "nb", "overview", str(stovner.parent), "--format", "csv")
    assert result.code == 0
    folder = Path(result.out.strip())
    assert sorted(p.name for p in folder.iterdir()) == ["README.txt", "attendance.csv", "display-matrix.csv",
                                                        "evaluation.csv", "measures.csv", "notes.csv"]
    for name in ("attendance.csv", "display-matrix.csv", "evaluation.csv", "measures.csv", "notes.csv"):
        assert list(read_csv(folder / name)[0])[:4] == [*CONFERENCE, "demo"], name
    notes = read_csv(folder / "notes.csv")
    assert len(notes) == stored(stovner, "SELECT count(*) FROM note WHERE deleted_at IS NULL")[0][0]
    assert {row["kind_text"] for row in notes if row["kind"] == "works_less_well"} == {"Fungerer mindre godt"}
    assert all(row["demo"] == "1" for row in notes)  # only demos here: shown, and marked
    matrix = read_csv(folder / "display-matrix.csv")
    assert {row["status_text"] for row in matrix if row["status"] == "challenge"} == {"Utfordring"}
    assert all(row["theme_text"] for row in matrix)
    attendance = read_csv(folder / "attendance.csv")
    total = attendance[-1]
    assert total["district"] == "Sum" and total["conference_id"] == "" and total["date"] == ""
    for column in ("participants", "forms", "notes", "measures"):
        assert int(total[column]) == sum(int(row[column]) for row in attendance[:-1]), column
    assert int(total["notes"]) == len(notes)
    assert len(read_csv(folder / "measures.csv")) == int(total["measures"])
    assert "Sum" in (folder / "README.txt").read_text(encoding="utf-8")

    excel = Path(cli("--lang", "nb", "overview", str(stovner.parent), "--format", "csv", "--excel").out.strip())
    data = (excel / "evaluation.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdistrict;date;conference_id;demo;question;")
    means = [row["mean"] for row in read_csv(excel / "evaluation.csv", excel=True) if row["mean"]]
    assert means and all("," in mean or mean.isdigit() for mean in means) and not any("." in m for m in means)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert len({len(row) for row in rows}) == 1  # every row has every column


def test_findings_carry_the_rooms_answers_by_the_k3_rule_and_the_comments_without_role(cli, stovner, exports):
    folder = Path(cli("export", str(stovner), "--format", "csv", "--lang", "en").out.strip())
    findings = read_csv(folder / "findings.csv")
    titles = [title for (title,) in stored(stovner, "SELECT title FROM finding ORDER BY position")]
    assert [row["title"] for row in findings] == titles and list(findings[0])[:3] == CONFERENCE
    responses = ("confirmed", "nuanced", "contested", "new_angle")
    by_title: dict[str, dict[str, int]] = {}
    for title, response, count in stored(stovner, "SELECT f.title, a.response, count(*) FROM finding_answer a "
                                                  "JOIN finding f ON f.id = a.finding_id GROUP BY f.title, a.response"):
        by_title.setdefault(title, {})[response] = count
    for row in findings:
        answers = by_title.get(row["title"], {})
        assert int(row["room_n"]) == sum(answers.values())
        counts = [row[f"room_{response}"] for response in responses]
        if sum(answers.values()) >= 3:
            assert counts == [str(answers.get(response, 0)) for response in responses]
        else:
            assert counts == ["", "", "", ""]  # fewer than three: how many answered, never what they answered
    assert {row["room_n"] for row in findings} >= {"2"} and any(int(row["room_n"]) >= 3 for row in findings)
    assert all(row["response_text"] for row in findings)
    comments = read_csv(folder / "room-comments.csv")
    assert list(comments[0]) == [*CONFERENCE, "finding", "title", "text"]  # no role, answer or time
    assert sorted(row["text"] for row in comments) == sorted(
        text for (text,) in stored(stovner, "SELECT comment FROM finding_answer WHERE comment != ''"))
