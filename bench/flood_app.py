"""Run in a pseudo-terminal by the flood bench: dialog on a conference, drawing real frames, with its room open.

Usage: ``python -m bench.flood_app FILE PORT STATE [PHASE]`` with a terminal as
its standard input and output. The app opens ``FILE``, goes to the screen of
``PHASE`` (default the Evaluation, F6, as the leader would), opens the room on
``PORT`` and writes the room's evaluation address to ``STATE`` (JSON). From then on a heartbeat turns a mark
at the end of the room line every 20 ms, as a clock on screen would, so the
app has a frame to draw at all times and a stalled loop shows as a gap in what
reaches the terminal. It leaves (closing the room) once ``STATE.stop`` exists.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

HEARTBEAT = 0.02
MARKS = "◐◓◑◒"


PHASE_KEYS = {"presentation": "f3", "evaluation": "f6"}
"""The key that shows each phase's screen."""


def flood_app(path: Path, port: int, state: Path, phase_wanted: str = "evaluation"):
    from textual.widgets import Static

    from dialog.i18n import t
    from dialog.tui.app import DialogApp

    class Flooded(DialogApp):
        """dialog, opening its room on one phase's screen and drawing a heartbeat."""

        def on_mount(self) -> None:  # Textual runs DialogApp.on_mount as well
            self.stage = "start"
            self.beats = 0
            self.set_interval(HEARTBEAT, self._step)

        def _step(self) -> None:
            if Path(f"{state}.stop").exists():
                self.exit()
                return
            phase = getattr(self.screen, "PHASE", None)
            if self.stage == "start" and phase is not None and self.store is not None and self.store.idle():
                self.stage = "phase"
                self.simulate_key(PHASE_KEYS[phase_wanted])
            elif self.stage == "phase" and phase == phase_wanted and self.store is not None and self.store.idle():
                self.stage = "opening"
                self.open_the_room("127.0.0.1", port)
            elif self.stage == "opening" and self.room is not None:
                self.stage = "open"
                url = f"{self.room.base_url}/e/{self.room.tokens.evaluation}"
                state.write_text(json.dumps({"url": url}), encoding="utf-8")
            elif self.stage == "open" and self.room is not None:
                self.beats += 1
                line = self.screen.query_one("#room-line", Static)
                line.update(f"{t('room.line', url=self.room.base_url)} {MARKS[self.beats % len(MARKS)]}", layout=False)

    return Flooded(sessions=path.parent, conference=path)


if __name__ == "__main__":
    _, file, number, written, *wanted = sys.argv
    app = flood_app(Path(file), int(number), Path(written), *wanted)
    slow_to = os.environ.get("FLOOD_SLOW")  # with PYTHONASYNCIODEBUG=1: each step of the loop over 20 ms, logged
    if slow_to:
        import asyncio
        import logging

        logging.basicConfig(filename=slow_to, level=logging.WARNING, format="%(created).3f %(message)s")
        asyncio.BaseEventLoop.slow_callback_duration = 0.02  # type: ignore[attr-defined]
    profile_to = os.environ.get("FLOOD_PROFILE")  # a cProfile of the app's whole run, for finding its hot spots
    if profile_to:
        import cProfile

        cProfile.run("app.run()", profile_to)
    else:
        app.run()
