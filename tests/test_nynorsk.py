"""Nynorsk: a conference written in it, its documents, its phone pages, its names, and files made before it.

The interface's own run in nynorsk is tests/test_tui_conference_run.py; the
catalogues' completeness is tests/test_i18n.py.
"""

from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from sqlite_utils import Database

from dialog.cli import main
from dialog.core.conference import ConferenceFacts, create_conference, read_conference
from dialog.core.conference_themes import add_own_theme, list_themes
from dialog.core.database import APPLICATION_ID, open_conference
from dialog.core.default_themes import DEFAULT_THEMES
from dialog.core.evaluation import list_questions, tally_scales
from dialog.core.form_templates import add_question, update_question
from dialog.core.forms import DEFAULT_QUESTIONS
from dialog.core.overview_read import catalogue_themes, read_conference_overview
from dialog.core.roles import DEFAULT_ROLES
from dialog.core.schema import STEPS, migrate
from dialog.export.feedback_docx import export_feedback
from dialog.export.minutes_docx import export_minutes
from dialog.export.paper_forms_docx import write_paper_forms
from dialog.export.qdpx import NAMESPACE, export_qdpx
from dialog.i18n import t
from dialog.i18n.names import local_name
from dialog.web.server import create_web_app, open_room

BOKMAL_ONLY = re.compile(r"\b(ikke|hvordan|hvis|noen|bare|hva|hvilke|også|deltakere|tjenester|spørreskjema)\b", re.I)
"""Words bokmål writes and nynorsk does not."""


def in_nynorsk(path: Path) -> Path:
    """The conference at ``path``, its document language set to nynorsk (as the facts form would)."""
    db = open_conference(path)
    try:
        db.execute("UPDATE conference SET language = 'nn'")
    finally:
        db.close()
    return path


def without_nynorsk_names(path: Path) -> Path:
    """The conference at ``path`` without the nynorsk columns the overview reads, as a file of format 9 is."""
    db = open_conference(path)
    try:
        for table, column in (("theme", "name_nn"), ("form_question", "text_nn")):
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    finally:
        db.close()
    return path


def word_paragraphs(path: Path) -> list[str]:
    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return [paragraph.text for paragraph in document.paragraphs] + cells


def fixed_words(texts: list[str], typed: list[str]) -> str:
    """The document's text without what users typed (the demo's notes are bokmål, as a district may write)."""
    joined = "\n".join(texts)
    for text in sorted(typed, key=len, reverse=True):
        joined = joined.replace(text, "")
    return joined


def typed_texts(path: Path) -> list[str]:
    db = open_conference(path, read_only=True)
    try:
        rows = []
        for sql in ("SELECT text FROM note", "SELECT title FROM finding", "SELECT body FROM finding",
                    "SELECT response_comment FROM finding", "SELECT text FROM finding_quote",
                    "SELECT text FROM measure", "SELECT owner FROM measure", "SELECT text FROM plenary_point",
                    "SELECT text FROM assessment", "SELECT value_text FROM evaluation_answer",
                    "SELECT comment FROM finding_answer", "SELECT name FROM work_group", "SELECT venue FROM conference",
                    "SELECT name_nb FROM theme WHERE origin = 'own'", "SELECT reason FROM note_flag"):
            rows += [row[0] for row in db.execute(sql) if row[0]]
        return rows
    finally:
        db.close()


def test_a_new_conference_in_nynorsk_has_nynorsk_roles_themes_and_questions(tmp_path):
    db = create_conference(tmp_path / "x.dialog.sqlite", ConferenceFacts("Bjerke", "2026-12-03", language="nn"))
    try:
        assert read_conference(db)["language"] == "nn"
        roles = {row["code"]: local_name(row, "nn") for row in db.execute_returning_dicts("SELECT * FROM role")}
        assert roles["user"] == "Brukar" and roles["relative"] == "Pårørande" and roles["other"] == "Anna"
        themes = {row["code"]: local_name(row, "nn") for row in list_themes(db)}
        assert themes["3.2"] == "Brukarmedverknad" and themes["4.7"] == "Heimetenester"
        assert len(themes) == len(DEFAULT_THEMES) == 24
        questions = {row["code"]: local_name(row, "nn", "text") for row in list_questions(db)}
        assert questions["useful"] == "Kor nyttig var konferansen alt i alt?"
    finally:
        db.close()


def test_every_catalogue_name_and_default_wording_has_its_own_nynorsk():
    for theme in DEFAULT_THEMES:
        assert theme.name_nn.strip() and not BOKMAL_ONLY.search(theme.name_nn), theme
    for role in DEFAULT_ROLES:
        assert role.name_nn.strip() and not BOKMAL_ONLY.search(role.name_nn), role
    for question in DEFAULT_QUESTIONS:
        assert question.text_nn.strip() and question.text_nn != question.text_nb, question
    differing = [theme for theme in DEFAULT_THEMES if theme.name_nn != theme.name_nb]
    assert len(differing) >= 15  # most names differ ("Heimetenester"); some are the same ("Fastlegen")


def test_names_fall_back_from_one_written_standard_to_the_other_before_english():
    row = {"name_nb": "Bolig", "name_en": "Housing", "name_nn": ""}
    assert local_name(row, "nn") == "Bolig" and local_name(row, "en") == "Housing"
    row = {"name_nb": "", "name_en": "Housing", "name_nn": "Bustad"}
    assert local_name(row, "nb") == "Bustad"
    assert local_name({"name_nb": "Bolig", "name_en": ""}, "nn") == "Bolig"  # a row from before nynorsk


def test_a_theme_and_a_question_typed_in_nynorsk_are_kept_as_nynorsk(stovner):
    db = open_conference(stovner)
    try:
        add_own_theme(db, "E1", "Skuleteneste", "", written="nn")
        theme = next(row for row in list_themes(db) if row["code"] == "E1")
        assert (theme["name_nn"], theme["name_nb"], theme["name_en"]) == ("Skuleteneste",) * 3
        code = add_question(db, "text", "Kva var best i dag?", "What was best today?", written="nn")
        update_question(db, "useful", "Kor nyttig var dagen?", "How useful was the day?", written="nn")
        rows = {row["code"]: row for row in list_questions(db)}
        assert local_name(rows[code], "nn", "text") == local_name(rows[code], "nb", "text") == "Kva var best i dag?"
        assert rows["useful"]["text_nn"] == "Kor nyttig var dagen?"
        # Edited in bokmål, the old nynorsk wording goes: it asked the question before the edit.
        update_question(db, "matched", "Kjente du deg igjen i funnene?", "Did you recognise the findings?")
        matched = next(row for row in list_questions(db) if row["code"] == "matched")
        assert local_name(matched, "nn", "text") == "Kjente du deg igjen i funnene?"
    finally:
        db.close()


def test_a_file_from_before_nynorsk_is_upgraded_and_gets_nynorsk_default_names(tmp_path):
    path = tmp_path / "old.dialog.sqlite"
    db = Database(sqlite3.connect(str(path)))
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrate(db, STEPS[:9])  # the format before nynorsk
    db["conference"].insert({"id": "c1", "district": "Alna", "date": "2026-05-04", "language": "nb",
                             "created_at": "2026-05-04T09:00:00+00:00"})
    db["role"].insert_all({"code": r.code, "letter": r.letter, "name_nb": r.name_nb, "name_en": r.name_en,
                           "position": i} for i, r in enumerate(DEFAULT_ROLES))
    db.execute("UPDATE role SET name_nb = 'Bruker (egen tekst)' WHERE code = 'user'")  # renamed by the leader
    db["theme"].insert_all({"code": th.code, "name_nb": th.name_nb, "name_en": th.name_en,
                            "parent_code": th.parent_code, "origin": "catalogue", "position": i}
                           for i, th in enumerate(DEFAULT_THEMES))
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE conference SET language = 'nn'")
    # A table renamed back and forth (by another tool, or a later SQLite) is stored as CREATE TABLE "conference".
    db.execute("ALTER TABLE conference RENAME TO conference_elsewhere")
    db.execute("ALTER TABLE conference_elsewhere RENAME TO conference")
    db.conn.commit()
    db.close()

    db = open_conference(path)  # a writer upgrades the file in place
    try:
        assert read_conference(db)["district"] == "Alna"
        names = {row["code"]: row["name_nn"] for row in db.execute_returning_dicts("SELECT * FROM role")}
        assert names["relative"] == "Pårørande" and names["user"] == ""  # the renamed one keeps its own words
        assert local_name(db.execute_returning_dicts("SELECT * FROM role WHERE code = 'user'")[0], "nn") \
            == "Bruker (egen tekst)"
        assert {row["code"]: row["name_nn"] for row in list_themes(db)}["4.4"] == "Busituasjonen"
        db.execute("UPDATE conference SET language = 'nn'")  # nynorsk is now a document language
        assert read_conference(db)["language"] == "nn"
    finally:
        db.close()


def test_editing_only_the_english_keeps_both_norwegian_wordings(stovner):
    db = open_conference(stovner)
    try:
        for written in ("nn", "nb"):
            row = next(row for row in list_questions(db) if row["code"] == "voice")
            update_question(db, "voice", local_name(row, written, "text"), f"Were you heard ({written})?",
                            written=written)  # the Norwegian as the editor showed it
            row = next(row for row in list_questions(db) if row["code"] == "voice")
            assert (row["text_nb"], row["text_nn"]) == ("Fikk du sagt det du ønsket?", "Fekk du sagt det du ønskte?")
            assert row["text_en"] == f"Were you heard ({written})?"
    finally:
        db.close()


def test_the_overview_of_an_older_file_and_a_nynorsk_one_names_each_question_and_theme_once(cli, stovner, sessions,
                                                                                          exports):
    without_nynorsk_names(stovner)
    nynorsk = sessions / "2026-12-10-sagene.dialog.sqlite"
    create_conference(nynorsk, ConferenceFacts("Sagene", "2026-12-10", language="nn")).close()
    made = cli("--lang", "nn", "overview", str(stovner), str(nynorsk), "--include-demos", "--order", "given")
    assert made.code == 0, made.err
    texts = word_paragraphs(Path(made.out.strip().splitlines()[-1]))
    assert texts.count("Kor nyttig var konferansen alt i alt?") == 1  # one heading, the older file's figures under it
    assert "Hvor nyttig var konferansen alt i alt?" not in texts
    joined = "\n".join(texts)
    assert "Heimetenester" in joined and "Hjemmetjenester" not in joined  # the older file first, names in nynorsk


def test_a_json_copy_of_an_older_format_cannot_claim_nynorsk(tmp_path, stovner):
    import json

    from dialog.core.errors import DialogError
    from dialog.export.json_format import conference_to_dict, import_json

    db = open_conference(stovner)
    try:
        document = conference_to_dict(db)
    finally:
        db.close()
    document["format_version"] = 9
    document["tables"].pop("printed_sheets", None)
    for table, column in (("role", "name_nn"), ("theme", "name_nn"), ("form_question", "text_nn")):
        for row in document["tables"][table]:
            del row[column]
    document["tables"]["conference"][0]["language"] = "nn"
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DialogError) as refused:
        import_json(old, tmp_path / "elsewhere")
    assert "conference[0].language" in str(refused.value) and "nb, en" in str(refused.value)
    assert not (tmp_path / "elsewhere").exists() or not any((tmp_path / "elsewhere").iterdir())


def test_the_overview_reads_a_file_without_the_nynorsk_columns_as_it_is(stovner):
    without_nynorsk_names(stovner)
    before = stovner.read_bytes()
    overview = read_conference_overview(stovner)
    # The defaults' nynorsk, as step 10 would give them; the file is not changed.
    assert [scale["text_nn"] for scale in overview.scales] == [q.text_nn for q in DEFAULT_QUESTIONS
                                                               if q.kind == "scale"]
    assert [theme["name_nn"] for theme in catalogue_themes(stovner)] == [th.name_nn for th in DEFAULT_THEMES
                                                                       if th.parent_code]
    assert stovner.read_bytes() == before


def test_the_minutes_in_nynorsk(stovner, tmp_path):
    minutes = export_minutes(in_nynorsk(stovner), tmp_path / "referat.docx")
    texts = word_paragraphs(minutes)
    joined = "\n".join(texts)
    assert t("minutes.title", "nn", district="Stovner") in joined
    for key in ("minutes.h_findings", "minutes.h_agenda", "minutes.h_assessment"):
        assert t(key, "nn") != t(key, "nb")
        assert t(key, "nn") in texts and t(key, "nb") not in texts
    assert "Kor nyttig var konferansen alt i alt?" in joined  # the default question in nynorsk
    assert "Brukarmedverknad" in joined or "Heimetenester" in joined  # catalogue themes in nynorsk
    assert "Brukar" in joined  # attendance by role
    assert BOKMAL_ONLY.findall(fixed_words(texts, typed_texts(stovner))) == []
    styles = Document(str(minutes)).styles.element.xml
    assert 'w:val="nn-NO"' in styles


def test_the_feedback_sheet_in_nynorsk(stovner, tmp_path):
    sheet = export_feedback(in_nynorsk(stovner), tmp_path / "tilbakemelding.docx")
    texts = word_paragraphs(sheet)
    assert any(t("feedback.title", "nn", district="Stovner") in text for text in texts)
    assert BOKMAL_ONLY.findall(fixed_words(texts, typed_texts(stovner))) == []


def test_paper_forms_in_nynorsk_ask_the_nynorsk_questions(stovner, tmp_path):
    printed = write_paper_forms(in_nynorsk(stovner), "http://10.0.0.5:8080", tmp_path / "skjema.docx", count=2)
    texts = word_paragraphs(printed.path)
    joined = "\n".join(texts)
    assert list(printed.numbers) == [1, 2]
    assert "Fekk du sagt det du ønskte?" in joined and "Fikk du sagt" not in joined
    assert BOKMAL_ONLY.findall(joined) == []


def test_the_qdpx_project_names_its_codes_in_nynorsk(stovner, tmp_path):
    project = export_qdpx([in_nynorsk(stovner)], tmp_path / "stovner.qdpx")
    with zipfile.ZipFile(project) as archive:
        root = etree.fromstring(archive.read("project.qde"))
    names = {code.get("name") for code in root.iterfind(".//q:Code", {"q": NAMESPACE})}
    assert t("note_kind.works_well", "nn") in names
    assert "3.2 Brukarmedverknad" in names and "4.7 Heimetenester" in names
    schema = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "fixtures" / "refi-qda" / "Project.xsd")))
    schema.assertValid(root)


async def test_the_phone_form_in_nynorsk(stovner, aiohttp_client):
    from dialog.core.store import Store

    store = Store(in_nynorsk(stovner))
    try:
        room = open_room(store, "nn")
        client = await aiohttp_client(create_web_app(room))
        await client.get(f"/e/{room.tokens.evaluation}")
        page = await client.get("/form")
        html = await page.text()
        assert page.status == 200 and '<html lang="nn">' in html
        assert "Kor nyttig var konferansen alt i alt?" in html and ">Brukar<" in html
        assert BOKMAL_ONLY.findall(re.sub(r"<[^>]+>", " ", html)) == []
    finally:
        store.close()


def test_the_tally_gives_each_question_in_nynorsk(stovner):
    db = open_conference(stovner, read_only=True)
    try:
        texts = [tally.text("nn") for tally in tally_scales(db)]
    finally:
        db.close()
    assert "Kor nyttig var konferansen alt i alt?" in texts


def test_the_command_line_speaks_nynorsk(capsys, sessions, monkeypatch):
    monkeypatch.setenv("DIALOG_LANG", "nn")
    try:
        main(["--help"])
    except SystemExit:
        pass
    out = capsys.readouterr().out
    assert out.startswith(t("argparse.usage", "nn").strip()) and "nb, nn eller en" in out
    assert BOKMAL_ONLY.findall(out) == []
    assert main(["new", "--district", "Sagene", "--date", "2026-12-10", "--lang", "nn"]) == 0
    created = sorted(sessions.glob("*sagene*"))
    assert created, list(sessions.iterdir())
    db = open_conference(created[0], read_only=True)
    try:
        assert read_conference(db)["language"] == "nn"
    finally:
        db.close()


def test_an_overview_of_bokmal_and_nynorsk_conferences_is_norwegian(cli, stovner, sessions, exports):
    nynorsk = sessions / "2026-12-10-sagene.dialog.sqlite"
    create_conference(nynorsk, ConferenceFacts("Sagene", "2026-12-10", language="nn")).close()
    english = cli("overview", str(stovner), str(nynorsk), "--include-demos")  # the program speaks English
    assert english.code == 0, english.err
    written = Path(english.out.strip().splitlines()[-1])
    assert t("overview.title", "nb") in "\n".join(word_paragraphs(written))
    in_nynorsk = cli("--lang", "nn", "overview", str(stovner), str(nynorsk), "--include-demos")
    assert in_nynorsk.code == 0, in_nynorsk.err
    written = Path(in_nynorsk.out.strip().splitlines()[-1])
    assert t("overview.title", "nn") in "\n".join(word_paragraphs(written))
    assert t("overview.title", "nn") != t("overview.title", "nb")
