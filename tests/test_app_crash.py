"""A crash in the app ends ``dialog open`` with exit status 1 and one line saying where the traceback is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dialog.core.conference import ConferenceFacts, create_conference
from tests.conftest import tree_digest

ROOT = Path(__file__).resolve().parent.parent


def test_a_bug_in_a_handler_ends_dialog_open_with_status_1_and_says_where_the_traceback_is(tmp_path):
    path = tmp_path / "sessions" / "2007-10-17-alna.dialog.sqlite"
    path.parent.mkdir()
    create_conference(path, ConferenceFacts("Alna", "2007-10-17")).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DIALOG_LANG": "nb", "TEXTUAL_ANIMATIONS": "none",
           "DIALOG_SESSIONS": str(path.parent)}
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "tui_crash_child.py"), "open", str(path)],
                            capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert "RuntimeError: a bug in the handler that shows the opened conference" in lines[-2]
    assert lines[-1] == ("dialog: appen stoppet på grunn av en uventet feil; feilsporet står rett over denne linjen "
                         "(kopier det inn i en feilmelding). Det som ble lagret før feilen, ligger i konferansefilen.")
    before = tree_digest(path.parent)
    assert subprocess.run([sys.executable, "-m", "dialog", "export", str(path), "--out", str(tmp_path / "r.docx")],
                          capture_output=True, timeout=120, env=env).returncode == 0  # the file is whole
    assert tree_digest(path.parent) == before
