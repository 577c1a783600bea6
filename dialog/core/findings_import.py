"""Read the process report's main findings from a Markdown or Word (.docx) file.

A heading starts a finding; paragraphs under it become its text; bullet items
under it become its quotes (``B: ...`` or ``«...» (B)`` gives the role letter).
The document's own title is not a finding: a paragraph in Word's Title style,
or a first top-level heading standing alone above deeper ones with no quotes
of its own (``# Prosessrapport Stovner`` over ``## ...`` findings). A document
with no headings is read as a list: every bullet item becomes a finding.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from dialog.core.errors import DialogError
from dialog.core.roles import normalise_role_letter

MAX_IMPORT_BYTES = 20 * 1024 * 1024
"""The largest Word document read as a process report (pictures included); it may unpack to five times this."""

MAX_MARKDOWN_BYTES = 1024 * 1024
"""The largest Markdown or text file read as a process report: some 300 pages, read in a few seconds at worst."""
_TAG = r"[A-Za-zÆØÅæøå]{1,3}[0-9]{0,2}"
_SPEAKER = re.compile(rf"^({_TAG})\s*:\s+(.+)$", re.S)
_SPEAKER_AFTER = re.compile(rf"^(.+?)\s*(?:\(\s*({_TAG})\s*\)|\[\s*({_TAG})\s*\]|[–—-]\s*({_TAG}))\s*\.?$", re.S)
"""A quote with its speaker after it: ``«...» (B)``, ``«...» [B2]`` or ``«...» – T``."""
_CLOSING_QUOTES = "»\"”'’"


@dataclass
class ImportedFinding:
    """A finding as read from the document."""

    title: str
    body: list[str] = field(default_factory=list)
    quotes: list[tuple[str, str]] = field(default_factory=list)


def split_quote(text: str, letters: Collection[str] | None = None) -> tuple[str, str]:
    """Split ``B2: «text»`` or ``«text» (B2)`` into (text, role letter); no valid letter leaves the text whole.

    ``letters`` are the conference's role letters: "NB: …" or "Obs: …" then stay part of the text.
    A letter after the quote counts only in parentheses, brackets or after a dash, and – unless it is
    one of ``letters`` – only after a closing quotation mark, so "… en plan (IP)" keeps its "(IP)".
    """
    stripped = text.strip()
    match = _SPEAKER.match(stripped)
    if match:
        try:
            return _strip_quotes(match.group(2)), normalise_role_letter(match.group(1), letters)
        except DialogError:
            pass
    after = _SPEAKER_AFTER.match(stripped)
    if after:
        words, tag = after.group(1), next(group for group in after.groups()[1:] if group)
        quoted = words.rstrip().endswith(tuple(_CLOSING_QUOTES))
        try:
            letter = normalise_role_letter(tag, letters)
        except DialogError:
            letter = ""
        if letter and (quoted or letters is not None):
            return _strip_quotes(words), letter
    return _strip_quotes(text), ""


def _strip_quotes(text: str) -> str:
    return text.strip().strip("«»\"“”'").strip()


def parse_blocks(blocks: list[tuple[str, str]], letters: Collection[str] | None = None) -> list[ImportedFinding]:
    """Turn (kind, text) blocks – title, heading, bullet or paragraph – into findings (a title makes none)."""
    blocks = [(kind, " ".join(text.split())) for kind, text in blocks if text.strip() and kind != "title"]
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


def mark_title(blocks: list[tuple[str, str, int]]) -> list[tuple[str, str]]:
    """Drop heading levels from (kind, text, level) blocks, marking the document's title as ``"title"``.

    The title is a heading of level 0 (Word's Title style), or the first
    heading when it is the only one of the top level, deeper headings follow
    it, and no bullet item (a quote) stands under it: a finding has quotes, a
    report's title does not.
    """
    headings = [(index, level) for index, (kind, text, level) in enumerate(blocks)
                if kind == "heading" and text.strip()]
    titles = {index for index, level in headings if level == 0}
    found = [(index, level) for index, level in headings if level > 0]
    if len(found) > 1:
        first, top = found[0]
        following = found[1]
        quotes = any(kind == "bullet" and text.strip() for kind, text, _ in blocks[first + 1:following[0]])
        if all(level > top for _, level in found[1:]) and not quotes:
            titles.add(first)
    return [("title" if index in titles else kind, text) for index, (kind, text, _) in enumerate(blocks)]


def markdown_blocks(text: str) -> list[tuple[str, str]]:
    """Read headings, bullet items and paragraphs from Markdown, with a CommonMark parser.

    markdown-it-py reads the text in time proportional to its length (no
    regular expression that backtracks over a line of spaces). Each list item
    gives one bullet with the text of its own paragraphs; a list inside it gives
    bullets of its own, after it. Text inside a block is taken as written
    (``**word**`` stays so), as it always was. A line starting with "•" (pasted
    from Word) starts a bullet item.
    """
    blocks: list[tuple[str, str, int]] = []
    items: list[list[str]] = []  # the text of each open list item, innermost last
    finished: list[list[tuple[str, str, int]]] = [[]]  # bullets of nested lists, kept until their parent is done
    heading_level = 0  # of the heading being read; 0 outside headings
    for token in _parser().parse(_word_bullets(text)):
        if token.type == "heading_open":
            heading_level = int(token.tag[1:])
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type == "list_item_open":
            items.append([])
            finished.append([])
        elif token.type == "list_item_close":
            nested = finished.pop()
            finished[-1].extend([("bullet", " ".join(items.pop()), 0), *nested])
            if not items:
                blocks.extend(finished[-1])
                finished[-1].clear()
        elif token.type in ("inline", "code_block", "fence"):
            words = token.content
            if heading_level:
                blocks.append(("heading", words, heading_level))
            elif items:
                items[-1].append(words)
            else:
                blocks.append(("paragraph", words, 0))
    return mark_title(blocks)


def _parser():
    """A CommonMark parser for the blocks only: HTML is read as text, inline markup is not parsed."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).disable("inline")


def _word_bullets(text: str) -> str:
    """Turn lines that start with "•" (Word's bullet, pasted as text) into Markdown list items."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        if stripped.startswith("•"):
            lines[index] = line[: len(line) - len(stripped)] + "-" + stripped[1:]
    return "\n".join(lines)


def docx_blocks(path: Path) -> list[tuple[str, str]]:
    """Read headings, list items and paragraphs from a Word document."""
    from dialog.core.user_files import open_docx

    document = open_docx(path, MAX_IMPORT_BYTES, "error.import_too_large")
    blocks = []
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
        if style in ("Title", "Tittel"):
            blocks.append(("heading", paragraph.text, 0))
        elif style.startswith(("Heading", "Overskrift")):
            level = style.rsplit(" ", 1)[-1]
            blocks.append(("heading", paragraph.text, int(level) if level.isdigit() else 1))
        elif "List" in style or "Liste" in style or numbered:
            blocks.append(("bullet", paragraph.text, 0))
        else:
            blocks.append(("paragraph", paragraph.text, 0))
    return mark_title(blocks)


def read_blocks(path: Path) -> list[tuple[str, str]]:
    """Read the (kind, text) blocks of a .md/.markdown/.txt or .docx file; refuse anything else clearly.

    Only a regular file is read (a named pipe would make the read wait for
    ever), and no more than :data:`MAX_MARKDOWN_BYTES` of Markdown or
    :data:`MAX_IMPORT_BYTES` of Word. This is the slow part of an import: the
    app runs it away from the thread that saves.
    """
    from dialog.core.user_files import read_user_file, require_regular_file

    require_regular_file(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return docx_blocks(path)
    if suffix in (".md", ".markdown", ".txt"):
        try:
            return markdown_blocks(read_user_file(path, MAX_MARKDOWN_BYTES, "error.import_too_large")
                                   .decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise DialogError("error.not_utf8", path=path) from None
    raise DialogError("error.import_kind", path=path)


def findings_from_blocks(blocks: list[tuple[str, str]], path: Path,
                         letters: Collection[str] | None = None) -> list[ImportedFinding]:
    """The findings the blocks read from ``path`` make; refuse a file that makes none."""
    findings = [f for f in parse_blocks(blocks, letters) if f.title]
    if not findings:
        raise DialogError("error.import_empty", path=path)
    return findings


def read_findings(path: Path, letters: Collection[str] | None = None) -> list[ImportedFinding]:
    """Read findings from a .md/.markdown/.txt or .docx file (see :func:`read_blocks`)."""
    return findings_from_blocks(read_blocks(path), path, letters)
