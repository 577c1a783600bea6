"""What the core stores for notes, findings, measures and evaluation forms."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.errors import DialogError
from dialog.core.evaluation import add_response, count_responses, tally_scales
from dialog.core.findings import add_finding, list_findings, set_response
from dialog.core.groups import add_group, list_groups
from dialog.core.measures import add_measure, list_measures, set_status
from dialog.core.notes import add_note, delete_note, edit_note, list_notes, restore_note, revisions
from dialog.core.phases import current_phase, move_to_phase, phase_log
from dialog.core.roles import normalise_role_letter


@pytest.fixture
def db(tmp_path):
    database = create_conference(tmp_path / "c.dialog.sqlite", ConferenceFacts("Sagene", "2007-09-12"))
    yield database
    database.close()


def test_note_edits_keep_revisions_and_deletion_can_be_undone(db):
    group = add_group(db, "Gruppe 1", ["4.9"], {"user": 2, "staff": 1})
    note = add_note(db, group, "works_less_well", "Ingen å ringe om kvelden", "b2")
    edit_note(db, note, text="Ingen å ringe etter klokka 15")
    edit_note(db, note, kind="quote")
    edit_note(db, note, text="Ingen å ringe etter klokka 15")  # unchanged: no new revision
    assert [r["text"] for r in revisions(db, note)] == ["Ingen å ringe om kvelden", "Ingen å ringe etter klokka 15"]
    assert [r["kind"] for r in revisions(db, note)] == ["works_less_well", "works_less_well"]
    stored = list_notes(db, group)[0]
    assert (stored["text"], stored["kind"], stored["role_letter"]) == ("Ingen å ringe etter klokka 15", "quote", "B2")
    delete_note(db, note)
    assert list_notes(db, group) == []
    restore_note(db, note)
    assert [n["id"] for n in list_notes(db, group)] == [note]


@pytest.mark.parametrize("value, expected", [("b", "B"), (" T ", "T"), ("B12", "B12"), ("bo", "BO"), ("", "")])
def test_role_letters_are_normalised(value, expected):
    assert normalise_role_letter(value) == expected


@pytest.mark.parametrize("value", ["Kari", "B-2", "B 2", "123", "BBBB", "B123", "🙂"])
def test_names_and_junk_are_not_role_letters(value):
    with pytest.raises(DialogError, match="not a role letter"):
        normalise_role_letter(value)


@pytest.mark.parametrize("value", ["Ola", "Eva", "Per2", "liv", "KAI"])
def test_short_names_are_not_taken_for_the_conferences_role_letters(db, value):
    group = add_group(db, "Gruppe 1")
    with pytest.raises(DialogError, match="not a role letter"):
        add_note(db, group, "quote", "Jeg ringte legevakta", value)
    assert list_notes(db, group) == []
    for letter in ("B", "bo", "PO1", "t12"):
        assert add_note(db, group, "quote", "Jeg ringte legevakta", letter)
    assert sorted(n["role_letter"] for n in list_notes(db, group)) == ["B", "BO", "PO1", "T12"]


def test_bad_notes_store_nothing(db):
    group = add_group(db, "Gruppe 1")
    for kwargs in ({"kind": "gossip", "text": "x"}, {"kind": "other", "text": "x" * 20_001},
                   {"kind": "other", "text": "x", "role_letter": "Kari Nordmann"}):
        with pytest.raises(DialogError):
            add_note(db, group, kwargs.pop("kind"), kwargs.pop("text"), **kwargs)
    assert list_notes(db, group) == []


def test_finding_responses(db):
    finding = add_finding(db, "Krisehjelp mangler")
    set_response(db, finding, "contested", "Ansatte var uenige")
    with pytest.raises(DialogError):
        set_response(db, finding, "maybe")
    stored = list_findings(db)[0]
    assert (stored["response"], stored["response_comment"]) == ("contested", "Ansatte var uenige")


def test_groups_keep_role_counts_in_role_order(db):
    add_group(db, "Gruppe 2", ["4.6", "4.5"], {"staff": 1, "user": 3})
    group = list_groups(db)[0]
    assert group["themes"] == ["4.5", "4.6"]
    assert list(group["members"].items()) == [("user", 3), ("staff", 1)]


def test_measures_sorted_by_votes_and_validated(db):
    first = add_measure(db, "Kriseplan til alle", level="service", votes=2)
    second = add_measure(db, "Telefon til kl. 22", level="district", votes=7, deadline="2008-03-01")
    assert [m["id"] for m in list_measures(db)] == [second, first]
    set_status(db, first, "done")
    assert list_measures(db)[1]["status"] == "done"
    for bad in ({"level": "county"}, {"deadline": "snart"}, {"status": "maybe"}, {"votes": -1}):
        with pytest.raises(DialogError):
            add_measure(db, "x", **bad)
    assert len(list_measures(db)) == 2


def test_phase_moves_are_logged_back_and_forth(db):
    later = [(datetime.now().astimezone() + timedelta(minutes=m)).isoformat(timespec="seconds") for m in (1, 31, 36)]
    move_to_phase(db, "presentation", at=later[0])
    move_to_phase(db, "group_work", at=later[1])
    move_to_phase(db, "presentation", at=later[2])
    assert current_phase(db) == "presentation"
    log = phase_log(db)
    assert [row["phase"] for row in log] == ["setup", "presentation", "group_work", "presentation"]
    assert log[2]["ended_at"] == later[2] and log[-1]["ended_at"] is None


def test_evaluation_forms_validate_and_suppress_small_counts(db):
    add_response(db, {"role": "user", "useful": 5, "missing": "Mer tid"})
    add_response(db, {"useful": 4}, source="phone", instance_id="form-1")
    assert add_response(db, {"useful": 1}, source="phone", instance_id="form-1") is None  # double tap
    assert count_responses(db) == 2
    useful = next(t for t in tally_scales(db) if t.code == "useful")
    assert useful.suppressed and useful.mean is None and useful.distribution == {}
    add_response(db, {"useful": 3})
    useful = next(t for t in tally_scales(db) if t.code == "useful")
    assert not useful.suppressed and useful.count == 3 and useful.mean == 4.0
    assert useful.distribution == {1: 0, 2: 0, 3: 1, 4: 1, 5: 1}
    for bad in ({"useful": 6}, {"useful": "fem"}, {"useful": True}, {"role": "king"}, {"shoe_size": 44}):
        with pytest.raises(DialogError):
            add_response(db, bad)
    assert count_responses(db) == 3
