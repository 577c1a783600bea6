"""Run as a child process by the app bench.

``python -m bench.app_child painted`` runs a bare Textual app with one line of
text in the terminal it is given, until it is killed: the start-up bench looks
for that line in what it draws. ``python -m bench.app_child bare`` runs the same
kind of app headless, and ``... tour FILE`` runs dialog headless on a
conference, visits every phase and exports the minutes; each prints ``ready``
and then the peak resident memory in KiB (their ``ready`` is no start-up time:
a headless app draws nothing).
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Static

BARE_MARKER = "the bare app is on the screen"
"""The one line the bare app shows in a terminal (the start-up bench looks for it)."""


class Bare(App):
    """The baseline: a Textual app with one line of text."""

    def compose(self) -> ComposeResult:
        yield Static("ready")

    def on_mount(self) -> None:
        self.call_after_refresh(self.done)

    def done(self) -> None:
        print("ready", flush=True)
        self.exit()


class Painted(App):
    """The start-up baseline: a Textual app showing one line of text in a real terminal."""

    def compose(self) -> ComposeResult:
        yield Static(BARE_MARKER)


def dialog_app(path: Path, tour: bool):
    from dialog.tui.app import DialogApp

    class Timed(DialogApp):
        """dialog, reporting once the first phase screen has its data."""

        steps = ["f2", "f3", "f4", "f5", "f6", "f7"] if tour else []

        def on_mount(self) -> None:  # Textual runs DialogApp.on_mount as well
            self._check_timer = self.set_interval(0.005, self._check)
            self.reported = False

        def _check(self) -> None:
            if getattr(self.screen, "PHASE", None) is None or self.store is None or not self.store.idle():
                return
            if not self.reported:
                print("ready", flush=True)
                self.reported = True
            if self.steps:
                self.simulate_key(self.steps.pop(0))
                return
            if tour:
                from dialog.export.formats import export_any

                export_any(self.store.path, "docx", Path(self.store.path).with_suffix(".docx"), force=True)
            self._check_timer.stop()
            self.set_timer(1.0, self.exit)

    return Timed(sessions=path.parent, conference=path)


def peak_kib() -> int:
    """Peak resident memory of this program in KiB.

    VmHWM belongs to this address space; ``ru_maxrss`` would also count the
    parent's pages from before ``exec`` and report the bench's own size.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "painted":
        Painted().run()
        sys.exit()
    app = Bare() if mode == "bare" else dialog_app(Path(sys.argv[2]), tour=mode == "tour")
    app.run(headless=True, size=(120, 40))
    print(peak_kib(), flush=True)
