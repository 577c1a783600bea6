"""The outside probe: control characters and escape sequences stored through every door at once.

One conference gets hostile text from the command line, the findings import
(Markdown and Word), the leader's keyboard (a paste), the core functions every
screen calls, a phone's evaluation form and a group's page, a JSON import and
a hand edit behind the gate's back. Then every document is made from it and
the app is opened in a terminal: every document opens and holds only clean
text, and the terminal's title is never touched.
"""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import sqlite3
import zipfile
from pathlib import Path
from urllib.parse import urlencode

from docx import Document

from dialog.core.assessment import set_assessment
from dialog.core.database import open_conference
from dialog.core.findings import add_finding, import_findings, set_response
from dialog.core.groups import add_group
from dialog.core.measures import add_measure
from dialog.core.phases import move_to_phase
from dialog.core.plenary import add_plenary_point
from dialog.tui.app import create_app
from dialog.web.room_server import RoomServer
from tests.test_room_fuzz import cookie_header, exchange, page_fields, request_bytes
from tests.test_signals import Terminal
from tests.tui_helpers import settle, wait_for

ESCAPES = "\x1b]2;pwned\x07\x1b[2J\x1b[H"
HOSTILE = f"Før{ESCAPES} rad\r\nto\x0btre \u202e(B)\u202c \x00\x01\x7f\x9f e\u0301 \ufffe"
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
MARK = "]2;pwned[2J[H"
"""What the escape sequences leave behind once the gate has taken their control characters."""


def hostile(label: str) -> str:
    return f"{label} {HOSTILE}"


def new_conference(cli, folder: Path) -> Path:
    result = cli("--sessions", str(folder), "new", "--district", f"Probe{ESCAPES}by", "--date", "2026-12-02",
                 "--venue", hostile("Sal"))
    assert result.code == 0, result.err
    return Path(result.out.strip())


def findings_files(folder: Path) -> tuple[Path, Path]:
    markdown = folder / "funn.md"
    line = hostile("").replace("\r\n", " ").replace("\x0b", " ")  # a heading ends at its line break
    markdown.write_text(f"# Funn fra Markdown{line}\n\n{hostile('Brødtekst')}\n\n> «Sitat{line}» – B\n",
                        encoding="utf-8")
    word = folder / "funn.docx"
    document = Document()
    document.add_heading("Funn fra Word \u202e(B)\u2028ny linje", 1)  # what XML can carry: bidi, line separators
    document.add_paragraph("Brødtekst med \u2067isolat og e\u0301")
    document.save(word)
    return markdown, word


def store_through_the_core(path: Path, markdown: Path, word: Path) -> str:
    """What every screen's save does; returns the group's id."""
    db = open_conference(path)
    try:
        assert import_findings(db, markdown).added == 1 and import_findings(db, word).added == 1
        finding = add_finding(db, hostile("Funn skrevet inn"), hostile("Tekst"))
        set_response(db, finding, "nuanced", hostile("Kommentar"))
        group = add_group(db, hostile("Gruppe"), ["4.9"], {"user": 3, "staff": 2})
        add_measure(db, hostile("Tiltak"), owner=f"Bydelen{ESCAPES}", group_id=group)
        add_plenary_point(db, "priority", hostile("Plenum"), group)
        set_assessment(db, hostile("Vurdering"))
        move_to_phase(db, "group_work")
        return group
    finally:
        db.close()


async def paste_a_note(sessions: Path, path: Path) -> None:
    """The leader pastes hostile text into a new note on the group work screen and presses Enter."""
    from textual import events

    app = create_app(sessions, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.screen.query_one("#notes-list").focus()
        await pilot.press("1", "B", "tab")
        await settle(pilot)
        app.screen.focused.post_message(events.Paste(hostile("Limt inn")))
        await settle(pilot)
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: "Limt inn" in str(stored(path, "SELECT text FROM note")), 10)
        await pilot.press("ctrl+q")


def send_from_phones(path: Path) -> None:
    """A group's page and the evaluation form, each sent hostile text the way a browser sends it."""
    server = RoomServer(path, "nb", "127.0.0.1", 0)
    server.start()
    try:
        port, tokens = server.port, server.tokens
        cookies = {"dialog_group": next(iter(tokens.groups.values())), "dialog_device": "probe0000000000001"}
        hidden = page_fields(port, "/notes", cookies, "/notes")
        group_cookie = cookie_header(cookies)
        body = urlencode({**hidden, "kind": "quote", "role_letter": "B", "text": hostile("Fra gruppesiden")}).encode()
        status, _, _ = exchange(port, request_bytes(b"POST", b"/notes", {
            b"Cookie": group_cookie, b"Content-Type": b"application/x-www-form-urlencoded"}, body))
        assert status == 303
        cookies = {"dialog_room": tokens.evaluation}
        hidden = page_fields(port, "/form", cookies, "/form")
        form_cookie = cookie_header(cookies)
        body = urlencode({**hidden, "q_useful": "5", "q_comments": hostile("Fra telefonen")}).encode()
        status, _, _ = exchange(port, request_bytes(b"POST", b"/form", {
            b"Cookie": form_cookie, b"Content-Type": b"application/x-www-form-urlencoded"}, body))
        assert status == 303
    finally:
        server.stop()


def stored(path: Path, sql: str) -> list:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute(sql)]
    finally:
        connection.close()


def every_text_in(path: Path) -> list[str]:
    """Every text cell in every table of a conference file, read without the gate."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        texts = []
        for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in connection.execute(f"SELECT * FROM [{table}]"):
                texts += [value for value in row if isinstance(value, str)]
        return texts
    finally:
        connection.close()


def words_of(document: Path) -> str:
    """All XML parts of a .docx as text (body, headers, footers, properties)."""
    with zipfile.ZipFile(document) as archive:
        return "".join(archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml"))


async def test_hostile_text_through_every_door_gives_clean_documents_and_a_clean_terminal(cli, tmp_path):
    sessions, exports = tmp_path / "sessions", tmp_path / "exports"
    path = new_conference(cli, sessions)
    store_through_the_core(path, *findings_files(tmp_path))
    await paste_a_note(sessions, path)
    send_from_phones(path)

    # Every door stored clean text, and the marks of the escape sequences show it came through.
    texts = every_text_in(path)
    assert not [text for text in texts if FORBIDDEN.search(text)]
    for label in ("Sal", "Funn fra Markdown", "Brødtekst", "Sitat", "Kommentar", "Gruppe", "Tiltak", "Plenum",
                  "Vurdering", "Limt inn", "Fra gruppesiden", "Fra telefonen"):
        assert any(f"{label} Før{MARK} rad" in text and "to tre (B)" in text.replace("\n", " ")
                   for text in texts), (label, [text for text in texts if label in text])

    # The JSON form of it, made hostile again by hand, imported as a second conference.
    assert cli("export", str(path), "--format", "json", "--out", str(exports / "probe.json")).code == 0
    document = json.loads((exports / "probe.json").read_text(encoding="utf-8"))
    document["tables"]["conference"][0].update(id="probe-copy-0001", district=f"Kopi{ESCAPES}")
    for note in document["tables"]["note"]:
        note["text"] += ESCAPES + "\u202e"
    (exports / "hostile.json").write_text(json.dumps(document), encoding="utf-8")
    result = cli("--sessions", str(sessions), "import", str(exports / "hostile.json"), "--out",
                 str(sessions / "kopi.dialog.sqlite"))
    assert result.code == 0, result.err
    assert not [text for text in every_text_in(sessions / "kopi.dialog.sqlite") if FORBIDDEN.search(text)]

    # Another tool writes behind the gate's back.
    raw = sqlite3.connect(path)
    raw.execute("UPDATE note SET text = text || ? WHERE rowid = (SELECT min(rowid) FROM note)", [ESCAPES])
    raw.execute("UPDATE measure SET owner = owner || ?", ["\x07\x1b]0;x\x07"])
    raw.commit()
    raw.close()

    # Every document is made and holds only clean text.
    for argv in (("export", str(path), "--out", str(exports / "referat.docx")),
                 ("export", str(path), "--format", "csv", "--out", str(exports / "csv")),
                 ("export", str(path), "--format", "json", "--out", str(exports / "etter.json")),
                 ("overview", str(sessions), "--out", str(exports / "oversikt.docx")),
                 ("overview", str(sessions), "--format", "csv", "--out", str(exports / "oversikt-csv"))):
        result = cli(*argv)
        assert result.code == 0, (argv, result.err)
        assert "\x1b" not in result.out + result.err
    for document_path in (exports / "referat.docx", exports / "oversikt.docx"):
        words = words_of(document_path)
        assert not FORBIDDEN.search(words) and MARK in words
        Document(str(document_path))  # opens
    assert "Funn fra Markdown" in words_of(exports / "referat.docx")
    for table in list((exports / "csv").glob("*.csv")) + list((exports / "oversikt-csv").glob("*.csv")):
        with open(table, encoding="utf-8-sig", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        assert not [cell for cell in cells if FORBIDDEN.search(cell.replace("\n", " ").replace("\t", " "))]
    dumped = json.loads((exports / "etter.json").read_text(encoding="utf-8"))
    assert not FORBIDDEN.search(json.dumps(dumped, ensure_ascii=False))

    # The app, in a real terminal, on the group work screen where the notes are drawn.
    terminal = Terminal(path)
    try:
        terminal.wait_for("Group work")
        terminal.read(1.0)
        seen = terminal.seen
        assert b"\x1b]2;" not in seen and b"\x1b]0;" not in seen
        assert f"Fra gruppesiden Før{MARK}".encode() in seen
    finally:
        os.kill(terminal.pid, signal.SIGKILL)
        os.waitpid(terminal.pid, 0)
