"""The cross-district overview as Word: attendance, the theme × district matrix, measures, evaluation.

The same style rules as the minutes: real Word styles only, so an
organisation's template restyles it and the navigation pane shows its parts.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from docx.shared import Cm

from dialog.core.evaluation import MIN_RESPONDENTS
from dialog.core.overview import DISPLAY_MARKS as MARKS
from dialog.core.overview import ConferenceOverview, Overview
from dialog.export.dates import long_date, short_date, short_time
from dialog.export.docx_furniture import add_page_furniture
from dialog.export.docx_parts import (
    WIDE_TABLE_POINTS,
    bullet,
    heading,
    landscape_section,
    new_document,
    paragraph,
    portrait_section,
    table,
    to_bytes,
    usable_width_cm,
)
from dialog.export.docx_properties import finish
from dialog.export.docx_widths import fitted_widths
from dialog.export.paths import write_atomically
from dialog.i18n import t
from dialog.i18n.names import local_name
from dialog.i18n.numbers import decimal

ATTENDANCE_POINTS = 10.0
"""The attendance table's text size: its six columns fit a portrait page with every word whole."""

BODY_POINTS = 11.0
"""The text size of a table without its own: Normal's in python-docx's blank and in Word's."""

MATRIX_COLUMNS = 15
"""Conferences per matrix table: Oslo's 15 fit one landscape page; more continue in further tables."""


def build_overview_docx(overview: Overview, language: str, today: date | None = None,
                        template: Path | None = None, made_at: datetime | None = None) -> bytes:
    """The overview document's bytes: conferences in the overview's order, each named by its label
    (the district, with its date when the district held more than one, "(demo)" for a demo)."""
    tr = lambda key, **params: t(key, language, **params)  # noqa: E731
    doc = new_document(template, language)
    heading(doc, tr("overview.title"), 0)
    conferences = overview.conferences
    subtitle = ""
    labels = overview.labels(language, lambda day: short_date(day, language))
    if conferences:
        subtitle = tr("overview.subtitle", count=len(conferences), first=long_date(min(
            c.date for c in conferences), language), last=long_date(max(c.date for c in conferences), language))
        paragraph(doc, subtitle, "Subtitle")
    made = made_at or datetime.now().astimezone()
    paragraph(doc, tr("overview.exported", date=long_date(made.date().isoformat(), language),
                      time=short_time(made, language), count=len(conferences)))

    heading(doc, tr("overview.attendance"), 1)
    _attendance(doc, overview, language)

    landscape_section(doc)
    heading(doc, tr("overview.matrix"), 1)
    for start in range(0, len(conferences), MATRIX_COLUMNS):
        part = conferences[start:start + MATRIX_COLUMNS]
        _apart(doc, start)
        matrix = [[f"{theme['code']} {local_name(theme, language)}",
                   *[MARKS[c.display.get(theme["code"], "not_discussed")] for c in part]]
                  for theme in overview.themes]
        _matrix_table(doc, tr("overview.theme"), [labels[c.id] for c in part], matrix)
    paragraph(doc, "   ".join(f"{mark} {tr('display.' + status)}" for status, mark in MARKS.items()), "Caption")
    heading(doc, tr("overview.measure_counts"), 2)
    counts = overview.measure_counts()  # by conference: two conferences of one district are counted apart
    for start in range(0, len(conferences), MATRIX_COLUMNS):
        part = conferences[start:start + MATRIX_COLUMNS]
        _apart(doc, start)
        _matrix_table(doc, tr("overview.theme"), [labels[c.id] for c in part],
                      [[f"{theme['code']} {local_name(theme, language)}",
                        *[str(counts.get((theme["code"], c.id), "")) for c in part]]
                       for theme in overview.themes if any((theme["code"], c.id) in counts for c in part)])

    heading(doc, tr("overview.measures"), 1)
    _measures(doc, overview, labels, language, today)

    portrait_section(doc)
    heading(doc, tr("overview.evaluation"), 1)
    _evaluation(doc, overview, labels, language)

    heading(doc, tr("overview.files"), 1)
    for conference in conferences:
        bullet(doc, conference.shown or conference.path.name, prefix=f"{labels[conference.id]}: ")
    for problem in overview.duplicates + overview.problems:
        bullet(doc, problem.message, prefix=f"{problem.shown or problem.path.name}: ")
    add_page_furniture(doc, tr("overview.title"), tr("minutes.page_of"))
    return to_bytes(finish(doc, title=tr("overview.title"), subject=subtitle, language=language))


def _attendance(doc, overview: Overview, language: str) -> None:
    """One row per conference and a totals row; short headers explained below, so no word breaks mid-word."""
    tr = lambda key, **params: t(key, language, **params)  # noqa: E731
    totals = overview.totals()
    rows = [[_district(c, language), short_date(c.date, language), _number(c.interviews), _number(c.informants),
             str(c.participants), str(c.forms)] for c in overview.conferences]
    rows.append([tr("overview.total"), "", str(totals["interviews"]), str(totals["informants"]),
                 str(totals["participants"]), str(totals["forms"])])
    headers = [tr("overview.district"), tr("overview.date"), tr("overview.interviews"), tr("overview.informants"),
               tr("overview.column.participants"), tr("overview.column.forms")]
    table(doc, headers, rows, bold_last=True, points=ATTENDANCE_POINTS,
          widths=fitted_widths(headers, rows, usable_width_cm(doc), whole=(1, 2, 3, 4, 5), points=ATTENDANCE_POINTS))
    paragraph(doc, tr("overview.columns_explained"), "Caption")


def _evaluation(doc, overview: Overview, labels: dict[str, str], language: str) -> None:
    """Per scale question, a table of the conferences with enough answers; the others named in one line."""
    tr = lambda key, **params: t(key, language, **params)  # noqa: E731
    conferences = overview.conferences
    questions: dict[str, str] = {}  # one heading per question code, worded as the first conference words it
    for figures in (s for c in conferences for s in c.scales):
        questions.setdefault(figures["code"], local_name(figures, language, "text"))
    headers = [tr("overview.district"), "n", tr("overview.mean"), tr("overview.distribution")]
    for code, question in questions.items():
        heading(doc, question, 2)
        rows, hidden, answers = [], [], 0
        for conference in conferences:
            scale = next((s for s in conference.scales if s["code"] == code), None)
            if scale is None:
                continue
            answers += scale["count"]
            if scale["suppressed"] or scale["mean"] is None:  # the mean is None exactly when suppressed
                hidden.append(tr("overview.hidden_conference", name=labels[conference.id], count=scale["count"]))
            else:
                rows.append([labels[conference.id], str(scale["count"]), decimal(scale["mean"], language),
                             "/".join(str(n) for n in scale["distribution"].values())])
        if rows:
            table(doc, headers, rows, widths=fitted_widths(headers, rows, usable_width_cm(doc), whole=(1, 2, 3),
                                                          points=BODY_POINTS))
        if not rows and not answers:
            paragraph(doc, tr("overview.no_answers"))
        elif hidden:
            key = "overview.hidden_everywhere" if not rows else "overview.hidden_at"
            paragraph(doc, tr(key, minimum=MIN_RESPONDENTS, conferences=tr("overview.copy.separator").join(hidden)))


def _measures(doc, overview: Overview, labels: dict[str, str], language: str, today: date | None) -> None:
    """Every measure; an open one past its deadline says so in words and in bold (it must read on grey paper)."""
    tr = lambda key, **params: t(key, language, **params)  # noqa: E731
    today = today or date.today()
    measures = overview.measures(today=today)
    overdue = sum(m["overdue"] for m in measures)
    if overdue:
        paragraph(doc, tr("overview.overdue_count", count=overdue, total=len(measures),
                          day=long_date(today.isoformat(), language)))
    headers = [tr("overview.district"), tr("overview.theme"), tr("overview.measure"), tr("overview.level"),
               tr("overview.owner"), tr("overview.deadline"), tr("overview.status")]
    rows = [[labels[m["conference_id"]], m["theme_code"] or "", m["text"],
             tr(f"level.{m['level']}") if m["level"] else "", m["owner"],
             tr("overview.overdue_deadline", deadline=_day(m["deadline"], language)) if m["overdue"]
             else _day(m["deadline"], language), tr(f"status.{m['status']}")] for m in measures]
    grid = table(doc, headers, rows, points=WIDE_TABLE_POINTS,
                 widths=fitted_widths(headers, rows, usable_width_cm(doc), points=WIDE_TABLE_POINTS))
    for row, measure in zip(grid.rows[1:], measures):
        if measure["overdue"]:
            for run in row.cells[5].paragraphs[0].runs:
                run.bold = True


def _apart(doc, start: int) -> None:
    """Keep a matrix's next part a table of its own: Word and LibreOffice join two tables with nothing between."""
    if start:
        paragraph(doc, "")


def _district(conference: ConferenceOverview, language: str) -> str:
    """The district as the attendance table names it (the date has a column of its own), "(demo)" for a demo."""
    return t("overview.demo_mark", language, name=conference.district) if conference.is_demo else conference.district


def _matrix_table(doc, corner: str, districts: list[str], rows: list[list[str]]) -> None:
    """Themes down, districts across: district names written upwards so 15 columns fit a landscape page."""
    usable = usable_width_cm(doc)
    column = min(1.4, (usable - 6.0) / max(len(districts), 1))
    grid = table(doc, [corner, *districts], rows, widths=[usable - column * len(districts)] +
                 [column] * len(districts), centred_from=1, upward_from=1)
    longest = max((len(name) for name in districts), default=0)
    grid.rows[0].height = Cm(max(2.5, 0.22 * longest + 0.6))  # names run upwards on one line


def _day(day: str | None, language: str) -> str:
    """A deadline as the attendance table writes dates (12.09.2007 / 12 Sept 2007); none, nothing."""
    return short_date(day, language) if day else ""


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def check_template(template: Path) -> None:
    """Refuse a template that cannot be used, in one line, before any file is read (it is opened and let go)."""
    new_document(template)


def export_overview_docx(overview: Overview, out: Path, language: str, *, force: bool = False,
                         template: Path | None = None) -> Path:
    """Write the overview to ``out`` (a numbered name if taken, unless ``force``), in ``template``'s styles if given."""
    return write_atomically(out, build_overview_docx(overview, language, template=template), force=force)
