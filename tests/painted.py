"""What the app painted, frame by frame: for tests that ask what the leader saw first after a key.

Timing is no test's business, but order is: "the first frame after F2 says the
screen is on its way" holds on a fast machine and a slow one alike, and fails
when the app paints nothing until the work is done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from textual.screen import Screen


@dataclass(frozen=True)
class Frame:
    """One frame the app painted: the screen on top, what its title line said, and (if asked for) its text."""

    screen: Screen
    title: str | None
    text: str = ""
    """Every row the frame showed, one line each (only when :class:`PaintedFrames` was asked to read it)."""


def painted_text(screen: Screen) -> str:
    """What ``screen`` shows now, one line per row, as its compositor has just painted it."""
    return "\n".join("".join(segment.text for segment in strip) for strip in screen._compositor.render_strips())


class PaintedFrames:
    """Records every frame ``app`` paints from now on (Textual hands each one to ``App._display``).

    ``text``: also read each frame's rows, for answers that show in a line of the
    screen rather than in its title (a dialog's status line).
    """

    def __init__(self, app, text: bool = False) -> None:
        self.frames: list[Frame] = []
        original = app._display

        def display(screen, renderable) -> None:
            if renderable is not None:
                self.frames.append(Frame(screen, screen.sub_title, painted_text(screen) if text else ""))
            original(screen, renderable)

        app._display = display

    def clear(self) -> None:
        """Forget the frames painted so far."""
        self.frames.clear()

    def first(self) -> Frame:
        """The first frame painted since the last :meth:`clear`."""
        return self.frames[0]

    def first_besides(self, screen: Screen) -> Frame:
        """The first frame since the last :meth:`clear` that shows another screen than ``screen``."""
        return next(frame for frame in self.frames if frame.screen is not screen)

    def first_showing(self, words: str) -> Frame | None:
        """The first frame since the last :meth:`clear` whose title line or text holds ``words``, or None."""
        return next((frame for frame in self.frames if words in (frame.title or "") or words in frame.text), None)

    def screens(self) -> list[Screen]:
        """The screens painted since the last :meth:`clear`, in order, each once."""
        seen: list[Screen] = []
        for frame in self.frames:
            if not seen or seen[-1] is not frame.screen:
                seen.append(frame.screen)
        return seen


class Gate:
    """Work waits at the gate until the test opens it, so the test sees what the screen said meanwhile.

    Order, not time: the answer must be on the screen while the work is still held, whatever the machine's speed.
    """

    def __init__(self) -> None:
        self._open = threading.Event()
        self.reached = threading.Event()
        """Set once some work has come to the gate."""

    def hold(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        """``fn``, waiting at this gate first (for a monkeypatch)."""

        def held(*args: Any, **kwargs: Any) -> Any:
            self.reached.set()
            self._open.wait(30)
            return fn(*args, **kwargs)

        return held

    def open(self) -> None:
        """Let the work held here (and all that comes later) go on."""
        self._open.set()


def stall_the_file(app) -> Gate:
    """Hold the open conference's one store thread: every read and write asked for now waits, as they do
    while another program holds the file. ``open()`` the gate returned to let them go."""
    gate = Gate()
    app.store.submit(gate.hold(lambda _db: None))
    return gate


def no_blinking(screen: Screen) -> None:
    """Stop the text cursors blinking on ``screen``, so every frame painted is one a key caused.

    The change itself repaints the cursor: let the app settle before recording frames.
    """
    for widget in screen.query("*"):
        if hasattr(widget, "cursor_blink"):
            widget.cursor_blink = False
