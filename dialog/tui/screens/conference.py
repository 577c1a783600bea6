"""The conference screen: facts, the phase bar and what has been recorded so far."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from dialog.core.conference import list_leaders, read_conference
from dialog.core.database import open_conference
from dialog.core.errors import DialogError
from dialog.core.evaluation import count_responses
from dialog.core.plenary import total_attendance
from dialog.i18n import t
from dialog.tui.translated import TranslatedBindings
from dialog.tui.widgets.phase_bar import PhaseBar


@dataclass
class ConferenceSnapshot:
    """What the conference screen shows, read in one go from the file."""

    facts: dict
    leaders: list[dict]
    counts: dict[str, int]


def read_snapshot(path: Path) -> ConferenceSnapshot:
    """Open the file, read facts and counts, close it again."""
    db = open_conference(path)
    try:
        counts = {
            name: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for name, table in (("findings", "finding"), ("groups", "work_group"),
                                ("notes", "note WHERE deleted_at IS NULL"), ("measures", "measure"),
                                ("plenary", "plenary_point"))
        }
        counts["participants"] = total_attendance(db)
        counts["forms"] = count_responses(db)
        return ConferenceSnapshot(read_conference(db), list_leaders(db), counts)
    finally:
        db.close()


class ConferenceScreen(TranslatedBindings, Screen):
    """The home screen of one conference."""

    BINDINGS = [
        Binding("escape", "back", "key.back", id="conference.back", tooltip="tip.back"),
        Binding("r", "reload", "key.reload", id="conference.reload", tooltip="tip.reload"),
        Binding("q", "app.quit", "key.quit", id="conference.quit", tooltip="tip.quit"),
    ]

    @dataclass
    class Loaded(Message):
        """The conference has been read from disk."""

        snapshot: ConferenceSnapshot

    @dataclass
    class Failed(Message):
        """Reading the conference failed."""

        text: str

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        yield Header()
        yield PhaseBar(id="phase-bar")
        with VerticalScroll(id="conference-body"):
            yield Static(t("conference.loading"), id="facts")
            yield Static("", id="counts")
        yield Footer()

    def on_mount(self) -> None:
        self.title = t("app.title")
        self.sub_title = self.path.name
        self.action_reload()

    def action_reload(self) -> None:
        """Read the conference again (in a thread)."""
        self.load()

    @work(thread=True, exclusive=True, group="conference-load")
    def load(self) -> None:
        try:
            self.post_message(self.Loaded(read_snapshot(self.path)))
        except DialogError as error:
            self.post_message(self.Failed(error.message()))

    def on_conference_screen_loaded(self, message: Loaded) -> None:
        facts, counts = message.snapshot.facts, message.snapshot.counts
        self.sub_title = f"{facts['district']} · {facts['date']}"
        self.query_one(PhaseBar).show_phase(facts["phase"])
        leaders = ", ".join(
            f"{row['name']} ({t('leader_role.' + row['role'])})" for row in message.snapshot.leaders
        ) or "–"
        lines = [
            f"[b]{facts['district']}[/b]  {facts['date']}" + (f"  ({t('list.demo')})" if facts["is_demo"] else ""),
            f"{t('field.venue')}: {facts['venue'] or '–'}",
            f"{t('field.leaders')}: {leaders}",
            f"{t('field.report_version')}: {facts['report_version'] or '–'}",
            f"{t('field.language')}: {t('language.' + facts['language'])}",
        ]
        self.query_one("#facts", Static).update("\n".join(lines))
        self.query_one("#counts", Static).update("\n".join(
            f"{t('count.' + name)}: {value}" for name, value in counts.items()
        ))

    def on_conference_screen_failed(self, message: Failed) -> None:
        self.query_one("#facts", Static).update(message.text)
        self.notify(message.text, severity="error")

    def action_back(self) -> None:
        """Return to the conference picker."""
        self.app.show_picker()
