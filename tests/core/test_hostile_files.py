"""Hostile files (issue 15): what an import must survive and report, each from the audit's reproduction."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_app.importer import expand_paths, import_paths
from desktop_app.readers import read_article
from desktop_app.store import Store

REPO = Path(__file__).resolve().parents[2]
ARTICLE = "某市召开会议\n  {n}日上午,市委召开会议,研究部署有关工作。会议要求,要抓好落实。"


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        yield s


def _article(path: Path, n: int) -> Path:
    path.write_text(ARTICLE.format(n=n), encoding="utf-8")
    return path


def _deny_listing(monkeypatch, folder: Path) -> None:
    """chmod 000 on `folder`, and (root ignores it) refuse os.walk's listing of it as the kernel would."""
    folder.chmod(0)
    real = os.scandir

    def scandir(path="."):
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


# -- point 8: a link inside the imported folder that leads out of it --------------------------------
def test_a_link_leaving_the_folder_is_not_followed_and_is_reported(tmp_path, store):
    outside = _article(tmp_path / "secret.txt", 1)
    folder = tmp_path / "in"
    folder.mkdir()
    _article(folder / "a.txt", 2)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "secret.txt").symlink_to(outside)
    (folder / "linked-dir").symlink_to(tmp_path, target_is_directory=True)
    (folder / "inside.txt").symlink_to(folder / "a.txt")  # stays inside: the same article, once
    report = import_paths(store, [folder])
    assert len(report.imported) == 1 and store.count() == 1
    titles = [store.article(i).body for i in report.imported]
    assert "root:" not in "".join(titles)
    skipped = {Path(p).name: why for p, why in report.skipped}
    assert skipped["passwd.txt"] == "link_outside"
    assert skipped["secret.txt"] == "link_outside"
    assert skipped["linked-dir"] == "link_outside"
    assert "inside.txt" not in skipped


# -- point 12: a FIFO, a chmod-000 subfolder; only regular files are read ---------------------------
def test_a_fifo_named_txt_does_not_hang_the_import(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _article(folder / "a.txt", 1)
    os.mkfifo(folder / "x.txt")
    result = {}

    def work():
        with Store(tmp_path / "s.db") as store:  # a store belongs to the thread that opens it
            result["r"] = import_paths(store, [folder])
    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock the reader so that the test run can end
        with open(folder / "x.txt", "w"):
            pass
        worker.join(5)
        pytest.fail("the import hung on a FIFO")
    report = result["r"]
    assert len(report.imported) == 1
    assert (str(folder / "x.txt"), "not_regular") in report.skipped


def test_a_fifo_named_on_the_command_line_fails_without_hanging(tmp_path):
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    r = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(tmp_path / "s.db"), "import", str(fifo)],
                       capture_output=True, text=True, cwd=REPO, timeout=60, encoding="utf-8")
    assert r.returncode == 1
    assert "不是普通文件" in r.stderr and "Traceback" not in r.stderr


def test_an_unlistable_subfolder_and_unsupported_types_are_reported(tmp_path, store, monkeypatch):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    _article(folder / "locked" / "hidden-away.txt", 1)
    _article(folder / "a.txt", 2)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "data.dat").write_bytes(b"\x00\x01")
    (folder / "~$a.docx").write_bytes(b"lock")
    _deny_listing(monkeypatch, folder / "locked")
    try:
        report = import_paths(store, [folder])
    finally:
        (folder / "locked").chmod(0o755)
    assert len(report.imported) == 1
    assert sorted((Path(p).name, why) for p, why in report.skipped) == [
        ("data.dat", "unsupported"), ("locked", "unreadable"), ("scan.pdf", "unsupported"), ("~$a.docx", "hidden")]


def test_expand_paths_fills_the_skipped_list(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.xlsx").write_bytes(b"PK")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    skipped: list = []
    assert [p.name for p in expand_paths([tmp_path], skipped)] == ["a.txt"]
    assert sorted((Path(p).name, why) for p, why in skipped) == [("b.xlsx", "unsupported"),
                                                                 ("dangling.txt", "missing")]


def test_the_cli_lists_every_skipped_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _article(folder / "a.txt", 1)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    r = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(tmp_path / "s.db"), "import", str(folder)],
                       capture_output=True, text=True, cwd=REPO, timeout=120, encoding="utf-8",
                       env={**os.environ, "LANG": "zh_CN.UTF-8", "LC_ALL": ""})
    assert r.returncode == 0, r.stderr
    assert f"已跳过:{folder / 'scan.pdf'}:不支持的文件类型" in r.stderr
    assert f"已跳过:{folder / 'passwd.txt'}:链接指向导入文件夹之外" in r.stderr
    assert "导入 1 篇" in r.stdout and "跳过 2 个" in r.stdout


# -- point 2: a bare <embed>, unclosed <object>/<iframe>/<video>/<audio>/<canvas>/<map> ----------------
PAGE = ("<html><head><meta charset='utf-8'><title>市委召开会议</title></head><body><h1>市委召开会议</h1>"
        "<p>来源:某市日报 发布时间:2024-03-01</p>"
        "<p>会议第一段内容较长,研究部署全年重点工作任务。</p>{tag}"
        "<p>第二段文字同样重要,会议要求各级各部门抓好落实。</p><p>第三段是文章的结尾部分。</p></body></html>")


@pytest.mark.parametrize("tag", ["<embed src='flash.swf'>", "<EMBED src=x.swf width=1>", "<object data='x.swf'>",
                                 "<iframe src='https://example.org/'>", "<video src='a.mp4'>", "<audio src='a.mp3'>",
                                 "<canvas id='c'>", "<map name='m'>"])
def test_an_unclosed_media_element_keeps_the_rest_of_the_article(tmp_path, tag):
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(tag=tag), encoding="utf-8")
    parsed = read_article(page)
    assert "会议第一段" in parsed.body
    assert "第二段文字同样重要" in parsed.body and "第三段是文章的结尾部分" in parsed.body
    assert parsed.date == "2024-03-01"


def test_closed_media_elements_still_keep_their_content_out(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(tag="<video src='a.mp4'>您的浏览器不支持视频</video>"
                                    "<iframe src='x'><p>框架里的字</p></iframe>"
                                    "<object data='x'><embed src='y'></object>"), encoding="utf-8")
    body = read_article(page).body
    assert "不支持视频" not in body and "框架里的字" not in body
    assert "第三段是文章的结尾部分" in body


# -- point 5: a bad 浏览量 keeps the article, drops the value -------------------------------------------
@pytest.mark.parametrize("views", ["²", "1" * 23, "9" * 5000, "٣٤", "12²"])
def test_a_bad_view_count_keeps_the_article(tmp_path, store, views):
    f = tmp_path / "a.txt"
    f.write_text(f"市委召开会议\n来源:某市日报    日期:2024-03-01    浏览量:{views}\n  会议研究部署工作。", encoding="utf-8")
    report = import_paths(store, [f])
    assert report.failed == [] and len(report.imported) == 1
    article = store.article(report.imported[0])
    assert article.views is None and article.source == "某市日报" and article.date == "2024-03-01"


def test_a_bad_view_count_in_a_web_page_keeps_the_article(tmp_path, store):
    page = tmp_path / "p.html"
    page.write_text(PAGE.format(tag="").replace("发布时间:2024-03-01", "发布时间:2024-03-01 浏览次数:" + "7" * 23),
                    encoding="utf-8")
    report = import_paths(store, [page])
    assert report.failed == [] and store.article(report.imported[0]).views is None


def test_good_view_counts_still_read():
    from desktop_app.parsing import parse_views

    assert [parse_views(v) for v in ("1,234", "１２３", "0", "")] == [1234, 123, 0, None]


# -- point 10: a .docx whose inflated content is too large ------------------------------------------
_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(body: bytes) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                   'officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", b'<?xml version="1.0"?><w:document ' + _W + b"><w:body><w:p><w:r><w:t>"
                   + "标题".encode() + b"</w:t></w:r></w:p>" + body + b"</w:body></w:document>")
    return buf.getvalue()


def test_an_honest_docx_of_too_many_elements_is_refused_quickly(tmp_path):
    """Short paragraphs of varied text compress ~4x (the declared-ratio check passes them); 600,000 of
    them made python-docx hold 414 MB for 14 s, the audit's 1.5 MB file 4.3 GB."""
    import random
    import time

    from desktop_app.readers import ReadError

    rng = random.Random(1)
    letters = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    body = b"".join(b"<w:p><w:r><w:t>" + bytes(rng.choices(letters, k=3)) + b"</w:t></w:r></w:p>"
                    for _ in range(600_000))
    f = tmp_path / "many.docx"
    f.write_bytes(_docx(body))
    start = time.process_time()
    with pytest.raises(ReadError) as e:
        read_article(f)
    assert e.value.code == "too_large"
    assert time.process_time() - start < 2


def test_a_docx_with_patched_sizes_is_refused_without_inflating_it(tmp_path):
    """The directory says the document is small; the stream inflates to 300 MB."""
    import resource
    import struct
    import time

    from desktop_app.readers import ReadError

    data = bytearray(_docx(b"<w:p><w:r><w:t>" + b"a" * 300_000_000 + b"</w:t></w:r></w:p>"))
    name = b"word/document.xml"
    for header, size_at in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):  # central directory, local header
        at = 0
        while (at := data.find(header, at)) >= 0:
            name_at = at + (46 if header == b"PK\x01\x02" else 30)
            if data[name_at:name_at + len(name)] == name:
                data[at + size_at:at + size_at + 4] = struct.pack("<I", 1000)
            at += 4
    f = tmp_path / "patched.docx"
    f.write_bytes(bytes(data))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.process_time()
    with pytest.raises(ReadError) as e:
        read_article(f)
    assert e.value.code in ("too_large", "bad_docx", "zip_bomb")
    assert time.process_time() - start < 5
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200 * 1024  # KB: < 200 MB more


# -- point 11: line patterns in linear time -----------------------------------------------------------
@pytest.mark.parametrize("line", ["来源:a" + " " * 1_000_000 + "b", "日期:2020-01-01" + " \t" * 500_000 + "x",
                                  "来源" + " " * 1_000_000 + ":x", "来源 " * 200_000, "浏览量:" + "1 " * 500_000])
def test_a_meta_line_of_a_million_spaces_takes_under_a_second(line):
    import time

    from desktop_app.parsing import parse_text

    start = time.process_time()
    parsed = parse_text("标题\n" + line + "\n正文内容。")
    assert time.process_time() - start < 1.0
    assert parsed.title == "标题"


def test_the_audit_line_imports_fast(tmp_path, store):
    import time

    f = tmp_path / "a.txt"
    f.write_text("市委召开会议\n来源:a" + " " * 20_000 + "\n  会议研究部署工作。", encoding="utf-8")
    start = time.process_time()
    report = import_paths(store, [f])
    assert time.process_time() - start < 1.0
    assert len(report.imported) == 1 and store.article(report.imported[0]).source == "a"
