"""Helpers for driving the app with Pilot and reading what the screen shows."""

from __future__ import annotations

import asyncio

from textual.widgets import Static


async def settle(pilot, rounds: int = 3) -> None:
    """Let workers and store jobs finish and their replies be handled."""
    app = pilot.app
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        for _ in range(200):  # at most 2 s for the store's queue to drain
            store = getattr(app, "store", None)
            if store is None or store.idle():
                break
            await asyncio.sleep(0.01)
        await pilot.pause()


def text_of(screen, selector: str) -> str:
    """Return the plain text a Static shows."""
    widget = screen.query_one(selector, Static)
    content = widget.content
    return str(getattr(content, "plain", content))
