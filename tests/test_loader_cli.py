"""kg extract, kg load and kg eval on the example corpus and on bad input."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from .cli import run_kg as kg
from .conftest import SEED_GOLD, SEED_TEXT

ARTICLES = ["000_023085569cee03f2#1", "000_023085569cee03f2#2", "000_023085569cee03f2#3"]


def test_extract_writes_one_document_per_article(tmp_path: Path) -> None:
    output = tmp_path / "graph.json"
    done = kg("extract", str(SEED_TEXT), "-o", str(output), home=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(output.read_text(encoding="utf-8"))
    assert [d["id"] for d in data["documents"]] == ARTICLES
    assert all(r["evidence"] for r in data["relations"])
    financed = {r["source"] for r in data["relations"]
                if r["type"] == "FINANCED_BY" and r["target"] == "Enterprise:中国进出口银行重庆分行"}
    assert "Enterprise:宗申集团" in financed and "Project:轨道交通18号线" in financed


def test_load_documents_twice_is_idempotent(tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = kg("load", str(SEED_TEXT.parent), home=home)
    assert "3 documents added, 0 replaced, 0 files failed" in first.stderr
    export1 = tmp_path / "1.json"
    kg("export", "-o", str(export1), home=home)
    second = kg("load", str(SEED_TEXT.parent), home=home)
    assert "0 documents added, 3 replaced, 0 files failed" in second.stderr
    export2 = tmp_path / "2.json"
    kg("export", "-o", str(export2), home=home)
    assert export1.read_bytes() == export2.read_bytes()


def test_bad_files_are_named_and_leave_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED_TEXT, corpus / "seed.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 20)
    (corpus / "broken.html").write_text("just text, no markup at all", encoding="utf-8")
    home = tmp_path / "home"
    done = kg("load", str(corpus), home=home)
    assert done.returncode == 1
    for name in ("empty.txt", "binary.txt", "broken.html"):
        assert name in done.stderr
    assert "3 documents added, 0 replaced, 3 files failed" in done.stderr
    stats = json.loads(kg("stats", "--format", "json", home=home).stdout)
    assert stats["labels"]["Document"] == 3


def test_eval_reports_the_seed_scores(tmp_path: Path) -> None:
    done = kg("eval", "--gold", str(SEED_GOLD), str(SEED_TEXT), "--format", "json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    score = json.loads(done.stdout)
    assert score["entities"]["all"]["f1"] >= 0.95
    assert score["relations"]["all"]["f1"] >= 0.90
    table = kg("eval", "--gold", str(SEED_GOLD), str(SEED_TEXT), "--format", "csv", home=tmp_path)
    rows = {(r.pop("kind"), r.pop("name")): r for r in csv.DictReader(io.StringIO(table.stdout))}
    assert rows["entity", "ALL"] == {k: str(v) for k, v in score["entities"]["all"].items()}
    assert rows["relation", "ALL"] == {k: str(v) for k, v in score["relations"]["all"].items()}


def test_eval_without_a_matching_gold_says_so(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("某市发布《某某方案》。", encoding="utf-8")
    done = kg("eval", "--gold", str(SEED_GOLD), str(SEED_TEXT), str(other), home=tmp_path)
    assert done.returncode == 66
    assert f"{other}: no gold annotation names this file" in done.stderr


def test_date_is_the_publication_date_of_undated_documents(tmp_path: Path) -> None:
    output = tmp_path / "graph.json"
    done = kg("extract", str(SEED_TEXT), "-o", str(output), "--date", "2020-06-22", home=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(output.read_text(encoding="utf-8"))
    assert {(d["published"], d["published_basis"]) for d in data["documents"]} == {("2020-06-22", "option")}
    approved = {(r["target"], r["properties"]["date"], r["properties"]["date_basis"]) for r in data["relations"]
                if r["source"] == "Plan:关于支持重庆建设国家新一代人工智能创新发展试验区的函" and r["type"] == "APPROVED_BY"}
    assert approved == {("Agency:科技部", "2020-02-26", "sentence")}  # 今年2月26日, in a page of 2020
    assert {r["properties"].get("date_basis") for r in data["relations"]} == {"sentence", "document"}
    bad = kg("load", str(SEED_TEXT), "--date", "22/06/2020", home=tmp_path)
    assert bad.returncode == 2 and "is not an ISO date" in bad.stderr
