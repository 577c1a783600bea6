"""What the app painted, frame by frame: for tests that ask what the leader saw first after a key.

Timing is no test's business, but order is: "the first frame after F2 says the
screen is on its way" holds on a fast machine and a slow one alike, and fails
when the app paints nothing until the work is done.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.screen import Screen


@dataclass(frozen=True)
class Frame:
    """One frame the app painted: the screen on top, and what its title line said."""

    screen: Screen
    title: str | None


class PaintedFrames:
    """Records every frame ``app`` paints from now on (Textual hands each one to ``App._display``)."""

    def __init__(self, app) -> None:
        self.frames: list[Frame] = []
        original = app._display

        def display(screen, renderable) -> None:
            if renderable is not None:
                self.frames.append(Frame(screen, screen.sub_title))
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

    def screens(self) -> list[Screen]:
        """The screens painted since the last :meth:`clear`, in order, each once."""
        seen: list[Screen] = []
        for frame in self.frames:
            if not seen or seen[-1] is not frame.screen:
                seen.append(frame.screen)
        return seen
