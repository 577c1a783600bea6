"""The footer's keys, fitted to the width: an entry is shown whole or not at all, and F1 says when some are left out.

Textual's footer lays every key out in one row and lets the ones past the edge
vanish, or cuts one in half under the command palette's key. At 80 columns a
phase screen has more keys than room, so this footer keeps as many entries as
fit – the key for help first, then the keys of the field or list in use, then
the screen's own, then F9 and the room – and when it leaves any out, the help
key reads "All keys" instead of "Help": F1 (and Ctrl+P) list every one.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey, FooterLabel, KeyGroup

from dialog.i18n import t

HELP_KEY = "f1"
"""The key whose entry stays on the footer whatever the width, and says when others were left out."""

LAST = ("nav.next_phase", "nav.room")
"""Keys that work on every phase screen: the first to give way (F1's list still has them)."""


class KeyFooter(Footer):
    """A footer that never cuts an entry: what does not fit is left out, and F1 reads "All keys"."""

    def __init__(self) -> None:
        super().__init__()
        self.left_out: list[str] = []
        """The keys of the entries not shown at the last fitting (for tests and the curious)."""
        self._fitted_width = 0

    async def recompose(self) -> None:
        """Build the entries again (the focus or the keys changed), then fit them once they are laid out."""
        await super().recompose()
        self.call_after_refresh(self._fit)

    def on_resize(self) -> None:
        if self._fitted_width and self.size.width != self._fitted_width and self.is_attached:
            self.call_after_refresh(self.recompose)  # all entries again, fitted to the new width

    def _units(self) -> list[list[Widget]]:
        """The entries in footer order; a group of keys and its label make one entry."""
        units: list[list[Widget]] = []
        for child in self.children:
            if child.has_class("-command-palette"):
                continue
            if isinstance(child, FooterLabel) and units and isinstance(units[-1][-1], KeyGroup):
                units[-1].append(child)
            else:
                units.append([child])
        return units

    def _rank(self, unit: list[Widget]) -> int:
        key = unit[0].query(FooterKey).first() if isinstance(unit[0], KeyGroup) else unit[0]
        if not isinstance(key, FooterKey):
            return 2
        if key.key == HELP_KEY:
            return 0
        active = self.screen.active_bindings.get(key.key)
        if active is None:
            return 2
        if active.binding.id in LAST:
            return 3 + LAST.index(active.binding.id)
        return 2 if active.node is self.screen or active.node is self.app else 1

    @staticmethod
    def _width(unit: list[Widget]) -> int:
        """Columns an entry takes, from its text (its layout may not have caught up yet)."""
        return sum(_columns(widget) for widget in unit)

    def _fit(self) -> None:
        if not self.is_attached or not self.size.width:
            return
        self._fitted_width = self.size.width
        palette = [child for child in self.children if child.has_class("-command-palette")]
        room = self.size.width - sum(_columns(child) for child in palette)
        units = self._units()
        help_units = [unit for unit in units if self._rank(unit) == 0]
        needed = sum(self._width(unit) for unit in units)
        if needed <= room:
            self.left_out = []
            return
        if help_units:  # measured below with its longer wording
            key = help_units[0][0]
            assert isinstance(key, FooterKey)
            key.description = t("key.all_keys")
            key.refresh(layout=True)
        # By rank, each rank's entries in footer order until one does not fit (so "[" never goes without "]"
        # while a later, shorter entry of the same rank stays); a later rank may still fill the room left.
        kept, used, full = [], 0, set()
        for unit in sorted(units, key=self._rank):
            rank, width = self._rank(unit), self._width(unit)
            if rank == 0 or (rank not in full and used + width <= room):
                kept.append(unit)
                used += width
            else:
                full.add(rank)
        self.left_out = []
        for unit in units:
            for widget in unit:
                widget.display = unit in kept
            if unit not in kept:
                self.left_out += _keys(unit)


def _columns(widget: Widget) -> int:
    """Columns ``widget`` takes in the footer's row: its text, padding, border and margin."""
    if isinstance(widget, KeyGroup):
        inner = sum(_columns(child) for child in widget.children)
    else:
        inner = cell_len(str(getattr(widget.render(), "plain", "")))
    return inner + widget.styles.gutter.width + widget.styles.margin.width


def _keys(unit: list[Widget]) -> list[str]:
    """The keys an entry of the footer stands for."""
    keys = []
    for widget in unit:
        if isinstance(widget, FooterKey):
            keys.append(widget.key)
        elif isinstance(widget, KeyGroup):
            keys += [key.key for key in widget.query(FooterKey)]
    return keys
