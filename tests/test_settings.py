"""The settings are resolved once: a flag beats its environment variable, which beats the default."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from policy_kg.cli.app import cli, main
from policy_kg.graph import Settings, resolve_settings
from policy_kg.graph.errors import ConfigError

pytestmark = pytest.mark.unit

ENV = {"KG_STORE": "neo4j", "KG_HOME": "/env/home", "KG_CORRECTIONS": "/env/fixes.yaml", "KG_QUERIES": "/env/queries",
       "NEO4J_URI": "bolt://env:7687", "NEO4J_USERNAME": "env-user", "NEO4J_PASSWORD": "env-secret",
       "NEO4J_DATABASE": "envdb"}
FLAGS = {"store": "embedded", "data_dir": "/flag/home", "corrections": "/flag/fixes.yaml", "queries": "/flag/queries",
         "uri": "neo4j://flag:7687", "username": "flag-user", "password": "flag-secret", "database": "flagdb"}
PATHS = ("data_dir", "corrections", "queries")


@pytest.fixture(autouse=True)
def _elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in an empty folder: ./queries/ is a default."""
    monkeypatch.chdir(tmp_path)


def test_flags_beat_the_environment() -> None:
    assert resolve_settings(ENV, **FLAGS) == Settings("embedded", Path("/flag/home"), "neo4j://flag:7687", "flag-user",
                                                      "flag-secret", "flagdb", Path("/flag/fixes.yaml"),
                                                      Path("/flag/queries"))


def test_the_environment_beats_the_defaults() -> None:
    assert resolve_settings(ENV) == Settings("neo4j", Path("/env/home"), "bolt://env:7687", "env-user", "env-secret",
                                             "envdb", Path("/env/fixes.yaml"), Path("/env/queries"))


def test_the_defaults_when_nothing_is_given(tmp_path: Path) -> None:
    settings = resolve_settings({})
    assert settings == Settings("embedded", Path(".kg"), "bolt://localhost:7687", "neo4j", "", "neo4j", None, None)
    assert settings.corrections_file == Path(".kg/corrections.yaml")
    (tmp_path / "queries").mkdir()
    assert resolve_settings({}).queries == Path("queries")


@pytest.mark.parametrize("name", sorted(FLAGS))
def test_each_setting_on_its_own(name: str) -> None:
    """One flag over one variable, one variable over the default, for each setting apart."""
    variable = {"store": "KG_STORE", "data_dir": "KG_HOME", "corrections": "KG_CORRECTIONS", "queries": "KG_QUERIES",
                "uri": "NEO4J_URI", "username": "NEO4J_USERNAME", "password": "NEO4J_PASSWORD",
                "database": "NEO4J_DATABASE"}[name]
    defaults = resolve_settings({})
    from_env = resolve_settings({variable: ENV[variable]})
    from_flag = resolve_settings({variable: ENV[variable]}, **{name: FLAGS[name]})
    as_env = Path(ENV[variable]) if name in PATHS else ENV[variable]
    as_flag = Path(FLAGS[name]) if name in PATHS else FLAGS[name]
    assert getattr(from_env, name) == as_env
    assert getattr(from_flag, name) == as_flag
    others = [f for f in FLAGS if f != name and not (name == "uri" and f == "store")]
    assert [getattr(from_flag, f) for f in others] == [getattr(defaults, f) for f in others]


def test_a_uri_from_either_source_chooses_neo4j_unless_the_store_is_named() -> None:
    assert resolve_settings({"NEO4J_URI": "bolt://env:7687"}).store == "neo4j"
    assert resolve_settings({}, uri="bolt://flag:7687").store == "neo4j"
    assert resolve_settings({"NEO4J_URI": "bolt://env:7687", "KG_STORE": "embedded"}).store == "embedded"
    assert resolve_settings({"NEO4J_URI": "bolt://env:7687"}, store="embedded").store == "embedded"


def test_an_empty_variable_counts_as_unset() -> None:
    assert resolve_settings({"KG_STORE": "", "KG_HOME": "", "NEO4J_URI": ""}) == resolve_settings({})


def test_a_command_flag_overrides_the_corrections_file_only() -> None:
    settings = resolve_settings({"KG_HOME": "/env/home"})
    assert settings.with_corrections(None).corrections_file == Path("/env/home/corrections.yaml")
    assert settings.with_corrections("mine.yaml").corrections_file == Path("mine.yaml")
    assert settings.with_corrections("mine.yaml").data_dir == Path("/env/home")


def test_an_unknown_store_names_its_source() -> None:
    with pytest.raises(ConfigError, match=r"unknown store 'mongo' \(from KG_STORE\)"):
        resolve_settings({"KG_STORE": "mongo"})


def test_kg_exits_78_for_an_unknown_store_in_the_environment(capsys: pytest.CaptureFixture, monkeypatch) -> None:
    monkeypatch.setenv("KG_STORE", "mongo")
    with pytest.raises(SystemExit) as exited:
        main(["stats"])
    assert exited.value.code == 78
    assert capsys.readouterr().err.startswith("error: [E410] unknown store 'mongo' (from KG_STORE)\n  fix: use one of")


def test_every_command_gets_the_settings_the_group_resolved(tmp_path: Path) -> None:
    """kg store status shows the data folder it was given: the flag over KG_HOME, KG_HOME over ./.kg."""
    runner = CliRunner()
    env = {"KG_HOME": str(tmp_path / "env"), "KG_STORE": None, "NEO4J_URI": None}
    from_env = runner.invoke(cli, ["store", "status"], env=env)
    from_flag = runner.invoke(cli, ["--data-dir", str(tmp_path / "flag"), "store", "status"], env=env)
    assert f"data dir: {tmp_path / 'env'}\n" in from_env.output
    assert f"data dir: {tmp_path / 'flag'}\n" in from_flag.output
    assert not (tmp_path / "env").exists() and not (tmp_path / "flag").exists()  # a status creates nothing


def test_a_unit_test_starts_no_store_and_no_process(tmp_path: Path) -> None:
    """The unit mark is enforced (tests/conftest.py): pytest -m unit needs no server."""
    from policy_kg.graph.embedded import EmbeddedServer

    with pytest.raises(AssertionError, match="a unit test may not start the embedded store: drop its unit mark"):
        EmbeddedServer(tmp_path).start()
    with pytest.raises(AssertionError, match="a unit test may not run a process"):
        subprocess.run(["true"], check=True)
