"""The styles the documents are written with, found in any template and completed from a full base.

Word spells its built-in style names in lower case inside the file ("heading 1"),
LibreOffice with capitals ("Heading 1"); python-docx looks up Word's spelling only
and otherwise adds a second style under the same id, so a LibreOffice template
gave minutes without a single heading in the navigation pane. Here a style is
found by its name in any case, or by its id; a style the template lacks is copied
whole from python-docx's own default template (the *base*): with the styles it is
based on, its linked character style and its list numbering. Nothing already in
the template is replaced, and no style id is ever used twice.
"""

from __future__ import annotations

import threading
from copy import deepcopy
from functools import lru_cache
from typing import cast

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from lxml import etree

KINDS = {WD_STYLE_TYPE.PARAGRAPH: "paragraph", WD_STYLE_TYPE.CHARACTER: "character",
         WD_STYLE_TYPE.TABLE: "table", WD_STYLE_TYPE.LIST: "numbering"}
"""python-docx's style types as ``w:type`` spells them."""

HEADING_LEVELS = (1, 2, 3)
"""The heading levels the documents use; each must carry its outline level (the navigation pane reads it)."""

BULLET_STYLE = "List Bullet"

PARAGRAPH_PROPERTY_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl", "w:numPr",
    "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
    "w:sectPr", "w:pPrChange",
)
"""The order of a ``w:pPr``'s children (ECMA-376 CT_PPr); Word refuses a file with them out of order."""

STYLE_REFERENCES = ("w:basedOn", "w:next", "w:link")
"""A style's references to other styles, followed when it is copied."""

_base_lock = threading.Lock()


@lru_cache(maxsize=1)
def _base() -> DocxDocument:
    """python-docx's default template: every style the documents use, with numbering and outline levels."""
    return Document()


def base_style(name: str, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH) -> etree._Element | None:
    """A copy of the base's style called ``name`` (None if the base has none)."""
    with _base_lock:
        style = find_style(_base(), name, kind)
        return deepcopy(style) if style is not None else None


_STYLE, _TYPE, _NAME, _VAL, _STYLE_ID = (qn(tag) for tag in ("w:style", "w:type", "w:name", "w:val", "w:styleId"))


def _styles(document: DocxDocument) -> etree._Element:
    return document.styles.element


def find_style(document: DocxDocument, name: str, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH):
    """The ``w:style`` called ``name`` in any case ("heading 1", "Heading 1"), else the one whose id is ``name``
    without spaces ("Heading1"); None when the document has neither."""
    index = _style_index(document)
    kind_word = KINDS[kind]
    found = index.get((kind_word, "name", name.casefold()))
    return found if found is not None else index.get((kind_word, "id", name.replace(" ", "").casefold()))


def _style_index(document: DocxDocument) -> dict[tuple[str, str, str], etree._Element]:
    """Each style by (type, "name" or "id", folded name or id), the first of a kind winning, as a lookup did.

    Kept with the document and made again when the number of styles changes (a style added), since a
    lookup through every style, twenty times for each document, was a fifth of the minutes' time.
    """
    styles = _styles(document)
    count = len(styles)
    cached = document.__dict__.get("_dialog_style_index")
    if cached is not None and cached[0] == count:
        return cached[1]
    index: dict[tuple[str, str, str], etree._Element] = {}
    for style in styles.iterchildren(_STYLE):
        kind_word = style.get(_TYPE)
        label = style.find(_NAME)
        if label is not None:
            index.setdefault((kind_word, "name", (label.get(_VAL) or "").casefold()), style)
        index.setdefault((kind_word, "id", (style.get(_STYLE_ID) or "").casefold()), style)
    document.__dict__["_dialog_style_index"] = (count, index)
    return index


def _by_id(styles: etree._Element, style_id: str):
    return next((s for s in styles.iterchildren(qn("w:style")) if s.get(qn("w:styleId")) == style_id), None)


def _kind_of(style: etree._Element) -> WD_STYLE_TYPE:
    return next(kind for kind, word in KINDS.items() if word == style.get(qn("w:type"), "paragraph"))


def _name_of(style: etree._Element) -> str:
    label = style.find(qn("w:name"))
    return label.get(qn("w:val")) if label is not None else style.get(qn("w:styleId"))


def _free_id(styles: etree._Element, wanted: str) -> str:
    taken = {s.get(qn("w:styleId")) for s in styles.iterchildren(qn("w:style"))}
    candidate, number = wanted, 1
    while candidate in taken:
        number += 1
        candidate = f"{wanted}{number}"
    return candidate


def style_id(document: DocxDocument, name: str, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH) -> str | None:
    """The id of the document's style ``name``: the template's own if it has one, else a full copy of the base's.

    None when neither has it.
    """
    found = find_style(document, name, kind)
    if found is not None:
        return found.get(qn("w:styleId"))
    copied = base_style(name, kind)
    return None if copied is None else _adopt(document, copied)


def _adopt(document: DocxDocument, style: etree._Element) -> str:
    """Add a copy of a base style to ``document`` under a free id, with whatever it refers to; return its id."""
    styles = _styles(document)
    style.set(qn("w:styleId"), _free_id(styles, style.get(qn("w:styleId"))))
    if style.get(qn("w:default")) in ("1", "true") and any(
            s.get(qn("w:type")) == style.get(qn("w:type")) and s.get(qn("w:default")) in ("1", "true")
            for s in styles.iterchildren(qn("w:style"))):
        del style.attrib[qn("w:default")]  # the template's default style of this kind stays the default
    for rsid in style.findall(qn("w:rsid")):
        style.remove(rsid)
    if not _has_theme(document):
        _drop_theme_fonts(style)
    styles.append(style)  # before following references, so a linked pair finds its partner
    for tag in STYLE_REFERENCES:
        reference = style.find(qn(tag))
        if reference is None:
            continue
        with _base_lock:
            target = _by_id(_styles(_base()), reference.get(qn("w:val")))
            target = deepcopy(target) if target is not None else None
        if target is None:
            style.remove(reference)
            continue
        found = find_style(document, _name_of(target), _kind_of(target))
        reference.set(qn("w:val"), found.get(qn("w:styleId")) if found is not None else _adopt(document, target))
    number = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    if number is not None:
        number.set(qn("w:val"), _copy_numbering(document, number.get(qn("w:val")), style.get(qn("w:styleId"))))
    return style.get(qn("w:styleId"))


THEME_FONT_ATTRIBUTES = tuple(qn(f"w:{name}") for name in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"))


def _has_theme(document: DocxDocument) -> bool:
    return any(rel.reltype == RT.THEME for rel in document.part.rels.values())


def _drop_theme_fonts(style: etree._Element) -> None:
    """Let a copied style take the template's own fonts where the template has no theme to name them
    (LibreOffice writes none): without it a copied heading would fall back to whatever the reader has."""
    for fonts in style.iter(qn("w:rFonts")):
        for attribute in THEME_FONT_ATTRIBUTES:
            fonts.attrib.pop(attribute, None)
        if not fonts.attrib:
            fonts.getparent().remove(fonts)


def numbering_element(document: DocxDocument) -> etree._Element:
    """The document's ``w:numbering``, adding an empty numbering part when it has none."""
    try:
        return cast(NumberingPart, document.part.part_related_by(RT.NUMBERING)).element
    except KeyError:
        partname = document.part.package.next_partname("/word/numbering%d.xml")
        part = NumberingPart(partname, CT.WML_NUMBERING, parse_xml(f"<w:numbering {nsdecls('w')}/>"),
                             document.part.package)
        document.part.relate_to(part, RT.NUMBERING)
        return part.element


def _copy_numbering(document: DocxDocument, base_num_id: str, style_id: str) -> str:
    """Copy the base's list ``base_num_id`` (its ``w:num`` and abstract definition) into the document.

    Returns the new ``numId``; the copy's levels point at ``style_id``.
    """
    with _base_lock:
        base = _base().part.numbering_part.element
        num = deepcopy(base.find(f"{qn('w:num')}[@{qn('w:numId')}='{base_num_id}']"))
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = deepcopy(base.find(f"{qn('w:abstractNum')}[@{qn('w:abstractNumId')}='{abstract_id}']"))
    numbering = numbering_element(document)
    new_abstract = 1 + max((int(a.get(qn("w:abstractNumId"))) for a in numbering.iterchildren(qn("w:abstractNum"))),
                           default=-1)
    new_num = 1 + max((int(n.get(qn("w:numId"))) for n in numbering.iterchildren(qn("w:num"))), default=0)
    abstract.set(qn("w:abstractNumId"), str(new_abstract))
    for tag in ("w:nsid", "w:tmpl"):  # ids Word uses to tell lists apart: make them the document's own
        for element in abstract.findall(qn(tag)):
            element.set(qn("w:val"), f"{0xD1A10000 + new_abstract:08X}")
    for pointer in abstract.iter(qn("w:pStyle")):
        pointer.set(qn("w:val"), style_id)
    num.set(qn("w:numId"), str(new_num))
    num.find(qn("w:abstractNumId")).set(qn("w:val"), str(new_abstract))
    abstracts = list(numbering.iterchildren(qn("w:abstractNum")))
    if abstracts:
        abstracts[-1].addnext(abstract)
    else:
        numbering.insert(0, abstract)  # every abstract definition comes before the first w:num
    nums = list(numbering.iterchildren(qn("w:num")))
    if nums:
        nums[-1].addnext(num)
    else:
        abstract.addnext(num)
    return str(new_num)


def _chain(document: DocxDocument, style: etree._Element):
    """The style and those it is based on, nearest first (a loop in a damaged file is cut)."""
    styles, seen = _styles(document), set()
    while style is not None and style.get(qn("w:styleId")) not in seen:
        seen.add(style.get(qn("w:styleId")))
        yield style
        based = style.find(qn("w:basedOn"))
        style = _by_id(styles, based.get(qn("w:val"))) if based is not None else None


def _paragraph_property(style: etree._Element, tag: str):
    return style.find(f"{qn('w:pPr')}/{qn(tag)}")


def _set_paragraph_property(style: etree._Element, element: etree._Element) -> None:
    """Put ``element`` into the style's ``w:pPr`` (made if missing) in the order the schema asks for."""
    properties = style.find(qn("w:pPr"))
    if properties is None:
        properties = OxmlElement("w:pPr")
        successors = [s for s in (style.find(qn("w:rPr")), style.find(qn("w:tblPr"))) if s is not None]
        if successors:
            successors[0].addprevious(properties)
        else:
            style.append(properties)
    old = properties.find(element.tag)
    if old is not None:
        properties.remove(old)
    tags = [qn(tag) for tag in PARAGRAPH_PROPERTY_ORDER]
    later = set(tags[tags.index(element.tag) + 1:])
    successor = next((child for child in properties if child.tag in later), None)
    if successor is not None:
        successor.addprevious(element)
    else:
        properties.append(element)


def _has_outline_level(document: DocxDocument, style: etree._Element) -> bool:
    return any(_paragraph_property(s, "w:outlineLvl") is not None for s in _chain(document, style))


def _has_working_list(document: DocxDocument, style: etree._Element) -> bool:
    """Whether the style (or one it is based on) points at a list the document defines."""
    for link in _chain(document, style):
        number = link.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if number is not None:
            numbering = numbering_element(document)
            return number.get(qn("w:val")) != "0" and numbering.find(
                f"{qn('w:num')}[@{qn('w:numId')}='{number.get(qn('w:val'))}']") is not None
    return False


def _mark_default_paragraph_style(document: DocxDocument) -> None:
    """LibreOffice writes its Normal style without marking it the default, so text in no named style would
    lose the template's body font in Word; mark it, when no other paragraph style is the default."""
    styles = list(_styles(document).iterchildren(qn("w:style")))
    if any(s.get(qn("w:type")) == "paragraph" and s.get(qn("w:default")) in ("1", "true") for s in styles):
        return
    normal = find_style(document, "Normal")
    if normal is not None:
        normal.set(qn("w:default"), "1")


def complete_styles(document: DocxDocument, names: tuple[str, ...]) -> None:
    """Make sure ``document`` has every paragraph style in ``names``, each heading has its outline level
    and the bullet style its list numbering, without replacing anything the template defines."""
    _mark_default_paragraph_style(document)
    for name in names:
        style_id(document, name)
    for level in HEADING_LEVELS:
        heading = find_style(document, f"Heading {level}")
        if heading is not None and not _has_outline_level(document, heading):
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), str(level - 1))
            _set_paragraph_property(heading, outline)
    bullets = find_style(document, BULLET_STYLE)
    if bullets is not None and not _has_working_list(document, bullets):
        base = base_style(BULLET_STYLE)
        base_number = base.find(f"{qn('w:pPr')}/{qn('w:numPr')}") if base is not None else None
        if base_number is not None:
            number = base_number.find(qn("w:numId"))
            number.set(qn("w:val"), _copy_numbering(document, number.get(qn("w:val")),
                                                    bullets.get(qn("w:styleId"))))
            _set_paragraph_property(bullets, base_number)  # the indent comes with the list's level


def table_style_id(document: DocxDocument, preferred: tuple[str, ...], fallback: str) -> str | None:
    """The id of the first of ``preferred`` table styles the document has, else of ``fallback`` copied in."""
    for name in preferred:
        found = find_style(document, name, WD_STYLE_TYPE.TABLE)
        if found is not None:
            return found.get(qn("w:styleId"))
    return style_id(document, fallback, WD_STYLE_TYPE.TABLE)
