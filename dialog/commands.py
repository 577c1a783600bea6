"""What each ``dialog`` sub-command does, once its arguments are parsed."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dialog.core.database import check_conference_file
from dialog.core.errors import DialogError
from dialog.core.file_errors import describe_open_failure
from dialog.core.sessions import (
    delete_conference,
    list_conferences,
    past_retention,
    path_for,
    resolve_sessions_dir,
    same_conference,
    slugify,
)
from dialog.i18n import get_language, t

if TYPE_CHECKING:
    from dialog.core.overview import Overview


def dispatch(args: argparse.Namespace) -> int:
    """Run the chosen sub-command; no sub-command opens the conference picker.

    A conference file that fails to open or read mid-way is named in one line
    (damaged, locked, no permission …), never as an unexpected error.
    """
    sessions = resolve_sessions_dir(args.sessions)
    handler = {
        None: _picker,
        "open": _open,
        "new": _new,
        "demo": _demo,
        "list": _list,
        "export": _export,
        "import": _import,
        "delete": _delete,
        "qr": _qr,
        "forms": _forms,
        "serve": _serve,
        "restore": _restore,
        "overview": _overview,
    }[args.command]
    file = Path(args.file).expanduser() if args.command in READS_A_CONFERENCE else None
    if args.command in NEEDS_SOUND_FILE and file is not None:
        from dialog.core.backups import require_sound

        require_sound(file)
    try:
        return handler(args, sessions)
    except sqlite3.Error as error:
        if file is None:
            raise
        raise describe_open_failure(error, file) from error


AMOUNTS = {"notes": "notes", "forms": "evaluation_forms", "measures": "measures"}
"""What ``restore`` counts (see ``salvage.COUNTED_TABLES``) -> the catalogue's ``amount.*`` phrase for it."""

READS_A_CONFERENCE = {"open", "export", "qr", "serve", "forms"}
"""Commands whose FILE is a conference: any SQLite failure in them is said of that file."""

NEEDS_SOUND_FILE = {"export", "qr", "serve", "forms"}
"""Commands refused on a damaged file (``open`` offers a backup instead, see :func:`_open`)."""


def _picker(args: argparse.Namespace, sessions: Path) -> int:
    return _run_app(sessions, None)


def _run_app(sessions: Path, conference: Path | None) -> int:
    """Run the app; after a crash say so in one line (the traceback is printed just above it) and return 1."""
    from dialog.tui.app import run_app

    if run_app(sessions=sessions, conference=conference) == 0:
        return 0
    print(f"dialog: {t('error.app_crashed')}", file=sys.stderr)
    return 1


def _open(args: argparse.Namespace, sessions: Path) -> int:
    from dialog.core.backups import check_health

    path = Path(args.file).expanduser()
    health = check_health(path)
    if health.problem is not None and (not health.damaged or health.backup is None):
        raise health.problem  # a damaged file with a sound backup opens on the offer to restore it
    return _run_app(sessions, path)


def _new(args: argparse.Namespace, sessions: Path) -> int:
    from dialog.core.conference import ConferenceFacts, create_conference

    facts = ConferenceFacts(
        district=args.district, date=args.date, venue=args.venue,
        language=args.document_language or get_language(),
    ).validated()
    existing = None if args.force else same_conference(sessions, facts.district, facts.date)
    if existing is not None:
        raise DialogError("error.conference_exists", district=facts.district, date=facts.date, path=existing)
    path = path_for(sessions, facts.date, facts.district)
    create_conference(path, facts).close()
    print(path)
    return 0


def _demo(args: argparse.Namespace, sessions: Path) -> int:
    from dialog.core.demo import DEMOS, build_demo

    if args.reuse:
        district = DEMOS[args.district].facts.district
        for listing in list_conferences(sessions):
            if listing.is_demo and listing.district == district and not listing.error:
                print(listing.path)
                return 0
    print(build_demo(sessions, args.district))
    return 0


def _list(args: argparse.Namespace, sessions: Path) -> int:
    listings = list_conferences(sessions)
    if not listings:
        print(t("list.empty", folder=sessions))
        return 0
    months = args.retention_months
    if months < 1:
        raise DialogError("error.retention", months=months)
    headers = [t("list.district"), t("list.date"), t("list.phase"), t("list.participants"), t("list.forms"),
               t("list.file"), ""]
    rows = []
    expired = 0
    for item in listings:
        if item.error:
            rows.append(["?", "", t("list.damaged" if item.damaged else "list.unreadable"), "", "", item.path.name, ""])
            continue
        district = item.district + (f" ({t('list.demo')})" if item.is_demo else "")
        old = past_retention(item.date, months)
        expired += old
        rows.append([district, item.date, t(f"phase.{item.phase}"), str(item.participants), str(item.forms),
                     item.path.name, t("list.past_retention", months=months) if old else ""])
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    numeric = {3, 4}
    for row in [headers, *rows]:
        cells = [cell.rjust(widths[i]) if i in numeric else cell.ljust(widths[i]) for i, cell in enumerate(row)]
        print("  ".join(cells).rstrip())
    if expired:
        print()
        print(t("list.retention_advice", count=expired, months=months))
    for item in listings:
        if item.error:
            print(f"dialog: {item.error}", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace, sessions: Path) -> int:
    from dialog.export.formats import export_any

    source = Path(args.file).expanduser()
    check_conference_file(source)
    _options_fit_format(args)
    out = Path(args.out).expanduser() if args.out else None
    template = Path(args.template).expanduser() if args.template else None
    _check_before_export(source, personal_data=args.format in ("docx", "feedback", "csv", "qdpx"))
    print(export_any(source, args.format, out, language=args.document_language, template=template,
                     force=args.force, excel=args.excel))
    if args.format == "json":
        print(t("export.full_copy"), file=sys.stderr)
    return 0


def _check_before_export(source: Path, *, personal_data: bool) -> None:
    """Say on stderr which texts the export cleans and, if asked, which look like personal data (it still goes on)."""
    from dialog.core.database import open_conference
    from dialog.core.gate_report import cleaned_line, cleaned_texts
    from dialog.core.privacy_report import conference_warnings, warning_lines

    db = open_conference(source, read_only=True)
    try:
        cleaned = cleaned_line(cleaned_texts(db))
        warnings = conference_warnings(db) if personal_data else []
    finally:
        db.close()
    if cleaned:
        print(cleaned, file=sys.stderr)
    if warnings:
        print(t("privacy.cli_header", count=len(warnings)), file=sys.stderr)
        for line in warning_lines(warnings):
            print("  " + line, file=sys.stderr)


def _import(args: argparse.Namespace, sessions: Path) -> int:
    from dialog.export.json_format import import_json

    out = Path(args.out).expanduser() if args.out else None
    print(import_json(Path(args.file).expanduser(), sessions, out))
    return 0


def _delete(args: argparse.Namespace, sessions: Path) -> int:
    from dialog.core.sessions import backups_for

    path = Path(args.file).expanduser()
    check_conference_file(path)
    question = t("delete.confirm", path=path, count=len(backups_for(path)))
    if not args.yes and not _confirmed(question, "error.delete_needs_yes"):
        print(t("delete.cancelled"))
        return 0
    removed = delete_conference(path)
    print(t("delete.done", path=path, count=len(removed)))
    return 0


def _options_fit_format(args: argparse.Namespace) -> None:
    """Refuse, in one line, ``--template`` without Word or ``--excel`` without CSV (before anything is read)."""
    if getattr(args, "template", None) and args.format not in ("docx", "feedback"):
        raise DialogError("error.option_needs_format", option="--template",
                          format="docx/feedback" if args.command == "export" else "docx")
    if getattr(args, "excel", False) and args.format != "csv":
        raise DialogError("error.option_needs_format", option="--excel", format="csv")


def _overview(args: argparse.Namespace, sessions: Path) -> int:
    from dialog.core.overview import build_overview
    from dialog.export.overview_csv import export_overview_csv
    from dialog.export.overview_docx import check_template, export_overview_docx
    from dialog.export.paths import exports_dir

    _options_fit_format(args)
    template = Path(args.template).expanduser() if args.template else None
    if template is not None:
        check_template(template)
    paths = [Path(p).expanduser() for p in args.paths] or [sessions]
    overview = build_overview(paths, demos="include" if args.include_demos else "auto", order=args.order,
                              with_notes=args.format == "csv")
    _say_what_was_left_out(overview)
    if not overview.conferences:
        raise DialogError("overview.none", paths=", ".join(str(p) for p in paths))
    language = args.document_language or overview.document_language(get_language()) or get_language()
    if args.format == "qdpx":
        from dialog.export.qdpx import export_qdpx

        for conference in overview.conferences:  # the project carries every note: say what looks personal first
            _check_before_export(conference.path, personal_data=True)

        out = Path(args.out).expanduser() if args.out else exports_dir() / t("overview.qdpx_name", language)
        print(export_qdpx([conference.path for conference in overview.conferences], out, language=language,
                          force=args.force))
    elif args.format == "csv":
        folder = Path(args.out).expanduser() if args.out else exports_dir() / t("overview.csv_folder", language)
        print(export_overview_csv(overview, folder, language, force=args.force, excel=args.excel))
    else:
        out = Path(args.out).expanduser() if args.out else exports_dir() / t("overview.file_name", language)
        print(export_overview_docx(overview, out, language, force=args.force, template=template))
    return 0


def _say_what_was_left_out(overview: Overview) -> None:
    """On stderr, one line each: copies counted once, files left out, demos left out (or shown alone), cleaning."""
    for problem in overview.duplicates:
        print(t("overview.counted_once", path=problem.path, reason=problem.line()), file=sys.stderr)
    for problem in overview.problems:
        print(t("overview.left_out", reason=problem.line()), file=sys.stderr)
    if overview.demos_left_out:
        print(overview.demos_left_out_line(), file=sys.stderr)
    elif overview.demos_only:
        print(t("overview.demos_only"), file=sys.stderr)
    for conference in overview.conferences:
        if conference.cleaned:
            print(t("gate.cleaned_overview", district=conference.district, date=conference.date,
                    count=conference.cleaned), file=sys.stderr)


def _confirmed(question: str, needs_yes_key: str) -> bool:
    """Ask on the terminal; refuse (one line) when there is no terminal to ask on."""
    if not sys.stdin or not sys.stdin.isatty():
        raise DialogError(needs_yes_key)
    answer = input(question + " ").strip().lower()
    return answer in (t("delete.yes_short"), "y", "yes", "j", "ja")


def _restore(args: argparse.Namespace, sessions: Path) -> int:
    from dialog.core.backups import health_problem, list_backups, newest_sound_backup
    from dialog.core.restore import restore_backup
    from dialog.core.user_files import require_regular_file

    path = Path(args.file).expanduser()
    if path.exists():  # a missing file may be restored; a folder, a pipe or a device may not be replaced
        require_regular_file(path)
    backups = list_backups(path)
    if not backups:
        raise DialogError("error.no_backups", path=path)
    if args.list:
        for number, backup in enumerate(backups, start=1):
            problem = health_problem(backup.path)
            print(t("restore.row", number=number, made=f"{backup.made:%Y-%m-%d %H:%M:%S}",
                    reason=t(f"backup.reason.{backup.reason}"), state=problem or t("restore.sound")))
        return 0
    if args.number is not None:
        if not 1 <= args.number <= len(backups):
            raise DialogError("error.backup_number", number=args.number, count=len(backups))
        chosen = backups[args.number - 1]
    else:
        chosen = newest_sound_backup(path)
        if chosen is None:
            raise DialogError("error.no_sound_backup", path=path)
    made = f"{chosen.made:%Y-%m-%d %H:%M:%S}"
    if not args.yes and not _confirmed(t("restore.confirm", path=path, made=made), "error.restore_needs_yes"):
        print(t("restore.cancelled"))
        return 0
    result = restore_backup(path, chosen.path)
    print(t("restore.done", path=path, made=made))
    if result.kept is not None:
        print(t("restore.kept_wal" if result.kept_wal else "restore.kept", kept=result.kept))
    if result.salvaged is not None:
        print(t("restore.salvaged", salvaged=result.salvaged))
    if result.lacking:
        amounts = {kind: t(f"amount.{AMOUNTS[kind]}", count=number) for kind, number in result.lacking.items()}
        print(t("restore.lacks", **amounts) if any(result.lacking.values()) else t("restore.lacks_none"))
    return 0


def _room_address(args: argparse.Namespace) -> tuple[Path, str]:
    """The checked conference file and the host phones will reach (for qr and serve)."""
    from dialog.core.validation import parse_host
    from dialog.web.local_addresses import local_addresses

    source = Path(args.file).expanduser()
    check_conference_file(source)
    if not 1 <= args.port <= 65535:
        raise DialogError("error.port", port=args.port)
    return source, parse_host(args.host) if args.host is not None else local_addresses()[0]


def _qr(args: argparse.Namespace, sessions: Path) -> int:
    from dialog.core.room_urls import base_url
    from dialog.export.formats import conference_facts
    from dialog.export.paths import exports_dir
    from dialog.export.qr_codes import write_room_codes

    source, host = _room_address(args)
    facts = conference_facts(source)
    folder = Path(args.out).expanduser() if args.out else \
        exports_dir() / f"{facts['date']}-{slugify(facts['district'])}-qr"
    base = base_url(host, args.port)
    for path in write_room_codes(source, folder, base, facts["language"]):
        print(path)
    return 0


def _forms(args: argparse.Namespace, sessions: Path) -> int:
    """Numbered paper forms with the phone form's QR code, one per page (Word)."""
    from dialog.core.room_urls import base_url
    from dialog.export.paper_forms_docx import check_numbers, write_paper_forms

    check_numbers(args.count, args.first)  # a bad count is said before the file or the network is looked at
    source, host = _room_address(args)
    out = Path(args.out).expanduser() if args.out else None
    printed = write_paper_forms(source, base_url(host, args.port), out, count=args.count, first=args.first,
                                force=args.force)
    numbers, again = printed.numbers, printed.used_before
    print(t("forms.written", count=len(numbers), first=numbers[0], last=numbers[-1], path=printed.path))
    if again is not None:
        print(t("forms.used_before", count=len(again), first=again[0], last=again[-1]), file=sys.stderr)
    return 0


def _serve(args: argparse.Namespace, sessions: Path) -> int:
    import threading

    from dialog.core.database import open_conference
    from dialog.export.formats import conference_facts
    from dialog.export.qr_codes import list_room_codes
    from dialog.web.room_server import RoomServer

    source, host = _room_address(args)
    language = conference_facts(source)["language"]
    server = RoomServer(source, language, host, args.port)
    server.start()
    try:
        db = open_conference(source)
        try:
            codes = list_room_codes(db, server.base_url)
        finally:
            db.close()
        server.refresh_tokens()
        print(t("serve.evaluation", url=codes[0].url))
        for code in codes[1:]:
            print(t("serve.group", group=code.label, url=code.url))
        print(t("serve.stop"), flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
