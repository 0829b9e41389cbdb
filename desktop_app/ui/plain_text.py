"""Article text, file names and typed words shown in tooltips and message boxes: never read by Qt
as rich text.

Qt shows a tooltip as HTML when it "might be rich text" (a tag such as <b> or <img> in its first
line). Text that contains "<" is therefore escaped and wrapped in <qt>, so it is shown literally;
everything else passes unchanged.
"""
from __future__ import annotations


def tip(text):
    """`text` safe to give setToolTip / ToolTipRole / QToolTip.showText (None and "" pass through)."""
    if not text or "<" not in text:
        return text
    from html import escape  # here: the window's first paint need not import html (and html.entities)

    return "<qt>" + escape(text, quote=False).replace("\n", "<br>") + "</qt>"


# Message boxes guess the format the same way tooltips do.
literal = tip
