"""`kg report` on both stores holding the seed graph: exact contents, escaping, atomic writes, figures, CLI."""

from __future__ import annotations

import html
import warnings
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import networkx as nx
import pytest
from markdown_it import MarkdownIt

from policy_kg.cypher.runner import run_saved
from policy_kg.graph import Document, Entity, Evidence, Graph, Mention, Relation
from policy_kg.graph.errors import QueryError
from policy_kg.graph.store import GraphStore
from policy_kg.viz.report import (FontMissingError, Words, cjk_font, entity_data, entity_report, overview_data, type_data,
                                  write_report)
from policy_kg.viz.report.figures import network_png
from policy_kg.viz.report.output import md_escape, md_marked, to_markdown, write_files
from policy_kg.viz.report.overview import communities_of

BANK = "中国进出口银行重庆分行"
NDRC = "国家发展改革委"
DIGITAL_PLAN = "重庆建设国家数字经济创新发展试验区工作方案"
DOC = "000_023085569cee03f2"
TITLE = "重庆日报 2020-06-23 (seed page)"
HOSTILE = "a*b_[x]<script>"


def relation_graph(graph: Graph) -> nx.Graph:
    """Entities linked by any relation, direction ignored (MENTIONS are not relations): the oracle's graph."""
    links = nx.Graph()
    links.add_nodes_from(graph.entities)
    links.add_edges_from((r.source, r.target) for r in graph.relations.values())
    return links


def gold_relations(graph: Graph, rel_type: str, target: str) -> dict[tuple[str, str], dict]:
    """(label, name) of each source of ``rel_type`` into ``target`` in the fixture -> the relation's properties."""
    return {(graph.entities[r.source].label, graph.entities[r.source].name): r.properties
            for r in graph.relations.values() if r.type == rel_type and graph.entities[r.target].name == target}


# ------------------------------------------------------------------ entity
def test_bank_report_lists_exactly_the_gold_borrowers(seed_store: GraphStore, seed_graph: Graph, tmp_path: Path) -> None:
    written = write_report(seed_store, tmp_path, entity="进出口银行重庆分行")  # by its alias
    borrowers = {link.source: dict(link.properties) for link in written.data.by_type()["FINANCED_BY"]}
    gold = gold_relations(seed_graph, "FINANCED_BY", BANK)
    assert len(gold) == 14
    assert borrowers == gold  # the fixture states no instruments: every properties dict is empty
    markdown = (tmp_path / f"entity-{BANK}.md").read_text(encoding="utf-8")
    section = markdown.split("### FINANCED\\_BY (14)")[1].split("###")[0]
    assert sorted(line for line in section.splitlines() if line.startswith("- **")) == sorted(
        f"- **← {name} ({label})**" for label, name in gold)
    assert [p.name for p in written.paths] == [f"entity-{BANK}.md", f"entity-{BANK}-neighbourhood.png",
                                               f"entity-{BANK}.html"]


def test_bank_profile(seed_store: GraphStore) -> None:
    data = entity_data(seed_store, BANK)
    assert (data.name, data.label, data.kind, data.aliases, data.relationships) == (
        BANK, "Enterprise", None, ["进出口银行重庆分行"], 17)
    assert [(d.id, d.cite(Words())) for d in data.documents] == [(DOC, TITLE)]
    assert sorted(data.by_type()) == ["FINANCED_BY", "PART_OF", "SUPERVISED_BY"]
    assert data.related[0].relationships == 1 and data.related[0].shared_documents == 1


def test_agency_report_shows_the_plan_it_approved_with_the_evidence(seed_store: GraphStore, seed_graph: Graph,
                                                                     tmp_path: Path) -> None:
    written = write_report(seed_store, tmp_path, entity=NDRC)
    [link] = written.data.by_type()["APPROVED_BY"]
    assert (link.source, link.target) == (("Plan", DIGITAL_PLAN), ("Agency", NDRC))
    [evidence] = seed_graph.relations[(f"Plan:{DIGITAL_PLAN}", "APPROVED_BY", f"Agency:{NDRC}")].evidence
    assert [(q.sentence, q.document.id, q.document.cite(Words())) for q in link.quotes] == [(evidence.sentence, DOC, TITLE)]
    before, after = evidence.sentence.split(NDRC)  # the entity, named once in its sentence, is highlighted
    markdown = (tmp_path / f"entity-{NDRC}.md").read_text(encoding="utf-8")
    assert (f"- **← {DIGITAL_PLAN} (Plan)**\n\n  > {md_escape(before)}**{NDRC}**{md_escape(after)}\n  >\n"
            f"  > — {TITLE} \\[000\\_{DOC[4:]}\\]") in markdown
    page = (tmp_path / f"entity-{NDRC}.html").read_text(encoding="utf-8")
    assert (f"<blockquote>{html.escape(before)}<mark>{NDRC}</mark>{html.escape(after)}"
            f"<cite>— {html.escape(TITLE)} [{DOC}]</cite></blockquote>") in page


def test_quotes_from_an_article_cite_its_title_and_place_on_the_page(store: GraphStore) -> None:
    g = Graph()
    g.add_document(Document("page#2", title="发挥政策性金融导向作用", kind="article", extra={"page": "page", "index": 2}))
    for name in ("宗申集团", "银行"):
        g.add_entity(Entity("Enterprise", name, mentions={Mention("page#2", 0, 2)}))
    g.add_relation(Relation("Enterprise:宗申集团", "FINANCED_BY", "Enterprise:银行", {"instrument": "流动资金类贷款"},
                            {Evidence("page#2", 0, 9, "为宗申集团提供贷款。", "test")}))
    store.load(g)
    [link] = entity_data(store, "宗申集团").links
    assert [(q.document.cite(Words()), q.document.id) for q in link.quotes] == [
        ("发挥政策性金融导向作用（页面 page 的第 2 篇文章）", "page#2")]
    assert link.quotes[0].document.cite(Words("en")) == "发挥政策性金融导向作用 (article 2 of page page)"
    assert link.properties == (("instrument", "流动资金类贷款"),)


def test_a_name_two_entities_share_is_refused_and_each_reports_by_its_id(store: GraphStore) -> None:
    g = Graph()
    g.add_document(Document("page", title="同名", kind="article"))
    for label, name in (("Enterprise", "宗申"), ("Zone", "宗申"), ("Enterprise", "银行"), ("Zone", "重庆市")):
        g.add_entity(Entity(label, name, mentions={Mention("page", 0, 2)}))
    evidence = {Evidence("page", 0, 9, "宗申的句子。", "test")}
    g.add_relation(Relation("Enterprise:宗申", "FINANCED_BY", "Enterprise:银行", {}, evidence))
    g.add_relation(Relation("Zone:宗申", "PART_OF", "Zone:重庆市", {}, evidence))
    store.load(g)
    with pytest.raises(QueryError) as caught:
        entity_data(store, "宗申")
    assert (caught.value.message, caught.value.hint) == (
        "'宗申' names 2 entities: Enterprise:宗申, Zone:宗申", "name one of them by its id, e.g. --entity Enterprise:宗申")
    for entity_id, other in (("Enterprise:宗申", ("Enterprise", "银行")), ("Zone:宗申", ("Zone", "重庆市"))):
        data = entity_data(store, entity_id)
        assert (data.label, [(link.source, link.target) for link in data.links]) == (
            entity_id.split(":")[0], [((data.label, "宗申"), other)])


def test_unknown_entity_names_close_matches_and_writes_nothing(seed_store: GraphStore, tmp_path: Path) -> None:
    with pytest.raises(QueryError) as caught:
        write_report(seed_store, tmp_path, entity="进出口")
    assert caught.value.message == "no entity named '进出口'"
    assert caught.value.hint == "did you mean 中国进出口银行, 中国进出口银行重庆分行?"
    with pytest.raises(QueryError) as caught:
        write_report(seed_store, tmp_path, entity="重庆迪玛")  # a typo: no name contains it
    assert caught.value.hint.startswith("did you mean 重庆迪马")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------- types
def test_type_report_lists_every_pair_with_evidence(seed_store: GraphStore, seed_graph: Graph, tmp_path: Path) -> None:
    written = write_report(seed_store, tmp_path, rel_type="FINANCED_BY", formats=["md"])
    expected = {(seed_graph.entities[r.source].name, seed_graph.entities[r.target].name):
                sorted(e.sentence for e in r.evidence)
                for r in seed_graph.relations.values() if r.type == "FINANCED_BY"}
    assert {(k.source[1], k.target[1]): sorted(q.sentence for q in k.quotes) for k in written.data.links} == expected
    assert [p.name for p in written.paths] == ["type-FINANCED_BY.md", "type-FINANCED_BY-network.png"]
    markdown = written.paths[0].read_text(encoding="utf-8")
    assert markdown.startswith("# FINANCED\\_BY 关系\n\n## 概要\n\n共 15 条 FINANCED\\_BY 关系，来自 14 个源实体，指向 2 个目标实体。\n")
    assert "### → 中国进出口银行重庆分行 (Enterprise): 14" in markdown
    assert "### → 新加坡星展银行 (Enterprise): 1" in markdown


def test_type_report_rejects_an_unknown_type(seed_store: GraphStore) -> None:
    with pytest.raises(QueryError, match="unknown relationship type 'FINANCED'") as caught:
        type_data(seed_store, "FINANCED")
    assert caught.value.hint.startswith("did you mean FINANCED_BY?")


# ---------------------------------------------------------------- overview
def test_overview_counts_equal_store_stats(seed_store: GraphStore) -> None:
    data = overview_data(seed_store)
    assert (data.labels, data.types) == (seed_store.stats().labels, seed_store.stats().types)


def test_overview_sections(seed_store: GraphStore, seed_graph: Graph, tmp_path: Path) -> None:
    written = write_report(seed_store, tmp_path, overview=True)
    data = written.data
    assert [(c.name, c.degree) for c in data.most_connected[:3]] == [(BANK, 17), (DIGITAL_PLAN, 15),
                                                                      ("国家新一代人工智能创新发展试验区", 9)]
    links = relation_graph(seed_graph)
    links.remove_nodes_from([n for n in list(links) if links.degree(n) == 0])  # normalised over linked entities
    exact = nx.betweenness_centrality(links)
    ranked = sorted(exact, key=lambda i: (-exact[i], i))[:3]
    assert data.betweenness_sample is None  # exact
    assert [f"{c.label}:{c.name}" for c in data.brokers[:3]] == ranked
    assert [c.betweenness for c in data.brokers[:3]] == pytest.approx([exact[i] for i in ranked])
    assert data.brokers[0].name == DIGITAL_PLAN
    assert (data.community_core, data.linked) == (None, 55)
    assert sum(c.size for c in data.communities) + data.alone == 64
    assert data.agencies[NDRC] == {"approves": [f"{DIGITAL_PLAN} (Plan)"]}
    assert data.agencies["重庆银保监局"] == {"supervises": [f"{BANK} (Enterprise)"]}
    assert ("重庆高新区", "集成电路", None) in data.zone_industries
    assert [(d.id, d.entities) for d in data.documents] == [(DOC, 64)]
    markdown = (tmp_path / "overview.md").read_text(encoding="utf-8")
    assert markdown.startswith("# 图谱概览\n")
    assert [line[3:] for line in markdown.splitlines() if line.startswith("## ")] == [
        "数量", "最核心的实体", "社区", "图", "园区与产业", "机构", "文档"]
    assert "| FINANCED\\_BY | 15 |" in markdown and "| Document | 1 |" in markdown
    assert "| 重庆高新区 |" in markdown
    assert sorted(p.name for p in written.paths) == ["overview-counts.png", "overview-network.png", "overview.html",
                                                     "overview.md"]


@pytest.mark.unit
def test_large_graph_methods_sample_and_keep_the_core(seed_graph: Graph, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_kg.viz.report import overview

    monkeypatch.setattr(overview, "GREEDY_LIMIT", 10)
    monkeypatch.setattr(overview, "EXACT_BETWEENNESS", 10)
    links = relation_graph(seed_graph)
    links.remove_nodes_from([n for n in list(links) if links.degree(n) == 0])
    degree = Counter(dict(links.degree()))
    groups, kept, modularity = communities_of(links, degree)
    assert Words("en").community_method(kept, links.number_of_nodes()) == (
        "greedy modularity (networkx) among the 10 most connected of 55 linked entities")
    assert Words().community_method(kept, 55) == "贪心模块度算法（networkx），仅在 55 个有关系的实体中连接最多的 10 个之中"
    core = sorted(links, key=lambda i: (-degree[i], i))[:10]
    assert set().union(*groups) <= set(core) and modularity > 0
    scores, sample = overview.betweenness_of(links)
    assert Words("en").betweenness_method(sample, overview.SEED) == "estimated from 55 sampled sources (seed 7)"
    assert len(scores) == 55


# ---------------------------------------------------------------- escaping
def hostile_graph() -> Graph:
    g = Graph()
    g.add_document(Document("d1", title="<b>报_道</b>"))
    g.add_entity(Entity("Enterprise", HOSTILE, {"*别名*"}, "company", {Mention("d1", 0, 4)}))
    g.add_entity(Entity("Enterprise", "银行", set(), "bank", {Mention("d1", 5, 7)}))
    g.add_relation(Relation(f"Enterprise:{HOSTILE}", "FINANCED_BY", "Enterprise:银行", {"instrument": "<i>贷款</i>"},
                            {Evidence("d1", 0, 40, "1. </script><script>alert(1)</script> [a](b)", "test")}))
    return g


def test_special_characters_are_escaped(store: GraphStore, tmp_path: Path) -> None:
    store.load(hostile_graph())
    written = write_report(store, tmp_path, entity=HOSTILE)
    markdown = (tmp_path / "entity-a-b_-x-script.md").read_text(encoding="utf-8")
    assert markdown.startswith("# a\\*b\\_\\[x\\]\\<script\\> (Enterprise)\n")
    assert "| 别名 | \\*别名\\* |" in markdown
    assert "- **→ 银行 (Enterprise)** · instrument: \\<i\\>贷款\\</i\\>" in markdown
    assert "  > 1\\. \\</script\\>\\<script\\>alert(1)\\</script\\> \\[a\\](b)" in markdown
    assert "  > — \\<b\\>报\\_道\\</b\\> \\[d1\\]" in markdown
    rendered = MarkdownIt("commonmark").enable("table").render(markdown)  # what a Markdown viewer shows
    assert rendered.startswith(f"<h1>{html.escape(HOSTILE, quote=False)} (Enterprise)</h1>")
    assert "<script" not in rendered and "<a " not in rendered
    assert rendered.count("<em>") == 1  # the figure's caption, nothing a name or quote holds
    assert "<p>1. &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; [a](b)</p>" in rendered
    page = (tmp_path / "entity-a-b_-x-script.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "<b>" not in page and "<i>" not in page
    assert f"<h1>{html.escape(HOSTILE)} (Enterprise)</h1>" in page
    assert all(p.parent == tmp_path for p in written.paths)


@pytest.mark.unit
def test_md_escape() -> None:
    assert md_escape(HOSTILE) == "a\\*b\\_\\[x\\]\\<script\\>"
    assert md_escape("1. 第一") == "1\\. 第一" and md_escape("- 项") == "\\- 项" and md_escape("# 标题") == "\\# 标题"
    assert md_escape("两行\n文字 | 表") == "两行 文字 \\| 表"
    assert md_escape("中新(重庆)") == "中新(重庆)"


@pytest.mark.unit
def test_md_marked() -> None:
    assert md_marked("1. 由中新(重庆)和 中新  承担", ["中新(重庆)", "中新"]) == "1\\. 由**中新(重庆**)和 **中新** 承担"
    assert md_marked("甲乙丙", ["甲", "乙"]) == "**甲乙**丙"  # two names side by side: one bold run
    assert md_marked("没有名字", ["甲"]) == "没有名字"


# ------------------------------------------------------------ files, fonts
@pytest.mark.unit
def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_files({"report.md": b"# ok", "missing/folder.png": b"x"}, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_report_leaves_nothing(seed_store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("view failed")

    monkeypatch.setattr("policy_kg.viz.report.output.to_html", broken)
    with pytest.raises(RuntimeError, match="view failed"):
        write_report(seed_store, tmp_path, entity=BANK)  # the Markdown was rendered already: not written either
    assert list(tmp_path.iterdir()) == []


@pytest.mark.unit
def test_figures_have_a_glyph_for_every_chinese_character(seed_graph: Graph) -> None:
    assert cjk_font() == "Noto Sans CJK SC"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font(s)" for an empty box
        png = network_png(seed_graph, centre=("Enterprise", BANK))
    assert png.startswith(b"\x89PNG") and len(png) > 20_000


def test_no_cjk_font_is_a_clear_error(seed_store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_kg.viz.report import figures

    monkeypatch.setattr(figures, "CJK_FONTS", ("No Such Font SC",))
    figures.cjk_font.cache_clear()
    try:
        with pytest.raises(FontMissingError) as caught:
            write_report(seed_store, tmp_path, overview=True)
    finally:
        figures.cjk_font.cache_clear()
    assert str(caught.value) == (
        "[E400] no CJK font found for the report pictures (tried No Such Font SC)\n"
        "  fix: install one: apt-get install fonts-noto-cjk (scripts/setup.sh does), then remove ~/.cache/matplotlib "
        "so matplotlib sees it")
    assert list(tmp_path.iterdir()) == []


def test_markdown_links_the_figures_beside_it(seed_store: GraphStore) -> None:
    report = entity_report(entity_data(seed_store, NDRC))
    markdown = to_markdown(report)
    link = f"entity-{quote(NDRC)}-neighbourhood.png"
    assert link == "entity-%E5%9B%BD%E5%AE%B6%E5%8F%91%E5%B1%95%E6%94%B9%E9%9D%A9%E5%A7%94-neighbourhood.png"
    assert f"![{NDRC} 及其 1 个邻居]({link})\n\n*{NDRC} 及其 1 个邻居*" in markdown


# ----------------------------------------------------------------- queries
def test_documents_query(seed_store: GraphStore) -> None:
    assert run_saved("documents", {}, seed_store) == [
        {"document": DOC, "title": TITLE, "kind": "page", "source": "examples/000_023085569cee03f2.txt", "authors": [],
         "page": None, "article": None, "entities": 64}]


def test_relation_links_query(seed_store: GraphStore, seed_graph: Graph) -> None:
    rows = run_saved("relation_links", {}, seed_store)
    assert [(r["source"], r["type"], r["target"]) for r in rows] == sorted(seed_graph.relations)


def test_zone_industries_query_is_zones_by_industry_for_every_industry(seed_store: GraphStore, seed_graph: Graph) -> None:
    rows = run_saved("zone_industries", {}, seed_store)
    assert len(rows) == 21 and list(rows[0]) == ["zone", "industry", "via_plan"]
    industries = sorted({e.name for e in seed_graph.entities.values() if e.label == "Industry"})
    per_industry = sorted((r["zone"], i, r["via_plan"]) for i in industries
                          for r in run_saved("zones_by_industry", {"industry": i}, seed_store))
    assert sorted((r["zone"], r["industry"], r["via_plan"]) for r in rows) == per_industry


# --------------------------------------------------------------------- CLI
def test_cli_writes_the_chosen_formats(kg, tmp_path: Path) -> None:  # noqa: F811 (the imported fixture)
    code, _, err = kg("report", "--type", "APPROVED_BY", "--format", "html", "-o", str(tmp_path))
    assert (code, err) == (0, f"wrote {tmp_path / 'type-APPROVED_BY.html'}\n")
    assert [p.name for p in tmp_path.iterdir()] == ["type-APPROVED_BY.html"]


def test_cli_errors(kg, tmp_path: Path) -> None:  # noqa: F811
    code, _, err = kg("report", "--entity", "进出口", "-o", str(tmp_path))
    assert code == 64 and "did you mean 中国进出口银行, 中国进出口银行重庆分行?" in err
    code, _, err = kg("report", "-o", str(tmp_path))
    assert code == 64 and "choose one report, got none" in err
    assert list(tmp_path.iterdir()) == []


def test_entity_report_has_a_timeline_and_sums_per_currency(store: GraphStore) -> None:
    from .test_dates import loans_over_time

    store.load(loans_over_time())
    report = entity_report(entity_data(store, "中国农业银行重庆市分行"))
    tables = {s.title: s.blocks[1] for s in report.sections if s.title in ("时间线", "各币种融资")}
    bank = "中国农业银行重庆市分行"
    assert tables["时间线"].rows == (
        ("2019-12", "句中所述", f"{bank} SUPERVISED_BY 重庆银保监局", "—"),
        ("2020-03-05", "句中所述", f"甲公司 FINANCED_BY {bank}", "5亿元 = 500,000,000 CNY"),
        ("2020-06-22", "所在文档的日期", f"丙公司 FINANCED_BY {bank}", "—"),
        ("2021-03", "所在文档的日期", f"乙项目 FINANCED_BY {bank}", "—"),
    )  # the undated loan to 丁公司 is under FINANCED_BY only
    assert tables["各币种融资"].rows == (("CNY", 1, 1, "500,000,000"), ("未说明", 3, 0, "0"))
    assert [s.title for s in report.sections] == ["概况", "关系", "FINANCED_BY (4)", "SUPERVISED_BY (1)", "时间线", "各币种融资",
                                                  "关系最近的实体", "邻域"]
    english = entity_report(entity_data(store, bank), Words("en"))
    assert [s.title for s in english.sections][4:6] == ["Timeline", "Financing per currency"]
    assert [row[1] for row in english.sections[4].blocks[1].rows] == [
        "stated in its sentence", "stated in its sentence", "its document's date", "its document's date"]


# ------------------------------------------- language, marks, repeats, Word
def test_english_report(seed_store: GraphStore, tmp_path: Path) -> None:
    written = write_report(seed_store, tmp_path, rel_type="FINANCED_BY", lang="en")
    markdown = (tmp_path / "type-FINANCED_BY.md").read_text(encoding="utf-8")
    assert markdown.startswith("# FINANCED\\_BY relationships\n\n## Summary\n\n"
                               "15 FINANCED\\_BY relationships from 14 sources to 2 targets.\n\n"
                               "| source label | target label | relationships |\n")
    assert [line for line in markdown.splitlines() if line.startswith("## ")] == ["## Summary", "## Picture"]
    page = (tmp_path / "type-FINANCED_BY.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "<figcaption>Interactive: drag, zoom" in page
    assert written.report.title == "FINANCED_BY relationships"
    chinese = (tmp_path / "zh")
    write_report(seed_store, chinese, rel_type="FINANCED_BY", formats=["html"])
    assert '<html lang="zh-CN">' in (chinese / "type-FINANCED_BY.html").read_text(encoding="utf-8")


@pytest.mark.unit
def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(QueryError) as caught:
        Words("fr")
    assert (caught.value.message, caught.value.hint) == ("unknown report language 'fr'", "use zh or en")


def test_the_entity_is_marked_in_its_quotes_and_escaped(store: GraphStore, tmp_path: Path) -> None:
    g = hostile_graph()
    g.add_relation(Relation("Enterprise:银行", "PART_OF", f"Enterprise:{HOSTILE}", {},
                            {Evidence("d1", 0, 30, f"银行是{HOSTILE}的分行,<b>{HOSTILE}</b>。", "test")}))
    store.load(g)
    write_report(store, tmp_path, entity=HOSTILE)
    markdown = (tmp_path / "entity-a-b_-x-script.md").read_text(encoding="utf-8")
    # the > ending the name stays outside the **: CommonMark would not close the bold after it, before 的
    name = md_escape(HOSTILE[:-1])
    assert f"  > 银行是**{name}**\\>的分行,\\<b\\>**{name}**\\>\\</b\\>。\n" in markdown
    rendered = MarkdownIt("commonmark").render(markdown)
    shown = html.escape(HOSTILE[:-1], quote=False)
    assert f"银行是<strong>{shown}</strong>&gt;的分行,&lt;b&gt;<strong>{shown}</strong>&gt;&lt;/b&gt;。" in rendered
    page = (tmp_path / "entity-a-b_-x-script.html").read_text(encoding="utf-8")
    shown = html.escape(HOSTILE)
    assert f"<blockquote>银行是<mark>{shown}</mark>的分行,&lt;b&gt;<mark>{shown}</mark>&lt;/b&gt;。<cite>" in page


def test_a_sentence_stating_several_facts_is_quoted_once(seed_store: GraphStore, tmp_path: Path) -> None:
    written = write_report(seed_store, tmp_path, entity=BANK)
    [shared] = {q.sentence for link in written.data.by_type()["FINANCED_BY"] for q in link.quotes
                if link.source[1] == "华邦健康"}
    assert sum(shared in q.sentence for link in written.data.links for q in link.quotes) == 3  # 智飞生物, 华邦健康, 科瑞制药
    markdown = (tmp_path / f"entity-{BANK}.md").read_text(encoding="utf-8")
    assert markdown.count(md_escape(shared)) == 1
    above = "（同一句子已在上文“← 华邦健康 (Enterprise)”下引用）"
    for borrower in ("智飞生物", "科瑞制药"):
        assert f"- **← {borrower} (Enterprise)**\n\n  {above}\n" in markdown
    page = (tmp_path / f"entity-{BANK}.html").read_text(encoding="utf-8")
    assert page.count(html.escape(shared)) == 1 and page.count(f'<p class="above">{above}</p>') == 2


def test_a_docx_path_writes_one_word_document(seed_store: GraphStore, tmp_path: Path) -> None:
    import docx

    written = write_report(seed_store, tmp_path / "发改委.docx", entity=NDRC)
    assert written.paths == [tmp_path / "发改委.docx"] and list(tmp_path.iterdir()) == written.paths
    document = docx.Document(str(written.paths[0]))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings == [("Title", f"{NDRC} (Agency)"), ("Heading 1", "概况"), ("Heading 1", "关系"),
                        ("Heading 2", "APPROVED_BY (1)"), ("Heading 1", "关系最近的实体"), ("Heading 1", "邻域")]
    texts = [p.text for p in document.paragraphs]
    fact = texts.index(f"← {DIGITAL_PLAN} (Plan)")
    quote = document.paragraphs[fact + 1]
    before, after = quote.text.split(NDRC)
    assert quote.style.name == "Quote" and [(r.text, r.bold) for r in quote.runs] == [
        (before, False), (NDRC, True), (after, False)]
    assert texts[fact + 2] == f"— {TITLE} [{DOC}]"
    assert texts[-1] == f"{NDRC} 及其 1 个邻居" and len(document.inline_shapes) == 1
    profile = document.tables[0]
    assert [[c.text for c in row.cells] for row in profile.rows][1:3] == [["标签", "Agency"], ["类别", "—"]]


def test_cli_lang_open_and_docx(kg, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    from policy_kg.cli import report_cmd

    opened: list[Path] = []
    monkeypatch.setattr(report_cmd, "open_in_browser", opened.append)  # no browser in tests
    code, _, err = kg("report", "--entity", NDRC, "--lang", "en", "--format", "html", "--open", "-o", str(tmp_path))
    page = tmp_path / f"entity-{NDRC}.html"
    assert (code, err, opened) == (0, f"wrote {page}\n", [page])
    assert "<h2>Profile</h2>" in page.read_text(encoding="utf-8")
    code, _, err = kg("report", "--entity", NDRC, "--format", "md", "--open", "-o", str(tmp_path / "md"))
    assert code == 2 and "--open shows the HTML report" in err and opened == [page]
    code, _, err = kg("report", "--entity", NDRC, "-o", str(tmp_path / "r.docx"))
    assert (code, err) == (0, f"wrote {tmp_path / 'r.docx'}\n")
    code, _, err = kg("report", "--entity", NDRC, "--format", "md", "-o", str(tmp_path / "r.html"))
    assert code == 2 and f"-o {tmp_path / 'r.html'} writes html but --format says md: drop --format" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [page.name, "r.docx"]


def test_a_file_path_writes_that_one_file(kg, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    from policy_kg.cli import report_cmd

    opened: list[Path] = []
    monkeypatch.setattr(report_cmd, "open_in_browser", opened.append)
    single = tmp_path / "single"
    code, _, err = kg("report", "--entity", NDRC, "--open", "-o", str(single / "发改委.html"))
    assert (code, err, opened) == (0, f"wrote {single / '发改委.html'}\n", [single / "发改委.html"])
    assert "<h2>邻域</h2>" in (single / "发改委.html").read_text(encoding="utf-8")
    code, _, err = kg("report", "--entity", NDRC, "-o", str(single / "发改委.md"))
    figure = f"entity-{NDRC}-neighbourhood.png"
    assert (code, err) == (0, f"wrote {single / '发改委.md'}\nwrote {single / figure}\n")
    assert f"]({quote(figure)})" in (single / "发改委.md").read_text(encoding="utf-8")
    assert sorted(p.name for p in single.iterdir()) == [figure, "发改委.html", "发改委.md"]
    code, _, err = kg("report", "--entity", NDRC, "--open", "-o", str(single / "again.md"))
    assert code == 2 and "--open shows the HTML report" in err and not (single / "again.md").exists()


@pytest.mark.unit
def test_a_repeated_curated_sentence_keeps_its_provenance() -> None:
    from policy_kg.viz.report.content import DocumentRef, Fact, Facts, Quote, Report, Section

    doc = DocumentRef("d1", "报道")
    facts = Facts((Fact("← 甲", quotes=(Quote("甲和乙向银行借款。", doc),)),
                   Fact("← 乙", quotes=(Quote("甲和乙向银行借款。", doc, "curated by 王 at 2024-05-01: 核对原文"),))))
    report = Report("银行 (Enterprise)", "bank", [Section("FINANCED_BY (2)", [facts], level=3)])
    assert [q.above for fact in report.sections[0].blocks[0].items for q in fact.quotes] == ["", "← 甲"]
    assert to_markdown(report).endswith("- **← 乙**\n\n  （同一句子已在上文“← 甲”下引用） · curated by 王 at 2024-05-01: 核对原文\n")
