"""Build Zhengwen Reader for the platform this runs on: translations -> PyInstaller bundle -> archive.

    python build_installer.py                 # .qm files, one-folder bundle in dist/zhengwen/, then
                                              #   Linux:   dist/zhengwen-reader-<version>-linux-<arch>.tar.gz
                                              #   Windows: dist/zhengwen-reader.iss (+ setup.exe when iscc is installed)
    python build_installer.py --smoke         # run the built bundle headless with --self-test; non-zero on failure
    python build_installer.py --translations  # pyside6-lupdate the .ts sources, pyside6-lrelease the .qm files
    python build_installer.py --icons         # render resources/icons/zhengwen.svg to PNGs and an .ico
    python build_installer.py --iss / --desktop   # print the generated Inno Setup script / .desktop entry

Needs the `build` extra (pip install -e ".[build]"), which brings the `server` extra's psycopg: the
bundle opens team libraries on a PostgreSQL server too (psycopg with its own libpq, psycopg_binary),
and the build stops if psycopg cannot be imported rather than ship a bundle that cannot. The bundle
contains resources/ (lexicons, samples, translations, icons) under sys._MEIPASS/resources, where
desktop_app.paths.resource() looks, and qtawesome's icon fonts (--collect-data qtawesome). The smoke
run checks the server part too: the bundled program asked for a library at a server that refuses
the connection says so in one line (libpq's own words, so psycopg and libpq were loaded), no
traceback. See docs/installer.md.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
I18N = RESOURCES / "i18n"
ICONS = RESOURCES / "icons"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "installer"
NAME = "zhengwen"  # the executable and the bundle folder
APP_ID = "zhengwen-reader"  # .desktop file, icon name, archive name
DISPLAY_NAME = "Zhengwen Reader"
DISPLAY_NAME_ZH = "政文阅览"
# Inno Setup identifies the installed app by this; it must never change between versions.
INNO_APP_ID = "{{6C1B0E52-3F4A-4C7E-9B7D-2E5A0B8F41D3}"
LANGUAGES = ("en",)  # translated languages; Chinese is the source language
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Modules the app never imports at run time (jieba only regenerates a lexicon at development time).
EXCLUDES = ("jieba", "tkinter", "pytest", "hypothesis", "pytestqt", "IPython", "matplotlib", "numpy",
            "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtOpenGL")  # not QtNetwork: ui/instance_guard's local socket


def version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    return match.group(1) if match else "0.0.0"


def is_windows() -> bool:
    return sys.platform.startswith("win")


def exe_path(bundle: Path | None = None) -> Path:
    bundle = bundle or DIST / NAME
    return bundle / (NAME + (".exe" if is_windows() else ""))


def _tool(name: str) -> str | None:
    """A console script of the venv this runs in (pyside6-lupdate, pyinstaller…), else from PATH."""
    here = Path(sys.executable).parent / (name + (".exe" if is_windows() else ""))
    return str(here) if here.exists() else shutil.which(name)


# -- translations --------------------------------------------------------------------------------
def translation_sources() -> list[Path]:
    """Every file whose strings go through tr(): the ui package and app.py."""
    return sorted((ROOT / "desktop_app" / "ui").glob("*.py")) + [ROOT / "desktop_app" / "app.py"]


def update_translations() -> None:
    """pyside6-lupdate: new strings are added to the .ts files (unfinished), vanished ones dropped."""
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        raise SystemExit("pyside6-lupdate not found (it ships with PySide6-Essentials)")
    for lang in LANGUAGES:
        ts = I18N / f"zhengwen_{lang}.ts"
        subprocess.run([lupdate, *map(str, translation_sources()), "-source-language", "zh_CN",
                        "-target-language", lang, "-no-obsolete", "-locations", "relative", "-ts", str(ts)],
                       check=True, cwd=ROOT)


def release_translations(out_dir: Path = I18N) -> list[Path]:
    """pyside6-lrelease every .ts into a .qm; without lrelease the committed .qm files are used."""
    lrelease = _tool("pyside6-lrelease")
    built = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        if lrelease is None:
            print(f"pyside6-lrelease not found: using the committed {qm.name}")
        else:
            subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


# -- icons ---------------------------------------------------------------------------------------
def render_icons() -> list[Path]:
    """resources/icons/zhengwen.svg -> zhengwen-<size>.png for each size, and zhengwen.ico (Windows)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts and painting need one)
    renderer = QSvgRenderer(str(ICONS / "zhengwen.svg"))
    written = []
    images = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"zhengwen-{size}.png"
        image.save(str(path))
        written.append(path)
        images.append(image)
    ico = ICONS / "zhengwen.ico"
    # Every size in one .ico (Qt's ico plugin writes one): Explorer, the taskbar and the title bar
    # each pick theirs instead of scaling the 256 px image down to a blur.
    write_ico([p for p in written if p.suffix == ".png"], ico)
    written.append(ico)
    return written


def write_ico(pngs: list[Path], ico: Path) -> None:
    """A Windows .ico holding each PNG as one image (PNG-compressed entries, Windows Vista and later)."""
    import struct

    from PySide6.QtGui import QImage

    entries = []
    for png in pngs:
        image = QImage(str(png))
        entries.append((image.width(), image.height(), png.read_bytes()))
    entries.sort(key=lambda e: e[0])
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = len(header) + 16 * len(entries)
    directory, blobs = b"", b""
    for width, height, data in entries:
        # a width or height of 256 is written as 0
        directory += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    ico.write_bytes(header + directory + blobs)


def ico_sizes(ico: Path) -> list[int]:
    """The image sizes an .ico holds (for the tests and the build's own check)."""
    import struct

    data = ico.read_bytes()
    _reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if kind != 1:
        return []
    return sorted((struct.unpack_from("<B", data, 6 + 16 * i)[0] or 256) for i in range(count))


# -- desktop integration -------------------------------------------------------------------------
# What the file manager may open with the app (Exec's %F: the files are imported into the library).
MIME_TYPES = ("text/plain", "text/markdown", "text/html",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def desktop_entry(exec_path: str = NAME, icon: str = APP_ID) -> str:
    """The freedesktop .desktop file; install.sh rewrites Exec= with the absolute path. %F: files
    opened with the app (or dropped on its menu entry) are imported when the window opens."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.0",
        f"Name={DISPLAY_NAME}",
        f"Name[zh_CN]={DISPLAY_NAME_ZH}",
        "GenericName=Government News Reader",
        "GenericName[zh_CN]=政务新闻阅读器",
        "Comment=Read, search and file Chinese government news with officials and tasks highlighted",
        "Comment[zh_CN]=阅读、检索和归档政务新闻与会议报道,标出官员与任务",
        f"Exec={exec_path} %F",
        f"Icon={icon}",
        "Terminal=false",
        "Categories=Office;Viewer;",
        "MimeType=" + ";".join(MIME_TYPES) + ";",
        "Keywords=news;government;officials;tasks;政务;新闻;官员;任务;",
        f"StartupWMClass={NAME}",
        "",
    ])


INSTALL_SH = """#!/bin/sh
# Install Zhengwen Reader for the current user: the program in ~/.local/opt/zhengwen-reader (or $PREFIX),
# a menu entry, an icon and ~/.local/bin/zhengwen. To run it from a USB stick instead, do not install:
# create an empty file named `portable` beside ./zhengwen and the data stays in ./data.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${PREFIX:-$HOME/.local/opt/zhengwen-reader}"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$prefix" "$share/applications" "$share/icons/hicolor/256x256/apps" "$HOME/.local/bin"
cp -a "$here"/. "$prefix"/
sed "s|^Exec=.*|Exec=$prefix/zhengwen %F|" "$here/zhengwen-reader.desktop" > "$share/applications/zhengwen-reader.desktop"
cp "$here/zhengwen-reader.png" "$share/icons/hicolor/256x256/apps/zhengwen-reader.png"
ln -sf "$prefix/zhengwen" "$HOME/.local/bin/zhengwen"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
echo "Zhengwen Reader installed in $prefix (to remove it: $prefix/uninstall.sh)"
"""

UNINSTALL_SH = """#!/bin/sh
# Remove what install.sh installed: the program folder, the menu entry, the icon and ~/.local/bin/zhengwen.
# Your articles, settings and backups (in ~/.local/share/zhengwen, or ./data in portable mode) are kept;
# delete that folder yourself if you want them gone.
set -e
prefix="${PREFIX:-$HOME/.local/opt/zhengwen-reader}"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
case "$prefix" in ""|/|"$HOME") echo "refusing to remove $prefix" >&2; exit 1;; esac
[ -x "$prefix/zhengwen" ] || { echo "Zhengwen Reader is not installed in $prefix" >&2; exit 1; }
rm -f "$share/applications/zhengwen-reader.desktop" "$share/icons/hicolor/256x256/apps/zhengwen-reader.png"
if [ "$(readlink "$HOME/.local/bin/zhengwen" 2>/dev/null)" = "$prefix/zhengwen" ]; then
  rm -f "$HOME/.local/bin/zhengwen"
fi
rm -rf "$prefix"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
echo "Zhengwen Reader removed from $prefix (your data folder was kept)"
"""


# Windows 10 or later: what Qt 6 (PySide6) runs on.
MIN_WINDOWS = "10.0"
CONSOLE_NAME = NAME + ".com"  # cmd.exe finds zhengwen.com before zhengwen.exe (PATHEXT): the CLI


def inno_script(bundle: Path, out_dir: Path, ver: str | None = None, icon: Path | None = None) -> str:
    """The Inno Setup 6.3+ script that `iscc` turns into zhengwen-reader-<version>-setup.exe.

    The wizard speaks Chinese (Inno's own ChineseSimplified messages) or English, the Start-menu entry
    is 政文阅览 on a Chinese system; Windows 10 or later; an optional task puts the program's folder on
    the user's PATH so that `zhengwen import …` works in cmd.exe (zhengwen.com, the console launcher)."""
    ver = ver or version()
    icon = icon or ICONS / "zhengwen.ico"
    lines = [
        "; Zhengwen Reader (政文阅览) installer, generated by build_installer.py; build with: iscc zhengwen-reader.iss",
        "[Setup]",
        f"AppId={INNO_APP_ID}",
        f"AppName={DISPLAY_NAME}",
        f"AppVersion={ver}",
        f"AppVerName={DISPLAY_NAME} {ver}",
        f"AppPublisher={DISPLAY_NAME}",
        f"VersionInfoVersion={_numeric_version(ver)}",
        f"DefaultDirName={{autopf}}\\{DISPLAY_NAME}",
        "DefaultGroupName={cm:AppMenuName}",
        "DisableProgramGroupPage=yes",
        # Without admin rights it installs for the current user (offices often lock admin rights down).
        "PrivilegesRequired=lowest",
        "PrivilegesRequiredOverridesAllowed=dialog",
        "ArchitecturesAllowed=x64compatible",
        "ArchitecturesInstallIn64BitMode=x64compatible",
        f"MinVersion={MIN_WINDOWS}",
        "ChangesEnvironment=yes",
        "ShowLanguageDialog=auto",
        f"OutputDir={out_dir}",
        f"OutputBaseFilename={APP_ID}-{ver}-setup",
        f"SetupIconFile={icon}",
        f"UninstallDisplayIcon={{app}}\\{NAME}.exe",
        "Compression=lzma2",
        "SolidCompression=yes",
        "WizardStyle=modern",
        "",
        "[Languages]",
        'Name: "chinesesimplified"; MessagesFile: "compiler:Languages\\ChineseSimplified.isl"',
        'Name: "english"; MessagesFile: "compiler:Default.isl"',
        "",
        "[CustomMessages]",
        f"chinesesimplified.AppMenuName={DISPLAY_NAME_ZH}",
        f"english.AppMenuName={DISPLAY_NAME}",
        "chinesesimplified.AddToPath=将程序文件夹加入 PATH(可在命令提示符中使用 zhengwen 命令)",
        "english.AddToPath=Add the program folder to PATH (the zhengwen command in cmd.exe)",
        "",
        "[Tasks]",
        'Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked',
        'Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked',
        "",
        "[Files]",
        f'Source: "{bundle}\\*"; DestDir: "{{app}}"; Flags: ignoreversion recursesubdirs createallsubdirs',
        "",
        "[Icons]",
        f'Name: "{{autoprograms}}\\{{cm:AppMenuName}}"; Filename: "{{app}}\\{NAME}.exe"',
        f'Name: "{{autodesktop}}\\{{cm:AppMenuName}}"; Filename: "{{app}}\\{NAME}.exe"; Tasks: desktopicon',
        "",
        "[Registry]",
        'Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; '
        "Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))",
        "",
        "[Run]",
        f'Filename: "{{app}}\\{NAME}.exe"; Description: "{{cm:LaunchProgram,{{cm:AppMenuName}}}}"; '
        "Flags: nowait postinstall skipifsilent",
        "",
        "[Code]",
        "function NeedsAddPath(Dir: string): Boolean;",
        "var Path: string;",
        "begin",
        "  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then Path := '';",
        "  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;",
        "end;",
        "",
    ]
    return "\r\n".join(lines)


def _numeric_version(ver: str) -> str:
    """"1.2.3rc1" -> "1.2.3.0": Windows version resources take four numbers."""
    numbers = [int(re.match(r"\d*", part).group(0) or 0) for part in ver.split(".")[:4]]
    return ".".join(str(n) for n in numbers + [0] * (4 - len(numbers)))


def version_resource(ver: str | None = None) -> str:
    """PyInstaller's --version-file: the Windows version resource (Properties → Details of the exe)."""
    ver = ver or version()
    nums = tuple(int(n) for n in _numeric_version(ver).split("."))
    fields = {"CompanyName": DISPLAY_NAME, "FileDescription": f"{DISPLAY_NAME} {DISPLAY_NAME_ZH}",
              "FileVersion": ver, "InternalName": NAME, "LegalCopyright": f"{DISPLAY_NAME} contributors",
              "OriginalFilename": f"{NAME}.exe", "ProductName": f"{DISPLAY_NAME} ({DISPLAY_NAME_ZH})",
              "ProductVersion": ver}
    strings = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in fields.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
          {strings}])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""


# -- the bundle ----------------------------------------------------------------------------------
def pyinstaller_args(entry: Path) -> list[str]:
    sep = os.pathsep
    args = [str(entry), "--noconfirm", "--onedir", "--name", NAME,
            "--distpath", str(DIST), "--workpath", str(WORK / "work"), "--specpath", str(WORK),
            "--paths", str(ROOT),
            "--add-data", f"{RESOURCES}{sep}resources",
            "--collect-data", "qtawesome",  # the icon fonts and their charmaps
            "--collect-data", "docx",  # python-docx's default template
            "--exclude-module", "desktop_app.resources"]
    for module in EXCLUDES:
        args += ["--exclude-module", module]
    # export/ loads its format writers by name (importlib), which the import scan cannot see. Listed
    # here rather than --collect-submodules, which imports the package in a subprocess without --paths.
    for module in app_modules():
        args += ["--hidden-import", module]
    # The server backend: psycopg loads its libpq wrapper by trying implementations in turn; named so
    # that the bundle has the binary one (with its libpq) whatever the import scan makes of that.
    args += ["--hidden-import", "psycopg", "--hidden-import", "psycopg_binary", "--hidden-import", "psycopg_binary.pq"]
    if is_windows():
        args += ["--windowed", "--icon", str(ICONS / "zhengwen.ico"),
                 "--version-file", str(WORK / "version.txt")]
    elif sys.platform == "darwin":
        args += ["--windowed", "--icon", str(ICONS / "zhengwen-256.png")]
    return args


def app_modules() -> list[str]:
    """Every module of the desktop_app package, by dotted name."""
    package = ROOT / "desktop_app"
    names = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "__pycache__" in parts:
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def server_extra_missing() -> str | None:
    """Why the bundle could not open a server library (one line), or None: psycopg and its binary
    libpq wrapper must be importable here, where PyInstaller collects them from."""
    try:
        import psycopg  # noqa: F401
        import psycopg_binary  # noqa: F401
    except ImportError as e:
        return f"the server extra is missing ({e}): pip install -e \".[build]\" (it includes psycopg[binary])"
    return None


def build_bundle() -> Path:
    missing = server_extra_missing()
    if missing:
        raise SystemExit(missing)
    WORK.mkdir(parents=True, exist_ok=True)
    entry = WORK / "zhengwen_main.py"
    entry.write_text("from desktop_app.cli import main\n\nraise SystemExit(main())\n", encoding="utf-8")
    pyinstaller = _tool("pyinstaller")
    if pyinstaller is None:
        raise SystemExit('PyInstaller is missing: pip install -e ".[build]"')
    if is_windows():
        (WORK / "version.txt").write_text(version_resource(), encoding="utf-8")
    subprocess.run([pyinstaller, *pyinstaller_args(entry)], check=True, cwd=ROOT)
    bundle = DIST / NAME
    fix_docx_templates(bundle)
    if is_windows():
        add_console_launcher(entry, bundle, pyinstaller)
    # Bundled resources must not carry caches; of Qt's own translations only Chinese and English are used.
    shutil.rmtree(bundle / "_internal" / "resources" / "__pycache__", ignore_errors=True)
    for qm in bundle.rglob("PySide6/Qt/translations/*.qm"):
        if not re.search(r"_(zh_CN|en)\.qm$", qm.name):
            qm.unlink()
    return bundle


def fix_docx_templates(bundle: Path) -> None:
    """python-docx finds its header, footer, styles and settings templates as
    `docx/parts/../templates/…`: the `parts` folder must exist on disk for the OS to walk through it,
    and in a bundle the package's modules live in the archive, so it did not (docx --layout gongwen
    and tasks_docx failed only in the bundle). The empty folder makes the path resolve."""
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    templates = internal / "docx" / "templates"
    if not (templates / "default-footer.xml").is_file():
        raise SystemExit(f"python-docx's templates are missing from the bundle: {templates}")
    (internal / "docx" / "parts").mkdir(exist_ok=True)


def add_console_launcher(entry: Path, bundle: Path, pyinstaller: str) -> Path:
    """Windows: zhengwen.com, the same program built as a console executable, beside the windowed
    zhengwen.exe. cmd.exe runs zhengwen.com for `zhengwen import …` (.COM comes first in PATHEXT),
    so the subcommands print to the console and the prompt waits for them; the Start menu and
    double clicks use zhengwen.exe, which opens no console window. Both share _internal/."""
    console_dist = WORK / "console"
    args = [a for a in pyinstaller_args(entry) if a != "--windowed"]
    args[args.index("--distpath") + 1] = str(console_dist)
    args[args.index("--workpath") + 1] = str(WORK / "work-console")
    subprocess.run([pyinstaller, *args, "--console"], check=True, cwd=ROOT)
    launcher = bundle / CONSOLE_NAME
    shutil.copy2(console_dist / NAME / f"{NAME}.exe", launcher)
    return launcher


def pack_linux(bundle: Path) -> Path:
    (bundle / f"{APP_ID}.desktop").write_text(desktop_entry(), encoding="utf-8")
    shutil.copy2(ICONS / "zhengwen-256.png", bundle / f"{APP_ID}.png")
    for name, text in (("install.sh", INSTALL_SH), ("uninstall.sh", UNINSTALL_SH)):
        script = bundle / name
        script.write_text(text, encoding="utf-8")
        script.chmod(0o755)
    archive = DIST / f"{APP_ID}-{version()}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=f"{APP_ID}-{version()}")
    return archive


def pack_windows(bundle: Path) -> Path:
    iss = DIST / f"{APP_ID}.iss"
    iss.write_text(inno_script(bundle, DIST), encoding="utf-8-sig")  # BOM: Inno Setup reads UTF-8
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc:
        subprocess.run([iscc, str(iss)], check=True)
    else:
        print(f"iscc (Inno Setup 6.3+) not found: {iss} written; run `iscc {iss.name}` to make setup.exe")
    return iss


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


# -- smoke test ----------------------------------------------------------------------------------
def smoke(bundle: Path | None = None, repeat: int = 1, timeout: float = 180) -> int:
    """Run the bundle's `--self-test` headless with a temporary data folder; its exit status."""
    exe = exe_path(bundle)
    if not exe.exists():
        print(f"no build at {exe}: run `python build_installer.py` first", file=sys.stderr)
        return 2
    status = 0
    for i in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZHENGWEN_DATA_DIR=tmp)
            env.pop("ZHENGWEN_DB", None)
            started = time.perf_counter()
            try:
                done = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True,
                                      encoding="utf-8", errors="replace", timeout=timeout)
            except subprocess.TimeoutExpired:
                print(f"smoke: --self-test did not finish in {timeout:.0f} s", file=sys.stderr)
                return 1
            elapsed = time.perf_counter() - started
        print(done.stdout, end="")
        if done.returncode != 0:
            print(done.stderr, end="", file=sys.stderr)
        print(f"smoke run {i + 1}: exit {done.returncode}, {elapsed:.2f} s wall")
        status = status or done.returncode
    status = status or smoke_server(exe, timeout)
    print(f"bundle {exe.parent}: {folder_size(exe.parent) / 2**20:.1f} MiB")
    return status


# What the bundled program must say for a server library that refuses the connection: our line
# (ServerUnavailable) with libpq's reason, which only a loaded psycopg + libpq can give.
SERVER_SAYS = ("无法连接团队资料库", "Connection refused")


def smoke_server(exe: Path, timeout: float = 60) -> int:
    """The bundled program on a server URL nobody listens at: exit 4 (the library cannot be opened),
    one line naming the server and libpq's reason, no traceback. Non-zero when not so."""
    import socket

    with socket.socket() as s:  # a port nothing listens on: bound, never listened
        s.bind(("127.0.0.1", 0))
        url = f"postgresql://zhengwen@127.0.0.1:{s.getsockname()[1]}/library"
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZHENGWEN_DATA_DIR=tmp)
            try:
                done = subprocess.run([str(exe), "--db", url, "list"], env=env, capture_output=True, text=True,
                                      encoding="utf-8", errors="replace", timeout=timeout)
            except subprocess.TimeoutExpired:
                print(f"smoke (server): no answer in {timeout:.0f} s", file=sys.stderr)
                return 1
    said = (done.stdout + done.stderr).strip()
    ok = done.returncode == 4 and all(s in said for s in SERVER_SAYS) and "Traceback" not in said \
        and len(said.splitlines()) == 1
    print(f"smoke (server library, psycopg in the bundle): exit {done.returncode}: {said}")
    if not ok:
        print("smoke (server): expected exit 4 and one line saying the server refused the connection",
              file=sys.stderr)
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--smoke", action="store_true", help="run the built bundle's --self-test (no build)")
    p.add_argument("--repeat", type=int, default=1, help="with --smoke: run it N times (start-up timing)")
    p.add_argument("--translations", action="store_true", help="lupdate + lrelease only")
    p.add_argument("--icons", action="store_true", help="render the icon PNGs/ICO only")
    p.add_argument("--iss", action="store_true", help="print the Inno Setup script")
    p.add_argument("--desktop", action="store_true", help="print the .desktop entry")
    args = p.parse_args(argv)
    if args.smoke:
        return smoke(repeat=args.repeat)
    if args.translations:
        update_translations()
        for qm in release_translations():
            print(f"built {qm.relative_to(ROOT)}")
        return 0
    if args.icons:
        for path in render_icons():
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    if args.iss:
        sys.stdout.write(inno_script(DIST / NAME, DIST))
        return 0
    if args.desktop:
        sys.stdout.write(desktop_entry())
        return 0

    started = time.perf_counter()
    release_translations()
    bundle = build_bundle()
    if is_windows():
        out = pack_windows(bundle)
    elif sys.platform.startswith("linux"):
        out = pack_linux(bundle)
    else:
        out = bundle
    print(f"built {out} in {time.perf_counter() - started:.0f} s; bundle {folder_size(bundle) / 2**20:.1f} MiB")
    if out.is_file():
        print(f"archive {out.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
