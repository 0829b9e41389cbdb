"""`zhengwen CMD` builds only CMD's module's parsers (start-up): the table that says which module
registers which command must match what the modules register."""
import argparse
import importlib

from desktop_app.cli import COMMANDS, SUBCOMMANDS, build_parser


def test_the_subcommand_table_matches_what_each_module_registers():
    found = {}
    for module in COMMANDS:
        p = argparse.ArgumentParser()
        sub = p.add_subparsers(dest="command")
        importlib.import_module(f"desktop_app.cli.{module}").register(sub)
        for name in sub.choices:
            found[name] = module
    assert found == SUBCOMMANDS


def test_a_named_command_parses_as_with_the_whole_parser():
    argv = ["--db", "search", "search", "会议", "--json", "--limit", "3"]
    whole = build_parser().parse_args(argv)
    alone = build_parser(argv).parse_args(argv)
    assert vars(alone) == vars(whole)
    assert alone.db == "search" and alone.words == ["会议"] and alone.limit == 3


def test_help_still_lists_every_command(capsys):
    import pytest

    with pytest.raises(SystemExit):
        build_parser(["--help"]).parse_args(["--help"])
    out = capsys.readouterr().out
    for name in SUBCOMMANDS:
        assert name in out


def test_list_and_search_load_no_module_they_do_not_use(tmp_path):
    """What `zhengwen list/search` import is their start-up (docs/benchmarks.md): not the other
    subcommands, the editing, tracking, statistics or trash code, nor the value types of those."""
    import os
    import subprocess
    import sys

    from desktop_app.store import Store

    db = tmp_path / "s.db"
    Store(db).close()
    code = ("import sys; from desktop_app.cli import main; rc = main(sys.argv[1:]);"
            "print(sorted(m for m in sys.modules if not m.startswith('desktop_app')), file=sys.stderr);"
            "print(sorted(m for m in sys.modules if m.startswith('desktop_app')), file=sys.stderr)")
    for argv in (["list", "--json"], ["search", "会议", "--json"]):
        r = subprocess.run([sys.executable, "-c", code, "--db", str(db), *argv], capture_output=True, text=True,
                           env={**os.environ, "PYTHONIOENCODING": "utf-8"})
        assert r.returncode == 0, r.stderr
        loaded = set(eval(r.stderr.strip().splitlines()[-1]))
        assert "desktop_app.store.articles" in loaded  # the check sees what was imported
        unused = {"desktop_app.records", "desktop_app.contract", "desktop_app.cli.export", "desktop_app.cli.extract",
                  "desktop_app.store.edits", "desktop_app.store.tracking", "desktop_app.store.stats",
                  "desktop_app.store.integrity", "desktop_app.store.trash",
                  # the dataclass value types: list and search build only ArticleSummary (summary.py)
                  "desktop_app.values", "desktop_app.domain"}
        assert loaded & unused == set(), argv
        # nor the standard library they used to pay for: argparse (a plain list/search is read by
        # cli._quick_args), dataclasses (+ inspect), typing
        stdlib = set(eval(r.stderr.strip().splitlines()[-2]))
        assert stdlib & {"argparse", "dataclasses", "inspect", "typing", "gettext", "shutil"} == set(), argv


def test_every_domain_name_resolves_and_an_unknown_one_fails():
    import pytest

    import desktop_app.domain as domain

    for name in domain.__all__:
        assert getattr(domain, name) is not None
    with pytest.raises(AttributeError):
        domain.NoSuchType  # noqa: B018


QUICK = [
    ["list"], ["list", "--json"], ["list", "--limit", "5"], ["list", "--limit=0", "--json"],
    ["--db", "x.db", "list", "--json", "--limit", "20"], ["--lang", "en", "--db", "x.db", "list"],
    ["search", "会议"], ["search", "会议", "--json", "--limit", "20"], ["search", "--json", "会议", "-书记"],
    ["search", "a", "--", "--json", "-h"], ["--db", "search", "search", "search", "--limit=3"],
    ["search", "官员:王晓", '"两个 字"', "--json=x"], ["search", "--limit", "2", "--limit", "7", "x"],
    # the window (no subcommand): argparse would build every subcommand's parser for these
    [], ["--db", "x.db"], ["--lang", "en", "--db", "x.db"], ["--db", "a.db", "--db", "b.db"],
]
ARGPARSE_ONLY = [
    ["--help"], ["list", "-h"], ["search", "x", "--help"], ["list", "--js"], ["list", "--limit", "-3"],
    ["list", "--limit", "x"], ["list", "--limit"], ["search"], ["search", "--json"], ["search", "--"],
    ["--db"], ["--db", "--json", "list"], ["--lang", "fr", "list"], ["--db=x.db", "list"], ["--self-test"],
    ["export", "x"], ["list", "extra"], ["search", "a", "--", "b", "--"], ["list", "--limit", "٣"],
    ["a.txt"], ["--db", "x.db", "a.txt"], ["--lang", "de"], ["--lang"], ["--self-test", "--db", "x.db"],
]


def test_the_quick_reader_gives_what_argparse_gives():
    """`list` and `search` are read without argparse (start-up): the same namespace, or None where
    argparse must speak (help, errors) or could read the arguments otherwise."""
    from desktop_app.cli import _quick_args, _words_after_options

    for argv in QUICK:
        quick = _quick_args(argv)
        assert quick is not None, argv
        assert vars(quick) == vars(build_parser(argv).parse_args(_words_after_options(argv))), argv
    for argv in ARGPARSE_ONLY:
        assert _quick_args(argv) is None, argv
