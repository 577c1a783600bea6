"""Names of only invisible characters are blank, and a right-to-left override never leads a stored name."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialog.core.conference import ConferenceFacts, create_conference, read_conference, set_leaders
from dialog.core.conference_themes import add_own_theme, list_themes
from dialog.core.database import open_conference
from dialog.core.errors import DialogError
from dialog.core.groups import add_group, list_groups
from dialog.core.text_gate import is_blank

INVISIBLE = ["\u200b", "\u200c\u200d", "\u2060\ufeff", "\u200b \u200b\t", "\u202e\u200b", "\u115f\u3164",
             "\u2800", "\u00ad\u034f", "\U000e0020"]


@pytest.fixture
def db(tmp_path):
    database = create_conference(tmp_path / "c.dialog.sqlite", ConferenceFacts("Stovner", "2007-10-17"))
    yield database
    database.close()


@pytest.mark.parametrize("name", INVISIBLE, ids=[f"U+{ord(n[0]):04X}" for n in INVISIBLE])
def test_a_district_of_invisible_characters_is_refused_by_the_command_line(cli, sessions, name):
    result = cli("new", "--district", name, "--date", "2007-10-17")
    assert result.code == 2 and result.err == "dialog: District must not be empty.\n"
    assert not sessions.exists() or not any(sessions.iterdir())


@pytest.mark.parametrize("name", INVISIBLE, ids=[f"U+{ord(n[0]):04X}" for n in INVISIBLE])
def test_group_theme_and_leader_names_of_invisible_characters_are_refused(db, name):
    with pytest.raises(DialogError, match="must not be empty"):
        add_group(db, name, [], {})
    with pytest.raises(DialogError, match="must not be empty"):
        add_own_theme(db, "9.1", name, "")
    with pytest.raises(DialogError, match="must not be empty"):
        set_leaders(db, [(name, "leader")])
    assert list_groups(db) == [] and not any(theme["code"] == "9.1" for theme in list_themes(db))


def test_an_english_theme_name_of_invisible_characters_falls_back_to_the_norwegian_one(db):
    add_own_theme(db, "9.1", "Arbeid og aktivitet", "\u200b\u2060")
    theme = next(theme for theme in list_themes(db) if theme["code"] == "9.1")
    assert theme["name_en"] == "Arbeid og aktivitet"


def test_a_name_led_by_a_right_to_left_override_is_stored_without_it(cli, sessions):
    result = cli("new", "--district", "\u202eStovner\u202c", "--date", "2007-10-17")
    assert result.code == 0, result.err
    db = open_conference(Path(result.out.strip()))
    try:
        group = add_group(db, "\u202eGruppe 1", [], {})
        assert read_conference(db)["district"] == "Stovner"
        assert next(g for g in list_groups(db) if g["id"] == group)["name"] == "Gruppe 1"
    finally:
        db.close()


def test_visible_names_are_not_blank():
    for name in ("B", "Ø", "مرحبا", "가", "😊", "\u200bB"):
        assert not is_blank(name)
