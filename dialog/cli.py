"""The ``dialog`` command: parses arguments, then calls core, export or the TUI.

Exit status: 0 success, 2 bad input (one clear line on stderr), 1 unexpected
error. Set ``DIALOG_DEBUG=1`` to see the traceback of an unexpected error.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from dialog.core.errors import DialogError
from dialog.i18n import LANGUAGES, detect_language, set_language, t
from dialog.i18n.argparse_texts import argparse_speaks

EXIT_UNEXPECTED, EXIT_BAD_INPUT = 1, 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise DialogError("error.usage", detail=message, prog=self.prog)


def _peek_language(argv: Sequence[str]) -> str | None:
    """Find ``--lang`` before the parser (whose help text depends on it) exists."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _whole_number(text: str) -> int:
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    """Build the parser with every sub-command; texts come from the catalogues.

    Build and use it inside :func:`argparse_speaks`, so argparse's own words
    ("usage:", "invalid choice") are in the UI language too.
    """
    _whole_number.__name__ = t("cli.type.whole_number")  # argparse names a bad value's type by it
    file, path, folder, number = (t("cli.metavar.file"), t("cli.metavar.path"), t("cli.metavar.dir"),
                                  t("cli.metavar.number"))
    parser = _Parser(prog="dialog", description=t("cli.description"))
    parser.add_argument("--lang", choices=LANGUAGES, help=t("cli.opt.lang"))
    parser.add_argument("--sessions", metavar=folder, help=t("cli.opt.sessions"))
    parser.add_argument("--version", action="version", version=_version(), help=t("cli.opt.version"))
    commands = parser.add_subparsers(dest="command", metavar=t("cli.metavar.command"), parser_class=_Parser)

    opener = commands.add_parser("open", help=t("cli.open.help"), description=t("cli.open.help"))
    opener.add_argument("file", metavar=file, help=t("cli.arg.file"))

    new = commands.add_parser("new", help=t("cli.new.help"), description=t("cli.new.help"))
    new.add_argument("--district", required=True, metavar=t("cli.metavar.name"), help=t("cli.new.district"))
    new.add_argument("--date", required=True, metavar=t("placeholder.date"), help=t("cli.new.date"))
    new.add_argument("--venue", default="", metavar=t("cli.metavar.text"), help=t("cli.new.venue"))
    new.add_argument("--lang", dest="document_language", choices=LANGUAGES, default=None,
                     help=t("cli.new.lang"))
    new.add_argument("--force", action="store_true", help=t("cli.new.force"))

    demo = commands.add_parser("demo", help=t("cli.demo.help"), description=t("cli.demo.help"))
    demo.add_argument("--district", choices=("stovner", "bjerke"), default="stovner", help=t("cli.demo.district"))
    demo.add_argument("--reuse", action="store_true", help=t("cli.demo.reuse"))

    listing = commands.add_parser("list", help=t("cli.list.help"), description=t("cli.list.help"))
    listing.add_argument("--retention-months", type=_whole_number, metavar=number, default=_retention_default(),
                         help=t("cli.list.retention"))

    export = commands.add_parser("export", help=t("cli.export.help"), description=t("cli.export.help"))
    export.add_argument("file", metavar=file, help=t("cli.arg.file"))
    export.add_argument("--format", choices=("docx", "feedback", "json", "csv", "qdpx"), default="docx",
                        help=t("cli.export.format"))
    export.add_argument("--out", metavar=path, help=t("cli.export.out"))
    export.add_argument("--lang", dest="document_language", choices=LANGUAGES, default=None,
                        help=t("cli.export.lang"))
    export.add_argument("--template", metavar="ORG.docx", help=t("cli.export.template"))
    export.add_argument("--excel", action="store_true", help=t("cli.export.excel"))
    export.add_argument("--force", action="store_true", help=t("cli.export.force"))

    importer = commands.add_parser("import", help=t("cli.import.help"), description=t("cli.import.help"))
    importer.add_argument("file", metavar=t("cli.metavar.json_file"), help=t("cli.import.file"))
    importer.add_argument("--out", metavar=path, help=t("cli.import.out"))

    qr = commands.add_parser("qr", help=t("cli.qr.help"), description=t("cli.qr.help"))
    qr.add_argument("file", metavar=file, help=t("cli.arg.file"))
    qr.add_argument("--out", metavar=folder, help=t("cli.qr.out"))
    qr.add_argument("--host", metavar=t("cli.metavar.address"), help=t("cli.qr.host"))
    qr.add_argument("--port", type=_whole_number, default=8765, metavar=t("cli.metavar.port"), help=t("cli.qr.port"))

    forms = commands.add_parser("forms", help=t("cli.forms.help"), description=t("cli.forms.help"))
    forms.add_argument("file", metavar=file, help=t("cli.arg.file"))
    forms.add_argument("--count", type=_whole_number, metavar=number, help=t("cli.forms.count"))
    forms.add_argument("--first", type=_whole_number, default=None, metavar=number, help=t("cli.forms.first"))
    forms.add_argument("--out", metavar=path, help=t("cli.forms.out"))
    forms.add_argument("--host", metavar=t("cli.metavar.address"), help=t("cli.qr.host"))
    forms.add_argument("--port", type=_whole_number, default=8765, metavar=t("cli.metavar.port"),
                       help=t("cli.qr.port"))
    forms.add_argument("--force", action="store_true", help=t("cli.export.force"))

    serve = commands.add_parser("serve", help=t("cli.serve.help"), description=t("cli.serve.help"))
    serve.add_argument("file", metavar=file, help=t("cli.arg.file"))
    serve.add_argument("--host", metavar=t("cli.metavar.address"), help=t("cli.qr.host"))
    serve.add_argument("--port", type=_whole_number, default=8765, metavar=t("cli.metavar.port"),
                       help=t("cli.qr.port"))

    delete = commands.add_parser("delete", help=t("cli.delete.help"), description=t("cli.delete.help"))
    delete.add_argument("file", metavar=file, help=t("cli.arg.file"))
    delete.add_argument("--yes", action="store_true", help=t("cli.delete.yes"))

    overview = commands.add_parser("overview", help=t("cli.overview.help"), description=t("cli.overview.help"))
    overview.add_argument("paths", metavar=path, nargs="*", help=t("cli.overview.paths"))
    overview.add_argument("--format", choices=("docx", "csv", "qdpx"), default="docx", help=t("cli.export.format"))
    overview.add_argument("--out", metavar=path, help=t("cli.overview.out"))
    overview.add_argument("--lang", dest="document_language", choices=LANGUAGES, default=None,
                          help=t("cli.overview.lang"))
    overview.add_argument("--include-demos", action="store_true", help=t("cli.overview.include_demos"))
    overview.add_argument("--order", choices=("date", "given"), default="date", help=t("cli.overview.order"))
    overview.add_argument("--template", metavar="ORG.docx", help=t("cli.overview.template"))
    overview.add_argument("--excel", action="store_true", help=t("cli.export.excel"))
    overview.add_argument("--force", action="store_true", help=t("cli.export.force"))

    restore = commands.add_parser("restore", help=t("cli.restore.help"), description=t("cli.restore.help"))
    restore.add_argument("file", metavar=file, help=t("cli.arg.file"))
    restore.add_argument("--list", action="store_true", help=t("cli.restore.list"))
    restore.add_argument("--number", type=_whole_number, metavar=number, help=t("cli.restore.number"))
    restore.add_argument("--yes", action="store_true", help=t("cli.delete.yes"))
    return parser


def _retention_default() -> int:
    """DIALOG_RETENTION_MONTHS, else 12 (a bad value falls back to 12; --retention-months is checked)."""
    from dialog.core.sessions import DEFAULT_RETENTION_MONTHS

    value = os.environ.get("DIALOG_RETENTION_MONTHS", "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_RETENTION_MONTHS


def _version() -> str:
    from dialog import __version__

    return f"dialog {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        set_language(detect_language(_peek_language(args_list)))
    except ValueError:
        set_language("en")
    try:
        with argparse_speaks():
            args = check_path_arguments(build_parser().parse_args(args_list))
        from dialog import commands

        return commands.dispatch(args)
    except DialogError as error:
        print(f"dialog: {error.message()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"dialog: {t('error.interrupted')}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        if error.filename is None:
            return _unexpected(error, args_list)
        from dialog.core.user_files import path_problem

        print(f"dialog: {path_problem(error).message()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, no traceback
        return _unexpected(error, args_list)


def _unexpected(error: BaseException, args: list[str]) -> int:
    """Say an unexpected error in one line (the traceback with ``DIALOG_DEBUG=1``); return exit status 1."""
    if os.environ.get("DIALOG_DEBUG"):
        traceback.print_exception(error)
    from dialog.core.error_log import log_unexpected

    summary = " ".join(f"{type(error).__name__}: {error}".split())[:300]
    command = next((word for word in args if word.isalpha()), "")  # the command's name, never a path or a text
    log = log_unexpected(error, f"dialog {command}".strip())
    logged = f" {t('error.logged', log=log)}" if log is not None else ""
    print(f"dialog: {t('error.unexpected', detail=summary)}{logged}", file=sys.stderr)
    return EXIT_UNEXPECTED


PATH_ARGUMENTS = ("sessions", "file", "out", "template")
"""The options and arguments that name a file or folder (``paths`` of ``overview`` too)."""


def check_path_arguments(args: argparse.Namespace) -> argparse.Namespace:
    """Expand ``~`` in every path argument and refuse, in one line, one no system could use."""
    from dialog.core.user_files import user_path

    for name in PATH_ARGUMENTS:
        value = getattr(args, name, None)
        if isinstance(value, str):
            setattr(args, name, str(user_path(value)))
    if isinstance(getattr(args, "paths", None), list):
        args.paths = [str(user_path(value)) for value in args.paths]
    return args


def resolve(path: str) -> Path:
    """Turn a user-typed path into a Path (no existence check here)."""
    from dialog.core.user_files import user_path

    return user_path(path)
