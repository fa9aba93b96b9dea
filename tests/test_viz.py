"""viz: the page's data, its offline and escaping guarantees, layouts, view selection, `kg viz`."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from policy_kg.graph import Document, Entity, Evidence, Graph, Mention, Relation
from policy_kg.cypher.runner import run_saved
from policy_kg.graph.errors import QueryError
from policy_kg.graph.store import GraphStore
from policy_kg.cli.app import cli
from policy_kg.viz import find_entity, from_rows, neighbourhood, render, shortest_paths, show, to_html, view_from_store
from policy_kg.viz.layout import radial_layout
from policy_kg.viz.render import vis_options
from policy_kg.viz.view import PHYSICS_LIMIT, build_view

BANK = "Enterprise:中国进出口银行重庆分行"
HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_SENTENCE = "</script><script>window.pwned=1</script>"


def page_data(page: str, block: str) -> list[dict]:
    """The JSON of one of the page's data blocks (kg-nodes, kg-edges, kg-options, kg-legend)."""
    found = re.search(rf'<script id="{block}" type="application/json">(.*?)</script>', page, re.DOTALL)
    assert found, block
    return json.loads(found.group(1))


def hostile_graph() -> Graph:
    """Two entities and a relation whose names, title and evidence are markup."""
    g = Graph()
    g.add_document(Document("d1", title="<b>标题</b>"))
    g.add_entity(Entity("Enterprise", HOSTILE_NAME, {"<svg onload=alert(2)>"}, "company", {Mention("d1", 0, 4)}))
    g.add_entity(Entity("Enterprise", "银行", set(), "bank", {Mention("d1", 5, 7)}))
    g.add_relation(Relation(f"Enterprise:{HOSTILE_NAME}", "FINANCED_BY", "Enterprise:银行",
                            {"instrument": "<i>贷款</i>"}, {Evidence("d1", 0, 40, HOSTILE_SENTENCE, "test")}))
    return g


def zone_chain(n: int) -> Graph:
    """n zones, each PART_OF the next: a graph above the physics limit for n > 500."""
    g = Graph()
    g.add_document(Document("d1", title="chain"))
    for i in range(n):
        g.add_entity(Entity("Zone", f"区{i}", mentions={Mention("d1", i, i + 1)}))
    for i in range(n - 1):
        g.add_relation(Relation(f"Zone:区{i}", "PART_OF", f"Zone:区{i + 1}", evidence={Evidence("d1", i, i + 1, "s", "t")}))
    return g


# ------------------------------------------------------------------ the page
@pytest.mark.unit
def test_page_holds_every_node_and_edge_of_the_subgraph(seed_graph: Graph) -> None:
    page = to_html(seed_graph)
    nodes, edges = page_data(page, "kg-nodes"), page_data(page, "kg-edges")
    expected = seed_graph.to_networkx()
    assert len(nodes) == expected.number_of_nodes() == 65
    assert len(edges) == expected.number_of_edges() == 125
    assert {n["id"] for n in nodes} == set(expected.nodes)
    assert sorted((e["from"], e["kg_type"], e["to"]) for e in edges) == sorted(
        (s, d["type"], t) for s, t, d in expected.edges(data=True))


@pytest.mark.unit
def test_page_without_documents_shows_entities_and_relations_only(seed_graph: Graph) -> None:
    page = to_html(seed_graph, documents=False)
    assert len(page_data(page, "kg-nodes")) == len(seed_graph.entities) == 64
    assert len(page_data(page, "kg-edges")) == len(seed_graph.relations) == 61


@pytest.mark.unit
def test_page_accepts_the_networkx_form(seed_graph: Graph) -> None:
    assert page_data(to_html(seed_graph.to_networkx()), "kg-nodes") == page_data(to_html(seed_graph), "kg-nodes")


@pytest.mark.unit
def test_page_fetches_nothing(seed_graph: Graph) -> None:
    page = to_html(seed_graph)
    assert not re.search(r"""<(script|link|img|iframe)[^>]*\s(src|href)\s*=""", page, re.IGNORECASE)
    assert "@import" not in page and "bootstrap" not in page
    assert "default-src 'none'" in page  # the Content-Security-Policy forbids any fetch
    assert "vis.Network" in page and "tom-select" not in page


@pytest.mark.unit
def test_tooltips_legend_and_styles(seed_graph: Graph) -> None:
    view = build_view(seed_graph)
    bank = next(n for n in view.nodes if n["id"] == BANK)
    assert bank["title"] == "中国进出口银行重庆分行\nEnterprise\naliases: 进出口银行重庆分行"  # the seed gives no kind
    assert (bank["shape"], bank["color"], bank["aliases"]) == ("diamond", "#e15759", ["进出口银行重庆分行"])
    assert bank["size"] == round(10 + 4 * bank["degree"] ** 0.5, 1)
    loan = next(e for e in view.edges if e["from"] == "Enterprise:宗申集团" and e["kg_type"] == "FINANCED_BY")
    assert loan["label"] == "FINANCED_BY"
    assert loan["title"] == (
        "FINANCED_BY\n\n《重庆日报 2020-06-23 (seed page)》\n支持传统型制造企业,助力其巩固优势、稳步发展、逐步升级,"
        "为宗申集团提供促进境内对外开放流动资金类贷款,为隆鑫通用提供出口卖方信贷,支持摩托车整车制造转型升级及对外出口;")
    legend = page_data(to_html(seed_graph), "kg-legend")
    assert [e["label"] for e in legend] == ["Plan", "Zone", "Industry", "Enterprise", "Project", "Agency", "Document"]


@pytest.mark.unit
def test_document_text_is_never_markup() -> None:
    page = to_html(hostile_graph(), title="<script>alert(3)</script>")
    for raw in (HOSTILE_NAME, "<svg onload", "<b>标题", "<i>贷款", "window.pwned=1</script>", "<script>alert(3)"):
        assert raw not in page
    assert "<title>&lt;script&gt;alert(3)&lt;/script&gt;</title>" in page
    nodes, edges = page_data(page, "kg-nodes"), page_data(page, "kg-edges")
    assert nodes[0]["name"] == HOSTILE_NAME  # kept as text, for vis-network to show with innerText
    assert nodes[0]["title"] == f"{HOSTILE_NAME}\nEnterprise · company\naliases: <svg onload=alert(2)>"
    assert HOSTILE_SENTENCE in edges[0]["title"] and "《<b>标题</b>》" in edges[0]["title"]


@pytest.mark.unit
def test_small_views_use_physics_large_ones_fixed_positions() -> None:
    small = build_view(zone_chain(PHYSICS_LIMIT - 1))
    assert small.physics and vis_options(small)["physics"]["enabled"] is True
    assert all("x" not in n for n in small.nodes)
    large = build_view(zone_chain(PHYSICS_LIMIT + 1))
    assert not large.physics and vis_options(large)["physics"] == {"enabled": False}
    assert len({(n["x"], n["y"]) for n in large.nodes}) == len(large.nodes) == PHYSICS_LIMIT + 2


@pytest.mark.unit
def test_render_writes_one_file(tmp_path: Path, seed_graph: Graph) -> None:
    path = render(seed_graph, tmp_path / "views" / "seed.html", title="种子")
    assert sorted(p.name for p in path.parent.iterdir()) == ["seed.html"]  # no lib/ folder, no leftovers
    assert path.read_text(encoding="utf-8") == to_html(seed_graph, title="种子")


@pytest.mark.unit
def test_show_embeds_the_same_page(seed_graph: Graph) -> None:
    shown = show(seed_graph, title="种子")._repr_html_()
    srcdoc = re.match(r'<div><iframe srcdoc="(.*?)" style=', shown, re.DOTALL)
    assert srcdoc and html.unescape(srcdoc.group(1)) == to_html(seed_graph, title="种子")


# ------------------------------------------------------------------- layout
@pytest.mark.unit
def test_radial_layout_rings_and_packed_components() -> None:
    pos = radial_layout(["a", "b", "c", "d"], [("a", "b"), ("a", "c")], spacing=80)
    assert pos == {"a": (120.0, 120.0), "b": (120.0, 200.0), "c": (120.0, 40.0), "d": (40.0, 280.0)}
    assert radial_layout([], []) == {}


# ------------------------------------------------------------------- views
@pytest.mark.unit
def test_find_entity_by_name_alias_or_id(seed_graph: Graph) -> None:
    for name in ("中国进出口银行重庆分行", "进出口银行重庆分行", BANK):
        assert find_entity(seed_graph, name).id == BANK
    with pytest.raises(QueryError) as caught:
        find_entity(seed_graph, "进出口")
    assert caught.value.code == "E300"
    assert caught.value.hint == "did you mean 中国进出口银行, 中国进出口银行重庆分行?"
    with pytest.raises(QueryError) as caught:
        find_entity(seed_graph, "不存在的公司")
    assert caught.value.hint == "look for it with: kg query search_entities -p text=不存在的"
    with pytest.raises(QueryError, match="the graph is empty"):
        find_entity(Graph(), "宗申集团")


def test_neighbourhood_of_the_bank(seed_store: GraphStore) -> None:
    part = neighbourhood(seed_store, "中国进出口银行重庆分行", 1)
    assert sorted(part.entities) == [
        "Agency:人民银行重庆营管部", "Agency:重庆银保监局", "Enterprise:中国进出口银行", BANK,
        "Enterprise:华邦健康", "Enterprise:宗申集团", "Enterprise:彭水水电", "Enterprise:智飞生物",
        "Enterprise:渝涪铁路有限责任公司", "Enterprise:科瑞制药", "Enterprise:重庆仙桃数据谷投资管理有限公司",
        "Enterprise:重庆市南部新城产业投资集团", "Enterprise:重庆迪马", "Enterprise:重庆金凤电子", "Enterprise:隆鑫通用",
        "Project:轨道交通18号线", "Project:轨道交通4号线", "Project:重庆中美协同创新加速器及大数据学院项目",
    ]
    assert len(part.relations) == 17
    assert all(BANK in (s, t) for s, _, t in part.relations)
    assert list(part.documents) == ["000_023085569cee03f2"]


def test_the_view_of_a_neighbourhood_is_the_saved_querys_rows(seed_store: GraphStore, seed_graph: Graph) -> None:
    """One definition: the view's relations are exactly the rows of kg query neighbourhood, those with an end
    one step from the bank at depth 2."""
    rows = run_saved("neighbourhood", {"name": BANK, "depth": 2, "limit": 1000}, seed_store)
    from_query = sorted((r["source"]["id"], r["relationship"]["type"], r["target"]["id"]) for r in rows)
    assert sorted(neighbourhood(seed_store, BANK, 2).relations) == from_query
    links = nx.Graph((r.source, r.target) for r in seed_graph.relations.values())
    near = nx.single_source_shortest_path_length(links, BANK, cutoff=1)
    assert from_query == sorted(k for k in seed_graph.relations if k[0] in near or k[2] in near)
    assert len(from_query) == 22
    with pytest.raises(QueryError, match="depth must be 1 to 3, got 4"):
        neighbourhood(seed_store, BANK, 4)


def test_shortest_paths_between_two_entities(seed_store: GraphStore) -> None:
    part = shortest_paths(seed_store, "宗申集团", "重庆银保监局")
    assert sorted(part.relations) == [
        (BANK, "SUPERVISED_BY", "Agency:重庆银保监局"),
        ("Enterprise:宗申集团", "FINANCED_BY", BANK),
    ]
    assert sorted(part.entities) == ["Agency:重庆银保监局", BANK, "Enterprise:宗申集团"]


def test_no_path_says_so(store: GraphStore) -> None:
    g = zone_chain(6)
    g.add_entity(Entity("Zone", "孤岛", mentions={Mention("d1", 9, 11)}))
    store.load(g)
    with pytest.raises(QueryError, match="no path between '区0' and '孤岛' of at most 4 relationships"):
        shortest_paths(store, "区0", "孤岛")
    with pytest.raises(QueryError, match="no path between '区0' and '区5'"):
        shortest_paths(store, "区0", "区5")
    assert sorted(shortest_paths(store, "区0", "区4").entities) == [f"Zone:区{i}" for i in range(5)]
    assert sorted(neighbourhood(store, "孤岛").entities) == ["Zone:孤岛"]


@pytest.mark.unit
def test_rows_with_paths_become_their_nodes_and_relations(seed_graph: Graph) -> None:
    node = {"label": "Enterprise", "id": "Enterprise:宗申集团", "name": "宗申集团"}
    bank = {"label": "Enterprise", "id": BANK, "name": "中国进出口银行重庆分行"}
    agency = {"label": "Agency", "id": "Agency:重庆银保监局", "name": "重庆银保监局"}
    rows = [{"names": ["宗申集团"], "path": [node, {"type": "FINANCED_BY"}, bank, {"type": "SUPERVISED_BY"}, agency]}]
    assert sorted(from_rows(seed_graph, rows).relations) == [(BANK, "SUPERVISED_BY", "Agency:重庆银保监局"),
                                                             ("Enterprise:宗申集团", "FINANCED_BY", BANK)]


@pytest.mark.unit
def test_rows_of_names_join_the_entity_named_by_a_parameter(seed_graph: Graph) -> None:
    rows = [{"borrower": "宗申集团", "borrower_label": "Enterprise"}, {"borrower": "隆鑫通用", "borrower_label": "Enterprise"}]
    part = from_rows(seed_graph, rows, {"bank": "中国进出口银行重庆分行", "limit": 100})
    assert sorted(part.relations) == [("Enterprise:宗申集团", "FINANCED_BY", BANK), ("Enterprise:隆鑫通用", "FINANCED_BY", BANK)]
    with pytest.raises(QueryError, match="name no entity"):
        from_rows(seed_graph, [{"count": 3}])


# --------------------------------------------------------- store and CLI
def test_view_from_store_modes_agree(seed_store: GraphStore, tmp_path: Path) -> None:
    by_entity = view_from_store(seed_store, tmp_path / "e.html", entity="中国进出口银行重庆分行")
    by_query = view_from_store(seed_store, tmp_path / "q.html", query="neighbourhood",
                               params={"name": "中国进出口银行重庆分行", "depth": 1})
    ids = [sorted(n["id"] for n in page_data(p.read_text(encoding="utf-8"), "kg-nodes")) for p in (by_entity, by_query)]
    assert ids[0] == ids[1] == sorted([*neighbourhood(seed_store, BANK, 1).entities, "000_023085569cee03f2"])
    whole = view_from_store(seed_store, tmp_path / "all.html", whole=True, documents=False)
    assert len(page_data(whole.read_text(encoding="utf-8"), "kg-nodes")) == 64
    with pytest.raises(QueryError, match="choose one view, got entity, all"):
        view_from_store(seed_store, tmp_path / "x.html", entity="宗申集团", whole=True)


def test_kg_viz_writes_the_default_file(_embedded, embedded_dir: Path, seed_graph: Graph, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _embedded.clear()
    _embedded.load(seed_graph)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["--store", "embedded", "--data-dir", str(embedded_dir),
                                      "viz", "--path", "宗申集团", "重庆银保监局"])
    assert result.exit_code == 0, result.output
    written = tmp_path / "out" / "宗申集团-重庆银保监局-shortest-paths.html"
    assert [p.name for p in (tmp_path / "out").iterdir()] == [written.name]
    assert len(page_data(written.read_text(encoding="utf-8"), "kg-nodes")) == 4  # 3 entities + their document
    bad = CliRunner().invoke(cli, ["--store", "embedded", "--data-dir", str(embedded_dir), "viz", "--param", "a=b"])
    assert bad.exit_code == 2 and "--param goes with --query NAME" in bad.output


def test_tooltips_show_dates_and_amounts_readably() -> None:
    g = Graph()
    g.add_document(Document("d", "贷款新闻", extra={"published": "2020-06-22", "published_basis": "header"}))
    g.add_entity(Entity("Project", "乙项目", set(), None, {Mention("d", 0, 3)},
                        {"investment": "总投资1062.3亿元", "investment_value": 106_230_000_000, "currency": "CNY"}))
    g.add_entity(Entity("Enterprise", "农业银行", set(), None, {Mention("d", 5, 9)}))
    g.add_relation(Relation("Project:乙项目", "FINANCED_BY", "Enterprise:农业银行",
                            {"amount": "不超过70亿元", "amount_value": 7_000_000_000, "currency": "CNY",
                             "amount_qualifier": "不超过", "instrument": "项目贷款", "date": "2020-03-05",
                             "date_basis": "sentence"}, {Evidence("d", 0, 9, "3月5日,农业银行向乙项目发放贷款。", "t")}))
    view = build_view(g)
    nodes = {n["id"]: n["title"] for n in view.nodes}
    assert nodes["Project:乙项目"] == "乙项目\nProject\ninvestment: 总投资1062.3亿元 = 106,230,000,000 CNY"
    assert nodes["d"] == "贷款新闻\nDocument · article\nid: d\npublished: 2020-06-22 (the page's header)"
    loan = next(e for e in view.edges if e["kg_type"] == "FINANCED_BY")
    assert loan["title"] == ("FINANCED_BY\ndate: 2020-03-05 (stated in its sentence)\n"
                             "amount: 不超过70亿元 = 7,000,000,000 CNY\ninstrument: 项目贷款\n\n《贷款新闻》\n"
                             "3月5日,农业银行向乙项目发放贷款。")
