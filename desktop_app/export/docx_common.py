"""python-docx helpers: East-Asian fonts on every run, shading, PAGE fields, grids, table borders."""
from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ._shared import xml_safe

A4 = (Mm(210), Mm(297))


def set_fonts(rpr_owner, east_asia: str, latin: str | None = None, *, hint: bool = True) -> None:
    """Write w:rFonts with ascii/hAnsi/cs and w:eastAsia (python-docx only sets the Latin ones).

    `rpr_owner` is a run or a style (anything with `.element` holding an rPr). Theme font attributes
    are removed so WPS does not report missing theme fonts; `hint` makes ambiguous characters such as
    “ ” … — take the Chinese font.
    """
    element = rpr_owner.element if hasattr(rpr_owner, "element") else rpr_owner
    fonts = element.get_or_add_rPr().get_or_add_rFonts()
    latin = latin or east_asia
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    if hint:
        fonts.set(qn("w:hint"), "eastAsia")


def append_paragraph(document, style: str | None = None) -> Paragraph:
    """document.add_paragraph in constant time.

    python-docx looks for w:sectPr among all the body's children on every insert, which makes a
    1,000-article document quadratic; the section properties are always the body's last child.
    """
    body = document.element.body
    p = OxmlElement("w:p")
    try:
        last = body[-1]
    except IndexError:
        last = None
    if last is not None and last.tag == qn("w:sectPr"):
        last.addprevious(p)
    else:
        body.append(p)
    paragraph = Paragraph(p, document._body)
    if style:
        paragraph.style = style
    return paragraph


def add_run(paragraph, text: str, east_asia: str, latin: str | None = None, *, size: float | None = None,
            bold: bool | None = None, fill: str | None = None, underline: bool | None = None,
            spacing_twips: int | None = None) -> Run:
    """Append a run with East-Asian and Latin fonts and the given properties.

    The w:rPr children are written directly in schema order: python-docx's setters search ~40
    sibling names for each property, which made a long document take a millisecond a run.
    """
    latin = latin or east_asia
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    r.append(rpr)
    rpr.append(OxmlElement("w:rFonts", attrs={qn("w:ascii"): latin, qn("w:hAnsi"): latin, qn("w:cs"): latin,
                                              qn("w:eastAsia"): east_asia, qn("w:hint"): "eastAsia"}))
    if bold is not None:
        rpr.append(OxmlElement("w:b", attrs=None if bold else {qn("w:val"): "0"}))
    if spacing_twips:
        rpr.append(OxmlElement("w:spacing", attrs={qn("w:val"): str(spacing_twips)}))
    if size is not None:
        half_points = str(round(size * 2))
        rpr.append(OxmlElement("w:sz", attrs={qn("w:val"): half_points}))
        rpr.append(OxmlElement("w:szCs", attrs={qn("w:val"): half_points}))
    if underline:
        rpr.append(OxmlElement("w:u", attrs={qn("w:val"): "single"}))
    if fill:
        rpr.append(OxmlElement("w:shd", attrs={qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill}))
    text = xml_safe(text)
    if text:
        t = OxmlElement("w:t")
        t.text = text
        if text != text.strip():
            t.set(qn("xml:space"), "preserve")
        r.append(t)
    paragraph._p.append(r)
    return Run(r, paragraph)


def no_snap_to_grid(paragraph) -> None:
    """Lay the paragraph out by its own line spacing and character widths, not the document grid."""
    ppr = paragraph._p.get_or_add_pPr()
    el = OxmlElement("w:snapToGrid")
    el.set(qn("w:val"), "0")
    _insert_before(ppr, el, "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                   "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                   "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def set_default_fonts(document, east_asia: str, latin: str, size: float) -> None:
    """Fonts of docDefaults and the Normal style, replacing the template's theme fonts."""
    styles = document.styles.element
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is not None:
        for fonts in rpr_default.iter(qn("w:rFonts")):
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                fonts.attrib.pop(qn(attr), None)
            fonts.set(qn("w:ascii"), latin)
            fonts.set(qn("w:hAnsi"), latin)
            fonts.set(qn("w:cs"), latin)
            fonts.set(qn("w:eastAsia"), east_asia)
    normal = document.styles["Normal"]
    set_fonts(normal, east_asia, latin)
    normal.font.size = Pt(size)
    lang = normal.element.get_or_add_rPr().find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        normal.element.get_or_add_rPr().append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def add_page_field(paragraph, east_asia: str, latin: str, size: float) -> None:
    """A PAGE field (Word shows the page number), as fldChar begin / instrText / separate / end runs."""
    def fld(kind: str):
        run = add_run(paragraph, "", east_asia, latin, size=size)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)

    fld("begin")
    run = add_run(paragraph, "", east_asia, latin, size=size)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    fld("separate")
    add_run(paragraph, "1", east_asia, latin, size=size)
    fld("end")


def set_doc_grid(section, line_pitch_twips: int, char_space: int | None) -> None:
    """w:docGrid: "linesAndChars" with a line pitch (twips) and a character pitch delta (1/4096 pt)."""
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    grid.set(qn("w:type"), "linesAndChars" if char_space is not None else "lines")
    grid.set(qn("w:linePitch"), str(line_pitch_twips))
    if char_space is not None:
        grid.set(qn("w:charSpace"), str(char_space))


def a4(section, *, landscape: bool = False) -> None:
    w, h = A4
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = h, w
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = w, h


def set_cell_fill(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    _insert_before(tc_pr, shd, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                   "w:hideMark")


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def table_borders(table, size: int = 4) -> None:
    """Single borders around and inside every cell (size in eighths of a point)."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    _insert_before(tbl_pr, borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")


def _insert_before(parent, element, *successors: str) -> None:
    """Insert keeping the schema's child order (Word rejects files with children out of order)."""
    for name in successors:
        found = parent.find(qn(name))
        if found is not None:
            found.addprevious(element)
            return
    parent.append(element)
