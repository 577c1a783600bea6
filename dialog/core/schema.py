"""The conference file's schema, as forward-only numbered migrations.

Each step runs inside one transaction with its record in ``_sqlite_migrations``
(sqlite-utils ``Migrations``), so a failing step leaves the file as it was.
``FORMAT_VERSION`` is the number of steps; it is written to ``PRAGMA
user_version`` so a newer file can be refused before anything is touched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from dialog.core.schema_first import INITIAL_TABLES
from dialog.core.vocabulary import FINDING_RESPONSES, PHASES, sql_in

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "dialog"
"""The name of our migration set in ``_sqlite_migrations``."""


def split_statements(script: str) -> list[str]:
    """Split a script of simple DDL statements (no triggers) on semicolons."""
    return [part.strip() for part in script.split(";") if part.strip()]


def m001_initial(db: Database) -> None:
    """Create every table of the first format version."""
    # db.executescript() would COMMIT behind the migration's transaction,
    # so each statement runs on its own inside it.
    for statement in split_statements(INITIAL_TABLES):
        db.execute(statement)


def m002_access_tokens(db: Database) -> None:
    """Tokens for the participation server: one for the evaluation form, one per group."""
    db.execute(
        "CREATE TABLE access_token ("
        " token TEXT PRIMARY KEY,"
        " kind TEXT NOT NULL CHECK (kind IN ('evaluation', 'group')),"
        " group_id TEXT REFERENCES work_group(id) ON DELETE CASCADE,"
        " created_at TEXT NOT NULL,"
        " CHECK ((kind = 'group') = (group_id IS NOT NULL)))"
    )
    db.execute("CREATE UNIQUE INDEX access_token_one_per_target ON access_token (kind, coalesce(group_id, ''))")


def m003_watched_names(db: Database) -> None:
    """Names the leader asks to be warned about when they turn up in notes or quotes."""
    db.execute("CREATE TABLE watched_name (name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0))")


def m004_phase_clock(db: Database) -> None:
    """The group-work clock's pauses and added minutes, per run of a phase, so a restart keeps them."""
    db.execute(
        "CREATE TABLE phase_clock ("
        " phase_log_id TEXT PRIMARY KEY REFERENCES phase_log(id) ON DELETE CASCADE,"
        " extra_minutes INTEGER NOT NULL DEFAULT 0 CHECK (extra_minutes BETWEEN 0 AND 600),"
        " paused_seconds REAL NOT NULL DEFAULT 0 CHECK (paused_seconds >= 0),"
        " paused_since TEXT)"
    )


def m005_clean_texts(db: Database) -> None:
    """Every stored text through the text gate (files written before it may hold control characters).

    A data step: no table changes.
    """
    from dialog.core.text_gate import clean_stored_texts

    clean_stored_texts(db.conn)


def m006_room_secret(db: Database) -> None:
    """The room's CSRF secret, kept in the file so closing and opening the room again keeps open forms valid.

    One row at most; it is made the first time the room opens (see :func:`dialog.core.access.ensure_room_secret`).
    """
    db.execute(
        "CREATE TABLE room_secret ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " secret TEXT NOT NULL CHECK (length(secret) >= 32))"
    )


def m007_room_answers(db: Database) -> None:
    """Participants' own answers to each finding, sent from phones while the leader shows it.

    ``room_state`` holds the finding the leader has on screen (the only one that
    takes answers); ``finding_room`` whether the leader has shown the room's
    answers; ``finding_answer`` one answer per device and finding, under a key
    that cannot be traced to the device or linked across findings (see
    :mod:`dialog.core.room_answers`). No time is stored, and each answer's rowid
    is drawn at random, so not even the order answers came in is kept.
    """
    db.execute(
        "CREATE TABLE room_state ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " open_finding_id TEXT REFERENCES finding(id) ON DELETE SET NULL)"
    )
    db.execute(
        "CREATE TABLE finding_room ("
        " finding_id TEXT PRIMARY KEY REFERENCES finding(id) ON DELETE CASCADE,"
        " revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)))"
    )
    db.execute(
        "CREATE TABLE finding_answer ("
        " finding_id TEXT NOT NULL REFERENCES finding(id) ON DELETE CASCADE,"
        " voter TEXT NOT NULL CHECK (length(voter) BETWEEN 16 AND 128),"
        f" response TEXT NOT NULL CHECK (response IN {sql_in(FINDING_RESPONSES)}),"
        " comment TEXT NOT NULL DEFAULT '',"
        " role_code TEXT REFERENCES role(code) ON UPDATE CASCADE ON DELETE SET NULL,"
        " PRIMARY KEY (finding_id, voter))"
    )


def m008_group_checks(db: Database) -> None:
    """Groups confirm their notes as the minutes will show them, or flag a note to change.

    ``group_confirmation`` holds, per group, a fingerprint of its notes exactly
    as the group confirmed them (see :mod:`dialog.core.group_checks`), so any
    change afterwards shows; ``note_flag`` one open request per note to change
    it, with a line why and the wording (:func:`dialog.core.note_history.note_version`)
    it was flagged on: an edit of the note resolves it.
    """
    db.execute(
        "CREATE TABLE group_confirmation ("
        " group_id TEXT PRIMARY KEY REFERENCES work_group(id) ON DELETE CASCADE,"
        " fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),"
        " confirmed_at TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE note_flag ("
        " note_id TEXT PRIMARY KEY REFERENCES note(id) ON DELETE CASCADE,"
        " reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),"
        " note_version TEXT NOT NULL,"
        " flagged_at TEXT NOT NULL)"
    )


def m009_paper_sheets(db: Database) -> None:
    """The number printed on a paper form, so a sheet typed in twice is refused.

    Only paper forms carry one (phone and terminal forms keep NULL), and no two
    paper forms share one: a partial unique index, since SQLite cannot add a
    UNIQUE column to a table that exists.
    """
    db.execute("ALTER TABLE evaluation_response ADD COLUMN sheet_number INTEGER"
               " CHECK (sheet_number IS NULL OR (source = 'paper' AND sheet_number BETWEEN 1 AND 9999))")
    db.execute("CREATE UNIQUE INDEX paper_sheet_once ON evaluation_response (sheet_number)"
               " WHERE sheet_number IS NOT NULL")


def m010_nynorsk(db: Database) -> None:
    """Nynorsk: a conference may be written in it, and roles, themes and questions get a nynorsk name.

    A CHECK constraint cannot be changed in place, so the one-row ``conference``
    table is built anew from step 10's own definition, its columns copied by
    name (no table refers to it). The new columns are empty for what a user
    typed (a name falls back to bokmål, see :func:`dialog.i18n.names.local_name`)
    and filled for the default roles, the catalogue's themes and the default
    questions while their bokmål wording is still the default's
    (:func:`dialog.core.default_nynorsk.fill_default_nynorsk`).
    """
    from dialog.core.default_nynorsk import fill_default_nynorsk

    db.execute(_STEP_10_CONFERENCE)
    db.execute(f"INSERT INTO conference_step_10 ({_CONFERENCE_COLUMNS}) SELECT {_CONFERENCE_COLUMNS} FROM conference")
    db.execute("DROP TABLE conference")
    db.execute("ALTER TABLE conference_step_10 RENAME TO conference")
    db.execute("ALTER TABLE role ADD COLUMN name_nn TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE theme ADD COLUMN name_nn TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE form_question ADD COLUMN text_nn TEXT NOT NULL DEFAULT ''")
    fill_default_nynorsk(db)


_CONFERENCE_COLUMNS = ("id, district, date, venue, language, report_version, interviews, informants, phase, "
                       "is_demo, created_at")
_STEP_10_CONFERENCE = f"""
CREATE TABLE conference_step_10 (
    id TEXT PRIMARY KEY,
    district TEXT NOT NULL CHECK (length(trim(district)) > 0),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    venue TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'nb' CHECK (language IN ('nb', 'nn', 'en')),
    report_version TEXT NOT NULL DEFAULT '',
    interviews INTEGER CHECK (interviews IS NULL OR interviews >= 0),
    informants INTEGER CHECK (informants IS NULL OR informants >= 0),
    phase TEXT NOT NULL DEFAULT 'setup' CHECK (phase IN {sql_in(PHASES)}),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at TEXT NOT NULL
)"""
"""The conference table as step 10 leaves it: step 1's, with nynorsk among the languages."""


def m011_printed_sheets(db: Database) -> None:
    """The sheet numbers printed on paper forms, so the next print goes on where the last one stopped.

    Without it a second ``dialog forms`` numbered from 1 again: two people in the
    room held "Skjema nr. 1", and the second sheet, refused as typed already,
    invited a correction that would replace the first person's answers. One row
    per print, first and last number; no time, no count of copies.
    """
    db.execute(
        "CREATE TABLE printed_sheets ("
        " first INTEGER NOT NULL CHECK (first >= 1),"
        " last INTEGER NOT NULL CHECK (last >= first AND last <= 9999))"
    )


STEPS: tuple[Callable[[Database], None], ...] = (m001_initial, m002_access_tokens, m003_watched_names,
                                                  m004_phase_clock, m005_clean_texts, m006_room_secret,
                                                  m007_room_answers, m008_group_checks, m009_paper_sheets,
                                                  m010_nynorsk, m011_printed_sheets)
"""Every migration, oldest first. Append; never edit a released step."""

NYNORSK_VERSION = STEPS.index(m010_nynorsk) + 1
"""The first format version a conference may be written in nynorsk in.

Earlier ones allow only :data:`~dialog.core.schema_first.FIRST_LANGUAGES`."""

FORMAT_VERSION = len(STEPS)
"""The newest format version this program reads and writes."""


def build_migrations(steps: Sequence[Callable[[Database], None]] = STEPS) -> Migrations:
    """Register ``steps`` as a sqlite-utils migration set, in order."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in steps:
        migrations(name=step.__name__)(step)
    return migrations


def migrate(db: Database, steps: Sequence[Callable[[Database], None]] = STEPS) -> None:
    """Apply pending steps, then record the format version in ``user_version``."""
    build_migrations(steps).apply(db)
    applied = len(build_migrations(steps).applied(db))
    db.execute(f"PRAGMA user_version = {int(applied)}")
