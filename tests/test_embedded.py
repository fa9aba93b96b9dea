"""The embedded FalkorDB server that kg runs itself, and the CLI around stores."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
import redis

from policy_kg.graph import embedded
from policy_kg.graph.embedded import EmbeddedServer, EmbeddedStore

from .cli import run_kg as kg
from .conftest import SEED_GRAPH, SEED_TEXT


def test_server_listens_on_its_socket_only_and_is_reused(tmp_path: Path) -> None:
    server = EmbeddedServer(tmp_path)
    try:
        assert server.start() is True
        assert server.start() is False  # a second caller finds it running
        client = redis.Redis(unix_socket_path=str(server.socket))
        assert client.config_get("port") == {"port": "0"}
        assert server.socket.parent == tmp_path.resolve()
    finally:
        assert server.stop() is True
    assert server.status().running is False and not server.socket.exists()


def test_stale_pid_file_and_socket_after_a_crash(tmp_path: Path) -> None:
    server = EmbeddedServer(tmp_path)
    server.data_dir.mkdir(parents=True, exist_ok=True)
    server.pid_file.write_text("999999\n")  # no such process
    server.socket.touch()
    try:
        assert server.start() is True
        assert server.status().running
    finally:
        server.stop()


def test_graph_survives_a_restart(tmp_path: Path, seed_graph) -> None:
    with EmbeddedStore(tmp_path) as store:
        store.load(seed_graph)
    assert EmbeddedServer(tmp_path).status().running is False  # the store stopped what it started
    with EmbeddedStore(tmp_path) as store:
        assert store.export().dumps() == seed_graph.dumps()


def test_long_data_dir_paths_get_a_short_socket(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 60) / ("e" * 60)
    server = EmbeddedServer(deep)
    assert len(str(server.socket)) <= 100
    try:
        assert server.start() is True
    finally:
        server.stop()


def test_cli_load_stats_export_round_trip(tmp_path: Path) -> None:
    home = tmp_path / "home"
    loaded = kg("load", str(SEED_GRAPH), home=home)
    assert loaded.returncode == 0, loaded.stderr
    assert "1 documents added, 0 replaced, 0 files failed" in loaded.stderr
    again = kg("load", str(SEED_GRAPH), home=home)
    assert "0 documents added, 1 replaced, 0 files failed" in again.stderr
    stats = json.loads(kg("stats", "--format", "json", home=home).stdout)
    assert stats["labels"]["Enterprise"] == 17 and stats["types"]["FINANCED_BY"] == 15
    out = tmp_path / "out.json"
    assert kg("export", "--format", "json", "-o", str(out), home=home).returncode == 0
    assert out.read_bytes() == SEED_GRAPH.read_bytes()


def test_cli_bad_file_fails_alone_and_writes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    bad = tmp_path / "bad.json"
    bad.write_text('{"documents": [{"id": "x"}], "entities": [{"label": "Person", "name": "张三"}]}', encoding="utf-8")
    done = kg("load", str(bad), str(SEED_GRAPH), home=home)
    assert done.returncode == 1
    assert f"{bad}: entities[0]: unknown label 'Person'" in done.stderr
    assert "1 documents added, 0 replaced, 1 files failed" in done.stderr
    stats = json.loads(kg("stats", "--format", "json", home=home).stdout)
    assert stats["labels"]["Document"] == 1


def test_cli_store_status_and_stop(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert kg("store", "status", home=home).returncode == 3
    assert kg("store", "start", home=home).returncode == 0
    status = kg("store", "status", home=home)
    assert status.returncode == 0 and "running (pid" in status.stdout
    assert kg("store", "stop", home=home).returncode == 0
    assert kg("store", "status", home=home).returncode == 3


def test_cli_clear_needs_yes(tmp_path: Path) -> None:
    done = kg("clear", home=tmp_path)
    assert done.returncode == 2 and "add --yes to confirm" in done.stderr


def test_a_server_in_use_by_another_process_stays_up(tmp_path: Path) -> None:
    first = EmbeddedStore(tmp_path)
    second = EmbeddedStore(tmp_path)  # finds the running server
    assert first.started and not second.started
    first.close()
    assert EmbeddedServer(tmp_path).status().running  # second still uses it
    assert second.stats().labels["Document"] == 0
    second.close()
    EmbeddedServer(tmp_path).stop()


def test_a_kg_that_has_only_found_the_server_keeps_it_up(tmp_path: Path) -> None:
    first = EmbeddedStore(tmp_path)
    second = EmbeddedServer(tmp_path).use()  # as another kg holds it from finding the server to its first query
    first.close()
    assert EmbeddedServer(tmp_path).status().running
    second.close()
    EmbeddedServer(tmp_path).stop()


def test_a_server_it_started_that_hangs_before_the_schema_is_restarted(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedded, "SCHEMA_REPLY_TIMEOUT_S", 1.0)
    store = EmbeddedStore(tmp_path)
    hung = store.server.pid()
    assert hung is not None
    os.kill(hung, signal.SIGSTOP)  # it accepts connections and answers nothing, as the hung one in CI
    try:
        store.ensure_schema()
        assert store.server.pid() not in (None, hung) and store.is_empty()
    finally:
        store.close()
        if embedded.running(hung):
            os.kill(hung, signal.SIGKILL)
    assert not EmbeddedServer(tmp_path).status().running


def test_a_store_used_from_several_threads_stops_its_server(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    store = EmbeddedStore(tmp_path)
    with ThreadPoolExecutor(4) as pool:  # as kg serve's requests do: a pooled connection per thread
        assert list(pool.map(lambda _: store.is_empty(), range(8))) == [True] * 8
    store.close()
    assert not EmbeddedServer(tmp_path).status().running


def test_stopping_compacts_the_append_only_file(tmp_path: Path) -> None:
    for _ in range(3):
        assert kg("load", str(SEED_TEXT), home=tmp_path).returncode == 0
    files = tmp_path / "appendonlydir"
    # three loads of the seed, the file rewritten at each stop (uncompacted: about 250 KB)
    assert sum(f.stat().st_size for f in files.iterdir()) < 100_000
    status = kg("store", "status", home=tmp_path)
    assert status.returncode == 3 and "on disk:" in status.stdout
