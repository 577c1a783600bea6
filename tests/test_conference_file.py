"""Recognising conference files and refusing everything else, byte for byte unchanged."""

from __future__ import annotations

import pytest

from dialog.core.conference import ConferenceFacts, create_conference, read_conference
from dialog.core.database import open_conference
from dialog.core.errors import DialogError
from tests.bad_files import BAD_CONFERENCE_FILES
from tests.conftest import tree_digest


@pytest.mark.parametrize("name", sorted(BAD_CONFERENCE_FILES))
def test_open_refuses_bad_files_and_changes_nothing(tmp_path, name):
    maker, words = BAD_CONFERENCE_FILES[name]
    path = maker(tmp_path)
    before = tree_digest(tmp_path)
    with pytest.raises(DialogError) as caught:
        open_conference(path)
    assert words in caught.value.message()
    assert "\n" not in caught.value.message()
    assert tree_digest(tmp_path) == before


def test_create_then_open_reads_back_the_facts(tmp_path):
    path = tmp_path / "x.dialog.sqlite"
    facts = ConferenceFacts(district="  Grünerløkka ", date="2007-06-13", venue="Kulturhuset", language="en",
                            report_version="v3", interviews=4, informants=12)
    create_conference(path, facts).close()
    db = open_conference(path)
    row = read_conference(db)
    db.close()
    assert (row["district"], row["date"], row["venue"], row["language"]) == ("Grünerløkka", "2007-06-13",
                                                                            "Kulturhuset", "en")
    assert (row["report_version"], row["interviews"], row["informants"], row["phase"]) == ("v3", 4, 12, "setup")
    assert not list(tmp_path.glob("*.partial*"))


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "x.dialog.sqlite"
    create_conference(path, ConferenceFacts("Alna", "2007-05-02")).close()
    before = tree_digest(tmp_path)
    with pytest.raises(DialogError, match="already exists"):
        create_conference(path, ConferenceFacts("Alna", "2007-05-02"))
    assert tree_digest(tmp_path) == before


@pytest.mark.parametrize("facts, words", [
    (ConferenceFacts("", "2007-05-02"), "District must not be empty"),
    (ConferenceFacts("   ", "2007-05-02"), "District must not be empty"),
    (ConferenceFacts("Alna", "2007-02-30"), "not a valid date"),
    (ConferenceFacts("Alna", "17.10.2007"), "not a valid date"),
    (ConferenceFacts("Alna", "20071017"), "not a valid date"),
    (ConferenceFacts("A" * 201, "2007-05-02"), "too long"),
    (ConferenceFacts("Alna", "2007-05-02", language="de"), "not one of nb, nn, en"),
    (ConferenceFacts("Alna", "2007-05-02", interviews="fire"), "not a whole number"),
])
def test_bad_facts_create_no_file(tmp_path, facts, words):
    with pytest.raises(DialogError) as caught:
        create_conference(tmp_path / "x.dialog.sqlite", facts)
    assert words in caught.value.message()
    assert list(tmp_path.iterdir()) == []
