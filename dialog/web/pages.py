"""The HTML the participation server sends: small, mobile-first, no JavaScript needed.

Every value is escaped; the one style sheet is inline and allowed by its hash in
the content security policy, so the pages need nothing but themselves. Every
page meets WCAG 2.1 AA on a small phone (tests/test_web_accessibility.py runs
axe-core in Chromium): each field has a label of its own, the text can grow to
200 % without sideways scrolling, and nothing is told by colour alone.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from dialog.core import room_urls as urls
from dialog.core.forms import sane_scale
from dialog.core.rows import FormQuestion, Role
from dialog.i18n import t
from dialog.i18n.names import local_name

STYLE = """
body{font-family:system-ui,sans-serif;margin:0;padding:1rem;max-width:40rem;margin:auto;line-height:1.45;
font-size:1.1rem;color:#111;background:#fff;overflow-wrap:break-word}
h1{font-size:1.4rem}fieldset,.question{border:1px solid #bbb;border-radius:.5rem;margin:0 0 1rem;padding:.6rem;
min-width:0}
legend{font-weight:600;padding:0 .3rem}label{display:inline-block;margin:.2rem .6rem .2rem 0;
padding:.5rem .7rem;border:1px solid #767676;border-radius:.4rem;min-width:2.2rem;text-align:center}
label:has(input:checked){box-shadow:inset 0 0 0 3px #1d4f7a;font-weight:700}
textarea,select{width:100%;font-size:1rem;padding:.4rem;box-sizing:border-box;font-family:inherit}
button{font-size:1.15rem;padding:.8rem 1.4rem;border:0;border-radius:.5rem;background:#1d4f7a;color:#fff;
max-width:100%}
.note{color:#444;font-size:.95rem}.scale-ends{display:flex;justify-content:space-between;gap:.5rem;color:#555;
font-size:.85rem}.error{color:#a00;font-weight:600}
.scale{display:flex;gap:.4rem}.scale label{flex:1;margin:0;padding:.7rem 0;min-width:0}
label.field{display:block;border:0;padding:0;margin:.6rem 0 .2rem;text-align:left;font-weight:600}
.question label.field{margin-top:0}
input[type=text]{font-size:1rem;padding:.4rem;max-width:100%;box-sizing:border-box}
label.skip{margin-top:.5rem;font-size:.95rem}.status{font-weight:600}
button.secondary{background:#e8eef3;color:#111;border:1px solid #1d4f7a}
.choices label{display:block;text-align:left;margin:.4rem 0}.place{margin:0;color:#444}
blockquote{margin:.4rem 0 1rem;padding:.2rem .8rem;border-left:4px solid #767676}blockquote p{margin:.3rem 0}
.lines{white-space:pre-wrap}
.follow:not(:empty){position:sticky;bottom:0;background:#fff;border:2px solid #111;border-radius:.4rem;padding:.6rem}
"""
STYLE_HASH = "sha256-" + base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
"""The CSP hash that allows exactly this inline style sheet."""


def alert(message: str) -> str:
    """The one line that says why a send was refused (read out by screen readers); empty for none."""
    # Error lines are written to follow "dialog: " on a terminal; on a page they start a sentence.
    return f"<p class=error role=alert>{escape(message[:1].upper() + message[1:])}</p>" if message else ""


def notice(message: str) -> str:
    """One line saying what happened (not an error), read out by screen readers; empty for none."""
    return f"<p class=status role=status>{escape(message)}</p>" if message else ""


def page(title: str, body: str, language: str, script: str = "") -> str:
    """A whole HTML document around ``body`` (already escaped HTML), with ``script`` at its end if given.

    The only script is :data:`dialog.web.follow_script.SCRIPT`, and only the page
    whose policy allows it by its hash may carry it.
    """
    return (f'<!doctype html><html lang="{language}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<meta name="referrer" content="no-referrer"><title>{escape(title)}</title>'
            f"<style>{STYLE}</style></head><body><main>{body}</main>"
            f"{f'<script>{script}</script>' if script else ''}</body></html>")


def evaluation_form(questions: list[FormQuestion], roles: list[Role], language: str, instance_id: str, csrf: str,
                    error: str = "", answers: dict[str, str] | None = None) -> str:
    """The anonymous evaluation form, the same questions as the paper form.

    ``answers`` (question code -> value) fills the form in again after a
    refused send, so nobody has to answer twice.
    """
    answers = answers or {}
    parts = [f"<h1>{escape(t('web.form_title', language))}</h1>",
             f"<p class=note>{escape(t('web.form_intro', language))}</p>"]
    parts.append(alert(error))
    parts.append(f'<form method="post" action="{urls.FORM}">')
    parts.append(f'<input type="hidden" name="instance_id" value="{escape(instance_id)}">')
    parts.append(f'<input type="hidden" name="csrf" value="{escape(csrf)}">')
    for question in questions:
        name = f"q_{question['code']}"
        legend = escape(local_name(question, language, "text"))
        given = answers.get(question["code"], "")
        if question["kind"] == "scale":
            parts.append(_scale(question, name, legend, given, language))
        elif question["kind"] == "role":
            options = "".join(f'<option value="{escape(r["code"])}"{_selected(given == r["code"])}>'
                              f'{escape(local_name(r, language))}</option>' for r in roles)
            parts.append(f'<div class=question><label class=field for="{name}">{legend}</label>'
                         f'<select id="{name}" name="{name}">'
                         f'<option value="">{escape(t("web.no_answer", language))}</option>{options}</select></div>')
        else:
            parts.append(f'<div class=question><label class=field for="{name}">{legend}</label>'
                         f'<textarea id="{name}" name="{name}" rows="3" maxlength="2000">{escape(given)}</textarea>'
                         f"</div>")
    parts.append(f"<button type=submit>{escape(t('web.send', language))}</button></form>")
    return page(t("web.form_title", language), "".join(parts), language)


def _scale(question: FormQuestion, name: str, legend: str, given: str, language: str) -> str:
    """A scale's choices in one row, then a "no answer" choice, ticked until another is.

    Text browsers (lynx, w3m) tick the first choice of a group when none is ticked, so
    without it an untouched scale would be sent as its lowest score.
    """
    low, high = sane_scale(question["scale_min"], question["scale_max"])  # as list_questions gave them
    scores = [str(n) for n in range(low, high + 1)]
    options = "".join(f'<label><input type="radio" name="{name}" value="{n}"{_checked(given == n)}> {n}</label>'
                      for n in scores)
    ends = (f'<div class=scale-ends id="{name}_ends"><span>{escape(t("web.scale_low", language))}</span> '
            f"<span>{escape(t('web.scale_high', language))}</span></div>")
    skip = (f'<label class=skip><input type="radio" name="{name}" value=""{_checked(given not in scores)}> '
            f"{escape(t('web.scale_skip', language))}</label>")
    # The scale's ends are read out with its question, not only seen beneath it.
    return (f'<fieldset aria-describedby="{name}_ends"><legend>{legend}</legend><div class=scale>{options}</div>'
            f"{ends}{skip}</fieldset>")


def received(language: str, csrf: str, *, already: bool = False) -> str:
    """Thanks after a send; or, for a form this device has sent before, that it was already received.

    Both offer a new, empty form on purpose, for a phone that several people share.
    """
    said = t("web.already_received" if already else "web.thanks_body", language)
    body = (f"<h1>{escape(t('web.thanks_title', language))}</h1><p>{escape(said)}</p>"
            f'<form method="post" action="{urls.NEW_FORM}"><input type="hidden" name="csrf" value="{escape(csrf)}">'
            f"<p class=note>{escape(t('web.another_hint', language))}</p>"
            f"<button type=submit class=secondary>{escape(t('web.another_form', language))}</button></form>")
    return page(t("web.thanks_title", language), body, language)


def _checked(on: bool) -> str:
    return " checked" if on else ""


def _selected(on: bool) -> str:
    return " selected" if on else ""
