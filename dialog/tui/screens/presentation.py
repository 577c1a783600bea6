"""Presentation: one finding at a time in large text, and the room's response to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from dialog.core.findings import list_findings, set_response, set_response_comment
from dialog.core.privacy import watched_names
from dialog.core.rows import Finding
from dialog.core.vocabulary import FINDING_RESPONSES
from dialog.i18n import t
from dialog.tui.screens.phase_screen import NAVIGATION, PhaseScreen
from dialog.tui.screens.text_prompt import TextPromptScreen
from dialog.tui.store_replies import FindingsLoaded, ResponseSaved

if TYPE_CHECKING:
    from sqlite_utils import Database


def _load(db: Database) -> tuple[list[Finding], list[str]]:
    return list_findings(db), watched_names(db)


RESPONSE_KEYS = {response: str(number) for number, response in enumerate(FINDING_RESPONSES, start=1)}

CHOSEN_MARK = "▶"
"""Stands before the room's chosen response, so it reads without colour (and on a washed-out projector)."""


def response_bar(chosen: str | None) -> Text:
    """The four responses with their keys, the chosen one marked ``▶`` and highlighted, then the comment key."""
    bar = Text()
    for response, key in RESPONSE_KEYS.items():
        if response == chosen:
            bar.append(f"{CHOSEN_MARK} {key} {t('response.' + response)} ", style="bold reverse")
        else:
            bar.append(f"  {key} {t('response.' + response)} ")
        bar.append(" ")
    bar.append(f" c {t('key.comment')}", style="dim")
    return bar


class PresentationScreen(PhaseScreen):
    """Projector mode: the finding, its anonymised quotes, and the response bar."""

    PHASE = "presentation"
    BINDINGS = NAVIGATION + [
        Binding("right,pagedown,n", "step(1)", "key.next_finding", id="presentation.next", tooltip="tip.next_finding"),
        Binding("left,pageup,p", "step(-1)", "key.previous_finding", id="presentation.previous",
                tooltip="tip.previous_finding"),
        *[Binding(key, f"respond('{response}')", f"response.{response}", id=f"presentation.{response}",
                  tooltip="tip.respond", show=False) for response, key in RESPONSE_KEYS.items()],
        Binding("0", "respond('')", "key.clear_response", id="presentation.clear", tooltip="tip.clear_response",
                show=False),
        Binding("c", "comment", "key.comment", id="presentation.comment", tooltip="tip.comment", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.findings: list[Finding] = []
        self.watched: list[str] = []
        self.index = 0

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="finding-scroll"):
            yield Static("", id="finding-counter", markup=False)
            yield Static("", id="finding-title", markup=False)
            yield Static("", id="finding-body", markup=False)
            yield Static("", id="finding-quotes", markup=False)
        # Under the finding, above the footer, never docked: the chosen response and the whole comment show.
        yield Static("", id="response-bar", markup=False)
        yield Static("", id="response-comment", markup=False)

    def reload(self) -> None:
        self.db(_load, reply=FindingsLoaded, then=self._show_findings)

    def _show_findings(self, loaded: tuple[list[Finding], list[str]]) -> None:
        self.findings, self.watched = loaded
        self.index = min(self.index, max(0, len(self.findings) - 1))
        self.render_finding()

    def current(self) -> Finding | None:
        """Return the finding on screen."""
        return self.findings[self.index] if self.findings else None

    def render_finding(self) -> None:
        """Draw the current finding, its quotes and its response."""
        finding = self.current()
        if finding is None:
            self.query_one("#finding-counter", Static).update("")
            self.query_one("#finding-title", Static).update(t("presentation.no_findings"))
            for part in ("#finding-body", "#finding-quotes", "#response-bar", "#response-comment"):
                self.query_one(part, Static).update("")
            self.query_one("#response-comment").display = False
            return
        self.query_one("#finding-counter", Static).update(
            t("presentation.counter", number=self.index + 1, total=len(self.findings)))
        self.query_one("#finding-title", Static).update(Text(finding["title"]))
        self.query_one("#finding-body", Static).update(Text(finding["body"]))
        quotes = Text()
        for quote in finding["quotes"]:
            quotes.append("«" + quote["text"] + "»", style="italic")
            if quote["role_letter"]:
                quotes.append(f"  – {quote['role_letter']}", style="dim")
            quotes.append("\n\n")
        self.query_one("#finding-quotes", Static).update(quotes)
        self.query_one("#response-bar", Static).update(response_bar(finding["response"]))
        comment = self.query_one("#response-comment", Static)
        comment.update(Text(finding["response_comment"], style="italic"))
        comment.display = bool(finding["response_comment"])

    def action_step(self, step: int) -> None:
        """Show the next or previous finding."""
        if self.findings:
            self.index = max(0, min(len(self.findings) - 1, self.index + step))
            self.render_finding()
            self.query_one("#finding-scroll").scroll_home(animate=False)

    def action_respond(self, response: str) -> None:
        """Record how the room responded to the finding on screen."""
        finding = self.current()
        if finding is None:
            return
        value = response or None
        self.db(set_response, finding["id"], value, reply=ResponseSaved, then=lambda _: self.reload())

    def action_comment(self) -> None:
        """Write a comment to the response without leaving the screen."""
        finding = self.current()
        if finding is None:
            return

        def done(text: str | None) -> None:
            if text is not None and text != finding["response_comment"]:
                self.db(set_response_comment, finding["id"], text, reply=ResponseSaved, then=lambda _: self.reload())

        self.app.push_screen(TextPromptScreen(t("presentation.comment_title", title=finding["title"]),
                                              finding["response_comment"], watched=self.watched,
                                              label=t("privacy.section.comment")), done)
