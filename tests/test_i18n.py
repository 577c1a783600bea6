"""Both catalogues are complete, and every key the code uses exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from dialog.core import vocabulary
from dialog.i18n import CATALOGUES, detect_language, t

SOURCE = Path(__file__).resolve().parent.parent / "dialog"
KEY_USE = re.compile(r"""(?:\bt|DialogError|Binding\([^)]*?)\(\s*["']([a-z_]+\.[a-z_.]+)["']""")
BINDING_TEXT = re.compile(r"""["']((?:key|tip)\.[a-z_]+)["']""")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_catalogues_have_the_same_keys():
    assert set(CATALOGUES["nb"]) == set(CATALOGUES["en"])


@pytest.mark.parametrize("key", sorted(CATALOGUES["en"]))
def test_same_placeholders_and_no_empty_text(key):
    assert CATALOGUES["en"][key].strip() and CATALOGUES["nb"][key].strip()
    assert placeholders(CATALOGUES["en"][key]) == placeholders(CATALOGUES["nb"][key])


def test_every_key_used_in_the_code_exists():
    used = set()
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(KEY_USE.findall(text)) | set(BINDING_TEXT.findall(text))
    assert len(used) > 50
    missing = sorted(key for key in used if key not in CATALOGUES["en"])
    assert missing == []


@pytest.mark.parametrize("prefix, codes", [
    ("phase", vocabulary.PHASES), ("note_kind", vocabulary.NOTE_KINDS), ("response", vocabulary.FINDING_RESPONSES),
    ("level", vocabulary.RESPONSIBLE_LEVELS), ("status", vocabulary.MEASURE_STATUSES),
    ("plenary_kind", vocabulary.PLENARY_KINDS), ("display", vocabulary.DISPLAY_STATUSES),
    ("source", vocabulary.RESPONSE_SOURCES), ("leader_role", vocabulary.LEADER_ROLES),
    ("language", vocabulary.LANGUAGES),
])
def test_every_vocabulary_code_has_a_label(prefix, codes):
    for code in codes:
        assert f"{prefix}.{code}" in CATALOGUES["en"]


@pytest.mark.parametrize("explicit, environ, expected", [
    ("nb", {"DIALOG_LANG": "en"}, "nb"),
    (None, {"DIALOG_LANG": "nb"}, "nb"),
    (None, {"DIALOG_LANG": "xx", "LANG": "nb_NO.UTF-8"}, "nb"),
    (None, {"LANG": "nn_NO.UTF-8"}, "nb"),
    (None, {"LC_ALL": "no_NO"}, "nb"),
    (None, {"LANG": "en_GB.UTF-8"}, "en"),
    (None, {"LANG": "de_DE.UTF-8"}, "en"),
    (None, {}, "en"),
])
def test_language_detection_order(explicit, environ, expected):
    assert detect_language(explicit, environ) == expected


def test_translation_fills_parameters():
    assert t("error.file_missing", "nb", path="x") == "x: filen finnes ikke."
    assert t("error.file_missing", "en", path="x") == "x: no such file."
