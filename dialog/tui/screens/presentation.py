"""Presentation: one finding at a time in large text, the leader's record of the room's response, and the
room's own answers from phones.

The finding on screen is the one phones answer: each time another finding
shows (or the list changes under it), it is made the open one in the file
(:func:`~dialog.core.room_answers.open_finding`), so answers to the one before
are refused from then on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from dialog.core.attendance import list_roles
from dialog.core.findings import list_findings, set_response, set_response_comment
from dialog.core.privacy import watched_names
from dialog.core.room_answers import RoomTally, open_finding, room_tally, set_revealed
from dialog.core.rows import Finding, Role
from dialog.core.vocabulary import FINDING_RESPONSES
from dialog.i18n import t
from dialog.i18n.names import local_name
from dialog.tui.app_requests import ShowQrCode
from dialog.tui.screens.phase_screen import NAVIGATION, PhaseScreen
from dialog.tui.screens.text_prompt import TextPromptScreen
from dialog.tui.store_replies import FindingsLoaded, ResponseSaved, RevealSaved, RoomAnswersRead
from dialog.tui.widgets.room_answers_view import RoomAnswersView

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Shown:
    """What the screen shows, read in one job: the findings, the names to watch, the roles, and the room's
    answers to the finding at the place asked for (None when there is none there)."""

    findings: list[Finding]
    watched: list[str]
    roles: list[Role]
    room: RoomTally | None


def _load(db: Database, index: int) -> Shown:
    findings = list_findings(db)
    index = min(index, len(findings) - 1)
    room = room_tally(db, findings[index]["id"]) if index >= 0 else None
    return Shown(findings, watched_names(db), list_roles(db), room)


def _open_and_read(db: Database, finding_id: str | None, make_open: bool) -> RoomTally | None:
    """Make ``finding_id`` the one phones answer (when ``make_open``), then read the room's answers to it."""
    if make_open:
        open_finding(db, finding_id)
    return room_tally(db, finding_id) if finding_id is not None else None


def _reveal(db: Database, finding_id: str, revealed: bool) -> RoomTally:
    set_revealed(db, finding_id, revealed)
    return room_tally(db, finding_id)


NOT_WRITTEN = ""
"""What the screen has made the open finding before it has made any (no finding's id is empty)."""


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
        Binding("r", "reveal", "key.reveal_answers", id="presentation.reveal", tooltip="tip.reveal_answers"),
        Binding("q", "qr", "key.qr", id="presentation.qr", tooltip="tip.qr", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.findings: list[Finding] = []
        self.watched: list[str] = []
        self.roles: list[Role] = []
        self.index = 0
        self.room: RoomTally | None = None
        """The room's answers to the finding on screen, once read (None before, and while there is no finding)."""
        self.opened: str | None = NOT_WRITTEN
        """The finding this screen last made the one phones answer (None: none); jobs run in order, so the
        file holds it once the job asked for has run."""

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="finding-scroll"):
            yield Static("", id="finding-counter", markup=False)
            yield Static("", id="finding-title", markup=False)
            yield Static("", id="finding-body", markup=False)
            yield Static("", id="finding-quotes", markup=False)
        # Under the finding, above the footer, never docked: the chosen response and the whole comment show.
        yield Static("", id="response-bar", markup=False)
        yield Static("", id="response-comment", markup=False)
        yield RoomAnswersView(id="room-answers")

    def reload(self) -> None:
        # Also each time phones answer (the app's poll finds the file changed). The list is read again, since
        # another program may have changed it, but that costs about what reading the answers does (~0.15 ms each
        # on the demo), and the finding is drawn again only when it changed.
        self.db(_load, self.index, reply=FindingsLoaded, then=self._show_findings)

    def _show_findings(self, shown: Shown) -> None:
        changed = (shown.findings, shown.watched, shown.roles) != (self.findings, self.watched, self.roles)
        self.findings, self.watched, self.roles = shown.findings, shown.watched, shown.roles
        self.index = min(self.index, max(0, len(self.findings) - 1))
        if changed or self.room is None:
            self.render_finding()
        finding = self.current()
        current = finding["id"] if finding else None
        if current != self.opened:
            self.ask_room(make_open=True)
        elif shown.room is not None and shown.room.finding_id == current:
            self._show_room(shown.room)
        elif shown.room is None and current is None:
            self._show_room(None)

    def ask_room(self, make_open: bool) -> None:
        """Read the room's answers to the finding on screen; first make it the one phones answer if ``make_open``
        and it is not already."""
        finding = self.current()
        current = finding["id"] if finding else None
        make_open = make_open and current != self.opened
        if make_open:
            self.opened = current
        self.db(_open_and_read, current, make_open, reply=RoomAnswersRead, then=self._show_room)

    def _show_room(self, room: RoomTally | None) -> None:
        finding = self.current()
        if (room.finding_id if room else None) != (finding["id"] if finding else None):
            return  # read for a finding no longer on screen; the one now on screen has asked for its own
        self.room = room
        self.query_one(RoomAnswersView).show(room, self.role_names())

    def role_names(self) -> dict[str, str]:
        """Role code -> the role's name in the language in use."""
        return {role["code"]: local_name(role) for role in self.roles}

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
            self.query_one(RoomAnswersView).show(None, {})
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
            self.ask_room(make_open=True)

    def action_respond(self, response: str) -> None:
        """Record how the room responded to the finding on screen."""
        finding = self.current()
        if finding is None:
            return
        value = response or None
        self.db(set_response, finding["id"], value, reply=ResponseSaved, then=lambda _: self.reload())

    def action_reveal(self) -> None:
        """Show the room's answers to the finding on screen, or hide them again (kept per finding in the file)."""
        finding = self.current()
        if finding is None:
            return
        shown = self.room is not None and self.room.finding_id == finding["id"] and self.room.revealed
        self.db(_reveal, finding["id"], not shown, reply=RevealSaved, then=self._show_room)

    def action_qr(self) -> None:
        """Show the QR code phones answer with across the screen (the evaluation form's, which shows the finding
        on screen while the presentation runs)."""
        self.post_message(ShowQrCode(0))

    def room_changed(self, error: str) -> None:
        """The room's line says where phones answer the finding, quietly, while the room is open."""
        super().room_changed(error)
        server = self.app.room
        lines = self.query("#room-line")
        if server is not None and lines:
            lines.first(Static).update(t("presentation.room_line", url=server.base_url))

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
