"""The leader's app serves the room from a child process: it starts, answers, stops, and never outlives the app."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dialog.core.errors import DialogError
from dialog.web.room_process import RoomProcess
from tests.test_web_room_server import status_of

ROOT = Path(__file__).resolve().parent.parent


def gone(pid: int) -> bool:
    """True once the process has ended (a zombie nobody reaped has ended too)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")


def test_the_child_serves_the_room_takes_new_groups_and_ends_on_stop(stovner):
    from dialog.core.database import open_conference
    from dialog.core.groups import add_group

    room = RoomProcess(stovner, "nb", "127.0.0.1", 0)
    room.start()
    pid = room.pid
    try:
        assert room.port > 0 and room.is_running and pid != os.getpid()
        assert status_of(f"{room.base_url}/e/{room.tokens.evaluation}") == 303
        assert status_of(f"{room.base_url}/e/not-the-token") == 403  # the "scan the code again" page
        db = open_conference(stovner)
        new_group = add_group(db, "Gruppe 5", ["4.9"], {"user": 2})
        db.close()
        assert new_group not in room.tokens.groups
        tokens = room.refresh_tokens()
        assert status_of(f"{room.base_url}/g/{tokens.groups[new_group]}") == 303
    finally:
        room.stop()
    assert status_of(f"{room.base_url}/e/{room.tokens.evaluation}") == "refused"
    assert not room.is_running and gone(pid)


def test_a_taken_port_is_one_clear_error_and_no_child_is_left(stovner):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        room = RoomProcess(stovner, "nb", "127.0.0.1", port)
        with pytest.raises(DialogError) as raised:
            room.start()
    assert raised.value.message("en") == (
        f"port {port} is already in use on this machine; pick another port or close what uses it.")
    assert not room.is_running and room.pid is None


def test_a_file_that_cannot_be_opened_is_one_clear_error(tmp_path):
    room = RoomProcess(tmp_path / "missing.dialog.sqlite", "nb", "127.0.0.1", 0)
    with pytest.raises(DialogError) as raised:
        room.start()
    assert "missing.dialog.sqlite" in raised.value.message("en")
    assert not room.is_running


APP_THAT_DIES = """
import sys, time
from pathlib import Path
from dialog.web.room_process import RoomProcess
room = RoomProcess(Path(sys.argv[1]), "nb", "127.0.0.1", 0)
room.start()
print(room.base_url, room.tokens.evaluation, room.pid, flush=True)
time.sleep(60)
"""


def test_the_room_closes_when_the_app_is_killed(stovner):
    app = subprocess.Popen([sys.executable, "-c", APP_THAT_DIES, str(stovner)], stdout=subprocess.PIPE, text=True,
                           cwd=ROOT)
    try:
        base, token, pid = app.stdout.readline().split()
        assert status_of(f"{base}/e/{token}") == 303
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait()
    for _ in range(100):
        if gone(int(pid)):
            break
        time.sleep(0.05)
    assert gone(int(pid))
    assert status_of(f"{base}/e/{token}") == "refused"
