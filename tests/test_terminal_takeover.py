"""Nothing stored in a file can act on the leader's terminal, even when written behind the gate's back."""

from __future__ import annotations

import os
import signal
import sqlite3

from dialog.core.demo import build_demo
from tests.test_signals import Terminal

TITLE = "\x1b]2;pwned\x07"
CLEAR = "\x1b[2J\x1b[H"


def test_a_hostile_note_from_another_tool_reaches_the_screen_as_plain_text(tmp_path):
    path = build_demo(tmp_path / "sessions", "stovner")
    raw = sqlite3.connect(path)  # another program, no gate: what a hand edit or an old tool could leave
    raw.execute("UPDATE note SET text = ? WHERE rowid = (SELECT min(rowid) FROM note)",
                [f"PROBE{TITLE} then {CLEAR}cleared"])
    raw.execute("UPDATE work_group SET name = ? WHERE rowid = (SELECT min(rowid) FROM work_group)",
                [f"Gruppe{TITLE}X"])
    raw.commit()
    raw.close()
    terminal = Terminal(path)
    try:
        terminal.wait_for("Closing")
        terminal.type("\x1bOS")  # F4: group work, where the note and the group's name are drawn
        terminal.wait_for("cleared")
        terminal.read(1.0)
        seen = terminal.seen
        assert b"\x1b]2;" not in seen and b"\x1b]0;" not in seen  # the window title is left alone
        assert b"PROBE]2;pwned then [2J[Hcleared" in seen  # shown as the harmless text it now is
        assert b"Gruppe]2;pwnedX" in seen
    finally:
        os.kill(terminal.pid, signal.SIGKILL)
        os.waitpid(terminal.pid, 0)


def test_a_file_named_with_an_escape_sequence_is_named_harmlessly(cli, tmp_path):
    hostile = tmp_path / f"ugly{TITLE}{CLEAR}.dialog.sqlite"
    hostile.write_bytes(b"not a conference at all")
    for argv in (("export", str(hostile)), ("open", str(hostile)), ("qr", str(hostile))):
        result = cli(*argv)
        assert result.code != 0
        assert "ugly]2;pwned[2J[H.dialog.sqlite" in result.err, result.err
        assert "\x1b" not in result.err + result.out and "\x07" not in result.err + result.out


async def test_the_leaders_export_says_what_another_tool_left_uncleaned(stovner, sessions, exports):
    from dialog.tui.app import create_app
    from dialog.tui.screens.privacy_list import PrivacyListScreen
    from tests.tui_helpers import settle, text_of, wait_for

    raw = sqlite3.connect(stovner)
    raw.execute("UPDATE measure SET text = text || ? WHERE rowid = (SELECT min(rowid) FROM measure)", [CLEAR])
    raw.commit()
    raw.close()
    app = create_app(sessions, stovner)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+e")
        await settle(pilot)
        assert not isinstance(app.screen, PrivacyListScreen)  # the demo has nothing to warn about
        assert await wait_for(pilot, lambda: "Exported to" in text_of(app.screen, "#export-status"), 20)
        status = text_of(app.screen, "#export-status")
        assert "1 text in the file held control characters" in status and "measures 1" in status
    assert len(list(exports.glob("*.docx"))) == 1
