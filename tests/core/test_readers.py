"""Readers: every encoding, every bad file of tests/badfiles, HTML and .docx, and the words for each code."""
from __future__ import annotations

import os

import sys
from pathlib import Path

import pytest

from desktop_app.readers import ReadError, decode_bytes, read_article, read_text_file
from desktop_app.catalogue import READ, read_failure

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "badfiles"))
from make_badfiles import make_badfiles  # noqa: E402


@pytest.fixture(scope="module")
def badfiles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("badfiles")
    return folder, make_badfiles(folder)


def _check(article, checks: dict) -> None:
    for field, want in checks.items():
        got = getattr(article, field)
        if isinstance(want, str):
            assert got is not None and want in got, (field, got)
        else:
            assert got == want, (field, got)


def _expectations() -> dict[str, tuple]:
    # The expectations do not depend on the folder: list them once at collection, without the 50 MB file.
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        return make_badfiles(d, huge=False)


_EXPECTED = _expectations()


def _names(kind: str) -> list[str]:
    return sorted(n for n, e in _EXPECTED.items() if e[0] == kind)


@pytest.mark.parametrize("name", _names("ok"))
def test_good_file_is_read(badfiles, name):
    folder, cases = badfiles
    article = read_article(folder / name)
    _check(article, cases[name][1])
    assert "\ufffd" not in article.body and "\ufffd" not in article.title


@pytest.mark.parametrize("name", _names("fail") + ["huge_50mb.txt"])
def test_bad_file_fails_with_its_code(badfiles, name):
    folder, cases = badfiles
    with pytest.raises(ReadError) as e:
        read_article(folder / name)
    assert e.value.code == cases[name][1]
    assert e.value.code in READ  # the catalogue has words for it


def test_every_code_has_chinese_words(badfiles):
    _, cases = badfiles
    codes = {e[1] for e in cases.values() if e[0] == "fail"} | {"missing", "unreadable", "unsupported",
                                                               "bad_encoding", "no_body", "too_large"}
    for code in codes:
        assert code in READ, code
        words = read_failure(code, "zh_CN")
        assert words and any("\u4e00" <= c <= "\u9fff" for c in words), code
    assert read_failure("empty", "zh_CN") == "文件为空,或只有空白"
    assert read_failure("too_large", "zh_CN") == "文件过大(超过 20 MB),未导入"
    assert read_failure("too_large", "en") == "The file is too large (over 20 MB) and was not imported"
    assert read_failure("error: KeyError: 'x'", "zh_CN") == READ["error"][0]
    assert read_failure("something_new", "zh_CN")  # an unknown code still gets words


def test_too_large_is_refused_without_reading(tmp_path, monkeypatch):
    p = tmp_path / "big.txt"
    with p.open("wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50 * 1024 * 1024)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file that is too large"))
    with pytest.raises(ReadError) as e:
        read_article(p)
    assert e.value.code == "too_large"


def test_missing_and_unreadable(tmp_path, monkeypatch):
    with pytest.raises(ReadError) as e:
        read_article(tmp_path / "gone.txt")
    assert e.value.code == "missing"
    with pytest.raises(ReadError) as e:
        read_article(tmp_path / "gone.docx")
    assert e.value.code == "missing"
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(ReadError) as e:
        read_article(tmp_path / "folder.txt")
    assert e.value.code == "unreadable"
    p = tmp_path / "locked.txt"
    p.write_text("标题\n正文。", encoding="utf-8")

    def denied(path, *a, **k):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", denied)  # root ignores chmod 000: simulate the refusal
    with pytest.raises(ReadError) as e:
        read_article(p)
    assert e.value.code == "unreadable"


def test_unsupported_suffix(tmp_path):
    p = tmp_path / "scan.pdf"
    p.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(ReadError) as e:
        read_article(p)
    assert e.value.code == "unsupported"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_decode_simplified(encoding):
    text = "西宁市委召开脱贫攻坚工作会议\n来源:西宁晚报 日期:2019-03-01\n市委书记王晓出席会议并讲话,要求各级各部门认真落实。\n"
    assert decode_bytes(text.encode(encoding)).lstrip("\ufeff") == text


def test_decode_big5_and_non_bmp():
    trad = "臺北市政府召開防災會議\n市長出席會議並講話,要求各機關落實防災整備工作。\n"
    assert decode_bytes(trad.encode("big5")) == trad
    rare = "𠮷野家𠀀召开会议,要求认真落实。\n"
    for enc in ("utf-8", "gb18030", "utf-16"):
        assert decode_bytes(rare.encode(enc)) == rare


def test_decode_mixed_lines():
    data = "第一行是统一码编码的文字。\n".encode() + "第二行是国标编码的文字。\n".encode("gbk") \
        + "第三行又是统一码。".encode()
    assert decode_bytes(data) == "第一行是统一码编码的文字。\n第二行是国标编码的文字。\n第三行又是统一码。"


def test_read_text_file_keeps_its_contract(badfiles):
    folder, _ = badfiles
    assert read_text_file(folder / "gbk.txt").startswith("西宁市委召开脱贫攻坚工作会议")
    for name, code in (("empty.txt", "empty"), ("binary_png.txt", "binary"), ("whitespace.txt", "empty")):
        with pytest.raises(ReadError) as e:
            read_text_file(folder / name)
        assert e.value.code == code


def test_html_keeps_only_text(badfiles):
    folder, _ = badfiles
    from desktop_app.readers.html import read_html

    for name in ("gov_page_gb2312.html", "gov_page_resaved_utf8.htm"):
        page = read_html((folder / name).read_bytes())
        everything = "\n".join(str(v) for v in vars(page).values())
        assert "MUST_NOT_SURVIVE" not in everything
        for chrome in ("打印", "关闭", "分享到", "字号", "微博", "版权所有", "上一篇", "当前位置", "首页",
                       "<", ">", "javascript", "http", "脚本写入", "责任编辑", "来源", "发布时间"):
            assert chrome not in page.body, chrome
        assert page.body.count("\n") == 2  # three paragraphs, nothing else
        assert page.author == "张记者" and page.editor == "王编辑"


def test_html_table_layout_and_site_title():
    from desktop_app.readers.html import read_html

    side = "".join(f'<li><a href="/n{i}.html">关于印发某某市第{i}批重点项目建设计划和资金安排的通知</a></li>'
                   for i in range(25))
    page = f"""<html><head><meta charset="utf-8"><title>市政府召开常务会议 - 某某市人民政府门户网站</title></head>
    <body><table><tr><td><h1>某某市人民政府</h1></td></tr><tr><td>
    <table><tr><td class="bt"><b>市政府召开常务会议</b></td></tr>
    <tr><td>2021-07-01 10:12:33&nbsp;&nbsp;来源:市政府办公室&nbsp;&nbsp;【字体:<a>大</a> <a>中</a> <a>小</a>】</td></tr>
    <tr><td><div class="TRS_Editor"><p>&nbsp;&nbsp;6月30日,市长王某主持召开市政府常务会议,研究部署防汛抗旱工作。</p>
    <p>&nbsp;&nbsp;会议强调,要坚持人民至上、生命至上,扎实做好防汛各项准备。</p></div></td></tr>
    <tr><td>扫一扫在手机打开当前页</td></tr></table></td>
    <td><div class="side"><h3>相关新闻</h3><ul>{side}</ul></div></td></tr></table></body></html>"""
    a = read_html(page)
    assert a.title == "市政府召开常务会议"
    assert a.source == "市政府办公室" and a.date == "2021-07-01"
    assert a.body.split("\n") == ["6月30日,市长王某主持召开市政府常务会议,研究部署防汛抗旱工作。",
                                  "会议强调,要坚持人民至上、生命至上,扎实做好防汛各项准备。"]


def test_html_notice_keeps_its_time_and_place_lines():
    from desktop_app.readers.html import read_html

    page = """<html><head><title>关于召开全市教育工作会议的通知_通知公告</title></head><body>
    <h1>关于召开全市教育工作会议的通知</h1><div>发布日期:2023-03-01 来源:市教育局</div>
    <div id="zoom"><p>各区县教育局,市直各学校:经研究,决定召开全市教育工作会议,现将有关事项通知如下。</p>
    <p>时间:2023年3月8日上午9:00</p><p>地点:市政府第一会议室</p>
    <p>请各单位主要负责同志准时参加,不得缺席,确因特殊情况不能参加的,须提前请假。</p></div>
    <div>责任编辑:某某</div></body></html>"""
    a = read_html(page)
    assert a.date == "2023-03-01" and a.source == "市教育局"
    assert "时间:2023年3月8日上午9:00" in a.body and "地点:市政府第一会议室" in a.body
    assert "责任编辑" not in a.body and "发布日期" not in a.body


def test_html_nonexistent_date_is_none():
    from desktop_app.readers.html import read_html

    a = read_html("<html><body><h1>日期不存在的稿件</h1><div>来源:测试 发布时间:2019-02-30</div>"
                  "<div><p>这篇稿件的日期并不存在,但正文应当照常读出,不受影响。</p></div></body></html>")
    assert a.date is None and a.source == "测试" and "照常读出" in a.body


def test_docx_bomb_is_refused_before_inflating(badfiles, monkeypatch):
    folder, _ = badfiles
    import zipfile

    monkeypatch.setattr(zipfile.ZipFile, "read", lambda *a, **k: pytest.fail("inflated a zip bomb"))
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: pytest.fail("inflated a zip bomb"))
    with pytest.raises(ReadError) as e:
        read_article(folder / "zip_bomb.docx")
    assert e.value.code == "zip_bomb"


def test_docx_tables_are_read(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("某某局2023年工作要点")
    d.add_paragraph("来源:某某局  日期:2023-01-05")
    d.add_paragraph("一、全面加强党的建设,推动各项工作落到实处。")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "任务", "责任单位"
    t.cell(1, 0).text, t.cell(1, 1).text = "完善制度建设", "办公室"
    d.save(tmp_path / "plan.docx")
    a = read_article(tmp_path / "plan.docx")
    assert a.title == "某某局2023年工作要点" and a.date == "2023-01-05"
    assert "完善制度建设  办公室" in a.body


@pytest.mark.parametrize("page, title, source, date, editor", [
    # xinhua-like: "标题-网站" with no spaces; the h1 is the article's; bracketed editor line.
    ("""<html><head><meta charset="utf-8"><title>某某主持召开改革委员会会议-新华网</title></head><body>
     <div class="header"><a>首页</a><a>时政</a></div><div class="head-line"><h1><span class="title">
     中央全面深化改革委员会召开第十次会议</span></h1><div class="source">来源: 新华网</div></div>
     <div id="detail"><p>　　新华社北京9月9日电 中共中央总书记主持召开中央全面深化改革委员会第十次会议并发表重要讲话。</p>
     <p>　　会议强调,要把制度建设摆到更加突出的位置,推动各项改革落地见效。</p></div>
     <div class="editor">【责任编辑:张三】</div><div class="share">分享到:</div></body></html>""",
     "中央全面深化改革委员会召开第十次会议", "新华网", None, "张三"),
    # people-like: a title container whose class says "title"; date and source on one line; (责编:…).
    ("""<html><head><meta charset="gb2312"><title>全国政协召开双周协商座谈会--时政--人民网</title></head><body>
     <div class="text_title"><h1>全国政协召开双周协商座谈会</h1>
     <div class="box01"><div class="fl">2019年03月01日08:30&nbsp;&nbsp;来源:<a href="http://x/">人民网-人民日报</a></div>
     <div class="fr"><a>分享到:</a></div></div></div>
     <div class="box_con"><p>　　本报北京2月28日电 全国政协28日在京召开双周协商座谈会,围绕推进乡村振兴建言资政。</p>
     <div class="edit">(责编:李四、王五)</div></div></body></html>""",
     "全国政协召开双周协商座谈会", "人民网-人民日报", "2019-03-01", "李四、王五"),
    # a logo <h1>, the title in a div, a bare date line under it.
    ("""<html><head><title>市长调研重点项目_要闻动态_某市政府</title></head><body><h1>某市政府</h1>
     <div class="tit">市长调研重点项目</div><div class="time">2020-08-08 10:00</div>
     <div class="con"><p>8月7日,市长深入重点项目建设现场调研,要求加快推进项目建设进度,早日建成投产。</p></div></body></html>""",
     "市长调研重点项目", "", "2020-08-08", ""),
    # <title> cut short with "…": the full heading wins.
    ("""<html><head><title>关于进一步加强城市基层党建工作推动基层治理…</title></head><body>
     <h2>关于进一步加强城市基层党建工作推动基层治理体系和治理能力现代化的实施意见</h2>
     <p>为深入贯彻落实党中央关于加强城市基层党建工作的决策部署,结合本市实际,提出如下实施意见。</p></body></html>""",
     "关于进一步加强城市基层党建工作推动基层治理体系和治理能力现代化的实施意见", "", None, ""),
])
def test_html_site_layouts(page, title, source, date, editor):
    from desktop_app.readers.html import read_html

    a = read_html(page)
    assert (a.title, a.source, a.date, a.editor) == (title, source, date, editor)
    lines = a.body.split("\n")
    assert all(len(line) > 20 for line in lines), lines  # only the paragraphs
    assert title not in lines and not any(w in a.body for w in ("分享到", "来源", "责编", "责任编辑"))
