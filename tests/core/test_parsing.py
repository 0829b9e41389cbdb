"""Parsing a raw article file into its fields, as the user sees them in the reader header."""
from __future__ import annotations

from desktop_app.parsing import parse_date, parse_meta_line, parse_text


def test_sample_fields(sample_text):
    p = parse_text(sample_text)
    assert p.title == "西宁市委召开脱贫攻坚工作会议"
    assert p.subtitle == "●传达省委脱贫攻坚工作会议精神●通报全市脱贫攻坚工作情况●王晓出席并讲话"
    assert p.source == "西宁晚报"
    assert p.date == "2019-03-01"
    assert p.views is None


def test_sample_body_paragraphs_match_the_file(sample_text):
    p = parse_text(sample_text)
    file_paragraphs = [l.strip() for l in sample_text.splitlines()[6:] if l.strip()]
    assert p.body.split("\n") == file_paragraphs
    assert p.body.startswith("2月27日,市委召开脱贫攻坚工作会议")
    assert not p.body.startswith(" ")


def test_full_width_colons_and_no_break_spaces():
    text = "标题一\n\n来源：人民日报\u00a0\u00a0日期：2020年5月6日\u3000浏览量：1,234\n\n\u3000\u3000正文第一段。\n\u3000\u3000正文第二段。"
    p = parse_text(text)
    assert (p.title, p.source, p.date, p.views) == ("标题一", "人民日报", "2020-05-06", 1234)
    assert p.body == "正文第一段。\n正文第二段。"


def test_plain_article_without_meta_line():
    p = parse_text("会议召开\n\n  今天召开会议。\n\n  会议要求抓好落实。\n")
    assert p.title == "会议召开"
    assert (p.source, p.date, p.views, p.subtitle) == ("", None, None, "")
    assert p.body == "今天召开会议。\n会议要求抓好落实。"


def test_date_that_does_not_exist_is_dropped_not_guessed():
    assert parse_date("2019-02-30") is None
    assert parse_date("2019/2/28") == "2019-02-28"
    assert parse_meta_line("来源:某报    日期:2019-02-30")["date"] is None


def test_meta_line_is_not_taken_for_a_title():
    p = parse_text("来源:新华社 日期:2021-01-02\n正文。", fallback_title="文件名")
    assert p.title == "文件名"
    assert p.source == "新华社"
    assert p.body == "正文。"


def test_traditional_chinese_labels():
    p = parse_text("標題\n\n來源：中央社　發布時間：2021年3月4日　瀏覽：12\n\n正文。")
    assert (p.source, p.date, p.views, p.body) == ("中央社", "2021-03-04", 12, "正文。")
