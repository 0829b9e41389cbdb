"""The 任务分解表 (tasks of the articles, one row each) as an Excel workbook (openpyxl)."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ._shared import STATUSES, TASK_COLUMNS, TaskTableWriter, formula_safe, xml_safe

SHEET_TITLE = "任务分解表"
# Widths in Excel character units; a CJK character is about two of them.
COLUMN_WIDTHS = {"序号": 7, "任务来源": 28, "原文表述": 48, "任务内容": 36, "责任领导": 12, "牵头单位": 16,
                 "配合单位": 16, "完成时限": 12, "状态": 9, "进展情况": 24, "备注": 14}
TITLE_ROW, HEADER_ROW = 1, 2
FONT_NAME = "宋体"


def cell_text(value: str) -> str:
    # A text cell keeps the CSV rule too: typed into again, Excel would run "=…" as a formula.
    return formula_safe(xml_safe(value))


class TasksXlsx(TaskTableWriter):
    extension = ".xlsx"

    def save(self, path: Path) -> None:
        wb = Workbook()
        ws = wb.active
        ws.title = SHEET_TITLE
        ncol = len(TASK_COLUMNS)
        last_col = get_column_letter(ncol)
        thin = Side(style="thin", color="808080")
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        wrap_top = Alignment(wrap_text=True, vertical="top")

        title = f"{self.titles[0]} {SHEET_TITLE}" if len(self.titles) == 1 else SHEET_TITLE
        ws.cell(TITLE_ROW, 1, cell_text(title)).data_type = "s"
        ws.merge_cells(f"A{TITLE_ROW}:{last_col}{TITLE_ROW}")
        ws.cell(TITLE_ROW, 1).font = Font(name=FONT_NAME, size=16, bold=True)
        ws.cell(TITLE_ROW, 1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.row_dimensions[TITLE_ROW].height = 30

        header_fill = PatternFill("solid", fgColor="D9E1F2")
        for col, name in enumerate(TASK_COLUMNS, 1):
            c = ws.cell(HEADER_ROW, col, name)
            c.font = Font(name=FONT_NAME, bold=True)
            c.fill = header_fill
            c.border = border
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.column_dimensions[get_column_letter(col)].width = COLUMN_WIDTHS.get(name, 14)

        body_font, bold_font = Font(name=FONT_NAME), Font(name=FONT_NAME, bold=True)
        for r, row in enumerate(self.rows, HEADER_ROW + 1):
            for col, value in enumerate(row.cells(), 1):
                c = ws.cell(r, col)
                c.value = cell_text(value)
                c.data_type = "s"  # never a formula, even for text that starts with "="
                c.border = border
                c.alignment = wrap_top
                c.font = bold_font if (row.level == 1 and col in (1, 4)) else body_font
        last_row = HEADER_ROW + max(len(self.rows), 1)
        ws.freeze_panes = ws.cell(HEADER_ROW + 1, 2)  # header row and 序号 stay in view
        ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{HEADER_ROW + len(self.rows)}"
        status_col = get_column_letter(TASK_COLUMNS.index("状态") + 1)
        dv = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"', allow_blank=True)
        dv.add(f"{status_col}{HEADER_ROW + 1}:{status_col}{max(last_row, HEADER_ROW + 1) + 500}")
        ws.add_data_validation(dv)
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        wb.save(str(path))
