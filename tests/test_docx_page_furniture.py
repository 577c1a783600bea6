"""Page furniture of the Word documents: a running header, "Side 3 av 10", headings kept with what follows."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from dialog.export.minutes_docx import export_minutes


@pytest.fixture(scope="module")
def minutes(stovner_template, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("furniture")
    return {language: export_minutes(stovner_template, folder / f"{language}.docx", language=language)
            for language in ("nb", "en")}


def footer_line(section) -> tuple[str, list[str]]:
    """The footer's text with each field shown as its instruction, and the instructions."""
    paragraph = section.footer.paragraphs[-1]._p
    text, fields = "", []
    for child in paragraph:
        if child.tag == qn("w:fldSimple"):
            instruction = child.get(qn("w:instr")).split()[0]
            fields.append(instruction)
            text += "{" + instruction + "}"
        elif child.tag == qn("w:r"):
            text += "".join(node.text or "" for node in child.iter(qn("w:t")))
    return text, fields


@pytest.mark.parametrize("language, header, footer", [
    ("nb", "Stovner · 17. oktober 2007", "Side {PAGE} av {NUMPAGES}"),
    ("en", "Stovner · 17 October 2007", "Page {PAGE} of {NUMPAGES}"),
])
def test_every_page_says_whose_conference_and_which_page_of_how_many(minutes, language, header, footer):
    document = Document(str(minutes[language]))
    first, *later = document.sections
    assert first.header.paragraphs[0].text == header
    assert first.header.paragraphs[0].style.name.lower() == "header"
    assert footer_line(first) == (footer, ["PAGE", "NUMPAGES"])
    assert later and all(s.header.is_linked_to_previous and s.footer.is_linked_to_previous for s in later)


def test_headings_and_a_findings_text_stay_with_what_follows(minutes):
    document = Document(str(minutes["nb"]))
    paragraphs = document.paragraphs
    headings = [p for p in paragraphs if p.style.name in ("Title", "Heading 1", "Heading 2", "Heading 3")]
    assert len(headings) == 50 and all(p.paragraph_format.keep_with_next for p in headings)
    start = next(i for i, p in enumerate(paragraphs) if p.text.startswith("1. Psykisk helseteam"))
    response = next(i for i in range(start, len(paragraphs)) if paragraphs[i].text.startswith("Deltakernes respons"))
    room = next(i for i in range(start, len(paragraphs)) if paragraphs[i].text.startswith("Svar fra salen"))
    after = next(i for i in range(start, len(paragraphs)) if paragraphs[i].text.startswith("2. "))
    assert start + 1 < response < room < after
    # The leader's record of the response keeps with the room's answers from phones under it; the comments
    # after them may go on over the page, and the last one does not pull the next finding along.
    assert all(p.paragraph_format.keep_with_next for p in paragraphs[start:room + 1])
    assert not paragraphs[after - 1].paragraph_format.keep_with_next


def test_the_overview_counts_its_pages_too(cli, stovner, sessions):
    result = cli("--lang", "nb", "overview", str(sessions))
    assert result.code == 0, result.err
    document = Document(result.out.strip())
    assert document.sections[0].header.paragraphs[0].text == "Oversikt over dialogkonferansene"
    assert footer_line(document.sections[0]) == ("Side {PAGE} av {NUMPAGES}", ["PAGE", "NUMPAGES"])
