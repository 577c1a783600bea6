"""Helpers for driving the app with Pilot and reading what the screen shows."""

from __future__ import annotations

from textual.widgets import Static


async def settle(pilot) -> None:
    """Let workers finish and their messages be handled."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def text_of(screen, selector: str) -> str:
    """Return the plain text a Static shows."""
    widget = screen.query_one(selector, Static)
    content = widget.content
    return str(getattr(content, "plain", content))
