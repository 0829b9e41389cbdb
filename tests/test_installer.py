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
    for step in ("resources", "import", "extract", "import_formats", "window", "export_docx", "export_all"):
        assert f"ok   {step}" in done.stdout
    assert "18 files" in done.stdout  # 9 formats x 2 layouts
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
    assert entry["Exec"] == "/opt/zhengwen-reader/zhengwen %F"  # files opened with the app are imported
    assert "text/html" in entry["MimeType"].split(";")
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
    assert "s|^Exec=.*|Exec=$prefix/zhengwen %F|" in bi.INSTALL_SH
    assert "icons/hicolor/256x256/apps/zhengwen-reader.png" in bi.INSTALL_SH


def test_install_then_uninstall_leaves_nothing_but_the_data(tmp_path):
    """Run the generated install.sh and uninstall.sh on a fake bundle in a fake home."""
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "zhengwen").write_text("#!/bin/sh\necho zhengwen\n")
    (bundle / "zhengwen").chmod(0o755)
    (bundle / "zhengwen-reader.desktop").write_text(bi.desktop_entry(), encoding="utf-8")
    (bundle / "zhengwen-reader.png").write_bytes(b"png")
    for name, text in (("install.sh", bi.INSTALL_SH), ("uninstall.sh", bi.UNINSTALL_SH)):
        (bundle / name).write_text(text, encoding="utf-8")
        (bundle / name).chmod(0o755)
    home = tmp_path / "home"
    data = home / ".local" / "share" / "zhengwen"
    data.mkdir(parents=True)
    (data / "zhengwen.db").write_bytes(b"articles")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    subprocess.run(["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True)
    prefix = home / ".local" / "opt" / "zhengwen-reader"
    entry = home / ".local" / "share" / "applications" / "zhengwen-reader.desktop"
    assert (prefix / "uninstall.sh").is_file() and (home / ".local" / "bin" / "zhengwen").is_symlink()
    assert f"Exec={prefix}/zhengwen %F" in entry.read_text(encoding="utf-8").splitlines()
    done = subprocess.run(["sh", str(prefix / "uninstall.sh")], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not prefix.exists() and not entry.exists()
    assert not (home / ".local" / "bin" / "zhengwen").exists()
    assert not (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "zhengwen-reader.png").exists()
    assert (data / "zhengwen.db").read_bytes() == b"articles"  # the user's articles stay


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
    assert list(sections) == ["Setup", "Languages", "CustomMessages", "Tasks", "Files", "Icons", "Registry",
                              "Run", "Code"]
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["AppId"] == "{{6C1B0E52-3F4A-4C7E-9B7D-2E5A0B8F41D3}"  # {{ escapes the brace; never changes
    assert setup["AppName"] == "Zhengwen Reader" and setup["AppVersion"] == "1.2.3"
    assert setup["VersionInfoVersion"] == "1.2.3.0"
    assert setup["DefaultDirName"] == r"{autopf}\Zhengwen Reader"
    assert setup["OutputBaseFilename"] == "zhengwen-reader-1.2.3-setup"
    assert setup["OutputDir"] == r"C:\build\dist"
    assert setup["SetupIconFile"].endswith("zhengwen.ico")
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["MinVersion"] == "10.0"  # Qt 6 runs on Windows 10 and later
    assert setup["UninstallDisplayIcon"] == r"{app}\zhengwen.exe"
    files = sections["Files"]
    assert files == [r'Source: "C:\build\dist\zhengwen\*"; DestDir: "{app}"; '
                     "Flags: ignoreversion recursesubdirs createallsubdirs"]
    assert any(r'Filename: "{app}\zhengwen.exe"' in line for line in sections["Icons"])
    assert any("postinstall" in line for line in sections["Run"])
    # The wizard in Chinese (Inno's own messages) or English; the Start-menu entry is 政文阅览 in Chinese.
    assert sections["Languages"][0] == 'Name: "chinesesimplified"; MessagesFile: "compiler:Languages\\ChineseSimplified.isl"'
    assert 'MessagesFile: "compiler:Default.isl"' in sections["Languages"][1]
    assert "chinesesimplified.AppMenuName=政文阅览" in sections["CustomMessages"]
    assert "english.AppMenuName=Zhengwen Reader" in sections["CustomMessages"]
    assert sections["Icons"][0].startswith(r'Name: "{autoprograms}\{cm:AppMenuName}"')
    # The console launcher's folder on PATH, on request.
    assert any('ValueName: "Path"' in line and "Tasks: addtopath" in line for line in sections["Registry"])


def test_windows_version_resource():
    text = bi.version_resource("1.2.3")
    assert "filevers=(1, 2, 3, 0)" in text and "StringStruct('ProductVersion', '1.2.3')" in text
    assert "StringStruct('OriginalFilename', 'zhengwen.exe')" in text
    compile(text, "version.txt", "eval")  # PyInstaller evaluates it as Python


def test_the_icon_holds_every_size():
    assert bi.ico_sizes(bi.ICONS / "zhengwen.ico") == sorted(bi.ICON_SIZES)


def test_windows_build_adds_a_console_launcher_and_a_version_resource(monkeypatch, tmp_path):
    monkeypatch.setattr(bi, "is_windows", lambda: True)
    args = bi.pyinstaller_args(Path("entry.py"))
    assert "--windowed" in args and ("--version-file", str(bi.WORK / "version.txt")) in list(zip(args, args[1:]))
    calls = []
    monkeypatch.setattr(bi, "WORK", tmp_path / "work")
    monkeypatch.setattr(bi.subprocess, "run", lambda cmd, **kw: calls.append(cmd))
    console = tmp_path / "work" / "console" / "zhengwen"
    console.mkdir(parents=True)
    (console / "zhengwen.exe").write_bytes(b"MZ console")
    bundle = tmp_path / "zhengwen"
    bundle.mkdir()
    launcher = bi.add_console_launcher(Path("entry.py"), bundle, "pyinstaller")
    assert launcher == bundle / "zhengwen.com" and launcher.read_bytes() == b"MZ console"
    assert "--console" in calls[0] and "--windowed" not in calls[0]
    assert calls[0][calls[0].index("--distpath") + 1] == str(tmp_path / "work" / "console")


def test_the_bundle_gets_python_docx_parts_folder(tmp_path):
    internal = tmp_path / "zhengwen" / "_internal"
    (internal / "docx" / "templates").mkdir(parents=True)
    (internal / "docx" / "templates" / "default-footer.xml").write_text("<w:ftr/>")
    bi.fix_docx_templates(tmp_path / "zhengwen")
    # the path python-docx builds now resolves
    assert (internal / "docx" / "parts" / ".." / "templates" / "default-footer.xml").is_file()


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


# -- the server extra in the bundle -------------------------------------------------------------
def test_the_build_extra_brings_psycopg_for_the_bundle():
    import tomllib

    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    server = [r for r in extras["server"] if r.startswith("psycopg")]
    assert server and set(server) <= set(extras["build"])  # what `pip install -e ".[build]"` gets


def test_the_build_stops_when_psycopg_cannot_be_bundled(monkeypatch):
    assert bi.server_extra_missing() is None  # here it can: the tests need psycopg too
    monkeypatch.setitem(sys.modules, "psycopg_binary", None)  # as if not installed
    missing = bi.server_extra_missing()
    assert missing is not None and 'pip install -e ".[build]"' in missing
    with pytest.raises(SystemExit, match="server extra is missing"):
        bi.build_bundle()


def test_the_server_smoke_check_passes_on_the_program_and_fails_on_a_traceback(tmp_path):
    """smoke_server run against the program from source (a launcher standing in for the bundle's
    executable): exit 4 and one line with libpq's reason passes; a program that crashes does not."""
    launcher = tmp_path / "zhengwen"
    launcher.write_text(f"#!/bin/sh\ncd {REPO} && exec {sys.executable} -m desktop_app \"$@\"\n", encoding="utf-8")
    launcher.chmod(0o755)
    assert bi.smoke_server(launcher) == 0
    broken = tmp_path / "broken"
    broken.write_text("#!/bin/sh\necho 'Traceback (most recent call last):' >&2\nexit 1\n", encoding="utf-8")
    broken.chmod(0o755)
    assert bi.smoke_server(broken) == 1


# -- a build, when there is one ------------------------------------------------------------------
BUILT = bi.exe_path().exists()


@pytest.mark.skipif(not BUILT, reason="no bundle in dist/ (python build_installer.py builds one)")
def test_smoke_on_the_built_bundle():
    done = subprocess.run([sys.executable, str(REPO / "build_installer.py"), "--smoke"], cwd=REPO,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout
    assert "smoke (server library, psycopg in the bundle): exit 4: 无法连接团队资料库" in done.stdout


@pytest.mark.skipif(not BUILT, reason="no bundle in dist/")
def test_bundle_contains_resources_fonts_and_translations():
    internal = bi.exe_path().parent / "_internal"
    assert (internal / "resources" / "lexicon" / "posts.txt").is_file()
    assert (internal / "resources" / "samples" / "welcome.txt").is_file()
    assert (internal / "resources" / "i18n" / "zhengwen_en.qm").is_file()
    assert list((internal / "qtawesome" / "fonts").glob("*.ttf"))
    assert (internal / "docx" / "parts" / ".." / "templates" / "default-footer.xml").is_file()


@pytest.mark.skipif(not sys.platform.startswith("linux") or not list(bi.DIST.glob("zhengwen-reader-*-linux-*.tar.gz")),
                    reason="no Linux archive in dist/")
def test_linux_archive_has_desktop_file_icon_and_installer():
    archive = sorted(bi.DIST.glob("zhengwen-reader-*-linux-*.tar.gz"))[-1]
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    top = archive.name.split("-linux-")[0]
    for name in ("zhengwen", "zhengwen-reader.desktop", "zhengwen-reader.png", "install.sh", "uninstall.sh"):
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


def test_files_opened_with_the_app_go_to_the_window(monkeypatch):
    """The .desktop entry's `Exec=zhengwen %F`: files without a subcommand open the window, which imports them."""
    from desktop_app import app, cli

    seen = {}
    monkeypatch.setattr(app, "run_gui", lambda db, lang=None, files=None: seen.update(db=db, files=files) or 0)
    assert cli.main(["--db", "x.db", "a.txt", "报告.docx"]) == 0
    assert seen == {"db": "x.db", "files": ["a.txt", "报告.docx"]}
    seen.clear()
    assert cli.main([]) == 0 and seen["files"] == []


def test_the_bundle_excludes_no_module_the_app_imports():
    """An excluded module the app imports makes the built bundle fail at start (the read-only
    window's take-over uses PySide6.QtNetwork's local socket; the bundle left it out)."""
    import ast

    sys.path.insert(0, str(REPO))
    try:
        import build_installer
    finally:
        sys.path.remove(str(REPO))
    imported: set[str] = set()
    for path in (REPO / "desktop_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module)
    excluded = {m for m in imported for x in build_installer.EXCLUDES if m == x or m.startswith(x + ".")}
    assert excluded == {"jieba"}  # only the lexicon builder, a development tool (the [lexicon] extra)
