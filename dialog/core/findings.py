"""The process report's main findings, their quotes and participants' response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dialog.core.ids_and_times import new_id
from dialog.core.ordering import append_row
from dialog.core.roles import normalise_role_letter, role_letters
from dialog.core.rows import Finding, Quote, fetch_rows
from dialog.core.validation import MAX_SHORT_TEXT, bounded_text, choice, required_text
from dialog.core.vocabulary import FINDING_RESPONSES
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database


def add_finding(db: Database, title: str, body: str = "", theme_code: str | None = None) -> str:
    """Append a finding at the end of the list; return its id."""
    finding_id = new_id()
    append_row(db, "finding", {
        "id": finding_id,
        "title": required_text(title, t("field.finding_title"), MAX_SHORT_TEXT * 2),
        "body": bounded_text(body, t("field.finding_body")),
        "theme_code": theme_code,
        "response": None,
        "response_comment": "",
    })
    return finding_id


def add_quote(db: Database, finding_id: str, text: str, role_letter: str = "") -> str:
    """Attach an anonymised quote to a finding; return its id."""
    quote_id = new_id()
    append_row(db, "finding_quote", {
        "id": quote_id,
        "finding_id": finding_id,
        "text": required_text(text, t("field.quote"), 20_000),
        "role_letter": normalise_role_letter(role_letter, role_letters(db)),
    }, "finding_id = ?", [finding_id])
    return quote_id


def set_response(db: Database, finding_id: str, response: str | None, comment: str | None = None) -> None:
    """Record how participants responded to a finding (None clears it).

    ``comment`` replaces the response comment; None leaves it as it is.
    """
    if response is not None:
        choice(response, FINDING_RESPONSES, t("field.response"))
    if comment is None:
        db.execute("UPDATE finding SET response = ? WHERE id = ?", [response, finding_id])
        return
    db.execute(
        "UPDATE finding SET response = ?, response_comment = ? WHERE id = ?",
        [response, bounded_text(comment, t("field.comment")), finding_id],
    )


def set_response_comment(db: Database, finding_id: str, comment: str) -> None:
    """Replace the comment on participants' response to a finding."""
    db.execute("UPDATE finding SET response_comment = ? WHERE id = ?",
               [bounded_text(comment, t("field.comment")), finding_id])


def list_findings(db: Database) -> list[Finding]:
    """Return the findings in order, each with a ``quotes`` list."""
    findings = fetch_rows(db, Finding, "SELECT * FROM finding ORDER BY position")  # quotes added below
    for finding in findings:
        finding["quotes"] = fetch_rows(
            db, Quote, "SELECT * FROM finding_quote WHERE finding_id = ? ORDER BY position", [finding["id"]]
        )
    return findings


def update_finding(db: Database, finding_id: str, title: str, body: str, theme_code: str | None) -> None:
    """Change a finding's title, text and theme."""
    db.execute(
        "UPDATE finding SET title = ?, body = ?, theme_code = ? WHERE id = ?",
        [required_text(title, t("field.finding_title"), MAX_SHORT_TEXT * 2),
         bounded_text(body, t("field.finding_body")),
         theme_code, finding_id],
    )


def delete_finding(db: Database, finding_id: str) -> None:
    """Remove a finding with its quotes."""
    db.execute("DELETE FROM finding WHERE id = ?", [finding_id])


def move_finding(db: Database, finding_id: str, step: int) -> None:
    """Move a finding up (step -1) or down (step 1) in the presentation order."""
    ids = [row[0] for row in db.execute("SELECT id FROM finding ORDER BY position")]
    if finding_id not in ids:
        return
    index = ids.index(finding_id)
    target = index + step
    if not 0 <= target < len(ids):
        return
    ids[index], ids[target] = ids[target], ids[index]
    with db.atomic():
        for position, current in enumerate(ids):
            db.execute("UPDATE finding SET position = ? WHERE id = ?", [position, current])


@dataclass(frozen=True)
class ImportReport:
    """What an import of findings did: ``added`` new findings, ``already`` skipped as there before (same title)."""

    added: int
    already: int


def same_title(title: str) -> str:
    """The form two titles are compared in: case, spacing and a trailing full stop do not count."""
    return " ".join(title.split()).rstrip(".").casefold()


def import_findings(db: Database, path) -> ImportReport:
    """Append the findings read from a Markdown or .docx file that are not there yet; say how many of each."""
    from pathlib import Path

    from dialog.core.findings_import import read_blocks

    return add_imported_findings(db, read_blocks(Path(path)), Path(path))


def add_imported_findings(db: Database, blocks: list[tuple[str, str]], path) -> ImportReport:
    """Append the findings made from ``blocks`` already read from ``path`` (see ``read_blocks``).

    A finding whose title is already in the list (see :func:`same_title`) is
    skipped with its text and quotes, so importing the same report twice adds
    nothing the second time; the report says how many were new and how many
    were there already.
    """
    from dialog.core.findings_import import findings_from_blocks

    findings = findings_from_blocks(blocks, path, role_letters(db))
    added = 0
    with db.atomic():
        present = {same_title(title) for (title,) in db.execute("SELECT title FROM finding")}
        for finding in findings:
            title = finding.title[:MAX_SHORT_TEXT * 2]
            if same_title(title) in present:
                continue
            present.add(same_title(title))
            finding_id = add_finding(db, title, "\n\n".join(finding.body))
            for text, letter in finding.quotes:
                if text:
                    add_quote(db, finding_id, text, letter)
            added += 1
    return ImportReport(added=added, already=len(findings) - added)


def replace_quotes(db: Database, finding_id: str, quotes: list[tuple[str, str]]) -> None:
    """Replace a finding's quotes with (text, role letter) pairs."""
    with db.atomic():
        db.execute("DELETE FROM finding_quote WHERE finding_id = ?", [finding_id])
        for text, letter in quotes:
            add_quote(db, finding_id, text, letter)
