"""The README stays in step with the code: its Layout lists every package (and top-level module) of
``src/accord`` and nothing that is gone, and its synopses name every command and every option."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

import accord
from accord.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PACKAGE = Path(accord.__file__).resolve().parent
# Folders whose insides are not packages of their own (assets, migration scripts, caches).
NOT_LISTED_INSIDE = ("web/static/", "web/templates/", "store/migrations/")
NAME = re.compile(r"^[\w.]+/?$")
OPTION = re.compile(r"--[a-z][a-z-]*")


def _section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end != -1 else None]


def layout_entries() -> set[str]:
    """Paths the Layout block lists, relative to ``src/accord/`` (folders end with ``/``), by indentation."""
    block = _section("Layout").split("```")[1]
    lines = [line for line in block.splitlines() if line.strip()]
    assert lines[0].strip() == "src/accord/"
    entries: set[str] = set()
    parents: list[tuple[int, str]] = []  # (indent, folder path)
    for line in lines[1:]:
        indent = len(line) - len(line.lstrip())
        names = []  # the first column (two spaces or more end it): one or more names
        for token in re.split(r"\s{2,}", line.strip())[0].split():
            if not NAME.match(token) or not (token.endswith("/") or token.endswith(".py")):
                break
            names.append(token)
        parents = [(depth, path) for depth, path in parents if depth < indent]
        prefix = parents[-1][1] if parents else ""
        for name in names:
            entries.add(prefix + name)
        if len(names) == 1 and names[0].endswith("/"):
            parents.append((indent, prefix + names[0]))
    return entries


def tree_entries() -> set[str]:
    """Every folder of the package (but caches and the insides of asset/migration folders) and top-level module."""
    found = {p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "__main__.py")}
    for folder in PACKAGE.rglob("*"):
        if not folder.is_dir() or folder.name == "__pycache__":
            continue
        path = folder.relative_to(PACKAGE).as_posix() + "/"
        if not any(path.startswith(inside) and path != inside for inside in NOT_LISTED_INSIDE):
            found.add(path)
    return found


def test_layout_lists_every_package_and_nothing_gone() -> None:
    listed, actual = layout_entries(), tree_entries()
    assert not (actual - listed), f"in src/accord but not in the README's Layout: {sorted(actual - listed)}"
    assert not (listed - actual), f"in the README's Layout but not in src/accord: {sorted(listed - actual)}"


def synopses() -> dict[str, set[str]]:
    """``accord COMMAND ...`` lines of the README's code blocks (with their indented continuation
    lines): the options each command's synopsis names."""
    found: dict[str, set[str]] = {}
    for block in README.split("```")[1::2]:
        command = None
        for line in block.splitlines():
            match = re.match(r"^accord (\w+)", line)
            if match:
                command = match.group(1)
                found.setdefault(command, set())
            elif not line.startswith(" "):
                command = None
            if command is not None:
                found[command].update(OPTION.findall(line))
    return found


def command_options() -> dict[str, set[str]]:
    group = typer.main.get_command(app)
    options: dict[str, set[str]] = {}
    for name, command in group.commands.items():
        # A hidden option is an old name kept for scripts (``--all-assertions``), not part of the synopsis.
        names = {opt for param in command.params if not getattr(param, "hidden", False)
                 for opt in getattr(param, "opts", []) if opt.startswith("--")}
        options[name] = names - {"--help"}
    return options


def test_every_command_has_a_synopsis_naming_every_option() -> None:
    documented, actual = synopses(), command_options()
    assert set(documented) == set(actual), f"README synopses {sorted(documented)} vs commands {sorted(actual)}"
    for command, options in actual.items():
        assert options <= documented[command], f"accord {command}: undocumented {sorted(options - documented[command])}"
        assert documented[command] <= options, f"accord {command}: README names unknown {sorted(documented[command] - options)}"


def test_version_is_documented() -> None:
    assert "accord --version" in README


@pytest.mark.parametrize("text", ["## Layout\n```\nsrc/accord/\n  gone/  a package removed\n```\n"])
def test_the_layout_parser_sees_a_stale_entry(monkeypatch, text) -> None:
    """The check can fail: a listed package that does not exist is found."""
    monkeypatch.setattr(__import__(__name__), "README", text)
    assert "gone/" in layout_entries() - tree_entries()


def test_install_metadata_uses_no_deprecated_form() -> None:
    """`make install` printed setuptools' warning that a `license` table stops building after 2027-02-18."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert isinstance(project["project"]["license"], str)  # an SPDX expression, as setuptools >= 77 reads it
    assert "setuptools>=77" in project["build-system"]["requires"]
