"""The 任务分解表 as a DOCX table on landscape A4, laid out as a GB/T 9704 附件 (clause 8)."""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from . import fonts as font_lookup
from ._shared import TASK_COLUMNS, TaskTableWriter
from .docx_common import (a4, add_page_field, add_run, repeat_header, set_cell_fill, set_default_fonts,
                          table_borders)

# Relative column widths (sum 100): the text columns get the room.
WIDTHS = {"序号": 4, "任务来源": 14, "原文表述": 23, "任务内容": 17, "责任领导": 6, "牵头单位": 7,
          "配合单位": 7, "完成时限": 6, "状态": 7, "进展情况": 6, "备注": 3}
CELL_PT = 10.5  # 五号
TITLE = "任务分解表"


class TasksDocx(TaskTableWriter):
    extension = ".docx"

    def __init__(self, *, installed_fonts: set[str] | None = None, **kw):
        super().__init__(**kw)
        self.fonts, font_warnings = font_lookup.resolve(installed_fonts)
        self.warnings.extend(w for w in font_warnings if w not in self.warnings)

    def save(self, path: Path) -> None:
        f, latin = self.fonts, font_lookup.LATIN
        doc = Document()
        section = doc.sections[0]
        a4(section, landscape=True)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(25), Mm(25)
        set_default_fonts(doc, f["body"], latin, CELL_PT)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_run(footer, "— ", f["song"], f["song"], size=14)
        add_page_field(footer, f["song"], f["song"], 14)
        add_run(footer, " —", f["song"], f["song"], size=14)
        body = doc.element.body
        for p in list(body.iterchildren()):
            if p.tag.endswith("}p") and not "".join(p.itertext()).strip():
                body.remove(p)

        label = doc.add_paragraph()
        add_run(label, "附件", f["hei"], latin, size=16)  # 7.3.7: "附件" in 3号黑体, flush left
        heading = doc.add_paragraph()
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        heading.paragraph_format.space_after = Pt(12)
        title = f"{self.titles[0]}{TITLE}" if len(self.titles) == 1 else TITLE
        add_run(heading, title, f["title"], f["title"], size=22)

        table = doc.add_table(rows=1, cols=len(TASK_COLUMNS))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        table_borders(table)
        # python-docx types a section's sizes as optional: a new document's first section has them all
        usable = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
        widths = [int(usable * WIDTHS[name] / 100) for name in TASK_COLUMNS]
        for column, width in zip(table.columns, widths):
            column.width = width
        header = table.rows[0]
        repeat_header(header)
        for cell, name, width in zip(header.cells, TASK_COLUMNS, widths):
            cell.width = width
            set_cell_fill(cell, "D9E1F2")
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_run(p, name, f["hei"], latin, size=CELL_PT)
        for row in self.rows:
            cells = table.add_row().cells
            for col, (cell, value, width) in enumerate(zip(cells, row.cells(), widths)):
                cell.width = width
                p = cell.paragraphs[0]
                if col in (0, 8):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_run(p, value, f["body"], latin, size=CELL_PT,
                        bold=True if (row.level == 1 and col in (0, 3)) else None)
        doc.save(str(path))
