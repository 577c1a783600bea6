"""The HTML of the finding page: the finding the leader shows and a form to answer it, or that none is open.

A plain form that works in any browser (lynx too); the page's one script
(:mod:`dialog.web.follow_script`) only makes it follow the leader without a
reload. After a refused send everything typed stays: in the form when it was
for the finding still open, or else quoted above it ("What you wrote: …").
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from dialog.core import room_urls as urls
from dialog.core.room_answers import MAX_COMMENT, FindingAnswer, OpenFinding
from dialog.core.rows import Role
from dialog.core.vocabulary import FINDING_RESPONSES
from dialog.i18n import t
from dialog.i18n.names import local_name
from dialog.web import pages
from dialog.web.follow_script import SCRIPT

NO_ANSWER = FindingAnswer(response="", comment="", role_code=None)
"""A form with nothing chosen or typed."""


@dataclass(frozen=True)
class FindingScreen:
    """What the room knows for one finding page: the open finding (None: none), the roles, this device's answer,
    and whether the leader shows the room's answers now (then no finding is open)."""

    finding: OpenFinding | None
    roles: list[Role]
    own: FindingAnswer | None
    answers_shown: bool = False


@dataclass(frozen=True)
class Kept:
    """What a refused send carried, shown back because the form on the page is for another finding now."""

    title: str | None
    typed: FindingAnswer


def finding_page(screen: FindingScreen, language: str, csrf: str, *, typed: FindingAnswer | None = None,
                 error: str = "", kept: Kept | None = None) -> str:
    """The whole page: the finding and its form (``typed`` filled in, else the device's own answer), or "none open".

    ``error`` is the one line that says why a send was refused; ``kept`` what
    that send carried when it cannot go back into the form.
    """
    finding = screen.finding
    role_names = {role["code"]: local_name(role, language) for role in screen.roles}
    parts = []
    if kept is not None:  # a send that came too late: said first, above the finding open now
        parts.append(pages.alert(error))
        parts.append(_kept(kept, role_names, language))
    if finding is None:
        if screen.answers_shown:  # the bars are on the projector: the finding takes no more answers
            title, said = t("web.finding_shown_title", language), t("web.finding_shown", language)
        else:
            title, said = t("web.finding_none_title", language), t("web.finding_none", language)
        parts.append(f"<h1>{escape(title)}</h1><p>{escape(said)}</p>")
    else:
        place = t("web.finding_place", language, number=finding["number"], total=finding["total"])
        title = f"{place}: {finding['title']}"
        parts.append(f"<p class=place>{escape(place)}</p><h1>{escape(finding['title'])}</h1>")
        parts.extend(f"<p class=lines>{escape(paragraph)}</p>" for paragraph in _paragraphs(finding["body"]))
    if kept is None:
        parts.append(pages.alert(error))
    if finding is not None:
        if screen.own is not None and not error:
            parts.append(pages.notice(t("web.finding_stored", language)))
        parts.append(_form(finding, screen, language, csrf, typed or screen.own or NO_ANSWER, role_names))
    parts.append(f'<p><a href="{urls.FORM}">{escape(t("web.finding_to_form", language))}</a></p>')
    kept_attr = " data-kept" if kept is not None else ""
    parts.append(f'<p id=follow class="status follow" role=status aria-live=polite '
                 f'data-finding="{escape(finding["id"] if finding else "")}" '
                 f'data-text="{escape(t("web.finding_moved", language))}"{kept_attr}></p>')
    return pages.page(title, "".join(parts), language, SCRIPT)


def _form(finding: OpenFinding, screen: FindingScreen, language: str, csrf: str, shown: FindingAnswer,
          role_names: dict[str, str]) -> str:
    chosen = shown["response"] if shown["response"] in FINDING_RESPONSES else ""
    # Each choice in a block of its own, so text browsers, too, show one a line.
    choices = "".join(
        f'<div><label><input type="radio" name="response" value="{code}"{_on(chosen == code, "checked")}> '
        f'<b>{escape(t("response." + code, language))}</b>: {escape(t(f"web.finding_hint.{code}", language))}'
        f"</label></div>" for code in FINDING_RESPONSES)
    # Text browsers tick a group's first choice when none is ticked: "not chosen yet" keeps an untouched form empty.
    choices += (f'<div><label class=skip><input type="radio" name="response" value=""{_on(not chosen, "checked")}>'
                f" {escape(t('web.finding_not_chosen', language))}</label></div>")
    role_code = shown["role_code"] or ""
    options = "".join(f'<option value="{escape(code)}"{_on(code == role_code, "selected")}>{escape(name)}</option>'
                      for code, name in role_names.items())
    button = t("web.finding_change" if screen.own is not None else "web.send", language)
    return (f'<form method="post" action="{urls.FINDING}">'
            f'<input type="hidden" name="finding_id" value="{escape(finding["id"])}">'
            f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
            f"<p class=note>{escape(t('web.finding_intro', language))}</p>"
            f"<fieldset class=choices><legend>{escape(t('web.finding_question', language))}</legend>{choices}"
            f"</fieldset>"
            f'<label class=field for=comment>{escape(t("web.finding_comment", language))}</label>'
            f'<textarea id=comment name="comment" rows="3" maxlength="{MAX_COMMENT}">{escape(shown["comment"])}'
            f"</textarea>"
            f'<label class=field for=role>{escape(t("web.finding_role", language))}</label>'
            f'<select id=role name="role"><option value="">{escape(t("web.no_answer", language))}</option>'
            f"{options}</select>"
            f"<p><button type=submit>{escape(button)}</button></p></form>")


def _kept(kept: Kept, role_names: dict[str, str], language: str) -> str:
    """What a refused send carried, quoted, so nothing typed is lost; empty when it carried nothing."""
    typed = kept.typed
    lines = []
    if typed["response"] in FINDING_RESPONSES:
        response = t("response." + typed["response"], language)
        lines.append(f"<p>{escape(t('web.finding_answer_was', language, response=response))}</p>")
    role = role_names.get(typed["role_code"] or "")
    if role:
        lines.append(f"<p>{escape(t('web.finding_role_was', language, role=role))}</p>")
    if typed["comment"].strip():
        lines.append(f"<p>{escape(t('web.finding_comment_was', language))}</p>"
                     f"<p class=lines>{escape(typed['comment'])}</p>")
    if not lines:
        return ""
    said = (t("web.finding_you_wrote", language, title=kept.title) if kept.title
            else t("web.finding_you_wrote_untitled", language))
    return f"<p>{escape(said)}</p><blockquote>{''.join(lines)}</blockquote>"


def _paragraphs(text: str) -> list[str]:
    return [paragraph.strip() for paragraph in text.split("\n\n") if paragraph.strip()]


def _on(on: bool, attribute: str) -> str:
    return f" {attribute}" if on else ""
