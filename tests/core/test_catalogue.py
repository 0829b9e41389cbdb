"""The one message catalogue (desktop_app/catalogue.py): every entry in both languages, each English
sentence once, none of them also in the Qt translation file; the CLI and the window read the same."""
from __future__ import annotations

import re
import string
import subprocess
import sys
from pathlib import Path

from desktop_app import catalogue

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff60\u3000-\u303f]")


def _entries():
    for name, table in catalogue.CATALOGUES.items():
        for code, entry in table.items():
            yield f"{name}.{code}", entry
    for name in ("READ_OTHER", "BACKUP_OTHER", "EXPORT_NO_PERMISSION", "EXPORT_OS_ERROR", "EXPORT_OTHER"):
        yield name, getattr(catalogue, name)


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


def test_every_entry_is_chinese_and_english_with_the_same_fields():
    for where, (zh, en) in _entries():
        assert CJK.search(zh), where
        assert en and not CJK.search(en), where
        assert _fields(zh) == _fields(en), where


def test_each_english_sentence_is_written_once():
    """No English twice: an entry two tables share is the same entry (STORE's name_too_long is READ's)."""
    seen: dict[str, int] = {}
    for _where, entry in _entries():
        seen.setdefault(entry[1], id(entry))
        assert seen[entry[1]] == id(entry), entry[1]


def test_the_translation_file_does_not_hold_the_catalogue_again():
    """The catalogue's English is not kept a second time in the Qt translation: its context there
    ("Messages", ui/messages.py) holds only the mark that says which language a .qm speaks."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "resources" / "i18n" / "zhengwen_en.ts").getroot()
    messages = [c for c in root.iter("context") if c.findtext("name") == "Messages"]
    assert [(m.findtext("source"), m.findtext("translation")) for c in messages for m in c.iter("message")] == \
        [("zh_CN", "en")]


def test_the_cli_and_the_window_say_the_same_reason():
    """An import failure's reason as the CLI prints it in English is the window's English words."""
    code = ("import sys; from desktop_app.cli import words as w; w.set_language('en'); print(w.reason('binary: x'));"
            "w.set_language('zh'); print(w.reason('binary')); print(w.export_words('exists'));"
            "print('PySide6' in ' '.join(sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                         check=True).stdout.splitlines()
    assert out == [catalogue.READ["binary"][1], catalogue.READ["binary"][0], catalogue.EXPORT["exists"][0], "False"]
