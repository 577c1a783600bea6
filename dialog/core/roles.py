"""Participant roles: the default list and the rules for role letters.

Notes and quotes are attributed by role letter only ("B2 said ..."), never by
name. Each conference keeps its own editable copy of the list.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dialog.core.errors import DialogError

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Role:
    """A participant role with its attribution letter and names in bokmål, English and nynorsk."""

    code: str
    letter: str
    name_nb: str
    name_en: str
    name_nn: str = ""


DEFAULT_ROLES: tuple[Role, ...] = (
    Role("user", "B", "Bruker", "User", "Brukar"),
    Role("relative", "P", "Pårørende", "Relative", "Pårørande"),
    Role("user_org", "BO", "Brukerorganisasjon", "User organisation", "Brukarorganisasjon"),
    Role("staff", "T", "Tjenesteyter / fagperson", "Service staff", "Tenesteytar / fagperson"),
    Role("manager", "L", "Leder", "Manager", "Leiar"),
    Role("politician", "PO", "Politiker", "Politician", "Politikar"),
    Role("dps", "D", "Spesialisthelsetjenesten (DPS)", "Specialist services (DPS)", "Spesialisthelsetenesta (DPS)"),
    Role("nav", "N", "NAV", "NAV", "NAV"),
    Role("voluntary", "F", "Frivillig organisasjon", "Voluntary organisation", "Frivillig organisasjon"),
    Role("other", "A", "Annet", "Other", "Anna"),
)
"""The default roles, from the domain brief."""

_ROLE_LETTER = re.compile(r"([A-ZÆØÅ]{1,3})[0-9]{0,2}")


def normalise_role_letter(value: str, letters: Collection[str] | None = None) -> str:
    """Validate a speaker tag such as ``B``, ``B2`` or ``T10``; empty means unknown.

    With ``letters`` (the conference's role letters) the letters must be one
    of them, so a short name such as "Ola" or "Eva" is not taken for a tag.
    Raises :class:`DialogError` for anything else, e.g. a name typed by mistake.
    """
    cleaned = value.strip().upper()
    if cleaned == "":
        return ""
    match = _ROLE_LETTER.fullmatch(cleaned)
    if not match or (letters is not None and match.group(1) not in letters):
        raise DialogError("error.role_letter", value=value.strip()[:20])
    return cleaned


def role_letters(db: Database) -> frozenset[str]:
    """The role letters of this conference's own list."""
    return frozenset(letter for (letter,) in db.execute("SELECT letter FROM role"))
