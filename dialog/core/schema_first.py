"""The conference file as format version 1 made it: its tables, and the languages it allowed.

Step 1 of :mod:`dialog.core.schema` creates these tables; later steps change them. Released steps do not
change, so neither does this file.
"""

from __future__ import annotations

from dialog.core.vocabulary import (
    DISPLAY_STATUSES,
    FINDING_RESPONSES,
    LEADER_ROLES,
    MEASURE_STATUSES,
    NOTE_KINDS,
    PHASES,
    PLENARY_KINDS,
    QUESTION_KINDS,
    RESPONSE_SOURCES,
    RESPONSIBLE_LEVELS,
    sql_in,
)

FIRST_LANGUAGES: tuple[str, ...] = ("nb", "en")
"""The document languages of the first format version (step 10 added nynorsk): released steps do not change."""

INITIAL_TABLES = f"""
CREATE TABLE conference (
    id TEXT PRIMARY KEY,
    district TEXT NOT NULL CHECK (length(trim(district)) > 0),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    venue TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'nb' CHECK (language IN {sql_in(FIRST_LANGUAGES)}),
    report_version TEXT NOT NULL DEFAULT '',
    interviews INTEGER CHECK (interviews IS NULL OR interviews >= 0),
    informants INTEGER CHECK (informants IS NULL OR informants >= 0),
    phase TEXT NOT NULL DEFAULT 'setup' CHECK (phase IN {sql_in(PHASES)}),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at TEXT NOT NULL
);
CREATE TABLE leader (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL DEFAULT 'leader' CHECK (role IN {sql_in(LEADER_ROLES)}),
    position INTEGER NOT NULL
);
CREATE TABLE role (
    code TEXT PRIMARY KEY,
    letter TEXT NOT NULL UNIQUE,
    name_nb TEXT NOT NULL,
    name_en TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE attendance (
    role_code TEXT PRIMARY KEY REFERENCES role(code) ON UPDATE CASCADE,
    count INTEGER NOT NULL CHECK (count >= 0)
);
CREATE TABLE phase_plan (
    phase TEXT PRIMARY KEY CHECK (phase IN {sql_in(PHASES)}),
    planned_start TEXT,
    planned_minutes INTEGER CHECK (planned_minutes IS NULL OR planned_minutes >= 0)
);
CREATE TABLE phase_log (
    id TEXT PRIMARY KEY,
    phase TEXT NOT NULL CHECK (phase IN {sql_in(PHASES)}),
    started_at TEXT NOT NULL,
    ended_at TEXT
);
CREATE TABLE theme (
    code TEXT PRIMARY KEY,
    name_nb TEXT NOT NULL,
    name_en TEXT NOT NULL,
    parent_code TEXT REFERENCES theme(code),
    origin TEXT NOT NULL DEFAULT 'own' CHECK (origin IN ('catalogue', 'own')),
    position INTEGER NOT NULL
);
CREATE TABLE display_status (
    theme_code TEXT PRIMARY KEY REFERENCES theme(code) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN {sql_in(DISPLAY_STATUSES)})
);
CREATE TABLE finding (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    theme_code TEXT REFERENCES theme(code),
    response TEXT CHECK (response IS NULL OR response IN {sql_in(FINDING_RESPONSES)}),
    response_comment TEXT NOT NULL DEFAULT ''
);
CREATE TABLE finding_quote (
    id TEXT PRIMARY KEY,
    finding_id TEXT NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    role_letter TEXT NOT NULL DEFAULT ''
);
CREATE TABLE work_group (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE group_theme (
    group_id TEXT NOT NULL REFERENCES work_group(id) ON DELETE CASCADE,
    theme_code TEXT NOT NULL REFERENCES theme(code),
    PRIMARY KEY (group_id, theme_code)
);
CREATE TABLE group_member (
    group_id TEXT NOT NULL REFERENCES work_group(id) ON DELETE CASCADE,
    role_code TEXT NOT NULL REFERENCES role(code) ON UPDATE CASCADE,
    count INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (group_id, role_code)
);
CREATE TABLE note (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES work_group(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN {sql_in(NOTE_KINDS)}),
    text TEXT NOT NULL,
    role_letter TEXT NOT NULL DEFAULT '',
    author_device TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE TABLE note_revision (
    id TEXT PRIMARY KEY,
    note_id TEXT NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    role_letter TEXT NOT NULL DEFAULT '',
    saved_at TEXT NOT NULL
);
CREATE TABLE measure (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    theme_code TEXT REFERENCES theme(code),
    group_id TEXT REFERENCES work_group(id) ON DELETE SET NULL,
    note_id TEXT REFERENCES note(id) ON DELETE SET NULL,
    level TEXT CHECK (level IS NULL OR level IN {sql_in(RESPONSIBLE_LEVELS)}),
    owner TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN {sql_in(MEASURE_STATUSES)}),
    votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE plenary_point (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN {sql_in(PLENARY_KINDS)}),
    text TEXT NOT NULL,
    group_id TEXT REFERENCES work_group(id) ON DELETE SET NULL,
    position INTEGER NOT NULL
);
CREATE TABLE assessment (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE form_template (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE form_question (
    id TEXT PRIMARY KEY,
    template_id TEXT NOT NULL REFERENCES form_template(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN {sql_in(QUESTION_KINDS)}),
    text_nb TEXT NOT NULL,
    text_en TEXT NOT NULL,
    scale_min INTEGER,
    scale_max INTEGER,
    UNIQUE (template_id, code)
);
CREATE TABLE evaluation_response (
    id TEXT PRIMARY KEY,
    template_id TEXT NOT NULL REFERENCES form_template(id),
    source TEXT NOT NULL CHECK (source IN {sql_in(RESPONSE_SOURCES)}),
    instance_id TEXT UNIQUE
);
CREATE TABLE evaluation_answer (
    response_id TEXT NOT NULL REFERENCES evaluation_response(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL REFERENCES form_question(id),
    value_int INTEGER,
    value_text TEXT,
    PRIMARY KEY (response_id, question_id)
);
CREATE INDEX note_by_group ON note (group_id, position);
CREATE INDEX quote_by_finding ON finding_quote (finding_id, position);
CREATE INDEX answer_by_question ON evaluation_answer (question_id);
"""
"""Every table and index of the first format version, as one script of simple statements."""
