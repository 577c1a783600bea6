"""Odd paths and arguments get one line and exit 2; a named pipe is refused instead of hanging a command.

Every command that takes a path is given a FIFO where a file should be: the
command runs in a child process with a timeout, so a hang fails the test
instead of stopping the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import tree_digest

ROOT = Path(__file__).resolve().parent.parent
LONG_NAME = "a" * 256
NOT_REGULAR = "is not a regular file but, for example, a named pipe or a device; name an ordinary file."


def one_line(result) -> str:
    """The single stderr line of a refused command (exit 2, no traceback)."""
    assert result.code == 2, (result.code, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.err and "unexpected error" not in result.err, result.err
    return lines[0]


def run_dialog(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """``dialog ARGS`` in a child process that must end within a minute."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DIALOG_LANG": "en", "DIALOG_SESSIONS": str(tmp_path / "sessions"),
           "DIALOG_EXPORTS": str(tmp_path / "exports")}
    return subprocess.run([sys.executable, "-m", "dialog", *args], capture_output=True, text=True, timeout=60,
                          cwd=tmp_path, env=env, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("args", [
    ["open", "{long}.dialog.sqlite"],
    ["export", "{long}.dialog.sqlite"],
    ["export", "{stovner}", "--out", "{long}.docx"],
    ["export", "{stovner}", "--template", "{long}.docx"],
    ["import", "{long}.json"],
    ["import", "{tmp}/x.json", "--out", "{long}.dialog.sqlite"],
    ["overview", "{long}"],
    ["restore", "{long}.dialog.sqlite"],
    ["delete", "{long}.dialog.sqlite", "--yes"],
    ["qr", "{stovner}", "--out", "{tmp}/{long}"],
    ["--sessions", "{long}", "list"],
], ids=lambda args: " ".join(a for a in args if "{" not in a) or args[0])
def test_a_name_longer_than_any_file_system_allows_gives_one_line(cli, stovner, tmp_path, args):
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    before = tree_digest(tmp_path)
    values = {"long": LONG_NAME, "stovner": str(stovner), "tmp": str(tmp_path)}
    line = one_line(cli(*[arg.format(**values) for arg in args]))
    assert "the name is too long (a file or folder name may have at most 255 bytes)" in line
    assert tree_digest(tmp_path) == before


def test_a_path_longer_than_the_system_allows_in_all_gives_one_line(cli):
    line = one_line(cli("import", ("b" * 200 + "/") * 25 + "x.json"))
    assert line.endswith(": the path is too long (at most 4095 bytes in all).")


@pytest.mark.parametrize("args", [
    ["open", "~nosuchuser/x.dialog.sqlite"],
    ["import", "~nosuchuser/x.json"],
    ["overview", "~nosuchuser"],
    ["--sessions", "~nosuchuser/sessions", "list"],
], ids=lambda args: " ".join(args))
def test_an_unknown_user_in_a_path_gives_one_line(cli, tmp_path, args):
    line = one_line(cli(*args))
    assert line == "dialog: ~nosuchuser: there is no such user on this machine, so the path cannot be found."


def test_the_exports_folder_from_the_environment_with_an_unknown_user_gives_one_line(cli, stovner, monkeypatch):
    monkeypatch.setenv("DIALOG_EXPORTS", "~nosuchuser/exports")
    assert "no such user" in one_line(cli("export", str(stovner)))


@pytest.mark.parametrize("host", ["h" * 3000, "a b", "møterom..local", "leder-", "10.0.0.1/24"])
def test_an_address_that_is_no_address_gives_one_line_and_no_codes(cli, stovner, tmp_path, host):
    before = tree_digest(tmp_path)
    line = one_line(cli("qr", str(stovner), "--host", host, "--out", str(tmp_path / "codes")))
    assert "is not an address" in line and len(line) < 300
    assert tree_digest(tmp_path) == before


def test_a_host_name_and_an_ipv6_address_are_taken(cli, stovner, tmp_path):
    for host in ("leder-pc.local", "fe80::1"):
        result = cli("qr", str(stovner), "--host", host, "--out", str(tmp_path / host.replace(":", "-")))
        assert result.code == 0, result.err


@pytest.fixture
def pipe_conference(sessions) -> Path:
    """A named pipe called like a conference file, in the sessions folder."""
    sessions.mkdir(parents=True, exist_ok=True)
    pipe = sessions / "2007-10-17-pipe.dialog.sqlite"
    os.mkfifo(pipe)
    return pipe


@pytest.mark.parametrize("command", ["open", "export", "qr", "serve", "delete", "restore"])
def test_a_named_pipe_as_the_conference_is_refused_not_waited_on(tmp_path, stovner, pipe_conference, command):
    backups = pipe_conference.parent / ".backups"
    backups.mkdir()
    stem = pipe_conference.name[:-len(".dialog.sqlite")]
    backup = backups / f"{stem}.20071017-120000-000000-auto.dialog.sqlite"
    backup.write_bytes(stovner.read_bytes())  # so restore has a sound backup to put in the pipe's place
    yes = ["--yes"] if command in ("delete", "restore") else []
    result = run_dialog(tmp_path, command, str(pipe_conference), *yes)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [f"dialog: {pipe_conference} {NOT_REGULAR}"]
    assert pipe_conference.exists() and not (tmp_path / "exports").exists()


def test_list_and_overview_pass_over_a_named_pipe_and_show_the_rest(tmp_path, stovner, pipe_conference):
    listed = run_dialog(tmp_path, "list")
    assert listed.returncode == 0 and "Stovner" in listed.stdout, listed.stderr
    overview = run_dialog(tmp_path, "overview", str(tmp_path / "sessions"))
    assert overview.returncode == 0 and overview.stdout.strip().endswith(".docx"), overview.stderr
    named = run_dialog(tmp_path, "overview", str(pipe_conference))
    assert named.returncode == 2 and NOT_REGULAR in named.stderr


@pytest.mark.parametrize("option, name", [("--template", "org.docx"), ("--out", "referat.json")])
def test_a_named_pipe_as_a_template_or_forced_target_is_refused(tmp_path, stovner, option, name):
    pipe = tmp_path / name
    os.mkfifo(pipe)
    extra = ["--format", "json", "--force"] if option == "--out" else []
    result = run_dialog(tmp_path, "export", str(stovner), option, str(pipe), *extra)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "not a regular file" in result.stderr


@pytest.mark.parametrize("name", ["rapport.md", "rapport.docx", "rapport.txt"])
def test_a_named_pipe_as_the_process_report_is_refused_not_waited_on(tmp_path, stovner, name):
    pipe = tmp_path / name
    os.mkfifo(pipe)
    script = ("import sys; from pathlib import Path; from dialog.core.database import open_conference; "
              "from dialog.core.errors import DialogError; from dialog.core.findings import import_findings\n"
              "db = open_conference(Path(sys.argv[1]))\n"
              "try:\n    import_findings(db, Path(sys.argv[2]))\n"
              "except DialogError as error:\n    print(error.message())\n")
    result = subprocess.run([sys.executable, "-c", script, str(stovner), str(pipe)], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT), "DIALOG_LANG": "en"})
    assert result.stdout.strip() == f"{pipe} {NOT_REGULAR}", result.stderr
