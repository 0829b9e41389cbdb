"""Articles as DOCX: "plain" (highlighted officials and tasks) or "gongwen" (GB/T 9704-2012 layout)."""
from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Mm, Pt, RGBColor

from . import fonts as font_lookup
from ._shared import (OFFICIAL_FILL, TASK_FILL, Writer, meta_line, officials_of, paragraph_text,
                      paragraphs, task_numbers)
from .docx_common import (a4, add_page_field, add_run, append_paragraph, no_snap_to_grid, set_default_fonts,
                          set_doc_grid)

# GB/T 9704-2012 figures (reference §3.1): A4, margins 37/35/28/26 mm, 22 lines x 28 characters.
GONGWEN_MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
PAGE_W_TWIPS, PAGE_H_TWIPS = 11906, 16838
_TEXT_W = PAGE_W_TWIPS - round(28 / 25.4 * 1440) - round(26 / 25.4 * 1440)  # 版心 width, twips
_TEXT_H = PAGE_H_TWIPS - round(37 / 25.4 * 1440) - round(35 / 25.4 * 1440)
LINES, CHARS = 22, 28
LINE_PITCH = _TEXT_H // LINES  # 579 twips = 28.95 pt: exactly 22 lines fit
BODY_PT, TITLE_PT, PAGE_NO_PT = 16, 22, 14  # 3号, 2号, 4号
# Character pitch as Word's docGrid wants it: the difference from the body font size in 1/4096 pt.
# The grid makes Word's 页面设置 show 22 lines x 28 characters. The text itself does not snap to it:
# LibreOffice gives a 16 pt glyph two 15.8 pt grid cells (14 characters a line). Instead every 3号
# run is condensed by 0.25 pt (28 x 15.75 pt = 441 pt <= 442.2 pt of 版心) and lines are exactly
# one line pitch apart, which gives 28 x 22 in Word, WPS and LibreOffice alike.
CHAR_SPACE = round((_TEXT_W / CHARS / 20 - BODY_PT) * 4096)
BODY_CONDENSE = -5  # twips = -0.25 pt

# Heading levels at the start of a paragraph (7.3.3): 一、 （一） 1. （1）
HEADINGS = (
    (1, re.compile(r"^[一二三四五六七八九十百]+、")),
    (2, re.compile(r"^[（(][一二三四五六七八九十百]+[）)]")),
    (3, re.compile(r"^\d{1,3}[.．](?!\d)")),
    (4, re.compile(r"^[（(]\d{1,3}[）)]")),
)
_HEADING_END = re.compile(r"[。：:]")


def heading_level(text: str) -> int:
    """1-4 for a paragraph that starts like a 公文 heading (一、 （一） 1. （1）), else 0."""
    for level, pattern in HEADINGS:
        if pattern.match(text):
            return level
    return 0


def split_heading(text: str) -> tuple[str, str]:
    """(heading sentence, rest): the heading runs to its first 。 or ：, or is the whole paragraph."""
    m = _HEADING_END.search(text)
    if m is None:
        return text, ""
    return text[:m.end()], text[m.end():]


class ArticleDocx(Writer):
    extension = ".docx"

    def __init__(self, *, layout: str = "plain", warnings: list | None = None,
                 installed_fonts: set[str] | None = None):
        super().__init__(layout=layout, warnings=warnings)
        self.document = Document()
        section = self.document.sections[0]
        a4(section)
        if layout == "gongwen":
            self.fonts, font_warnings = font_lookup.resolve(installed_fonts)
            self.warnings.extend(w for w in font_warnings if w not in self.warnings)
            self._setup_gongwen(section)
        else:
            self.fonts = {"title": "黑体", "body": "宋体", "kai": "楷体", "hei": "黑体", "song": "宋体"}
            for side in ("top", "bottom", "left", "right"):
                setattr(section, f"{side}_margin", Mm(25))
            set_default_fonts(self.document, "宋体", font_lookup.LATIN, 12)
        # python-docx's template starts with one empty paragraph only in some versions; drop it.
        body = self.document.element.body
        for p in list(body.iterchildren()):
            if p.tag.endswith("}p") and not "".join(p.itertext()).strip():
                body.remove(p)

    # -- gongwen ---------------------------------------------------------------------------------
    def _setup_gongwen(self, section) -> None:
        for side, mm in GONGWEN_MARGINS_MM.items():
            setattr(section, f"{side}_margin", Mm(mm))
        section.header_distance = Mm(15)
        section.footer_distance = Mm(22)  # puts the "— n —" line about 7 mm below the 版心
        set_doc_grid(section, LINE_PITCH, CHAR_SPACE)
        set_default_fonts(self.document, self.fonts["body"], font_lookup.LATIN, BODY_PT)
        self.document.settings.odd_and_even_pages_header_footer = True
        for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                              (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
            footer.is_linked_to_previous = False
            p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
            p.alignment = align
            # 7.5: odd pages 居右空一字, even pages 居左空一字.
            if align == WD_ALIGN_PARAGRAPH.RIGHT:
                p.paragraph_format.right_indent = Pt(PAGE_NO_PT)
            else:
                p.paragraph_format.left_indent = Pt(PAGE_NO_PT)
            song = self.fonts["song"]
            add_run(p, "— ", song, song, size=PAGE_NO_PT)
            add_page_field(p, song, song, PAGE_NO_PT)
            add_run(p, " —", song, song, size=PAGE_NO_PT)

    def _gongwen_paragraph(self, *, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent: bool = True):
        p = append_paragraph(self.document)
        fmt = p.paragraph_format
        fmt.alignment = align
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(LINE_PITCH / 20)
        fmt.first_line_indent = Pt(2 * BODY_PT) if indent else None
        no_snap_to_grid(p)
        return p

    def _add_gongwen(self, article, body_paras: list[str]) -> None:
        f, latin = self.fonts, font_lookup.LATIN
        title = self._gongwen_paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        title.paragraph_format.page_break_before = self.count > 0
        add_run(title, article.title, f["title"], f["title"], size=TITLE_PT)
        for line in (article.subtitle, meta_line(article)):
            if line:
                p = self._gongwen_paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
                add_run(p, line, f["kai"], latin, size=BODY_PT, spacing_twips=BODY_CONDENSE)
        self._gongwen_paragraph(indent=False)  # one blank line under the title block
        for text in body_paras:
            p = self._gongwen_paragraph()
            level = heading_level(text)
            head, rest = split_heading(text) if level in (1, 2, 3) else ("", text)
            if head:
                font = {1: f["hei"], 2: f["kai"], 3: f["body"]}[level]
                add_run(p, head, font, latin, size=BODY_PT, bold=True if level == 3 else None,
                        spacing_twips=BODY_CONDENSE)
            if rest:
                add_run(p, rest, f["body"], latin, size=BODY_PT, spacing_twips=BODY_CONDENSE)

    # -- plain -----------------------------------------------------------------------------------
    def _add_plain(self, article, segs, numbers) -> None:
        f, latin = self.fonts, font_lookup.LATIN
        doc = self.document
        title = append_paragraph(doc)
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title.paragraph_format.page_break_before = self.count > 0
        title.paragraph_format.space_after = Pt(6)
        add_run(title, article.title, f["title"], latin, size=18, bold=True)
        if article.subtitle:
            p = append_paragraph(doc)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_run(p, article.subtitle, f["kai"], latin, size=12)
        meta = meta_line(article)
        if meta:
            p = append_paragraph(doc)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_run(p, meta, f["body"], latin, size=10.5).font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        legend = append_paragraph(doc)
        legend.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_run(legend, "图例：", f["body"], latin, size=9)
        add_run(legend, "官员", f["body"], latin, size=9, bold=True, fill=OFFICIAL_FILL)
        add_run(legend, "　", f["body"], latin, size=9)
        add_run(legend, "任务", f["body"], latin, size=9, fill=TASK_FILL, underline=True)
        for para in segs:
            p = append_paragraph(doc)
            fmt = p.paragraph_format
            fmt.first_line_indent = Pt(24)
            fmt.line_spacing = 1.5
            fmt.space_after = Pt(0)
            for s in para:
                fill = OFFICIAL_FILL if s.official else TASK_FILL if s.task else None
                add_run(p, s.text, f["body"], latin, bold=True if s.official else None, fill=fill,
                        underline=bool(s.task))
        if article.officials:
            self._plain_heading("文中官员")
            for name, posts in officials_of(article):
                p = append_paragraph(doc, "List Bullet")
                add_run(p, name, f["body"], latin, bold=True)
                if posts:
                    add_run(p, f"（{posts}）", f["body"], latin)
        if article.tasks:
            self._plain_heading("任务")
            for t in sorted(article.tasks, key=lambda t: (t.start, t.end)):
                p = append_paragraph(doc)
                number = numbers[t.id]
                p.paragraph_format.left_indent = Pt(12 * (number.count(".") + 1))
                add_run(p, f"{number}　", f["body"], latin, bold=True)
                add_run(p, t.text, f["body"], latin)
                if t.speaker:
                    add_run(p, f"（{t.speaker}）", f["body"], latin).font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    def _plain_heading(self, text: str) -> None:
        p = append_paragraph(self.document)
        p.paragraph_format.space_before = Pt(12)
        add_run(p, text, self.fonts["hei"], font_lookup.LATIN, size=12, bold=True)

    # -- Writer ----------------------------------------------------------------------------------
    def add(self, article) -> None:
        segs = paragraphs(article)  # everything that can fail happens before the document is touched
        if self.layout == "gongwen":
            texts = [t for t in (paragraph_text(p).strip() for p in segs) if t]
            self._add_gongwen(article, texts)
        else:
            self._add_plain(article, segs, task_numbers(article.tasks))

    def save(self, path: Path) -> None:
        self.document.save(str(path))
