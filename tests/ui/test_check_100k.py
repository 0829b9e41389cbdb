"""Issue 14 checked again as a new user with a 100,000-article library: what was found wrong, each
as the user sees it."""
from __future__ import annotations

from PySide6.QtWidgets import QTableView

from handmade import add_sample, open_window


def test_columns_that_gave_way_in_a_narrow_list_grow_back_when_it_is_widened(qtbot, store, ui_state):
    from desktop_app.ui.article_model import COL_DATE, COL_OFFICIALS, COL_SOURCE, COL_TASKS

    add_sample(store)
    window = open_window(qtbot, store, ui_state)
    header = window.article_list.view.horizontalHeader()
    columns = (COL_DATE, COL_SOURCE, COL_OFFICIALS, COL_TASKS)
    before = {c: header.sectionSize(c) for c in columns}
    sizes = window.splitter.sizes()
    window.splitter.setSizes([300, sizes[0] + sizes[1] - 300, sizes[2]])
    qtbot.wait(20)
    assert any(header.sectionSize(c) < before[c] for c in columns)  # they gave way to the title
    window.splitter.setSizes(sizes)
    qtbot.wait(20)
    # The source read "西宁…" and the counts "…" in a wide list after one narrow moment.
    assert {c: header.sectionSize(c) for c in columns} == before
    # What is kept for this library is the layout the user chose, not the squeezed one.
    window.splitter.setSizes([300, sizes[0] + sizes[1] - 300, sizes[2]])
    qtbot.wait(20)
    window.close()
    kept = QTableView()  # the layout this library will open with, read back as the window does
    qtbot.addWidget(kept)
    kept.setModel(window.article_list.model)
    assert kept.horizontalHeader().restoreState(ui_state.list_header())
    assert {c: kept.horizontalHeader().sectionSize(c) for c in columns} == before


def test_a_column_the_user_resized_keeps_its_width_when_the_list_is_widened(qtbot, store, ui_state):
    from desktop_app.ui.article_model import COL_SOURCE

    add_sample(store)
    window = open_window(qtbot, store, ui_state)
    header = window.article_list.view.horizontalHeader()
    sizes = window.splitter.sizes()
    window.splitter.setSizes([300, sizes[0] + sizes[1] - 300, sizes[2]])
    qtbot.wait(20)
    header.resizeSection(COL_SOURCE, 40)  # as a drag on the header's edge does
    qtbot.wait(20)
    window.splitter.setSizes(sizes)
    qtbot.wait(20)
    assert header.sectionSize(COL_SOURCE) == 40
