"""The privacy check in real Norwegian sentences, and in every kind of text that reaches a document."""

from __future__ import annotations

import pytest

from dialog.core.assessment import set_assessment
from dialog.core.database import open_conference
from dialog.core.evaluation import add_response
from dialog.core.findings import add_finding, add_quote, set_response_comment
from dialog.core.measures import add_measure
from dialog.core.phases import move_to_phase
from dialog.core.plenary import add_plenary_point
from dialog.core.privacy import warning_kinds
from dialog.core.privacy_report import TEXTS_TO_CHECK, conference_warnings
from dialog.core.room_answers import answer_finding, open_finding, voter_key
from dialog.i18n import CATALOGUES

ORDINARY = [
    "Gruppa møtes igjen 14. november kl. 18.30 på Stovner senter.",
    "Vi var 15 deltakere: 6 brukere, 4 fra bydelen og 5 fra DPS.",
    "Ventetiden på DPS er 12–16 uker; i 2007 var den 20.",
    "Saken har nummer 2007/04512 i arkivet.",
    "Husleia økte fra 6 500 til 8 200 kroner i måneden.",
    "Bydelen har satt av 2 500 000 kroner til aktivitetshuset.",
    "Budsjettet økte med 45 000 000 fra 2007 til 2008.",
    "Vi fikk 45000000 kroner i tilskudd, og kr 12 500 000 året før.",
    "Det bor 33 000 mennesker i bydelen, om lag 450 i målgruppa.",
    "Jesperud har 12 plasser og 40 søkere.",
    "Åpent 08.00–15.30, stengt 24.–26. desember.",
    "Postadressen er Postboks 50, 0905 Oslo.",
    "Rapporten fra 2006 ble lest av 200 ansatte, og 15 % svarte.",
    "Organisasjonsnummer 974 778 874 står på fakturaen.",
    "Neste møte er 17.10.2007, og det varer 90 minutter.",
    "Krisetelefonen (116 123) og legevakten (116 117) er åpne hele døgnet.",
    "Tallene for 2006–2008: 59 intervjuer, 237 informanter og 309 deltakere.",
    "Prosjektet gikk over årene 2006-2007-2008.",
    "Kontonummer 1503.12.34567 til brukerforeningen.",
    "Fra 1. januar 2008 gjelder nye regler, sak 08/1234-5.",
    "Avtalen gjelder 2007–2010 og koster kr 450 000 per år.",
]

PHONES = [
    "Ring Kari på 912 34 567.",
    "mobil 41234567",
    "Tlf. +47 22 33 44 55",
    "ring 0047 900 12 345 etter fire",
    "Han sa: 9123 4567",
    "nr. 45 00 00 00",
    "svensk nummer +46 8 123 456 78",
    "London: +44 20 7946 0958",
]


@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_numbers_in_a_sentence_do_not_cry_wolf(sentence):
    assert warning_kinds(sentence) == []


@pytest.mark.parametrize("sentence", PHONES)
def test_norwegian_and_international_phone_numbers_are_found(sentence):
    assert warning_kinds(sentence) == ["phone"]


def test_every_section_has_a_label_in_both_languages():
    for section, _query in TEXTS_TO_CHECK:
        for language in ("nb", "en"):
            assert f"privacy.section.{section}" in CATALOGUES[language]


NATIONAL_ID = "15076500565"  # a valid fødselsnummer (python-stdnum's own example of the format)


def test_every_text_that_reaches_a_document_is_checked(stovner):
    db = open_conference(stovner)
    try:
        finding = add_finding(db, "Ringte 912 34 567", "Skriv til ola@example.no")
        add_quote(db, finding, f"Mitt fødselsnummer er {NATIONAL_ID}", "B")
        set_response_comment(db, finding, "Ring 41 23 45 67")
        move_to_phase(db, "presentation")
        open_finding(db, finding)
        answer_finding(db, finding, voter_key(b"room secret", "phone-a", finding), "nuanced", "Send sms til 926 11 222")
        add_measure(db, text=f"Følg opp {NATIONAL_ID}", owner="tlf 22 33 44 55")
        add_plenary_point(db, "agreement", "Kontakt oss på +47 900 12 345")
        set_assessment(db, "Jeg fikk e-post fra kari@example.no")
        add_response(db, {"comments": f"Ring meg, {NATIONAL_ID} er mitt nummer"}, source="paper")
        warnings = conference_warnings(db)
    finally:
        db.close()
    found = [(w.where(), w.kinds) for w in warnings]
    assert found == [
        ("Finding: Ringte 912 34 567", ["phone"]),
        ("Finding: Ringte 912 34 567", ["email"]),
        ("Quote in finding: Ringte 912 34 567 · B", ["national_id"]),
        ("Comment on finding: Ringte 912 34 567", ["phone"]),
        ("Room's comment on finding: Ringte 912 34 567", ["phone"]),
        ("Plenary: Agreement", ["phone"]),
        ("Leader's assessment", ["email"]),
        ("Evaluation: Other comments", ["national_id"]),
        ("Measure", ["national_id"]),
        (f"Responsible for measure: Følg opp {NATIONAL_ID}", ["phone"]),
    ]
    assert all(w.kinds for w in warnings)


def test_the_list_speaks_norwegian(stovner):
    db = open_conference(stovner)
    try:
        add_plenary_point(db, "priority", "Ring 912 34 567")
        add_response(db, {"missing": "tlf 41234567"}, source="paper")
        warnings = conference_warnings(db, "nb")
    finally:
        db.close()
    assert [w.where("nb") for w in warnings] == ["Plenum: Prioritering", "Evaluering: Var det noe som manglet?"]


def test_dialog_export_names_every_kind_of_text(cli, stovner, exports):
    db = open_conference(stovner)
    try:
        add_measure(db, text="Ny avtale med legevakten", owner="Kari, mobil 912 34 567")
        add_response(db, {"follow_up": f"Saken min, {NATIONAL_ID}"}, source="paper")
    finally:
        db.close()
    result = cli("export", str(stovner))
    assert result.code == 0
    lines = result.err.splitlines()
    assert lines[0].startswith("warning: 2 texts look like they hold personal data")
    assert lines[1:] == [
        f"  • Evaluation: What should the district follow up first? – a national ID number: “Saken min, {NATIONAL_ID}”",
        "  • Responsible for measure: Ny avtale med legevakten – a phone number: “Kari, mobil 912 34 567”",
    ]


def test_a_long_text_is_shown_around_what_looks_personal(cli, stovner, exports):
    opening = "Konferansen hadde et godt og rolig klima, og brukerne tok ordet tidlig. " * 6
    db = open_conference(stovner)
    try:
        set_assessment(db, opening + "Ola kan nås på 912 34 567 om oppfølgingen. Ellers gikk alt etter planen.")
    finally:
        db.close()
    line = cli("export", str(stovner)).err.splitlines()[1]
    assert line.startswith("  • Leader's assessment – a phone number: “…")
    assert "Ola kan nås på 912 34 567 om oppfølgingen." in line and len(line) < 160
