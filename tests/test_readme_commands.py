"""README.md's command table lists every option of every `dialog` command, as the parser defines it."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from dialog.cli import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"
ROW = re.compile(r"^\| `dialog(?: (?P<command>[a-z]+))?(?P<usage>[^`]*)` \|")


def documented() -> dict[str, str]:
    """Command -> the usage written in its row of the command table ("" for plain `dialog`)."""
    rows = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            rows[match["command"] or ""] = match["usage"]
    return rows


def commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    choices = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction)).choices
    return dict(choices)


def test_every_command_and_option_is_in_the_readme_table():
    rows = documented()
    missing = []
    for name, parser in commands().items():
        if name not in rows:
            missing.append(name)
            continue
        for action in parser._actions:
            longest = max(action.option_strings, key=len, default=None)
            if longest is not None and longest != "--help" and longest not in rows[name]:
                missing.append(f"{name} {longest}")
    assert missing == []


def test_the_table_lists_no_option_the_parser_lacks():
    known = {name: {option for action in parser._actions for option in action.option_strings}
             for name, parser in commands().items()}
    extra = [f"{name} {option}" for name, usage in documented().items() if name
             for option in re.findall(r"--[a-z][a-z-]*", usage) if option not in known[name]]
    assert extra == []
