"""Printable paper evaluation forms: one numbered sheet per page, the phones' questions, the phone QR code.

The questions are the current form version's, exactly as the phones get them
(:func:`dialog.core.evaluation.list_questions`), in the conference's language.
Each sheet starts on a new page with "Skjema nr. 7" at its top, so a sheet
typed in twice is caught (its number is typed first; see
:mod:`dialog.core.paper_sheets`). The QR code on it opens the same form on a
phone, for those who prefer that.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

from dialog.core.attendance import list_roles, total_attendance
from dialog.core.backups import require_sound
from dialog.core.conference import read_conference
from dialog.core.database import open_conference
from dialog.core.errors import DialogError
from dialog.core.evaluation import list_questions
from dialog.core.forms import MAX_SHEET_NUMBER, sane_scale
from dialog.core.paper_sheets import release_sheets, reserve_sheets
from dialog.core.rows import Conference, FormQuestion, Role
from dialog.core.sessions import slugify
from dialog.export.dates import long_date
from dialog.export.docx_parts import heading, new_document, paragraph, to_bytes, usable_width_cm
from dialog.export.docx_properties import finish
from dialog.export.paths import check_target, exports_dir, write_atomically
from dialog.export.qr_codes import qr_png, room_codes
from dialog.i18n import t
from dialog.i18n.names import local_name

DEFAULT_COUNT = 30
"""Sheets printed when the conference has no attendance yet and no ``--count`` is given."""

MAX_COUNT = 1000
"""The most sheets one document holds."""

BOX = "☐"
"""An empty box to tick."""

NBSP = "\u00a0"
"""A space no line breaks at."""

WRITING_LINES = 3
"""Lines to write on under a free-text question, while the form is no longer than :data:`ROOMY_QUESTIONS`."""

ROOMY_QUESTIONS = 9
"""The default form's length (a role question, five scales, three texts), which fills one A4 page."""

HEAD_WIDTHS_CM = (12.5, 4.5)
"""The title's column and the phone code's column at the top of a sheet."""

QR_WIDTH_CM = 3.2
"""The phone code's width on the sheet: small beside the title, still read from a hand's length."""


@dataclass
class PaperForm:
    """What every sheet holds: the conference, the current form's questions, the roles and the phone address."""

    facts: Conference
    questions: list[FormQuestion]
    roles: list[Role]
    participants: int
    url: str


def read_paper_form(source: Path, base: str) -> PaperForm:
    """Read the form from the file at ``source``; the phone address is the evaluation code's under ``base``.

    The file is only read, unless the room has no codes yet (then they are made, as ``dialog qr`` does).
    """
    db = open_conference(source, read_only=True)
    try:
        facts, questions, roles = read_conference(db), list_questions(db), list_roles(db)
        participants = total_attendance(db)
    finally:
        db.close()
    url = room_codes(source, base, facts["language"])[0].url
    return PaperForm(facts, questions, roles, participants, url)


def check_numbers(count: int | None, first: int | None) -> None:
    """Refuse, in one line, a count or first number no document could hold (the default count is checked later)."""
    if count is not None and not 1 <= count <= MAX_COUNT:
        raise DialogError("error.sheet_count", count=count, high=MAX_COUNT)
    if first is not None and not 1 <= first <= MAX_SHEET_NUMBER - (count or 1) + 1:
        raise DialogError("error.sheet_first", first=first, high=MAX_SHEET_NUMBER, count=count or 1)


def sheet_count(form: PaperForm, count: int | None) -> int:
    """How many sheets to print: ``count``, by default the attendance, else 30."""
    count = (form.participants or DEFAULT_COUNT) if count is None else count
    if not 1 <= count <= MAX_COUNT:
        raise DialogError("error.sheet_count", count=count, high=MAX_COUNT)
    return count


@dataclass
class PrintedForms:
    """Paper forms written: where, their numbers, and which of them were printed or typed before (None if none)."""

    path: Path
    numbers: range
    used_before: range | None = None


def default_forms_path(facts: Conference) -> Path:
    """``exports/<date>-<district>-skjema.docx`` (English: ``-forms.docx``)."""
    return exports_dir() / t("paper_forms.file_name", facts["language"], date=facts["date"],
                             district=slugify(facts["district"]))


def build_paper_forms(form: PaperForm, numbers: range) -> bytes:
    """The .docx bytes: one sheet per number, each on its own page.

    Each sheet is a section of its own whose header carries the sheet's number,
    so a form too long for one page still says on every page whose it is.
    """
    language = form.facts["language"]
    document = new_document(language=language)
    section = document.sections[0]
    section.top_margin = section.bottom_margin = Cm(1.5)
    section.left_margin = section.right_margin = Cm(2.0)
    section.header_distance = Cm(0.7)
    png = qr_png(form.url)
    lines = writing_lines(form.questions)
    for index, number in enumerate(numbers):
        if index > 0:
            document.add_section(WD_SECTION.NEW_PAGE)
        _number_every_page(document.sections[-1], t("paper_forms.sheet", language, number=number))
        _sheet(document, form, number, png, lines)
    day = long_date(form.facts["date"], language)
    finish(document, title=t("paper_forms.doc_title", language, district=form.facts["district"],
                             date=form.facts["date"]),
           subject=t("paper_forms.doc_subject", language, district=form.facts["district"], date=day),
           language=language)
    return to_bytes(document)


def write_paper_forms(source: Path, base: str, out: Path | None = None, *, count: int | None = None,
                      first: int | None = None, force: bool = False) -> PrintedForms:
    """Write the sheets to ``out`` (default in exports/; a numbered name if taken unless ``force``).

    The numbers go on from the last printed or typed unless ``first`` says
    otherwise, and the print is recorded in the conference file (forgotten again
    if the document cannot be written). A bad count or first number is refused
    before anything is read or written.
    """
    check_numbers(count, first)
    if out is not None:
        check_target(out)  # a place it cannot be written is refused before the room's codes or a number are taken
    form = read_paper_form(source, base)
    count = sheet_count(form, count)
    target = out or default_forms_path(form.facts)
    check_target(target)
    require_sound(source)  # numbers are written only into a file found sound
    db = open_conference(source)
    try:
        numbers, used_before = reserve_sheets(db, count, first)
        try:
            path = write_atomically(target, build_paper_forms(form, numbers), force=force)
        except BaseException:
            release_sheets(db, numbers)
            raise
    finally:
        db.close()
    return PrintedForms(path, numbers, used_before)


def writing_lines(questions: list[FormQuestion]) -> int:
    """Lines to write on under each free-text question: fewer as the form grows, so a sheet stays one page."""
    asked = len(questions)
    return WRITING_LINES if asked <= ROOMY_QUESTIONS else 2 if asked == ROOMY_QUESTIONS + 1 else 1


def _number_every_page(section, text: str) -> None:
    """The sheet's number in the header of each of its pages (small, at the right)."""
    header = section.header
    header.is_linked_to_previous = False
    line = header.paragraphs[0]
    line.text = text
    line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in line.runs:
        run.font.size = Pt(9)


def _sheet(document: DocxDocument, form: PaperForm, number: int, png: bytes, lines: int) -> None:
    """One sheet: its number, the title with the phone code beside it, then every question."""
    language = form.facts["language"]
    heading(document, t("paper_forms.sheet", language, number=number), 1)
    _head(document, form, png)
    for position, question in enumerate(form.questions, start=1):
        asked = local_name(question, language, "text")
        lead = paragraph(document, f"{position}. {asked}", keep_with_next=True)
        lead.paragraph_format.space_before = Pt(6 if lines == WRITING_LINES else 3)  # closer on a longer form
        lead.paragraph_format.space_after = Pt(3 if lines == WRITING_LINES else 1)
        for run in lead.runs:
            run.bold = True
        if question["kind"] == "scale":
            _scale(document, question, language)
        elif question["kind"] == "role":
            _boxes(document, [local_name(role, language) for role in form.roles])
        else:
            _writing_lines(document, lines)


def _head(document: DocxDocument, form: PaperForm, png: bytes) -> None:
    """A borderless two-column table: the title and how to answer on the left, the phone code on the right."""
    language = form.facts["language"]
    grid = document.add_table(rows=1, cols=2)
    grid.alignment = WD_TABLE_ALIGNMENT.LEFT
    grid.autofit = False
    left, right = grid.rows[0].cells
    for column, cell, width in zip(grid.columns, (left, right), HEAD_WIDTHS_CM, strict=True):
        column.width = cell.width = Cm(width)  # Word reads the cells' widths, LibreOffice the grid's
    title = left.paragraphs[0]
    title.add_run(t("paper_forms.title", language, district=form.facts["district"],
                    date=long_date(form.facts["date"], language))).bold = True
    left.add_paragraph(t("paper_forms.intro", language))
    code = right.paragraphs[0]
    code.alignment = WD_ALIGN_PARAGRAPH.CENTER
    shape = code.add_run().add_picture(io.BytesIO(png), width=Cm(QR_WIDTH_CM))
    shape._inline.docPr.set("descr", t("paper_forms.qr_alt", language))
    caption = right.add_paragraph(t("paper_forms.qr_caption", language))
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in caption.runs:
        run.font.size = Pt(9)


def _scale(document: DocxDocument, question: FormQuestion, language: str) -> None:
    """Boxes 1 to 5 in a row, with what the ends mean beside them."""
    low, high = sane_scale(question["scale_min"], question["scale_max"])
    line = _boxes(document, [str(score) for score in range(low, high + 1)])
    ends = line.add_run("      " + t("paper_forms.scale_ends", language, low=low, high=high))
    ends.font.size = Pt(9)
    ends.italic = True


def _boxes(document: DocxDocument, labels: list[str]):
    """One line of boxes to tick, each with its label (never broken from its box, nor inside it)."""
    line = paragraph(document, "    ".join(BOX + NBSP + label.replace(" ", NBSP) for label in labels))
    line.paragraph_format.left_indent = Cm(0.5)
    line.paragraph_format.space_after = Pt(2)
    for run in line.runs:
        run.font.size = Pt(12)
    return line


def _writing_lines(document: DocxDocument, count: int) -> None:
    """Lines to write on: a tab to the right margin, drawn as a line (as forms in Word are made)."""
    width = Cm(usable_width_cm(document))
    for index in range(count):
        line = paragraph(document, "\t", keep_with_next=index < count - 1)
        line.paragraph_format.left_indent = Cm(0.5)
        line.paragraph_format.space_before = Pt(9)
        line.paragraph_format.space_after = Pt(0)
        line.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.LINES)
