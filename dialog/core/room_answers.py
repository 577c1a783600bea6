"""The room's own answer to each finding: every participant answers from a phone while the leader shows it.

Only the finding on the leader's screen during the presentation takes answers
(:func:`open_finding` is called as the leader moves); a device has one answer
per finding and may change it until the leader moves on. The answers are
anonymous:

- a device is known only by its random cookie, and what is stored is
  :func:`voter_key`, an HMAC of that cookie and the finding under the room's
  secret: the same device gets a different key for every finding, so its
  answers to two findings cannot be linked, and the key does not name the
  device;
- no time, no address, and not even the order the answers came in is kept
  (each row's rowid is drawn at random; the table keeps a rowid so a damaged
  file can still be salvaged row by row);
- the room's distribution, and every breakdown by role group, is shown only
  for at least :data:`~dialog.core.evaluation.MIN_RESPONDENTS` answers
  (:func:`room_tally`); comments are listed without their answer or role.
"""

from __future__ import annotations

import hashlib
import hmac
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypedDict

from dialog.core.anonymity import HIDDEN, shown_roles
from dialog.core.errors import DialogError
from dialog.core.evaluation import MIN_RESPONDENTS
from dialog.core.text_gate import is_blank
from dialog.core.validation import bounded_text, choice
from dialog.core.vocabulary import FINDING_RESPONSES
from dialog.i18n import t

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_COMMENT = 500
"""Longest comment a phone may send with its answer, in characters."""


def voter_key(secret: bytes, device: str, finding_id: str) -> str:
    """The key one device's answer to one finding is stored under (64 hex digits).

    Different for every finding, so answers cannot be joined across findings;
    without the device's cookie it cannot be traced back to the device.
    """
    return hmac.new(secret, f"finding\x00{finding_id}\x00{device}".encode(), hashlib.sha256).hexdigest()


class OpenFinding(TypedDict):
    """The finding a phone may answer now: its id, title and text, and its place (``number`` of ``total``)."""

    id: str
    title: str
    body: str
    number: int
    total: int


class FindingAnswer(TypedDict):
    """One device's answer to one finding: the response, its comment ('' for none) and role code (None: not given)."""

    response: str
    comment: str
    role_code: str | None


def open_finding(db: Database, finding_id: str | None) -> None:
    """Make ``finding_id`` the finding phones answer (None: none); the one before stops taking answers."""
    db.execute("INSERT INTO room_state (id, open_finding_id) VALUES (1, ?) "
               "ON CONFLICT (id) DO UPDATE SET open_finding_id = excluded.open_finding_id", [finding_id])


def open_finding_id(db: Database) -> str | None:
    """The id of the finding that takes answers now: the leader's, while the conference is in its presentation
    and the leader has not shown the room's answers to it (see :func:`answers_closed`)."""
    row = _shown_now(db)
    return row[0] if row and not row[1] else None


def _shown_now(db: Database) -> tuple[str, int] | None:
    """The finding on the leader's screen during the presentation and whether its answers are shown, or None."""
    row = db.execute("SELECT s.open_finding_id, coalesce(r.revealed, 0) FROM room_state s "
                     "JOIN conference c ON c.phase = 'presentation' "
                     "LEFT JOIN finding_room r ON r.finding_id = s.open_finding_id "
                     "WHERE s.id = 1 AND s.open_finding_id IS NOT NULL").fetchone()
    return (row[0], row[1]) if row else None


def answers_shown_now(db: Database) -> bool:
    """True while the leader shows the room's answers to the finding on the screen (it takes none then)."""
    shown = _shown_now(db)
    return shown is not None and bool(shown[1])


def answers_closed(db: Database, finding_id: str) -> str | None:
    """Why ``finding_id`` takes no answer now (an error key), or None when it does.

    ``error.finding_answers_shown`` while the leader shows the room's answers
    to it: a late answer or a change would move a bar on the projector, and
    the room would see what the person tapping their phone just said.
    ``error.finding_moved_on`` for any other finding.
    """
    shown = _shown_now(db)
    if shown is None or shown[0] != finding_id:
        return "error.finding_moved_on"
    return "error.finding_answers_shown" if shown[1] else None


def finding_to_answer(db: Database) -> OpenFinding | None:
    """The finding phones may answer now, with its place in the list; None while none is open."""
    finding_id = open_finding_id(db)
    if finding_id is None:
        return None
    row = db.execute(
        "SELECT id, title, body, (SELECT count(*) FROM finding o WHERE o.position <= f.position), "
        "(SELECT count(*) FROM finding) FROM finding f WHERE id = ?", [finding_id]).fetchone()
    if row is None:
        return None
    return OpenFinding(id=row[0], title=row[1], body=row[2], number=row[3], total=row[4])


def answer_finding(db: Database, finding_id: str, voter: str, response: str, comment: str = "",
                   role_code: str | None = None) -> bool:
    """Store (or change) one device's answer to the open finding; True when it is the device's first.

    Refused with a :class:`DialogError`, storing nothing, when the finding no
    longer takes answers (the leader has moved on, or shows the room's answers
    to it: :func:`answers_closed`), the response or role is
    not one of the conference's, or the comment is too long.
    """
    choice(response, FINDING_RESPONSES, t("field.response"))
    comment = bounded_text(comment, t("field.comment"), MAX_COMMENT)
    comment = "" if is_blank(comment) else comment.strip()  # spaces or invisible characters are no comment
    role_code = role_code or None
    if role_code is not None and db.execute("SELECT 1 FROM role WHERE code = ?", [role_code]).fetchone() is None:
        raise DialogError("error.choice", field=t("field.role"), value=role_code[:40],
                          allowed=", ".join(code for (code,) in db.execute("SELECT code FROM role ORDER BY position")))
    with db.atomic():
        closed = answers_closed(db, finding_id)
        if closed is not None:
            raise DialogError(closed)
        first = db.execute("SELECT 1 FROM finding_answer WHERE finding_id = ? AND voter = ?",
                           [finding_id, voter]).fetchone() is None
        db.execute(
            "INSERT INTO finding_answer (rowid, finding_id, voter, response, comment, role_code) "
            "VALUES (abs(random() % 9000000000000000000), ?, ?, ?, ?, ?) "
            "ON CONFLICT (finding_id, voter) DO UPDATE SET response = excluded.response, "
            "comment = excluded.comment, role_code = excluded.role_code",
            [finding_id, voter, response, comment, role_code])
    return first


def own_answer(db: Database, finding_id: str, voter: str) -> FindingAnswer | None:
    """The answer stored under ``voter`` for ``finding_id`` (to show it and let it be changed), or None."""
    row = db.execute("SELECT response, comment, role_code FROM finding_answer WHERE finding_id = ? AND voter = ?",
                     [finding_id, voter]).fetchone()
    return FindingAnswer(response=row[0], comment=row[1], role_code=row[2]) if row else None


def answer_count(db: Database, finding_id: str) -> int:
    """How many devices have answered ``finding_id`` (shown to the leader as the answers arrive)."""
    return db.execute("SELECT count(*) FROM finding_answer WHERE finding_id = ?", [finding_id]).fetchone()[0]


def set_revealed(db: Database, finding_id: str, revealed: bool) -> None:
    """Show (or hide again) the room's answers to ``finding_id`` on the leader's screen."""
    db.execute("INSERT INTO finding_room (finding_id, revealed) VALUES (?, ?) "
               "ON CONFLICT (finding_id) DO UPDATE SET revealed = excluded.revealed", [finding_id, int(revealed)])


@dataclass(frozen=True)
class RoleBreakdown:
    """The answers of one role group (``role_code`` is :data:`~dialog.core.anonymity.HIDDEN` for the rest)."""

    role_code: str
    count: int
    responses: dict[str, int]


@dataclass(frozen=True)
class RoomTally:
    """What the room answered to one finding, with everything under the k ≥ 3 rule already left out.

    ``responses`` (response -> count, every response present) is None with
    fewer than :data:`MIN_RESPONDENTS` answers; ``by_role`` holds only role
    groups of at least that many, the rest together as ``HIDDEN`` (itself
    none or at least that many), and is empty when no role group can be
    shown on its own. ``comments`` are the non-empty comments, in no
    order that says who or when.
    """

    finding_id: str
    count: int
    revealed: bool
    responses: dict[str, int] | None
    by_role: list[RoleBreakdown] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    @property
    def suppressed(self) -> bool:
        """True when too few answered for the distribution to be shown."""
        return self.responses is None


def room_tally(db: Database, finding_id: str) -> RoomTally:
    """The room's answers to one finding (see :class:`RoomTally`)."""
    return room_tallies(db, [finding_id])[finding_id]


def room_tallies(db: Database, finding_ids: list[str] | None = None) -> dict[str, RoomTally]:
    """The room's answers to each finding (all of them when ``finding_ids`` is None), findings without answers too."""
    if finding_ids is None:
        finding_ids = [row[0] for row in db.execute("SELECT id FROM finding ORDER BY position")]
    role_order = {code: position for code, position in db.execute("SELECT code, position FROM role")}
    tallies = {}
    for finding_id in finding_ids:
        answers = db.execute("SELECT voter, response, comment, role_code FROM finding_answer WHERE finding_id = ? "
                             "ORDER BY voter", [finding_id]).fetchall()
        revealed = db.execute("SELECT revealed FROM finding_room WHERE finding_id = ?", [finding_id]).fetchone()
        comments = [comment for _voter, _response, comment, _role in answers if comment]
        if len(answers) < MIN_RESPONDENTS:
            tallies[finding_id] = RoomTally(finding_id, len(answers), bool(revealed and revealed[0]), None, [],
                                            comments)
            continue
        responses = Counter(response for _voter, response, _comment, _role in answers)
        roles = shown_roles({voter: role for voter, _response, _comment, role in answers})
        by_role: dict[str, Counter] = {}
        for voter, response, _comment, _role in answers:
            by_role.setdefault(roles[voter], Counter())[response] += 1
        breakdown = []
        if set(by_role) != {HIDDEN}:  # one group of all: nothing to break down
            for code in sorted(by_role, key=lambda code: (code == HIDDEN, role_order.get(code, 0), code)):
                counts = by_role[code]
                breakdown.append(RoleBreakdown(code, sum(counts.values()),
                                               {response: counts[response] for response in FINDING_RESPONSES}))
        tallies[finding_id] = RoomTally(finding_id, len(answers), bool(revealed and revealed[0]),
                                        {response: responses[response] for response in FINDING_RESPONSES},
                                        breakdown, comments)
    return tallies
