"""Which Chinese fonts this computer has, and the 公文 font of each role after the fallback chain.

Fonts are never shipped (方正小标宋 is not free to redistribute): the DOCX names fonts, and the
reader's Word/WPS draws them. We pick the first font of each chain that is installed here, assuming the
document is read where it is written; when none is installed the last (most common) name is written.
"""
from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# role -> preferred font first (GB/T 9704 practice, reference §3.1 "Fonts in practice and fallback").
CHAINS: dict[str, tuple[str, ...]] = {
    "title": ("方正小标宋简体", "方正小标宋_GBK", "华文中宋", "宋体"),
    "body": ("仿宋_GB2312", "仿宋"),
    "hei": ("黑体",),
    "kai": ("楷体_GB2312", "楷体"),
    "song": ("宋体",),
}
LATIN = "Times New Roman"

# Every name a font goes by (fontconfig family names, English names, file stems), lower case.
ALIASES: dict[str, set[str]] = {
    "方正小标宋简体": {"方正小标宋简体", "fzxiaobiaosong-b05s", "fzxbsjw", "fzxbsjw--gb1-0", "方正小标宋_gb2312"},
    "方正小标宋_GBK": {"方正小标宋_gbk", "fzxiaobiaosong-b05", "fzxbsk", "fzxbsk--gbk1-0"},
    "华文中宋": {"华文中宋", "stzhongsong", "stzhongs"},
    "宋体": {"宋体", "simsun", "nsimsun", "新宋体"},
    "仿宋_GB2312": {"仿宋_gb2312", "fangsong_gb2312", "fs_gb2312", "simfang_gb2312"},
    "仿宋": {"仿宋", "fangsong", "simfang", "stfangsong", "华文仿宋"},
    "黑体": {"黑体", "simhei"},
    "楷体_GB2312": {"楷体_gb2312", "kaiti_gb2312", "kai_gb2312"},
    "楷体": {"楷体", "kaiti", "simkai", "stkaiti", "华文楷体"},
}

_FONT_SUFFIXES = {".ttf", ".ttc", ".otf", ".otc"}


def font_dirs() -> list[Path]:
    home = Path.home()
    if sys.platform == "win32":
        dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".fonts",
            home / ".local" / "share" / "fonts"]


def _fc_list() -> set[str]:
    exe = shutil.which("fc-list")
    if not exe:
        return set()
    try:
        out = subprocess.run([exe, ":", "family"], capture_output=True, text=True, encoding="utf-8",
                             errors="replace", timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    names: set[str] = set()
    for line in out.splitlines():
        names.update(n.strip().lower() for n in line.split(",") if n.strip())
    return names


def _scan(dirs: list[Path]) -> set[str]:
    names = set()
    for d in dirs:
        if not d.is_dir():
            continue
        try:
            for _root, _, files in os.walk(d):
                for f in files:
                    p = Path(f)
                    if p.suffix.lower() in _FONT_SUFFIXES:
                        names.add(p.stem.lower())
        except OSError:
            continue
    return names


@functools.lru_cache(maxsize=1)
def installed_names() -> frozenset[str]:
    """Lower-case family names (fontconfig) and font file stems found on this computer; cached."""
    return frozenset(_fc_list() | _scan(font_dirs()))


def is_installed(font: str, installed: frozenset[str] | set[str]) -> bool:
    return bool(ALIASES.get(font, {font.lower()}) & installed)


@dataclass(frozen=True)
class FontWarning:
    """A font the layout asks for that this machine lacks. `code`: "font_substituted" (a later font
    of the chain, `used`, stands in for `wanted`), "font_missing" (none of the chain is installed;
    the file names `used`, or `wanted` itself when `used` is empty) or "no_chinese_font" (PDF).
    The window and the CLI put it in words (catalogue.font_warning); str() is for logs."""

    code: str
    wanted: str = ""
    used: str = ""

    def __str__(self) -> str:
        detail = self.wanted + (f" → {self.used}" if self.used else "")
        return f"{self.code}: {detail}" if detail else self.code


def resolve(installed: frozenset[str] | set[str] | None = None) -> tuple[dict[str, str], list[FontWarning]]:
    """(role -> font name, warnings): the first installed font of each chain.

    A FontWarning("font_substituted", "仿宋_GB2312", "仿宋") when a later font of the chain stands in,
    and ("font_missing", "方正小标宋简体", "宋体") when none of the chain is installed (then the document
    names the chain's last font and the reader's word processor substitutes it).
    """
    if installed is None:
        installed = installed_names()
    chosen: dict[str, str] = {}
    warnings: list[FontWarning] = []
    for role, chain in CHAINS.items():
        pick = next((f for f in chain if is_installed(f, installed)), None)
        if pick is None:
            chosen[role] = chain[-1]
            warnings.append(FontWarning("font_missing", chain[0], chain[-1] if len(chain) > 1 else ""))
        else:
            chosen[role] = pick
            if pick != chain[0]:
                warnings.append(FontWarning("font_substituted", chain[0], pick))
    return chosen, warnings
