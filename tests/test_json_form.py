"""The JSON form: import(export(x)) reproduces x exactly; bad JSON changes nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dialog.core.assessment import set_assessment
from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.database import open_conference
from dialog.core.errors import DialogError
from dialog.core.evaluation import add_response
from dialog.core.findings import add_finding, add_quote, set_response
from dialog.core.groups import add_group
from dialog.core.measures import add_measure
from dialog.core.notes import add_note, delete_note, edit_note
from dialog.core.text_gate import clean_text, is_blank
from dialog.export.json_format import conference_to_dict, export_json, import_json
from tests.conftest import tree_digest

LONG = "Lang tekst om krisehjelp etter kontortid. " * 480  # about 20,000 characters
# Any text, as the gate lets it into a file (the gate itself is tested in test_text_gate.py).
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=300).map(
    clean_text)


def dump(path: Path) -> dict:
    db = open_conference(path)
    try:
        return conference_to_dict(db)
    finally:
        db.close()


def test_demo_round_trip_is_exact(stovner, tmp_path):
    exported = export_json(stovner, tmp_path / "stovner.json")
    imported = import_json(exported, tmp_path / "elsewhere")
    assert dump(imported) == dump(stovner)
    again = export_json(imported, tmp_path / "again.json")
    assert again.read_bytes() == exported.read_bytes()


@given(district=TEXT.filter(lambda s: not is_blank(s) and len(s.strip()) <= 200),
       note=TEXT.filter(lambda s: not is_blank(s)),
       quote=TEXT.filter(lambda s: not is_blank(s)), comment=TEXT)
@example(district="Grünerløkka 🌿", note="Æ, ø og å – «sitat» 😊\n\tny linje", quote="Det snudde alt 🙏",
         comment=LONG[:20_000])
@example(district="Søndre Nordstrand", note=LONG[:19_990], quote=LONG[:20_000], comment="")
def test_round_trip_keeps_any_text_exactly(tmp_path_factory, district, note, quote, comment):
    folder = tmp_path_factory.mktemp("rt")
    source = folder / "src.dialog.sqlite"
    db = create_conference(source, ConferenceFacts(district=district, date="2007-10-17"))
    finding = add_finding(db, "Funn 🌟", comment)
    add_quote(db, finding, quote, "B2")
    set_response(db, finding, "nuanced", comment)
    group = add_group(db, "Gruppe 1", ["4.9"], {"user": 2, "staff": 1})
    note_id = add_note(db, group, "quote", note, "B1")
    edit_note(db, note_id, text=note + " (rettet)")
    delete_note(db, add_note(db, group, "other", quote, ""))
    add_measure(db, quote, theme_code="4.9", group_id=group, level="city", owner=comment[:200], deadline="2008-01-31")
    set_assessment(db, comment)
    add_response(db, {"useful": 5, "comments": note}, source="phone", instance_id="abc")
    db.close()

    exported = export_json(source, folder / "x.json")
    imported = import_json(exported, folder / "imported")
    original, copy_ = dump(source), dump(imported)
    assert copy_ == original
    notes = {row["text"] for row in copy_["tables"]["note"]}
    assert note + " (rettet)" in notes


@pytest.fixture
def export_document(stovner, tmp_path) -> dict:
    return json.loads(export_json(stovner, tmp_path / "base.json").read_text(encoding="utf-8"))


def _mutations():
    def drop(key):
        return lambda d: d.pop(key)

    def set_(path, value):
        def apply(d):
            target = d
            for part in path[:-1]:
                target = target[part]
            target[path[-1]] = value
        return apply

    return {
        "not an object": (lambda d: d.clear() or d.update({"x": 1}), "format"),
        "wrong format": (set_(["format"], "something-else"), "format"),
        "no version": (drop("format_version"), "format_version"),
        "version as text": (set_(["format_version"], "1"), "format_version"),
        "newer version": (set_(["format_version"], 99), "newer"),
        "tables not object": (set_(["tables"], []), "tables"),
        "unknown table": (set_(["tables", "secrets"], []), "unknown table"),
        "table not list": (set_(["tables", "note"], {}), "not a list"),
        "row not object": (set_(["tables", "note", 0], "tekst"), "not an object"),
        "missing field": (lambda d: d["tables"]["note"][0].pop("kind"), "kind"),
        "extra field": (set_(["tables", "note", 0, "ip_address"], "10.0.0.1"), "ip_address"),
        "text as number": (set_(["tables", "note", 0, "text"], 42), "not text"),
        "number as text": (set_(["tables", "attendance", 0, "count"], "seks"), "whole number"),
        "bool as number": (set_(["tables", "attendance", 0, "count"], True), "whole number"),
        "null not allowed": (set_(["tables", "note", 0, "text"], None), "may not be null"),
        "two conferences": (lambda d: d["tables"]["conference"].append(dict(d["tables"]["conference"][0])),
                            "exactly one"),
        "no conference": (set_(["tables", "conference"], []), "exactly one"),
        "bad kind": (set_(["tables", "note", 0, "kind"], "gossip"), "is not one of"),
        "dangling group": (set_(["tables", "note", 0, "group_id"], "no-such-group"), "does not fit"),
        "duplicate id": (lambda d: d["tables"]["note"].append(dict(d["tables"]["note"][0])), "does not fit"),
        "lone surrogate": (set_(["tables", "note", 0, "text"], "\ud800"), "invalid text"),
    }


@pytest.mark.parametrize("name", sorted(_mutations()))
def test_import_refuses_wrong_shapes_and_writes_nothing(export_document, tmp_path, sessions, name):
    mutate, words = _mutations()[name]
    document = copy.deepcopy(export_document)
    mutate(document)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    before = tree_digest(tmp_path)
    with pytest.raises(DialogError) as caught:
        import_json(bad, tmp_path / "target-sessions")
    assert words in caught.value.message()
    assert tree_digest(tmp_path) == before
    assert not (tmp_path / "target-sessions").exists() or not any((tmp_path / "target-sessions").iterdir())


@pytest.mark.parametrize("content, words", [
    (b"", "not valid JSON"),
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe\x00", "not valid JSON"),
    (b"[1, 2, 3]", "top level is not an object"),
    (b'"just a string"', "top level is not an object"),
])
def test_import_refuses_files_that_are_not_exports(cli, tmp_path, content, words):
    bad = tmp_path / "x.json"
    bad.write_bytes(content)
    before = tree_digest(tmp_path)
    result = cli("import", str(bad))
    assert result.code == 2 and words in result.err and len(result.err.strip().splitlines()) == 1
    assert tree_digest(tmp_path) == before


def test_import_refuses_missing_file_and_folder(cli, tmp_path):
    assert "no such file" in cli("import", str(tmp_path / "none.json")).err
    assert "is a folder" in cli("import", str(tmp_path)).err


def test_importing_the_same_conference_twice_is_refused(cli, stovner, tmp_path, sessions):
    exported = cli("export", str(stovner), "--format", "json").out.strip()
    before = tree_digest(sessions)
    result = cli("import", exported)
    assert result.code == 2 and "already in the sessions folder" in result.err
    assert tree_digest(sessions) == before


def test_cli_round_trip(cli, stovner, tmp_path):
    exported = cli("export", str(stovner), "--format", "json").out.strip()
    made = cli("--sessions", str(tmp_path / "other"), "import", exported)
    assert made.code == 0, made.err
    assert dump(Path(made.out.strip())) == dump(stovner)
