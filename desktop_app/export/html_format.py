"""Articles as one self-contained HTML file: inline CSS, <mark> highlights with a legend, no scripts.

Every piece of article text goes through html.escape (quote=True), so a title such as
"<script>…" is shown, never run; a Content-Security-Policy forbids scripts besides.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from ._shared import OFFICIAL_FILL, TASK_FILL, Writer, meta_line, officials_of, paragraphs, task_numbers

CSS = f"""
body {{ font-family: "Noto Serif CJK SC", "Source Han Serif SC", SimSun, "Songti SC", serif;
       max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.9; color: #222; }}
h1 {{ font-family: "Noto Sans CJK SC", "Microsoft YaHei", SimHei, sans-serif; text-align: center;
     font-size: 1.6em; line-height: 1.4; }}
.subtitle, .meta {{ text-align: center; color: #555; margin: .2em 0; }}
.legend {{ text-align: center; font-size: .85em; color: #555; }}
article {{ margin-bottom: 3em; }}
article + article {{ border-top: 1px solid #ccc; padding-top: 1em; }}
.body p {{ text-indent: 2em; margin: .4em 0; }}
mark.official {{ background: #{OFFICIAL_FILL}; font-weight: bold; color: inherit; }}
mark.task {{ background: #{TASK_FILL}; border-bottom: 2px solid #5b9bd5; color: inherit; }}
h2 {{ font-size: 1.1em; margin-top: 1.5em; }}
ul.tasks, ul.tasks ul {{ list-style: none; padding-left: 1.2em; }}
.num {{ font-weight: bold; margin-right: .5em; }}
.speaker {{ color: #666; }}
@media print {{ article {{ page-break-after: always; }} body {{ max-width: none; }} }}
"""


def _e(text: str | None) -> str:
    return escape(text or "", quote=True)


def paragraph_html(segments) -> str:
    out: list[str] = []
    for s in segments:
        piece = _e(s.text)
        if s.official is not None:
            piece = f'<mark class="official" title="{_e("、".join(s.official.titles))}">{piece}</mark>'
        if s.task is not None:
            piece = f'<mark class="task">{piece}</mark>'
        out.append(piece)
    return "".join(out)


class ArticleHtml(Writer):
    extension = ".html"

    def __init__(self, **kw):
        super().__init__(**kw)
        self.parts: list[str] = []
        self.titles: list[str] = []

    def add(self, article) -> None:
        segs = paragraphs(article)
        h = ["<article>", f"<h1>{_e(article.title)}</h1>"]
        if article.subtitle:
            h.append(f'<p class="subtitle">{_e(article.subtitle)}</p>')
        meta = meta_line(article)
        if meta:
            h.append(f'<p class="meta">{_e(meta)}</p>')
        h.append('<p class="legend">图例：<mark class="official">官员</mark> <mark class="task">任务</mark></p>')
        h.append('<div class="body">')
        h += [f"<p>{paragraph_html(p)}</p>" for p in segs if any(s.text.strip() for s in p)]
        h.append("</div>")
        if article.officials:
            h += ["<h2>文中官员</h2>", '<ul class="officials">']
            h += [f"<li><b>{_e(name)}</b>" + (f"：{_e(posts)}" if posts else "") + "</li>"
                  for name, posts in officials_of(article)]
            h.append("</ul>")
        if article.tasks:
            h += ["<h2>任务</h2>", _task_list(article)]
        h.append("</article>")
        self.parts.append("\n".join(h))
        self.titles.append(article.title)

    def save(self, path: Path) -> None:
        title = self.titles[0] if len(self.titles) == 1 else f"{self.titles[0]} 等 {len(self.titles)} 篇"
        doc = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
               "style-src 'unsafe-inline'; img-src data:\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               f"<title>{_e(title if self.titles else '')}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
               + "\n".join(self.parts) + "\n</body>\n</html>\n")
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(doc)


def _task_list(article) -> str:
    numbers = task_numbers(article.tasks)
    tasks = sorted(article.tasks, key=lambda t: (t.start, t.end))
    out = ['<ul class="tasks">']
    open_child = False
    for t in tasks:
        n = numbers[t.id]
        item = (f'<span class="num">{_e(n)}</span>{_e(t.text)}'
                + (f'<span class="speaker">（{_e(t.speaker)}）</span>' if t.speaker else ""))
        if "." in n:
            if not open_child:
                out.append("<ul>")
                open_child = True
            out.append(f"<li>{item}</li>")
        else:
            if open_child:
                out.append("</ul></li>")
                open_child = False
            elif len(out) > 1:
                out.append("</li>")
            out.append(f"<li>{item}")
    if open_child:
        out.append("</ul></li>")
    elif len(out) > 1:
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)
