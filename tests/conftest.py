"""Shared fixtures: temporary sessions/exports folders, a demo file, a CLI runner."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from dialog.i18n import set_language

settings.register_profile("quick", max_examples=25, deadline=None)
settings.register_profile("thorough", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))


def pytest_collection_modifyitems(config, items):
    """Tests marked ``long`` go first (in their order), so under ``pytest -n`` the workers share out the many
    short tests while the long ones run, instead of one worker finishing a long test after the rest are done."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


@pytest.fixture(autouse=True)
def english_and_isolated(monkeypatch, tmp_path):
    """Every test starts in English with its own sessions and exports folders."""
    for variable in ("DIALOG_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("DIALOG_SESSIONS", str(tmp_path / "sessions"))
    monkeypatch.setenv("DIALOG_EXPORTS", str(tmp_path / "exports"))
    monkeypatch.setenv("DIALOG_STATE_DIR", str(tmp_path / "state"))  # errors.log
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def sessions(tmp_path) -> Path:
    """The sessions folder the CLI uses in this test."""
    return tmp_path / "sessions"


@pytest.fixture
def exports(tmp_path) -> Path:
    """The exports folder the CLI uses in this test."""
    return tmp_path / "exports"


@pytest.fixture(scope="session")
def stovner_template(tmp_path_factory) -> Path:
    """One Stovner demo built per test session; copy it with ``demo_copy``."""
    from dialog.core.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo"), "stovner")


@pytest.fixture
def stovner(stovner_template, sessions) -> Path:
    """A fresh copy of the Stovner demo inside this test's sessions folder."""
    sessions.mkdir(parents=True, exist_ok=True)
    target = sessions / stovner_template.name
    target.write_bytes(stovner_template.read_bytes())
    return target


@dataclass
class CliResult:
    """What a ``dialog`` invocation returned and printed."""

    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys):
    """Run ``dialog`` in-process with the given arguments."""
    from dialog.cli import main

    def run(*argv: str) -> CliResult:
        capsys.readouterr()
        code = main(list(argv))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def run_dialog_in(folder: Path, argv: list[str]) -> CliResult:
    """Run ``dialog`` in-process from ``folder`` (its working directory), catching argparse's exits."""
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from dialog.cli import main

    out, err = io.StringIO(), io.StringIO()
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exit_:
                code = exit_.code
    finally:
        os.chdir(cwd)
    return CliResult(code, out.getvalue(), err.getvalue())


def tree_digest(*roots: Path) -> dict[str, str]:
    """Return path -> sha256 of every file under ``roots`` (to prove nothing changed)."""
    digest = {}
    for root in roots:
        if root.is_file():
            digest[str(root)] = hashlib.sha256(root.read_bytes()).hexdigest()
            continue
        if not root.exists():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file():
                digest[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest


@pytest.fixture
def room(stovner):
    """An open participation-server room on a copy of the Stovner demo, in Norwegian."""
    from dialog.core.store import Store
    from dialog.web.server import open_room

    store = Store(stovner)
    opened = open_room(store, "nb")
    yield opened
    store.close()
