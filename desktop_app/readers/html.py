"""A web page saved from a Chinese government or news site -> its article (title, 来源, 日期, body).

The main text is found by readability-lxml (made for that job); the metadata comes from the
government-site <meta> tags (ArticleTitle, PubDate, ContentSource …) and from the 来源/发布时间/作者
lines, by our own rules. Only text comes out: scripts, styles, frames, forms, event handlers and
images never reach the body. Runs on any thread; no Qt.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain import ParsedArticle
from ..parsing import parse_date, parse_views
from .base import ReadError, decode_bytes

_SPACE = "\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff"
_STRIP = " \t\r\n" + _SPACE

# Elements whose content is never article text.
_DROP_TAGS = ("script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet",
              "svg", "math", "template", "canvas", "video", "audio", "select", "textarea", "button",
              "input", "form", "nav", "img", "map", "link", "meta")
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
               "section", "article", "blockquote", "pre", "dd", "dt", "dl", "center", "header",
               "footer", "aside", "hr", "td", "th", "tbody", "thead", "figure", "figcaption", "address"}

_META_NAMES = {
    "title": ("articletitle", "og:title", "title"),
    "date": ("pubdate", "publishdate", "firstpublishedtime", "article:published_time", "og:release_date",
             "publish_time", "date"),
    "source": ("contentsource", "source", "og:site_name_source"),
    "author": ("author", "article:author"),
}

_LABEL_SOURCE = r"(?:来\s*源|稿\s*源|出\s*处|信息来源|文章来源|发布机构|发布单位)"
_LABEL_DATE = r"(?:发布时间|发布日期|发文日期|成文日期|更新时间|日\s*期|时\s*间|发布)"
_LABEL_AUTHOR = r"(?:作\s*者|记\s*者|撰\s*稿|文)"
_LABEL_EDITOR = r"(?:责任编辑|责\s*编|编\s*辑|审\s*核|校\s*对)"
_LABEL_VIEWS = r"(?:浏览次数|浏览量|阅读量|阅读次数|点击量|点击数|访问量|浏览)"
_ANY_LABEL = rf"(?:{_LABEL_SOURCE}|{_LABEL_DATE}|{_LABEL_AUTHOR}|{_LABEL_EDITOR}|{_LABEL_VIEWS}|字\s*号|字体)"
_FIELD = re.compile(rf"({_ANY_LABEL})\s*[:：]\s*(.*?)(?=\s*{_ANY_LABEL}\s*[:：]|\s{{2,}}|【|\[|$)")
_BARE_DATE = re.compile(r"^(?=.*\d{4}\s*[-/.年]\s*\d{1,2})[\d\s:：\-/.年月日时分秒]{8,40}$")
_DATE_TEXT = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")

# Lines of site furniture around an article; dropped from the body wherever they appear.
_CHROME = re.compile(
    r"^(?:[【\[\(（]?\s*(?:打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|返回(?:顶部|首页|列表)?|收藏|"
    r"纠错|我要纠错|保存|字号|字体|大|中|小|默认|加入收藏|设为首页|推荐|分享|上一篇|下一篇|相关链接|"
    r"相关新闻|相关阅读|扫一扫|网站地图|联系我们|用手机看|手机版|微信|微博|QQ空间)\s*[】\]\)）]?\s*)+$"
    r"|^.*(?:分享到|扫一扫在手机|扫一扫,?在手机|用微信扫描|版权所有|主办单位|承办单位|ICP备|网站标识码|"
    r"公网安备|技术支持[:：]|建议使用.*浏览器|分辨率浏览).*$"
    r"|^字\s*号\s*[:：]?.*$|^【?字体\s*[:：].*$|^\[?\s*[大中小]\s*[大中小]\s*[大中小]\s*\]?$"
    r"|^(?:上一篇|下一篇)\s*[:：].*$")


@dataclass(frozen=True)
class HtmlArticle:
    """What a page gives: the ParsedArticle fields plus the people named in its byline."""

    title: str
    body: str
    source: str = ""
    date: str | None = None
    views: int | None = None
    author: str = ""
    editor: str = ""

    def parsed(self) -> ParsedArticle:
        return ParsedArticle(title=self.title, body=self.body, source=self.source, date=self.date,
                             views=self.views)


def _clean(s: str) -> str:
    return re.sub(r"[ \t\u00a0\u2002\u2003\u2009]+", " ", s).strip(_STRIP)


_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}


def decode_html(data: bytes) -> str:
    """The page's text: valid UTF-8 is UTF-8 (browsers re-save pages so and keep the old <meta>);
    else the charset the page declares, if it decodes; else what charset-normalizer detects."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    m = _DECLARED.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii").lower()
        try:
            return data.decode(_ALIASES.get(name, name))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data)


# Elements whose content is dropped but which pages leave unclosed: libxml2's HTML parser (HTML 4)
# nests everything after a bare <embed> (void in HTML 5) or an unclosed <video> inside it, and reads
# what follows an unclosed <iframe> as the frame's raw text, so the rest of the article was lost.
_MEDIA = re.compile(r"<(/?)(embed|object|iframe|video|audio|canvas|map|applet)\b[^>]*>", re.I)


def _close_unclosed(html: str) -> str:
    """Close every media element right after its opening tag when no closing tag of its own follows
    before the next opening one (and every <embed>, which has no content): what a browser shows as
    the article's text stays outside it. Linear in the page."""
    tags = list(_MEDIA.finditer(html))
    if not tags:
        return html
    out: list[str] = []
    last = 0
    for i, m in enumerate(tags):
        if m.group(1):  # a closing tag
            continue
        name = m.group(2).lower()
        following = next((t for t in tags[i + 1:] if t.group(2).lower() == name), None)
        closed = following is not None and following.group(1) and (
            name != "embed" or following.start() == m.end())
        if not closed:
            out.append(html[last:m.end()])
            out.append(f"</{name}>")
            last = m.end()
    out.append(html[last:])
    return "".join(out)


def _parse(html: str):
    import lxml.etree
    import lxml.html

    try:
        # A declared encoding in a str confuses lxml; the text is decoded already.
        html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
        html = _close_unclosed(html)
        doc = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as e:
        raise ReadError("bad_html", str(e)) from e
    return doc


def _strip_non_text(doc) -> None:
    import lxml.etree

    for el in list(doc.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        _drop(el)
    for el in list(doc.iter(*_DROP_TAGS)):
        _drop(el)
    for el in list(doc.xpath('//*[@hidden or contains(translate(@style," ",""),"display:none")]')):
        _drop(el)


def _drop(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    parent.remove(el)
    if tail:  # keep the text that follows the dropped element
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _lines(el) -> list[str]:
    """The text of an element as lines: block elements and <br> break lines."""
    import lxml.etree

    parts: list[str] = []
    # Iterative, not recursive: a page nested thousands of levels deep must not overflow the stack.
    for event, node in lxml.etree.iterwalk(el, events=("start", "end")):
        is_element = isinstance(node.tag, str)
        block = is_element and node.tag.lower() in _BLOCK_TAGS
        if event == "start":
            if block:
                parts.append("\n")
            if node.text and is_element and node.tag.lower() not in _DROP_TAGS:
                parts.append(node.text)
        else:
            if block:
                parts.append("\n")
            if node.tail and node is not el:
                parts.append(node.tail)
    out = []
    for line in "".join(parts).split("\n"):
        line = _clean(line)
        if line:
            out.append(line)
    return out


def _meta(doc) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in doc.iter("meta"):
        key = (m.get("name") or m.get("property") or "").strip().lower()
        content = _clean(m.get("content") or "")
        if key and content:
            found.setdefault(key, content)
    out: dict[str, str] = {}
    for field, keys in _META_NAMES.items():
        for k in keys:
            if found.get(k):
                out[field] = found[k]
                break
    return out


def _fields(line: str) -> dict[str, str]:
    """来源/日期/作者/编辑/浏览 values in one byline."""
    out: dict[str, str] = {}
    for label, value in _FIELD.findall(line):
        label = re.sub(r"\s", "", label)
        value = _clean(value).rstrip(")）】]").strip(_STRIP)
        if re.fullmatch(_LABEL_SOURCE, label):
            out.setdefault("source", value)
        elif re.fullmatch(_LABEL_DATE, label):
            out.setdefault("date", value)
        elif re.fullmatch(_LABEL_AUTHOR, label):
            out.setdefault("author", value)
        elif re.fullmatch(_LABEL_EDITOR, label):
            out.setdefault("editor", value)
        elif re.fullmatch(_LABEL_VIEWS, label):
            out.setdefault("views", value)
    if "date" not in out:
        m = _DATE_TEXT.search(line)
        if m and out:  # "2019-03-01 08:30  来源:新华网": a bare date beside other fields
            out["date"] = m.group(0)
    return out


def _is_byline(line: str) -> bool:
    if len(line) > 160:
        return False
    f = _fields(line)
    # "【我要纠错】 责任编辑:…" starts with a bracketed button; "【责任编辑:…】" is a bracketed byline.
    head = re.sub(r"^(?:\s*[【\[][^】\]:：]{0,8}[】\]])+\s*", "", line).lstrip("【[(（ ")
    return bool(f) and (len(f) >= 2 or head.startswith(tuple("来稿出信文发日时作记编责浏阅点审校")))


def _title_candidates(doc) -> list[str]:
    xs = doc.xpath("//h1|//h2|//*[contains(translate(@class,'TITLE','title'),'title') or "
                   "contains(translate(@id,'TITLE','title'),'title')]")
    out = []
    for el in xs:
        t = _clean(" ".join(_lines(el)))
        if 2 <= len(t) <= 4000:
            out.append(t)
    return out


def _page_title(doc) -> str:
    t = doc.find(".//title")
    return _clean(t.text_content()) if t is not None else ""


_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|—+|－|\s-\s|(?<=\D)-(?=\D))\s*")


def _choose_title(doc, meta: dict[str, str]) -> str:
    """ArticleTitle <meta>; else the heading that matches the first part of <title> ("文章标题_栏目_网站",
    "文章标题-网站"; the heading may be longer when the site cut the <title>); else an <h1> that is
    not the site's name (a logo); else that first part."""
    if meta.get("title"):
        return meta["title"]
    page = _page_title(doc)
    head = _TITLE_SEPARATORS.split(page)[0] if page else ""
    cut = head.rstrip(".…。 ")  # "很长的标题…": the site cut it
    cands = _title_candidates(doc)
    if head:
        if head in cands:
            return head
        longer = [c for c in cands if c.startswith(cut) and len(cut) >= 4]
        if longer:  # the site cut the title short in <title>
            return min(longer, key=len)
        shorter = [c for c in cands if len(c) >= 4 and c in head]
        if shorter:
            return max(shorter, key=len)
    for h1 in doc.iter("h1"):
        t = _clean(" ".join(_lines(h1)))
        if len(t) >= 4 and t not in page:
            return t
    return head or (cands[0] if cands else "")


READABILITY_LIMIT = 2_000_000  # characters; readability takes seconds per MB, our own rule does not


def _readability_body(html: str) -> list[str]:
    if len(html) > READABILITY_LIMIT:
        return []
    try:
        from readability import Document

        summary = Document(html, min_text_length=10, retry_length=60).summary(html_partial=True)
    except Exception:  # readability gives up on odd pages: our own rule below takes over
        return []
    if not summary.strip():
        return []
    import lxml.html

    try:
        frag = lxml.html.fragment_fromstring(summary, create_parent="div")
    except Exception:
        return []
    return _lines(frag)


def _densest_block(doc) -> list[str]:
    """Our own fallback: the element holding the most paragraph text (TRS_Editor, #zoom, .content …)."""
    best, best_len = None, 0
    for el in doc.iter("div", "td", "article", "section", "body"):
        text_len = sum(len(_clean(p.text_content())) for p in el.iterchildren("p"))
        if text_len > best_len:
            best, best_len = el, text_len
    if best is None:
        body = doc.find(".//body")
        best = body if body is not None else doc
    return _lines(best)


def _body_lines(lines: list[str], title: str, headings: frozenset[str] = frozenset()) -> list[str]:
    """Paragraphs without the title, site chrome, and the bylines and headings above and below the
    text (a "时间:… 地点:…" line inside a notice's body is text and stays)."""
    lines = [line for line in lines if line != title and not _CHROME.match(line)]
    start, end = 0, len(lines)
    while start < end and (_is_byline(lines[start]) or lines[start] in headings
                           or _BARE_DATE.match(lines[start])):
        start += 1
    while end > start and _is_byline(lines[end - 1]):
        end -= 1
    return lines[start:end]


def read_html(data: bytes | str, fallback_title: str = "") -> HtmlArticle:
    """The article of a saved page. ReadError('bad_html') for a page with no text at all."""
    html = data if isinstance(data, str) else decode_html(data)
    if not html.strip():
        raise ReadError("empty")
    doc = _parse(html)
    meta = _meta(doc)
    _strip_non_text(doc)
    title = _choose_title(doc, meta) or fallback_title
    all_lines = _lines(doc.find(".//body") if doc.find(".//body") is not None else doc)

    fields: dict[str, str] = {}
    for line in all_lines:
        if _is_byline(line):
            for k, v in _fields(line).items():
                if v:
                    fields.setdefault(k, v)
    import lxml.html

    if "date" not in fields:  # a bare date just under the title ("2019-03-01 08:30")
        at = all_lines.index(title) if title in all_lines else -1
        for line in all_lines[at + 1:at + 4] if at >= 0 else []:
            if len(line) <= 60 and _DATE_TEXT.search(line):
                fields["date"] = line
                break
    headings = frozenset(_title_candidates(doc))
    cleaned_html = lxml.html.tostring(doc, encoding="unicode")
    body = _body_lines(_readability_body(cleaned_html), title, headings)
    if sum(map(len, body)) < 20:
        body = _body_lines(_densest_block(doc), title, headings) or body
    if not body:
        raise ReadError("bad_html", "no article text")
    views_text = re.sub(r"[,，\s]", "", fields.get("views", ""))
    return HtmlArticle(
        title=title,
        body="\n".join(body),
        source=meta.get("source") or fields.get("source", ""),
        date=parse_date(meta.get("date", "")) or parse_date(fields.get("date", "")),
        views=parse_views(views_text),
        author=fields.get("author", "") or meta.get("author", ""),
        editor=fields.get("editor", ""),
    )


def parse_html(data: bytes | str, fallback_title: str = "") -> ParsedArticle:
    """The page's article as the importer stores it."""
    return read_html(data, fallback_title).parsed()
