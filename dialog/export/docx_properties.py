"""A finished document's language tags and properties: its own, never the template's or a tool's.

Word checks spelling in the language each run is tagged with; untagged text
falls back to the styles and then the document defaults, which python-docx's
blank and most templates set to US English, so Word underlined every Norwegian
word. Here the defaults, every style that names a language and every run are
tagged nb-NO (or en-GB), and the properties say what the document is: its title,
subject, language and the moment it was made, with no author, no "python-docx",
no template name and no leftovers (the template's own title, author, company,
preview picture or custom properties).
"""

from __future__ import annotations

from datetime import UTC, datetime

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.parts.hdrftr import FooterPart, HeaderPart
from lxml import etree

LANGUAGE_TAGS = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}
"""The document language as Word tags it: Norwegian bokmål, Norwegian nynorsk and British English."""

NUMBER_SEPARATORS = {"nb": {"w:decimalSymbol": ",", "w:listSeparator": ";"},
                     "nn": {"w:decimalSymbol": ",", "w:listSeparator": ";"},
                     "en": {"w:decimalSymbol": ".", "w:listSeparator": ","}}
"""The document settings Word writes numbers in fields with: 4,5 and a semicolon in Norwegian."""

STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
"""Word 2010's second copy of the styles (python-docx's blank has one, tagged US English); later Word ignores it."""

LEFTOVER_PACKAGE_PARTS = (RT.EXTENDED_PROPERTIES, RT.CUSTOM_PROPERTIES, RT.THUMBNAIL)
"""Package parts that describe the template, not the minutes: application, template name, company and
manager; custom fields; a preview picture of the template's first page. Word writes them anew when it saves."""

CORE_PROPERTIES_SPELLINGS = {"http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/"
                             "core-properties"}
"""Other spellings of the core-properties link: LibreOffice writes "officedocument" in lower case, which
python-docx does not know, so it added a second docProps/core.xml beside the template's."""

_LANG_SUCCESSORS = tuple(qn(tag) for tag in ("w:eastAsianLayout", "w:specVanish", "w:oMath", "w:rPrChange"))
"""What may follow ``w:lang`` in a ``w:rPr`` (ECMA-376 CT_RPr)."""


def language_tag(language: str) -> str:
    """``nb-NO`` for ``nb``, ``en-GB`` for ``en``."""
    return LANGUAGE_TAGS[language]


_LANG, _VAL, _RPR = qn("w:lang"), qn("w:val"), qn("w:rPr")


def _tag(properties: etree._Element, tag: str) -> None:
    """Set ``w:lang/@w:val`` in a ``w:rPr``, adding the element in its schema place when missing."""
    lang = properties.find(_LANG)
    if lang is None:
        lang = OxmlElement("w:lang")
        successor = next((child for child in properties if child.tag in _LANG_SUCCESSORS), None)
        if successor is not None:
            successor.addprevious(lang)
        else:
            properties.append(lang)
    lang.set(_VAL, tag)


def _run_properties(run: etree._Element) -> etree._Element:
    properties = run.find(_RPR)
    if properties is None:
        properties = OxmlElement("w:rPr")
        run.insert(0, properties)
    return properties


def _story_elements(document: DocxDocument):
    """The body and every header and footer part's root element."""
    yield document.element
    for part in document.part.package.iter_parts():
        if isinstance(part, HeaderPart | FooterPart):
            yield part.element


def tag_language(document: DocxDocument, language: str) -> None:
    """Tag the document defaults, every style that names a language, the theme fonts and every run."""
    tag = language_tag(language)
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    _tag(properties, tag)
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), tag)
        if lang.get(qn("w:eastAsia")) is not None:  # python-docx's blank says en-US for East Asian text too
            lang.set(qn("w:eastAsia"), tag)
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), tag)
        if theme_lang.get(qn("w:eastAsia")) is not None:
            theme_lang.set(qn("w:eastAsia"), tag)
    for name, value in NUMBER_SEPARATORS[language].items():  # what Word's calculated fields write numbers with
        element = settings.find(qn(name))
        if element is not None:
            element.set(qn("w:val"), value)
    for root in _story_elements(document):
        for lang in root.xpath("./descendant::w:r/w:rPr/w:lang"):  # most runs were tagged as they were written
            lang.set(_VAL, tag)
        for run in root.xpath("./descendant::w:r[not(w:rPr/w:lang)]"):
            _tag(_run_properties(run), tag)


def _drop_package_parts(document: DocxDocument) -> None:
    package = document.part.package
    for rid, relationship in list(package.rels.items()):
        if relationship.reltype in LEFTOVER_PACKAGE_PARTS or relationship.reltype in CORE_PROPERTIES_SPELLINGS:
            del package.rels[rid]
    for rid, relationship in list(document.part.rels.items()):
        if relationship.reltype == STYLES_WITH_EFFECTS:
            del document.part.rels[rid]


def _drop_attached_template(document: DocxDocument) -> None:
    """A document made from a template names it (often a path with a user's name in it); the minutes do not."""
    settings = document.settings.element
    for attached in settings.findall(qn("w:attachedTemplate")):
        rid = attached.get(qn("r:id"))
        settings.remove(attached)
        settings_part = document.part.part_related_by(RT.SETTINGS)
        if rid and rid in settings_part.rels:
            del settings_part.rels[rid]


def set_properties(document: DocxDocument, *, title: str, subject: str, language: str,
                   now: datetime | None = None) -> None:
    """Replace every core property with the document's own: title, subject, language, created and modified
    (``now``, UTC). No author, no "last modified by", no tool name; nothing of the template's survives."""
    _drop_package_parts(document)  # first: python-docx then makes its own core part where LibreOffice had one
    properties = document.core_properties
    for child in list(properties._element):
        properties._element.remove(child)
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None, microsecond=0)
    properties.title = title
    properties.subject = subject
    properties.language = language_tag(language)
    properties.created = moment
    properties.modified = moment
    properties.revision = 1
    _drop_attached_template(document)


def finish(document: DocxDocument, *, title: str, subject: str, language: str) -> DocxDocument:
    """Tag every run with the document's language and set its properties; call when nothing more is written."""
    tag_language(document, language)
    set_properties(document, title=title, subject=subject, language=language)
    return document
