"""Hostile and careless input: each test reproduces a hole found by the security probe."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from policy_kg.cli.app import main
from policy_kg.cypher.output import rows_csv
from policy_kg.graph import embedded
from policy_kg.graph.embedded import EmbeddedServer, params_header
from policy_kg.graph.errors import StoreError, StoreUnavailableError
from policy_kg.graph.files import atomic_write
from policy_kg.graph.store import GraphStore
from policy_kg.loaders.extract.pipeline import MAX_SENTENCE, bound_sentences, extract_article
from policy_kg.loaders.reading import InputTooLargeError, ParseTimeoutError, read_source
from policy_kg.loaders.sources import collect_files

from .cli import run_kg as kg
from .conftest import SEED_TEXT

CRAFTED_KEY = "x`:1}}] MATCH (n) DETACH DELETE n //"


def test_a_crafted_document_key_is_refused_and_the_graph_survives(kg, seed_store: GraphStore, tmp_path: Path) -> None:
    crafted = tmp_path / "crafted.json"
    crafted.write_text(json.dumps({"documents": [{"id": "x", CRAFTED_KEY: "v"}], "entities": [], "relations": []}),
                       encoding="utf-8")
    before = seed_store.stats()
    code, _, err = kg("load", str(crafted))
    assert code == 1
    assert "[E100]" in err and "property name" in err and "0 documents added" in err
    assert seed_store.stats() == before


@pytest.mark.unit
def test_a_map_key_cannot_rewrite_the_query_text() -> None:
    with pytest.raises(StoreError):
        params_header({"row": {"a`:1} MATCH (n) DELETE n //": 1}})
    with pytest.raises(StoreError):
        params_header({"bad name": 1})
    assert params_header({"row": {"ok_key": "`"}}) == 'CYPHER row={ok_key:"`"} '


@pytest.mark.unit
def test_numbers_a_store_cannot_hold_are_refused() -> None:
    with pytest.raises(StoreError):
        params_header({"n": 2**64})
    with pytest.raises(StoreError):
        params_header({"n": float("nan")})


def _two_reports(root: Path) -> tuple[Path, Path]:
    first, second = root / "a" / "report.txt", root / "b" / "report.txt"
    for path, bank in ((first, "中国进出口银行重庆分行"), (second, "国家开发银行四川省分行")):
        path.parent.mkdir(parents=True)
        path.write_text(f"{bank}向宗申集团发放贷款5亿元。\n", encoding="utf-8")
    return first, second


def test_files_of_the_same_name_in_one_run_never_replace_each_other(tmp_path: Path) -> None:
    first, second = _two_reports(tmp_path / "docs")
    done = kg("load", str(first), str(second), home=tmp_path / "home")
    assert done.returncode == 1
    assert "[E130]" in done.stderr and "already taken by" in done.stderr
    assert "1 documents added, 0 replaced, 1 files failed" in done.stderr


def test_a_folder_gives_ids_below_it(tmp_path: Path) -> None:
    _two_reports(tmp_path / "docs")
    out = tmp_path / "g.json"
    done = kg("extract", str(tmp_path / "docs"), "-o", str(out), home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    ids = [d["id"] for d in json.loads(out.read_text(encoding="utf-8"))["documents"]]
    assert ids == ["a/report#1", "b/report#1"]


def test_another_file_with_a_stored_id_needs_replace(tmp_path: Path) -> None:
    first, second = _two_reports(tmp_path / "docs")
    home = tmp_path / "home"
    assert kg("load", str(first), home=home).returncode == 0
    refused = kg("load", str(second), home=home)
    assert refused.returncode == 1 and "[E130]" in refused.stderr and "--replace" in refused.stderr
    again = kg("load", str(first), home=home)
    assert "0 documents added, 1 replaced, 0 files failed" in again.stderr
    forced = kg("load", "--replace", str(second), home=home)
    assert "0 documents added, 1 replaced, 0 files failed" in forced.stderr


def test_a_missing_path_fails_like_a_bad_file(tmp_path: Path) -> None:
    done = kg("load", str(tmp_path / "nowhere.txt"), str(SEED_TEXT), home=tmp_path / "home")
    assert done.returncode == 1
    assert "nowhere.txt: no such file or folder" in done.stderr
    assert "3 documents added, 0 replaced, 1 files failed" in done.stderr


def test_a_failing_file_under_a_markup_like_folder_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "x[/y]"
    folder.mkdir(parents=True)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    done = kg("load", str(folder), home=tmp_path / "home")
    assert done.returncode == 1
    assert "x[/y]" in done.stderr and "0 documents added, 0 replaced, 1 files failed" in done.stderr


class _Article:
    def __init__(self, text: str) -> None:
        self.id, self.text = "hostile", text


@pytest.mark.unit
def test_over_long_sentences_are_cut_at_a_comma_near_the_limit() -> None:
    text = "两江新区、" * 300
    bounded, cuts = bound_sentences(text)
    assert len(bounded) == len(text) and cuts == 2
    assert [i for i, ch in enumerate(bounded) if ch == "。"] == [599, 1199]
    assert bound_sentences("短句。" * 400) == ("短句。" * 400, 0)


@pytest.mark.unit
@pytest.mark.parametrize("text", [
    "重庆" + "1" * 100_000 + "亿元。",
    "两江新区、" * 20_000,
    "重庆，" * 30_000,
])
def test_pathological_shapes_extract_in_linear_time(text: str, caplog: pytest.LogCaptureFixture) -> None:
    # Before the cut these took minutes (quadratic); bench/hostile.py prints the times.
    extract_article(_Article(text))
    assert f"longer than {MAX_SENTENCE} characters were cut" in caplog.text


def test_deeply_nested_html_is_stopped_by_the_time_limit(tmp_path: Path) -> None:
    page = tmp_path / "nested.html"
    page.write_text("<html><body>" + "<div>" * 200_000 + "重庆" + "</div>" * 200_000, encoding="utf-8")
    with pytest.raises(ParseTimeoutError) as raised:
        read_source(page, parse_timeout=0.5)
    assert raised.value.code == "E127" and "HTML parsing took over 0.5 s" in raised.value.message


@pytest.mark.unit
def test_a_docx_zip_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", " " * 2_000_000)
    assert bomb.stat().st_size < 10_000
    with pytest.raises(InputTooLargeError) as raised:
        read_source(bomb, max_bytes=100_000)
    assert "unpacks to 2,000,000 bytes, over the limit of 1,000,000" in raised.value.message


@pytest.mark.unit
def test_a_pid_file_naming_another_process_is_never_signalled(tmp_path: Path) -> None:
    server = EmbeddedServer(tmp_path)
    for pid in ("-1", str(os.getpid())):
        server.pid_file.write_text(pid)
        assert server.pid() is None
        assert server.stop() is False
    assert not server.pid_file.exists()


def test_the_data_folder_is_private(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert kg("store", "start", home=home).returncode == 0
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert kg("store", "stop", home=home).returncode == 0


@pytest.mark.unit
def test_csv_cells_that_look_like_formulas_are_neutralised() -> None:
    text = rows_csv([{"name": "=1+2+cmd|' /C calc'!A0", "n": -3, "note": "@SUM(A1)", "plain": "重庆"}])
    assert text.splitlines()[1] == "'=1+2+cmd|' /C calc'!A0,-3,'@SUM(A1),重庆"


def test_a_server_that_never_finishes_loading_is_not_left_behind(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    server = EmbeddedServer(tmp_path)
    monkeypatch.setattr(embedded, "LOAD_TIMEOUT_S", 0.5)
    monkeypatch.setattr(EmbeddedServer, "_state", lambda self: "loading")
    with pytest.raises(StoreUnavailableError) as raised:
        server.start()
    assert "(loading)" in raised.value.message
    monkeypatch.undo()
    assert server.pid() is None and not server.pid_file.exists()


def test_a_lost_store_stops_the_batch_and_says_how_to_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(f"{name}银行向宗申集团发放贷款。\n", encoding="utf-8")
    calls = []

    def lost(self: GraphStore, graph: object, *, replace: bool = False) -> None:
        calls.append(graph)
        raise StoreUnavailableError("lost the embedded FalkorDB", hint="run `kg store status`")

    monkeypatch.setattr(embedded.EmbeddedStore, "load", lost)
    with pytest.raises(SystemExit) as exited:
        main(["--store", "embedded", "--data-dir", str(tmp_path / "home"), "load", str(folder)])
    err = capsys.readouterr().err
    assert exited.value.code == 1 and len(calls) == 1
    assert "0 documents added, 0 replaced, 1 files failed" in err and "2 more files were not loaded" in err


def test_a_store_uri_of_the_wrong_scheme_is_a_config_error(tmp_path: Path) -> None:
    done = kg("--store", "neo4j", "stats", home=tmp_path, NEO4J_URI="http://127.0.0.1:7474")
    assert done.returncode == 78 and "[E410] NEO4J_URI 'http://127.0.0.1:7474' is not a Bolt or Neo4j URI" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_unusable_data_folder_is_a_config_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    done = kg("stats", home=blocker)
    assert done.returncode == 78 and "[E410] cannot use" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.unit
def test_link_loops_fifos_and_missing_paths_are_named(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "sub" / "a.txt").write_text("国家开发银行向宗申集团发放贷款。\n", encoding="utf-8")
    (docs / "sub" / "loop").symlink_to(docs)
    os.mkfifo(docs / "pipe.txt")
    files, skipped = collect_files([docs, tmp_path / "gone.txt"], (".txt",))
    assert [f.doc_id for f in files] == ["sub/a"]
    reasons = sorted(exc.message.replace(str(tmp_path), "") for _, exc in skipped)
    assert reasons == ["/docs/pipe.txt: not a regular file (a FIFO, a device or a broken link)",
                       "/docs/sub/loop: a link back to a folder already read (a loop)",
                       "/gone.txt: no such file or folder"]


@pytest.mark.unit
def test_written_files_follow_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        written = atomic_write(tmp_path / "out" / "rows.csv", "x\n1\n")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(written.stat().st_mode) == 0o644 and written.read_text() == "x\n1\n"
    assert [p.name for p in written.parent.iterdir()] == ["rows.csv"]


def test_reads_of_an_empty_store_write_no_schema(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    for _ in range(3):
        assert kg("stats", home=home).returncode == 0
    log = b"".join(p.read_bytes() for p in home.rglob("*.aof"))
    assert b"GRAPH.CONSTRAINT" not in log and b"CREATE INDEX" not in log


def test_loads_are_fsynced_and_a_full_disk_is_named(embedded_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = embedded.EmbeddedStore(embedded_dir, keep_running=True)
    try:
        assert store.db.connection.config_get("appendfsync") == {"appendfsync": "always"}

        def full(*args: object, **kwargs: object) -> None:
            raise embedded.redis.ResponseError("MISCONF Errors writing to the AOF file: No space left on device")

        monkeypatch.setattr(store.graph, "query", full)
        with pytest.raises(StoreError) as raised:
            store._write_atomically([("CREATE (:Plan {id: 'x'})", {})])
        assert raised.value.message.startswith("no space left on the device of") and "nothing was stored" in raised.value.message
    finally:
        store.close()


def test_a_read_whose_answer_never_comes_is_asked_again_once(embedded_dir: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    store = embedded.EmbeddedStore(embedded_dir, keep_running=True)
    try:
        store.query("RETURN 1 AS one")  # the graph exists from here on
        real, calls = store.graph.ro_query, []

        def lost_once(*args: object, **kwargs: object) -> object:
            calls.append(1)
            if len(calls) == 1:
                raise embedded.redis.TimeoutError("Timeout reading from socket")
            return real(*args, **kwargs)

        monkeypatch.setattr(store.graph, "ro_query", lost_once)
        assert (store.query("RETURN 1 AS one"), len(calls)) == ([{"one": 1}], 2)

        def never(*args: object, **kwargs: object) -> None:
            raise embedded.redis.TimeoutError("Timeout reading from socket")

        monkeypatch.setattr(store.graph, "ro_query", never)
        with pytest.raises(StoreUnavailableError) as raised:
            store.query("RETURN 1 AS one")
        assert raised.value.code == "E200" and "did not answer in time" in raised.value.message
    finally:
        store.close()
