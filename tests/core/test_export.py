"""Export: each format read back with its own library, as the user would see it."""
from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import threading
from collections import Counter
from pathlib import Path

import pytest

from desktop_app.domain import Extraction, Official, ParsedArticle, Span, Task
from desktop_app.export import ExportError, export_articles, safe_filename
from desktop_app.parsing import parse_text

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "xining-2019-03-01-poverty-meeting.txt"
HOSTILE = "<script>alert(1)</script>测试"


def spans(body: str, word: str) -> tuple[Span, ...]:
    out, i = [], body.find(word)
    while i != -1:
        out.append(Span(i, i + len(word)))
        i = body.find(word, i + 1)
    return tuple(out)


def sample_extraction(body: str) -> Extraction:
    """A hand-made extraction of the sample (the extractor is written elsewhere)."""
    officials = (Official("王晓", ("市委书记",), spans(body, "王晓")),
                 Official("张晓容", ("市委副书记", "市长"), spans(body, "张晓容")))
    tasks = []

    def task(id_, text, level, parent=None, ordinal=None, speaker="王晓"):
        s = body.find(text)
        assert s >= 0, text
        tasks.append(Task(id=id_, level=level, text=text, start=s, end=s + len(text), ordinal=ordinal,
                          speaker=speaker, parent=parent))

    task("t1", "要进一步提高政治站位,把抓责任与抓作风结合起来", 1, ordinal="第一")
    task("t2", "一要坚持靠前指挥", 2, "t1", "一要")
    task("t3", "二要做到尽锐出战", 2, "t1", "二要")
    task("t4", "要进一步坚持标本兼治,把管当前与管长远结合起来", 1, ordinal="第二")
    task("t5", "一要严格目标标准,全面完成任务", 2, "t4", "一要")
    return Extraction(officials=officials, tasks=tuple(tasks))


HOSTILE_BODY = "一、总体要求\n王晓强调,要坚持“两个维护”。\n（一）加强领导。各单位要落实责任。\n1.明确分工。\n（1）细化措施。"


@pytest.fixture
def articles(store):
    """(sample id, hostile id): the sample with its extraction, and a short article with a hostile title
    whose task contains an official's mention (overlapping highlights) and 公文 heading levels."""
    parsed = parse_text(SAMPLE.read_text(encoding="utf-8"))
    a = store.add_article(parsed, sample_extraction(parsed.body))
    body = HOSTILE_BODY
    s = body.find("王晓强调,要坚持")
    b = store.add_article(
        ParsedArticle(title=HOSTILE, body=body, date="2020-01-02", source="测试来源"),
        Extraction(officials=(Official("王晓", ("市委书记",), spans(body, "王晓")),),
                   tasks=(Task("t1", 1, "王晓强调,要坚持“两个维护”", s, s + 15, speaker="王晓"),)))
    return a, b


# -- DOCX ---------------------------------------------------------------------------------------
def _docx_text(doc) -> str:
    return "\n".join(p.text for p in doc.paragraphs)


def test_docx_plain_has_title_body_and_shaded_highlights(store, articles, tmp_path):
    from docx import Document
    from docx.oxml.ns import qn

    out = tmp_path / "a.docx"
    report = export_articles(store, list(articles), "docx", out)
    assert report.written == [out] and report.failed == []
    doc = Document(str(out))
    text = _docx_text(doc)
    assert doc.paragraphs[0].text == "西宁市委召开脱贫攻坚工作会议"
    assert "2月27日,市委召开脱贫攻坚工作会议" in text
    assert "来源：西宁晚报" in text and "2019-03-01" in text
    assert HOSTILE in text
    assert any(p.text.startswith("图例") for p in doc.paragraphs)
    shaded = [r for p in doc.paragraphs for r in p.runs if r._r.rPr is not None
              and r._r.rPr.find(qn("w:shd")) is not None]
    assert any(r.text == "王晓" and r.bold for r in shaded)
    assert any("一要坚持靠前指挥" in r.text for r in shaded)
    # the second article starts on a new page
    second = next(p for p in doc.paragraphs if p.text == HOSTILE)
    assert second.paragraph_format.page_break_before
    for run in (r for p in doc.paragraphs for r in p.runs if r.text.strip()):
        assert run._r.rPr.rFonts.get(qn("w:eastAsia"))


def test_docx_gongwen_layout(store, articles, tmp_path, monkeypatch):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Mm

    from desktop_app.export import fonts
    from desktop_app.export.fonts import FontWarning

    monkeypatch.setattr(fonts, "installed_names", lambda: frozenset({"fangsong", "simhei", "kaiti", "simsun"}))
    out = tmp_path / "g.docx"
    report = export_articles(store, list(articles), "docx", out, layout="gongwen")
    assert report.written == [out]
    assert FontWarning("font_substituted", "方正小标宋简体", "宋体") in report.warnings
    assert FontWarning("font_substituted", "仿宋_GB2312", "仿宋") in report.warnings
    doc = Document(str(out))
    s = doc.sections[0]
    assert (round(s.page_width.mm), round(s.page_height.mm)) == (210, 297)
    margins = [s.top_margin, s.bottom_margin, s.left_margin, s.right_margin]
    assert [round(m.mm) for m in margins] == [37, 35, 28, 26]
    assert abs(s.top_margin - Mm(37)) < Mm(0.1)
    grid = s._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "linesAndChars" and grid.get(qn("w:linePitch")) == "579"
    title = doc.paragraphs[0]
    assert title.text == "西宁市委召开脱贫攻坚工作会议"
    assert title.runs[0].font.size.pt == 22
    assert title.runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "宋体"
    body_runs = [r for p in doc.paragraphs for r in p.runs if r.text.startswith("2月27日")]
    assert body_runs and body_runs[0].font.size.pt == 16
    assert body_runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋"
    for run in (r for p in doc.paragraphs for r in p.runs if r.text.strip()):
        assert run._r.rPr.rFonts.get(qn("w:eastAsia")), run.text
    # heading levels: 一、 in 黑体, （一） in 楷体, 1. in bold 仿宋
    heads = {r.text: r for p in doc.paragraphs for r in p.runs}
    assert heads["一、总体要求"]._r.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    assert heads["（一）加强领导。"]._r.rPr.rFonts.get(qn("w:eastAsia")) == "楷体"
    assert heads["1.明确分工。"].bold
    # page numbers "— n —" with a PAGE field, odd right and even left
    assert doc.settings.odd_and_even_pages_header_footer
    for footer in (s.footer, s.even_page_footer):
        xml = footer._element.xml
        assert "PAGE" in "".join(t.text for t in footer._element.iter(qn("w:instrText")))
        assert "— " in footer.paragraphs[0].text and " —" in footer.paragraphs[0].text
        assert 'w:eastAsia="宋体"' in xml
    assert s.footer.paragraphs[0].alignment == 2  # RIGHT
    assert s.even_page_footer.paragraphs[0].alignment == 0  # LEFT
    second = next(p for p in doc.paragraphs if p.text == HOSTILE)
    assert second.paragraph_format.page_break_before


def test_font_fallback_chain():
    from desktop_app.export.fonts import FontWarning, resolve

    chosen, warnings = resolve({"方正小标宋简体", "仿宋_gb2312", "simhei", "kaiti", "simsun"})
    assert chosen == {"title": "方正小标宋简体", "body": "仿宋_GB2312", "hei": "黑体", "kai": "楷体", "song": "宋体"}
    assert warnings == [FontWarning("font_substituted", "楷体_GB2312", "楷体")]
    chosen, warnings = resolve({"stzhongsong"})
    assert chosen["title"] == "华文中宋" and chosen["body"] == "仿宋"
    assert FontWarning("font_missing", "仿宋_GB2312", "仿宋") in warnings


def test_gongwen_heading_levels():
    from desktop_app.export.docx_format import heading_level, split_heading

    assert [heading_level(t) for t in ("一、总体要求", "（二）加强领导", "3.明确分工", "（4）细化", "2019年", "第一,要")] \
        == [1, 2, 3, 4, 0, 0]
    assert split_heading("（一）加强领导。各单位要落实责任。") == ("（一）加强领导。", "各单位要落实责任。")


def test_tasks_docx_is_a_landscape_table(store, articles, tmp_path):
    from docx import Document

    out = tmp_path / "t.docx"
    export_articles(store, list(articles), "tasks_docx", out)
    doc = Document(str(out))
    s = doc.sections[0]
    assert (round(s.page_width.mm), round(s.page_height.mm)) == (297, 210)
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells][:4] == ["序号", "任务来源", "原文表述", "任务内容"]
    numbers = [r.cells[0].text for r in table.rows[1:]]
    assert numbers == ["1", "1.1", "1.2", "2", "2.1", "3"]


# -- XLSX / CSV / JSON ----------------------------------------------------------------------------
def test_xlsx_task_table(store, articles, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "t.xlsx"
    report = export_articles(store, list(articles), "xlsx", out)
    assert report.written == [out]
    ws = load_workbook(out).active
    header = [c.value for c in ws[2]]
    assert header == ["序号", "任务来源", "原文表述", "任务内容", "责任领导", "牵头单位", "配合单位",
                      "完成时限", "状态", "进展情况", "备注"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert [r[0] for r in rows] == ["1", "1.1", "1.2", "2", "2.1", "3"]
    first = rows[0]
    assert first[1] == "西宁市委召开脱贫攻坚工作会议（2019-03-01）王晓 市委书记"
    assert "第一,要进一步提高政治站位" in first[2] and first[2].endswith("。")
    assert first[3] == "要进一步提高政治站位,把抓责任与抓作风结合起来"
    assert rows[1][3] == "一要坚持靠前指挥"
    assert all(r[8] == "未启动" for r in rows)
    assert rows[5][1].startswith(HOSTILE)  # not a formula, not mangled
    assert ws.freeze_panes == "B3"
    assert ws.auto_filter.ref == "A2:K8"
    assert ws["C3"].alignment.wrap_text
    assert ws["C3"].border.left.style == "thin"
    assert ws.column_dimensions["C"].width >= 30


def test_xlsx_text_starting_with_equals_stays_text(store, tmp_path):
    from openpyxl import load_workbook

    body = "要=SUM(A1)落实"
    store.add_article(ParsedArticle(title="=HYPERLINK(\"x\")", body=body),
                      Extraction(tasks=(Task("t1", 1, "=SUM(A1)", 1, 9),)))
    out = tmp_path / "f.xlsx"
    export_articles(store, store.article_ids(), "xlsx", out)
    ws = load_workbook(out).active
    # a text cell, and with the CSV rule's "'" in front (issue 15: typed into again, Excel would run it)
    assert ws["D3"].value == "'=SUM(A1)" and ws["D3"].data_type == "s"


def test_csv_has_bom_and_reads_back(store, articles, tmp_path):
    out = tmp_path / "t.csv"
    export_articles(store, list(articles), "csv", out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["序号", "任务来源", "原文表述", "任务内容"]
    assert rows[2][0] == "1.1" and rows[2][3] == "一要坚持靠前指挥"
    assert rows[1][8] == "未启动"


def test_json_is_the_contract_with_tracking(store, articles, tmp_path):
    out = tmp_path / "a.json"
    export_articles(store, list(articles), "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(data, list) and len(data) == 2
    art = data[0]
    assert art["title"] == "西宁市委召开脱贫攻坚工作会议"
    for o in art["officials"]:
        for m in o["mentions"]:
            assert art["body"][m["start"]:m["end"]] == o["name"]
    for t in art["tasks"]:
        assert art["body"][t["start"]:t["end"]] == t["text"]
        assert t["tracking"]["status"] == "未启动"
    assert [t["tracking"]["number"] for t in art["tasks"]] == ["1", "1.1", "1.2", "2", "2.1"]
    assert data[1]["tasks"][0]["tracking"]["number"] == "3"


# -- HTML / Markdown / text -----------------------------------------------------------------------
def test_html_escapes_and_marks(store, articles, tmp_path):
    out = tmp_path / "a.html"
    export_articles(store, list(articles), "html", out)
    html = out.read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;测试" in html
    assert '<mark class="official" title="市委书记">王晓</mark>' in html
    assert re.search(r'<mark class="task">[^<]*一要坚持靠前指挥', html)
    # the task that contains an official: the official's mark sits inside the task's
    assert '<mark class="task"><mark class="official" title="市委书记">王晓</mark></mark>' in html
    assert 'class="legend"' in html


def test_markdown_bold_officials_and_marked_tasks(store, articles, tmp_path):
    out = tmp_path / "a.md"
    export_articles(store, list(articles), "md", out)
    md = out.read_text(encoding="utf-8")
    assert md.startswith("# 西宁市委召开脱贫攻坚工作会议")
    assert "**王晓**指出" in md
    assert "==一要坚持靠前指挥==" in md
    assert "==**王晓**强调,要坚持“两个维护”==" in md
    assert "\\<script\\>" in md  # escaped, not raw HTML
    assert "- **1.1** 一要坚持靠前指挥（王晓）" in md


def test_txt(store, articles, tmp_path):
    out = tmp_path / "a.txt"
    export_articles(store, list(articles), "txt", out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("西宁市委召开脱贫攻坚工作会议\n")
    assert "王晓：市委书记" in text and "  1.1 一要坚持靠前指挥（王晓）" in text


def test_overlapping_highlights_split_into_segments():
    from desktop_app.domain import Article
    from desktop_app.export._shared import paragraphs

    body = "甲说要做好乙的事\n第二段"
    o = Official("乙", ("局长",), (Span(5, 6),))
    t = Task("t1", 1, "要做好乙的事", 2, 8)
    art = Article(id=1, title="x", body=body, officials=(o,), tasks=(t,))
    paras = paragraphs(art)
    assert [(s.text, s.official is not None, s.task is not None) for s in paras[0]] == [
        ("甲说", False, False), ("要做好", False, True), ("乙", True, True), ("的事", False, True)]
    assert [s.text for s in paras[1]] == ["第二段"]


# -- writing rules ---------------------------------------------------------------------------------
def test_existing_file_is_kept_unless_overwrite(store, articles, tmp_path):
    out = tmp_path / "a.txt"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError) as e:
        export_articles(store, list(articles), "txt", out)
    assert e.value.code == "exists"
    assert out.read_text(encoding="utf-8") == "keep me"
    export_articles(store, list(articles), "txt", out, overwrite=True)
    assert out.read_text(encoding="utf-8").startswith("西宁市委")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_failing_article_is_reported_and_others_written(store, articles, tmp_path, monkeypatch):
    sample_id, hostile_id = articles
    real = store.article

    def article(i):
        if i == sample_id:
            raise RuntimeError("disk on fire")
        return real(i)

    monkeypatch.setattr(store, "article", article)
    out = tmp_path / "a.html"
    report = export_articles(store, [sample_id, hostile_id, 999], "html", out)
    assert report.written == [out]
    assert report.failed[0][0] == f"#{sample_id}" and "disk on fire" in report.failed[0][1]
    assert report.failed[1] == ("#999", "not_found")
    html = out.read_text(encoding="utf-8")
    assert "&lt;script&gt;" in html and "西宁市委" not in html


def test_failing_render_leaves_no_partial_article(store, articles, tmp_path, monkeypatch):
    from desktop_app.export import docx_format

    sample_id, hostile_id = articles
    real = docx_format.paragraphs

    def paragraphs(article, **kw):
        if article.id == sample_id:
            raise ValueError("bad spans")
        return real(article, **kw)

    monkeypatch.setattr(docx_format, "paragraphs", paragraphs)
    out = tmp_path / "a.docx"
    report = export_articles(store, [sample_id, hostile_id], "docx", out)
    from docx import Document

    text = _docx_text(Document(str(out)))
    assert report.failed and "bad spans" in report.failed[0][1]
    assert HOSTILE in text and "西宁市委" not in text
    assert not Document(str(out)).paragraphs[0].paragraph_format.page_break_before


def test_progress_and_cancel(store, articles, tmp_path):
    calls = []
    out = tmp_path / "a.json"
    export_articles(store, list(articles), "json", out, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 2), (2, 2)]
    cancel = threading.Event()
    out2 = tmp_path / "b.json"
    report = export_articles(store, list(articles), "json", out2,
                             progress=lambda d, t: cancel.set(), cancel=cancel)
    assert report.cancelled and report.written == [] and not out2.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_one_file_per_article_into_a_folder(store, articles, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    report = export_articles(store, list(articles), "md", folder)
    names = sorted(p.name for p in report.written)
    assert names == ["2019-03-01-西宁市委召开脱贫攻坚工作会议.md", "2020-01-02-_script_alert(1)__script_测试.md"]
    again = export_articles(store, list(articles), "md", folder)
    assert again.written == [] and [why for _, why in again.failed] == ["exists", "exists"]


def test_unknown_format_and_layout(store, articles, tmp_path):
    with pytest.raises(ExportError) as e:
        export_articles(store, list(articles), "rtf", tmp_path / "x.rtf")
    assert e.value.code == "unknown_format"
    with pytest.raises(ExportError) as e:
        export_articles(store, list(articles), "docx", tmp_path / "x.docx", layout="fancy")
    assert e.value.code == "unknown_layout"
    with pytest.raises(ExportError) as e:
        export_articles(store, list(articles), "docx", tmp_path / "missing" / "x.docx")
    assert e.value.code == "no_folder"
    with pytest.raises(ExportError) as e:
        export_articles(store, [], "html", tmp_path / "x.html")
    assert e.value.code == "no_articles"


def test_safe_filename():
    from desktop_app.domain import Article

    def art(title, date="2019-03-01", id_=7):
        return Article(id=id_, title=title, body="", date=date)

    assert safe_filename("{date}-{title}", art('a\\b/c:d*e?f"g<h>i|j')) == "2019-03-01-a_b_c_d_e_f_g_h_i_j"
    assert safe_filename("{title}", art("CON")) == "_CON"
    assert safe_filename("{title}", art("nul.txt")) == "_nul.txt"
    assert safe_filename("{title}", art("标题。。 ..")) == "标题。。"
    assert safe_filename("{date}-{title}", art("无日期", date=None)) == "无日期"
    assert len(safe_filename("{title}", art("长" * 500))) == 66  # 200 bytes of UTF-8: Linux allows 255
    assert len(safe_filename("{title}", art("x" * 500))) == 120
    assert safe_filename("{title}", art("  ")) == "article-7"
    with pytest.raises(ExportError):
        safe_filename("{title.__class__}", art("x"))
    with pytest.raises(ExportError):
        safe_filename("{nope}", art("x"))


# -- rendering checks with external tools (skipped where missing) ----------------------------------
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_gongwen_docx_renders_22_lines_of_28(store, articles, tmp_path):
    out = tmp_path / "g.docx"
    export_articles(store, [articles[0]], "docx", out, layout="gongwen")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    page2 = subprocess.run(["pdftotext", "-f", "2", "-l", "2", str(tmp_path / "g.pdf"), "-"],
                           capture_output=True, text=True, check=True).stdout
    lines = [l for l in page2.splitlines() if l.strip() and "—" not in l]
    assert len(lines) == 22
    # Lines break before 。 and after half-width commas, so not every line has exactly 28 characters;
    # a full line most often does.
    lengths = Counter(len(l.strip()) for l in lines)
    assert lengths.most_common(1)[0][0] == 28
