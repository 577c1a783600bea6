"""The process report's main findings, their quotes and participants' response."""

from __future__ import annotations

from sqlite_utils import Database

from dialog.core.clock import new_id
from dialog.core.ordering import next_position
from dialog.core.roles import normalise_role_letter
from dialog.core.validation import bounded_text, choice, required_text, MAX_SHORT_TEXT
from dialog.core.vocabulary import FINDING_RESPONSES
from dialog.i18n import t


def add_finding(db: Database, title: str, body: str = "", theme_code: str | None = None) -> str:
    """Append a finding at the end of the list; return its id."""
    finding_id = new_id()
    db["finding"].insert({
        "id": finding_id,
        "position": next_position(db, "finding"),
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
    db["finding_quote"].insert({
        "id": quote_id,
        "finding_id": finding_id,
        "position": next_position(db, "finding_quote", "finding_id = ?", [finding_id]),
        "text": required_text(text, t("field.quote"), 20_000),
        "role_letter": normalise_role_letter(role_letter),
    })
    return quote_id


def set_response(db: Database, finding_id: str, response: str | None, comment: str = "") -> None:
    """Record how participants responded to a finding (or clear it with None)."""
    if response is not None:
        choice(response, FINDING_RESPONSES, t("field.response"))
    db.execute(
        "UPDATE finding SET response = ?, response_comment = ? WHERE id = ?",
        [response, bounded_text(comment, t("field.comment")), finding_id],
    )


def list_findings(db: Database) -> list[dict]:
    """Return the findings in order, each with a ``quotes`` list."""
    findings = db.execute_returning_dicts("SELECT * FROM finding ORDER BY position")
    for finding in findings:
        finding["quotes"] = db.execute_returning_dicts(
            "SELECT * FROM finding_quote WHERE finding_id = ? ORDER BY position", [finding["id"]]
        )
    return findings
