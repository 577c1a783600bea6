"""The text gate: whatever is typed or sent, what is stored is safe to keep, show in a terminal and put in Word."""

from __future__ import annotations

import re
import sqlite3
import unicodedata

from docx import Document
from hypothesis import example, given
from hypothesis import strategies as st

from dialog.core.database import open_conference
from dialog.core.groups import list_groups
from dialog.core.notes import add_note
from dialog.core.text_gate import clean_text, full_clean, is_blank
from tests.conftest import tree_digest

HOSTILE = [
    "\x1b]0;pwned\x07",  # retitles a terminal window
    "\x1b[2J\x1b[H",  # clears the screen
    "linje 1\x0blinje 2",  # Word's Shift+Enter
    "a\r\nb\rc",  # a phone's text area, an old Mac
    "\u202eB)\u202c og (B)",  # right-to-left override
    "\u2067isolert",  # an isolate never closed
    "\ud800alene",  # a lone surrogate
    "\ufffe\uffff\U0010ffff",  # non-characters
    "\x00\x01\x7f\x85\x9f",  # NUL, C0, DEL, C1
    "e\u0301",  # é in two code points
]
ANY_TEXT = st.text(max_size=200) | st.sampled_from(HOSTILE) | st.lists(st.sampled_from(HOSTILE)).map("".join)
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff\ufdd0-\ufdef]")


@given(ANY_TEXT, st.booleans())
@example("\x1b]0;pwned\x07", False)
def test_the_gate_leaves_nothing_a_terminal_or_word_would_choke_on(text, single_line):
    cleaned = clean_text(text, single_line=single_line)
    assert not FORBIDDEN.search(cleaned)
    assert "\r" not in cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert clean_text(cleaned, single_line=single_line) == cleaned  # a second pass changes nothing
    if single_line:
        assert "\n" not in cleaned and "\t" not in cleaned
    cleaned.encode("utf-8")  # no lone surrogate left: it can be written to a file


@given(ANY_TEXT | st.text(alphabet=st.characters(min_codepoint=0xFFF0), max_size=20))
@example("a\U0010fffe")
def test_the_fast_check_lets_through_only_what_the_full_gate_would_keep(text):
    assert clean_text(text) == full_clean(text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")), max_size=200))
def test_ordinary_text_passes_unchanged(text):
    text = unicodedata.normalize("NFC", text.replace("\u2028", "").replace("\u2029", ""))
    text = "".join(c for c in text if c not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\x85")
    assert clean_text(text) == text


def test_what_people_write_is_kept():
    assert clean_text("Æ, ø og å – «sitat» 😊\n\tny linje") == "Æ, ø og å – «sitat» 😊\n\tny linje"
    assert clean_text("مرحبا (B)") == "مرحبا (B)"  # right-to-left letters stay; only the controls go
    assert clean_text("a\r\nb\x0bc") == "a\nb\nc"
    assert clean_text("Søndre\nNordstrand", single_line=True) == "Søndre Nordstrand"
    assert is_blank("\u200b \u200b") and not is_blank("\u200b B")


def test_hostile_text_from_every_door_ends_clean_in_the_file_the_minutes_and_the_overview(cli, stovner, tmp_path,
                                                                                         exports):
    """Phone, laptop (core), JSON import and a file written behind the gate's back: export and overview work."""
    db = open_conference(stovner)
    group = list_groups(db)[0]["id"]
    add_note(db, group, "works_well", "Tittel\x1b]0;pwned\x07 og \u202eB)", "B")
    db.close()
    # A file from before the gate (or changed by another tool): control characters stored raw.
    raw = sqlite3.connect(stovner)
    raw.execute("UPDATE measure SET text = text || ? WHERE rowid = (SELECT min(rowid) FROM measure)",
                ["\x0b\x01\x1b[2J"])
    raw.execute("UPDATE conference SET venue = ?", ["Bydelshuset\x07"])
    raw.commit()
    raw.close()

    before = tree_digest(stovner.parent)
    result = cli("export", str(stovner), "--out", str(exports / "referat.docx"))
    assert result.code == 0, result.err
    words = "\n".join(p.text for p in Document(str(exports / "referat.docx")).paragraphs)
    assert "Tittel]0;pwned og B)" in words and "\x1b" not in words and "\x0b" not in words
    # The export says what it cleaned, and where; the file itself is left as it was.
    assert "2 texts in the file held control characters" in result.err
    assert "(conference details 1, measures 1)" in result.err
    assert tree_digest(stovner.parent) == before
    result = cli("overview", str(stovner.parent), "--out", str(exports / "oversikt.docx"))
    assert result.code == 0, result.err
    assert "Stovner 2007-10-17: 1 text held characters a document cannot hold" in result.err  # the measure
    json_out = exports / "copy.json"
    assert cli("export", str(stovner), "--format", "json", "--out", str(json_out)).code == 0

    # The JSON form imported elsewhere: the same gate.
    text = json_out.read_text(encoding="utf-8").replace("Bydelshuset", "Bydelshuset\\u001b[31m")
    json_out.write_text(text, encoding="utf-8")
    assert "\\u001b" in json_out.read_text(encoding="utf-8")
    result = cli("--sessions", str(tmp_path / "elsewhere"), "import", str(json_out), "--out",
                 str(tmp_path / "imported.dialog.sqlite"))
    assert result.code == 0, result.err
    check = sqlite3.connect(tmp_path / "imported.dialog.sqlite")
    venue = check.execute("SELECT venue FROM conference").fetchone()[0]
    check.close()
    assert venue == "Bydelshuset[31m"


def test_a_clean_file_exports_without_a_word_about_cleaning(cli, stovner, exports):
    for argv in (("export", str(stovner), "--out", str(exports / "referat.docx")),
                 ("export", str(stovner), "--format", "csv", "--out", str(exports / "csv")),
                 ("overview", str(stovner.parent), "--out", str(exports / "oversikt.docx"))):
        result = cli(*argv)
        assert result.code == 0, result.err
        assert "cleaned" not in result.err


def test_the_cleaning_line_speaks_norwegian(cli, stovner, exports):
    raw = sqlite3.connect(stovner)
    raw.execute("UPDATE note SET text = text || ? WHERE rowid = (SELECT min(rowid) FROM note)", ["\x1b[2J"])
    raw.commit()
    raw.close()
    result = cli("--lang", "nb", "export", str(stovner), "--format", "json", "--out", str(exports / "k.json"))
    assert result.code == 0, result.err
    assert "1 tekst i filen hadde kontrolltegn" in result.err and "(notater 1)" in result.err
    assert "\\u001b" not in (exports / "k.json").read_text(encoding="utf-8")


def test_a_text_another_tool_stored_as_bad_utf8_cannot_stop_an_export(cli, stovner, exports):
    """Before, the gate's own SQL function refused to run on such bytes and the file 'could not be opened'."""
    raw = sqlite3.connect(stovner)
    raw.execute("UPDATE note SET text = CAST(X'48656A20FF20646572' AS TEXT)"
                " WHERE rowid = (SELECT min(rowid) FROM note)")  # "Hej ", a byte no UTF-8 has, " der"
    raw.commit()
    raw.close()
    untouched = tree_digest(stovner.parent)
    result = cli("export", str(stovner), "--format", "csv", "--out", str(exports / "csv"))
    assert result.code == 0, result.err
    assert "(notes 1)" in result.err  # said, in one line, as every cleaned text is
    assert "Hej \ufffd der" in (exports / "csv" / "notes.csv").read_text(encoding="utf-8")
    assert tree_digest(stovner.parent) == untouched


def test_a_file_from_before_the_gate_is_cleaned_when_a_writer_opens_it(stovner):
    raw = sqlite3.connect(stovner)
    raw.execute("UPDATE note SET text = ? WHERE rowid = (SELECT min(rowid) FROM note)", ["Før\x1b[2Jetter\r\n"])
    raw.execute("PRAGMA user_version = 4")
    raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_clean_texts'")
    raw.commit()
    raw.close()
    open_conference(stovner).close()
    check = sqlite3.connect(stovner)
    texts = [row[0] for row in check.execute("SELECT text FROM note")]
    check.close()
    assert "Før[2Jetter\n" in texts and not any("\x1b" in text or "\r" in text for text in texts)


def test_csv_cells_never_run_as_formulas(cli, stovner, exports):
    import csv

    db = open_conference(stovner)
    group = list_groups(db)[0]["id"]
    for text in ("=HYPERLINK(\"http://x\";\"klikk\")", "+47 22 00 00 00", "-lista fortsetter", "@alle"):
        add_note(db, group, "other", text, "B")
    db.close()
    assert cli("export", str(stovner), "--format", "csv", "--out", str(exports / "csv")).code == 0
    with open(exports / "csv" / "notes.csv", encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert "'=HYPERLINK(\"http://x\";\"klikk\")" in cells and "'-lista fortsetter" in cells


def test_dialog_list_never_prints_a_control_sequence(cli, stovner):
    raw = sqlite3.connect(stovner)
    raw.execute("UPDATE conference SET district = ?", ["Stovner\x1b]0;pwned\x07\x1b[2J"])
    raw.commit()
    raw.close()
    result = cli("list")
    assert result.code == 0 and "Stovner]0;pwned[2J" in result.out
    assert "\x1b" not in result.out and "\x07" not in result.out


def test_a_scale_changed_by_another_tool_to_a_billion_is_read_as_one_to_five(cli, stovner, exports):
    raw = sqlite3.connect(stovner)
    raw.execute("UPDATE form_question SET scale_min = -5, scale_max = 1000000000 WHERE kind = 'scale'")
    raw.commit()
    raw.close()
    for argv in (("export", str(stovner), "--out", str(exports / "referat.docx")),
                 ("overview", str(stovner.parent), "--out", str(exports / "oversikt.docx"))):
        result = cli(*argv)
        assert result.code == 0, result.err
    from dialog.core.evaluation import tally_scales

    db = open_conference(stovner, read_only=True)
    try:
        assert all(set(tally.distribution) <= {1, 2, 3, 4, 5} for tally in tally_scales(db))
    finally:
        db.close()
