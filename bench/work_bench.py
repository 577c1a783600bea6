"""How soon a key whose work goes to the disk or the network answers on screen, and when its result shows.

``python -m bench.work_bench`` runs the app headless at 80×24 on the Stovner
demo, idle and then with a busy thread beside it (as bench/screen_bench.py
does), and times from each key to the first frame painted that answers it – the
line saying what is under way ("Åpner Stovner …", "Ser etter personopplysninger
…", "Åpner rommet …") or a new screen – and to the first frame that shows the
result (the conference's screen, "Eksportert til …", "Rommet er åpent …"). The
second figure is also how long the screen stood still after the key before
dialog/tui/under_way.py: until then nothing answered before the result.
The baseline is a second visit to a phase screen (a switch to a screen already
built). Figures go to bench/RESULTS.md under "work".
"""

from __future__ import annotations

import asyncio
import os
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path

from textual import events

from bench.ports import free_port
from bench.results import run_alone
from bench.screen_bench import _burn, _settled
from dialog.core.demo import build_demo
from dialog.i18n import set_language, t

Check = Callable[[object, str | None, str], bool]
"""Whether a frame (its screen, title line and the text read from it) is the one looked for."""


class Frames:
    """Every frame the app paints, with the time, its screen, its title line and what ``read`` takes from it."""

    def __init__(self, app) -> None:
        self.seen: list[tuple[float, object, str | None, str]] = []
        self.read: Callable[[object], str] = lambda _screen: ""
        original = app._display

        def display(screen, renderable) -> None:
            if renderable is not None:
                try:
                    read = self.read(screen)
                except Exception:
                    read = ""
                self.seen.append((time.perf_counter(), screen, screen.sub_title, read))
            original(screen, renderable)

        app._display = display

    async def after(self, app, key: str, answer: Check, done: Check, seconds: float = 15.0) -> tuple[float, float]:
        """Press ``key``; seconds to the first frame passing ``answer``, and to the first one passing ``done``."""
        self.seen.clear()
        start = time.perf_counter()
        character = key if len(key) == 1 else "\r" if key == "enter" else None
        app.post_message(events.Key(key, character))
        first = last = None
        while time.perf_counter() - start < seconds and last is None:
            await asyncio.sleep(0.02)  # the frames carry their own times; a busier poll would delay the key
            for at, screen, title, read in self.seen:
                if first is None and answer(screen, title, read):
                    first = at - start
                if last is None and done(screen, title, read):
                    last = at - start
        return first or float("nan"), last or float("nan")


def _static(selector: str) -> Callable[[object], str]:
    def read(screen) -> str:
        found = screen.query(selector)
        if not found:
            return ""
        content = found.first().content
        return str(getattr(content, "plain", content))

    return read


async def _wait(condition: Callable[[], bool], seconds: float = 15.0) -> None:
    end = time.perf_counter() + seconds
    while not condition() and time.perf_counter() < end:
        await asyncio.sleep(0.01)


async def _press(app, key: str) -> None:
    character = key if len(key) == 1 else "\r" if key == "enter" else None
    app.post_message(events.Key(key, character))
    await _settled(app)


async def _rounds(path: Path, busy: bool) -> dict[str, list[float]]:
    from textual.widgets import Input, Select

    from dialog.tui.app import create_app
    from dialog.tui.screens.confirm import ConfirmScreen
    from dialog.tui.screens.overview import OverviewScreen
    from dialog.tui.screens.picker import PickerScreen
    from dialog.tui.screens.qr_screen import QrScreen
    from dialog.tui.screens.room import RoomScreen

    figures: dict[str, list[float]] = {}

    def keep(name: str, answer: float, result: float) -> None:
        figures.setdefault(f"{name}: answer", []).append(answer)
        figures.setdefault(f"{name}: result", []).append(result)

    stop = threading.Event()
    app = create_app(path.parent)
    frames = Frames(app)
    async with app.run_test(size=(80, 24)):
        await _wait(lambda: isinstance(app.screen, PickerScreen) and bool(app.screen.listings))
        await asyncio.sleep(0.5)
        if busy:
            threading.Thread(target=_burn, args=(stop,), daemon=True).start()
        try:
            # o on the list: the overview of the folder, its files read.
            for _ in range(3):
                picker = app.screen
                own = picker.sub_title
                frames.read = _static("#overview-state")
                keep("overview of the folder (o)", *await frames.after(
                    app, "o", lambda screen, title, _r: screen is not picker or title != own,
                    lambda screen, _t, read: isinstance(screen, OverviewScreen)
                    and read.startswith(t("overview.read", count=1))))
                await _settled(app)
                await _press(app, "escape")
                frames.read = lambda _screen: ""
                await _settled(app)

            # Enter on the list: the conference opens on its current phase (Closing), its screen built anew.
            for _ in range(3):
                picker = app.screen
                own = picker.sub_title
                keep("open a conference from the list (Enter)", *await frames.after(
                    app, "enter", lambda screen, title, _r: screen is not picker or title != own,
                    lambda screen, _t, _r: getattr(screen, "PHASE", None) == "closing"))
                await _settled(app)
                await _press(app, "f10")
                await _settled(app)
            await _press(app, "enter")
            await _wait(lambda: getattr(app.screen, "PHASE", None) == "closing")
            await _settled(app)

            # A phase screen's first showing, and the baseline: the same screen again.
            for visit in ("first", "second"):
                for key, phase in (("f2", "setup"), ("f3", "presentation"), ("f5", "plenary")):
                    before, own = app.screen, app.screen.sub_title
                    keep(f"{visit} showing of a phase screen (median)", *await frames.after(
                        app, key, lambda screen, title, _r, before=before, own=own: screen is not before
                        or title != own, lambda screen, _t, _r, phase=phase: getattr(screen, "PHASE", None) == phase))
                    await _settled(app)

            # Ctrl+E on Closing: the check for personal data, then the minutes written.
            await _press(app, "f7")
            closing = app.screen
            own = closing.sub_title
            frames.read = _static("#export-status")
            for _ in range(3):
                keep("export the minutes (Ctrl+E)", *await frames.after(
                    app, "ctrl+e", lambda screen, title, _r: screen is not closing or title != own,
                    lambda _s, _t, read: read.startswith(t("closing.exported", path="").strip())))
                await _settled(app)
                closing.query_one("#export-status").update("")

            # The room: Ctrl+O, then Enter on "Open the room"; then new codes (Ctrl+R, then j).
            for _ in range(2):
                before, own = app.screen, app.screen.sub_title
                keep("room window (Ctrl+O)", *await frames.after(
                    app, "ctrl+o", lambda screen, title, _r: screen is not before or title != own,
                    lambda screen, _t, _r: isinstance(screen, RoomScreen)))
                room = app.screen
                await _wait(lambda: len(room.query_one("#room-host", Select)._options) > 1)
                await _settled(app)
                room.query_one("#room-host", Select).value = "127.0.0.1"
                room.query_one("#room-port", Input).value = str(free_port())
                room.query_one("#open-room").focus()
                await _settled(app)
                frames.read = _static("#room-state")
                keep("open the room (Enter on Open)", *await frames.after(
                    app, "enter", lambda _s, _t, read: read == t("room.opening"),
                    lambda _s, _t, read: read.startswith(t("room.is_open", url=""))))
                await _settled(app)
                await _press(app, "ctrl+r")
                assert isinstance(app.screen, ConfirmScreen)
                urls = _static("#room-urls")(room)
                frames.read = lambda screen: _static("#room-state")(screen) + "\n" + _static("#room-urls")(screen)
                keep("new QR codes (Ctrl+R, j)", *await frames.after(
                    app, "j", lambda screen, _t, read: screen is room and t("room.renewing") in read,
                    lambda screen, _t, read: screen is room and t("room.addresses") in read and urls not in read
                    and t("room.renewing") not in read))
                await _settled(app)
                await _press(app, "escape")

                # q on Evaluation: the code comes from the file and the room's process.
                await _press(app, "f6")
                evaluation, own = app.screen, app.screen.sub_title
                keep("QR code on screen (q)", *await frames.after(
                    app, "q", lambda screen, title, _r: screen is not evaluation or title != own,
                    lambda screen, _t, _r: isinstance(screen, QrScreen)))
                await _settled(app)
                await _press(app, "escape")
                app.close_the_room()
                await _wait(lambda: app.room is None)
                await _settled(app)
                await _press(app, "f7")
                frames.read = lambda _screen: ""
        finally:
            stop.set()
            app.stop_room_now()
    return figures


FIGURES = ("overview of the folder (o)", "open a conference from the list (Enter)",
           "first showing of a phase screen (median)",
           "export the minutes (Ctrl+E)", "room window (Ctrl+O)", "open the room (Enter on Open)",
           "new QR codes (Ctrl+R, j)", "QR code on screen (q)")


def run(folder: Path, line) -> None:
    """Print the figures (milliseconds, medians of the rounds)."""
    os.environ["DIALOG_EXPORTS"] = str(folder / "exports")  # the minutes written go to the temporary folder
    set_language("nb")
    for busy in (False, True):
        path = build_demo(folder / f"work-{busy}", "stovner")
        figures = asyncio.run(_rounds(path, busy))
        where = "busy thread" if busy else "idle"
        baseline = statistics.median(figures["second showing of a phase screen (median): result"]) * 1000
        line(f"{where}: second showing of a phase screen (baseline)", baseline, "ms")
        for name in FIGURES:
            for part in ("answer", "result"):
                line(f"{where}: {name}, {part}", statistics.median(figures[f"{name}: {part}"]) * 1000, "ms",
                     baseline)


def main() -> None:
    """Run these figures alone and keep them in bench/RESULTS.md."""
    run_alone("work", "How soon a key whose work takes time answers (`python -m bench.work_bench`)",
              "the app headless at 80×24 on the Stovner demo. \"answer\" is the key to the first frame that shows "
              "it was heard (a line saying what is under way, or a new screen); \"result\" is the key to the first "
              "frame showing the work done – before dialog/tui/under_way.py, the screen stood still that long. "
              "Medians of 2–3 rounds; the ratio is to a second showing of a phase screen.",
              run, width=62)


if __name__ == "__main__":
    main()
