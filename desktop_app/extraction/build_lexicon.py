"""Regenerate resources/lexicon/common_words.txt from jieba's dictionary (MIT licence, shipped with
the jieba package): two- and three-character words that start with a surname character but are
ordinary words, not names (关切, 高度, 文艺). A candidate name equal to one of them is rejected.

    python -m desktop_app.extraction.build_lexicon
"""
from __future__ import annotations

from pathlib import Path

MIN_FREQ = 50


# Parts of speech of words that do not start a three-character name (关切询问 is not 关切询).
NOT_NAME_START = ("v", "a", "d", "c", "p", "u", "r", "m", "q", "f", "t", "z", "l", "i")


def build() -> tuple[list[str], list[str]]:
    import jieba

    from .lexicon import lexicon

    lex = lexicon()
    out, starts = [], []
    path = Path(jieba.__file__).with_name("dict.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3:
            continue
        word, freq, pos = parts[0], int(parts[1]), parts[2]
        if 2 <= len(word) <= 3 and freq >= MIN_FREQ and not pos.startswith("nr") \
                and (word[0] in lex.surnames1 or word[:2] in lex.surnames2):
            out.append(word)
            if len(word) == 2 and pos.startswith(NOT_NAME_START) and not pos.startswith("vn"):
                starts.append(word)
    return sorted(set(out)), sorted(set(starts))


def main() -> None:
    from ..paths import resource

    common, starts = build()
    for name, words, what in (
            ("common_words.txt", common, "Ordinary words that start with a surname character"),
            ("common_starts.txt", starts, "Verbs, adjectives, adverbs… that start with a surname character; "
                                          "a three-character name does not begin with one")):
        header = (f"# {what}\n# (generated from jieba's dict.txt by desktop_app/extraction/build_lexicon.py;"
                  " do not edit by hand).\n")
        target = resource("lexicon", name)
        lines = [" ".join(words[i:i + 20]) for i in range(0, len(words), 20)]
        target.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(words)} words -> {target}")


if __name__ == "__main__":
    main()
