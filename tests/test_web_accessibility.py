"""Every phone page passes axe-core's WCAG 2.1 A and AA rules, in Norwegian and English, on a 360×740 phone.

A real Chromium (Debian's, driven by Playwright, as in test_web_phone_browser)
opens each page the room serves: the evaluation form (fresh and refused), the
thanks and "already received" pages, the group's notes (with an own note, a
privacy warning, a refusal and an "already saved" line), the note's edit page,
the finding page (fresh, answered, none open, and a send after the leader moved
on), and every error page. axe-core runs in each; JavaScript is on so that axe
can run (only the finding page carries a script of its own). Beyond axe: every field has a name a screen
reader reads, the pages reflow at 200 % text size without sideways scrolling,
and the ticked choice still shows without colour.

Skipped only where Chromium is not installed; CI sets DIALOG_REQUIRE_BROWSER=1 so
a missing browser (or axe) fails there instead of passing silently.
"""

from __future__ import annotations

import os
import re
import shutil

import pytest

from dialog.web.error_pages import BY_STATUS, TEXTS, error_response
from dialog.web.room_server import RoomServer
from tests.finding_leader import leader_shows, without_room_answers

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
REQUIRED = bool(os.environ.get("DIALOG_REQUIRE_BROWSER"))

if not os.path.exists(CHROMIUM):
    if REQUIRED:
        raise RuntimeError("DIALOG_REQUIRE_BROWSER is set but Chromium is not installed")
    pytest.skip("Chromium is not installed (apt install chromium)", allow_module_level=True)

if REQUIRED:
    from axe_playwright_python import sync_playwright as axe_sync
    from playwright import sync_api
else:
    sync_api = pytest.importorskip("playwright.sync_api")
    axe_sync = pytest.importorskip("axe_playwright_python.sync_playwright")

WIDTH, HEIGHT = 360, 740
"""A small phone, in CSS pixels."""

WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
"""The axe rules of WCAG 2.0 and 2.1, levels A and AA."""

LOCALES = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}

PHONE_NUMBER = "Ring Kari på 912 34 567"
"""An own note the notes page warns about (a phone number)."""


@pytest.fixture(scope="module")
def chromium():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture(params=["nb", "nn", "en"])
def room(request, stovner):
    """A real room server on loopback, in bokmål, nynorsk and English (the demo's own answers taken out, so its
    findings take answers)."""
    server = RoomServer(without_room_answers(stovner), request.param, "127.0.0.1", 0)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def phone(chromium, room):
    """A phone's browser at 360×740 in the room's language (JavaScript on, only for axe and the checks)."""
    context = chromium.new_context(viewport={"width": WIDTH, "height": HEIGHT}, device_scale_factor=2,
                                   is_mobile=True, has_touch=True, locale=LOCALES[room.language])
    yield context.new_page()
    context.close()


def violations(page) -> list[str]:
    """axe-core's WCAG A/AA violations on the page, one line each: rule, impact, the elements it names."""
    results = axe_sync.Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_AA},
                                                "resultTypes": ["violations"]})
    return [f"{v['id']} ({v['impact']}): {v['help']} – {[node['target'] for node in v['nodes']]}"
            for v in results.response["violations"]]


def submit(page, button: str = 'button[type="submit"]') -> None:
    with page.expect_navigation():
        page.locator(button).first.click()


def spoil_csrf(page) -> None:
    """What a form kept open past the room's renewal sends: a CSRF value the room no longer accepts."""
    page.locator('input[name="csrf"]').first.evaluate("field => field.value = 'stale'")


def open_form(page, room) -> None:
    page.goto(f"{room.base_url}/e/{room.tokens.evaluation}")


def form_refused(page, room) -> None:
    open_form(page, room)
    page.locator('label:has(input[name="q_safe"][value="4"])').click()
    spoil_csrf(page)
    submit(page)


def thanks(page, room) -> None:
    open_form(page, room)
    page.locator('label:has(input[name="q_safe"][value="4"])').click()
    submit(page)


def already_received(page, room) -> None:
    thanks(page, room)
    page.go_back()


def open_notes(page, room) -> None:
    page.goto(f"{room.base_url}/g/{next(iter(room.tokens.groups.values()))}")


def notes_with_own_note(page, room) -> None:
    open_notes(page, room)
    page.locator('textarea[name="text"]').fill(PHONE_NUMBER)
    submit(page)


def notes_refused(page, room) -> None:
    open_notes(page, room)
    page.locator('textarea[name="text"]').fill("Bussen går bare hver time")
    spoil_csrf(page)
    submit(page)


def note_already_saved(page, room) -> None:
    notes_with_own_note(page, room)
    page.go_back()  # the form comes back with the note typed in
    submit(page)


def note_edit(page, room) -> None:
    notes_with_own_note(page, room)
    with page.expect_navigation():
        page.locator("li", has_text=PHONE_NUMBER).locator("a").click()


def note_edit_refused(page, room) -> None:
    note_edit(page, room)
    page.locator('textarea[name="text"]').fill("")
    submit(page)


def finding(page, room) -> None:
    leader_shows(room.path, 2)
    open_form(page, room)  # the evaluation code leads to the finding while the leader shows one


def finding_stored(page, room) -> None:
    finding(page, room)
    page.locator('label:has(input[name="response"][value="nuanced"])').click()
    page.locator('textarea[name="comment"]').fill("Stemmer for noen av oss")
    submit(page)


def finding_none(page, room) -> None:
    leader_shows(room.path, None)
    open_form(page, room)
    page.goto(f"{room.base_url}/finding")


def finding_late(page, room) -> None:
    finding(page, room)
    page.locator('label:has(input[name="response"][value="contested"])').click()
    page.locator('textarea[name="comment"]').fill("Ikke slik hos oss")
    leader_shows(room.path, 3)
    submit(page)


def wrong_code(page, room) -> None:
    page.goto(f"{room.base_url}/e/{'x' * 22}")


def no_such_page(page, room) -> None:
    page.goto(f"{room.base_url}/nowhere")


def lost_cookie(page, room) -> None:
    page.goto(f"{room.base_url}/notes")


def closed_room(page, room) -> None:
    open_form(page, room)
    room.room.is_open = False  # what closing the room does first; the server thread still answers
    page.reload()


PAGES = {"form": open_form, "form_refused": form_refused, "thanks": thanks, "already_received": already_received,
         "notes": notes_with_own_note, "notes_refused": notes_refused, "note_already_saved": note_already_saved,
         "note_edit": note_edit, "note_edit_refused": note_edit_refused, "finding": finding,
         "finding_stored": finding_stored, "finding_none": finding_none, "finding_late": finding_late,
         "wrong_code": wrong_code,
         "no_such_page": no_such_page, "lost_cookie": lost_cookie, "closed_room": closed_room}
"""Each page a phone can see, reached the way a phone reaches it."""

ERROR_PAGE = "main:not(:has(form)) > h1"
SAYS = {"form": "textarea", "form_refused": "[role=alert] + form textarea", "thanks": 'form[action="/form/new"]',
        "already_received": 'form[action="/form/new"]', "notes": "li .error", "notes_refused": "[role=alert]",
        "note_already_saved": "[role=status]", "note_edit": 'input[name="version"]',
        "note_edit_refused": "[role=alert] + form", "finding": 'form[action="/finding"] textarea',
        "finding_stored": '[role=status] + form input[value="nuanced"]:checked',
        "finding_none": 'main:not(:has(form)) a[href="/form"]',
        "finding_late": "[role=alert] + p + blockquote", "wrong_code": ERROR_PAGE, "no_such_page": ERROR_PAGE,
        "lost_cookie": ERROR_PAGE, "closed_room": ERROR_PAGE}
"""What shows that the page reached is the one meant (so a wrong turn cannot pass as a clean page)."""


@pytest.mark.parametrize("name", list(PAGES))
def test_each_page_has_no_wcag_violations(phone, room, name):
    PAGES[name](phone, room)
    assert phone.locator(SAYS[name]).count() > 0, phone.content()[:2000]
    assert phone.evaluate("document.documentElement.lang") == room.language
    found = violations(phone)
    assert not found, f"{name} ({room.language}) at {WIDTH}×{HEIGHT}:\n" + "\n".join(found)


STATUSES = {"scan_again": 403, "code_unknown": 403, **{reason: status for status, reason in BY_STATUS.items()}}
"""The status each error page is sent with."""


def answer_with(sent):
    """A route handler that answers with ``sent`` (status, headers and page) instead of asking the room."""
    def answer(route) -> None:
        route.fulfill(status=sent.status, headers=dict(sent.headers), content_type="text/html; charset=utf-8",
                      body=sent.text)
    return answer


def test_every_error_page_has_no_wcag_violations(phone, room):
    """Every error page the room can send (some only a slow or broken client meets), as the room sends it."""
    assert set(STATUSES) == set(TEXTS)
    found = {}
    for reason, status in STATUSES.items():
        sent = error_response(status, room.language, reason)
        address = f"{room.base_url}/error/{reason}"
        phone.route(address, answer_with(sent))
        phone.goto(address)
        assert phone.locator("h1").count() == 1
        found[reason] = violations(phone)
    assert not any(found.values()), "\n".join(f"{reason} ({room.language}): {line}"
                                              for reason, lines in found.items() for line in lines)


FIELDS = "input:not([type=hidden]), textarea, select"


def field_names(page) -> list[tuple[str, str]]:
    """(role, accessible name) of every field on the page, as Chromium's accessibility tree has them."""
    names = []
    for field in page.locator(FIELDS).all():
        line = field.aria_snapshot().splitlines()[0]
        match = re.match(r'- \'?(\w+)(?: "(.*?)")?', line)  # a name with ": " in it comes in YAML's quotes
        assert match, line
        names.append((match.group(1), match.group(2) or ""))
    return names


@pytest.mark.parametrize("name", ["form", "notes", "note_edit", "finding"])
def test_every_field_has_a_name_a_screen_reader_reads(phone, room, name):
    PAGES[name](phone, room)
    names = field_names(phone)
    assert len(names) == phone.locator(FIELDS).count() > 0
    assert [field for field in names if not field[1].strip()] == [], names
    # Text fields and lists are named by their question or label, not by a placeholder or a value.
    for role, label in names:
        if role in ("textbox", "combobox"):
            assert len(label) > 3, (role, label)
    # Each scale's choices are a group named by its question.
    for group in phone.locator("fieldset").all():
        assert re.match(r'- group "[^"]{4,}"', group.aria_snapshot()), group.aria_snapshot()[:200]


def grow_text(page) -> None:
    """Text at 200 % (what a phone's "large text" setting does): the root font size doubled."""
    before = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= 2 * before - 0.5


def no_sideways_scrolling(page) -> None:
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= WIDTH + 1, f"the page is {width} px wide at 200 % text on a {WIDTH} px screen"


def in_view(page, selector: str) -> None:
    target = page.locator(selector).first
    target.scroll_into_view_if_needed()
    box = target.bounding_box()
    # Scrolling lands on whole pixels: half a pixel over the edge is still in view.
    assert box and box["x"] >= -1 and box["x"] + box["width"] <= WIDTH + 1 and \
        box["y"] >= -1 and box["y"] + box["height"] <= HEIGHT + 1, (selector, box)


def test_the_form_is_filled_in_and_sent_at_200_percent_text(phone, room):
    open_form(phone, room)
    grow_text(phone)
    no_sideways_scrolling(phone)
    for question in ("matched", "useful"):  # the first and the last scale, still tappable
        in_view(phone, f'label:has(input[name="q_{question}"][value="5"])')
        phone.locator(f'label:has(input[name="q_{question}"][value="5"])').tap()
    phone.locator("textarea").first.fill("Stor tekst")
    in_view(phone, 'button[type="submit"]')
    submit(phone)
    assert phone.url.endswith("/thanks")
    grow_text(phone)
    no_sideways_scrolling(phone)
    in_view(phone, 'button[type="submit"]')


@pytest.mark.parametrize("name", ["notes", "note_edit", "form_refused", "lost_cookie", "finding", "finding_late"])
def test_other_pages_reflow_at_200_percent_text(phone, room, name):
    PAGES[name](phone, room)
    grow_text(phone)
    no_sideways_scrolling(phone)
    if phone.locator('button[type="submit"]').count():
        in_view(phone, 'button[type="submit"]')


def grey_shot(page, selector: str) -> bytes:
    page.evaluate("document.documentElement.style.filter = 'grayscale(1)'")
    return page.locator(selector).screenshot(animations="disabled", caret="hide")


@pytest.mark.parametrize(("name", "choice"), [("form", 'label:has(input[name="q_voice"][value="3"])'),
                                              ("finding", 'label:has(input[name="response"][value="new_angle"])')])
def test_a_ticked_choice_shows_without_colour(phone, room, name, choice):
    """In shades of grey alone the ticked score (or answer to a finding) still looks different from the others."""
    PAGES[name](phone, room)
    before = grey_shot(phone, choice)
    phone.locator(choice).tap()
    phone.evaluate("document.activeElement.blur()")  # the focus ring is not what is meant here
    assert phone.locator(choice).locator("input").is_checked()
    assert grey_shot(phone, choice) != before, "in grey, the ticked choice looks as it did before it was ticked"
