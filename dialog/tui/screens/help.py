"""Help: every key of the screen it was opened from, with what it does.

The keys are one table whose last column wraps, so a long explanation is read
whole at 80 columns instead of running off the box; the list scrolls with ↑ ↓,
PgUp/PgDn, Home/End.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static

from dialog.i18n import t
from dialog.tui.translated import TranslatedBindings


def key_rows(screen: Screen) -> list[tuple[str, str, str]]:
    """Return (key, what it does, more) for every binding active on ``screen``."""
    rows, seen = [], set()
    for active in screen.active_bindings.values():
        binding = active.binding
        # Only our own keys (they all carry an id); the widgets' built-in keys are not ours to explain.
        if not binding.id or not binding.description or (binding.action, binding.description) in seen:
            continue
        seen.add((binding.action, binding.description))
        display = screen.app.get_key_display(binding)
        rows.append((display, binding.description, binding.tooltip or ""))
    return rows


def key_table(rows: list[tuple[str, str, str]]) -> Table:
    """The keys as a table as wide as the box: the key, what it does, and more words that wrap."""
    table = Table(box=None, expand=True, show_edge=False, pad_edge=False, header_style="bold")
    table.add_column(Text(t("help.key")), no_wrap=True, style="bold")
    table.add_column(Text(t("help.action")), ratio=2)
    table.add_column(Text(t("help.more")), ratio=5)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))  # plain text: a key such as "[" is no markup
    return table


class HelpScreen(TranslatedBindings, ModalScreen[None]):
    """Lists the keys of the screen underneath; any of Escape, F1 or ? closes it."""

    BINDINGS = [
        Binding("escape,f1,question_mark,q", "close", "key.close", id="help.close", tooltip="tip.close"),
    ]

    def __init__(self, title: str, intro: str, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.heading = title
        self.intro = intro
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Label(self.heading, classes="title", markup=False)
            with VerticalScroll(id="help-keys"):  # the guide scrolls with the keys: at 80×24 both need the room
                if self.intro:
                    yield Static(self.intro, id="help-intro", markup=False)
                yield Static(key_table(self.rows), id="help-table")
            yield Label(t("help.close_hint"), classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#help-keys").focus()

    def action_close(self) -> None:
        self.dismiss(None)
