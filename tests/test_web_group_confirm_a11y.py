"""The group page's confirm and flag states pass axe-core's WCAG 2.1 A and AA rules on a 360×740 phone.

The same real Chromium, room and checks as tests/test_web_accessibility.py (whose
fixtures and helpers this reuses): a note's flag page, a refused flag, a flagged
note, a refused confirmation and a confirmed list, in Norwegian and English.
"""

from __future__ import annotations

import pytest

from tests import test_web_accessibility as a11y
from tests.test_web_accessibility import (
    HEIGHT,
    WIDTH,
    field_names,
    grow_text,
    in_view,
    no_sideways_scrolling,
    open_notes,
    spoil_csrf,
    submit,
    violations,
)

chromium, room, phone = a11y.chromium, a11y.room, a11y.phone
"""The same browser, room (nb and en) and phone as the page checks of every other page."""


def flag_page(page, room) -> None:
    open_notes(page, room)
    submit(page, 'li form button')


def flag_refused(page, room) -> None:
    flag_page(page, room)
    page.locator('input[name="reason"]').fill("Det var T som sa det")
    spoil_csrf(page)
    submit(page)


def flagged(page, room) -> None:
    flag_page(page, room)
    page.locator('input[name="reason"]').fill("Det var T som sa det")
    submit(page)


def confirm_refused(page, room) -> None:
    open_notes(page, room)
    page.locator('input[name="fingerprint"]').evaluate("field => field.value = '0'.repeat(64)")
    submit(page, 'form[action="/check/confirm"] button')


def confirmed(page, room) -> None:
    open_notes(page, room)
    submit(page, 'form[action="/check/confirm"] button')


PAGES = {"flag_page": flag_page, "flag_refused": flag_refused, "flagged": flagged,
         "confirm_refused": confirm_refused, "confirmed": confirmed}
"""Each state of the group's check a laptop can see, reached by its buttons."""

SAYS = {"flag_page": "input[name=reason]", "flag_refused": "[role=alert] + p + form input[value]",
        "flagged": "li .status", "confirm_refused": "#check ~ [role=alert]", "confirmed": "#check + p.status"}
"""What shows that the page reached is the one meant."""


@pytest.mark.parametrize("name", list(PAGES))
def test_each_check_state_has_no_wcag_violations(phone, room, name):
    PAGES[name](phone, room)
    assert phone.locator(SAYS[name]).count() > 0, phone.content()[:2000]
    found = violations(phone)
    assert not found, f"{name} ({room.language}) at {WIDTH}×{HEIGHT}:\n" + "\n".join(found)


def test_the_flag_page_is_named_and_it_and_the_notes_reflow_at_200_percent_text(phone, room):
    flag_page(phone, room)
    names = field_names(phone)
    assert len(names) == 1 and names[0][0] == "textbox" and len(names[0][1]) > 10, names
    grow_text(phone)
    no_sideways_scrolling(phone)
    in_view(phone, 'button[type="submit"]')
    open_notes(phone, room)
    grow_text(phone)
    no_sideways_scrolling(phone)
    in_view(phone, "li form button")
    in_view(phone, 'form[action="/check/confirm"] button')
