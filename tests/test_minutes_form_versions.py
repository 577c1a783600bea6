"""The Word minutes after the evaluation form was edited once forms were in: every answer counted, changes noted."""

from __future__ import annotations

from docx import Document

from dialog.core.database import open_conference
from dialog.core.evaluation import add_response
from dialog.core.form_templates import remove_question, update_question
from dialog.export.minutes_docx import export_minutes
from tests.test_minutes_docx import table_after


def edit_the_form(path) -> None:
    """Reword one scale question, take a scale and a free-text question off, and let one more form come in."""
    db = open_conference(path)
    try:
        update_question(db, "voice", "Fikk du sagt det du ville?", "Did you get to say what you wanted?")
        remove_question(db, "learned")
        remove_question(db, "missing")
        add_response(db, {"voice": 5, "useful": 5, "comments": "Kom igjen!"}, source="phone", instance_id="late")
    finally:
        db.close()


def evaluation_part(document) -> list[str]:
    """The paragraphs from the Evaluation heading up to the next Heading 1."""
    texts, inside = [], False
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Heading 1":
            if inside:
                break
            inside = paragraph.text in ("Evaluering", "Evaluation")
        elif inside:
            texts.append(paragraph.text)
    return texts


def test_the_minutes_count_every_version_and_note_the_rewording_and_the_removal(stovner, tmp_path):
    edit_the_form(stovner)
    document = Document(export_minutes(stovner, tmp_path / "referat.docx", language="nb"))
    rows = [[cell.text for cell in row.cells] for row in table_after(document, "Evaluering").rows]
    assert rows[0][:3] == ["Spørsmål", "n", "Snitt"]
    by_question = {row[0]: row[1:] for row in rows[1:]}
    assert by_question["2. Fikk du sagt det du ville? ¹"][:2] == ["14", "4,3"]  # 13 forms on the old wording, 1 new
    assert by_question["1. Stemte funnene med dine egne erfaringer?"][:2] == ["13", "4,2"]
    assert by_question["4. Hvor nyttig var konferansen alt i alt?"][:2] == ["14", "4,4"]
    assert by_question["5. Lærte du noe nytt? ²"][:2] == ["13", "4,0"]  # taken off the form, still counted
    assert [row[0] for row in rows[1:]][-1] == "5. Lærte du noe nytt? ²"  # after those still on the form
    part = evaluation_part(document)
    assert part[0] == "15 deltakere, 14 evalueringsskjemaer levert."
    assert "¹ Stilt med 2 ulike ordlyder: «Fikk du sagt det du ønsket?»; «Fikk du sagt det du ville?»." in part
    assert "² Tatt ut av skjemaet etter at svar kom inn." in part
    # The free-text question taken off the form keeps its answers, with the same note under its heading.
    missing = part.index("Var det noe som manglet?")
    assert part[missing + 1] == "Tatt ut av skjemaet etter at svar kom inn."
    assert sorted(part[missing + 2:missing + 4]) == ["Mer tid i gruppene.", "Noen fra NAV burde vært her."]
    assert "Kom igjen!" in part


def test_the_english_minutes_note_only_what_changed_in_english(stovner, tmp_path):
    edit_the_form(stovner)
    document = Document(export_minutes(stovner, tmp_path / "minutes.docx", language="en"))
    rows = [[cell.text for cell in row.cells] for row in table_after(document, "Evaluation").rows]
    by_question = {row[0]: row[1:] for row in rows[1:]}
    # The English wording of "voice" is the same as before: no note; the removal is noted.
    assert by_question["2. Did you get to say what you wanted?"][:2] == ["14", "4.3"]
    assert by_question["5. Did you learn something new? ¹"][:2] == ["13", "4.0"]
    part = evaluation_part(document)
    assert "¹ Taken off the form after answers came in." in part
    assert not any(text.startswith("²") for text in part)
