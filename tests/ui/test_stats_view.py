"""The statistics view alone: bars that match the store, counted in the background, PNG export."""
from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from desktop_app.domain import Tracking
from desktop_app.ui.charts import BarChart
from desktop_app.ui.stats_view import StatsView
from handmade import add_plain, add_sample

DATES = ("2019-01-08", "2019-01-21", "2019-03-15", "2019-03-28", "2019-03-30", "2019-05-02", None)


def _view(qtbot, store) -> StatsView:
    sample = add_sample(store)  # 2019-03-01
    for n, date in enumerate(DATES):
        add_plain(store, f"生成文章{n}", f"第{n}篇生成的正文,用于统计。", date)
    tasks = store.article(sample).tasks
    store.set_tracking(sample, tasks[0], Tracking(status="done"))
    store.set_tracking(sample, tasks[1], Tracking(status="delayed"))
    view = StatsView(store)
    qtbot.addWidget(view)
    view.resize(1000, 720)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.refresh()
    return view


def test_month_bars_count_the_articles_of_each_month(qtbot, store):
    view = _view(qtbot, store)
    months = dict(view.months.items())
    assert months["2019-01"] == 2
    assert months["2019-03"] == 4  # the sample and three generated
    assert months["2019-02"] == 0 and months["2019-04"] == 0  # gaps are shown as empty months
    assert months["2019-05"] == 1
    assert months["无日期"] == 1
    assert sum(months.values()) == store.count()
    rects = dict(zip([m for m, _ in view.months.items()], view.months.bar_rects()))
    assert abs(rects["2019-03"].height() - 2 * rects["2019-01"].height()) < 1.0  # bars are to scale
    assert rects["2019-02"].height() == 0
    assert "共 8 篇文章" in view.summary.text()


def test_officials_and_task_status_bars(qtbot, store):
    view = _view(qtbot, store)
    officials = dict(view.officials.items())
    assert set(officials) == {"王晓", "张晓容", "马坚", "曹健松", "段发达"}
    assert all(n == 1 for n in officials.values())
    statuses = dict(view.statuses.items())
    assert list(statuses) == ["未启动", "推进中", "已完成", "延期"]
    assert statuses == {"未启动": 8, "推进中": 0, "已完成": 1, "延期": 1}
    assert "10 项任务" in view.summary.text()


def test_tooltip_text_of_the_bar_under_the_mouse(qtbot, store):
    view = _view(qtbot, store)
    chart = view.months
    i = [m for m, _ in chart.items()].index("2019-03")
    r = chart.bar_rects()[i]
    assert chart.bar_at(QPoint(int(r.center().x()), int(r.bottom() - 1))) == i
    qtbot.mouseMove(chart, QPoint(int(r.center().x()), int(r.bottom() - 1)))
    assert chart.toolTip() == "2019-03: 4"


def test_refresh_sees_new_articles(qtbot, store):
    view = _view(qtbot, store)
    add_plain(store, "新文章", "五月的又一篇。", "2019-05-20")
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.refresh_button.click()
    assert view.months.value("2019-05") == 2


def test_export_png(qtbot, store, tmp_path, monkeypatch):
    view = _view(qtbot, store)
    target = tmp_path / "统计图"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PNG 图片 (*.png)"))
    with qtbot.waitSignal(view.exported) as sig:
        view.export_button.click()
    written = target.with_suffix(".png")
    assert sig.args == [str(written)]
    image = QImage(str(written))
    assert not image.isNull() and image.width() == view.charts.width() and image.height() == view.charts.height()


def test_export_cancelled_writes_nothing(qtbot, store, tmp_path, monkeypatch):
    view = _view(qtbot, store)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert view.export_png() is None
    assert list(tmp_path.glob("*.png")) == []


def test_empty_store_draws_without_bars(qtbot, store):
    view = StatsView(store, background=False)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    assert view.months.items() == [] and view.officials.items() == []
    assert dict(view.statuses.items()) == {"未启动": 0, "推进中": 0, "已完成": 0, "延期": 0}
    view.grab()  # paints the empty charts and the all-zero status bars


def test_chart_image_has_the_asked_size(qtbot):
    chart = BarChart("标题")
    qtbot.addWidget(chart)
    chart.set_data([("甲", 3), ("乙", 0), ("丙", 12)])
    from PySide6.QtCore import QSize
    img = chart.image(QSize(300, 200))
    assert (img.width(), img.height()) == (300, 200)


def test_a_long_span_is_counted_per_year(qtbot, store):
    add_plain(store, "早", "很早的一篇。", "2015-06-01")
    add_plain(store, "早二", "又一篇早的。", "2015-09-01")
    add_plain(store, "晚", "很晚的一篇。", "2026-11-27")
    add_plain(store, "无日期", "没有日期的一篇。")
    view = StatsView(store, background=False)
    qtbot.addWidget(view)
    view.refresh()
    assert view.months.title == "每年文章数"
    assert view.months.items() == [("2015", 2)] + [(str(y), 0) for y in range(2016, 2026)] + [("2026", 1), ("无日期", 1)]
