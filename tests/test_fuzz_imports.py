"""Hypothesis properties for the importers and path arguments, with hostile input of every kind.

Escape sequences, every control character, bidirectional controls, lone
surrogates, zero-width characters, megabyte words, long runs of Markdown's own
punctuation: an import either stores clean text within the app's limits or
refuses in one line, leaving nothing behind. ``make fuzz`` runs these with
10,000 examples.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialog.core.database import open_conference
from dialog.core.demo import build_demo
from dialog.core.errors import DialogError
from dialog.core.findings_import import read_findings
from dialog.core.text_gate import is_blank
from dialog.export.json_format import conference_to_dict, import_json
from dialog.export.json_schema import tables_for
from tests.conftest import run_dialog_in

HOME = Path(tempfile.mkdtemp(prefix="dialog-fuzz-imports-"))
DEMO = build_demo(HOME / "demo", "stovner")
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
HOSTILE_PIECES = ["\x1b]0;pwned\x07", "\x1b[2J", "\x1b[31m", "\x00", "\x0b", "\r\n", "\r", "\x85", "\u2028",
                  "\u202e", "\u2067", "\u200b", "\ufeff", "\ufffe", "\ud800", "\udfff", "e\u0301", "B2: ", "«", "'",
                  "=1+1", " ", "\t", "\n"]
HOSTILE = (st.lists(st.sampled_from(HOSTILE_PIECES) | st.text(max_size=20), max_size=12).map("".join)
           | st.sampled_from(["x" * 1_000_000, "ø" * 20_001, " " * 100_000, "\u200b" * 5_000]))


def _document() -> dict:
    db = open_conference(DEMO, read_only=True)
    try:
        return conference_to_dict(db)
    finally:
        db.close()


DOCUMENT = _document()
TEXT_COLUMNS = sorted((table, column.name) for table, columns in tables_for().items() for column in columns
                      if column.affinity == "TEXT" and DOCUMENT["tables"][table])


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(place=st.sampled_from(TEXT_COLUMNS), row=st.integers(0, 1000), value=HOSTILE)
def test_any_text_in_any_column_is_stored_clean_or_refused_in_one_line(place, row, value):
    table, column = place
    document = json.loads(json.dumps(DOCUMENT))
    rows = document["tables"][table]
    rows[row % len(rows)][column] = value
    folder = Path(tempfile.mkdtemp(dir=HOME))
    source = folder / "in.json"
    source.write_text(json.dumps(document), encoding="utf-8")  # lone surrogates travel as \\ud800 escapes
    sessions = folder / "sessions"
    try:
        made = import_json(source, sessions)
    except DialogError as error:
        assert "\n" not in error.message()
        assert _files(sessions) == []
        return
    connection = sqlite3.connect(f"file:{made}?mode=ro", uri=True)
    try:
        texts = [value for (value,) in connection.execute(f"SELECT [{column}] FROM [{table}]") if value is not None]
    finally:
        connection.close()
    assert all(not FORBIDDEN.search(text) and len(text) <= 20_000 for text in texts)


MARKDOWN_PIECES = ["#", "# ", "##", " ", "\t", "\n", "\n\n", "-", "- ", "* ", "+ ", "1. ", "1) ", "•", ">", "`",
                   "```", "[", "]", "(", ")", "!", "*", "_", "\\", "<", "&#", "===", "---", "B: ", "T2: ", "ord"]
RUNS = st.tuples(st.sampled_from(MARKDOWN_PIECES), st.integers(1, 20_000)).map(lambda run: run[0] * run[1])
MARKDOWN = st.lists(st.sampled_from(MARKDOWN_PIECES) | RUNS | st.text(max_size=30), max_size=30).map("".join)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(MARKDOWN)
def test_any_markdown_gives_findings_or_one_line(content):
    path = Path(tempfile.mkdtemp(dir=HOME)) / "rapport.md"
    path.write_text(content, encoding="utf-8", errors="surrogatepass")
    try:
        findings = read_findings(path)
    except DialogError as error:
        assert "\n" not in error.message()
        return
    assert findings and all(not is_blank(finding.title) for finding in findings)


PATHS = st.sampled_from(["~nosuchuser/x", "a" * 256, ("b" * 200 + "/") * 25, "x\u202e.json", "-", "."])


@given(command=st.sampled_from(["export", "import", "qr", "delete", "restore", "overview"]), path=PATHS,
       option=st.sampled_from([[], ["--out"], ["--template"], ["--host"]]), other=PATHS)
def test_odd_paths_and_addresses_give_one_line(command, path, option, other):
    folder = Path(tempfile.mkdtemp(dir=HOME))
    argv = ["--sessions", str(folder / "sessions"), command, path, *(option + [other] if option else [])]
    result = run_dialog_in(folder, argv)
    code, err = result.code, result.err
    assert code in (0, 2), (argv, err)
    assert "Traceback" not in err and "unexpected error" not in err
    if code == 2:  # one line saying why (overview first lists, one line each, the paths it left out)
        lines = err.strip().splitlines()
        assert lines[-1].startswith("dialog: ") and all(line.startswith("left out: ") for line in lines[:-1]), lines
