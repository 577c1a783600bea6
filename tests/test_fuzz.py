"""Hypothesis properties for every parser and validator: our clear error or a good value, nothing else.

The suite runs the "quick" profile; `make bench` runs these with
HYPOTHESIS_PROFILE=thorough (10,000 examples per property).
"""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialog.core.database import open_conference
from dialog.core.demo import build_demo
from dialog.core.errors import DialogError
from dialog.core.evaluation import add_response, count_responses
from dialog.core.findings_import import read_findings
from dialog.core.roles import normalise_role_letter
from dialog.core.validation import bounded_text, count, optional_count, parse_date, required_text
from dialog.export.json_format import conference_to_dict, import_json
from tests.conftest import run_dialog_in

FUZZ_HOME = Path(tempfile.mkdtemp(prefix="dialog-fuzz-"))
DEMO = build_demo(FUZZ_HOME / "demo", "stovner")
NO_FIXTURE_CHECK = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

text = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


@given(st.one_of(text, st.dates().map(date.isoformat), st.from_regex(r"\s*\d{4}-\d{2}-\d{2}\s*", fullmatch=True)))
def test_dates(value):
    try:
        parsed = parse_date(value)
    except DialogError as error:
        assert "\n" not in error.message()
        return
    assert date.fromisoformat(parsed).isoformat() == parsed


@given(st.one_of(text, st.from_regex(r"\s*[A-Za-z]\d{0,2}\s*", fullmatch=True)))
def test_role_letters(value):
    try:
        letter = normalise_role_letter(value)
    except DialogError:
        return
    assert letter == "" or (letter[0].isalpha() and len(letter) <= 5 and letter == letter.upper())


@given(st.one_of(text, st.integers(), st.none()))
def test_counts_and_texts(value):
    for check in (count, optional_count):
        try:
            number = check(value, "n")
        except DialogError:
            continue
        assert number is None or number >= 0
    for check in (required_text, bounded_text):
        try:
            kept = check(value if not isinstance(value, int) else str(value), "x", 30)
        except DialogError:
            continue
        assert len(kept) <= 30 and "\x00" not in kept


QUESTION_CODES = ["matched", "voice", "safe", "learned", "useful", "role", "missing", "follow_up", "comments",
                  "unknown"]


@given(st.dictionaries(st.sampled_from(QUESTION_CODES),
                       st.one_of(text, st.integers(-10, 10), st.none(), st.sampled_from(["1", "5", "user"])),
                       max_size=6))
def test_form_fields(answers):
    db = open_conference(DEMO)
    try:
        before = count_responses(db)
        try:
            add_response(db, answers, source="phone")
        except DialogError:
            assert count_responses(db) == before  # nothing stored from a refused form
            return
        assert count_responses(db) == before + 1
    finally:
        db.close()


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
                           max_leaves=8)


def _demo_document() -> dict:
    db = open_conference(DEMO)
    try:
        return conference_to_dict(db)
    finally:
        db.close()


DOCUMENT = _demo_document()


@given(table=st.sampled_from(sorted(DOCUMENT["tables"])), column_pick=st.integers(0, 50), value=JSON_VALUES,
       where=st.sampled_from(["field", "row", "table", "top", "version"]))
def test_json_import(table, column_pick, value, where):
    document = json.loads(json.dumps(DOCUMENT))
    rows = document["tables"][table]
    if where == "field" and rows:
        row = rows[column_pick % len(rows)]
        row[sorted(row)[column_pick % len(row)]] = value
    elif where == "row":
        rows.append(value)
    elif where == "table":
        document["tables"][table] = value
    elif where == "top":
        document[["format", "tables", "extra"][column_pick % 3]] = value
    else:
        document["format_version"] = value
    folder = Path(tempfile.mkdtemp(dir=FUZZ_HOME))
    source = folder / "in.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    sessions = folder / "sessions"
    try:
        made = import_json(source, sessions)
    except DialogError as error:
        assert "\n" not in error.message()
        assert listing(sessions) == []  # nothing left behind
        return
    open_conference(made).close()


@given(st.text(max_size=400))
def test_markdown_findings_import(content):
    folder = Path(tempfile.mkdtemp(dir=FUZZ_HOME))
    path = folder / "rapport.md"
    path.write_text(content, encoding="utf-8")
    try:
        findings = read_findings(path)
    except DialogError:
        return
    assert findings and all(finding.title.strip() for finding in findings)


@given(st.lists(st.tuples(st.sampled_from(["Heading 1", "Heading 2", "Normal", "List Bullet"]),
                          st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
                                  max_size=60)), max_size=8),
       st.binary(max_size=64))
def test_docx_findings_import(paragraphs, junk):
    folder = Path(tempfile.mkdtemp(dir=FUZZ_HOME))
    path = folder / "rapport.docx"
    document = Document()
    for style, content in paragraphs:
        document.add_paragraph(content, style=style)
    document.save(path)
    broken = folder / "broken.docx"
    broken.write_bytes(junk)
    for candidate in (path, broken):
        try:
            findings = read_findings(candidate)
        except DialogError:
            continue
        assert findings and candidate == path


WORDS = ["list", "export", "import", "qr", "delete", "restore", "demo", "new", "--format", "docx", "json", "csv",
         "--out", "--lang", "nb", "en", "xx", "--yes", "--list", "--number", "0", "99", "--port", "70000",
         "--district", "--date", "2026-13-40", "--retention-months", "-1", "--template", "--force", "--reuse",
         "--venue", "--host", "nowhere.dialog.sqlite", "", "æøå", "--"]


@NO_FIXTURE_CHECK
@given(st.lists(st.one_of(st.sampled_from(WORDS), text), min_size=1, max_size=6))
def test_cli_arguments(argv):
    folder = Path(tempfile.mkdtemp(dir=FUZZ_HOME))
    if argv[0] in ("open", "serve") or not argv[0] or argv[0].startswith("-"):
        argv = ["list", *argv]  # never start the app or a server from a fuzz test
    argv = ["--sessions", str(folder / "sessions"), *argv]
    result = run_dialog_in(folder, argv)
    code, err = result.code, result.err
    assert code in (0, 2), (argv, err)
    if code == 2:
        assert len(err.strip().splitlines()) == 1, err
