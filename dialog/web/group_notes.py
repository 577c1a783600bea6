"""The group-notes page for assistants' laptops: read the group's notes, add and edit your own, confirm them.

A group's QR token is swapped for a cookie that opens that group only. Each
browser also gets a random device id (a cookie, never tied to a person); a
note can be edited only from the device that wrote it. Below the form, the
notes are listed as the minutes will show them: the group confirms them
("these are our words") or flags one to change with a line why
(:mod:`dialog.core.group_checks`). A confirmation carries the fingerprint of
the list it was sent from, so a list that changed meanwhile is not confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from aiohttp import web

from dialog.core import room_urls as urls
from dialog.core.errors import DialogError
from dialog.core.group_checks import (
    MAX_FLAG_REASON,
    MINUTES_ORDER,
    GroupCheck,
    check_notes,
    confirm_notes,
    flag_note,
    in_minutes_order,
)
from dialog.core.groups import list_groups
from dialog.core.ids_and_times import hhmm as clock
from dialog.core.note_history import NoteChangedElsewhere, edit_if_unchanged, note_version
from dialog.core.notes import add_note_once, list_notes
from dialog.core.privacy import describe_kinds, warning_kinds, watched_names
from dialog.core.rows import Group, Note, fetch_rows
from dialog.core.summary import theme_names
from dialog.core.vocabulary import NOTE_KINDS
from dialog.i18n import t
from dialog.web import pages
from dialog.web.cookies import device_id, give_device_id, set_cookie
from dialog.web.error_pages import error_response
from dialog.web.room import ROOM
from dialog.web.security import same_secret

if TYPE_CHECKING:
    from sqlite_utils import Database

GROUP_COOKIE = "dialog_group"


def _group_for(request: web.Request) -> str | None:
    """The group id the request's cookie opens, or None (no cookie, or the codes were renewed)."""
    room = request.app[ROOM]
    token = request.cookies.get(GROUP_COOKIE, "")
    for group_id, group_token in room.tokens.groups.items():
        if token and same_secret(token, group_token):
            return group_id
    return None


def _scan_again(room, reason: str = "scan_again") -> web.Response:
    return error_response(403, room.language, reason)


def _device(request: web.Request) -> str:
    return "web:" + device_id(request)


async def enter_group(request: web.Request) -> web.Response:
    """Swap a group's QR token for cookies and redirect to the clean notes page."""
    room = request.app[ROOM]
    token = request.match_info["token"]
    if not any(same_secret(token, value) for value in room.tokens.groups.values()):
        return _scan_again(room, "code_unknown")
    response = web.HTTPSeeOther(urls.NOTES)
    set_cookie(response, GROUP_COOKIE, token)
    give_device_id(request, response)
    raise response


@dataclass(frozen=True)
class GroupView:
    """What a group's notes page shows: the group, its themes as "code name", its notes, the names to warn about,
    and where the group stands with its notes (the check's fingerprint is of exactly these notes)."""

    group: Group
    themes: list[str]
    notes: list[Note]
    watched: list[str]
    check: GroupCheck


def _group_view(db: Database, group_id: str, language: str) -> GroupView:
    group = next(g for g in list_groups(db) if g["id"] == group_id)
    names = theme_names(db, language)
    themes = [f"{code} {names.get(code, '')}".strip() for code in group["themes"]]
    notes = list_notes(db, group_id)
    return GroupView(group, themes, notes, watched_names(db), check_notes(db, group_id, notes))


def _check_status(check: GroupCheck, language: str) -> str:
    """The group's state in one line."""
    key = f"web.check_state.{check.state}"
    return t(key, language, count=len(check.flags), time=clock(check.confirmed_at))


def _minutes_line(note: Note) -> str:
    """A note's line as the minutes write it: a quote in «», the role letter after it in brackets."""
    text = f"«{note['text']}»" if note["kind"] == "quote" else note["text"]
    return text + (f" ({note['role_letter']})" if note["role_letter"] else "")


def _note_item(view: GroupView, note: Note, device: str, language: str) -> str:
    """One note as the minutes will show it, with its edit link (own notes), warnings, its flag, a button to flag it.

    The button opens the note's flag page (a plain GET form, so no script is needed and the note keeps one link).
    """
    own = note["author_device"] == device
    edit = f' <a href="{escape(urls.note_path(note["id"]))}">{escape(t("web.edit", language))}</a>' if own else ""
    flag_button = (f'<form method="get" action="{escape(urls.flag_path(note["id"]))}">'
                   f'<button type=submit class=secondary>{escape(t("web.flag_open", language))}</button></form>')
    found = warning_kinds(note["text"], view.watched) if own else []
    warn = (f'<br><span class=error>{escape(t("privacy.typing", language, kinds=describe_kinds(found, language)))}'
            f"</span>" if found else "")
    flag = next((f for f in view.check.flags if f.note["id"] == note["id"]), None)
    flagged = (f'<br><span class=status>⚑ {escape(t("web.flagged", language, reason=flag.reason))}</span>'
               if flag else "")
    return f"<li>{escape(_minutes_line(note))}{edit}{warn}{flagged}{flag_button}</li>"


def _check_section(view: GroupView, device: str, csrf: str, error: str, language: str) -> str:
    """The notes as the minutes will show them, the group's state, the form to confirm and links to flag."""
    parts = [f'<h2 id=check>{escape(t("web.check_heading", language))}</h2>',
             f"<p class=status>{escape(_check_status(view.check, language))}</p>", pages.alert(error),
             f'<p class=note>{escape(t("web.check_intro", language))}</p>']
    ordered = in_minutes_order(view.notes)
    if not ordered:
        parts.append(f"<p>{escape(t('web.no_notes_yet', language))}</p>")
        return "".join(parts)
    for kind in MINUTES_ORDER:
        chosen = [note for note in ordered if note["kind"] == kind]
        if not chosen:
            continue
        parts.append(f"<h3>{escape(t(f'minutes.kind_{kind}', language))}</h3><ul>")
        parts.extend(_note_item(view, note, device, language) for note in chosen)
        parts.append("</ul>")
    parts.append(f'<form method="post" action="{urls.CONFIRM_NOTES}"><input type="hidden" name="csrf" value="{csrf}">'
                 f'<input type="hidden" name="fingerprint" value="{view.check.token}">'
                 f'<button type=submit>{escape(t("web.confirm", language))}</button></form>')
    return "".join(parts)


def _notes_page(room, view: GroupView, device: str, csrf: str,
                error: str = "", draft: dict[str, str] | None = None, said: str = "",
                check_error: str = "") -> str:
    language = room.language
    group = view.group
    draft = draft or {}
    kind_options = "".join(f'<option value="{k}"{" selected" if draft.get("kind") == k else ""}>'
                           f'{escape(t("note_kind." + k, language))}</option>' for k in NOTE_KINDS)
    body = [f"<h1>{escape(group['name'])}</h1>"]
    if view.themes:
        body.append(f"<p><b>{escape(t('web.themes', language))}:</b> {escape('; '.join(view.themes))}</p>")
    body.append(f"<p class=note>{escape(t('web.notes_intro', language))}</p>")
    body.append(pages.alert(error))
    body.append(pages.notice(said))
    body.append(f'<form method="post" action="{urls.NOTES}"><input type="hidden" name="csrf" value="{csrf}">'
                f'<fieldset><legend>{escape(t("web.new_note", language))}</legend>'
                f'<label class=field for=kind>{escape(t("web.field_kind", language))}</label>'
                f'<select id=kind name="kind">{kind_options}</select>'
                f'<label class=field for=role>{escape(t("web.field_role", language))}</label>'
                f'<input type=text id=role name="role_letter" maxlength="5" size="5" placeholder="B" '
                f'value="{escape(draft.get("role_letter", ""))}">'
                f'<label class=field for=text>{escape(t("web.field_text", language))}</label>'
                f'<textarea id=text name="text" rows="3" maxlength="4000" required>{escape(draft.get("text", ""))}'
                f'</textarea></fieldset>'
                f'<button type=submit>{escape(t("web.save", language))}</button></form>')
    body.append(_check_section(view, device, csrf, check_error, language))
    return pages.page(group["name"], "".join(body), language)


async def show_notes(request: web.Request, error: str = "", status: int = 200,
                     draft: dict[str, str] | None = None, said: str = "",
                     check_error: str = "") -> web.Response:
    """The group's notes, a form to add one (holding ``draft`` again after a refused send), and the notes as the
    minutes will show them, to confirm or flag (``check_error`` says why a confirmation was refused)."""
    room = request.app[ROOM]
    group_id = _group_for(request)
    if group_id is None:
        return _scan_again(room)
    view = await room.run(_group_view, group_id, room.language)
    csrf = room.csrf_for("notes:" + group_id + _device(request))
    return web.Response(text=_notes_page(room, view, _device(request), csrf, error, draft, said, check_error),
                        content_type="text/html", status=status)


def _csrf_ok(request: web.Request, form, group_id: str) -> bool:
    room = request.app[ROOM]
    expected = room.csrf_for("notes:" + group_id + _device(request))
    return same_secret(str(form.get("csrf", "")), expected)


def _typed(form) -> dict[str, str]:
    return {name: str(form.get(name, "")) for name in ("kind", "role_letter", "text")}


async def add_group_note(request: web.Request) -> web.Response:
    """Store a note from this device in this group; a refused note comes back in the form, as typed.

    The same note sent again from this device (Back, reload, a double tap) is not
    stored twice: the page says it is already saved.
    """
    room = request.app[ROOM]
    group_id = _group_for(request)
    if group_id is None:
        return _scan_again(room)
    form = await request.post()
    draft = _typed(form)
    if not _csrf_ok(request, form, group_id):
        return await show_notes(request, t("web.form_expired", room.language), 403, draft)
    try:
        stored = await room.run(add_note_once, group_id, draft["kind"], draft["text"], draft["role_letter"],
                                author_device=_device(request))
    except DialogError as error:
        return await show_notes(request, error.message(room.language), 400, draft)
    if stored is None:
        return await show_notes(request, said=t("web.note_already_saved", room.language))
    raise web.HTTPSeeOther(urls.NOTES)


def _own_note(db: Database, note_id: str, group_id: str, device: str) -> Note | None:
    rows = fetch_rows(
        db, Note, "SELECT * FROM note WHERE id = ? AND group_id = ? AND author_device = ? AND deleted_at IS NULL",
        [note_id, group_id, device])
    return rows[0] if rows else None


async def edit_group_note(request: web.Request) -> web.Response:
    """GET shows the edit form for this device's own note; POST saves it (keeping a revision).

    The form carries the version of the wording it was opened on. When the note
    was changed elsewhere since, nothing is replaced: the typed wording is kept
    in the note's history and comes back in the form, with a line saying so.
    """
    room = request.app[ROOM]
    group_id = _group_for(request)
    if group_id is None:
        return _scan_again(room)
    device = _device(request)
    note = await room.run(_own_note, request.match_info["note_id"], group_id, device)
    if note is None:
        raise web.HTTPNotFound()
    csrf = room.csrf_for("notes:" + group_id + device)
    typed = {"role_letter": note["role_letter"], "text": note["text"]}
    version = note_version(note)
    error, status = "", 200
    if request.method == "POST":
        form = await request.post()
        typed = _typed(form)
        if not _csrf_ok(request, form, group_id):
            error, status = t("web.form_expired", room.language), 403
            version = str(form.get("version", version))
        else:
            try:
                await room.run(edit_if_unchanged, note["id"], str(form.get("version", "")), text=typed["text"],
                               role_letter=typed["role_letter"])
            except NoteChangedElsewhere as changed:
                error, status = t("web.note_changed", room.language, text=changed.current["text"]), 409
                version = note_version(changed.current)
            except DialogError as failure:
                error, status = failure.message(room.language), 400
                version = str(form.get("version", version))
            else:
                raise web.HTTPSeeOther(urls.NOTES)
    body = (f'<h1>{escape(t("web.edit", room.language))}</h1>{pages.alert(error)}<form method="post">'
            f'<input type="hidden" name="csrf" value="{csrf}">'
            f'<input type="hidden" name="version" value="{escape(version)}">'
            f'<label class=field for=role>{escape(t("web.field_role", room.language))}</label>'
            f'<input type=text id=role name="role_letter" maxlength="5" size="5" '
            f'value="{escape(typed["role_letter"])}">'
            f'<label class=field for=text>{escape(t("web.field_text", room.language))}</label>'
            f'<textarea id=text name="text" rows="4" maxlength="4000">{escape(typed["text"])}</textarea>'
            f'<p><button type=submit>{escape(t("web.save", room.language))}</button></p></form>')
    return web.Response(text=pages.page(t("web.edit", room.language), body, room.language),
                        content_type="text/html", status=status)


async def confirm_group_notes(request: web.Request) -> web.Response:
    """The group confirms its notes as the page showed them; a list that changed meanwhile is refused and shown."""
    room = request.app[ROOM]
    group_id = _group_for(request)
    if group_id is None:
        return _scan_again(room)
    form = await request.post()
    if not _csrf_ok(request, form, group_id):
        return await show_notes(request, status=403, check_error=t("web.form_expired", room.language))
    try:
        await room.run(confirm_notes, group_id, str(form.get("fingerprint", "")))
    except DialogError as error:
        status = 409 if error.key == "error.notes_changed_meanwhile" else 400
        return await show_notes(request, status=status, check_error=error.message(room.language))
    raise web.HTTPSeeOther(urls.NOTES + "#check")


def _group_note(db: Database, note_id: str, group_id: str) -> Note | None:
    rows = fetch_rows(db, Note, "SELECT * FROM note WHERE id = ? AND group_id = ? AND deleted_at IS NULL",
                      [note_id, group_id])
    return rows[0] if rows else None


def _deleted_in_group(db: Database, note_id: str, group_id: str) -> bool:
    """True when ``note_id`` was one of the group's notes and has been deleted (deleted notes stay, to be restored)."""
    return db.execute("SELECT 1 FROM note WHERE id = ? AND group_id = ? AND deleted_at IS NOT NULL",
                      [note_id, group_id]).fetchone() is not None


async def flag_group_note(request: web.Request) -> web.Response:
    """GET shows one of the group's notes with a form to flag it; POST flags it, with a line why (required).

    The form carries the version of the wording it was opened on: a note that
    changed meanwhile is not flagged; the page shows its new wording with the
    line why as typed, to send again.
    """
    room = request.app[ROOM]
    language = room.language
    group_id = _group_for(request)
    if group_id is None:
        return _scan_again(room)
    note = await room.run(_group_note, request.match_info["note_id"], group_id)
    if note is None and request.method == "POST" and await room.run(_deleted_in_group, request.match_info["note_id"],
                                                                     group_id):
        # Deleted while the line why was typed: show that line back.
        typed = str((await request.post()).get("reason", ""))
        body = (f'<h1>{escape(t("web.flag_open", language))}</h1>'
                f'{pages.alert(DialogError("error.flagged_note_gone").message(language))}'
                f'<p>{escape(t("web.finding_you_wrote_untitled", language))}</p>'
                f'<blockquote>{escape(typed)}</blockquote>'
                f'<p><a href="{urls.NOTES}#check">{escape(t("web.back_to_notes", language))}</a></p>')
        return web.Response(text=pages.page(t("web.flag_open", language), body, language), content_type="text/html",
                            status=409)
    if note is None:
        raise web.HTTPNotFound()
    csrf = room.csrf_for("notes:" + group_id + _device(request))
    reason, error, status = "", "", 200
    if request.method == "POST":
        form = await request.post()
        reason = str(form.get("reason", ""))
        if not _csrf_ok(request, form, group_id):
            error, status = t("web.form_expired", language), 403
        else:
            try:
                await room.run(flag_note, group_id, note["id"], str(form.get("version", "")), reason)
            except DialogError as failure:
                changed = failure.key in ("error.flagged_note_changed", "error.flagged_note_gone")
                error, status = failure.message(language), 409 if changed else 400
                note = await room.run(_group_note, note["id"], group_id) or note
            else:
                raise web.HTTPSeeOther(urls.NOTES + "#check")
    kind = t(f"minutes.kind_{note['kind']}", language)
    body = (f'<h1>{escape(t("web.flag_open", language))}</h1>{pages.alert(error)}'
            f'<p><b>{escape(kind)}:</b> {escape(_minutes_line(note))}</p>'
            f'<form method="post"><input type="hidden" name="csrf" value="{csrf}">'
            f'<input type="hidden" name="version" value="{note_version(note)}">'
            f'<label class=field for=reason>{escape(t("web.flag_reason", language))}</label>'
            f'<input type=text id=reason name="reason" maxlength="{MAX_FLAG_REASON}" required '
            f'value="{escape(reason)}">'
            f'<p><button type=submit>{escape(t("web.flag_send", language))}</button></p></form>'
            f'<p><a href="{urls.NOTES}#check">{escape(t("web.back_to_notes", language))}</a></p>')
    return web.Response(text=pages.page(t("web.flag_open", language), body, language), content_type="text/html",
                        status=status)


def add_routes(app: web.Application) -> None:
    """Register the group-notes routes."""
    app.router.add_get(urls.GROUP_ENTRY, enter_group)
    app.router.add_get(urls.NOTES, show_notes)
    app.router.add_post(urls.NOTES, add_group_note)
    app.router.add_get(urls.NOTE, edit_group_note)
    app.router.add_post(urls.NOTE, edit_group_note)
    app.router.add_post(urls.CONFIRM_NOTES, confirm_group_notes)
    app.router.add_get(urls.FLAG_NOTE, flag_group_note)
    app.router.add_post(urls.FLAG_NOTE, flag_group_note)
