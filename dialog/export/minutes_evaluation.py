"""The minutes' Evaluation section: forms and participants, the scale questions' table and figure, free text.

The scale questions are numbered in the table; the figure under it has one
panel per question headed with that number, all on one scale (see
:mod:`dialog.export.charts`), so the figure adds the shape of the answers
without repeating the table's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dialog.core.evaluation import MIN_RESPONDENTS, ScaleTally
from dialog.export.charts import FULL_WIDTH, Panel, common_scale, layout, small_multiples_png
from dialog.export.docx_parts import bullet, heading, paragraph, picture, table, usable_width_cm
from dialog.i18n.numbers import decimal

if TYPE_CHECKING:
    from dialog.export.minutes_docx import MinutesWriter


SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def superscript(number: int) -> str:
    """A note's mark, e.g. ``²`` (Word's footnotes are out of python-docx's reach)."""
    return str(number).translate(SUPERSCRIPT)


def write_evaluation(writer: MinutesWriter) -> None:
    """Heading 1, the count line, the table and its notes, the figure, and each free-text question as a Heading 2."""
    tr, data, doc = writer.t, writer.data, writer.doc
    heading(doc, tr("minutes.h_evaluation"), 1)
    paragraph(doc, tr("minutes.forms_returned", participants=tr("amount.participants", count=data.participants),
                      forms=tr("amount.evaluation_forms", count=data.forms)))
    if data.forms > data.participants:
        paragraph(doc, tr("minutes.more_forms_than_participants"), "Caption")
    ways = forms_by_way(writer)
    if ways:
        paragraph(doc, ways)
    if data.tallies:
        _scale_table(writer)
        _figure(writer)
    for asked, answers in data.comments:
        heading(doc, asked.text(writer.language), 2)
        if asked.note(writer.language):
            paragraph(doc, asked.note(writer.language), "Caption")
        if not answers:
            paragraph(doc, tr("minutes.no_comments"))
        for answer in answers:
            bullet(doc, answer)


def forms_by_way(writer: MinutesWriter) -> str:
    """"How the forms came in: 7 on paper and 6 from phones." (each form counted once; "" when none came)."""
    tr = writer.t
    parts = [tr(f"minutes.way.{way}", count=count) for way, count in writer.data.forms_by_way.items() if count]
    if not parts:
        return ""
    ways = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} {tr('minutes.way_and')} {parts[-1]}"
    return tr("minutes.forms_by_way", ways=ways)


def _scale_table(writer: MinutesWriter) -> None:
    """One numbered row per scale question: n, mean and answers per score, or why they are withheld."""
    tr, language = writer.t, writer.language
    rows: list[list[str]] = []
    notes: list[str] = []
    for number, tally in enumerate(writer.data.tallies, start=1):
        question = f"{number}. {tally.text(language)}"
        note = tally.note(language)
        if note:  # answered in another wording, or taken off the form: a numbered note under the table
            notes.append(f"{superscript(len(notes) + 1)} {note}")
            question = f"{question} {superscript(len(notes))}"
        if tally.suppressed:
            rows.append([question, str(tally.count), "–", tr("minutes.suppressed", minimum=MIN_RESPONDENTS)])
        else:
            spread = "  ".join(f"{score}: {count}" for score, count in tally.distribution.items())
            mean = decimal(tally.mean, language) if tally.mean is not None else "–"
            rows.append([question, str(tally.count), mean, spread])
    table(writer.doc, [tr("minutes.question"), "n", tr("minutes.mean"), tr("minutes.distribution")], rows,
          weights=[6.6, 1.2, 1.9, 6.3])
    for note in notes:
        paragraph(writer.doc, note, "Caption")
    paragraph(writer.doc, tr("minutes.scale_note", minimum=MIN_RESPONDENTS), "Caption")


def shown(tallies: list[ScaleTally]) -> list[tuple[int, ScaleTally]]:
    """The questions shown in full, with their numbers in the table (withheld ones get no panel)."""
    return [(number, tally) for number, tally in enumerate(tallies, start=1) if not tally.suppressed]


def _figure(writer: MinutesWriter) -> None:
    """The small-multiples figure with its alt text (every count) and a caption that states the scale."""
    tr, language = writer.t, writer.language
    questions = shown(writer.data.tallies)
    if not questions:
        return
    panels = [Panel(tr("minutes.panel", number=number), dict(tally.distribution)) for number, tally in questions]
    scale = common_scale(panels)
    described = " ".join(
        tr("minutes.chart_alt_question", number=number, question=tally.text(language),
           counts=", ".join(f"{score}: {count}" for score, count in tally.distribution.items()))
        for number, tally in questions)
    width = usable_width_cm(writer.doc) * layout(len(panels)).width / FULL_WIDTH
    picture(writer.doc, small_multiples_png(panels, tr("minutes.answers")), width,
            tr("minutes.chart_alt", top=scale.top, questions=described))
    paragraph(writer.doc, tr("minutes.figure", top=scale.top), "Caption")
