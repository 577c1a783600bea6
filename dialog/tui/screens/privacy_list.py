"""Before the minutes leave: every text that looks like it holds personal data, in a list to scroll through."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from dialog.core.privacy import describe_kinds
from dialog.core.privacy_report import TextWarning
from dialog.i18n import t
from dialog.tui.button_keys import BUTTON_KEYS, ButtonKeys
from dialog.tui.translated import TranslatedBindings

EXCERPT_WIDTH = 150
"""About two lines at 80 columns of each text, around what looks like personal data."""


def warning_entry(warning: TextWarning) -> Text:
    """One entry of the list: where it stands, what it seems to hold, and the words around it (highlighted)."""
    entry = Text()
    entry.append(warning.where(), style="bold")
    entry.append("\n")
    entry.append(describe_kinds(warning.kinds), style="bold yellow")
    entry.append("\n")
    text, start, end = warning.excerpt(EXCERPT_WIDTH)
    quoted = t("privacy.quoted", text=text)
    offset = len(entry) + quoted.find(text)  # past the opening quotation mark
    entry.append(quoted)
    entry.stylize("reverse", offset + start, offset + end)
    return entry


class PrivacyListScreen(ButtonKeys, TranslatedBindings, ModalScreen[bool]):
    """All warnings in a scrolling list, then the question: export anyway?

    Dismisses with True (export anyway) or False (No, Escape). "No" has the
    focus, as in every question that could let something out: Enter on it
    keeps the minutes in, Tab or ← reaches "Export anyway". ↑ ↓, PageUp, PageDown,
    Home and End scroll the list.
    """

    BINDINGS = [
        Binding("escape", "cancel", "key.cancel", id="privacy_list.cancel", tooltip="tip.cancel"),
        Binding("up", "scroll(-1)", show=False),
        Binding("down", "scroll(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "ends(-1)", show=False),
        Binding("end", "ends(1)", show=False),
        *BUTTON_KEYS,
    ]
    DEFAULT_CSS = """
    PrivacyListScreen #privacy-question { width: 100%; margin-bottom: 1; }
    PrivacyListScreen #privacy-list { height: 1fr; border: round $primary-darken-2; }
    PrivacyListScreen .privacy-entry { margin-bottom: 1; width: 100%; }
    PrivacyListScreen #privacy-hint { color: $text-muted; width: 100%; }
    PrivacyListScreen #buttons { margin-top: 0; }
    """

    def __init__(self, warnings: list[TextWarning]) -> None:
        super().__init__()
        self.warnings = warnings

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog-box", classes="privacy-box"):
            yield Label(t("privacy.before_export", count=len(self.warnings)), id="privacy-question", markup=False)
            # Not focusable: the arrows and PgUp/PgDn scroll it from anywhere; Tab goes straight between the buttons.
            with VerticalScroll(id="privacy-list", can_focus=False):
                for number, warning in enumerate(self.warnings, start=1):
                    yield Static(warning_entry(warning), classes="privacy-entry", id=f"privacy-{number}",
                                 markup=False)
            yield Static(t("privacy.list_hint"), id="privacy-hint", markup=False)
            with Horizontal(id="buttons"):
                yield Button(t("privacy.export_anyway"), variant="error", id="yes")
                yield Button(t("button.no"), variant="primary", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_cancel(self) -> None:
        """Close without exporting."""
        self.dismiss(False)

    def action_scroll(self, lines: int) -> None:
        """Scroll the list a line up or down, wherever the focus is."""
        listing = self.query_one("#privacy-list", VerticalScroll)
        listing.scroll_to(y=listing.scroll_y + lines, animate=False)

    def action_page(self, pages: int) -> None:
        """Scroll the list a page up or down."""
        listing = self.query_one("#privacy-list", VerticalScroll)
        listing.scroll_to(y=listing.scroll_y + pages * max(listing.scrollable_content_region.height - 1, 1),
                          animate=False)

    def action_ends(self, end: int) -> None:
        """Jump to the top (-1) or the bottom (1) of the list."""
        listing = self.query_one("#privacy-list", VerticalScroll)
        (listing.scroll_end if end > 0 else listing.scroll_home)(animate=False)
