"""Installer: generated .desktop/.iss text, PyInstaller options, --self-test from source, --smoke on a
build when one exists (never builds: that takes minutes), portable mode."""
from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
import build_installer as bi  # noqa: E402

sys.path.remove(str(REPO))


def _env(tmp_path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZHENGWEN_DATA_DIR=str(tmp_path / "data"))
    env.pop("ZHENGWEN_DB", None)
    return env


# -- --self-test from source ---------------------------------------------------------------------
def test_self_test_from_source_exits_0(tmp_path):
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--self-test"], cwd=REPO, env=_env(tmp_path),
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    for step in ("resources", "import", "extract", "window", "export_docx"):
        assert f"ok   {step}" in done.stdout
    assert "self-test passed" in done.stdout
    assert not (tmp_path / "data" / "zhengwen.db").exists()  # a temporary store, not the user's


def test_self_test_reports_a_missing_resource(tmp_path, monkeypatch):
    from io import StringIO

    from desktop_app import paths, self_test

    monkeypatch.setattr(paths, "_resource_root", lambda: tmp_path / "nothing")
    out = StringIO()
    assert self_test.run(out=out) == 1
    assert "FAIL resources" in out.getvalue()


# -- generated text ------------------------------------------------------------------------------
def test_desktop_entry():
    text = bi.desktop_entry("/opt/zhengwen-reader/zhengwen")
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(text)
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Exec"] == "/opt/zhengwen-reader/zhengwen"
    assert entry["Icon"] == "zhengwen-reader"
    assert entry["Name"] == "Zhengwen Reader" and entry["Name[zh_CN]"] == "政文阅览"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"]
    validate = shutil.which("desktop-file-validate")
    if validate:
        path = Path(os.environ.get("TMPDIR", "/tmp")) / "zhengwen-reader-test.desktop"
        path.write_text(text, encoding="utf-8")
        done = subprocess.run([validate, str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def test_install_script_rewrites_exec_and_installs_icon():
    assert bi.INSTALL_SH.startswith("#!/bin/sh")
    assert "s|^Exec=.*|Exec=$prefix/zhengwen|" in bi.INSTALL_SH
    assert "icons/hicolor/256x256/apps/zhengwen-reader.png" in bi.INSTALL_SH


def _iss_sections(text: str) -> dict[str, list[str]]:
    sections, current = {}, None
    for line in text.split("\r\n"):
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None and line and not line.startswith(";"):
            current.append(line)
    return sections


def test_inno_setup_script():
    bundle, out = Path(r"C:\build\dist\zhengwen"), Path(r"C:\build\dist")
    text = bi.inno_script(bundle, out, ver="1.2.3", icon=Path(r"C:\build\resources\icons\zhengwen.ico"))
    assert "\n" not in text.replace("\r\n", "")  # CRLF throughout, as Windows tools expect
    sections = _iss_sections(text)
    assert list(sections) == ["Setup", "Languages", "Tasks", "Files", "Icons", "Run"]
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["AppId"] == "{{6C1B0E52-3F4A-4C7E-9B7D-2E5A0B8F41D3}"  # {{ escapes the brace; never changes
    assert setup["AppName"] == "Zhengwen Reader" and setup["AppVersion"] == "1.2.3"
    assert setup["DefaultDirName"] == r"{autopf}\Zhengwen Reader"
    assert setup["OutputBaseFilename"] == "zhengwen-reader-1.2.3-setup"
    assert setup["OutputDir"] == r"C:\build\dist"
    assert setup["SetupIconFile"].endswith("zhengwen.ico")
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["UninstallDisplayIcon"] == r"{app}\zhengwen.exe"
    files = sections["Files"]
    assert files == [r'Source: "C:\build\dist\zhengwen\*"; DestDir: "{app}"; '
                     "Flags: ignoreversion recursesubdirs createallsubdirs"]
    assert any(r'Filename: "{app}\zhengwen.exe"' in line for line in sections["Icons"])
    assert any("postinstall" in line for line in sections["Run"])
    assert 'MessagesFile: "compiler:Default.isl"' in sections["Languages"][0]


def test_iss_is_written_with_a_bom(tmp_path, monkeypatch):
    monkeypatch.setattr(bi, "DIST", tmp_path)
    monkeypatch.setattr(shutil, "which", lambda name: None)  # no iscc here
    iss = bi.pack_windows(tmp_path / "zhengwen")
    assert iss.read_bytes().startswith(b"\xef\xbb\xbf[Setup]") or iss.read_bytes().startswith(b"\xef\xbb\xbf;")


def test_pyinstaller_options_bundle_the_resources():
    args = bi.pyinstaller_args(Path("entry.py"))
    pairs = list(zip(args, args[1:]))
    assert ("--onedir" in args) and ("--name", "zhengwen") in pairs
    assert ("--collect-data", "qtawesome") in pairs and ("--collect-data", "docx") in pairs
    assert ("--hidden-import", "desktop_app.export.docx_format") in pairs  # export writers are imported by name
    assert ("--hidden-import", "desktop_app.ui.settings_dialog") in pairs
    assert ("--add-data", f"{bi.RESOURCES}{os.pathsep}resources") in pairs
    assert ("--exclude-module", "jieba") in pairs


def test_version_comes_from_pyproject():
    assert bi.version().count(".") >= 1 and bi.version()[0].isdigit()


def test_icons_and_translations_are_in_resources():
    for size in bi.ICON_SIZES:
        assert (bi.ICONS / f"zhengwen-{size}.png").is_file()
    assert (bi.ICONS / "zhengwen.svg").is_file() and (bi.ICONS / "zhengwen.ico").is_file()
    assert (bi.I18N / "zhengwen_en.qm").is_file()


# -- a build, when there is one ------------------------------------------------------------------
BUILT = bi.exe_path().exists()


@pytest.mark.skipif(not BUILT, reason="no bundle in dist/ (python build_installer.py builds one)")
def test_smoke_on_the_built_bundle():
    done = subprocess.run([sys.executable, str(REPO / "build_installer.py"), "--smoke"], cwd=REPO,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout


@pytest.mark.skipif(not BUILT, reason="no bundle in dist/")
def test_bundle_contains_resources_fonts_and_translations():
    internal = bi.exe_path().parent / "_internal"
    assert (internal / "resources" / "lexicon" / "posts.txt").is_file()
    assert (internal / "resources" / "samples" / "welcome.txt").is_file()
    assert (internal / "resources" / "i18n" / "zhengwen_en.qm").is_file()
    assert list((internal / "qtawesome" / "fonts").glob("*.ttf"))


@pytest.mark.skipif(not sys.platform.startswith("linux") or not list(bi.DIST.glob("zhengwen-reader-*-linux-*.tar.gz")),
                    reason="no Linux archive in dist/")
def test_linux_archive_has_desktop_file_icon_and_installer():
    archive = sorted(bi.DIST.glob("zhengwen-reader-*-linux-*.tar.gz"))[-1]
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    top = archive.name.split("-linux-")[0]
    for name in ("zhengwen", "zhengwen-reader.desktop", "zhengwen-reader.png", "install.sh"):
        assert f"{top}/{name}" in names


# -- portable mode -------------------------------------------------------------------------------
def test_portable_marker_keeps_data_beside_the_executable(tmp_path, monkeypatch):
    from desktop_app import paths

    exe_dir = tmp_path / "usb" / "zhengwen"
    exe_dir.mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(exe_dir / "zhengwen"))
    monkeypatch.delenv("ZHENGWEN_DATA_DIR")
    assert paths.portable_dir() is None  # no marker: the user's data folder
    (exe_dir / "portable").touch()
    assert paths.portable_dir() == exe_dir / "data"
    assert paths.data_dir() == exe_dir / "data" and (exe_dir / "data").is_dir()
    assert paths.default_db_path() == exe_dir / "data" / "zhengwen.db"


def test_portable_settings_are_an_ini_file_beside_the_executable(tmp_path, monkeypatch):
    from desktop_app.ui.ui_state import open_settings

    exe_dir = tmp_path / "usb"
    exe_dir.mkdir()
    (exe_dir / "portable").touch()
    monkeypatch.setattr(sys, "executable", str(exe_dir / "zhengwen.exe"))
    monkeypatch.delenv("ZHENGWEN_DATA_DIR")
    settings = open_settings()
    settings.setValue("app/theme", "dark")
    settings.sync()
    assert Path(settings.fileName()) == exe_dir / "data" / "settings.ini"
    assert "theme=dark" in (exe_dir / "data" / "settings.ini").read_text()
