"""Store.ids_with_tasks: the export's 含任务的文章 in one statement, on both backends, in the list's order."""
from __future__ import annotations

import pytest

from desktop_app.domain import Extraction, ParsedArticle, Task


@pytest.fixture
def store(any_store):
    return any_store


def _add(store, title, date, n_tasks):
    body = title + "。" + "".join(f"要做好第{i}项工作。" for i in range(n_tasks))
    tasks = []
    for i in range(n_tasks):
        text = f"要做好第{i}项工作"
        start = body.find(text)
        tasks.append(Task(id=f"t{i}", level=1, text=text, start=start, end=start + len(text)))
    return store.add_article(ParsedArticle(title=title, body=body, date=date), Extraction(tasks=tuple(tasks)))


def test_only_articles_with_tasks_newest_first_and_not_the_trashed(store):
    old = _add(store, "旧的有任务", "2020-01-01", 2)
    _add(store, "没有任务", "2023-01-01", 0)
    new = _add(store, "新的有任务", "2024-05-01", 1)
    undated = _add(store, "无日期有任务", None, 1)
    gone = _add(store, "已删除有任务", "2022-01-01", 3)
    store.trash_articles([gone])
    found = store.ids_with_tasks()
    assert found == [i for i in store.article_ids(None) if i in {old, new, undated}]
    assert found[:2] == [new, old]
