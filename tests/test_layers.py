"""The layers stay apart: only ``accord.cli`` talks to the terminal, the store sits below the pipeline and
the readers, and building the command line (``--help``, ``--version``) loads no spaCy."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import accord

PACKAGE = Path(accord.__file__).resolve().parent


def _modules(under: Path = PACKAGE) -> list[Path]:
    return sorted(path for path in under.rglob("*.py") if "migrations" not in path.parts)


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _imported(tree: ast.AST, path: Path) -> set[str]:
    """Every module ``tree`` imports, at the top or inside a function (relative imports resolved)."""
    found: set[str] = set()
    package = ["accord", *path.relative_to(PACKAGE).parent.parts]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _terminal_use(tree: ast.AST, imports: set[str]) -> list[str]:
    """print() calls and rich imports in a module's syntax tree."""
    uses = [f"print() at line {node.lineno}" for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"]
    uses += [f"imports {name}" for name in sorted(imports) if name == "rich" or name.startswith("rich.")]
    return uses


def test_nothing_below_the_cli_prints_or_draws() -> None:
    offenders: dict[str, list[str]] = {}
    for path in _modules():
        name = _name(path)
        if name.startswith("cli/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        uses = _terminal_use(tree, _imported(tree, path))
        if uses:
            offenders[name] = uses
    assert not offenders, f"terminal output outside accord.cli: {offenders}"


def test_the_cli_is_where_the_terminal_is() -> None:
    """The scan above can fail: the CLI's own console module is found by it."""
    path = PACKAGE / "cli" / "console.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert _terminal_use(tree, _imported(tree, path))


@pytest.mark.parametrize("forbidden", ["accord.pipeline", "accord.readers", "accord.nlp", "accord.stages", "accord.ingest",
                                       "accord.cli", "accord.web"])
def test_store_imports_neither_pipeline_nor_readers(forbidden: str) -> None:
    offenders = {}
    for path in _modules(PACKAGE / "store"):
        imports = _imported(ast.parse(path.read_text(encoding="utf-8")), path)
        bad = sorted(name for name in imports if name == forbidden or name.startswith(forbidden + "."))
        if bad:
            offenders[_name(path)] = bad
    assert not offenders, offenders


def test_corpus_and_formats_are_pure() -> None:
    """Corpus analysis and output formats read records only: no store, no pipeline, no readers, no terminal."""
    layers = ("accord.store", "accord.pipeline", "accord.readers", "accord.nlp", "accord.ingest", "accord.cli", "accord.web")
    for folder in ("corpus", "formats"):
        for path in _modules(PACKAGE / folder):
            imports = _imported(ast.parse(path.read_text(encoding="utf-8")), path)
            assert not [name for name in imports if name.startswith(layers)], _name(path)


def _loaded_after(code: str) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter; it prints whether spaCy was imported when it ends."""
    probe = ("import atexit, sys\n"
             "atexit.register(lambda: sys.__stderr__.write('SPACY=%s\\n' % ('spacy' in sys.modules)))\n" + code)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PACKAGE.parent), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.parametrize("argv", [["--help"], ["query", "--help"], ["extract", "--help"], ["ingest", "--help"],
                                  ["export", "--help"], ["--version"]])
def test_help_and_version_load_no_spacy(argv: list[str]) -> None:
    result = _loaded_after(f"sys.argv = ['accord', *{argv!r}]\nfrom accord.cli import main\nmain()")
    assert result.returncode == 0, result.stderr
    assert "SPACY=False" in result.stderr, result.stderr
    assert result.stdout.strip()


def test_building_the_cli_and_importing_readers_load_no_spacy() -> None:
    code = "import typer.main\nfrom accord.cli import app\ntyper.main.get_command(app)\nimport accord.readers, accord.readers.limits"
    result = _loaded_after(code)
    assert result.returncode == 0 and "SPACY=False" in result.stderr, result.stderr


def test_the_probe_sees_spacy_when_it_is_loaded() -> None:
    """The probe above can fail: loading the pipeline's model module is seen."""
    result = _loaded_after("import accord.nlp")
    assert "SPACY=True" in result.stderr, result.stderr


def test_version() -> None:
    result = _loaded_after("sys.argv = ['accord', '--version']\nfrom accord.cli import main\nmain()")
    assert result.returncode == 0 and result.stdout.strip() == f"accord {accord.__version__}"


def test_max_chars_has_one_home() -> None:
    from accord.nlp import MAX_CHARS as configured
    from accord.readers.limits import MAX_ARTICLE_CHARS, MAX_CHARS

    assert configured is MAX_CHARS and MAX_ARTICLE_CHARS == MAX_CHARS
