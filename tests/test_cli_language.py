"""The command line speaks the chosen language end to end, argparse's own words included."""

from __future__ import annotations

import argparse
import re

import pytest

from dialog.cli import main

ENGLISH_ARGPARSE = ("usage:", "show this help message", "positional arguments", "options:", "invalid choice",
                    "the following arguments are required", "unrecognized arguments", "expected one argument",
                    "error:", "YYYY-MM-DD", "FILE", "COMMAND", "DIR", "invalid int value")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run ``dialog`` in-process; --help ends in SystemExit, which counts as its status."""
    capsys.readouterr()
    try:
        code = main(list(argv))
    except SystemExit as stopped:
        code = int(stopped.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("command", [[], ["new"], ["export"], ["list"], ["overview"], ["restore"], ["qr"],
                                     ["serve"], ["import"], ["delete"], ["open"], ["demo"]])
def test_help_in_norwegian_has_no_english_left(capsys, command):
    code, out, err = run(capsys, "--lang", "nb", *command, "--help")
    assert code == 0 and err == ""
    assert out.startswith("bruk: dialog")
    assert "valg:" in out and "vis denne hjelpeteksten og avslutt" in out
    assert [word for word in ENGLISH_ARGPARSE if word in out] == []


def test_new_help_names_its_values_in_norwegian(capsys):
    _, out, _ = run(capsys, "--lang", "nb", "new", "--help")
    assert "--district NAVN --date ÅÅÅÅ-MM-DD [--venue TEKST]" in " ".join(out.split())
    assert "--force" in out


@pytest.mark.parametrize("argv, line", [
    (["new"], "dialog: disse må være med: --district, --date (se 'dialog new --help')"),
    (["export", "x", "--format", "pdf"],
     "dialog: --format: 'pdf' er ikke et gyldig valg (velg blant 'docx', 'feedback', 'json', 'csv', 'qdpx') "
     "(se 'dialog export --help')"),
    (["list", "--retention-months", "x"], "dialog: --retention-months: 'x' er ikke et gyldig helt tall "
                                          "(se 'dialog list --help')"),
    (["list", "--bogus"], "dialog: ukjente argumenter: --bogus (se 'dialog --help')"),
    (["new", "--district"], "dialog: --district: trenger én verdi (se 'dialog new --help')"),
])
def test_usage_errors_in_norwegian_are_one_norwegian_line(capsys, argv, line):
    code, out, err = run(capsys, "--lang", "nb", *argv)
    assert code == 2 and out == ""
    assert err.splitlines() == [line]


def test_an_unknown_command_in_norwegian(capsys):
    code, _, err = run(capsys, "--lang", "nb", "frob")
    assert code == 2 and err.startswith("dialog: KOMMANDO: 'frob' er ikke et gyldig valg (velg blant 'open', ")


def test_english_keeps_argparse_wording_and_argparse_is_left_as_it_was(capsys):
    code, out, _ = run(capsys, "--lang", "en", "new", "--help")
    assert code == 0 and out.startswith("usage: dialog new") and "show this help message and exit" in out
    assert "--district NAME --date YYYY-MM-DD" in " ".join(out.split())
    code, _, err = run(capsys, "--lang", "en", "export", "x", "--format", "pdf")
    assert code == 2 and "argument --format: invalid choice: 'pdf'" in err
    run(capsys, "--lang", "nb", "new", "--help")
    assert argparse._("usage: ") == "usage: "  # the catalogue is argparse's only while dialog parses
    assert re.search(r"show this help", argparse.ArgumentParser(prog="x").format_help())
