"""Two races in Textual 8.2 that stop the app on a busy laptop, made harmless until Textual fixes them.

A widget's children are composed in their own tasks, and Textual may run the
parent's mount before they are there. Two of its widgets then look for a child
that does not exist yet and raise ``NoMatches``, which ends the app:

* ``Select`` sets its value as it mounts, and its ``SelectCurrent`` writes the
  label into a ``#label`` child not yet composed (Textual issue #6581). Seen
  when a new conference opened on its Setup screen, whose facts have a
  language choice: 6–8 of 10 tries on a loaded two-core machine.
* ``Tabs`` (every ``TabbedContent``'s tab row) moves its underline on a resize
  that can come before its ``Underline`` child exists.

Each is wrapped here: when the child is missing, the same call is made again
after the next refresh, by which time the child is there; nothing else
changes. :func:`install` is called once, when the app is made.
"""

from __future__ import annotations

from textual.css.query import NoMatches
from textual.widgets._select import SelectCurrent
from textual.widgets._tabs import Tabs

_installed = False


def install() -> None:
    """Wrap ``SelectCurrent.update`` and ``Tabs._highlight_active`` so a missing child waits a refresh."""
    global _installed
    if _installed:
        return
    _installed = True
    label_update = SelectCurrent.update

    def update(self: SelectCurrent, label) -> None:
        try:
            label_update(self, label)
        except NoMatches:  # its #label is not composed yet: write it once it is
            self.call_after_refresh(update, self, label)

    highlight = Tabs._highlight_active

    def highlight_active(self: Tabs, animate: bool = True) -> None:
        try:
            highlight(self, animate)
        except NoMatches:  # its Underline is not composed yet: place it once it is
            self.call_after_refresh(highlight_active, self, False)

    SelectCurrent.update = update  # type: ignore[method-assign]
    Tabs._highlight_active = highlight_active  # type: ignore[method-assign]
