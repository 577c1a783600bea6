"""Editing the evaluation form after forms came in: every report still counts every answer.

A question is the same across form versions when its code is (a reworded
question keeps its code). The tally, the minutes' free-text lists, the CSV
summary and the organiser's overview count the answers of every version, show
the newest wording, say when answers were given to another wording, and keep a
question taken off the form as long as it has answers. Small counts stay hidden.
"""

from __future__ import annotations

import pytest

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.database import open_conference
from dialog.core.errors import DialogError
from dialog.core.evaluation import add_response, count_responses, current_template_id, list_questions, tally_scales
from dialog.core.form_history import asked_questions, free_text_answers
from dialog.core.form_templates import add_question, editable_template, remove_question, update_question
from dialog.core.overview import read_conference_overview
from dialog.export.csv_export import export_csv
from dialog.i18n import set_language


@pytest.fixture
def path(tmp_path):
    database = create_conference(tmp_path / "c.dialog.sqlite", ConferenceFacts("Stovner", "2007-10-17"))
    database.close()
    return tmp_path / "c.dialog.sqlite"


@pytest.fixture
def db(path):
    database = open_conference(path)
    yield database
    database.close()


def tally(db, code: str):
    return next(t for t in tally_scales(db) if t.code == code)


def versions(db) -> int:
    return db.execute("SELECT count(*) FROM form_template").fetchone()[0]


def three_forms(db, **extra) -> None:
    for score, missing in ((5, "Mer tid"), (4, ""), (3, "Tolk")):
        add_response(db, {"useful": score, "voice": 4, "missing": missing or None, **extra})


# -- editing the form ----------------------------------------------------------------------------


def test_before_any_form_the_form_is_edited_in_place(db):
    first = current_template_id(db)
    update_question(db, "voice", "Fikk du sagt det du ville?", "Did you say what you wanted?")
    code = add_question(db, "scale", "Var lokalet greit?", "Was the room all right?")
    remove_question(db, "learned")
    assert current_template_id(db) == first and versions(db) == 1
    codes = [q["code"] for q in list_questions(db)]
    assert code == "was_the_room_all_rig" and code in codes and "learned" not in codes
    assert next(q for q in list_questions(db) if q["code"] == "voice")["text_nb"] == "Fikk du sagt det du ville?"


def test_once_forms_are_in_each_edit_makes_a_new_version_and_old_answers_keep_their_question(db):
    three_forms(db)
    old = current_template_id(db)
    update_question(db, "voice", "Fikk du sagt det du ville?", "Did you say what you wanted?")
    assert versions(db) == 2 and current_template_id(db) != old
    assert editable_template(db) == current_template_id(db)  # nothing answered on the new version yet: no third
    update_question(db, "useful", "Var dagen nyttig?", "Was the day useful?")
    assert versions(db) == 2
    old_voice = next(q for q in list_questions(db, old) if q["code"] == "voice")
    assert old_voice["text_nb"] == "Fikk du sagt det du ønsket?"  # the question the three forms answered


def test_the_last_question_cannot_be_removed(db):
    for question in list_questions(db)[1:]:
        remove_question(db, question["code"])
    with pytest.raises(DialogError):
        remove_question(db, "role")
    assert [q["code"] for q in list_questions(db)] == ["role"]


def test_a_new_question_never_takes_the_code_of_one_taken_off_the_form(db):
    three_forms(db)
    remove_question(db, "useful")
    code = add_question(db, "text", "Nyttig?", "Useful")
    assert code == "useful_2"  # "useful" was a scale question with answers: they must not be mixed with text
    assert tally(db, "useful").count == 3 and tally(db, "useful").question.removed
    assert [q.code for q in asked_questions(db) if q.code.startswith("useful")] == ["useful_2", "useful"]


def test_the_text_of_a_question_is_checked(db):
    with pytest.raises(DialogError):
        update_question(db, "voice", "   ", "Did you say?")
    with pytest.raises(DialogError):
        add_question(db, "role", "Rolle?", "Role?")
    assert add_question(db, "text", "Noe annet?", "") == "noe_annet"  # the English wording defaults to the Norwegian


# -- what every report counts --------------------------------------------------------------------


def test_a_reworded_question_keeps_every_answer_and_says_it_was_reworded(db):
    three_forms(db)
    update_question(db, "voice", "Fikk du sagt det du ville?", "Did you get to say what you wanted?")
    voice = tally(db, "voice")
    assert (voice.count, voice.mean, voice.suppressed) == (3, 4.0, False)
    assert voice.distribution == {1: 0, 2: 0, 3: 0, 4: 3, 5: 0}
    assert voice.text_nb == "Fikk du sagt det du ville?"  # the newest wording is shown
    assert voice.note("nb") == ("Ordlyden ble endret etter at svarene kom inn. Svarene gjelder spørsmålet slik "
                                "det lød da: «Fikk du sagt det du ønsket?».")
    assert voice.note("en") == ""  # the English wording did not change
    useful = tally(db, "useful")
    assert (useful.count, useful.mean, useful.note("nb"), useful.note("en")) == (3, 4.0, "", "")


def test_answers_to_two_wordings_are_counted_together_and_both_wordings_listed(db):
    three_forms(db)
    update_question(db, "useful", "Var dagen nyttig?", "Was the day useful?")
    add_response(db, {"useful": 1}, source="phone", instance_id="phone-1")
    add_response(db, {"useful": 2})
    useful = tally(db, "useful")
    assert useful.count == 5 and useful.distribution == {1: 1, 2: 1, 3: 1, 4: 1, 5: 1} and useful.mean == 3.0
    assert useful.note("nb") == ("Stilt med 2 ulike ordlyder: «Hvor nyttig var konferansen alt i alt?»; "
                                 "«Var dagen nyttig?».")
    assert useful.note("en") == ("Asked in 2 different wordings: “Overall, how useful was the conference?”; "
                                 "“Was the day useful?”.")
    set_language("nb")
    assert useful.note() == useful.note("nb")  # the program's language by default


def test_a_question_taken_off_the_form_is_still_reported(db):
    three_forms(db)
    remove_question(db, "voice")
    remove_question(db, "missing")
    add_response(db, {"useful": 5})
    assert "voice" not in [q["code"] for q in list_questions(db)]  # not asked any more
    voice = tally(db, "voice")
    assert voice.count == 3 and voice.mean == 4.0 and voice.question.removed
    assert voice.note("nb") == "Tatt ut av skjemaet etter at svar kom inn."
    assert voice.note("en") == "Taken off the form after answers came in."
    assert tally(db, "useful").count == 4
    texts = {question.code: (question, answers) for question, answers in free_text_answers(db)}
    assert sorted(texts["missing"][1]) == ["Mer tid", "Tolk"] and texts["missing"][0].removed
    # The newest form's questions first, in its order; what was taken off after them.
    assert [t.code for t in tally_scales(db)] == ["matched", "safe", "learned", "useful", "voice"]


def test_a_question_taken_off_before_anyone_answered_it_is_not_reported(db):
    add_response(db, {"useful": 4})
    remove_question(db, "learned")
    assert "learned" not in [t.code for t in tally_scales(db)]
    assert "matched" in [t.code for t in tally_scales(db)]  # on the form, unanswered: 0, hidden


def test_a_question_added_after_forms_came_in_counts_from_its_first_answer(db):
    three_forms(db)
    code = add_question(db, "scale", "Var lokalet greit?", "Was the room all right?")
    assert tally(db, code).count == 0 and tally(db, code).suppressed and tally(db, code).note("nb") == ""
    for score in (2, 3, 4):
        add_response(db, {code: score, "useful": 5})
    added = tally(db, code)
    assert (added.count, added.mean, added.suppressed) == (3, 3.0, False)
    assert tally(db, "useful").count == 6


def test_paper_and_phone_forms_of_different_versions_are_counted_together(db):
    first = current_template_id(db)
    add_response(db, {"useful": 5, "follow_up": "Krisetelefon"}, source="paper")
    update_question(db, "follow_up", "Hva bør følges opp?", "What to follow up?")
    update_question(db, "useful", "Nyttig?", "Useful?")
    second = current_template_id(db)
    add_response(db, {"useful": 4, "follow_up": "Husmøter"}, source="phone", instance_id="p-1")
    # A phone that opened the form before the edit sends it afterwards, on the first version.
    add_response(db, {"useful": 3, "follow_up": "IP"}, source="phone", instance_id="p-2", template_id=first)
    update_question(db, "useful", "Nyttig dag?", "Useful day?")
    add_response(db, {"useful": 2}, source="paper")
    assert count_responses(db) == 4 and versions(db) == 3 and second != first
    useful = tally(db, "useful")
    assert (useful.count, useful.mean) == (4, 3.5)
    assert useful.question.answered_nb == ("Hvor nyttig var konferansen alt i alt?", "Nyttig?", "Nyttig dag?")
    assert useful.note("nb").startswith("Stilt med 3 ulike ordlyder:")
    follow_up = dict((q.code, answers) for q, answers in free_text_answers(db))["follow_up"]
    assert sorted(follow_up) == ["Husmøter", "IP", "Krisetelefon"]


def test_small_counts_stay_hidden_when_they_are_spread_over_versions(db):
    add_response(db, {"useful": 5})
    update_question(db, "useful", "Nyttig?", "Useful?")
    add_response(db, {"useful": 1})
    useful = tally(db, "useful")
    assert useful.suppressed and useful.count == 2 and useful.mean is None and useful.distribution == {}
    update_question(db, "useful", "Nyttig dag?", "Useful day?")
    add_response(db, {"useful": 3})
    assert not tally(db, "useful").suppressed and tally(db, "useful").mean == 3.0  # 3 answers in 3 versions


def test_the_overview_and_the_csv_summary_count_every_version(db, path, tmp_path):
    three_forms(db)
    update_question(db, "useful", "Var dagen nyttig?", "Was the day useful?")
    remove_question(db, "voice")
    scales = {row["code"]: row for row in read_conference_overview(path).scales}
    assert scales["useful"]["count"] == 3 and scales["useful"]["mean"] == 4.0
    assert scales["useful"]["text_nb"] == "Var dagen nyttig?"
    assert scales["voice"]["count"] == 3 and not scales["voice"]["suppressed"]
    assert scales["matched"]["count"] == 0 and scales["matched"]["suppressed"]
    folder = export_csv(path, tmp_path / "csv")
    summary = [line.split(",", 5)[3:] for line in (folder / "evaluation-summary.csv").read_text(
        encoding="utf-8").splitlines()]  # after district, date and conference id
    assert ["useful", "Var dagen nyttig?", "3,4.0,0,0,1,1,1"] in summary
    assert ["voice", "Fikk du sagt det du ønsket?", "3,4.0,0,0,0,3,0"] in summary
