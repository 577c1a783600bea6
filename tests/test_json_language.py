"""A refused JSON import says every detail in the user's language, not in the parser's or SQLite's English."""

from __future__ import annotations

import copy
import json
import re

import pytest

from dialog.core.errors import DialogError
from dialog.export.json_format import export_json, import_json
from dialog.i18n import set_language
from tests.test_json_form import _mutations

ENGLISH = re.compile(r"\b(is not|may not|unexpected|missing|top level|must hold|unknown table|constraint|Expecting|"
                     r"invalid|does not|whole number|not a list|not an object|exactly one|line \d)\b")


@pytest.fixture
def export_document(stovner, tmp_path) -> dict:
    return json.loads(export_json(stovner, tmp_path / "base.json").read_text(encoding="utf-8"))


def refusal(path, target) -> str:
    with pytest.raises(DialogError) as caught:
        import_json(path, target)
    return caught.value.message()


@pytest.mark.parametrize("name", sorted(_mutations()))
def test_every_refusal_of_a_wrong_document_is_norwegian(export_document, tmp_path, name):
    mutate, _ = _mutations()[name]
    document = copy.deepcopy(export_document)
    mutate(document)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    set_language("nb")
    line = refusal(bad, tmp_path / "target")
    assert ENGLISH.findall(line) == [], line


@pytest.mark.parametrize("content, line", [
    (b"{not json", "bad.json er ikke gyldig JSON (et feltnavn i doble anførselstegn mangler (linje 1, kolonne 2))."),
    (b'{"a": 1,}', "bad.json er ikke gyldig JSON (et feltnavn i doble anførselstegn mangler (linje 1, kolonne 9))."),
    (b'{"a": 1} {}',
     "bad.json er ikke gyldig JSON (det kommer mer etter slutten av dokumentet (linje 1, kolonne 10))."),
    (b"", "bad.json er ikke gyldig JSON (en verdi mangler (linje 1, kolonne 1))."),
    (b"\xff\xfe\x00", "bad.json er ikke gyldig JSON (ikke UTF-8)."),
    (b'{"a": NaN}', "bad.json er ikke gyldig JSON (NaN er ikke et JSON-tall)."),
    (b"[1, 2]", "JSON-filen er ikke en eksport av en dialogkonferanse: det øverste nivået er ikke et objekt."),
])
def test_broken_json_is_explained_in_norwegian(tmp_path, content, line):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    set_language("nb")
    assert refusal(bad, tmp_path / "target").replace(str(tmp_path) + "/", "") == line


def test_rows_that_do_not_fit_together_are_explained_in_norwegian(export_document, tmp_path):
    document = copy.deepcopy(export_document)
    document["tables"]["note"][0]["group_id"] = "no-such-group"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    set_language("nb")
    assert refusal(bad, tmp_path / "target") == ("dataene i JSON-filen henger ikke sammen (en rad viser til en rad "
                                                 "som ikke finnes); ingenting ble importert.")
    document = copy.deepcopy(export_document)
    document["tables"]["note"].append(dict(document["tables"]["note"][0]))
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert refusal(bad, tmp_path / "target") == ("dataene i JSON-filen henger ikke sammen (to rader har samme "
                                                 "nøkkel note.id); ingenting ble importert.")
