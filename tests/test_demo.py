"""The demo conferences are complete and realistic."""

from __future__ import annotations

import itertools

import pytest

from dialog.core.assessment import get_assessment
from dialog.core.attendance import total_attendance
from dialog.core.database import open_conference
from dialog.core.demo import build_demo
from dialog.core.evaluation import count_responses, tally_scales
from dialog.core.findings import list_findings
from dialog.core.groups import list_groups
from dialog.core.notes import list_notes
from dialog.core.phases import phase_log
from dialog.core.plenary import list_plenary_points
from dialog.core.room_answers import open_finding_id, room_tallies
from dialog.core.vocabulary import NOTE_KINDS, PHASES


@pytest.mark.parametrize("name, participants, forms", [("stovner", 15, 13), ("bjerke", 11, 9)])
def test_demo_has_gone_through_every_phase(tmp_path, name, participants, forms):
    db = open_conference(build_demo(tmp_path, name))
    try:
        conference = db.execute("SELECT district, phase, is_demo, interviews, informants FROM conference").fetchone()
        assert conference[1] == "closing" and conference[2] == 1
        assert total_attendance(db) == participants
        assert count_responses(db) == forms
        log = phase_log(db)
        assert [row["phase"] for row in log] == list(PHASES)
        assert all(row["ended_at"] for row in log)
        assert all(a["ended_at"] == b["started_at"] for a, b in itertools.pairwise(log))
        findings = list_findings(db)
        assert len(findings) >= 5
        assert all(f["quotes"] and f["response"] for f in findings)
        groups = list_groups(db)
        assert 3 <= len(groups) <= 4
        # Every participant sits in exactly one group.
        assert sum(sum(g["members"].values()) for g in groups) == participants
        notes = list_notes(db)
        assert {n["kind"] for n in notes} == set(NOTE_KINDS) - {"other"}
        assert all(n["role_letter"] for n in notes)
        measures = db.execute("SELECT count(*), count(level), count(deadline) FROM measure").fetchone()
        assert measures[0] >= len(groups) and measures[0] == measures[1] == measures[2]
        kinds = {p["kind"] for p in list_plenary_points(db)}
        assert {"priority", "agreement", "disagreement"} <= kinds
        assert len(get_assessment(db)) > 100
        tallies = tally_scales(db)
        assert len(tallies) == 5 and all(not t.suppressed and t.count == forms for t in tallies)
        statuses = db.execute("SELECT count(*) FROM display_status").fetchone()[0]
        assert statuses == 22
    finally:
        db.close()


def test_stovner_matches_the_domain_facts(tmp_path):
    db = open_conference(build_demo(tmp_path, "stovner"))
    try:
        row = db.execute("SELECT district, interviews, informants FROM conference").fetchone()
        assert row == ("Stovner", 6, 17)
        themes = {code for g in list_groups(db) for code in g["themes"]}
        assert {"4.9", "4.5", "3.9"} <= themes
        texts = " ".join(f["title"] for f in list_findings(db))
        assert "Jesperud" in texts and "DPS" in texts
    finally:
        db.close()


def test_no_names_in_notes_only_role_letters(tmp_path):
    db = open_conference(build_demo(tmp_path, "stovner"))
    try:
        letters = {row[0] for row in
                   db.execute("SELECT role_letter FROM note UNION SELECT role_letter FROM finding_quote")}
        role_letters = {row[0] for row in db.execute("SELECT letter FROM role")}
        assert {letter.rstrip("0123456789") for letter in letters} <= role_letters
    finally:
        db.close()


def test_the_stovner_phones_answered_most_findings_and_the_bjerke_room_had_none(tmp_path):
    stovner = open_conference(build_demo(tmp_path, "stovner"))
    bjerke = open_conference(build_demo(tmp_path, "bjerke"))
    try:
        counts = [tally.count for tally in room_tallies(stovner).values()]
        assert sum(count >= 12 for count in counts) >= len(counts) - 2 and 2 in counts
        assert max(counts) <= total_attendance(stovner)  # one phone per participant at most
        tallies = room_tallies(stovner).values()
        assert any(part.role_code != "hidden" for tally in tallies for part in tally.by_role)
        assert sum(len(tally.comments) for tally in tallies) >= 10
        roles = stovner.execute("SELECT role_code, count(*) FROM finding_answer GROUP BY finding_id, role_code")
        attendance = dict(stovner.execute("SELECT role_code, count FROM attendance"))
        assert all(role is None or count <= attendance[role] for role, count in roles)
        # Answers were taken during the presentation; no finding is left open and the day ended as it did.
        assert stovner.execute("SELECT open_finding_id FROM room_state").fetchone() == (None,)
        assert open_finding_id(stovner) is None
        assert bjerke.execute("SELECT count(*) FROM finding_answer").fetchone() == (0,)
    finally:
        stovner.close()
        bjerke.close()
