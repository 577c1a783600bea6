"""The room server on its own thread, the addresses offered for it, and `dialog serve`."""

from __future__ import annotations

import ipaddress
import signal
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bench.ports import free_port
from dialog.core.errors import DialogError
from dialog.web.local_addresses import machine_addresses
from dialog.web.room_server import RoomServer

ROOT = Path(__file__).resolve().parent.parent


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def status_of(url: str) -> int | str:
    opener = urllib.request.build_opener(NoRedirect)
    try:
        return opener.open(url, timeout=5).status
    except urllib.error.HTTPError as error:
        return error.code
    except urllib.error.URLError:
        return "refused"


def test_every_address_offered_is_this_machines_and_loopback_comes_last():
    offered = machine_addresses()
    loopback = [ipaddress.ip_address(item.address).is_loopback for item in offered]
    assert loopback == sorted(loopback) and loopback[-1]
    assert "127.0.0.1" in [item.address for item in offered]
    for item in offered:
        with socket.socket() as probe:
            probe.bind((item.address, 0))  # raises if the address is not this machine's


def test_the_server_runs_on_its_own_thread_and_stops_cleanly(stovner):
    threads_before = threading.active_count()
    server = RoomServer(stovner, "nb", "127.0.0.1", 0)
    server.start()
    try:
        assert server.port > 0 and server.is_running
        assert status_of(f"{server.base_url}/e/{server.tokens.evaluation}") == 303
        assert status_of(f"{server.base_url}/e/not-the-token") == 403  # the "scan the code again" page
    finally:
        server.stop()
    assert status_of(f"{server.base_url}/e/{server.tokens.evaluation}") == "refused"
    assert not server.is_running
    assert threading.active_count() <= threads_before


def test_no_log_line_holds_a_client_address(stovner, caplog):
    import logging

    server = RoomServer(stovner, "nb", "127.0.0.1", 0)
    with caplog.at_level(logging.DEBUG):
        server.start()
        try:
            for path in (f"/e/{server.tokens.evaluation}", "/form", "/nowhere", "/notes"):
                status_of(server.base_url + path)
        finally:
            server.stop()
    assert not [record for record in caplog.records if "127.0.0.1 " in record.getMessage()
                or "GET /" in record.getMessage()]


def test_a_taken_port_is_one_clear_error_and_nothing_keeps_running(stovner):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        threads_before = threading.active_count()
        server = RoomServer(stovner, "nb", "127.0.0.1", port)
        with pytest.raises(DialogError) as raised:
            server.start()
        assert raised.value.message("en") == (
            f"port {port} is already in use on this machine; pick another port or close what uses it.")
        assert threading.active_count() <= threads_before


def test_an_address_that_is_not_ours_is_refused(stovner):
    server = RoomServer(stovner, "nb", "192.0.2.254", 0)  # TEST-NET-1: never a local address here
    with pytest.raises(DialogError) as raised:
        server.start()
    assert raised.value.key == "error.address_not_here"


def test_groups_added_while_open_get_a_working_code(stovner):
    from dialog.core.database import open_conference
    from dialog.core.groups import add_group

    server = RoomServer(stovner, "nb", "127.0.0.1", 0)
    server.start()
    try:
        db = open_conference(stovner)
        new_group = add_group(db, "Gruppe 5", ["4.9"], {"user": 2})
        db.close()
        tokens = server.refresh_tokens()
        assert status_of(f"{server.base_url}/g/{tokens.groups[new_group]}") == 303
    finally:
        server.stop()



def test_dialog_serve_prints_every_address_and_closes_on_ctrl_c(stovner):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "dialog", "--lang", "en", "serve", str(stovner), "--host", "127.0.0.1",
         "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        lines = [process.stdout.readline().strip() for _ in range(6)]
        assert lines[0].startswith(f"Evaluation form: http://127.0.0.1:{port}/e/")
        assert [line.split(":")[0] for line in lines[1:5]] == [
            "Gruppe 1 – Krisehjelp etter kontortid", "Gruppe 2 – Å bo i samlokalisert bolig",
            "Gruppe 3 – Fra aktivitet til arbeid", "Gruppe 4 – Samarbeid mellom bydelen og DPS"]
        assert lines[5] == "The room is open. Press Ctrl+C to close it."
        assert status_of(lines[0].split(": ", 1)[1]) == 303
        assert status_of(lines[1].split(": ", 1)[1]) == 303
    finally:
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    assert status_of(f"http://127.0.0.1:{port}/form") == "refused"
