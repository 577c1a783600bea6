"""The REFI-QDA project (.qdpx): valid against the published schema, and every coded selection is exactly its note."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from dialog.core.database import open_conference
from dialog.core.groups import list_groups
from dialog.core.notes import add_note, list_notes
from dialog.export.qdpx import NAMESPACE, export_qdpx

# REFI-QDA's QDA-XML 1.0 schema (MIT; its notice is at the top of the file), copied so the suite runs offline.
SCHEMA = Path(__file__).parent / "fixtures" / "refi-qda" / "Project.xsd"
NS = {"q": NAMESPACE}


def project(path: Path) -> tuple[etree._Element, dict[str, str]]:
    """The parsed project.qde and the text of each source file, by its internal:// name."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("project.qde"))
        texts = {name.removeprefix("Sources/"): archive.read(name).decode("utf-8")
                 for name in archive.namelist() if name.startswith("Sources/")}
    return root, texts


def code_names(root) -> dict[str, str]:
    return {code.get("guid"): code.get("name") for code in root.iterfind(".//q:Code", NS)}


def selections(root, texts) -> list[tuple[str, str]]:
    """(selected text, code name) for every coded selection of every source."""
    names = code_names(root)
    found = []
    for source in root.iterfind(".//q:TextSource", NS):
        text = texts[source.get("plainTextPath").removeprefix("internal://")]
        for selection in source.iterfind("q:PlainTextSelection", NS):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            code = selection.find("q:Coding/q:CodeRef", NS).get("targetGUID")
            found.append((text[start:end], names[code]))
    return found


@pytest.fixture
def stovner_qdpx(stovner, tmp_path) -> Path:
    return export_qdpx([stovner], tmp_path / "stovner.qdpx", language="nb")


def test_the_project_validates_against_the_refi_qda_schema(stovner_qdpx):
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    root, _texts = project(stovner_qdpx)
    schema.assertValid(root)


def test_every_note_is_a_selection_quoting_it_exactly_coded_with_its_kind(stovner, stovner_qdpx):
    db = open_conference(stovner, read_only=True)
    try:
        notes = [(note["text"], note["kind"]) for note in list_notes(db) if note["text"].strip()]
    finally:
        db.close()
    root, texts = project(stovner_qdpx)
    from dialog.i18n import t

    expected = [(text, t(f"note_kind.{kind}", "nb")) for text, kind in notes]
    coded = [pair for pair in selections(root, texts) if pair in expected]
    assert len(notes) > 20 and coded == expected


def test_positions_count_unicode_characters_not_bytes(stovner, tmp_path):
    db = open_conference(stovner)
    try:
        group = list_groups(db)[0]
        add_note(db, group["id"], "quote", "Æ ø å – «sånn» 🙂 er det", "B")
        add_note(db, group["id"], "other", "Etter emojien: ærlig talt", "T")
    finally:
        db.close()
    root, texts = project(export_qdpx([stovner], tmp_path / "u.qdpx", language="nb"))
    quoted = [text for text, _code in selections(root, texts)]
    assert "Æ ø å – «sånn» 🙂 er det" in quoted and "Etter emojien: ærlig talt" in quoted
    etree.XMLSchema(etree.parse(str(SCHEMA))).assertValid(root)


def test_groups_are_cases_with_district_date_and_role_letters_and_no_names(stovner, stovner_qdpx):
    root, texts = project(stovner_qdpx)
    cases = root.findall(".//q:Case", NS)
    assert len(cases) == 1 + 4  # the district and its groups
    variables = {variable.get("guid"): variable.get("name") for variable in root.iterfind(".//q:Variable", NS)}
    group_case = cases[1]
    values = {variables[value.find("q:VariableRef", NS).get("targetGUID")]: value[1].text
              for value in group_case.iterfind("q:VariableValue", NS)}
    assert values["Bydel"] == "Stovner" and values["Dato"] == "2007-10-17"
    assert values["Roller i gruppen"] and all(len(letter) <= 2 for letter in values["Roller i gruppen"].split(", "))
    db = open_conference(stovner, read_only=True)
    try:
        leaders = [name for (name,) in db.execute("SELECT name FROM leader")]
        devices = [device for (device,) in db.execute("SELECT DISTINCT author_device FROM note") if device]
    finally:
        db.close()
    everything = etree.tostring(root, encoding="unicode") + "".join(texts.values())
    assert leaders and not any(name in everything for name in leaders)
    assert not any(device in everything for device in devices)


def test_group_sources_are_coded_with_their_themes(stovner_qdpx):
    root, _texts = project(stovner_qdpx)
    names = code_names(root)
    source = root.find(".//q:TextSource", NS)
    themes = [names[coding.find("q:CodeRef", NS).get("targetGUID")] for coding in source.iterfind("q:Coding", NS)]
    assert themes and all(name[0].isdigit() for name in themes)


def test_a_second_export_has_the_same_identifiers(stovner, tmp_path):
    first, _ = project(export_qdpx([stovner], tmp_path / "a.qdpx"))
    second, _ = project(export_qdpx([stovner], tmp_path / "b.qdpx"))
    assert [e.get("guid") for e in first.iter() if e.get("guid")] == [e.get("guid") for e in second.iter()
                                                                       if e.get("guid")]


def test_many_conferences_share_one_code_system(oslo_files, tmp_path):
    root, texts = project(export_qdpx(oslo_files, tmp_path / "oslo.qdpx", language="nb"))
    etree.XMLSchema(etree.parse(str(SCHEMA))).assertValid(root)
    kinds = [code.get("name") for code in root.find(".//q:Codes", NS)]
    assert kinds == ["Notattype", "Plenum", "Tema"]
    districts = [case for case in root.iterfind("q:Cases/q:Case", NS) if "·" not in case.get("name")]
    assert len(districts) == len(oslo_files) == 15
    referenced = [ref.get("targetGUID") for case in districts for ref in case.iterfind("q:SourceRef", NS)]
    sources = [source.get("guid") for source in root.iterfind(".//q:TextSource", NS)]
    assert sorted(referenced) == sorted(sources) and len(sources) == len(texts)


@pytest.fixture
def oslo_files(cli, tmp_path) -> list[Path]:
    fixtures = Path(__file__).parent / "fixtures" / "oslo"
    files = []
    for fixture in sorted(fixtures.glob("*.json")):
        result = cli("--sessions", str(tmp_path / "collected"), "import", str(fixture))
        assert result.code == 0, result.err
    files = sorted((tmp_path / "collected").glob("*.dialog.sqlite"))
    return files


def test_export_and_overview_write_a_project_from_the_command_line(cli, stovner, oslo_files, tmp_path):
    result = cli("export", str(stovner), "--format", "qdpx", "--out", str(tmp_path / "one.qdpx"))
    assert result.code == 0, result.err
    assert Path(result.out.strip()) == tmp_path / "one.qdpx"
    result = cli("overview", str(oslo_files[0].parent), "--format", "qdpx", "--out", str(tmp_path / "all.qdpx"))
    assert result.code == 0, result.err
    root, _texts = project(tmp_path / "all.qdpx")
    etree.XMLSchema(etree.parse(str(SCHEMA))).assertValid(root)
    assert len([case for case in root.iterfind("q:Cases/q:Case", NS) if "·" not in case.get("name")]) == 15


@pytest.mark.parametrize("fmt", ["qdpx", "docx"])
def test_an_export_is_never_written_over_or_beside_a_conference_file_it_names(cli, stovner, fmt):
    before = stovner.read_bytes()
    result = cli("export", str(stovner), "--format", fmt, "--out", str(stovner))
    assert result.code != 0 and "is a conference file" in result.err and result.err.count("\n") == 1
    assert stovner.read_bytes() == before and sorted(p.name for p in stovner.parent.iterdir()) == [stovner.name]
