"""工具 → 检查文章库: integrity and search-index checks on a worker, reported in Chinese."""
from __future__ import annotations

from desktop_app.ui.check_store import CheckResult, StoreCheck, check
from desktop_app.ui.main_window import MainWindow
from handmade import add_plain


def test_a_sound_store(qtbot, store):
    add_plain(store, "第一篇", "第一篇的正文。")
    result = check(store)
    assert result.ok and result.articles == 1 and result.size > 0


def test_report_of_a_sound_store_through_the_menu(qtbot, store, ui_state):
    add_plain(store, "第一篇", "第一篇的正文。")
    w = MainWindow(store, ui_state)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.store_check.checked, timeout=10000) as sig:
        w.actions.check_store.trigger()
    assert sig.args[0].startswith("检查完成:文章库完好。\n共 1 篇文章")


def test_a_damaged_search_index_is_reported_with_the_fix(qtbot, store, ui_state):
    a = add_plain(store, "第一篇", "第一篇的正文。")
    add_plain(store, "第二篇", "第二篇的正文。")
    store.conn.execute("UPDATE articles SET fts_key=NULL WHERE id=?", (a,))  # as a bug might leave it
    w = MainWindow(store, ui_state)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.store_check.checked, timeout=10000) as sig:
        w.store_check.run()
    text = sig.args[0]
    assert text.startswith("检查发现")
    assert "1 篇文章不在搜索索引中" in text and "重建搜索索引" in text
    # The suggested fix works.
    assert store.rebuild_index()
    assert check(store).ok


def test_report_words_for_each_problem(qtbot, store, ui_state):
    check = StoreCheck(store.path, None)
    text = check.report_text(CheckResult([("integrity", "page 3 is never used"), ("fts", "chars_fts: malformed"),
                                          ("index_count", "articles_fts: 2/3"), ("foreign_key", "mentions -> articles")]))
    assert "文件结构损坏:page 3 is never used" in text and "搜索索引损坏(chars_fts)" in text
    assert "备份与恢复" in text and "重建搜索索引" in text and "有数据指向已不存在的文章" in text


def test_a_file_that_is_no_database(qtbot, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 1000)
    check = StoreCheck(bad, None)
    with qtbot.waitSignal(check.checked, timeout=10000) as sig:
        check.run()
    assert sig.args[0].startswith("无法检查文章库")
    for box in __import__("PySide6.QtWidgets").QtWidgets.QApplication.topLevelWidgets():
        if box.inherits("QMessageBox"):
            box.close()


def test_a_missing_table_or_column_is_found_by_introspection(qtbot, store):
    """The store check compares the file's tables and columns (sqlite-utils) with the current
    schema: a file whose upgrade was cut short, or that was edited by hand, is named."""
    from desktop_app.store.integrity import schema_problems

    assert schema_problems(store.conn) == []
    store.conn.execute("DROP TABLE tracking_rules")
    store.conn.execute("ALTER TABLE articles DROP COLUMN note")
    result = check(store)
    assert ("schema", "tracking_rules") in result.problems and ("schema", "articles.note") in result.problems
    text = StoreCheck(".", None).report_text(result)
    assert "文件缺少本版本需要的表或列:tracking_rules" in text and "恢复最近一份完好的备份" in text
