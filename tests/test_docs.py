"""The documentation: the README's Python example runs, every command is documented, every error code unique."""

from __future__ import annotations

import inspect
import re
import shutil
from pathlib import Path

import click
import pytest

from policy_kg.cli.app import cli
from policy_kg.graph import errors
from policy_kg.loaders import reading
from policy_kg.loaders.llm import errors as llm_errors
from policy_kg.viz.report import figures

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture) -> None:
    [example] = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    exec(compile(example, "README.md", "exec"), {})
    assert capsys.readouterr().out == "14 borrowers\n"
    assert (tmp_path / "out" / "bank.html").exists() and (tmp_path / "out" / "liangjiang.html").exists()


def _commands(group: click.Group, prefix: str = "kg") -> dict[str, click.Command]:
    found = {}
    for name, command in group.commands.items():
        found[f"{prefix} {name}"] = command
        if isinstance(command, click.Group):
            found.update(_commands(command, f"{prefix} {name}"))
    return found


@pytest.mark.unit
@pytest.mark.parametrize("name", sorted(_commands(cli)))
def test_every_command_is_in_the_readme_and_its_help_has_an_example(name: str) -> None:
    command = _commands(cli)[name]
    assert re.search(rf"{re.escape(name)}(?![\w-])", README), f"{name} is not in the README"
    if not isinstance(command, click.Group):
        assert "Example" in (command.help or ""), f"{name}: --help shows no example"



@pytest.mark.unit
def test_one_output_flag_everywhere() -> None:
    """Results come as --format table|json|csv|tsv|md (kg export and kg report write files of their own formats)."""
    flags = {name: {o for p in command.params for o in p.opts} for name, command in _commands(cli).items()}
    assert sorted(name for name, opts in flags.items() if "--json" in opts) == []
    printing = {name for name, command in _commands(cli).items()
                for p in command.params if p.name == "fmt" and name not in ("kg export",)}
    assert {"kg stats", "kg eval", "kg correct list", "kg query", "kg cypher"} <= printing
    for name in printing:
        [fmt] = [p for p in _commands(cli)[name].params if p.name == "fmt"]
        assert list(fmt.type.choices) == ["table", "json", "csv", "tsv", "md"], name


@pytest.mark.unit
def test_error_codes_are_unique_and_listed_in_the_readme() -> None:
    classes = [c for module in (errors, reading, figures, llm_errors) for _, c in inspect.getmembers(module, inspect.isclass)
               if issubclass(c, errors.KGError)]
    codes = {}
    for cls in set(classes):
        assert cls.code not in codes, f"{cls.__name__} and {codes.get(cls.code)} share {cls.code}"
        codes[cls.code] = cls.__name__
    missing = sorted(code for code in codes if code not in README)
    assert missing == []
