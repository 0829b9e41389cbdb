"""Merging officials that are one person ("王晓" and "王晓同志", or a typo): a pure state operation.

The merge is written as ordinary corrections, kept apart from the extractor's spans (see
annotations.merge): each mention of a merged-away name is suppressed and marked again by hand under
the kept name, the kept name gets the posts of both, and tasks spoken by a merged-away name get the
kept name as speaker (a task override, anchored to the task's text). So a re-extraction that finds
the same mentions again still shows one person.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .annotations import OFFICIAL, merge
from ..domain import ArticleState, Span
from .drafts import set_task


def merge_officials(state: ArticleState, names: Sequence[str], keep: str) -> ArticleState:
    """The state with every official in `names` shown as the one official `keep` (which may be one
    of `names` or a new spelling). Raises ValueError("nothing_to_merge") when no official changes."""
    keep = keep.strip()
    if not keep:
        raise ValueError("empty_name")
    away = {n for n in names if n and n != keep}
    shown = merge(state.auto, state.corrections)
    people = {o.name: o for o in shown.officials}
    if not away & set(people):
        raise ValueError("nothing_to_merge")
    c = state.corrections

    # Mentions: manual ones are renamed, automatic ones suppressed and marked again under `keep`.
    manual = {(m.start, m.end) for n, m in c.mentions if n in away}
    mentions = [(keep if n in away else n, m) for n, m in c.mentions]
    suppressed = list(c.suppressed)
    for name in sorted(away & set(people)):
        for m in people[name].mentions:
            if (m.start, m.end) in manual:
                continue
            suppressed.append((OFFICIAL, Span(m.start, m.end)))
            mentions.append((keep, Span(m.start, m.end, review=m.review)))
    mentions.sort(key=lambda x: (x[1].start, x[1].end))

    # Posts: the kept official's first, then the others' not yet listed.
    posts: list[str] = []
    for name in [keep, *[n for n in names if n in away]]:
        if name in people:
            posts += [p for p in people[name].titles if p not in posts]
    own = people[keep].titles if keep in people else ()
    kept_posts = tuple((n, p) for n, p in c.posts if n not in away and n != keep)
    old_keep = next((p for n, p in c.posts if n == keep), None)
    if tuple(posts) != tuple(own) or old_keep is not None:
        kept_posts += ((keep, tuple(posts)),)

    state = replace(state, corrections=replace(c, mentions=tuple(mentions),
                                               suppressed=tuple(dict.fromkeys(suppressed)), posts=kept_posts))

    # Speakers: a task said by a merged-away name is said by `keep`.
    for t in merge(state.auto, state.corrections).tasks:
        if t.speaker in away:
            state = set_task(state, t.id, speaker=keep)
    return state


def merge_candidates(state: ArticleState, name: str) -> list[str]:
    """The other officials of the article, the likeliest same person first: names that contain or
    are contained in `name` (王晓 / 王晓同志), then names sharing its first character, then the rest."""
    others = [o.name for o in merge(state.auto, state.corrections).officials if o.name != name]

    def rank(other: str) -> tuple[int, int]:
        if other in name or name in other:
            return (0, abs(len(other) - len(name)))
        if other[:1] == name[:1]:
            return (1, 0)
        return (2, 0)

    return sorted(others, key=rank)
