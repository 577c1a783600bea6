"""The Textual application and its entry point."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from dialog.i18n import t
from dialog.tui.screens.conference import ConferenceScreen
from dialog.tui.screens.picker import PickerScreen


class DialogApp(App):
    """The process leader's app: picker first, or straight into one conference."""

    CSS_PATH = "app.tcss"

    def __init__(self, sessions: Path, conference: Path | None = None) -> None:
        super().__init__()
        self.sessions = sessions
        self.initial_conference = conference

    def on_mount(self) -> None:
        self.title = t("app.title")
        if self.initial_conference is not None:
            self.push_screen(ConferenceScreen(self.initial_conference))
        else:
            self.push_screen(PickerScreen(self.sessions))

    def open_conference(self, path: Path) -> None:
        """Show one conference, replacing whatever screen is on top."""
        screen = ConferenceScreen(path)
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def show_picker(self) -> None:
        """Show the conference picker."""
        self.switch_screen(PickerScreen(self.sessions))


def create_app(sessions: Path, conference: Path | None = None) -> DialogApp:
    """Build the app without running it (tests drive it with ``run_test``)."""
    return DialogApp(sessions=sessions, conference=conference)


def run_app(sessions: Path, conference: Path | None = None) -> None:
    """Run the app in this terminal until the user quits."""
    create_app(sessions, conference).run()
