"""Read the key tables of README.md: which keys each section lists, and which it mentions at all."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"

NAMES = {
    "↑": "up", "↓": "down", "←": "left", "→": "right", "pagedown": "pagedown", "pgdn": "pagedown",
    "pageup": "pageup", "pgup": "pageup", "esc": "escape", "escape": "escape", "enter": "enter", "space": "space",
    "tab": "tab", "home": "home", "end": "end", "del": "delete", "delete": "delete", "backspace": "backspace",
    "[": "left_square_bracket", "]": "right_square_bracket", "+": "plus", "-": "minus", "?": "question_mark",
    "=": "equals_sign",
}
"""How README writes a key (lower case) -> Textual's name for it."""

RANGE = re.compile(r"`(F?)(\d+)`\s*(?:…|–|-|\.\.\.)\s*`F?(\d+)`")
TOKEN = re.compile(r"`([^`]+)`")


def key_name(written: str) -> str | None:
    """``Ctrl+PageDown`` -> ``ctrl+pagedown``, ``Shift+↑`` -> ``shift+up``, ``[`` -> ``left_square_bracket``.

    Anything that is not a key (``B2``, ``exports/``) gives None.
    """
    *modifiers, key = [written] if written == "+" else written.split("+")
    lowered = key.lower()
    if lowered in NAMES:
        name = NAMES[lowered]
    elif re.fullmatch(r"f\d{1,2}", lowered):
        name = lowered
    elif re.fullmatch(r"[a-z0-9]", key) or (modifiers and re.fullmatch(r"[A-Za-z]", key)):
        name = key.lower() if modifiers else key
    else:
        return None
    if any(m.lower() not in ("ctrl", "shift", "alt") for m in modifiers):
        return None
    return "+".join([*(m.lower() for m in modifiers), name])


def keys_in(text: str) -> set[str]:
    """Every key written in backticks in ``text``, ranges (``F2`` … ``F7``, ``1``–``6``) spelt out."""
    found = set()
    for prefix, low, high in RANGE.findall(text):
        found |= {f"{prefix.lower()}{number}" for number in range(int(low), int(high) + 1)}
    for token in TOKEN.findall(text):
        name = key_name(token.strip())
        if name:
            found.add(name)
    return found


def key_tables() -> dict[str, tuple[set[str], set[str]]]:
    """Section heading -> (keys in the key column(s), keys anywhere in the table), for every ### table of keys."""
    sections: dict[str, tuple[set[str], set[str]]] = {}
    heading = None
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            heading = line.lstrip("#").strip() if line.startswith("### ") else None
            continue
        if heading is None or not line.startswith("|") or set(line) <= set("|-: "):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells[:2] in (["key", "action"], ["where", "key"]):
            sections.setdefault(heading, (set(), set()))
            continue
        if heading not in sections:
            continue
        listed, mentioned = sections[heading]
        key_cells = cells[1:2] if len(cells) >= 3 else cells[:1]
        listed |= keys_in(" ".join(key_cells))
        mentioned |= keys_in(line)
    return sections
