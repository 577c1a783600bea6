"""Default names of a conference's exports, and exporting in each format."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dialog.core.conference import read_conference
from dialog.core.database import open_conference
from dialog.core.file_errors import describe_open_failure
from dialog.core.rows import Conference
from dialog.core.sessions import slugify
from dialog.core.vocabulary import NORWEGIAN
from dialog.export.paths import exports_dir


def conference_facts(source: Path) -> Conference:
    """Read the conference row of the file at ``source``."""
    db = open_conference(source, read_only=True)
    try:
        return read_conference(db)
    finally:
        db.close()


def default_path(source: Path, fmt: str, language: str | None = None) -> Path:
    """``exports/<date>-<district>`` + ``-full-kopi.json``, ``-csv/``, ``-referat.docx``, ``-tilbakemelding.docx``
    (English: ``-full-copy.json``, ``-minutes.docx``, ``-feedback.docx``), in the document language unless
    ``language``.

    The JSON name says what it is: a full copy of the conference, every text and
    form included, to be kept as safely as the conference file itself.
    """
    facts = conference_facts(source)
    stem = f"{facts['date']}-{slugify(facts['district'])}"
    norwegian = (language or facts["language"]) in NORWEGIAN
    if fmt == "json":
        return exports_dir() / f"{stem}-{'full-kopi' if norwegian else 'full-copy'}.json"
    if fmt == "csv":
        return exports_dir() / f"{stem}-csv"
    if fmt == "qdpx":
        return exports_dir() / f"{stem}.qdpx"
    if fmt == "feedback":  # the participants' sheet
        return exports_dir() / f"{stem}-{'tilbakemelding' if norwegian else 'feedback'}.docx"
    return exports_dir() / f"{stem}-{'referat' if norwegian else 'minutes'}.docx"


def export_any(source: Path, fmt: str, out: Path | None = None, *, language: str | None = None,
               template: Path | None = None, force: bool = False, excel: bool = False) -> Path:
    """Export in ``fmt`` (docx, feedback, json, csv or qdpx) to ``out`` or the default place; return the path.

    A file found damaged (or locked, or unreadable) on the way is named in the one line
    that fits it – for damage, the line naming ``dialog restore`` – wherever the export was asked for.
    """
    try:
        return _export(source, fmt, out, language=language, template=template, force=force, excel=excel)
    except sqlite3.Error as error:
        raise describe_open_failure(error, source) from error


def _export(source: Path, fmt: str, out: Path | None, *, language: str | None, template: Path | None,
            force: bool, excel: bool) -> Path:
    if fmt == "json":
        from dialog.export.json_format import export_json  # only here: the Word export need not load the JSON rules

        return export_json(source, out or default_path(source, "json", language), force=force)
    if fmt == "csv":
        from dialog.export.csv_export import export_csv

        return export_csv(source, out or default_path(source, "csv"), force=force, language=language, excel=excel)
    if fmt == "qdpx":
        from dialog.export.qdpx import export_qdpx

        return export_qdpx([source], out or default_path(source, "qdpx"), language=language, force=force)
    if fmt == "feedback":
        from dialog.export.feedback_docx import export_feedback

        return export_feedback(source, out or default_path(source, "feedback", language), language=language,
                               template=template, force=force)
    from dialog.export.minutes_docx import export_minutes

    return export_minutes(source, out or default_path(source, "docx", language), language=language,
                          template=template, force=force)
