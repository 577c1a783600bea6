"""QR codes for the tables: one for the evaluation form, one per group, as PNG and one Word page.

The codes are drawn with ``qrcode`` at error-correction level M and a large
module size, so they scan from a few metres off a projector or a printed sheet.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import qrcode
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from dialog.core.access import ensure_tokens, tokens_missing
from dialog.core.backups import require_sound
from dialog.core.database import open_conference
from dialog.core.groups import list_groups
from dialog.core.room_urls import evaluation_url, group_url
from dialog.export.docx_parts import heading, new_document, paragraph, to_bytes
from dialog.export.paths import write_atomically
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class RoomCode:
    """One code: what it is for, the address it carries, and a file name."""

    label: str
    url: str
    file_stem: str


def room_codes(source: Path, base: str, language: str) -> list[RoomCode]:
    """The evaluation code and one per group.

    The file is only read, unless a code has no token yet: then the tokens are
    written first (into a file found sound), since a code must work when scanned.
    """
    db = open_conference(source, read_only=True)
    try:
        if not tokens_missing(db):
            return list_room_codes(db, base, language)
    finally:
        db.close()
    require_sound(source)
    db = open_conference(source)
    try:
        return list_room_codes(db, base, language)
    finally:
        db.close()


def list_room_codes(db: Database, base: str, language: str | None = None) -> list[RoomCode]:
    """The evaluation code first, then one per group, from an open conference (tokens created if missing)."""
    tokens = ensure_tokens(db)
    groups = list_groups(db)
    codes = [RoomCode(t("qr.evaluation", language), evaluation_url(base, tokens.evaluation), "evaluering")]
    for number, group in enumerate(groups, start=1):
        codes.append(RoomCode(group["name"], group_url(base, tokens.groups[group["id"]]),
                              f"gruppe-{number}"))
    return codes


def _qr(url: str, border: int) -> qrcode.QRCode:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=12, border=border)
    code.add_data(url)
    code.make(fit=True)
    return code


def qr_matrix(url: str, border: int = 4) -> list[list[bool]]:
    """The code's modules for ``url`` (True = dark), quiet zone of ``border`` modules included."""
    return [list(row) for row in _qr(url, border).get_matrix()]


def qr_png(url: str) -> bytes:
    """A QR code image for ``url``."""
    code = _qr(url, border=4)
    buffer = io.BytesIO()
    code.make_image().save(buffer, format="PNG")
    return buffer.getvalue()


def write_room_codes(source: Path, folder: Path, base: str, language: str) -> list[Path]:
    """Write a PNG per code and ``qr-koder.docx`` (one page per code) into ``folder``."""
    codes = room_codes(source, base, language)
    written = []
    document = new_document()
    for number, code in enumerate(codes):
        png = qr_png(code.url)
        written.append(write_atomically(folder / f"{code.file_stem}.png", png, force=True))
        if number:
            document.add_page_break()
        heading(document, code.label, 1)
        picture_paragraph = document.add_paragraph()
        picture_paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        shape = picture_paragraph.add_run().add_picture(io.BytesIO(png), width=Cm(14))
        shape._inline.docPr.set("descr", t("qr.alt", language, label=code.label))
        paragraph(document, t("qr.instructions", language))
        paragraph(document, code.url, "Caption")
    written.append(write_atomically(folder / t("qr.file_name", language), to_bytes(document), force=True))
    return written
