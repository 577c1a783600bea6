"""Read the process report's main findings from a Markdown or Word (.docx) file.

A heading starts a finding; paragraphs under it become its text; bullet items
under it become its quotes (``B: ...`` gives the role letter). A document with
no headings is read as a list: every bullet item becomes a finding.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from dialog.core.errors import DialogError
from dialog.core.roles import normalise_role_letter

MAX_IMPORT_BYTES = 20 * 1024 * 1024
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+(.*)$")
_SPEAKER = re.compile(r"^([A-Za-zÆØÅæøå]{1,3}[0-9]{0,2})\s*:\s+(.+)$", re.S)


@dataclass
class ImportedFinding:
    """A finding as read from the document."""

    title: str
    body: list[str] = field(default_factory=list)
    quotes: list[tuple[str, str]] = field(default_factory=list)


def split_quote(text: str, letters: Collection[str] | None = None) -> tuple[str, str]:
    """Split ``B2: «text»`` into (text, role letter); no valid letter leaves the text whole.

    ``letters`` are the conference's role letters: "NB: …" or "Obs: …" then stay part of the text.
    """
    match = _SPEAKER.match(text.strip())
    if match:
        try:
            return _strip_quotes(match.group(2)), normalise_role_letter(match.group(1), letters)
        except DialogError:
            pass
    return _strip_quotes(text), ""


def _strip_quotes(text: str) -> str:
    return text.strip().strip("«»\"“”'").strip()


def parse_blocks(blocks: list[tuple[str, str]], letters: Collection[str] | None = None) -> list[ImportedFinding]:
    """Turn (kind, text) blocks – heading, bullet or paragraph – into findings."""
    blocks = [(kind, " ".join(text.split())) for kind, text in blocks if text.strip()]
    if not any(kind == "heading" for kind, _ in blocks):
        return [ImportedFinding(title=text) for kind, text in blocks if kind == "bullet"]
    findings: list[ImportedFinding] = []
    for kind, text in blocks:
        if kind == "heading":
            findings.append(ImportedFinding(title=text))
        elif findings and kind == "bullet":
            findings[-1].quotes.append(split_quote(text, letters))
        elif findings:
            findings[-1].body.append(text)
    return findings


def markdown_blocks(text: str) -> list[tuple[str, str]]:
    """Read headings, bullet items and paragraphs from Markdown."""
    blocks: list[tuple[str, str]] = []
    paragraph: list[str] = []

    def close_paragraph() -> None:
        if paragraph:
            blocks.append(("paragraph", " ".join(paragraph)))
            paragraph.clear()

    for line in text.splitlines():
        if heading := _HEADING.match(line):
            close_paragraph()
            blocks.append(("heading", heading.group(1)))
        elif bullet := _BULLET.match(line):
            close_paragraph()
            blocks.append(("bullet", bullet.group(1)))
        elif not line.strip():
            close_paragraph()
        elif blocks and blocks[-1][0] == "bullet" and line.startswith((" ", "\t")) and not paragraph:
            blocks[-1] = ("bullet", blocks[-1][1] + " " + line.strip())
        else:
            paragraph.append(line.strip())
    close_paragraph()
    return blocks


def docx_blocks(path: Path) -> list[tuple[str, str]]:
    """Read headings, list items and paragraphs from a Word document."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise DialogError("error.docx_unreadable", path=path) from exc
    except Exception as exc:  # python-docx raises assorted errors on damaged zips
        raise DialogError("error.docx_unreadable", path=path) from exc
    blocks = []
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
        if style.startswith(("Heading", "Overskrift")) or style == "Title":
            blocks.append(("heading", paragraph.text))
        elif "List" in style or "Liste" in style or numbered:
            blocks.append(("bullet", paragraph.text))
        else:
            blocks.append(("paragraph", paragraph.text))
    return blocks


def read_findings(path: Path, letters: Collection[str] | None = None) -> list[ImportedFinding]:
    """Read findings from a .md/.markdown/.txt or .docx file; refuse anything else clearly."""
    if not path.exists():
        raise DialogError("error.file_missing", path=path)
    if path.is_dir():
        raise DialogError("error.file_is_directory", path=path)
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise DialogError("error.import_too_large", path=path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        blocks = docx_blocks(path)
    elif suffix in (".md", ".markdown", ".txt"):
        try:
            blocks = markdown_blocks(path.read_text(encoding="utf-8-sig"))
        except UnicodeDecodeError:
            raise DialogError("error.not_utf8", path=path) from None
    else:
        raise DialogError("error.import_kind", path=path)
    findings = [f for f in parse_blocks(blocks, letters) if f.title]
    if not findings:
        raise DialogError("error.import_empty", path=path)
    return findings
