"""Every saved query on both stores, against the seed graph: exact columns and rows."""

from __future__ import annotations

from typing import Any

import pytest

from policy_kg.cypher.library import list_saved
from policy_kg.cypher.runner import run_saved
from policy_kg.graph.store import GraphStore

DOC = "000_023085569cee03f2"
TITLE = "重庆日报 2020-06-23 (seed page)"
BANK_CQ = "中国进出口银行重庆分行"
DIGITAL_PLAN = "重庆建设国家数字经济创新发展试验区工作方案"
AI_PLAN = "重庆市建设国家新一代人工智能创新发展试验区实施方案"
AI_LETTER = "关于支持重庆建设国家新一代人工智能创新发展试验区的函"
DIGITAL_ZONE = "国家数字经济创新发展试验区"
AI_ZONE = "国家新一代人工智能创新发展试验区"
SPRINGS = "“两翼” 即重庆高新区、重庆经开区为试验区建设两大侧翼"

# The gold FINANCED_BY relations whose lender is the Chongqing branch.
BANK_CQ_BORROWERS = [
    ("华邦健康", "Enterprise"), ("宗申集团", "Enterprise"), ("彭水水电", "Enterprise"), ("智飞生物", "Enterprise"),
    ("渝涪铁路有限责任公司", "Enterprise"), ("科瑞制药", "Enterprise"), ("轨道交通18号线", "Project"),
    ("轨道交通4号线", "Project"), ("重庆中美协同创新加速器及大数据学院项目", "Project"),
    ("重庆仙桃数据谷投资管理有限公司", "Enterprise"), ("重庆市南部新城产业投资集团", "Enterprise"),
    ("重庆迪马", "Enterprise"), ("重庆金凤电子", "Enterprise"), ("隆鑫通用", "Enterprise"),
]
DIGITAL_INDUSTRIES = ["5G", "人工智能", "区块链", "大数据", "数字文创", "新型显示", "智能建造", "智能终端", "物联网",
                      "网络安全", "软件及信息服务", "集成电路"]

# name -> (params, columns, rows as tuples in column order)
CASES: dict[str, tuple[dict[str, Any], list[str], list[tuple]]] = {
    "approvals": (
        {"name": DIGITAL_PLAN}, ["approved", "via", "approver", "approver_part_of"],
        [(DIGITAL_PLAN, "self", "中央网信办", []), (DIGITAL_PLAN, "self", "国家发展改革委", [])],
    ),
    "plans_covering_zone": (
        {"zone": "两江新区"}, ["plan", "kind", "covered_zone"],
        [(AI_LETTER, None, AI_ZONE), (AI_PLAN, None, AI_ZONE), (DIGITAL_PLAN, None, DIGITAL_ZONE)],
    ),
    "zone_layout": (
        {"zone": "数字经济创新发展试验区"}, ["part", "part_label", "kind", "role", "part_of"],  # by an alias
        [(z, "Zone", None, None, DIGITAL_ZONE) for z in ("两江新区", "渝北区", "重庆经开区", "重庆高新区")],
    ),
    "focus_industries": (
        {"name": DIGITAL_ZONE}, ["industry", "stated_for", "via"],
        [(i, DIGITAL_PLAN, "covers") for i in DIGITAL_INDUSTRIES],
    ),
    "zones_by_industry": (
        {"industry": "集成电路"}, ["zone", "kind", "via_plan"],
        [(DIGITAL_ZONE, None, DIGITAL_PLAN), ("重庆高新区", None, None)],
    ),
    "bank_borrowers": (
        {"bank": "进出口银行重庆分行"}, ["borrower", "borrower_label", "instrument", "amount", "lender"],
        [(b, label, None, None, BANK_CQ) for b, label in BANK_CQ_BORROWERS],
    ),
    "entities_in_region": (
        {"region": "重庆"}, ["label", "name", "adcode"],
        [("Project", "首批73项重大项目", None), ("Zone", "两江新区", None), ("Zone", DIGITAL_ZONE, None),
         ("Zone", AI_ZONE, None), ("Zone", "渝北区", None), ("Zone", "重庆市", None), ("Zone", "重庆经开区", None),
         ("Zone", "重庆高新区", None)],
    ),
    "financing_by_lender": (
        {"lender": "中国进出口银行"}, ["currency", "loans", "with_amount", "total"], [(None, 14, 0, 0)],
    ),
    "timeline": (  # the seed graph states no dates: its facts come undated (tests/test_dates.py has dated ones)
        {"name": "宗申集团"}, ["date", "basis", "source", "type", "target", "amount", "amount_value", "currency", "documents"],
        [(None, None, "宗申集团", "FINANCED_BY", BANK_CQ, None, None, None, [DOC])],
    ),
    "lenders": (
        {"name": "重庆市南部新城产业投资集团"}, ["lender", "instrument", "amount", "head_office"],
        [(BANK_CQ, None, None, "中国进出口银行"), ("新加坡星展银行", None, None, None)],
    ),
    "industry_enterprises": (
        {"industry": "医药"}, ["enterprise", "kind"],
        [("华邦健康", None), ("智飞生物", None), ("科瑞制药", None)],
    ),
    "agency_portfolio": (
        {"agency": "国家发改委"}, ["role", "subject", "subject_label"], [("approves", DIGITAL_PLAN, "Plan")],
    ),
    "documents_mentioning": (
        {"name": "人工智能"}, ["document", "title", "mentions"], [(DOC, TITLE, 50)],
    ),
    "relation_evidence": (
        {"source": "中国进出口银行重庆分行", "target": "重庆高新区"}, [], [],  # not related
    ),
    "co_mentioned": (
        {"name": "宗申集团", "limit": 3}, ["entity", "label", "documents"],
        [("5G", "Industry", 1), ("两江新区", "Zone", 1), ("中国进出口银行", "Enterprise", 1)],
    ),
    "search_entities": (
        {"text": "进出口银行"}, ["name", "label", "kind", "aliases", "rank", "id"],
        [("中国进出口银行", "Enterprise", None, ["进出口银行", "进出口银行总行"], 0, "Enterprise:中国进出口银行"),
         (BANK_CQ, "Enterprise", None, ["进出口银行重庆分行"], 1, f"Enterprise:{BANK_CQ}")],  # an alias starts with it
    ),
    "entity_card": (
        {"id": f"Enterprise:{BANK_CQ}"}, ["id", "label", "name", "kind", "aliases", "properties", "documents"],
        [(f"Enterprise:{BANK_CQ}", "Enterprise", BANK_CQ, None, ["进出口银行重庆分行"],
          {"aliases": ["进出口银行重庆分行"], "id": f"Enterprise:{BANK_CQ}", "name": BANK_CQ,
           "search_names": f"{BANK_CQ}|进出口银行重庆分行"}, [DOC])],
    ),
    "entity_facts": (
        {"id": "Zone:重庆高新区"}, ["type", "direction", "other_id", "other", "other_label", "properties"],
        [("FOCUSES_ON", "out", "Industry:集成电路", "集成电路", "Industry", {
            "evidence_document": [DOC], "evidence_end": [2091], "evidence_rule": ["gold"], "evidence_start": [2031],
            "evidence_sentence": ["其中重庆高新区重点探索重大数字技术攻关突破,推动集成电路等数字产业集聚化发展,开展国际前沿技术展览展示、"
                                  "国际交流合作等。"]})] + [
         ("PART_OF", "out", f"Zone:{zone}", zone, "Zone", {
             "evidence_document": [DOC], "evidence_end": [2029], "evidence_rule": ["gold"], "evidence_start": [2002],
             "evidence_sentence": [SPRINGS]}) for zone in (DIGITAL_ZONE, AI_ZONE)],
    ),
    "expand": (
        {"ids": [f"Enterprise:{BANK_CQ}"], "types": ["PART_OF", "SUPERVISED_BY"]}, ["source", "type", "target"],
        [({"label": "Enterprise", "aliases": ["进出口银行重庆分行"], "id": f"Enterprise:{BANK_CQ}", "name": BANK_CQ}, rel,
          {"label": label, "aliases": aliases, "id": f"{label}:{name}", "name": name})
         for rel, label, name, aliases in (
             ("PART_OF", "Enterprise", "中国进出口银行", ["进出口银行", "进出口银行总行"]),
             ("SUPERVISED_BY", "Agency", "人民银行重庆营管部", ["中国人民银行重庆营业管理部"]),
             ("SUPERVISED_BY", "Agency", "重庆银保监局", ["中国银保监会重庆监管局"]))],
    ),
    "relations_among": (
        {"ids": ["Enterprise:宗申集团", f"Enterprise:{BANK_CQ}", "Agency:重庆银保监局"]}, ["source", "type", "target"],
        [(f"Enterprise:{BANK_CQ}", "SUPERVISED_BY", "Agency:重庆银保监局"),
         ("Enterprise:宗申集团", "FINANCED_BY", f"Enterprise:{BANK_CQ}")],
    ),
    "document_card": (
        {"id": DOC}, ["id", "title", "properties"],
        [(DOC, TITLE, {"authors": [], "id": DOC, "kind": "page", "source": f"examples/{DOC}.txt", "title": TITLE})],
    ),
    "schema_summary": (
        {}, ["kind", "name", "count"],
        [("label", "Agency", 8), ("label", "Document", 1), ("label", "Enterprise", 17), ("label", "Industry", 19),
         ("label", "Plan", 4), ("label", "Project", 6), ("label", "Zone", 10),
         ("type", "APPROVED_BY", 3), ("type", "COORDINATED_BY", 2), ("type", "COVERS", 3), ("type", "FINANCED_BY", 15),
         ("type", "FOCUSES_ON", 21), ("type", "IN_INDUSTRY", 3), ("type", "ISSUED_BY", 1), ("type", "LOCATED_IN", 2),
         ("type", "MENTIONS", 64), ("type", "PART_OF", 9), ("type", "SUPERVISED_BY", 2)],
    ),
    "single_evidence_facts": (
        {"limit": 3}, ["source", "type", "target", "document", "sentence", "rule"],
        [(AI_ZONE, "APPROVED_BY", "科技部", DOC,
          ("今年2月26日,科技部批复《关于支持重庆建设国家新一代人工智能创新发展试验区的函》,支持我市建设国家新一代人工智能创新发展"
          "试验区(以下简称试验区),发挥人工智能在重庆建设西部大开发战略支点和国家中心城市中的重要作用,有力推动成渝地区双城经济圈创新发展。"),
          "gold")] + [
            (DIGITAL_PLAN, "APPROVED_BY", agency, DOC,
             ("6月22日,重庆日报记者从全市发展数字经济推进大会上获悉,《重庆建设国家数字经济创新发展试验区工作方案》(以下简称《方案》)"
             "已获国家发展改革委、中央网信办批复同意,于近日印发。"), "gold") for agency in ("中央网信办", "国家发展改革委")],
    ),
    "relations_of_type": (
        {"type": "IN_INDUSTRY"},
        ["source", "source_label", "target", "target_label", "role", "instrument", "amount", "documents", "sentences",
         "rules"],
        [(e, "Enterprise", "医药产业", "Industry", None, None, None, [DOC],
          [("支持战略性新兴产业,加大对智飞生物、华邦健康、科瑞制药等一批重庆市医药产业企业的金融支持力度,该行累计为11家疫情防控全国重点"
           "企业、市级重点企业及疫情防控物资生产企业提供贷款支持。")], ["gold"]) for e in ("华邦健康", "智飞生物", "科瑞制药")],
    ),
    "entity_profile": (
        {"name": BANK_CQ}, ["id", "name", "label", "kind", "aliases", "documents", "relationships"],
        [(f"Enterprise:{BANK_CQ}", BANK_CQ, "Enterprise", None, ["进出口银行重庆分行"], [DOC], 17)],
    ),
    "entity_relations": (
        {"name": "重庆高新技术产业开发区"},
        ["direction", "type", "other", "other_label", "role", "instrument", "amount", "documents", "sentences", "rules"],
        [("out", "FOCUSES_ON", "集成电路", "Industry", None, None, None, [DOC],
          ["其中重庆高新区重点探索重大数字技术攻关突破,推动集成电路等数字产业集聚化发展,开展国际前沿技术展览展示、国际交流合作等。"],
          ["gold"]),
         ("out", "PART_OF", DIGITAL_ZONE, "Zone", None, None, None, [DOC], [SPRINGS], ["gold"]),
         ("out", "PART_OF", AI_ZONE, "Zone", None, None, None, [DOC], [SPRINGS], ["gold"])],
    ),
    "documents": (
        {}, ["document", "title", "kind", "source", "authors", "page", "article", "entities"],
        [(DOC, TITLE, "page", f"examples/{DOC}.txt", [], None, None, 64)],
    ),
    "zone_industries": (
        {"limit": 13}, ["zone", "industry", "via_plan"],
        [(DIGITAL_ZONE, i, DIGITAL_PLAN) for i in DIGITAL_INDUSTRIES] + [(AI_ZONE, "仪器仪表", AI_PLAN)],
    ),
    "relation_links": (
        {"limit": 3}, ["source", "type", "target"],
        [(f"Enterprise:{BANK_CQ}", "PART_OF", "Enterprise:中国进出口银行"),
         (f"Enterprise:{BANK_CQ}", "SUPERVISED_BY", "Agency:人民银行重庆营管部"),
         (f"Enterprise:{BANK_CQ}", "SUPERVISED_BY", "Agency:重庆银保监局")],
    ),
    "top_connected": (
        {"label": "Zone", "limit": 4}, ["name", "label", "degree", "documents"],
        [(AI_ZONE, "Zone", 9, 1), (DIGITAL_ZONE, "Zone", 7, 1), ("重庆经开区", "Zone", 5, 1), ("重庆高新区", "Zone", 3, 1)],
    ),
}


def rows_as_tuples(rows: list[dict[str, Any]], columns: list[str]) -> list[tuple]:
    assert all(list(row) == columns for row in rows)
    return [tuple(row[c] for c in columns) for row in rows]


@pytest.mark.unit
def test_every_saved_query_has_a_store_test() -> None:
    tested = set(CASES) | {"neighbourhood", "shortest_path", "relation_evidence"}
    tested |= {"documents", "relation_links", "zone_industries"}  # the reports' queries, tested in test_report.py
    tested |= {"document_spans"}  # below
    assert {q.name for q in list_saved()} == tested
    assert len(tested) >= 15


@pytest.mark.parametrize("name", sorted(CASES))
def test_saved_query_rows(seed_store: GraphStore, name: str) -> None:
    params, columns, expected = CASES[name]
    assert rows_as_tuples(run_saved(name, params, seed_store), columns) == expected


def test_approvers_of_the_digital_plan_are_exactly_two(seed_store: GraphStore) -> None:
    rows = run_saved("approvals", {"name": "方案"}, seed_store)  # 《方案》 is the plan's alias
    assert [r["approver"] for r in rows] == ["中央网信办", "国家发展改革委"]


def test_approvals_follow_part_of_and_covers(seed_store: GraphStore) -> None:
    rows = run_saved("approvals", {"name": "两江新区"}, seed_store)
    assert [(r["approved"], r["via"], r["approver"]) for r in rows] == [
        (AI_ZONE, "part of", "科技部"),
        (DIGITAL_PLAN, "covers", "中央网信办"),
        (DIGITAL_PLAN, "covers", "国家发展改革委"),
    ]


def test_bank_borrowers_of_the_head_office_come_through_its_branch(seed_store: GraphStore) -> None:
    rows = run_saved("bank_borrowers", {"bank": "中国进出口银行", "limit": 2}, seed_store)
    assert [(r["borrower"], r["lender"]) for r in rows] == [("华邦健康", BANK_CQ), ("宗申集团", BANK_CQ)]


def test_neighbourhood_depth_two(seed_store: GraphStore) -> None:
    rows = run_saved("neighbourhood", {"name": "两江新区", "depth": 2}, seed_store)
    assert list(rows[0]) == ["source", "relationship", "target", "distance"]
    assert [(r["source"]["name"], r["relationship"]["type"], r["target"]["name"], r["distance"]) for r in rows] == [
        ("两江新区", "PART_OF", DIGITAL_ZONE, 1),
        ("两江新区", "PART_OF", AI_ZONE, 1),
        (AI_LETTER, "COVERS", AI_ZONE, 2),
        (AI_PLAN, "COVERS", AI_ZONE, 2),
        (DIGITAL_PLAN, "COVERS", DIGITAL_ZONE, 2),
        ("首批73项重大项目", "PART_OF", AI_ZONE, 2),
        (DIGITAL_ZONE, "COORDINATED_BY", "市数字经济创新发展领导小组", 2),
        (DIGITAL_ZONE, "LOCATED_IN", "重庆市", 2),
        (AI_ZONE, "APPROVED_BY", "科技部", 2),
        (AI_ZONE, "COORDINATED_BY", "试验区建设领导小组", 2),
        (AI_ZONE, "LOCATED_IN", "重庆市", 2),
        ("渝北区", "PART_OF", DIGITAL_ZONE, 2),
        ("重庆经开区", "PART_OF", DIGITAL_ZONE, 2),
        ("重庆经开区", "PART_OF", AI_ZONE, 2),
        ("重庆高新区", "PART_OF", DIGITAL_ZONE, 2),
        ("重庆高新区", "PART_OF", AI_ZONE, 2),
    ]
    first = rows[0]
    assert first["source"] == {"label": "Zone", "aliases": [], "id": "Zone:两江新区", "name": "两江新区"}
    assert first["relationship"] == {
        "type": "PART_OF", "evidence_document": [DOC], "evidence_end": [1967], "evidence_rule": ["gold"],
        "evidence_sentence": ["“一体” 即两江新区为试验区核心区主体"], "evidence_start": [1948],
    }


def test_neighbourhood_depth_one_is_the_direct_relationships(seed_store: GraphStore) -> None:
    rows = run_saved("neighbourhood", {"name": "两江新区"}, seed_store)
    assert [(r["target"]["name"], r["distance"]) for r in rows] == [(DIGITAL_ZONE, 1), (AI_ZONE, 1)]


def test_shortest_path_as_alternating_nodes_and_relationships(seed_store: GraphStore) -> None:
    rows = run_saved("shortest_path", {"source": "宗申集团", "target": "重庆银保监局"}, seed_store)
    assert [(r["names"], r["length"]) for r in rows] == [(["宗申集团", BANK_CQ, "重庆银保监局"], 2)]
    path = rows[0]["path"]
    assert [item.get("name", item.get("type")) for item in path] == [
        "宗申集团", "FINANCED_BY", BANK_CQ, "SUPERVISED_BY", "重庆银保监局"]
    assert path[0] == {"label": "Enterprise", "aliases": [], "id": "Enterprise:宗申集团", "name": "宗申集团"}


def test_all_shortest_paths_sorted_and_bounded(seed_store: GraphStore) -> None:
    params = {"source": "两江新区", "target": "重庆市"}
    rows = run_saved("shortest_path", params, seed_store)
    assert [r["names"] for r in rows] == [["两江新区", DIGITAL_ZONE, "重庆市"], ["两江新区", AI_ZONE, "重庆市"]]
    assert run_saved("shortest_path", {**params, "max_depth": 1}, seed_store) == []


def test_relation_evidence_with_document_title(seed_store: GraphStore) -> None:
    rows = run_saved("relation_evidence", {"source": BANK_CQ, "target": "宗申集团", "type": "FINANCED_BY"}, seed_store)
    assert rows == [{
        "source": "宗申集团", "type": "FINANCED_BY", "target": BANK_CQ, "document": DOC, "title": TITLE,
        "sentence": "支持传统型制造企业,助力其巩固优势、稳步发展、逐步升级,为宗申集团提供促进境内对外开放流动资金类贷款,"
                    "为隆鑫通用提供出口卖方信贷,支持摩托车整车制造转型升级及对外出口;",
        "start": rows[0]["start"], "end": rows[0]["end"], "rule": "gold",
    }]
    assert rows[0]["end"] - rows[0]["start"] == len(rows[0]["sentence"])
    assert run_saved("relation_evidence", {"source": BANK_CQ, "target": "宗申集团", "type": "PART_OF"}, seed_store) == []


def test_unknown_entity_gives_no_rows(seed_store: GraphStore) -> None:
    assert run_saved("bank_borrowers", {"bank": "不存在的银行"}, seed_store) == []


def test_document_spans_of_mentions_and_evidence_by_start(seed_store: GraphStore) -> None:
    rows = run_saved("document_spans", {"id": DOC}, seed_store)
    kinds = [row["kind"] for row in rows]
    assert (kinds.count("mention"), kinds.count("evidence"), len(rows)) == (264, 61, 325)  # every mention and evidence of the seed graph
    assert rows[:3] == [
        {"kind": "evidence", "start": 8, "end": 27, "source": f"Zone:{DIGITAL_ZONE}", "type": "COORDINATED_BY",
         "target": "Agency:市数字经济创新发展领导小组", "sentence": "重庆启动国家数字经济创新发展试验区建设"},
        {"kind": "evidence", "start": 8, "end": 27, "source": f"Zone:{DIGITAL_ZONE}", "type": "LOCATED_IN",
         "target": "Zone:重庆市", "sentence": "重庆启动国家数字经济创新发展试验区建设"},
        {"kind": "mention", "start": 8, "end": 10, "source": "Zone:重庆市", "type": None, "target": None, "sentence": None},
    ]
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
