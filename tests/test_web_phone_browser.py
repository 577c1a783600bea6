"""A real phone browser (Debian's Chromium driven by Playwright, phone viewport, JavaScript off) fills the form.

Skipped only where Chromium is not installed; CI sets DIALOG_REQUIRE_BROWSER=1 so
a missing browser fails there instead of passing silently.
"""

from __future__ import annotations

import os
import shutil

import pytest

from dialog.core.database import open_conference
from dialog.web.room_server import RoomServer
from tests.finding_leader import without_room_answers

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not os.path.exists(CHROMIUM):
    if os.environ.get("DIALOG_REQUIRE_BROWSER"):
        raise RuntimeError("DIALOG_REQUIRE_BROWSER is set but Chromium is not installed")
    pytest.skip("Chromium is not installed (apt install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture
def stovner(stovner):
    """The Stovner demo without its phones' answers: these tests give their own and count from none."""
    return without_room_answers(stovner)


def stored_responses(path) -> list[dict]:
    db = open_conference(path)
    try:
        rows = db.execute("SELECT id, source FROM evaluation_response").fetchall()
        answers: dict[str, dict] = {}
        for response_id, question, number, text in db.execute(
                "SELECT a.response_id, q.code, a.value_int, a.value_text FROM evaluation_answer a "
                "JOIN form_question q ON q.id = a.question_id"):
            answers.setdefault(response_id, {})[question] = str(number) if number is not None else text
        return [{"id": rid, "source": source, **answers.get(rid, {})} for rid, source in rows]
    finally:
        db.close()


@pytest.fixture
def open_room(stovner):
    server = RoomServer(stovner, "nb", "127.0.0.1", 0)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def phone(open_room):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(**playwright.devices["Pixel 5"], java_script_enabled=False,
                                      locale="nb-NO")
        yield context.new_page()
        context.close()
        browser.close()


def fill_in(page) -> None:
    for question, score in (("matched", 4), ("voice", 5), ("safe", 5), ("learned", 3), ("useful", 4)):
        page.locator(f'label:has(input[name="q_{question}"][value="{score}"])').tap()
    page.select_option('select[name="q_role"]', "user")
    page.fill('textarea[name="q_comments"]', "Godt å bli hørt – takk 🙂")


def test_a_phone_fills_the_form_and_a_retried_send_is_stored_once(open_room, phone, stovner):
    before = stored_responses(stovner)
    phone.goto(f"{open_room.base_url}/e/{open_room.tokens.evaluation}")
    instance_id = phone.locator('input[name="instance_id"]').get_attribute("value")
    assert phone.url == f"{open_room.base_url}/form/{instance_id}", "the token is swapped for a cookie"
    assert phone.viewport_size["width"] < 500
    # Five choices in one row, each large enough to tap.
    boxes = [phone.locator(f'label:has(input[name="q_useful"][value="{n}"])').bounding_box() for n in range(1, 6)]
    assert len({round(box["y"]) for box in boxes}) == 1 and min(box["width"] for box in boxes) >= 44
    fill_in(phone)

    posts = []

    def send_twice(route) -> None:
        # A retry of the very same request (what a double tap or a flaky network produces).
        posts.append(route.request.post_data)
        route.fetch(max_redirects=0)
        posts.append(route.request.post_data)
        route.fulfill(response=route.fetch(max_redirects=0))

    phone.route("**/form", lambda route: send_twice(route) if route.request.method == "POST" else
                route.continue_())
    with phone.expect_navigation():
        phone.locator('button[type="submit"]').tap()
    assert phone.url.endswith(f"/form/{instance_id}")  # what the second of the two sends answered
    assert phone.locator("h1").inner_text() == "Takk!" and "allerede mottatt" in phone.content()
    assert len(posts) == 2 and posts[0] == posts[1]

    after = stored_responses(stovner)
    new = [row for row in after if row["id"] not in {old["id"] for old in before}]
    assert len(new) == 1
    assert new[0]["source"] == "phone"
    assert {key: new[0][key] for key in ("matched", "voice", "safe", "learned", "useful", "role", "comments")} == {
        "matched": "4", "voice": "5", "safe": "5", "learned": "3", "useful": "4", "role": "user",
        "comments": "Godt å bli hørt – takk 🙂"}


def send(page) -> None:
    with page.expect_navigation():
        page.locator('button[type="submit"]').tap()


def test_back_then_send_reload_and_a_new_scan_store_one_form_and_another_form_is_a_second(open_room, phone,
                                                                                             stovner):
    before = len(stored_responses(stovner))
    phone.goto(f"{open_room.base_url}/e/{open_room.tokens.evaluation}")
    first_form = phone.url
    fill_in(phone)
    send(phone)
    assert phone.url.endswith("/thanks") and "Svarene dine er lagret" in phone.content()

    phone.go_back()  # the browser loads the form's address again and would type the answers back in
    assert phone.url == first_form
    assert "allerede mottatt" in phone.content() and phone.locator('textarea[name="q_comments"]').count() == 0
    phone.reload()
    assert "allerede mottatt" in phone.content()
    phone.goto(f"{open_room.base_url}/e/{open_room.tokens.evaluation}")  # scanning the code again
    assert "allerede mottatt" in phone.content()
    assert len(stored_responses(stovner)) == before + 1

    # The phone is handed on: the next person asks for a form of their own.
    with phone.expect_navigation():
        phone.get_by_role("button", name="Fyll ut et nytt skjema").tap()
    assert phone.url != first_form and phone.locator('textarea[name="q_comments"]').input_value() == ""
    assert phone.locator('input[name="q_useful"][value=""]').is_checked()  # every scale starts on "no answer"
    phone.locator('label:has(input[name="q_safe"][value="2"])').tap()  # one scale, nothing else
    send(phone)
    assert phone.url.endswith("/thanks")
    phone.go_back()
    assert "allerede mottatt" in phone.content()

    new = stored_responses(stovner)[before:]
    assert len(new) == 2
    assert {key: value for key, value in new[1].items() if key not in ("id", "source")} == {"safe": "2"}


@pytest.fixture
def laptop(open_room):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nb-NO")
        yield context.new_page()
        context.close()
        browser.close()


def test_an_assistants_laptop_adds_a_quote_to_a_group_that_already_has_notes(open_room, laptop, stovner):
    from dialog.core.notes import list_notes

    group_id, token = next(iter(open_room.tokens.groups.items()))
    laptop.goto(f"{open_room.base_url}/g/{token}")
    assert laptop.url == f"{open_room.base_url}/notes"  # the token is gone from the address bar
    assert laptop.locator("li").count() > 0
    kinds = laptop.locator('select[name="kind"] option')
    assert kinds.count() == 6 and kinds.nth(3).inner_text() == "Sitat"
    laptop.get_by_label("Type notat").select_option("quote")  # every field has a label a screen reader reads
    laptop.get_by_label("Rollebokstav (B, T, L …), aldri navn").fill("b3")
    laptop.get_by_label("Notatet").fill("Jeg visste ikke hvem jeg skulle ringe")
    laptop.click("button[type=submit]")
    assert laptop.locator("li", has_text="Jeg visste ikke hvem jeg skulle ringe").locator("a").inner_text() == \
        "Rediger"
    db = open_conference(stovner)
    try:
        note = next(n for n in list_notes(db, group_id) if n["text"] == "Jeg visste ikke hvem jeg skulle ringe")
    finally:
        db.close()
    assert (note["kind"], note["role_letter"]) == ("quote", "B3")

    # Back: the page comes again with the note typed back in; Save says it is saved already, and stores nothing.
    laptop.go_back()
    assert laptop.get_by_label("Notatet").input_value() == "Jeg visste ikke hvem jeg skulle ringe"
    laptop.click("button[type=submit]")
    assert "Dette notatet er allerede lagret" in laptop.content()
    db = open_conference(stovner)
    try:
        assert [n["text"] for n in list_notes(db, group_id)].count("Jeg visste ikke hvem jeg skulle ringe") == 1
    finally:
        db.close()


@pytest.fixture
def phone_with_script(open_room):
    """A phone with JavaScript on (as most are), recording what the page's policy refused and any script error."""
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        context = browser.new_context(**playwright.devices["Pixel 5"], locale="nb-NO")
        page = context.new_page()
        page.console_errors = []
        page.on("pageerror", lambda error: page.console_errors.append(str(error)))
        # "Failed to load resource" is a page sent with a refusal's status (a late send's 409, no favicon's 404).
        page.on("console", lambda message: message.type == "error" and not message.text.startswith(
            "Failed to load resource") and page.console_errors.append(message.text))
        yield page
        context.close()
        browser.close()


FOLLOWS_WITHIN_MS = 10_000
"""How long a page may take to notice the leader moved (it asks every 3 s; the machine may be busy)."""


def test_a_phone_without_script_answers_the_finding_and_follows_the_leader_on_reload(open_room, phone, stovner):
    from tests.finding_leader import answers_to, findings, leader_shows

    first = leader_shows(stovner, 1)
    phone.goto(f"{open_room.base_url}/e/{open_room.tokens.evaluation}")
    assert phone.url.endswith("/finding") and phone.locator("h1").inner_text() == findings(stovner)[0][1]
    phone.get_by_label("Nyansert").check()
    phone.get_by_label("Kommentar (kan stå tom)").fill("Stemmer for noen")
    phone.get_by_label("Din rollegruppe (kan stå tom)").select_option("relative")
    send(phone)
    assert phone.locator("[role=status]", has_text="Svaret ditt er lagret").count() == 1
    assert phone.get_by_label("Nyansert").is_checked()
    assert answers_to(stovner, first) == [{"response": "nuanced", "comment": "Stemmer for noen",
                                           "role_code": "relative"}]
    leader_shows(stovner, 2)
    phone.reload()
    assert phone.locator("h1").inner_text() == findings(stovner)[1][1]
    assert phone.locator('input[name="response"][value=""]').is_checked()


def test_an_untouched_page_follows_the_leader_by_itself(open_room, phone_with_script, stovner):
    from tests.finding_leader import findings, leader_shows

    page = phone_with_script
    leader_shows(stovner, 1)
    page.goto(f"{open_room.base_url}/e/{open_room.tokens.evaluation}")
    titles = [title for _id, title in findings(stovner)]
    assert page.locator("h1").inner_text() == titles[0]
    leader_shows(stovner, 2)
    page.locator("h1", has_text=titles[1]).wait_for(timeout=FOLLOWS_WITHIN_MS)
    assert "Funn 2 av 8" in page.locator(".place").inner_text()
    leader_shows(stovner, None)
    page.locator("h1", has_text="Ingen funn å svare på nå").wait_for(timeout=FOLLOWS_WITHIN_MS)
    leader_shows(stovner, 3)  # the "none open" page follows too
    page.locator("h1", has_text=titles[2]).wait_for(timeout=FOLLOWS_WITHIN_MS)
    assert page.console_errors == []


def test_a_page_with_typed_text_keeps_it_says_the_leader_moved_on_and_a_late_send_shows_it_back(
        open_room, phone_with_script, stovner):
    from tests.finding_leader import answered, findings, leader_shows

    page = phone_with_script
    first = leader_shows(stovner, 1)
    page.goto(f"{open_room.base_url}/e/{open_room.tokens.evaluation}")
    titles = [title for _id, title in findings(stovner)]
    page.get_by_label("Bestridt").check()
    page.get_by_label("Kommentar (kan stå tom)").fill("Ikke slik jeg har opplevd det")
    leader_shows(stovner, 2)
    notice = page.locator("#follow", has_text="Lederen har gått videre til et annet funn")
    notice.wait_for(timeout=FOLLOWS_WITHIN_MS)
    assert notice.get_attribute("role") == "status"
    assert page.locator("h1").inner_text() == titles[0]  # the page stayed where the person was
    assert page.get_by_label("Kommentar (kan stå tom)").input_value() == "Ikke slik jeg har opplevd det"
    assert page.get_by_label("Bestridt").is_checked()

    send(page)
    assert page.locator("[role=alert]").inner_text() == \
        "Lederen har gått videre til et annet funn, så svaret ble ikke lagret."
    quoted = page.locator("blockquote").inner_text()
    assert "Svar: Bestridt" in quoted and "Ikke slik jeg har opplevd det" in quoted
    assert page.locator("h1").inner_text() == titles[1]  # below it, the finding open now
    assert answered(stovner, first) == 0
    # What was shown back stays while the leader moves on again: the page does not load itself away.
    leader_shows(stovner, 3)
    page.locator("#follow", has_text="Lederen har gått videre").wait_for(timeout=FOLLOWS_WITHIN_MS)
    assert "Ikke slik jeg har opplevd det" in page.locator("blockquote").inner_text()
    assert page.console_errors == []
