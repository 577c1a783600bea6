"""Run by test_tui_durability: type a note in the app, say so, then wait to be killed."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from dialog.tui.app import create_app
from tests.tui_helpers import settle


async def main(path: Path, text: str) -> None:
    app = create_app(path.parent, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        app.screen.query_one("#notes-list").focus()
        await pilot.press("3", "B", "2", "tab")
        await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])
        print("TYPED", flush=True)
        await asyncio.sleep(60)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2]))
