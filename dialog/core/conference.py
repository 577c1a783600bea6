"""Creating a conference file and reading or changing its facts."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dialog.core.default_themes import DEFAULT_THEMES
from dialog.core.errors import DialogError
from dialog.core.evaluation import create_default_template
from dialog.core.ids_and_times import new_id, now_iso
from dialog.core.roles import DEFAULT_ROLES
from dialog.core.rows import Conference, Leader, fetch_rows
from dialog.core.validation import MAX_SHORT_TEXT, bounded_text, choice, optional_count, parse_date, required_text
from dialog.core.vocabulary import LANGUAGES, PHASES
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database

DEFAULT_PLAN: dict[str, tuple[str, int]] = {
    "setup": ("09:30", 15),
    "presentation": ("09:45", 30),
    "group_work": ("10:15", 60),
    "plenary": ("11:30", 45),
    "evaluation": ("12:15", 15),
    "closing": ("12:30", 15),
}
"""A typical half-day agenda: planned start (HH:MM) and minutes per phase."""


@dataclass
class ConferenceFacts:
    """The facts that identify a conference and the process report behind it."""

    district: str
    date: str
    venue: str = ""
    language: str = "nb"
    report_version: str = ""
    interviews: int | None = None
    informants: int | None = None

    def validated(self) -> ConferenceFacts:
        """Return a cleaned copy, or raise :class:`DialogError` naming the bad field."""
        return ConferenceFacts(
            district=required_text(self.district, t("field.district")),
            date=parse_date(self.date),
            venue=bounded_text((self.venue or "").strip(), t("field.venue"), MAX_SHORT_TEXT, single_line=True),
            language=choice(self.language, LANGUAGES, t("field.language")),
            report_version=bounded_text((self.report_version or "").strip(), t("field.report_version"), MAX_SHORT_TEXT,
                                        single_line=True),
            interviews=optional_count(self.interviews, t("field.interviews")),
            informants=optional_count(self.informants, t("field.informants")),
        )


def seed_catalogues(db: Database) -> None:
    """Copy the default roles, themes, agenda and evaluation form into a new file."""
    db.table("role").insert_all(
        {"code": r.code, "letter": r.letter, "name_nb": r.name_nb, "name_en": r.name_en, "name_nn": r.name_nn,
         "position": i}
        for i, r in enumerate(DEFAULT_ROLES)
    )
    db.table("theme").insert_all(
        {
            "code": th.code,
            "name_nb": th.name_nb,
            "name_en": th.name_en,
            "name_nn": th.name_nn,
            "parent_code": th.parent_code,
            "origin": "catalogue",
            "position": i,
        }
        for i, th in enumerate(DEFAULT_THEMES)
    )
    db.table("phase_plan").insert_all(
        {"phase": phase, "planned_start": DEFAULT_PLAN[phase][0], "planned_minutes": DEFAULT_PLAN[phase][1]}
        for phase in PHASES
    )
    create_default_template(db)


def create_conference(path: Path, facts: ConferenceFacts, *, is_demo: bool = False) -> Database:
    """Create a new conference file at ``path`` and return an open connection.

    The file is built under a temporary name and renamed into place only when
    complete, so an interrupted creation never leaves a half-made conference.
    """
    from dialog.core.database import create_database, open_conference  # loads sqlite-utils only when needed

    clean = facts.validated()
    if path.exists():
        raise DialogError("error.file_exists", path=path)
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    db = create_database(partial)
    try:
        with db.atomic():
            seed_catalogues(db)
            db.table("conference").insert(
                {"id": new_id(), **asdict(clean), "phase": "setup", "is_demo": int(is_demo), "created_at": now_iso()}
            )
            db.table("phase_log").insert({"id": new_id(), "phase": "setup", "started_at": now_iso(), "ended_at": None})
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    partial.rename(path)
    for leftover in (Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    return open_conference(path)


def read_conference(db: Database) -> Conference:
    """Return the conference row."""
    return fetch_rows(db, Conference, "SELECT * FROM conference")[0]


def conference_id(db: Database) -> str:
    """Return the conference's stable id."""
    return db.execute("SELECT id FROM conference").fetchone()[0]


def update_facts(db: Database, facts: ConferenceFacts) -> None:
    """Replace the conference facts after validating them."""
    clean = facts.validated()
    with db.atomic():
        db.execute(
            "UPDATE conference SET district=?, date=?, venue=?, language=?, report_version=?, interviews=?, "
            "informants=?",
            [clean.district, clean.date, clean.venue, clean.language, clean.report_version, clean.interviews,
             clean.informants],
        )


def set_leaders(db: Database, leaders: list[tuple[str, str]]) -> None:
    """Replace the process leaders: a list of ``(name, role)`` with role leader/co_leader."""
    rows = []
    for position, (name, role) in enumerate(leaders):
        rows.append({
            "id": new_id(),
            "name": required_text(name, t("field.leader")),
            "role": choice(role, ("leader", "co_leader"), t("field.leader_role")),
            "position": position,
        })
    with db.atomic():
        db.execute("DELETE FROM leader")
        if rows:
            db.table("leader").insert_all(rows)


def list_leaders(db: Database) -> list[Leader]:
    """Return the process leaders in order."""
    return fetch_rows(db, Leader, "SELECT * FROM leader ORDER BY position")
