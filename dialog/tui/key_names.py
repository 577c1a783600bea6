"""Keys as the footer and the help show them, named in the UI language ("mellomrom", not "space")."""

from __future__ import annotations

from textual.binding import Binding
from textual.keys import format_key

from dialog.i18n import CATALOGUES, get_language, t


def key_name(key: str) -> str:
    """One key or modifier: the catalogue's ``keyname.<key>`` if it has one, else as Textual shows it."""
    catalogue_key = f"keyname.{key}"
    if catalogue_key in CATALOGUES[get_language()]:
        return t(catalogue_key)
    return format_key(key)


def key_display(binding: Binding) -> str:
    """What a binding's key is shown as: ``^pgdn``, ``shift+↑``, ``mellomrom`` (nb) or ``space`` (en)."""
    if binding.key_display:
        return binding.key_display
    modifiers, key = binding.parse_key()
    shown = key_name(key)
    if "ctrl" in modifiers:  # Textual's way: ^pgdn
        shown = f"^{shown}"
    return "+".join([*(key_name(name) for name in modifiers if name != "ctrl"), shown])
