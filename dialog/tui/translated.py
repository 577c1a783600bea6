"""Bindings whose descriptions and tooltips are catalogue keys, shown translated."""

from __future__ import annotations

from dataclasses import replace

from textual.binding import BindingsMap
from textual.dom import DOMNode

from dialog.i18n import t
from dialog.tui.typed_app import TypedApp


def translate_bindings(node: DOMNode) -> None:
    """Replace ``node``'s bindings with copies whose texts are translated.

    BINDINGS are class attributes built at import time, before the language is
    known, so they hold catalogue keys; each instance translates its own copy
    (a footer group's description too).
    """
    translated = BindingsMap()
    for bindings in node._bindings.key_to_bindings.values():
        for binding in bindings:
            translated.key_to_bindings.setdefault(binding.key, []).append(
                replace(
                    binding,
                    description=t(binding.description) if binding.description else "",
                    tooltip=t(binding.tooltip) if binding.tooltip else "",
                    group=replace(binding.group, description=t(binding.group.description))
                    if binding.group is not None and binding.group.description else binding.group,
                )
            )
    node._bindings = translated


class TranslatedBindings(TypedApp):
    """Mixin for screens and widgets: translate BINDINGS when constructed."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        translate_bindings(self)
