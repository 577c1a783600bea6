"""Participant roles: the default list and the rules for role letters.

Notes and quotes are attributed by role letter only ("B2 said ..."), never by
name. Each conference keeps its own editable copy of the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dialog.core.errors import DialogError


@dataclass(frozen=True)
class Role:
    """A participant role with its attribution letter and names in both languages."""

    code: str
    letter: str
    name_nb: str
    name_en: str


DEFAULT_ROLES: tuple[Role, ...] = (
    Role("user", "B", "Bruker", "User"),
    Role("relative", "P", "Pårørende", "Relative"),
    Role("user_org", "BO", "Brukerorganisasjon", "User organisation"),
    Role("staff", "T", "Tjenesteyter / fagperson", "Service staff"),
    Role("manager", "L", "Leder", "Manager"),
    Role("politician", "PO", "Politiker", "Politician"),
    Role("dps", "D", "Spesialisthelsetjenesten (DPS)", "Specialist services (DPS)"),
    Role("nav", "N", "NAV", "NAV"),
    Role("voluntary", "F", "Frivillig organisasjon", "Voluntary organisation"),
    Role("other", "A", "Annet", "Other"),
)
"""The default roles, from the domain brief."""

_ROLE_LETTER = re.compile(r"[A-ZÆØÅ]{1,3}[0-9]{0,2}")


def normalise_role_letter(value: str) -> str:
    """Validate a speaker tag such as ``B``, ``B2`` or ``T10``; empty means unknown.

    Raises :class:`DialogError` for anything else, e.g. a name typed by mistake.
    """
    cleaned = value.strip().upper()
    if cleaned == "":
        return ""
    if not _ROLE_LETTER.fullmatch(cleaned):
        raise DialogError("error.role_letter", value=value.strip()[:20])
    return cleaned
