"""An unexpected error: one line on screen, and where in the code it happened in errors.log, never what was typed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dialog.core.error_log import LOG_NAME, MAX_BYTES, log_unexpected
from dialog.i18n import set_language
from dialog.tui.app import create_app
from dialog.tui.store_replies import FactsLoaded
from tests.tui_helpers import settle, wait_for

SECRET = "Kari Nordmann sa at hun ble avvist på legevakten"
"""Words from a note, in the failing job's error message: they must reach no log."""


def failing_job(db, text):
    raise ValueError(f"could not store {text!r}")


def state_log() -> Path:
    return Path(os.environ["DIALOG_STATE_DIR"]) / LOG_NAME


async def test_a_store_job_that_fails_unexpectedly_says_one_line_and_logs_where_not_what(stovner):
    set_language("nb")
    app = create_app(stovner.parent, stovner)
    said = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.db(failing_job, SECRET, reply=FactsLoaded, failed=said.append)
        assert await wait_for(pilot, lambda: said, 10)
        notices = [notice.message for notice in app._notifications]
    assert len(said) == 1 and "\n" not in said[0]
    assert said[0].startswith("uventet feil: ValueError") and str(state_log()) in said[0]
    assert notices[-1] == said[0]  # the one line is what the leader sees
    log = state_log().read_text()
    assert "builtins.ValueError" in log and "in failing_job" in log and "store job failing_job" in log
    assert "Kari" not in log and "legevakten" not in log


def test_a_crash_of_the_command_line_is_logged_without_its_message(tmp_path):
    """A command that fails in a way we have no words for (put in its place here)."""
    state = tmp_path / "state"
    script = ("import sys, dialog.commands as c\n"
              f"def boom(args): raise RuntimeError({SECRET!r})\n"
              "c.dispatch = boom\n"
              "from dialog.cli import main\n"
              "sys.exit(main(['list']))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={**os.environ, "DIALOG_STATE_DIR": str(state), "DIALOG_LANG": "en"})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dialog: unexpected error: RuntimeError")
    assert f"Where in the code it happened is in {state / LOG_NAME}" in lines[0]
    log = (state / LOG_NAME).read_text()
    assert "builtins.RuntimeError" in log and "in boom" in log and "dialog list" in log
    assert "Kari" not in log


def test_the_log_keeps_its_newest_entries_and_never_passes_its_size(tmp_path, monkeypatch):
    monkeypatch.setenv("DIALOG_STATE_DIR", str(tmp_path))
    for number in range(3000):
        try:
            raise KeyError(SECRET)
        except KeyError as error:
            path = log_unexpected(error, f"round {number}")
    text = path.read_text()
    assert path.stat().st_size <= MAX_BYTES
    assert "round 2999" in text and "round 0\n" not in text
    assert text.startswith("--- ") and SECRET not in text


def test_a_log_that_cannot_be_written_changes_nothing_else(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("DIALOG_STATE_DIR", str(blocker / "state"))
    try:
        raise OSError("disk")
    except OSError as error:
        assert log_unexpected(error, "anything") is None
