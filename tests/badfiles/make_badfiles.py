"""Writes the awkward files the importer must survive into a folder, at test time (no binaries in git).

`make_badfiles(folder)` returns {file name: expectation}; an expectation is either
("ok", checks) with checks a dict of ParsedArticle fields (a str value must be contained in the
field, None must equal) or ("fail", code). Run as a script to write them into a folder by hand:
    python tests/badfiles/make_badfiles.py /tmp/bad
"""
from __future__ import annotations

import functools
import io
import sys
import zipfile
from pathlib import Path

ARTICLE = ("西宁市委召开脱贫攻坚工作会议\n"
           "来源:西宁晚报    日期:2019-03-01    浏览量:12\n"
           "  2月27日,市委召开脱贫攻坚工作会议,市委书记王晓出席会议并讲话。\n"
           "  会议要求,各级各部门要切实提高政治站位,坚决打赢脱贫攻坚战。\n")
TRAD = ("臺北市政府召開防災會議\n"
        "來源:臺北市政府    日期:2020-05-04\n"
        "  市長出席會議並講話,要求各機關落實防災整備工作,確保市民生命財產安全。\n")

GOV_PAGE = """<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>全市安全生产工作会议召开_政务要闻_某某市人民政府</title>
<meta name="SiteName" content="某某市人民政府">
<meta name="ColumnName" content="政务要闻">
<script type="text/javascript">var secret = "SCRIPT_TEXT_MUST_NOT_SURVIVE"; document.write("脚本写入的文字");</script>
<style>.title {{ color: red }} /* STYLE_TEXT_MUST_NOT_SURVIVE */</style>
</head>
<body onload="alert('ONLOAD_MUST_NOT_SURVIVE')">
<div class="header"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/hdjl">互动交流</a></div>
<div class="nav">当前位置:<a href="/">首页</a> &gt; <a href="/zwyw">政务要闻</a></div>
<div class="article">
  <h1 class="title">全市安全生产工作会议召开</h1>
  <div class="info">来源:某某日报&nbsp;&nbsp;&nbsp;发布时间:2021-06-15 09:30&nbsp;&nbsp;作者:张记者&nbsp;&nbsp;浏览次数:<span>1,234</span>
    &nbsp;&nbsp;字号:[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]&nbsp;&nbsp;【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
  <div class="content" id="zoom">
    <p style="text-indent:2em">6月14日,全市安全生产工作会议召开。市委副书记、市长李明出席会议并讲话,强调要压紧压实安全生产责任。</p>
    <p style="text-indent:2em" onclick="steal()">李明指出,要深入开展安全生产专项整治三年行动,全面排查整治各类风险隐患,坚决遏制重特大事故发生。</p>
    <iframe src="https://evil.example/frame.html">IFRAME_TEXT_MUST_NOT_SURVIVE</iframe>
    <p><img src="https://remote.example/photo.jpg" alt="IMG_ALT_MUST_NOT_SURVIVE" onerror="steal()"></p>
    <p style="text-indent:2em">会议要求,各地各部门要强化应急值守,确保全市安全生产形势持续稳定向好。</p>
    <script>SCRIPT_IN_BODY_MUST_NOT_SURVIVE()</script>
    <noscript>NOSCRIPT_MUST_NOT_SURVIVE</noscript>
    <object data="x.swf">OBJECT_MUST_NOT_SURVIVE</object>
  </div>
  <div class="share">分享到:<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
  <div class="editor">责任编辑:王编辑</div>
  <div class="prev">上一篇:关于做好防汛工作的通知</div>
</div>
<div class="footer">版权所有:某某市人民政府办公室 主办单位:某某市人民政府 网站标识码:1234567890 ICP备12345678号</div>
</body></html>
"""

META_PAGE = """<html><head><meta charset="utf-8">
<meta name="ArticleTitle" content="国务院常务会议部署稳就业工作">
<meta name="PubDate" content="2022-04-13 19:00">
<meta name="ContentSource" content="中国政府网">
<title>国务院常务会议部署稳就业工作_滚动新闻_中国政府网</title></head>
<body><div class="pages_content">
<p>国务院总理主持召开国务院常务会议,部署进一步做好稳就业工作,确保就业形势总体稳定。</p>
<p>会议指出,就业是民生之本。要落实落细稳就业举措,加大对市场主体的支持力度。</p>
</div><div>【我要纠错】 责任编辑:赵编辑</div></body></html>
"""

SCRIPTS_ONLY_PAGE = """<html><head><title></title><script>var a = "only script here";</script></head>
<body><script>document.write("nothing")</script><iframe src="x"></iframe><img src="y.png"></body></html>
"""


def _docx_bytes(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@functools.cache
def _zip_bomb(unzipped: int = 256 * 1024 * 1024) -> bytes:
    """A zip that declares `unzipped` bytes of zeros in one member: a few hundred kB on disk."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(unzipped // len(chunk)):
                fh.write(chunk)
    return buf.getvalue()


def _zip_without_document() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "not a word file")
    return buf.getvalue()


def make_badfiles(folder: str | Path, huge: bool = True) -> dict[str, tuple]:
    """Write every case into `folder`; return what importing each one must give."""
    d = Path(folder)
    d.mkdir(parents=True, exist_ok=True)
    cases: dict[str, tuple] = {}

    def put(name: str, data: bytes, expect: tuple) -> None:
        (d / name).write_bytes(data)
        cases[name] = expect

    def article(k: int) -> tuple[str, tuple]:
        """The article as the k-th file of its own: a title and a body of its own, so that none is a
        duplicate, nor a changed version (same title and date) of another."""
        title = f"西宁市委召开脱贫攻坚工作会议(第{k}稿)"
        return ARTICLE.replace("西宁市委召开脱贫攻坚工作会议", title, 1), ("ok", {
            "title": title, "source": "西宁晚报", "date": "2019-03-01", "body": "坚决打赢脱贫攻坚战"})

    for i, (name, enc) in enumerate([("utf8.txt", "utf-8"), ("utf8_bom.txt", "utf-8-sig"),
                                     ("gb18030.txt", "gb18030"), ("gbk.txt", "gbk"),
                                     ("utf16_bom.txt", "utf-16"), ("utf16le_nobom.txt", "utf-16-le"),
                                     ("utf16be_nobom.txt", "utf-16-be"), ("markdown.md", "utf-8")]):
        text, expect = article(i + 1)
        put(name, (text + f"  这是第{i + 1}份以{enc}编码保存的稿件。\n").encode(enc), expect)
    put("big5.txt", TRAD.encode("big5"),
        ("ok", {"title": "臺北市政府召開防災會議", "body": "落實防災整備"}))
    # (parse_text does not know the traditional labels 來源/發布時間 yet: source and date are not checked.)
    text, expect = article(9)
    mixed = (text.encode("utf-8") + "  第二段来自另一个系统,用国标编码写成,要求抓好落实。\n".encode("gbk")
             + "  第三段又是统一码,强调压实责任。\n".encode())
    put("mixed_encoding.txt", mixed, ("ok", {"title": expect[1]["title"], "body": "第二段来自另一个系统,用国标编码写成"}))
    text, expect = article(10)
    put("crlf_gbk.txt", (text + "  本文用回车换行分行。\n").replace("\n", "\r\n").encode("gbk"), expect)

    put("empty.txt", b"", ("fail", "empty"))
    put("whitespace.txt", " \n\t\r\n\u3000\u3000\n \n".encode("utf-8"), ("fail", "empty"))
    put("whitespace_utf16.txt", " \n\u3000\n".encode("utf-16"), ("fail", "empty"))
    put("binary_png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40, ("fail", "binary"))
    put("binary_zip.txt", _zip_without_document(), ("fail", "binary"))
    put("binary_controls.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 200, ("fail", "binary"))
    if huge:
        line = ("这是一个五十兆字节的文本文件,用来检验程序不会因为过大的文件而卡住。" * 4 + "\n").encode("utf-8")
        with (d / "huge_50mb.txt").open("wb") as fh:
            for _ in range(50 * 1024 * 1024 // len(line) + 1):
                fh.write(line)
        cases["huge_50mb.txt"] = ("fail", "too_large")

    put("gov_page_gb2312.html", GOV_PAGE.format(charset="gb2312").encode("gb18030"), ("ok", {
        "title": "全市安全生产工作会议召开", "source": "某某日报", "date": "2021-06-15", "views": 1234,
        "body": "坚决遏制重特大事故发生"}))
    put("gov_page_resaved_utf8.htm", GOV_PAGE.format(charset="gb2312").replace("全市", "全区").encode("utf-8"), ("ok", {
        "title": "全区安全生产工作会议召开", "source": "某某日报", "date": "2021-06-15", "body": "强化应急值守"}))
    put("meta_page.html", META_PAGE.encode("utf-8"), ("ok", {
        "title": "国务院常务会议部署稳就业工作", "source": "中国政府网", "date": "2022-04-13", "body": "就业是民生之本"}))
    put("declared_utf8_but_gbk.html", GOV_PAGE.format(charset="utf-8").replace("全市", "全县").encode("gb18030"), ("ok", {
        "title": "全县安全生产工作会议召开", "source": "某某日报", "date": "2021-06-15", "body": "强化应急值守"}))
    put("scripts_only.html", SCRIPTS_ONLY_PAGE.encode("utf-8"), ("fail", "bad_html"))
    put("empty.html", b"", ("fail", "empty"))
    put("page_saved_as.txt", META_PAGE.replace("稳就业", "稳外贸").encode("utf-8"), ("ok", {
        "title": "国务院常务会议部署稳外贸工作", "source": "中国政府网"}))

    put("good.docx", _docx_bytes(["某某县召开乡村振兴工作推进会", "来源:某某县融媒体中心  日期:2023-02-10",
                                  "会议强调,要全面推进乡村振兴,加快农业农村现代化。", "县长出席会议并讲话。"]), ("ok", {
        "title": "某某县召开乡村振兴工作推进会", "source": "某某县融媒体中心", "date": "2023-02-10",
        "body": "全面推进乡村振兴"}))
    put("not_a_zip.docx", "这其实是一个文本文件,被改成了 docx 后缀。".encode(), ("fail", "bad_docx"))
    put("zip_without_document.docx", _zip_without_document(), ("fail", "bad_docx"))
    put("zip_bomb.docx", _zip_bomb(), ("fail", "zip_bomb"))
    put("empty.docx", _docx_bytes([]), ("fail", "empty"))
    put("old_word.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, ("fail", "unsupported"))

    put("𠮷野家的通知𠀀.txt", ("𠮷野家召开𠀀工作会议\n来源:𠮷报  日期:2020-01-02\n"
                            "  会议要求𠮷野家各部门认真落实𠀋字号任务。\n").encode(),
        ("ok", {"title": "𠮷野家召开𠀀工作会议", "source": "𠮷报", "body": "𠮷野家各部门认真落实𠀋字号任务"}))
    put("bad_date.txt", "不存在的日期\n来源:测试  日期:2019-02-30\n  这篇文章的日期并不存在,但文章仍应导入。\n"
        .encode(), ("ok", {"title": "不存在的日期", "source": "测试", "date": None, "body": "仍应导入"}))
    long_title = ("关于进一步加强和改进" * 200)[:2000]
    put("long_title.txt", (long_title + "\n来源:测试  日期:2020-02-02\n  标题有两千个字,应完整保存。\n").encode("utf-8"),
        ("ok", {"title": long_title, "body": "应完整保存"}))
    put("no_header.txt", "  只有正文,没有标题行也没有来源行的一段文字,标题取文件名。\n".encode("gbk"),
        ("ok", {"body": "只有正文"}))
    return cases


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "badfiles")
    for name, expect in make_badfiles(out).items():
        print(f"{name}: {expect[0]} {expect[1] if expect[0] == 'fail' else ''}")
