"""k ≥ 3 in every export: the CSV files never single out a small role group; the JSON says it is a full copy;
no document carries an absolute path; no CSV cell runs as a formula."""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter, defaultdict
from pathlib import Path

from docx import Document
from hypothesis import given
from hypothesis import strategies as st

from dialog.core.anonymity import HIDDEN, shown_roles
from dialog.core.database import open_conference
from dialog.core.evaluation import add_response
from dialog.core.measures import add_measure


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def stored_forms(path: Path) -> dict[str, dict]:
    """Each form's answers as stored: question code -> score or text, and its role (None when not given)."""
    db = open_conference(path, read_only=True)
    try:
        rows = db.execute("SELECT a.response_id, q.code, q.kind, coalesce(a.value_int, a.value_text) "
                          "FROM evaluation_answer a JOIN form_question q ON q.id = a.question_id").fetchall()
        forms = {row[0]: {} for row in db.execute("SELECT id FROM evaluation_response")}
    finally:
        db.close()
    for form, code, _kind, value in rows:
        forms[form][code] = value
    return forms


@given(st.lists(st.sampled_from(["user", "staff", "manager", "dps", "nav", None]), max_size=30))
def test_every_role_shown_stands_for_at_least_three_forms(roles):
    forms = {f"form-{number}": role for number, role in enumerate(roles)}
    shown = shown_roles(forms)
    if len(forms) < 3:
        assert shown == {}
        return
    sizes = Counter(shown.values())
    assert all(size >= 3 for size in sizes.values())
    assert all(shown[form] in (role, HIDDEN) for form, role in forms.items())
    given_sizes = Counter(role for role in forms.values() if role)
    # A group big enough on its own is hidden only to make the hidden group big enough, and never more than one.
    hidden_big = [role for role, size in given_sizes.items() if size >= 3 and sizes.get(role, 0) == 0]
    assert len(hidden_big) <= 1


def test_the_stovner_csv_never_pairs_an_answer_with_a_role_group_under_three(cli, stovner, exports):
    result = cli("export", str(stovner), "--format", "csv")
    assert result.code == 0, result.err
    folder = Path(result.out.strip())
    assert sorted(p.name for p in folder.iterdir()) == ["README.txt", "evaluation-summary.csv", "evaluation.csv",
                                                        "findings.csv", "measures.csv", "notes.csv",
                                                        "room-comments.csv"]
    rows = read_csv(folder / "evaluation.csv")
    assert list(rows[0]) == ["district", "date", "conference_id", "form", "role", "role_text", "question",
                             "question_text", "kind", "kind_text", "score", "text"]
    forms_per_role = defaultdict(set)
    for row in rows:
        forms_per_role[row["role"]].add(row["form"])
    stored = stored_forms(stovner)
    given_roles = Counter(form.get("role") for form in stored.values())
    assert given_roles["dps"] == 1 and given_roles["manager"] == 2  # the demo has a lone DPS participant
    assert {role: len(forms) for role, forms in forms_per_role.items()} == {
        role: size for role, size in given_roles.items() if role and size >= 3} | {
        HIDDEN: sum(size for role, size in given_roles.items() if not role or size < 3)}
    assert all(len(forms) >= 3 for forms in forms_per_role.values())
    assert "dps" not in {row["role"] for row in rows} and "role" not in {row["question"] for row in rows}
    # Every answer is still there, form by form, only the role is generalised.
    exported = defaultdict(dict)
    for row in rows:
        exported[row["form"]][row["question"]] = int(row["score"]) if row["score"] else row["text"]
    assert sorted(map(sorted, map(dict.items, exported.values()))) == sorted(
        sorted((code, value) for code, value in form.items() if code != "role") for form in stored.values())
    summary = {row["question"]: row for row in read_csv(folder / "evaluation-summary.csv")}
    assert summary["useful"]["n"] == "13" and summary["useful"]["mean"] != ""
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert "fewer than 3" in readme or "færre enn 3" in readme


def two_forms(cli, sessions) -> Path:
    path = Path(cli("new", "--district", "Grorud", "--date", "2008-03-05").out.strip())
    db = open_conference(path)
    try:
        add_response(db, {"role": "dps", "useful": 5, "comments": "Bra dag"}, source="phone")
        add_response(db, {"role": "user", "useful": 2, "comments": "For lite tid"}, source="paper")
    finally:
        db.close()
    return path


def test_with_two_forms_no_answer_is_listed_form_by_form(cli, sessions, exports):
    path = two_forms(cli, sessions)
    folder = Path(cli("export", str(path), "--format", "csv").out.strip())
    assert (folder / "evaluation.csv").read_text(encoding="utf-8") == (
        "district,date,conference_id,form,role,role_text,question,question_text,kind,kind_text,score,text\n")
    useful = next(row for row in read_csv(folder / "evaluation-summary.csv") if row["question"] == "useful")
    assert useful["n"] == "2" and useful["mean"] == "" and useful["score_5"] == ""
    assert "this conference has 2" in (folder / "README.txt").read_text(encoding="utf-8")
    minutes = Document(Path(cli("export", str(path), "--lang", "en").out.strip()))
    cells = [cell.text for table in minutes.tables for row in table.rows for cell in row.cells]
    assert "fewer than 3 answers – not shown" in cells  # the minutes and the CSV hide the same


def test_formula_cells_are_neutral_in_every_csv(cli, stovner, exports):
    db = open_conference(stovner)
    try:
        add_response(db, {"comments": "=HYPERLINK(\"http://x\";\"klikk\")", "useful": 4}, source="paper")
        add_measure(db, text="+47 er landskoden", owner="@alle")
    finally:
        db.close()
    folder = Path(cli("export", str(stovner), "--format", "csv").out.strip())
    overview = Path(cli("overview", str(stovner.parent), "--format", "csv").out.strip())
    for path in [*folder.glob("*.csv"), *overview.glob("*.csv")]:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells), path.name
    texts = [row["text"] for row in read_csv(folder / "evaluation.csv")]
    assert "'=HYPERLINK(\"http://x\";\"klikk\")" in texts
    measures = read_csv(overview / "measures.csv")
    assert {"measure": "'+47 er landskoden", "owner": "'@alle"}.items() <= next(
        row for row in measures if "landskoden" in row["measure"]).items()


def test_the_json_export_is_named_and_announced_as_a_full_copy(cli, stovner, exports):
    norwegian = cli("export", str(stovner), "--format", "json")
    english = cli("export", str(stovner), "--format", "json", "--lang", "en")
    assert Path(norwegian.out.strip()).name == "2007-10-17-stovner-full-kopi.json"
    assert Path(english.out.strip()).name == "2007-10-17-stovner-full-copy.json"
    assert norwegian.err.startswith("This JSON file is a full copy of the conference")
    assert "as safely as the conference file" in norwegian.err
    tables = json.loads(Path(norwegian.out.strip()).read_text(encoding="utf-8"))["tables"]
    roles = [row["value_text"] for row in tables["evaluation_answer"] if row["value_text"] == "dps"]
    assert roles == ["dps"] and len(tables["evaluation_response"]) == 13  # it keeps everything


def document_texts(path: Path) -> list[str]:
    document = Document(path)
    return [p.text for p in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells]


def test_the_overview_document_shows_no_absolute_path(cli, stovner, exports, tmp_path):
    collected = tmp_path / "collected"
    for laptop in ("laptop-a", "laptop-b"):
        (collected / laptop).mkdir(parents=True)
        shutil.copy(stovner, collected / laptop / stovner.name)
    (collected / "laptop-b" / "broken.dialog.sqlite").write_text("not a database")
    result = cli("--lang", "en", "overview", "--lang", "en", str(collected))
    assert result.code == 0
    texts = document_texts(Path(result.out.strip()))
    assert not any(str(tmp_path) in text or str(Path.home()) in text for text in texts)
    files = texts[texts.index("Files read") + 1:texts.index("Files read") + 4]
    name = "laptop-{}/2007-10-17-stovner.dialog.sqlite"
    counted, twice = (("a", "b") if name.format("a") in files[0] else ("b", "a"))
    assert files == [f"Stovner (demo): {name.format(counted)}",
                     f"{name.format(twice)}: the same conference as {name.format(counted)}, which holds as much "
                     "and changed more recently; it is counted, this copy is left out", files[2]]
    assert files[2].startswith("laptop-b/broken.dialog.sqlite: ")
