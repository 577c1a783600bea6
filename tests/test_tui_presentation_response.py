"""Presentation: the room's response (1–4) and the comment on it show on screen, above the footer, in full."""

from __future__ import annotations

import pytest

from dialog.i18n import set_language
from dialog.tui.app import create_app
from tests.tui_helpers import rows_in, screen_text, settle, wait_for


def words(text: str) -> str:
    """``text`` with every run of white space as one space (a wrapped line reads as one)."""
    return " ".join(text.split())


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_the_chosen_response_and_the_whole_comment_show_above_the_footer(stovner, size):
    set_language("nb")
    findings = rows_in(stovner, "SELECT id, title, response_comment FROM finding ORDER BY position")
    first = findings[0]
    assert first["response_comment"] and len(first["response_comment"]) > 80  # wraps at 80 columns
    app = create_app(stovner.parent, stovner)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f3")
        assert await wait_for(pilot, lambda: "Funn 1 av 8" in screen_text(app), 10)
        await pilot.press("2")
        assert await wait_for(pilot, lambda: "▶ 2 Nyansert" in screen_text(app), 10)
        lines = screen_text(app).splitlines()
        bar = next(number for number, line in enumerate(lines) if "▶ 2 Nyansert" in line)
        assert "c Kommentar" in lines[bar]  # the whole bar on one row
        assert lines[-1].startswith(" f1 ") and bar < len(lines) - 1  # above the footer, not under it
        assert words(first["response_comment"]) in words("\n".join(lines[bar + 1:-1]))
        assert rows_in(stovner, "SELECT response FROM finding WHERE id = ?", (first["id"],))[0]["response"] == "nuanced"

        await pilot.press("right")
        assert await wait_for(pilot, lambda: "Funn 2 av 8" in screen_text(app), 10)
        await pilot.press("3")
        assert await wait_for(pilot, lambda: "▶ 3 Bestridt" in screen_text(app), 10)
        await pilot.press("0")
        assert await wait_for(pilot, lambda: "▶" not in screen_text(app), 10)
        assert "3 Bestridt" in screen_text(app)  # the choices stay on screen
