"""How soon a key answers on screen: a phase screen's first visit, F9's question, and the move itself.

``python -m bench.screen_bench`` runs the app headless at 80×24 on the Stovner
demo, idle and then with a busy thread beside it (a laptop running a video
call, say), and times from each key to the first frame the app paints that
shows an answer: the new screen, or the screen in use saying what is on its
way in its title line ("Åpner Gruppearbeid …", "Flytter konferansen …"); and
to the frame that shows the new screen itself. The baseline is a second visit to the same
screen, which only switches to a screen already built. Figures go to
bench/RESULTS.md under "screens".
"""

from __future__ import annotations

import asyncio
import statistics
import threading
import time
from pathlib import Path

from textual import events

from bench.results import run_alone
from dialog.core.demo import build_demo
from dialog.core.phases import move_to_phase

PHASES = [("f2", "setup"), ("f3", "presentation"), ("f4", "group_work"), ("f5", "plenary")]
"""The screens visited (the app opens on Evaluation, and F9 builds Closing)."""


def _burn(stop: threading.Event) -> None:
    while not stop.is_set():
        sum(number * number for number in range(10_000))


class Frames:
    """Every frame the app paints, with the time, the screen it showed and that screen's title line."""

    def __init__(self, app) -> None:
        self.seen: list[tuple[float, object, str | None]] = []
        original = app._display

        def display(screen, renderable) -> None:
            if renderable is not None:
                self.seen.append((time.perf_counter(), screen, screen.sub_title))
            original(screen, renderable)

        app._display = display

    async def after(self, app, key: str, answer, done, seconds: float = 8.0) -> tuple[float, float]:
        """Press ``key``; seconds to the first frame passing ``answer(screen, title)``, and to one passing ``done``."""
        self.seen.clear()
        start = time.perf_counter()
        app.post_message(events.Key(key, None))
        first = last = None
        while time.perf_counter() - start < seconds and last is None:
            await asyncio.sleep(0.002)
            for at, screen, title in self.seen:
                if first is None and answer(screen, title):
                    first = at - start
                if last is None and done(screen, title):
                    last = at - start
        return first or float("nan"), last or float("nan")


async def _settled(app) -> None:
    """Wait until the screen shown has read its data and the app has had a quiet moment."""
    for _ in range(3):
        await asyncio.sleep(0.3)
        while app.store is not None and not app.store.idle():
            await asyncio.sleep(0.02)


async def _visits(path: Path, busy: bool) -> dict[str, list[float]]:
    from dialog.tui.app import create_app

    figures: dict[str, list[float]] = {}
    stop = threading.Event()
    app = create_app(path.parent, path)
    frames = Frames(app)
    async with app.run_test(size=(80, 24)):
        while getattr(app.screen, "PHASE", None) is None or app.store is None or not app.store.idle():
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.5)
        if busy:
            threading.Thread(target=_burn, args=(stop,), daemon=True).start()
        try:
            for visit in ("first", "second"):
                for key, phase in PHASES:
                    before, title = app.screen, app.screen.sub_title
                    # An answer: another screen, or the screen in use saying what is on its way.
                    answer, shown = await frames.after(
                        app, key, lambda screen, now, before=before, title=title: screen is not before or now != title,
                        lambda screen, _now, phase=phase: getattr(screen, "PHASE", None) == phase)
                    figures.setdefault(f"{visit} visit: answer", []).append(answer)
                    figures.setdefault(f"{visit} visit: screen shown", []).append(shown)
                    await _settled(app)
            from dialog.tui.screens.confirm import ConfirmScreen

            for time_round in range(4):  # the first question is the first ConfirmScreen of the session
                answer, _ = await frames.after(app, "f9", lambda screen, _now: isinstance(screen, ConfirmScreen),
                                               lambda screen, _now: isinstance(screen, ConfirmScreen))
                figures.setdefault("F9: the question shown, first" if time_round == 0 else
                                   "F9: the question shown, again", []).append(answer)
                await _settled(app)
                if time_round < 3:
                    await frames.after(app, "escape", lambda screen, _now: not isinstance(screen, ConfirmScreen),
                                       lambda screen, _now: not isinstance(screen, ConfirmScreen))
                    await _settled(app)
            under = app.screen_stack[-2]  # the screen the question stands on: showing it as it was is no answer
            title = under.sub_title
            answer, shown = await frames.after(
                app, "enter", lambda screen, now: not isinstance(screen, ConfirmScreen) and (
                    screen is not under or now != title),
                lambda screen, _now: getattr(screen, "PHASE", None) == "closing")
            figures["F9, Enter: answer"] = [answer]
            figures["F9, Enter: next phase shown"] = [shown]
        finally:
            stop.set()
    return figures


def run(folder: Path, line) -> None:
    """Print the figures (milliseconds, medians over the phase screens)."""
    for busy in (False, True):
        path = build_demo(folder / f"screens-{busy}", "stovner")
        from dialog.core.database import open_conference

        db = open_conference(path)
        move_to_phase(db, "evaluation")  # so F9 has a phase to move to, and Closing is not built yet
        db.close()
        figures = asyncio.run(_visits(path, busy))
        where = "busy thread" if busy else "idle"
        baseline = statistics.median(figures["second visit: screen shown"]) * 1000
        line(f"{where}: second visit, screen shown (baseline)", baseline, "ms")
        for name in ("first visit: answer", "first visit: screen shown", "F9: the question shown, first",
                     "F9: the question shown, again", "F9, Enter: answer", "F9, Enter: next phase shown"):
            values = figures[name]
            line(f"{where}: {name}" + (" (median)" if len(values) > 1 else ""),
                 statistics.median(values) * 1000, "ms", baseline)
        line(f"{where}: first visit, slowest screen shown", max(figures["first visit: screen shown"]) * 1000, "ms",
             baseline)


def main() -> None:
    """Run these figures alone and keep them in bench/RESULTS.md."""
    run_alone("screens", "How soon a key answers on screen (`python -m bench.screen_bench`)",
              "the app headless at 80×24 on the Stovner demo, each figure from the key to the first frame painted that "
              "shows it; the ratio is to a second visit of a screen.",
              run, width=52)


if __name__ == "__main__":
    main()
