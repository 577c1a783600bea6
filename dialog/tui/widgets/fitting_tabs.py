"""Tabs that always fit on their row: the chosen tab is named in full, the others are shortened to share the rest.

Textual's tabs run off the right edge when their names are long (four groups
named "Gruppe 1 – Krisehjelp etter kontortid" … at 80 columns): the last ones
vanish and the leader cannot tell they are there. These tabs shorten the
names that do not fit, at a word where one is near, and mark each shortened
name with "…"; the tab that is chosen keeps its whole name as long as the
others keep at least :data:`SHORTEST` letters. A shortened tab shows its whole
name as a tooltip.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.widgets import Tab, Tabs

SHORTEST = 8
"""The fewest columns a shortened tab's name keeps (with its "…"), so "Gruppe 3…" still tells the groups apart."""

ELLIPSIS = "…"


def shorten(name: str, width: int) -> str:
    """``name`` in at most ``width`` columns: whole if it fits, else cut (at a word when one is near) and "…"."""
    if cell_len(name) <= width:
        return name
    room = max(width - 1, 1)
    cut = name[:room]
    while cell_len(cut) > room:
        cut = cut[:-1]
    space = cut.rfind(" ")
    if space >= room // 2:
        cut = cut[:space]
    return cut.rstrip(" –-—,:;·") + ELLIPSIS


def fitted_names(names: list[str], active: int | None, width: int, padding: int = 2) -> list[str]:
    """The names to show for tabs of ``names`` in ``width`` columns, each tab taking ``padding`` more."""
    if sum(cell_len(name) + padding for name in names) <= width or not names:
        return list(names)
    others = len(names) - (1 if active is not None else 0)
    if active is not None:
        keep_for_others = others * (SHORTEST + padding)
        active_width = min(cell_len(names[active]), max(width - keep_for_others - padding, SHORTEST))
        rest = width - active_width - padding
    else:
        active_width, rest = 0, width
    # The other tabs share the rest: a short name takes only what it needs, and the longer ones share what it leaves.
    widths = {index: active_width for index in ([active] if active is not None else [])}
    waiting = sorted((index for index in range(len(names)) if index != active),
                     key=lambda index: cell_len(names[index]))
    for position, index in enumerate(waiting):
        share = max(rest // (len(waiting) - position) - padding, SHORTEST)
        widths[index] = min(cell_len(names[index]), share)
        rest -= widths[index] + padding
    return [shorten(name, widths[index]) for index, name in enumerate(names)]


class FittingTabs(Tabs):
    """A row of tabs that never runs off the edge: long names are shortened, the chosen one last."""

    def on_mount(self) -> None:
        self.call_after_refresh(self.fit)

    def on_resize(self) -> None:
        self.call_after_refresh(self.fit)

    def add_tab(self, tab, **kwargs):
        """Add a tab (see :meth:`Tabs.add_tab`); the row is fitted again once it is there."""
        done = super().add_tab(tab, **kwargs)
        self.call_after_refresh(self.fit)
        return done

    def rename(self, tab_id: str, name: str) -> None:
        """Give a tab a new whole name (a mark added in front, say); the row is fitted again."""
        for tab in self.query(Tab):
            if tab.id == tab_id and getattr(tab, "full_name", tab.label_text) != name:
                tab.full_name = name  # type: ignore[attr-defined]
                tab.label = name
                self.call_after_refresh(self.fit)

    def watch_active(self, previously_active: str, active: str) -> None:
        super().watch_active(previously_active, active)
        self.call_after_refresh(self.fit)

    def fit(self) -> None:
        """Shorten the tabs' names so the whole row shows; the chosen tab's name is kept whole where possible."""
        if not self.is_attached or not self.size.width:
            return
        tabs = [tab for tab in self.query(Tab) if not tab.has_class("-hidden")]
        for tab in tabs:
            if not hasattr(tab, "full_name"):  # seen for the first time, before any shortening
                tab.full_name = tab.label_text  # type: ignore[attr-defined]
        names = [tab.full_name for tab in tabs]  # type: ignore[attr-defined]
        active = next((index for index, tab in enumerate(tabs) if tab.id == self.active), None)
        for tab, name, shown in zip(tabs, names, fitted_names(names, active, self.size.width)):
            if tab.label_text != shown:
                tab.label = shown
            tab.tooltip = name if shown != name else None
