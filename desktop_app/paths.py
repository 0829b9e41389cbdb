"""Where things live: the user's data folder and the resources shipped with the app."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ZhengwenReader"


def _resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # inside a PyInstaller bundle
    candidates = [Path(frozen) / "resources"] if frozen else []
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[-1]


def resource(*parts: str) -> Path:
    """A file shipped in resources/, from source, from an installed wheel or from the bundle."""
    return _resource_root().joinpath(*parts)


def portable_dir() -> Path | None:
    """The folder beside the executable when a `portable` marker file sits there (USB-stick mode)."""
    exe_dir = Path(sys.executable).resolve().parent
    return exe_dir / "data" if (exe_dir / "portable").exists() else None


def data_dir() -> Path:
    override = os.environ.get("ZHENGWEN_DATA_DIR")
    if override:
        path = Path(override)
    else:
        path = portable_dir() or Path(__import__("platformdirs").user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "zhengwen.db"
