"""What the leader does to the room's findings in the tests of the phone pages: through the file, as the TUI does."""

from __future__ import annotations

from pathlib import Path

from dialog.core.database import open_conference
from dialog.core.findings import list_findings
from dialog.core.phases import move_to_phase
from dialog.core.room_answers import FindingAnswer, answer_count, open_finding


def findings(path: Path) -> list[tuple[str, str]]:
    """(id, title) of every finding, in order."""
    db = open_conference(path)
    try:
        return [(finding["id"], finding["title"]) for finding in list_findings(db)]
    finally:
        db.close()


def leader_shows(path: Path, number: int | None) -> str | None:
    """Start the presentation (if not yet) and show finding ``number`` (1-based; None: none); its id."""
    db = open_conference(path)
    try:
        if db.execute("SELECT phase FROM conference").fetchone()[0] != "presentation":
            move_to_phase(db, "presentation")
        finding_id = None if number is None else list_findings(db)[number - 1]["id"]
        open_finding(db, finding_id)
        return finding_id
    finally:
        db.close()


def leader_moves_to(path: Path, phase: str) -> None:
    """The leader goes on to ``phase``."""
    db = open_conference(path)
    try:
        move_to_phase(db, phase)
    finally:
        db.close()


def answered(path: Path, finding_id: str) -> int:
    """How many devices have answered one finding (what the leader's screen counts)."""
    db = open_conference(path)
    try:
        return answer_count(db, finding_id)
    finally:
        db.close()


def answers_to(path: Path, finding_id: str) -> list[FindingAnswer]:
    """Every stored answer to one finding (response, comment, role), in the order of their keys."""
    db = open_conference(path)
    try:
        return [FindingAnswer(response=r, comment=c, role_code=code) for r, c, code in db.execute(
            "SELECT response, comment, role_code FROM finding_answer WHERE finding_id = ? ORDER BY voter",
            [finding_id])]
    finally:
        db.close()


def without_room_answers(path: Path) -> Path:
    """Take the demo's own answers from phones (and the leader's reveals) out, so a test counts from none."""
    db = open_conference(path)
    try:
        with db.atomic():
            db.execute("DELETE FROM finding_answer")
            db.execute("DELETE FROM finding_room")
    finally:
        db.close()
    return path
