"""Every catalogue (bokmål, nynorsk, English) is complete, and every key the code uses exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from dialog.core import vocabulary
from dialog.i18n import CATALOGUES, detect_language, t
from dialog.i18n.plurals import LOCALES, plural_category

SOURCE = Path(__file__).resolve().parent.parent / "dialog"
KEY_USE = re.compile(r"""(?:\bt|DialogError|Binding\([^)]*?)\(\s*["']([a-z_]+\.[a-z_.]+)["']""")
BINDING_TEXT = re.compile(r"""["']((?:key|tip)\.[a-z_]+)["']""")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_every_catalogue_has_the_same_keys_as_english(language):
    assert set(CATALOGUES[language]) == set(CATALOGUES["en"])


@pytest.mark.parametrize("key", sorted(CATALOGUES["en"]))
def test_same_placeholders_and_no_empty_text(key):
    for language in ("nb", "nn"):
        assert CATALOGUES[language][key].strip(), (language, key)
        assert placeholders(CATALOGUES[language][key]) == placeholders(CATALOGUES["en"][key]), (language, key)


def test_nynorsk_is_its_own_text_not_a_copy_of_bokmal():
    """Short words are the same in both standards; whole sentences seldom are."""
    sentences = [key for key, text in CATALOGUES["nb"].items() if len(text.split()) >= 6]
    same = [key for key in sentences if CATALOGUES["nn"][key] == CATALOGUES["nb"][key]]
    assert len(sentences) > 300
    assert len(same) < len(sentences) // 20, same[:20]


@pytest.mark.parametrize("word", ["ikke", "hvordan", "hvis", "noen", "bare", "fra", "mange feil", "hva", "jeg", "også"])
def test_nynorsk_has_no_common_bokmal_words(word):
    pattern = re.compile(rf"(?<![\w{{]){word}(?![\w}}])", re.IGNORECASE)
    found = {key: text for key, text in CATALOGUES["nn"].items() if pattern.search(text)}
    assert found == {}


def test_every_key_used_in_the_code_exists():
    used = set()
    for path in SOURCE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(KEY_USE.findall(text)) | set(BINDING_TEXT.findall(text))
    assert len(used) > 50
    missing = sorted(key for key in used if key not in CATALOGUES["en"] and f"{key}.other" not in CATALOGUES["en"])
    assert missing == []


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_every_plural_message_has_both_forms_and_counts(language):
    catalogue = CATALOGUES[language]
    stems = {key.removesuffix(".one") for key in catalogue if key.endswith(".one")}
    assert len(stems) > 10
    for stem in stems:
        assert {f"{stem}.one", f"{stem}.other"} <= set(catalogue), stem


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_no_message_hedges_its_plural(language):
    """ "skjema(er)", "form(s)": a number picks the real form instead (see ``t(..., count=)``)."""
    hedged = {key: text for key, text in CATALOGUES[language].items() if re.search(r"\w\((s|er|r|e|ene)\)", text)}
    assert hedged == {}


@pytest.mark.parametrize("language, count, expected", [
    ("nb", 1, "1 sitat"), ("nb", 0, "0 sitater"), ("nb", 2, "2 sitater"),
    ("nn", 1, "1 sitat"), ("nn", 0, "0 sitat"), ("nn", 2, "2 sitat"),
    ("en", 1, "1 quote"), ("en", 0, "0 quotes"), ("en", 12, "12 quotes"),
])
def test_a_count_picks_the_plural_form(language, count, expected):
    assert t("findings.quote_count", language, count=count) == expected


@pytest.mark.parametrize("language", sorted(LOCALES))
def test_whole_counts_take_babels_plural_form(language):
    from babel import Locale

    rule = Locale.parse(LOCALES[language]).plural_form
    assert [plural_category(count, language) for count in range(-3, 1002)] == [
        rule(abs(count)) for count in range(-3, 1002)]


def test_closing_counts_read_as_real_plurals():
    amounts = {name: t(f"amount.{name}", "en", count=1) for name in ("participants", "groups", "measures")}
    line = t("closing.counts", "en", forms=t("amount.evaluation_forms", "en", count=1), **amounts)
    assert line == "1 participant · 1 evaluation form · 1 group · 1 measure"
    assert t("amount.groups", "nb", count=2) == "2 grupper" and t("amount.measures", "nb", count=1) == "1 tiltak"


@pytest.mark.parametrize("prefix, codes", [
    ("phase", vocabulary.PHASES), ("note_kind", vocabulary.NOTE_KINDS), ("response", vocabulary.FINDING_RESPONSES),
    ("level", vocabulary.RESPONSIBLE_LEVELS), ("status", vocabulary.MEASURE_STATUSES),
    ("plenary_kind", vocabulary.PLENARY_KINDS), ("display", vocabulary.DISPLAY_STATUSES),
    ("language", vocabulary.LANGUAGES),  # a form's source and a leader's role are stored, never shown as words
])
def test_every_vocabulary_code_has_a_label(prefix, codes):
    for code in codes:
        assert f"{prefix}.{code}" in CATALOGUES["en"]


@pytest.mark.parametrize("explicit, environ, expected", [
    ("nb", {"DIALOG_LANG": "en"}, "nb"),
    (None, {"DIALOG_LANG": "nb"}, "nb"),
    (None, {"DIALOG_LANG": "xx", "LANG": "nb_NO.UTF-8"}, "nb"),
    (None, {"LANG": "nn_NO.UTF-8"}, "nn"),
    (None, {"DIALOG_LANG": "nn"}, "nn"),
    ("nn", {"DIALOG_LANG": "nb"}, "nn"),
    (None, {"LANGUAGE": "nn:nb"}, "nn"),
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
    assert t("error.file_missing", "nn", path="x") == "x: fila finst ikkje."


def test_the_program_speaks_every_language_a_conference_can_be_written_in():
    from dialog.i18n import LANGUAGES

    assert LANGUAGES == vocabulary.LANGUAGES == tuple(CATALOGUES) == ("nb", "nn", "en")
