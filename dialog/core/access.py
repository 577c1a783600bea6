"""Access tokens for phones and assistants' laptops: one for the evaluation form, one per group.

A token is 128 random bits from ``secrets``; it is what a QR code carries, so
whoever scans a group's code can reach that group's notes page and nothing else.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dialog.core.ids_and_times import now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

TOKEN_BYTES = 16
"""16 bytes = 128 bits, the least OWASP ASVS asks of a session token."""

SECRET_BYTES = 32
"""The room's CSRF secret: 256 random bits, the size of the HMAC-SHA-256 key it signs with."""


def new_token() -> str:
    """Return a fresh URL-safe token with 128 bits of randomness."""
    return secrets.token_urlsafe(TOKEN_BYTES)


@dataclass
class RoomTokens:
    """The evaluation token and each group's token (group id -> token)."""

    evaluation: str
    groups: dict[str, str] = field(default_factory=dict)


def tokens_missing(db: Database) -> bool:
    """True when the evaluation form or a group has no token yet (so :func:`ensure_tokens` would write)."""
    if db.execute("SELECT 1 FROM access_token WHERE kind = 'evaluation'").fetchone() is None:
        return True
    return db.execute(
        "SELECT 1 FROM work_group g WHERE NOT EXISTS "
        "(SELECT 1 FROM access_token a WHERE a.kind = 'group' AND a.group_id = g.id)").fetchone() is not None


def ensure_tokens(db: Database) -> RoomTokens:
    """Return the room's tokens, creating any that are missing (new groups get one too)."""
    with db.atomic():
        row = db.execute("SELECT token FROM access_token WHERE kind = 'evaluation'").fetchone()
        evaluation = row[0] if row else None
        if evaluation is None:
            evaluation = new_token()
            db.table("access_token").insert({"token": evaluation, "kind": "evaluation", "group_id": None,
                                       "created_at": now_iso()})
        groups = {group_id: token for group_id, token in db.execute(
            "SELECT group_id, token FROM access_token WHERE kind = 'group'")}
        for (group_id,) in db.execute("SELECT id FROM work_group ORDER BY position").fetchall():
            if group_id not in groups:
                groups[group_id] = new_token()
                db.table("access_token").insert({"token": groups[group_id], "kind": "group", "group_id": group_id,
                                           "created_at": now_iso()})
    return RoomTokens(evaluation, groups)


def rotate_tokens(db: Database) -> RoomTokens:
    """Throw away every token and make new ones (old QR codes stop working).

    The room's CSRF secret stays: a form only reaches it with a valid cookie, and every old cookie stops
    working with its token.
    """
    with db.atomic():
        db.execute("DELETE FROM access_token")
        return ensure_tokens(db)


def ensure_room_secret(db: Database) -> bytes:
    """Return the key the room signs its forms' CSRF tokens with, making it the first time.

    It is kept in the conference file, not in memory, so a form opened before the
    room was closed and opened again (or ``dialog serve`` restarted) can still be sent.
    """
    with db.atomic():
        row = db.execute("SELECT secret FROM room_secret WHERE id = 1").fetchone()
        if row is None:
            secret = secrets.token_hex(SECRET_BYTES)
            db.execute("INSERT INTO room_secret (id, secret) VALUES (1, ?)", [secret])
        else:
            secret = row[0]
    return secret.encode("utf-8")
