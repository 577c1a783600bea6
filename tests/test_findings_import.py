"""Reading the process report's findings from Markdown and Word files."""

from __future__ import annotations

import pytest
from docx import Document

from dialog.core.conference import ConferenceFacts, create_conference
from dialog.core.errors import DialogError
from dialog.core.findings import ImportReport, import_findings, list_findings
from dialog.core.findings_import import split_quote
from dialog.i18n import t

MARKDOWN = """# Prosessrapport Stovner

## Psykisk helseteam kommer hjem
Brukerne setter pris på hjemmebesøk.
Teamet hjelper med skjemaer.

- B: «De kom hjem til meg.»
- B2: Hun ble med meg på NAV.

## Ingen krisehjelp etter kontortid
* P: På lørdag kommer de bare med medisinene.
* Kari sa at alt var fint
"""


@pytest.fixture
def db(tmp_path):
    database = create_conference(tmp_path / "c.dialog.sqlite", ConferenceFacts("Stovner", "2007-10-17"))
    yield database
    database.close()


def test_markdown_headings_become_findings_and_bullets_quotes(db, tmp_path):
    source = tmp_path / "rapport.md"
    source.write_text(MARKDOWN, encoding="utf-8")
    assert import_findings(db, source).added == 2
    findings = list_findings(db)
    # The report's title ("# Prosessrapport Stovner" over "##" findings) is not a finding.
    assert [f["title"] for f in findings] == ["Psykisk helseteam kommer hjem", "Ingen krisehjelp etter kontortid"]
    assert findings[0]["body"] == "Brukerne setter pris på hjemmebesøk. Teamet hjelper med skjemaer."
    assert [(q["role_letter"], q["text"]) for q in findings[0]["quotes"]] == [
        ("B", "De kom hjem til meg."), ("B2", "Hun ble med meg på NAV.")]
    # A bullet that starts with a name is kept whole and gets no role letter.
    assert [(q["role_letter"], q["text"]) for q in findings[1]["quotes"]] == [
        ("P", "På lørdag kommer de bare med medisinene."), ("", "Kari sa at alt var fint")]


def test_short_words_before_a_colon_stay_text_unless_they_are_the_conferences_role_letters(db, tmp_path):
    source = tmp_path / "funn.md"
    source.write_text("# Krisehjelp\n\n- Per: Jeg ringte og ringte.\n- NB: Gjelder bare helg.\n"
                      "- Obs: Tallene er fra 2006.\n- bo: Vi har sagt dette lenge.\n", encoding="utf-8")
    assert import_findings(db, source).added == 1
    assert [(q["role_letter"], q["text"]) for q in list_findings(db)[0]["quotes"]] == [
        ("", "Per: Jeg ringte og ringte."), ("", "NB: Gjelder bare helg."), ("", "Obs: Tallene er fra 2006."),
        ("BO", "Vi har sagt dette lenge.")]


def test_docx_headings_and_list_items(db, tmp_path):
    document = Document()
    document.add_heading("Individuell plan er lite kjent", level=1)
    document.add_paragraph("Få har en plan, og den følges sjelden opp.")
    document.add_paragraph("B: Planen ligger i en skuff.", style="List Bullet")
    document.add_heading("Fastlegen tar seg tid", level=2)
    document.add_paragraph("T: Legene varierer.", style="List Bullet")
    source = tmp_path / "rapport.docx"
    document.save(source)
    assert import_findings(db, source).added == 2
    findings = list_findings(db)
    assert findings[0]["title"] == "Individuell plan er lite kjent"
    assert findings[0]["body"] == "Få har en plan, og den følges sjelden opp."
    assert [(q["role_letter"], q["text"]) for q in findings[0]["quotes"]] == [("B", "Planen ligger i en skuff.")]
    assert findings[1]["quotes"][0]["role_letter"] == "T"


def test_a_plain_bullet_list_gives_one_finding_per_item(db, tmp_path):
    source = tmp_path / "punkter.md"
    source.write_text("- Hjemmebesøk fungerer\n- Lite krisehjelp\n", encoding="utf-8")
    assert import_findings(db, source).added == 2
    assert [f["title"] for f in list_findings(db)] == ["Hjemmebesøk fungerer", "Lite krisehjelp"]


@pytest.mark.parametrize("name, content, words", [
    ("tom.md", b"", "no headings or bullet points"),
    ("bare-tekst.md", b"Bare et avsnitt uten overskrift.\n", "no headings or bullet points"),
    ("latin1.md", "# Overskrift på ære\n".encode("latin-1"), "not UTF-8"),
    ("rapport.pdf", b"%PDF-1.4", "only .docx and Markdown"),
    ("falsk.docx", b"this is not a zip file", "cannot be read as a Word document"),
])
def test_bad_files_are_refused_and_nothing_is_stored(db, tmp_path, name, content, words):
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(DialogError) as caught:
        import_findings(db, source)
    assert words in caught.value.message()
    assert list_findings(db) == []


def test_missing_file_and_folder(db, tmp_path):
    with pytest.raises(DialogError, match="no such file"):
        import_findings(db, tmp_path / "borte.md")
    with pytest.raises(DialogError, match="is a folder"):
        import_findings(db, tmp_path)


@pytest.mark.parametrize("spaces", [5_000, 100_000])
def test_a_heading_with_a_sea_of_spaces_is_read_at_once(db, tmp_path, spaces):
    """It used to take a regular expression minutes (5,000 spaces: over 2 minutes); a CommonMark parser reads it."""
    source = tmp_path / "mellomrom.md"
    source.write_text("#" + " " * spaces + "Krisehjelp" + " " * spaces + "#\n\n- B:" + " " * spaces + "Ring meg\n"
                      "# " + " " * spaces + "\n", encoding="utf-8")
    assert import_findings(db, source).added == 1
    finding = list_findings(db)[0]
    assert finding["title"] == "Krisehjelp"
    assert [(q["role_letter"], q["text"]) for q in finding["quotes"]] == [("B", "Ring meg")]


def test_markdown_is_read_as_commonmark(db, tmp_path):
    source = tmp_path / "rapport.md"
    source.write_text("Ventetid på DPS\n===============\nFlere venter i månedsvis.\n\n"
                      "• B: Jeg ventet et halvt år.\n"
                      "• T: Vi har for få plasser.\n  - L: Det er budsjettet.\n"
                      "1) Fastlegen henviser sent\n\n"
                      "## Aktivitetshuset **virker** ##\n> Brukerne trives der.\n", encoding="utf-8")
    assert import_findings(db, source).added == 2
    first, second = list_findings(db)
    assert first["title"] == "Ventetid på DPS" and first["body"] == "Flere venter i månedsvis."
    assert [(q["role_letter"], q["text"]) for q in first["quotes"]] == [
        ("B", "Jeg ventet et halvt år."), ("T", "Vi har for få plasser."), ("L", "Det er budsjettet."),
        ("", "Fastlegen henviser sent")]
    assert second["title"] == "Aktivitetshuset **virker**" and second["body"] == "Brukerne trives der."


def test_a_report_over_the_size_limit_is_refused_before_it_is_read(db, tmp_path):
    source = tmp_path / "stor.md"
    with source.open("wb") as stream:
        stream.truncate(1024 * 1024 + 1)
    with pytest.raises(DialogError, match="larger than 1 MiB, too large to be a process report"):
        import_findings(db, source)
    assert list_findings(db) == []


def test_a_word_file_that_would_unpack_to_gigabytes_is_refused(db, tmp_path):
    import zipfile

    source = tmp_path / "bombe.docx"
    with zipfile.ZipFile(source, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (110 * 1024 * 1024))
    assert source.stat().st_size < 1024 * 1024
    with pytest.raises(DialogError, match="unpacks to more than 100 MiB"):
        import_findings(db, source)
    assert list_findings(db) == []


def test_a_word_title_is_not_a_finding(db, tmp_path):
    document = Document()
    document.add_heading("Prosessrapport Bjerke", level=0)  # Word's Title style
    document.add_paragraph("Brukere spør brukere, 2007.")
    document.add_heading("Lite krisehjelp", level=1)
    document.add_paragraph("B: Legevakten er langt unna.", style="List Bullet")
    document.add_heading("Fastlegen tar seg tid", level=1)
    source = tmp_path / "rapport.docx"
    document.save(source)
    assert import_findings(db, source).added == 2
    assert [f["title"] for f in list_findings(db)] == ["Lite krisehjelp", "Fastlegen tar seg tid"]


def test_a_single_leading_word_heading_1_over_heading_2_findings_is_the_title(db, tmp_path):
    document = Document()
    document.add_heading("Prosessrapport Bjerke", level=1)
    document.add_paragraph("Om rapporten.")
    document.add_heading("Lite krisehjelp", level=2)
    document.add_heading("Fastlegen tar seg tid", level=2)
    source = tmp_path / "rapport.docx"
    document.save(source)
    assert [f["title"] for f in (import_findings(db, source), list_findings(db))[1]] == [
        "Lite krisehjelp", "Fastlegen tar seg tid"]


@pytest.mark.parametrize("markdown, titles", [
    ("# Funn\n\n# Mer funn\n", ["Funn", "Mer funn"]),  # two top-level headings: both findings
    ("# Eneste funn\n\nTekst.\n", ["Eneste funn"]),  # one heading alone is a finding
    ("# Med sitat\n\n- B: Ja.\n\n## Under\n", ["Med sitat", "Under"]),  # a heading with quotes is a finding
])
def test_only_a_real_title_is_left_out(db, tmp_path, markdown, titles):
    source = tmp_path / "rapport.md"
    source.write_text(markdown, encoding="utf-8")
    import_findings(db, source)
    assert [f["title"] for f in list_findings(db)] == titles


def test_importing_again_adds_only_what_is_new_and_says_so(db, tmp_path):
    source = tmp_path / "rapport.md"
    source.write_text(MARKDOWN, encoding="utf-8")
    assert import_findings(db, source) == ImportReport(added=2, already=0)
    source.write_text(MARKDOWN + "\n## Fastlegen tar seg tid\n- B: Hun lytter.\n\n"
                      "## ingen  krisehjelp etter kontortid.\n", encoding="utf-8")
    assert import_findings(db, source) == ImportReport(added=1, already=3)  # the title is not counted
    titles = [f["title"] for f in list_findings(db)]
    assert titles == ["Psykisk helseteam kommer hjem", "Ingen krisehjelp etter kontortid", "Fastlegen tar seg tid"]
    assert sum(len(f["quotes"]) for f in list_findings(db)) == 5
    assert import_findings(db, source) == ImportReport(added=0, already=4)
    assert (t("findings.import_report", "en", count=0, already=3)
            == "0 new findings, 3 already there (not imported again).")
    assert (t("findings.import_report", "nb", count=1, already=2)
            == "1 nytt funn, 2 fantes fra før (ikke importert på nytt).")


@pytest.mark.parametrize("line, expected", [
    ("«Jeg ringte og ringte.» (B)", ("Jeg ringte og ringte.", "B")),
    ("«Ingen ringte tilbake» (T2)", ("Ingen ringte tilbake", "T2")),
    ("“Det er budsjettet.” [L]", ("Det er budsjettet.", "L")),
    ("«Vi står alene» – P", ("Vi står alene", "P")),
    ("B: «Jeg ventet.»", ("Jeg ventet.", "B")),
    ("Ingen har en plan (IP)", ("Ingen har en plan (IP)", "")),  # no quotation marks, no known letter: text
    ("«Ingen har en plan» (Kari)", ("Ingen har en plan» (Kari)", "")),  # a name is not a role letter
])
def test_a_quote_keeps_its_speaker_written_after_it(line, expected):
    assert split_quote(line) == expected


def test_imported_quotes_with_the_speaker_after_keep_the_role_letter(db, tmp_path):
    source = tmp_path / "rapport.md"
    source.write_text("# Krisehjelp\n\n- «Legevakten er langt unna.» (B)\n- Ingen svarer i helga (T)\n"
                      "- Om IP-en (IP)\n", encoding="utf-8")
    import_findings(db, source)
    assert [(q["role_letter"], q["text"]) for q in list_findings(db)[0]["quotes"]] == [
        ("B", "Legevakten er langt unna."), ("T", "Ingen svarer i helga"), ("", "Om IP-en (IP)")]
