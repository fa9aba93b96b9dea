"""`kg serve`'s JSON API on both stores holding the seed graph: exact answers, errors with the CLI's codes,
read-only, the token rule, the Content-Security-Policy."""

from __future__ import annotations

import io
from typing import Any

import pytest
from starlette.testclient import TestClient

from policy_kg.cypher.library import list_saved
from policy_kg.graph import Document, Entity, Graph, Mention
from policy_kg.graph.store import GraphStore
from policy_kg.viz.serve.app import CSP, MAX_BODY_BYTES
from tests.serving import app, seed_text
from tests.test_cypher_queries import BANK_CQ, BANK_CQ_BORROWERS, DOC, TITLE

BANK = f"Enterprise:{BANK_CQ}"


@pytest.fixture
def client(seed_store: GraphStore) -> TestClient:
    return TestClient(app(seed_store))


def error(response: Any) -> tuple[int, str | None]:
    return response.status_code, response.json()["error"]["code"]


def test_search_by_name_and_alias_exact_then_prefix(client: TestClient) -> None:
    found = client.get("/api/search", params={"q": "进出口银行"}).json()
    assert [(n["id"], n["label"], n["rank"]) for n in found] == [
        ("Enterprise:中国进出口银行", "Enterprise", 0), (BANK, "Enterprise", 1)]
    assert found[1]["aliases"] == ["进出口银行重庆分行"]
    zones = client.get("/api/search", params={"q": "重庆", "label": "Zone"}).json()
    assert [(n["name"], n["rank"]) for n in zones] == [  # 重庆 is an alias of 重庆市; the two pilot zones' aliases start with it
        ("重庆市", 0), ("国家数字经济创新发展试验区", 1), ("国家新一代人工智能创新发展试验区", 1), ("重庆经开区", 1), ("重庆高新区", 1)]
    assert client.get("/api/search", params={"q": "进出口", "limit": 1}).json()[0]["id"] == "Enterprise:中国进出口银行"


def test_entity_with_relationships_by_type_and_evidence(client: TestClient) -> None:
    entity = client.get(f"/api/entities/{BANK}").json()
    assert {k: entity[k] for k in ("id", "label", "name", "kind", "aliases", "documents", "properties")} == {
        "id": BANK, "label": "Enterprise", "name": BANK_CQ, "kind": None, "aliases": ["进出口银行重庆分行"],
        "documents": [DOC], "properties": {}}
    assert entity["more"] is False
    assert {t: len(facts) for t, facts in entity["relationships"].items()} == {
        "FINANCED_BY": 14, "PART_OF": 1, "SUPERVISED_BY": 2}
    borrowers = [(f["direction"], f["other"]["name"], f["other"]["label"]) for f in entity["relationships"]["FINANCED_BY"]]
    assert sorted(borrowers) == sorted(("in", name, label) for name, label in BANK_CQ_BORROWERS)
    [head] = entity["relationships"]["PART_OF"]
    assert head == {"direction": "out", "other": {"id": "Enterprise:中国进出口银行", "label": "Enterprise", "name": "中国进出口银行"},
                    "properties": {}, "evidence": [{"document": DOC, "title": TITLE, "sentence": BANK_CQ,
                                                    "start": 4932, "end": 4943, "rule": "gold"}]}


def test_unknown_ids_are_404_with_the_code_and_a_fix(client: TestClient) -> None:
    for path in ("/api/entities/Zone:不存在的", "/api/documents/nope", "/api/neighbourhood?id=Zone:不存在的",
                 "/api/paths?from=Zone:不存在的&to=" + BANK):
        response = client.get(path)
        assert error(response) == (404, "E330"), path
        assert response.json()["error"]["hint"].startswith("ids are Label:name for entities")


def test_neighbourhood_of_the_bank_is_its_14_borrowers_and_3_more(client: TestClient) -> None:
    graph = client.get("/api/neighbourhood", params={"id": BANK}).json()
    assert (len(graph["nodes"]), len(graph["edges"]), graph["more"]) == (18, 17, False)
    assert graph["nodes"][0] == {"id": BANK, "label": "Enterprise", "name": BANK_CQ, "kind": None,
                                 "aliases": ["进出口银行重庆分行"]}
    financed = sorted(e["from"] for e in graph["edges"] if e["type"] == "FINANCED_BY" and e["to"] == BANK)
    assert financed == sorted(f"{label}:{name}" for name, label in BANK_CQ_BORROWERS)
    assert {e["id"] for e in graph["edges"]} == {f"{e['from']}|{e['type']}|{e['to']}" for e in graph["edges"]}


def test_neighbourhood_is_capped_and_says_so(client: TestClient) -> None:
    graph = client.get("/api/neighbourhood", params={"id": BANK, "limit": 5}).json()
    assert (len(graph["edges"]), graph["more"]) == (5, True)
    assert [e["type"] for e in graph["edges"]] == ["FINANCED_BY"] * 5  # by type, then ids
    deeper = client.get("/api/neighbourhood", params={"id": BANK, "depth": 2, "types": "PART_OF,SUPERVISED_BY"}).json()
    assert sorted(e["id"] for e in deeper["edges"]) == [
        f"{BANK}|PART_OF|Enterprise:中国进出口银行", f"{BANK}|SUPERVISED_BY|Agency:人民银行重庆营管部",
        f"{BANK}|SUPERVISED_BY|Agency:重庆银保监局"]
    assert deeper["more"] is False


def test_documents_and_mentions_only_when_asked(client: TestClient) -> None:
    graph = client.get("/api/neighbourhood", params={"id": BANK, "types": "MENTIONS"}).json()
    assert graph["edges"] == [{"id": f"{DOC}|MENTIONS|{BANK}", "from": DOC, "to": BANK, "type": "MENTIONS"}]
    assert graph["nodes"][1] == {"id": DOC, "label": "Document", "name": TITLE, "kind": "page", "aliases": []}
    from_document = client.get("/api/neighbourhood", params={"id": DOC, "types": "MENTIONS", "limit": 1000}).json()
    assert (len(from_document["nodes"]), len(from_document["edges"])) == (65, 64)


@pytest.mark.parametrize(("query", "expected"), [
    ({"id": BANK, "depth": 4}, "E300"), ({"id": BANK, "limit": 0}, "E300"), ({"id": BANK, "depth": "two"}, "E300"),
    ({"id": BANK, "types": "LOVES"}, "E100"), ({}, "E300"),
])
def test_neighbourhood_refuses_bad_parameters(client: TestClient, query: dict, expected: str) -> None:
    assert error(client.get("/api/neighbourhood", params=query)) == (400, expected)


def test_shortest_paths_with_the_stored_directions(client: TestClient) -> None:
    found = client.get("/api/paths", params={"from": "Enterprise:宗申集团", "to": "Agency:重庆银保监局"}).json()
    assert found["paths"] == [["Enterprise:宗申集团", BANK, "Agency:重庆银保监局"]]
    assert sorted(e["id"] for e in found["edges"]) == [
        f"{BANK}|SUPERVISED_BY|Agency:重庆银保监局", f"Enterprise:宗申集团|FINANCED_BY|{BANK}"]
    assert [n["name"] for n in found["nodes"]] == ["宗申集团", BANK_CQ, "重庆银保监局"]


def test_document_text_with_every_evidence_span(client: TestClient) -> None:
    doc = client.get(f"/api/documents/{DOC}").json()
    assert (doc["title"], doc["published"], doc["text_error"]) == (TITLE, None, None)
    assert doc["properties"] == {"authors": [], "kind": "page", "source": f"examples/{DOC}.txt"}
    assert doc["text"] == seed_text({"source": f"examples/{DOC}.txt"})
    evidence = [s for s in doc["spans"] if s["kind"] == "evidence"]
    assert len(evidence) == 61 and all(doc["text"][s["start"]:s["end"]] == s["sentence"] for s in evidence)
    assert doc["text"][4932:4943] == BANK_CQ


def test_a_document_whose_file_is_gone_still_answers(seed_store: GraphStore) -> None:
    from policy_kg.loaders.articles import stored_text

    client = TestClient(app(seed_store, text_of=lambda d: stored_text({**d, "source": "/nonexistent/page.txt"})))
    doc = client.get(f"/api/documents/{DOC}").json()
    assert (doc["text"], doc["text_error"]["code"], len(doc["spans"])) == (None, "E120", 325)
    assert "/nonexistent/page.txt" in doc["text_error"]["message"]


def test_saved_queries_with_their_typed_parameters(client: TestClient) -> None:
    saved = client.get("/api/queries").json()
    assert [q["name"] for q in saved] == [q.name for q in list_saved()]
    [borrowers] = [q for q in saved if q["name"] == "bank_borrowers"]
    assert borrowers["params"] == [
        {"name": "bank", "type": "string", "required": True, "example": BANK_CQ},
        {"name": "limit", "type": "int", "required": False, "default": 100, "example": None}]


def test_run_a_saved_query(client: TestClient) -> None:
    result = client.post("/api/queries/bank_borrowers", json={"bank": BANK_CQ}).json()
    assert result["columns"] == ["borrower", "borrower_label", "instrument", "amount", "lender"]
    assert [(r["borrower"], r["borrower_label"]) for r in result["rows"]] == BANK_CQ_BORROWERS
    assert result["more"] is False


@pytest.mark.parametrize(("name", "body", "message"), [
    ("bank_borrowers", {"bank": 5}, "bank_borrowers: parameter bank must be string, got int 5"),
    ("bank_borrowers", {}, "bank_borrowers: missing parameter(s) bank"),
    ("bank_borrowers", {"bank": "x", "limit": -1}, "bank_borrowers: parameter limit must be a whole number from 0 to 2^63-1, got -1"),
    ("bank_borrowers", ["x"], "the parameters must be a JSON object, got list"),
    ("no_such_query", {}, "no saved query 'no_such_query'"),
])
def test_saved_query_parameters_are_checked(client: TestClient, name: str, body: Any, message: str) -> None:
    response = client.post(f"/api/queries/{name}", json=body)
    assert (response.status_code, response.json()["error"]["code"], response.json()["error"]["message"]) == (
        400, "E300", message)


def test_read_only_cypher(client: TestClient) -> None:
    result = client.post("/api/cypher", json={"query": "MATCH (z:Zone) WHERE z.name STARTS WITH $p RETURN z.name AS zone "
                                                        "ORDER BY zone", "params": {"p": "重庆"}}).json()
    assert result == {"columns": ["zone"], "rows": [{"zone": "重庆市"}, {"zone": "重庆经开区"}, {"zone": "重庆高新区"}],
                      "more": False}


@pytest.mark.parametrize("query", [
    "MATCH (n) DETACH DELETE n", "CREATE (:Zone {id: 'x'})", "MATCH (z:Zone) SET z.name = 'x'",
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "CALL dbms.components()",
])
def test_nothing_writes_through_the_api(client: TestClient, seed_store: GraphStore, query: str) -> None:
    before = seed_store.stats().to_dict()
    response = client.post("/api/cypher", json={"query": query})
    assert error(response) == (403, "E310")
    assert "read-only" in response.json()["error"]["hint"]
    assert seed_store.stats().to_dict() == before


def test_no_endpoint_takes_a_write_method(client: TestClient) -> None:
    for path in ("/api/search", f"/api/entities/{BANK}", "/api/neighbourhood", "/api/queries", f"/api/documents/{DOC}"):
        assert client.post(path, json={}).status_code == 405, path
    for method in ("put", "delete", "patch"):
        assert getattr(client, method)("/api/cypher").status_code == 405


def test_bad_bodies_are_refused(client: TestClient) -> None:
    assert error(client.post("/api/cypher", content=b"{not json")) == (400, "E300")
    assert error(client.post("/api/cypher", json={"params": {}})) == (400, "E300")
    huge = {"query": "RETURN 1 AS one", "params": {"x": "a" * MAX_BODY_BYTES}}
    response = client.post("/api/cypher", json=huge)
    assert error(response) == (400, "E300") and "64 KB" in response.json()["error"]["message"]


def test_export_the_canvas_as_graphml_and_as_an_offline_page(client: TestClient) -> None:
    import networkx as nx

    from tests.test_viz import page_data

    nodes = ["Enterprise:宗申集团", BANK, "Agency:重庆银保监局", DOC]
    response = client.post("/api/export", json={"format": "graphml", "nodes": nodes})
    assert (response.headers["content-type"], response.headers["content-disposition"]) == (
        "application/graphml+xml", 'attachment; filename="policy-kg.graphml"')
    g = nx.read_graphml(io.BytesIO(response.content))
    assert sorted(g.nodes) == sorted(nodes)
    assert sorted((a, d["label"], b) for a, b, d in g.edges(data=True)) == sorted([
        (DOC, "MENTIONS", "Agency:重庆银保监局"), (DOC, "MENTIONS", BANK), (DOC, "MENTIONS", "Enterprise:宗申集团"),
        (BANK, "SUPERVISED_BY", "Agency:重庆银保监局"), ("Enterprise:宗申集团", "FINANCED_BY", BANK)])
    page = client.post("/api/export", json={"format": "html", "nodes": nodes[:3]})
    assert page.headers["content-disposition"] == 'attachment; filename="policy-kg.html"'
    assert sorted(n["id"] for n in page_data(page.text, "kg-nodes")) == sorted(nodes[:3])
    edges = page_data(page.text, "kg-edges")
    assert sorted((e["from"], e["kg_type"], e["to"]) for e in edges) == [
        (BANK, "SUPERVISED_BY", "Agency:重庆银保监局"), ("Enterprise:宗申集团", "FINANCED_BY", BANK)]
    assert "为宗申集团提供促进境内对外开放流动资金类贷款" in next(e["title"] for e in edges if e["kg_type"] == "FINANCED_BY")


@pytest.mark.parametrize(("body", "message"), [
    ({"format": "pdf", "nodes": [BANK]}, "unknown export format 'pdf'"),
    ({"format": "html", "nodes": []}, "nodes must be a list of 1 to 1000 ids"),
    ({"format": "html", "nodes": BANK}, "nodes must be a list of 1 to 1000 ids"),
])
def test_export_refuses_what_it_cannot_write(client: TestClient, body: dict, message: str) -> None:
    response = client.post("/api/export", json=body)
    assert (response.status_code, response.json()["error"]["message"]) == (400, message)
    assert error(client.post("/api/export", json={"format": "html", "nodes": ["Zone:不存在的"]})) == (404, "E330")


def test_the_report_of_an_entity_downloads_as_kg_report_writes_it(client: TestClient) -> None:
    from urllib.parse import quote

    import docx

    page = client.get("/api/report", params={"id": BANK})
    name = f"entity-{BANK_CQ}"
    assert (page.status_code, page.headers["content-type"], page.headers["content-disposition"]) == (
        200, "text/html; charset=utf-8", f"attachment; filename=\"report.html\"; filename*=UTF-8''{quote(name)}.html")
    assert f"<h1>{BANK_CQ} (Enterprise)</h1>" in page.text and "<h2>关系</h2>" in page.text
    word = client.get("/api/report", params={"id": BANK, "format": "docx", "lang": "en"})
    document = docx.Document(io.BytesIO(word.content))
    assert [p.text for p in document.paragraphs[:2]] == [f"{BANK_CQ} (Enterprise)", "Profile"]
    assert error(client.get("/api/report", params={"id": "Zone:不存在的"})) == (404, "E330")
    refused = client.get("/api/report", params={"id": BANK, "format": "pdf"})
    assert (refused.status_code, refused.json()["error"]["message"]) == (400, "unknown report format 'pdf'")


def test_the_report_is_of_the_entity_the_id_names_when_another_label_shares_its_name(store: GraphStore) -> None:
    g = Graph()
    g.add_document(Document("page", title="同名", kind="article"))
    for label in ("Enterprise", "Zone"):
        g.add_entity(Entity(label, "宗申", mentions={Mention("page", 0, 2)}))
    store.load(g)
    client = TestClient(app(store))
    for label in ("Enterprise", "Zone"):
        page = client.get("/api/report", params={"id": f"{label}:宗申"})
        assert (page.status_code, f"<h1>宗申 ({label})</h1>" in page.text) == (200, True)


def test_every_response_carries_the_content_security_policy(client: TestClient) -> None:
    for path in ("/", "/static/explorer.js", "/api/search?q=x", "/api/entities/nope", "/no/such/page"):
        headers = client.get(path).headers
        assert (headers["content-security-policy"], headers["x-content-type-options"]) == (CSP, "nosniff"), path
    assert "default-src 'none'" in CSP and "connect-src 'self'" in CSP
    page = client.get("/").text
    assert "http" not in page.replace("http-equiv", "")  # the page names no other origin


def test_the_token_is_needed_on_every_request(seed_store: GraphStore) -> None:
    client = TestClient(app(seed_store, token="s3cret"))
    for path in ("/", "/static/explorer.js", "/api/search?q=x"):
        assert error(client.get(path)) == (401, None), path
    assert client.get("/api/search?q=x", headers={"x-kg-token": "wrong"}).status_code == 401
    assert client.get("/api/search?q=进出口", headers={"x-kg-token": "s3cret"}).status_code == 200
    assert client.get("/api/search?q=x&token=s3cret").status_code == 401  # in the URL only for the page itself
    page = client.get("/?token=s3cret")
    assert page.status_code == 200 and "kg_token=s3cret; HttpOnly; SameSite=Strict" in page.headers["set-cookie"]
    assert client.get("/api/search?q=进出口").status_code == 200  # the cookie carries it now


def test_only_requests_naming_this_machine_are_answered(seed_store: GraphStore) -> None:
    client = TestClient(app(seed_store, hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1:7475")
    assert client.get("/api/search?q=x").status_code == 200
    assert client.get("/api/search?q=x", headers={"host": "attacker.example:7475"}).status_code == 400


def test_serve_refuses_other_addresses_without_a_token(kg: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KG_SERVE_TOKEN", raising=False)
    code, _, err = kg("serve", "--host", "0.0.0.0")
    assert code == 78
    assert err == ("error: [E410] listening on 0.0.0.0 lets other machines in\n"
                   "  fix: set a token with --token or KG_SERVE_TOKEN, or keep --host 127.0.0.1\n")


@pytest.mark.unit
def test_a_page_without_its_vendored_files_is_refused(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_kg.graph.errors import ConfigError
    from policy_kg.viz.serve import app as serving

    monkeypatch.setattr(serving, "STATIC", tmp_path)
    with pytest.raises(ConfigError) as caught:
        serving.run(None, host="127.0.0.1", port=0)  # type: ignore[arg-type]  # refused before the store is used
    assert caught.value.message == (f"the explorer's front-end files are missing: vendor/vis-network.min.js, "
                                    f"vendor/vis-network.min.css in {tmp_path}")
    assert caught.value.hint == "run `bash scripts/vendor.sh` (scripts/setup.sh does) to fetch them with npm"


def test_a_deeper_neighbourhood_knows_when_it_was_cut(client: TestClient) -> None:
    # depth 2 from a borrower: its lender, then the lender's 16 other links; the way back is no new link
    whole = client.get("/api/neighbourhood", params={"id": "Enterprise:宗申集团", "depth": 2}).json()
    assert (len(whole["edges"]), whole["more"]) == (17, False)
    cut = client.get("/api/neighbourhood", params={"id": "Enterprise:宗申集团", "depth": 2, "limit": 16}).json()
    assert (len(cut["edges"]), cut["more"]) == (16, True)
    exact = client.get("/api/neighbourhood", params={"id": "Enterprise:宗申集团", "depth": 2, "limit": 17}).json()
    assert (len(exact["edges"]), exact["more"]) == (17, False)
