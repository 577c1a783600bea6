"""Help: every key of the screen it was opened from, with what it does."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Label, Static

from dialog.i18n import t
from dialog.tui.translated import TranslatedBindings


def key_rows(screen: Screen) -> list[tuple[str, str, str]]:
    """Return (key, what it does, more) for every binding active on ``screen``."""
    rows, seen = [], set()
    for key, active in screen.active_bindings.items():
        binding = active.binding
        # Only our own keys (they all carry an id); the widgets' built-in keys are not ours to explain.
        if not binding.id or not binding.description or (binding.action, binding.description) in seen:
            continue
        seen.add((binding.action, binding.description))
        display = screen.app.get_key_display(binding)
        rows.append((display, binding.description, binding.tooltip or ""))
    return rows


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
            if self.intro:
                yield Static(self.intro, id="help-intro", markup=False)
            yield DataTable(id="help-keys", cursor_type="row", show_cursor=False)
            yield Label(t("help.close_hint"), classes="hint", markup=False)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(t("help.key"), t("help.action"), t("help.more"))
        for row in self.rows:
            table.add_row(*row)

    def action_close(self) -> None:
        self.dismiss(None)
