"""Organisations' own templates, made by LibreOffice and by Word, and what every Word document carries.

With any template the minutes keep every heading in the navigation pane, every
bullet and the table borders; a template's cover header stays on the cover; the
document is tagged Norwegian (or British English) and its properties are its own,
never the template's or a tool's.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Cm

from dialog.export.minutes_docx import export_minutes
from tests.office import convert, pdf_outline, pdf_pages

# A template as LibreOffice Writer keeps it (flat ODF): only "Heading 1" is styled, named with capitals as
# LibreOffice names it; a cover page with its own header; the template's own title and author.
LIBREOFFICE_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>Mal</dc:title><dc:creator>Kari Mal</dc:creator>
  <meta:initial-creator>Kari Mal</meta:initial-creator></office:meta>
 <office:styles>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
   style:default-outline-level="1"><style:text-properties fo:color="#800020" fo:font-size="16pt"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-left="2cm" fo:margin-right="2cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm"/></style:page-layout>
  <style:style style:name="P1" style:family="paragraph" style:master-page-name="First_20_Page"/>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p>Oslo kommune – Bydel Stovner</text:p></style:header></style:master-page>
  <style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pm1"
   style:next-style-name="Standard"><style:header><text:p>Forside – Oslo kommune</text:p></style:header>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
  <text:p text:style-name="P1">Malteksten skal ikke med.</text:p>
  <text:h text:style-name="Heading_20_1" text:outline-level="1">Mal</text:h>
 </office:text></office:body>
</office:document>
"""

RUNNING_HEADER, COVER_HEADER = "Oslo kommune – Bydel Stovner", "Forside – Oslo kommune"
TEMPLATE_WORDS = ("Mal", "Kari Mal", "python-docx", "Malteksten")
TITLE_NB, TITLE_EN = "Referat – Stovner 2007-10-17", "Minutes – Stovner 2007-10-17"


def word_minimal_template(folder: Path) -> Path:
    """What Word saves for a template that used only Normal, Heading 1, Title, Header and Footer: no other
    style, no list definitions at all."""
    template = Document()
    styles = template.styles.element
    for style in list(styles.iterchildren(qn("w:style"))):
        if style.find(qn("w:name")).get(qn("w:val")).lower() not in {"normal", "heading 1", "title", "header",
                                                                      "footer"}:
            styles.remove(style)
    for style in styles.iterchildren(qn("w:style")):
        for reference in style.findall(qn("w:link")) + style.findall(qn("w:next")):
            style.remove(reference)
    for rid, relationship in list(template.part.rels.items()):
        if relationship.reltype == RT.NUMBERING or relationship.reltype.endswith("/stylesWithEffects"):
            del template.part.rels[rid]
    template.core_properties.title, template.core_properties.author = "Mal", "Kari Mal"
    template.sections[0].header.paragraphs[0].text = RUNNING_HEADER
    path = folder / "minimal.docx"
    template.save(path)
    return path


# What a reader gets, read from the file as Word reads it -------------------------------------------------------

def _styles_by_id(document) -> dict:
    return {s.get(qn("w:styleId")): s for s in document.styles.element.iterchildren(qn("w:style"))}


def _inherited(document, style_id: str | None, path: str):
    """The first element at ``path`` in the style or the styles it is based on."""
    styles, seen = _styles_by_id(document), set()
    while style_id in styles and style_id not in seen:
        seen.add(style_id)
        found = styles[style_id].find(path)
        if found is not None:
            return found
        based = styles[style_id].find(qn("w:basedOn"))
        style_id = based.get(qn("w:val")) if based is not None else None
    return None


def outline_levels(document) -> Counter:
    """How many paragraphs the navigation pane lists at each level (1 = top)."""
    levels: Counter = Counter()
    for paragraph in document.paragraphs:
        level = _inherited(document, paragraph.style.style_id, f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if level is not None and int(level.get(qn("w:val"))) < 9:
            levels[int(level.get(qn("w:val"))) + 1] += 1
    return levels


def bullet_paragraphs(document) -> list[str]:
    """The paragraphs Word shows with a bullet: their list resolves to a level drawn as a bullet."""
    numbering = document.part.numbering_part.element
    shown = []
    for paragraph in document.paragraphs:
        style = paragraph.style.style_id
        number = _inherited(document, style, f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if number is None:
            continue
        num = numbering.find(f"{qn('w:num')}[@{qn('w:numId')}='{number.get(qn('w:val'))}']")
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = numbering.find(f"{qn('w:abstractNum')}[@{qn('w:abstractNumId')}='{abstract_id}']")
        if abstract.find(f"{qn('w:lvl')}/{qn('w:numFmt')}").get(qn("w:val")) == "bullet":
            shown.append(paragraph.text)
    return shown


def bordered(document, table) -> bool:
    """Whether the table's style draws lines round and between its cells."""
    borders = _inherited(document, table._tbl.tblPr.find(qn("w:tblStyle")).get(qn("w:val")),
                         f"{qn('w:tblPr')}/{qn('w:tblBorders')}")
    return borders is not None and all(
        borders.find(qn(f"w:{edge}")) is not None and borders.find(qn(f"w:{edge}")).get(qn("w:val")) not in
        ("nil", "none") for edge in ("top", "bottom", "insideH", "insideV"))


def package_text(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
                if name.endswith((".xml", ".rels"))}


# Fixtures: one template of each kind, the Stovner minutes with each -------------------------------------------

@pytest.fixture(scope="module")
def office_profile(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("office-profile")


@pytest.fixture(scope="module")
def libreoffice_template(tmp_path_factory, office_profile) -> Path:
    source = tmp_path_factory.mktemp("lo-template") / "mal.fodt"
    source.write_text(LIBREOFFICE_TEMPLATE, encoding="utf-8")
    return convert(source, "docx", office_profile)


@pytest.fixture(scope="module")
def plain(stovner_template, tmp_path_factory) -> Path:
    return export_minutes(stovner_template, tmp_path_factory.mktemp("plain") / "referat.docx")


@pytest.fixture(scope="module")
def with_libreoffice(stovner_template, libreoffice_template, tmp_path_factory) -> Path:
    return export_minutes(stovner_template, tmp_path_factory.mktemp("lo") / "referat.docx",
                          template=libreoffice_template)


@pytest.fixture(scope="module")
def with_minimal(stovner_template, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("minimal")
    return export_minutes(stovner_template, folder / "referat.docx", template=word_minimal_template(folder))


def test_without_a_template_the_minutes_have_49_headings_86_bullets_and_bordered_tables(plain):
    document = Document(str(plain))
    assert outline_levels(document) == {1: 10, 2: 19, 3: 20}
    assert len(bullet_paragraphs(document)) == 86  # 64, and 22 comments sent from phones on the findings
    assert document.tables and all(bordered(document, table) for table in document.tables)


@pytest.mark.parametrize("made_with", ["with_libreoffice", "with_minimal"])
def test_a_template_keeps_every_heading_bullet_caption_and_border(made_with, plain, request):
    document, before = Document(str(request.getfixturevalue(made_with))), Document(str(plain))
    assert outline_levels(document) == outline_levels(before)
    assert bullet_paragraphs(document) == bullet_paragraphs(before)
    assert all(bordered(document, table) for table in document.tables)
    assert [p.text for p in document.paragraphs if p.style.name.lower() == "caption"] == \
        [p.text for p in before.paragraphs if p.style.name.lower() == "caption"]
    ids = Counter(s.get(qn("w:styleId")) for s in document.styles.element.iterchildren(qn("w:style")))
    assert [style_id for style_id, count in ids.items() if count > 1] == []
    assert document.sections[0].header.paragraphs[0].text == RUNNING_HEADER
    assert not any(word in p.text for p in document.paragraphs for word in ("Malteksten",))


def test_the_libreoffice_templates_own_heading_look_is_kept(with_libreoffice):
    document = Document(str(with_libreoffice))
    heading = next(p for p in document.paragraphs if p.style.name.lower() == "heading 1")
    assert str(heading.style.font.color.rgb) == "800020"


def test_a_cover_header_stays_on_the_first_page(with_libreoffice):
    sections = Document(str(with_libreoffice)).sections
    assert sections[0].different_first_page_header_footer
    assert sections[0].first_page_header.paragraphs[0].text == COVER_HEADER
    assert len(sections) > 1 and not sections[-1].different_first_page_header_footer


@pytest.mark.parametrize("made_with", ["plain", "with_libreoffice", "with_minimal"])
def test_properties_are_the_minutes_own_and_no_template_or_tool_is_named(made_with, request):
    path = request.getfixturevalue(made_with)
    properties = Document(str(path)).core_properties
    assert properties.title == TITLE_NB
    assert properties.subject == "Dialogkonferanse i Stovner, 17. oktober 2007"
    assert properties.language == "nb-NO"
    assert properties.author == "" and properties.last_modified_by == ""
    created = properties.created.replace(tzinfo=UTC)
    assert abs(datetime.now(UTC) - created) < timedelta(minutes=10)
    parts = package_text(path)
    described = "".join(text for name, text in parts.items() if name.startswith("docProps/"))
    assert not any(f">{word}<" in described for word in TEMPLATE_WORDS)
    assert "docProps/core.xml" in parts and not any(name.startswith("docProps/") and name != "docProps/core.xml"
                                                    for name in parts)  # no app, custom or preview of the template
    assert "attachedTemplate" not in parts["word/settings.xml"]


@pytest.mark.parametrize("made_with", ["plain", "with_libreoffice", "with_minimal"])
def test_every_run_and_the_defaults_are_tagged_norwegian(made_with, request):
    document = Document(str(request.getfixturevalue(made_with)))
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/"
                                            f"{qn('w:lang')}")
    assert defaults.get(qn("w:val")) == "nb-NO"
    assert {lang.get(qn("w:val")) for lang in document.styles.element.iter(qn("w:lang"))} == {"nb-NO"}
    stories = [document.element] + [section.header._element for section in document.sections]
    runs = [run for story in stories for run in story.iter(qn("w:r"))]
    assert len(runs) > 300  # every run with text: headings, bullets, table cells, the page line
    assert {run.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")) for run in runs} == {"nb-NO"}


def test_english_minutes_are_tagged_british_english(stovner_template, tmp_path):
    document = Document(str(export_minutes(stovner_template, tmp_path / "minutes.docx", language="en")))
    assert document.core_properties.title == TITLE_EN and document.core_properties.language == "en-GB"
    assert {run.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val"))
            for run in document.element.iter(qn("w:r"))} == {"en-GB"}


def test_the_overview_has_its_own_title_and_norwegian_tags(cli, stovner, sessions):
    result = cli("--lang", "nb", "overview", str(sessions))
    assert result.code == 0, result.err
    document = Document(result.out.strip())
    assert document.core_properties.title == "Oversikt over dialogkonferansene"
    assert document.core_properties.author == "" and document.core_properties.language == "nb-NO"
    assert {run.find(f"{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val"))
            for run in document.element.iter(qn("w:r"))} == {"nb-NO"}


def test_a_dotx_template_is_used_as_it_is(cli, stovner, exports, tmp_path):
    source = word_minimal_template(tmp_path)
    dotx = tmp_path / "mal.dotx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(dotx, "w") as template:
        for member in original.infolist():
            content = original.read(member)
            if member.filename == "[Content_Types].xml":  # all that makes a .dotx a template
                content = content.replace(b"document.main+xml", b"template.main+xml")
            template.writestr(member, content)
    result = cli("export", str(stovner), "--template", str(dotx))
    assert result.code == 0, result.err
    document = Document(result.out.strip())
    assert document.sections[0].header.paragraphs[0].text == RUNNING_HEADER
    assert outline_levels(document) == {1: 10, 2: 19, 3: 20}


def test_an_opendocument_template_is_refused_with_what_to_do(cli, stovner, exports, tmp_path):
    odt = tmp_path / "mal.ott"
    with zipfile.ZipFile(odt, "w") as template:
        template.writestr("mimetype", "application/vnd.oasis.opendocument.text-template")
        template.writestr("content.xml", "<office:document-content/>")
    result = cli("export", str(stovner), "--template", str(odt))
    assert result.code == 2 and "save it as .docx" in result.err and len(result.err.strip().splitlines()) == 1
    assert not exports.exists() or not any(exports.iterdir())


def test_libreoffice_renders_every_heading_bullet_and_the_cover_header_once(with_libreoffice, plain,
                                                                            office_profile):
    pdf = convert(with_libreoffice, "pdf", office_profile)
    pages = pdf_pages(pdf)
    assert len(pages) >= 6
    outline, before = pdf_outline(pdf), Document(str(plain))
    assert len(outline) == sum(outline_levels(before).values()) == 49
    assert sorted(title for depth, title in outline if depth == 1) == \
        sorted(p.text for p in before.paragraphs if p.style.name == "Heading 1")
    assert COVER_HEADER in pages[0]
    assert all(COVER_HEADER not in page and RUNNING_HEADER in page for page in pages[1:])
    # the template has no footer: page numbers are added, on every page after the cover
    assert all(f"Side {number} av {len(pages)}" in page for number, page in enumerate(pages[1:], start=2))
    bullets = sum(line.lstrip().startswith(("\uf0b7", "•")) for page in pages for line in page.splitlines())
    assert bullets == 86


def test_page_numbers_stay_on_the_page_with_a_template_that_had_no_footer(with_libreoffice, libreoffice_template):
    """LibreOffice saves a page without a footer with footer distance 0: the added "Side N av M" must not sit on
    the paper's edge, where a printer cuts it off."""
    assert Document(str(libreoffice_template)).sections[0].footer_distance == 0
    sections = Document(str(with_libreoffice)).sections
    assert all(Cm(0.8) <= section.footer_distance < section.bottom_margin for section in sections)


@pytest.mark.parametrize("made_with", ["plain", "with_libreoffice", "with_minimal"])
def test_no_part_of_the_file_says_us_english_and_numbers_are_written_the_norwegian_way(made_with, request):
    with zipfile.ZipFile(request.getfixturevalue(made_with)) as package:
        parts = {name: package.read(name).decode("utf-8") for name in package.namelist() if name.endswith(".xml")}
    assert [name for name, xml in parts.items() if "en-US" in xml] == []
    settings = Document(str(request.getfixturevalue(made_with))).settings.element
    symbols = {element.get(qn("w:val")) for element in settings.iter(qn("w:decimalSymbol"))}
    assert symbols == ({","} if made_with == "plain" else symbols & {","})  # a template may leave it to Word


def test_the_figures_short_title_ends_on_a_whole_word(plain):
    [shape] = Document(str(plain)).inline_shapes
    title, description = shape._inline.docPr.get("title"), shape._inline.docPr.get("descr")
    assert len(title) <= 120 and title.endswith("…") and len(description) > 120
    assert description.startswith(title[:-1]) and description[len(title) - 1] in " ,.;:"
