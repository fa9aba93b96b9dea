"""Extraction: the seed page against its gold, and sentences of the genre from elsewhere.

The extra sentences name other provinces, banks and ministries than the seed
page: the rules must read them by pattern, suffix and cue word alone.
"""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from policy_kg.cli.app import cli
from policy_kg.graph.errors import ConfigError
from policy_kg.graph.model import Graph
from policy_kg.loaders import extract_files, gazetteer
from policy_kg.loaders.evaluate import evaluate_file
from policy_kg.loaders.extract import entities as recognisers
from policy_kg.loaders.extract import extract_documents, lexicons, pipeline
from policy_kg.loaders.extract.pipeline import extract_article
from policy_kg.loaders.extract.spans import find_words
from policy_kg.loaders.gold import read_gold

pytestmark = pytest.mark.unit

ROOT = Path(__file__).parent.parent
SEED_TEXT = ROOT / "examples" / "000_023085569cee03f2.txt"
SEED_GOLD = Path(__file__).parent / "data" / "000_023085569cee03f2.gold.yaml"


def extract(text: str, doc_id: str = "t") -> Graph:
    return extract_article(SimpleNamespace(id=doc_id, text=text))


def entities(graph: Graph, *labels: str) -> set[str]:
    """The graph's entity ids, only those of ``labels`` when some are given."""
    return {e for e in graph.entities if not labels or e.split(":", 1)[0] in labels}


def relations(graph: Graph) -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in graph.relations.values()}


def relation(graph: Graph, source: str, type_: str, target: str):
    return graph.relations[(source, type_, target)]


# ------------------------------------------------------------------- seed
def test_seed_page_meets_the_targets() -> None:
    score = evaluate_file(SEED_TEXT, SEED_GOLD)
    assert score.entity_total.f1 >= 0.95, score.missed + score.spurious
    assert score.relation_total.f1 >= 0.90, score.missed + score.spurious


def test_seed_relations_carry_evidence_in_their_article() -> None:
    result = extract_files([SEED_TEXT])
    assert result.failures == []
    assert sorted(result.graph.documents) == [f"000_023085569cee03f2#{i}" for i in (1, 2, 3)]
    from policy_kg.loaders.articles import extract_page

    texts = {a.id: a.text for a in extract_page(SEED_TEXT)}
    for rel in result.graph.relations.values():
        assert rel.evidence
        for ev in rel.evidence:
            assert texts[ev.document][ev.start:ev.end].strip() == ev.sentence
            assert ev.rule
    for entity in result.graph.entities.values():
        assert entity.mentions


def test_seed_financing_properties() -> None:
    graph = extract_files([SEED_TEXT]).graph
    bank = "Enterprise:中国进出口银行重庆分行"
    assert relation(graph, "Enterprise:宗申集团", "FINANCED_BY", bank).properties == {"instrument": "流动资金类贷款"}
    assert relation(graph, "Enterprise:隆鑫通用", "FINANCED_BY", bank).properties == {"instrument": "出口卖方信贷"}
    assert relation(graph, "Enterprise:重庆迪马", "FINANCED_BY", bank).properties == {"instrument": "流动资金贷款"}
    assert relation(graph, "Enterprise:重庆市南部新城产业投资集团", "FINANCED_BY", bank).properties == {
        "instrument": "融资性保函"}
    assert relation(graph, bank, "PART_OF", "Enterprise:中国进出口银行").properties == {"role": "分行"}


def test_a_fault_of_the_rules_fails_its_file_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected error on one article is a coded error naming it; the other files are extracted and written."""
    real_analyse = pipeline.analyse

    def analyse(article, default_city=""):
        if "故障" in article.text:
            raise KeyError("亿")
        return real_analyse(article, default_city)

    monkeypatch.setattr(pipeline, "analyse", analyse)
    (tmp_path / "good.txt").write_text("国家开发银行向重庆市交通开投集团发放贷款5亿元。", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("这一页让规则出了故障。", encoding="utf-8")
    output = tmp_path / "graph.json"
    done = CliRunner().invoke(cli, ["extract", str(tmp_path / "good.txt"), str(tmp_path / "bad.txt"), "-o", str(output)])
    assert done.exit_code == 1
    lines = done.output.splitlines()
    assert lines[0].endswith("bad.txt: [E140] the extraction rules stopped on article bad#1: KeyError: '亿'")
    assert lines[1].startswith("  fix: a fault of policy-kg, not of the file")
    assert [d["id"] for d in json.loads(output.read_text(encoding="utf-8"))["documents"]] == ["good#1"]


def test_an_error_raised_on_purpose_in_the_rules_keeps_its_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only unexpected faults become E140: a missing gazetteer package still says which package to install."""
    def analyse(article, default_city=""):
        raise ConfigError("the gazetteer of administrative divisions needs the cpca package", hint="pip install cpca")

    monkeypatch.setattr(pipeline, "analyse", analyse)
    with pytest.raises(ConfigError) as raised:
        extract_documents([SimpleNamespace(id="t", text="国家开发银行向重庆市交通开投集团发放贷款5亿元。")])
    assert (raised.value.code, raised.value.hint) == ("E410", "pip install cpca")


def test_lexicons_hold_no_name_of_the_seed_firms() -> None:
    gold = read_gold(SEED_GOLD)
    source = inspect.getsource(lexicons)
    firms = [e.name for e in gold.entities.values() if e.label == "Enterprise" and "银行" not in e.name]
    assert [name for name in firms if name in source] == []


# ------------------------------------------------------------- resolution
def test_short_title_is_the_plan_defined_earlier() -> None:
    graph = extract("《江西省建设国家数字经济创新发展试验区工作方案》(以下简称《方案》)近日印发。《方案》提出,江西将培育龙头企业。")
    plan = graph.entities["Plan:江西省建设国家数字经济创新发展试验区工作方案"]
    assert plan.aliases == {"方案"}
    assert plan.kind == "方案"
    assert len(plan.mentions) == 3
    assert not any(e.startswith("Plan:方案") for e in graph.entities)


def test_bank_references_resolve_to_branch_and_head_office() -> None:
    graph = extract("中国工商银行深圳市分行认真落实总行《关于支持民营企业发展的指导意见》。"
                    "该行为深圳华强电子有限公司提供授信。同时,分行向比亚迪提供贷款。")
    branch, head = "Enterprise:中国工商银行深圳市分行", "Enterprise:中国工商银行"
    assert relations(graph) == {
        (branch, "PART_OF", head),
        ("Plan:关于支持民营企业发展的指导意见", "ISSUED_BY", head),
        ("Enterprise:深圳华强电子有限公司", "FINANCED_BY", branch),
        ("Enterprise:比亚迪", "FINANCED_BY", branch),
    }
    assert relation(graph, "Enterprise:深圳华强电子有限公司", "FINANCED_BY", branch).properties == {"instrument": "授信"}


def test_this_bank_or_sub_branch_refers_and_opens_no_banks_name() -> None:
    # b233_05: 获得该银行贷款2.5亿元; b233_03: 更标志着该支行在现代农业发展…迈出坚实步伐 (该 is no part of a name)
    graph = extract("垫江牡丹花海景区建设项目获中国农业银行审批,获得该银行贷款2.5亿元。")
    assert entities(graph, "Enterprise") == {"Enterprise:中国农业银行"}
    graph = extract("近日,农发行兴文县支行投放贷款9600万元。此次贷款投放,更标志着该支行在现代农业发展方面迈出坚实步伐。")
    assert entities(graph, "Enterprise") == {"Enterprise:中国农业发展银行兴文县支行"}


def test_a_project_loan_made_is_no_works_name() -> None:
    # b234_04's headline: 投放项目贷款 is a loan of the kind 项目贷款 made, not works named 无锡农发行投放项目
    graph = extract("无锡农发行投放项目贷款支持当地国家物流枢纽升级")
    assert entities(graph) == {"Enterprise:中国农业发展银行无锡分行"}


def test_an_adverb_before_signing_is_no_part_of_the_partners_name() -> None:
    # b238_03: …与河南省南乐县先进制造业开发区成功签订“飞地园区”合作框架协议 (成功 is how it was signed)
    graph = extract("5月18日上午,永昌工业园区与河南省南乐县先进制造业开发区成功签订“飞地园区”合作框架协议。")
    assert entities(graph, "Enterprise") == set()


def test_self_references_are_the_city_of_the_article() -> None:
    graph = extract("合肥市发布人工智能发展规划。我市将打造智能语音产业集群,全市人工智能企业超过500家。")
    city = graph.entities["Zone:合肥市"]
    assert city.aliases == {"我市", "全市"}
    assert len(city.mentions) == 3
    assert relations(graph) == {("Zone:合肥市", "FOCUSES_ON", "Industry:智能语音")}


def test_enumeration_of_industries_is_expanded() -> None:
    graph = extract("苏州工业园区将重点发展纳米技术、生物医药、人工智能等产业。")
    assert relations(graph) == {
        ("Zone:苏州工业园区", "FOCUSES_ON", "Industry:纳米技术"),
        ("Zone:苏州工业园区", "FOCUSES_ON", "Industry:生物医药"),
        ("Zone:苏州工业园区", "FOCUSES_ON", "Industry:人工智能"),
    }


def test_shared_subject_of_a_layout_role_is_expanded() -> None:
    graph = extract("《陕西省建设国家新一代人工智能创新发展试验区实施方案》印发。"
                    "试验区构建“一核、两翼”格局,即西安高新区为试验区核心区,西咸新区、杨凌示范区为试验区两翼。")
    zone = "Zone:国家新一代人工智能创新发展试验区"
    parts = {(s, t): relation(graph, s, "PART_OF", t).properties["role"]
             for s, type_, t in relations(graph) if type_ == "PART_OF"}
    assert parts == {("Zone:西安高新区", zone): "核心区", ("Zone:西咸新区", zone): "侧翼",
                     ("Zone:杨凌示范区", zone): "侧翼"}


def test_same_entity_merges_across_documents_with_aliases() -> None:
    graph = extract_documents([
        SimpleNamespace(id="a", text="中国进出口银行湖北省分行为东风汽车集团提供出口卖方信贷。"),
        SimpleNamespace(id="b", text="进出口银行湖北省分行向东风汽车集团提供贷款。"),
    ])
    # one bank, whichever way a document writes it: the brand's full name is its canonical name
    branch = graph.entities["Enterprise:中国进出口银行湖北省分行"]
    assert branch.aliases == {"进出口银行湖北省分行"}
    assert {m.document for m in branch.mentions} == {"a", "b"}
    assert "Enterprise:进出口银行湖北省分行" not in graph.entities
    firm = graph.entities["Enterprise:东风汽车集团"]
    assert {m.document for m in firm.mentions} == {"a", "b"}


# ------------------------------------------------------ other provinces
def test_pilot_zone_plan_approved_by_two_central_agencies() -> None:
    graph = extract("近日,《四川省建设国家数字经济创新发展试验区实施方案》(以下简称《实施方案》)获国家发展改革委、"
                    "中央网信办批复同意。《实施方案》提出,四川将构建“一核、两翼、多点”的总体布局,即天府新区为试验区核心区,"
                    "成都高新区、绵阳经开区为试验区两大侧翼,宜宾等10个市为重要支撑节点。"
                    "我省将成立数字经济发展领导小组,统筹推进试验区建设。")
    plan, zone = "Plan:四川省建设国家数字经济创新发展试验区实施方案", "Zone:国家数字经济创新发展试验区"
    assert entities(graph) == {
        plan, zone, "Zone:四川省", "Zone:天府新区", "Zone:成都高新区", "Zone:绵阳经开区", "Zone:宜宾市",
        "Agency:国家发展改革委", "Agency:中央网信办", "Agency:数字经济发展领导小组",
    }
    assert relations(graph) == {
        (plan, "APPROVED_BY", "Agency:国家发展改革委"),
        (plan, "APPROVED_BY", "Agency:中央网信办"),
        (plan, "COVERS", zone),
        (zone, "LOCATED_IN", "Zone:四川省"),
        (zone, "COORDINATED_BY", "Agency:数字经济发展领导小组"),
        ("Zone:天府新区", "PART_OF", zone),
        ("Zone:成都高新区", "PART_OF", zone),
        ("Zone:绵阳经开区", "PART_OF", zone),
        ("Zone:宜宾市", "PART_OF", zone),
    }
    assert relation(graph, "Zone:宜宾市", "PART_OF", zone).properties == {"role": "支撑节点"}
    assert graph.entities["Zone:四川省"].aliases == {"四川", "我省"}


def test_plan_approved_by_a_ministry() -> None:
    graph = extract("《浙江省建设国家数字经济创新发展试验区工作方案》获国家发展改革委批复。")
    plan = "Plan:浙江省建设国家数字经济创新发展试验区工作方案"
    assert relations(graph) == {
        (plan, "APPROVED_BY", "Agency:国家发展改革委"),
        (plan, "COVERS", "Zone:国家数字经济创新发展试验区"),
        ("Zone:国家数字经济创新发展试验区", "LOCATED_IN", "Zone:浙江省"),
    }


def test_ministry_approves_a_letter_and_a_city_focuses_on_industries() -> None:
    graph = extract("今年3月,工业和信息化部批复《关于支持山东建设国家工业互联网示范区的函》,支持我省建设国家工业互联网示范区。"
                    "济南市将重点发展工业互联网、集成电路、生物医药等产业。")
    letter, zone = "Plan:关于支持山东建设国家工业互联网示范区的函", "Zone:国家工业互联网示范区"
    assert graph.entities[letter].kind == "函"
    assert relations(graph) == {
        (letter, "APPROVED_BY", "Agency:工业和信息化部"),
        (letter, "COVERS", zone),
        (zone, "LOCATED_IN", "Zone:山东省"),
        ("Zone:济南市", "FOCUSES_ON", "Industry:工业互联网"),
        ("Zone:济南市", "FOCUSES_ON", "Industry:集成电路"),
        ("Zone:济南市", "FOCUSES_ON", "Industry:生物医药"),
    }


def test_state_council_approves_a_free_trade_zone_and_a_bureau_issues_a_plan() -> None:
    graph = extract("近日省发展改革委印发《江苏省数字经济加速行动实施方案》。经国务院批准,设立中国(江苏)自由贸易试验区。")
    assert relations(graph) == {
        ("Plan:江苏省数字经济加速行动实施方案", "ISSUED_BY", "Agency:江苏省发展改革委"),
        ("Plan:江苏省数字经济加速行动实施方案", "COVERS", "Zone:江苏省"),
        ("Plan:江苏省数字经济加速行动实施方案", "FOCUSES_ON", "Industry:数字经济"),
        ("Zone:中国(江苏)自由贸易试验区", "APPROVED_BY", "Agency:国务院"),
        ("Zone:中国(江苏)自由贸易试验区", "LOCATED_IN", "Zone:江苏省"),  # named after the province
    }


# ------------------------------------------------------------ other banks
def test_branch_loan_with_instrument_and_amount() -> None:
    graph = extract("国家开发银行四川省分行为成都某某科技有限公司提供流动资金贷款5亿元。")
    branch = "Enterprise:国家开发银行四川省分行"
    assert entities(graph) == {branch, "Enterprise:成都某某科技有限公司"}  # the head office is not named apart
    loan = relation(graph, "Enterprise:成都某某科技有限公司", "FINANCED_BY", branch)
    assert loan.properties == {"instrument": "流动资金贷款", "amount": "5亿元", "amount_value": 500000000, "currency": "CNY"}
    assert [e.rule for e in loan.evidence] == ["lends_to"]
    assert relations(graph) == {("Enterprise:成都某某科技有限公司", "FINANCED_BY", branch)}


def test_loans_guidance_and_names_without_suffix() -> None:
    graph = extract("国家开发银行浙江省分行在人民银行杭州中心支行和浙江银保监局的指导下,为杭州海康威视数字技术股份有限公司"
                    "提供中长期贷款20亿元,向宁波舟山港集团有限公司发放项目贷款。该行还为吉利控股提供出口买方信贷。")
    branch = "Enterprise:国家开发银行浙江省分行"
    assert relations(graph) == {
        (branch, "SUPERVISED_BY", "Agency:人民银行杭州中心支行"),
        (branch, "SUPERVISED_BY", "Agency:浙江银保监局"),
        ("Enterprise:杭州海康威视数字技术股份有限公司", "FINANCED_BY", branch),
        ("Enterprise:宁波舟山港集团有限公司", "FINANCED_BY", branch),
        ("Enterprise:吉利控股", "FINANCED_BY", branch),
    }
    assert relation(graph, "Enterprise:吉利控股", "FINANCED_BY", branch).properties == {"instrument": "出口买方信贷"}


def test_project_financing_line_numbers_and_firms_of_an_industry() -> None:
    graph = extract("中国农业发展银行湖南省分行融资支持长沙地铁6号线和7号线项目,"
                    "并对三一重工、中联重科等一批工程机械企业加大信贷支持力度。")
    branch = "Enterprise:中国农业发展银行湖南省分行"
    assert relations(graph) == {
        ("Project:长沙地铁6号线", "FINANCED_BY", branch),
        ("Project:长沙地铁7号线", "FINANCED_BY", branch),
        ("Enterprise:三一重工", "FINANCED_BY", branch),
        ("Enterprise:中联重科", "FINANCED_BY", branch),
        ("Enterprise:三一重工", "IN_INDUSTRY", "Industry:工程机械"),
        ("Enterprise:中联重科", "IN_INDUSTRY", "Industry:工程机械"),
    }
    assert graph.entities["Project:长沙地铁7号线"].aliases == {"7号线"}


def test_firm_names_keep_their_inner_verbs() -> None:
    graph = extract("国家开发银行陕西省分行向西安城市建设投资有限公司发放项目贷款12亿元。")
    assert "Enterprise:西安城市建设投资有限公司" in graph.entities


def test_generic_firm_phrases_are_not_firms() -> None:
    graph = extract("该行累计为11家重点企业及物资生产企业提供贷款支持。")
    assert entities(graph) == set()


# ------------------------------------------------------------------ files
def test_extract_files_reports_a_bad_file_and_keeps_the_good(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("商务部印发《关于推进跨境电商综合试验区高质量发展的通知》。\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = extract_files([tmp_path, tmp_path / "missing.txt"])
    assert result.files == [good]
    assert sorted(p.name for p, _ in result.failures) == ["empty.txt", "missing.txt"]
    assert relations(result.graph) == {
        ("Plan:关于推进跨境电商综合试验区高质量发展的通知", "ISSUED_BY", "Agency:商务部")}


@pytest.mark.parametrize("text", ["", "\n\n", "没有任何名称的一句话。"])
def test_text_without_names_gives_an_empty_graph(text: str) -> None:
    graph = extract(text)
    assert (graph.entities, graph.relations) == ({}, {})


# ---------------------------------------------------------- a whole article
HUBEI_ARTICLE = (
    "本报讯(记者 王明)3月18日,记者从省政府新闻办召开的新闻发布会上获悉,经国务院同意,科技部、工业和信息化部近日联合印发《关于支持湖北建设国家新一代人工智能创新发展试验区的函》,支持武汉市建设国家新一代人工智能创新发展试验区(以下简称试验区)。\n\n"
    "据介绍,武汉市将以东湖高新区为核心区,武汉经开区、临空港经开区为两翼,江夏区、蔡甸区等为支撑节点,构建“一核两翼多点”的发展格局。到2025年,全市人工智能核心产业规模将突破1000亿元,带动相关产业规模超过5000亿元。\n\n"
    "根据《武汉市建设国家新一代人工智能创新发展试验区实施方案》,武汉将重点发展智能网联汽车、智能装备、光电子信息、生物医药等产业,打造具有全国影响力的人工智能产业集群。同时,武汉将加快建设武汉人工智能计算中心、长江存储二期项目等重大项目。\n\n"
    "为推进试验区建设,武汉市成立了由市政府主要领导任组长的试验区建设领导小组,统筹协调重大事项。市科技局、市经信局等部门将制定配套政策。湖北省发展改革委表示,将在项目审批、要素保障等方面给予支持。\n\n"
    "此外,中国建设银行湖北省分行与武汉市政府签署战略合作协议,未来5年将向试验区重点项目提供不低于500亿元的意向性融资支持。该行已为武汉光谷生物城建设投资有限公司提供固定资产贷款8亿元,为小米武汉总部项目提供项目贷款。\n\n"
)


def test_whole_article_from_another_province() -> None:
    graph = extract(HUBEI_ARTICLE)
    zone, branch = "Zone:国家新一代人工智能创新发展试验区", "Enterprise:中国建设银行湖北省分行"
    letter = "Plan:关于支持湖北建设国家新一代人工智能创新发展试验区的函"
    plan = "Plan:武汉市建设国家新一代人工智能创新发展试验区实施方案"
    assert entities(graph) == {
        letter, plan, zone, "Zone:湖北省", "Zone:武汉市", "Zone:东湖高新区", "Zone:武汉经开区", "Zone:临空港经开区",
        "Zone:江夏区", "Zone:蔡甸区", "Agency:国务院", "Agency:科技部", "Agency:工业和信息化部",
        "Agency:试验区建设领导小组", "Agency:武汉市科技局", "Agency:武汉市经信局", "Agency:湖北省发展改革委", "Agency:武汉市人民政府",
        "Agency:湖北省政府新闻办",
        "Industry:人工智能", "Industry:智能网联汽车", "Industry:智能装备", "Industry:光电子信息", "Industry:生物医药",
        "Project:武汉人工智能计算中心", "Project:长江存储二期项目", "Project:小米武汉总部项目",
        branch, "Enterprise:武汉光谷生物城建设投资有限公司", "Plan:战略合作协议",
    }
    assert relations(graph) == {
        (letter, "ISSUED_BY", "Agency:科技部"), (letter, "ISSUED_BY", "Agency:工业和信息化部"),
        (letter, "COVERS", zone), (plan, "COVERS", zone),
        (zone, "LOCATED_IN", "Zone:湖北省"), (zone, "LOCATED_IN", "Zone:武汉市"),
        ("Zone:东湖高新区", "PART_OF", zone), ("Zone:武汉经开区", "PART_OF", zone), ("Zone:临空港经开区", "PART_OF", zone),
        ("Zone:江夏区", "PART_OF", zone), ("Zone:蔡甸区", "PART_OF", zone),
        (zone, "COORDINATED_BY", "Agency:试验区建设领导小组"),
        ("Zone:武汉市", "FOCUSES_ON", "Industry:人工智能"), ("Zone:武汉市", "FOCUSES_ON", "Industry:智能网联汽车"),
        ("Zone:武汉市", "FOCUSES_ON", "Industry:智能装备"), ("Zone:武汉市", "FOCUSES_ON", "Industry:光电子信息"),
        ("Zone:武汉市", "FOCUSES_ON", "Industry:生物医药"),
        ("Enterprise:武汉光谷生物城建设投资有限公司", "FINANCED_BY", branch),
        ("Project:小米武汉总部项目", "FINANCED_BY", branch),
        # named after the city: they lie in it
        ("Project:武汉人工智能计算中心", "LOCATED_IN", "Zone:武汉市"), ("Zone:武汉经开区", "LOCATED_IN", "Zone:武汉市"),
        ("Enterprise:武汉光谷生物城建设投资有限公司", "LOCATED_IN", "Zone:武汉市"),
        # works of an article about a city it names three times and more lie in it
        ("Project:长江存储二期项目", "LOCATED_IN", "Zone:武汉市"), ("Project:小米武汉总部项目", "LOCATED_IN", "Zone:武汉市"),
        # the agreement a bank and a city sign is theirs, and covers the city
        ("Plan:战略合作协议", "ISSUED_BY", branch), ("Plan:战略合作协议", "ISSUED_BY", "Agency:武汉市人民政府"),
        ("Plan:战略合作协议", "COVERS", "Zone:武汉市"),
    }
    loan = relation(graph, "Enterprise:武汉光谷生物城建设投资有限公司", "FINANCED_BY", branch)
    assert loan.properties == {"instrument": "固定资产贷款", "amount": "8亿元", "amount_value": 800000000, "currency": "CNY"}
    assert graph.entities["Zone:武汉市"].aliases == {"武汉", "全市"}


BANK_ARTICLE = (
    "农行贵州分行:金融活水润黔中\n\n"
    "今年以来,农行贵州分行认真落实总行《关于支持西部大开发的指导意见》,在人民银行贵阳中心支行和贵州银保监局的指导下,累计向贵阳轨道交通集团有限公司投放贷款120亿元,支持贵阳地铁3号线建设。\n\n"
    "该行还为茅台集团提供供应链融资,为老干妈、贵州百灵等一批食品医药企业提供信用贷款,并通过银团贷款方式支持贵安新区大数据中心项目。\n\n"
    "同时,国家开发银行贵州省分行向遵义市交通建设投资有限公司发放专项贷款30亿元。截至6月末,该行各项贷款余额达2000亿元。\n\n"
)


def test_whole_bank_article_with_short_bank_names() -> None:
    graph = extract(BANK_ARTICLE)
    branch, other = "Enterprise:中国农业银行贵州省分行", "Enterprise:国家开发银行贵州省分行"
    assert graph.entities[branch].aliases == {"农行贵州分行"}  # short forms are named in full
    assert relations(graph) == {
        (branch, "PART_OF", "Enterprise:中国农业银行"),  # (总行 names the head office; 国家开发银行 is not named apart)
        ("Plan:关于支持西部大开发的指导意见", "ISSUED_BY", "Enterprise:中国农业银行"),
        (branch, "SUPERVISED_BY", "Agency:人民银行贵阳中心支行"), (branch, "SUPERVISED_BY", "Agency:贵州银保监局"),
        ("Enterprise:贵阳轨道交通集团有限公司", "FINANCED_BY", branch),
        ("Project:贵阳地铁3号线", "FINANCED_BY", branch),
        ("Enterprise:茅台集团", "FINANCED_BY", branch),
        ("Enterprise:老干妈", "FINANCED_BY", branch),
        ("Enterprise:贵州百灵", "FINANCED_BY", branch),
        # (一批食品医药企业: the kind of firms listed is their sector, see firms_kind_sectors)
        ("Enterprise:老干妈", "IN_INDUSTRY", "Industry:食品医药"), ("Enterprise:贵州百灵", "IN_INDUSTRY", "Industry:食品医药"),
        ("Project:贵安新区大数据中心项目", "FINANCED_BY", branch),
        ("Enterprise:遵义市交通建设投资有限公司", "FINANCED_BY", other),
    }
    assert relation(graph, "Enterprise:茅台集团", "FINANCED_BY", branch).properties == {"instrument": "供应链融资"}
    assert relation(graph, "Enterprise:遵义市交通建设投资有限公司", "FINANCED_BY", other).properties == {
        "instrument": "专项贷款", "amount": "30亿元", "amount_value": 3000000000, "currency": "CNY"}


def test_issuer_named_at_the_head_of_a_title() -> None:
    graph = extract("《杭州市人民政府办公厅关于印发杭州市数字经济发展三年行动计划的通知》近日发布。")
    plan = "Plan:杭州市人民政府办公厅关于印发杭州市数字经济发展三年行动计划的通知"
    assert graph.entities[plan].kind == "通知"
    assert graph.entities["Agency:杭州市人民政府办公厅"].kind == "office"
    assert relations(graph) == {(plan, "ISSUED_BY", "Agency:杭州市人民政府办公厅"), (plan, "COVERS", "Zone:杭州市")}


def test_county_focus_and_bodies_set_up_by_a_province() -> None:
    graph = extract("德清县将依托地理信息小镇,发展地理信息产业。浙江省成立数字经济发展领导小组办公室。")
    # a body a province sets up is the province's: named with it, the bare name an alias
    group = "Agency:浙江省数字经济发展领导小组办公室"
    # (地理信息小镇: a characteristic town, a zone of its own)
    assert entities(graph) == {"Zone:德清县", "Zone:地理信息小镇", "Industry:地理信息", "Zone:浙江省", group}
    assert graph.entities[group].aliases == {"数字经济发展领导小组办公室"}
    # (the town relied on, 依托, is not the sentence's subject)
    assert relations(graph) == {("Zone:德清县", "FOCUSES_ON", "Industry:地理信息"),
                                ("Zone:地理信息小镇", "LOCATED_IN", "Zone:德清县")}


def test_a_zone_a_park_is_built_on_or_relies_on_is_not_what_develops_the_sectors() -> None:
    # b210_03: 武汉开发区黄冈产业园以黄冈市高新技术产业园现有土地为基础,将依托武汉开发区品牌…,重点发展汽车零部件…
    graph = extract("标题\n\n武汉开发区黄冈产业园以黄冈市高新技术产业园现有土地为基础,将依托武汉开发区品牌和产业发展优势,"
                    "重点发展汽车零部件、电子电器、高端装备等产业集群。")
    # (黄冈产业园 is named for its place, not a sector)
    assert relations(graph) == {("Zone:武汉开发区黄冈产业园", "LOCATED_IN", "Zone:武汉开发区")} | {
        ("Zone:武汉开发区黄冈产业园", "FOCUSES_ON", f"Industry:{name}") for name in ("汽车零部件", "电子电器", "高端装备")}


@pytest.mark.parametrize("text", [
    "上市公司数量达到200家,市民满意度持续提升,市场主体活跃。",
    "推动城区、园区、社区和景区数字化改造,民营企业集团加快转型。",
    "在国家发展改革委的支持下,区块链等新业态加快发展。",
])
def test_generic_words_are_not_names(text: str) -> None:
    graph = extract(text)
    assert {e.label for e in graph.entities.values()} <= {"Agency", "Industry"}
    assert graph.relations == {}


def test_local_agencies_keep_the_he_that_joins_their_fields() -> None:
    graph = extract("广州市人民政府发布《广州市数字经济促进条例实施方案》,市工业和信息化局负责组织实施。"
                    "近日,浙江省经济和信息化厅印发通知。")
    assert entities(graph, "Agency") == {
        "Agency:广州市人民政府", "Agency:广州市工业和信息化局", "Agency:浙江省经济和信息化厅"}


def test_listed_sectors_partners_and_projects_that_settle_in_a_city() -> None:
    graph = extract("赣州市出台《关于加快发展数字经济的实施意见》。赣州将重点发展电子信息、稀土新材料等产业。"
                    "京东方第6代线项目正式落户绵阳。我市与华为、腾讯签署战略合作协议。")
    assert graph.entities["Zone:赣州市"].aliases == {"赣州", "我市"}
    assert {"Enterprise:华为", "Enterprise:腾讯", "Industry:稀土新材料"} <= entities(graph)
    assert relations(graph) == {
        ("Plan:关于加快发展数字经济的实施意见", "FOCUSES_ON", "Industry:数字经济"),
        ("Zone:赣州市", "FOCUSES_ON", "Industry:电子信息"),
        ("Zone:赣州市", "FOCUSES_ON", "Industry:稀土新材料"),
        ("Project:京东方第6代线项目", "LOCATED_IN", "Zone:绵阳市"),
        ("Plan:战略合作协议", "ISSUED_BY", "Enterprise:华为"), ("Plan:战略合作协议", "ISSUED_BY", "Enterprise:腾讯"),
    }


def test_a_place_named_with_its_suffix_is_the_same_place_without_it() -> None:
    graph = extract("支持黔东南州和台江县发展。台江县将重点发展苗绣产业,台江还将培育民族文化产业。")
    county = graph.entities["Zone:台江县"]
    assert county.aliases == {"台江"}
    assert len(county.mentions) == 3


# ------------------------------------------------------------- robustness
_PIECES = ["《", "》", "(以下简称《方案》)", "(以下简称试验区)", "重庆", "市", "区", "县", "银行", "分行", "该行", "总行",
           "为", "向", "提供", "贷款", "、", ",", "。", "\n", "国家", "试验区", "新区", "集团", "公司", "项目", "4号线",
           "和", "等", "产业", "人工智能", "批复", "获", "科技部", "我市", "“", "”", "一核", "两翼", "即", "领导小组",
           "成立", "在", "的指导下", "人民银行", "营管部", "5G", "a", " "]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_text_gives_a_consistent_graph(pieces: list[str]) -> None:
    text = "".join(pieces)
    graph = extract(text)
    for entity in graph.entities.values():
        assert entity.name
        for m in entity.mentions:
            assert 0 <= m.start < m.end <= len(text)
    for rel in graph.relations.values():
        for ev in rel.evidence:
            assert text[ev.start:ev.end].strip() == ev.sentence


def test_approval_of_places_building_a_zone_approves_the_zone() -> None:
    graph = extract("2019年10月,国家发展改革委、中央网信办正式批复浙江省、福建省等6省市建设国家数字经济创新发展试验区。")
    zone = "Zone:国家数字经济创新发展试验区"
    assert relations(graph) == {
        (zone, "APPROVED_BY", "Agency:国家发展改革委"), (zone, "APPROVED_BY", "Agency:中央网信办"),
        (zone, "LOCATED_IN", "Zone:浙江省"), (zone, "LOCATED_IN", "Zone:福建省"),
    }


def test_zone_approved_by_way_of_and_plan_issued_by_passive() -> None:
    graph = extract("雄安新区是经党中央、国务院批准设立的国家级新区。《成渝地区双城经济圈建设规划纲要》由中共中央、国务院印发。")
    plan = "Plan:成渝地区双城经济圈建设规划纲要"
    assert graph.entities["Agency:中共中央"].aliases == {"党中央"}
    assert graph.entities["Agency:中共中央"].kind == "government"
    assert relations(graph) == {
        ("Zone:雄安新区", "APPROVED_BY", "Agency:中共中央"), ("Zone:雄安新区", "APPROVED_BY", "Agency:国务院"),
        (plan, "ISSUED_BY", "Agency:中共中央"), (plan, "ISSUED_BY", "Agency:国务院"),
        (plan, "COVERS", "Zone:成渝地区双城经济圈"),
    }


def test_borrower_first_grants_of_credit_and_firms_that_are_of_a_sector() -> None:
    graph = extract("今年以来,老干妈获得农行贵州分行信用贷款2亿元。工行贵州分行向贵州茅台授信100亿元。"
                    "宁德时代是全球领先的新能源汽车动力电池企业。")
    assert relation(graph, "Enterprise:老干妈", "FINANCED_BY", "Enterprise:中国农业银行贵州省分行").properties == {
        "instrument": "信用贷款", "amount": "2亿元", "amount_value": 200000000, "currency": "CNY"}
    assert relation(graph, "Enterprise:贵州茅台", "FINANCED_BY", "Enterprise:中国工商银行贵州省分行").properties == {
        "instrument": "授信", "amount": "100亿元", "amount_value": 10000000000, "currency": "CNY"}
    assert ("Enterprise:宁德时代", "IN_INDUSTRY", "Industry:新能源汽车") in relations(graph)
    assert len(relations(graph)) == 3  # the two above and IN_INDUSTRY (the head offices are not named apart)


def test_zone_bodies_and_a_zone_named_with_and_without_its_province() -> None:
    graph = extract("随后,他来到四川天府新区,听取天府新区管委会的汇报。天府新区将聚焦人工智能、大数据等领域。")
    assert graph.entities["Zone:天府新区"].aliases == {"四川天府新区"}
    assert graph.entities["Agency:天府新区管委会"].kind == "bureau"
    assert relations(graph) == {("Zone:天府新区", "FOCUSES_ON", "Industry:人工智能"),
                                ("Zone:天府新区", "FOCUSES_ON", "Industry:大数据")}


def test_rhetoric_without_names_gives_almost_nothing() -> None:
    graph = extract("要深化供给侧结构性改革,加快建设现代化产业体系,推动高质量发展。各地区各部门要加强组织领导,"
                    "持续优化营商环境,激发市场主体活力。市场监管部门要加强执法检查。")
    assert (graph.entities, graph.relations) == ({}, {})


def test_central_agency_office_keeps_its_usual_name() -> None:
    graph = extract("国家发改委办公厅印发《关于做好2024年数字经济工作的通知》。")
    office = graph.entities["Agency:国家发展改革委办公厅"]
    assert (office.aliases, office.kind) == ({"国家发改委办公厅"}, "office")
    assert relations(graph) == {("Plan:关于做好2024年数字经济工作的通知", "ISSUED_BY", "Agency:国家发展改革委办公厅")}


def test_pilot_zones_named_after_a_province_without_the_state() -> None:
    graph = extract("浙江省数字经济创新发展试验区建设取得成效。福建省推进数字经济创新发展示范区建设。")
    assert entities(graph) == {"Zone:浙江省数字经济创新发展试验区", "Zone:福建省", "Zone:数字经济创新发展示范区"}
    assert relations(graph) == {("Zone:数字经济创新发展示范区", "LOCATED_IN", "Zone:福建省")}


def test_support_nodes_project_financing_and_a_provinces_leading_group() -> None:
    graph = extract("根据《实施方案》,四川将建设成都国家人工智能创新应用先导区(以下简称先导区)。"
                    "成都高新区为先导区核心区,绵阳、德阳等地为重要支撑节点。四川省将成立数字经济发展领导小组,统筹推进先导区建设。"
                    "国家开发银行四川省分行融资支持成都轨道交通19号线项目。")
    zone, branch = "Zone:国家人工智能创新应用先导区", "Enterprise:国家开发银行四川省分行"
    group = "Agency:四川省数字经济发展领导小组"
    assert relation(graph, "Zone:绵阳市", "PART_OF", zone).properties == {"role": "支撑节点"}
    assert ("Zone:德阳市", "PART_OF", zone) in relations(graph)
    assert ("Project:成都轨道交通19号线", "FINANCED_BY", branch) in relations(graph)
    assert graph.entities[group].aliases == {"数字经济发展领导小组"}
    assert (zone, "COORDINATED_BY", group) in relations(graph)


def test_slot_names_recur_and_sector_lists_by_head_noun() -> None:
    graph = extract("新区将构建“一核两翼多点”格局。谌家矶片区为新区核心区,重点发展数字经济、总部经济和现代金融;"
                    "阳逻开发区、武湖片区为新区两翼,阳逻开发区重点发展临港物流和新能源汽车。")
    assert {"Zone:谌家矶片区", "Zone:阳逻开发区", "Zone:武湖片区"} <= entities(graph)
    assert {("Zone:谌家矶片区", "FOCUSES_ON", "Industry:总部经济"), ("Zone:谌家矶片区", "FOCUSES_ON", "Industry:现代金融"),
            ("Zone:阳逻开发区", "FOCUSES_ON", "Industry:临港物流")} <= relations(graph)
    assert len(graph.entities["Zone:阳逻开发区"].mentions) == 2


def test_plans_without_brackets_and_titles_with_their_period() -> None:
    graph = extract("近日,浙江省人民政府印发关于加快推进数字经济高质量发展的实施意见,提出到2025年数字经济增加值突破5万亿元。"
                    "武汉市人民政府印发《武汉长江新区总体规划(2023—2035年)》。")
    opinion, plan = "Plan:关于加快推进数字经济高质量发展的实施意见", "Plan:武汉长江新区总体规划(2023—2035年)"
    assert graph.entities[opinion].kind == "意见" and graph.entities[plan].kind == "规划"
    assert {(opinion, "ISSUED_BY", "Agency:浙江省人民政府"), (plan, "ISSUED_BY", "Agency:武汉市人民政府"),
            (plan, "COVERS", "Zone:武汉长江新区")} <= relations(graph)


def test_a_defined_bank_short_name_is_its_full_name_and_lends_to_works() -> None:
    graph = extract("广西桂林农村商业银行股份有限公司(以下简称“桂林农商银行”)是小微企业的“贴心银行”。"
                    "该行向新疆水利发展投资(集团)有限公司发放贷款6亿元;为阳朔漓江旅游综合开发项目提供授信5亿元,"
                    "为某某学院新校区建设项目开具履约保函。")
    bank = "Enterprise:广西桂林农村商业银行"  # its registered name is the bank (股份有限公司 left out)
    borrowers = {"Enterprise:新疆水利发展投资(集团)有限公司", "Project:阳朔漓江旅游综合开发项目", "Project:某某学院新校区建设项目"}
    assert entities(graph) == {bank, *borrowers}
    assert relations(graph) == {(b, "FINANCED_BY", bank) for b in borrowers}


def test_parks_layout_roles_after_yi_and_sectors_of_an_enumeration() -> None:
    graph = extract("经上海市人民政府同意,上海市经济和信息化委员会印发《临港新片区国际数据经济产业园建设方案》。"
                    "产业园将以滴水湖科创总部湾为核心区。一是培育跨境数据服务、数据标注和智能算力等新兴业态。"
                    "在上海市委金融办的指导下推进。")
    park, plan = "Zone:临港新片区国际数据经济产业园", "Plan:临港新片区国际数据经济产业园建设方案"
    assert {"Agency:上海市委金融办", "Zone:滴水湖科创总部湾"} <= entities(graph)
    assert {(plan, "COVERS", park), (plan, "APPROVED_BY", "Agency:上海市人民政府"),
            ("Zone:滴水湖科创总部湾", "PART_OF", park), (park, "FOCUSES_ON", "Industry:跨境数据服务"),
            (park, "FOCUSES_ON", "Industry:数据标注"), (park, "FOCUSES_ON", "Industry:智能算力")} <= relations(graph)


def test_zones_led_by_a_place_and_groups_after_zai() -> None:
    graph = extract("天津将以天津港保税区为核心区,以东疆综合保税区、南港工业区为两翼。"
                    "在天津市推进京津冀协同发展领导小组统筹下,市交通运输委牵头。国家开发银行新疆维吾尔自治区分行聚焦水利建设。")
    assert {"Zone:天津港保税区", "Zone:东疆综合保税区", "Zone:南港工业区", "Agency:天津市推进京津冀协同发展领导小组",
            "Enterprise:国家开发银行新疆维吾尔自治区分行"} <= entities(graph)


def test_fields_and_activities_listed_before_projects_are_no_projects() -> None:
    assert entities(extract("全省加快推进交通、能源等重大项目建设。目前,城市更新、老旧小区改造等项目进展顺利。")) == set()
    graph = extract("目前,天津港北疆港区C段智能化集装箱码头、大港港区10万吨级航道工程等项目将于年内开工。")
    assert {"Project:天津港北疆港区C段智能化集装箱码头", "Project:大港港区10万吨级航道工程"} <= entities(graph)


def test_relative_agency_names_take_their_article_s_place_and_never_merge() -> None:
    graph = extract_documents([
        SimpleNamespace(id="a", text="重庆市印发数字经济方案。市科技局牵头推进。"),
        SimpleNamespace(id="b", text="成都市印发数字经济方案。市科技局牵头推进。"),
        SimpleNamespace(id="c", text="湖南省人民政府印发方案。省工业和信息化厅牵头。"),
    ])
    agencies = {e.name: e.aliases for e in graph.entities.values() if e.label == "Agency"}
    assert agencies == {"重庆市科技局": {"市科技局"}, "成都市科技局": {"市科技局"}, "湖南省人民政府": set(),
                        "湖南省工业和信息化厅": {"省工业和信息化厅"}}


def test_a_cue_character_inside_a_firm_name_does_not_cut_it() -> None:
    graph = extract("向重庆仙桃数据谷投资管理有限公司提供贷款。据悉,该公司将扩大投资。")
    assert "Enterprise:重庆仙桃数据谷投资管理有限公司" in graph.entities


def test_a_bare_zone_word_is_the_zone_last_named_and_counted_lists_are_its_sectors() -> None:
    # b6_01 and b3_02: 开发区 / 经开区 alone refer back; a zone inside an object (…示范区建设等机遇) is no subject
    graph = extract("一、同意设立四川邛崃经济开发区。开发区以食品饮料、医药为主导产业,设立地点在邛崃市。"
                    "二、同意设立四川古蔺经济开发区。开发区以酿酒为主导产业,设立地点在古蔺县。")
    focus = {r for r in relations(graph) if r[1] == "FOCUSES_ON"}
    assert focus == {("Zone:四川邛崃经济开发区", "FOCUSES_ON", "Industry:食品饮料"),
                     ("Zone:四川邛崃经济开发区", "FOCUSES_ON", "Industry:医药"),
                     ("Zone:四川古蔺经济开发区", "FOCUSES_ON", "Industry:酿酒")}
    graph = extract("图为张家口经开区重点项目集中开工仪式现场。今年,经开区将抢抓冬奥会筹办、可再生能源示范区建设等重大机遇,"
                    "全面培强“新能源、生物科技、楼宇经济、现代服务、文体旅游康养”五大主导产业。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == {
        ("Zone:张家口经开区", "FOCUSES_ON", f"Industry:{i}") for i in ("新能源", "生物科技", "楼宇经济", "现代服务", "文体旅游康养")}


def test_industrial_parks_named_by_an_approval_and_parks_a_zone_includes() -> None:
    # b8_02, b8_03: 工业园 ends a zone's name; 定名为 gives zones their names; 省政府 is the 人民政府
    graph = extract("山西省政府同意设立古县经济技术开发区。古县经济技术开发区规划面积11.01平方公里,包括涧河工业园和华宝工业园。")
    assert relations(graph) >= {("Zone:古县经济技术开发区", "APPROVED_BY", "Agency:山西省人民政府"),
                                ("Zone:涧河工业园", "PART_OF", "Zone:古县经济技术开发区"),
                                ("Zone:华宝工业园", "PART_OF", "Zone:古县经济技术开发区")}
    graph = extract("近日,江西省政府批复同意在南昌县、鹰潭市设立省级产业园,分别定名为南昌县汽车及零部件产业园、鹰潭移动物联网产业园。")
    assert {r for r in relations(graph) if r[1] == "APPROVED_BY"} == {
        ("Zone:南昌县汽车及零部件产业园", "APPROVED_BY", "Agency:江西省人民政府"),
        ("Zone:鹰潭移动物联网产业园", "APPROVED_BY", "Agency:江西省人民政府")}


def test_sectors_of_a_signing_belong_to_the_place_the_article_names_most() -> None:
    # b6_09: the sentence names no zone; the district the article is about develops the sectors
    graph = extract("大渡口区一季度集中签约项目23个。此次签约项目总协议金额超过72亿元,涉及大数据智能化、生物医药、消费服务等领域。"
                    "大渡口区将持续优化营商环境。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == {
        ("Zone:大渡口区", "FOCUSES_ON", f"Industry:{i}") for i in ("大数据智能化", "生物医药", "消费服务")}


def test_a_sub_branch_is_part_of_the_branch_the_article_names() -> None:
    # b4_05: 中行阳新支行 answers to 中行黄石分行
    graph = extract("中行黄石分行与阳新县签署合作协议。中行阳新支行负责人主动对接当地城市建设开发有限公司。")
    assert ("Enterprise:中国银行阳新支行", "PART_OF", "Enterprise:中国银行黄石分行") in relations(graph)


def test_generic_works_are_no_projects_whichever_rule_reads_them() -> None:
    # b8_05: 南阳市战略性项目, 南阳分行给予该项目 and 高铁片区项目 of a place name no work; 黑龙江省百大项目 is a programme
    graph = extract("中原银行南阳分行给予该项目授信。该项目是南阳市战略性项目。华能萝北风电项目是黑龙江省百大项目之一。")
    projects = entities(graph, "Project")
    assert projects == {"Project:华能萝北风电项目", "Project:黑龙江省百大项目"}
    # b95_06, b85_06, b90_09, b93 pages: whose works or what kind of works, not which
    for name in ("开封单体项目", "就双方合作项目", "入园项目", "市发改委项目", "科技金融项目", "物业租售项目"):
        assert recognisers.generic_works(name), name
    assert not recognisers.generic_works("鼎晖百孚传感器项目")
    # b413_04, b413_05: a scheme's kind of works (生态环境导向开发, EOD) names none
    for name in ("(EOD)模式试点项目", "全国EOD项目", "EOD入库项目", "环保治理项目"):
        assert recognisers.generic_works(name), name
    assert not recognisers.generic_works("无锡大美阳山EOD项目")


def test_a_zones_plan_named_without_brackets_covers_the_zone() -> None:
    # b1_02: 要认真做好云南滇中新区发展总体规划编制工作
    graph = extract("国务院同意设立云南滇中新区。要认真做好云南滇中新区发展总体规划编制工作。")
    assert ("Plan:云南滇中新区发展总体规划", "COVERS", "Zone:云南滇中新区") in relations(graph)


def test_the_reply_an_article_reports_covers_every_zone_it_approves() -> None:
    # b6_02: 根据《…的复函》,经省政府同意,整合设立A、B
    graph = extract("根据《浙江省人民政府办公厅关于整合设立浙江文成等经济开发区的复函》,经省政府同意,"
                    "整合设立浙江文成经济开发区、浙江泰顺经济开发区,实行省级经济开发区政策。")
    reply = "Plan:浙江省人民政府办公厅关于整合设立浙江文成等经济开发区的复函"
    assert {r for r in relations(graph) if r[1] == "COVERS"} == {
        (reply, "COVERS", "Zone:浙江文成经济开发区"), (reply, "COVERS", "Zone:浙江泰顺经济开发区")}


def test_a_request_received_was_issued_by_every_addressee_of_the_reply() -> None:
    # d03: 江苏省人民政府、科技部: 你们《关于徐州市创建…的请示》收悉
    graph = extract("江苏省人民政府、科技部:\n你们《关于徐州市创建国家可持续发展议程创新示范区的请示》收悉。现批复如下:")
    request = "Plan:关于徐州市创建国家可持续发展议程创新示范区的请示"
    assert {r for r in relations(graph) if r[1] == "ISSUED_BY"} == {
        (request, "ISSUED_BY", "Agency:江苏省人民政府"), (request, "ISSUED_BY", "Agency:科技部")}


def test_projects_counted_by_sector_name_the_zones_sectors() -> None:
    # b7_08: 在7个项目中,信息技术项目2项,物流商贸项目2项; b7_10: 工程机械… is one project name
    graph = extract("海东工业园区签约项目7项。在7个项目中,信息技术项目2项,物流商贸项目2项,先进制造项目1项。"
                    "海东工业园区将做好服务。辽宁华宇镁建材有限公司投资的工程机械动力系统油改电项目已签约。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == {
        ("Zone:海东工业园区", "FOCUSES_ON", f"Industry:{i}") for i in ("信息技术", "物流商贸", "先进制造")}
    assert "Project:工程机械动力系统油改电项目" in entities(graph)


def test_quoted_works_county_sub_branches_and_tagged_titles() -> None:
    # b9_07, b9_06, b9_01, b9_03
    graph = extract("农发行安徽分行对“引江济淮二期工程”授信200亿元。近日,农发行四川夹江县支行再投放贷款。\n"
                    "【地方】(2016)河北省人民政府关于辛集市开发区优化整合方案的批复\n同意设立福州高新技术产业园区。")
    assert {"Project:引江济淮二期工程", "Enterprise:中国农业发展银行夹江县支行",
            "Plan:河北省人民政府关于辛集市开发区优化整合方案的批复", "Zone:福州高新技术产业园区"} <= entities(graph)
    assert ("Project:引江济淮二期工程", "FINANCED_BY", "Enterprise:中国农业发展银行安徽省分行") in relations(graph)


def test_the_bodies_of_any_division_of_the_gazetteer() -> None:
    # b4_03, b8_02: 安庆市和潜山县政府要加强对开发区扩区工作的领导; 省商务厅要…做好对X的指导
    graph = extract("同意安徽潜山经济开发区扩区。安庆市和潜山县政府要加强对开发区扩区工作的领导。")
    assert "Agency:潜山县人民政府" in entities(graph)
    assert ("Zone:安徽潜山经济开发区", "COORDINATED_BY", "Agency:潜山县人民政府") in relations(graph)


def test_divisions_renamed_in_recent_years_are_known_under_both_names() -> None:
    # b243_07 (2020): 宁乡县 became 宁乡市 in 2017; the older table lacks it, the newer one lacks 宁乡县
    assert gazetteer.division_properties("宁乡市") == {
        "adcode": "430182", "level": "county", "province": "湖南省", "prefecture": "长沙市"}
    assert gazetteer.division_properties("宁乡县")["adcode"] == "430124"
    assert gazetteer.by_name().get("雄安新区") is None  # a functional area the newer table codes: a zone, no division
    graph = extract("农发行宁乡市支行2月28日紧急再投放1.5亿元支持宁乡市妇幼保健院项目的建设。宁乡市政府要求项目要尽早全面完工。")
    assert entities(graph, "Agency") == {"Agency:宁乡市人民政府"}


def test_a_kind_of_zone_counted_is_no_zone_name() -> None:
    # b246_01, b229_04: 包括江苏三家旅游度假区在内的17家度假区; 又一个氢能产业园; 五家渠 is a place
    graph = extract("国家旅游局宣布包括江苏三家旅游度假区在内的17家度假区创建为首批国家级旅游度假区。济源又一个氢能产业园开工。"
                    "五家渠青格达湖旅游度假区入选。")
    assert entities(graph, "Zone") == {"Zone:五家渠青格达湖旅游度假区"}


def test_what_is_done_to_works_opens_no_work() -> None:
    # b248_02, b215_05: 主动推荐项目融资信息, 主动承接项目融资需求, 主动介入项目规划
    graph = extract("各项目实施单位和中国工商银行西安分行将加强沟通对接,主动推荐项目融资信息、主动承接项目融资需求。"
                    "即墨区支行迅速跟进对接,主动介入项目规划。")
    assert entities(graph, "Project") == set()


def test_a_common_word_in_a_borrowers_place_names_no_firm() -> None:
    # b247_07, b245_02: 加大融资支持力度; 为供应商提供融资 (a firm named by a common word, 网易, still is one)
    graph = extract("国家开发银行有关负责人表示,下一步,该行将聚焦水利发展重点领域和薄弱环节,加大融资支持力度。"
                    "中国农业银行为供应商提供融资。")
    assert entities(graph, "Enterprise") == {"Enterprise:国家开发银行", "Enterprise:中国农业银行"}
    assert relations(graph) == set()
    assert relations(extract("中国农业银行为网易提供融资。")) == {("Enterprise:网易", "FINANCED_BY", "Enterprise:中国农业银行")}
    # b260_08: 该行已累计为当地投放…贷款 (the locality is no firm)
    graph = extract("农发行章丘区支行投放贷款1亿元。近年来,该行已累计为当地投放改善农村人居环境贷款达30亿余元。")
    assert entities(graph) == {"Enterprise:中国农业发展银行章丘区支行"}


def test_zone_names_run_together_are_read_apart() -> None:
    # b10_03: the page lists the zones with no separator
    graph = extract("经省政府同意,整合设立浙江鹿城经济开发区浙江乐清湾临港经济开发区衢州智造新城浙江莲都经济开发区。")
    zones = entities(graph, "Zone")
    assert {"Zone:浙江乐清湾临港经济开发区", "Zone:浙江莲都经济开发区"} <= zones
    assert not any(z.endswith(("开发区浙江乐清湾临港经济开发区", "新城浙江莲都经济开发区")) for z in zones)


def test_sectors_named_after_a_colon_or_in_a_half_known_list() -> None:
    # b9_03: 主要产业:A、B等; 增加A、B、C、D等产业 with two of four items holding a known sector
    graph = extract("同意设立福州高新技术产业园区。福州高新技术产业园区主要产业:移动通讯设备、手机等。"
                    "今后发展方向:在保留原有主要产业基础上增加POS终端、数字电视机顶盒、汽车电子、芯片设计开发等产业。")
    assert {r[2] for r in relations(graph) if r[1] == "FOCUSES_ON"} == {
        f"Industry:{i}" for i in ("移动通讯设备", "手机", "POS终端", "数字电视机顶盒", "汽车电子", "芯片设计开发")}


def test_programmes_of_works_are_counted_with_or_without_a_kind() -> None:
    # b9_08, b9_10, b7_07: 12个重点项目, 10个招商引资项目, 27个建设项目
    graph = extract("洪湖市集中开工12个重点项目,签约10个招商引资项目。昆明片区27个建设项目集中开工。")
    assert entities(graph, "Project") == {
        "Project:12个重点项目", "Project:10个招商引资项目", "Project:27个建设项目"}


def test_works_named_by_what_they_do_or_the_verb_before_them_name_no_work() -> None:
    # b103_07, b116_07, b113_10: what works do or are; b109_03: a verb of signing before the work
    names = entities(extract("推进产业链延伸项目和标杆项目建设,引进汽车零部件下游强链壮链项目。"
                             "中国电建集团贵州工程有限公司与招商银行贵阳分行在贵阳签订阿根廷100兆瓦光伏项目融资协议。"))
    assert {e for e in names if e.startswith("Project:")} == {"Project:阿根廷100兆瓦光伏项目"}


def test_a_page_naming_a_development_zone_far_more_often_than_a_new_area_is_the_zones() -> None:
    # b326_01: the zone's profile names 广元经济技术开发区 (or 开发区) five times with its title, the 三江新区 it took in twice; the
    # sentence without a subject gives the zone's sectors
    page = ROOT / "tests/data/real/batch326/b326_01_vccao_guangyuan-etdz-profile-1993-provincial-2012-national.txt"
    graph = extract("广元经济技术开发区\n\n" + page.read_text(encoding="utf-8").split("\n")[4])  # (its title, then its text)
    focus = {t for s, r, t in relations(graph) if r == "FOCUSES_ON" and s == "Zone:广元经济技术开发区"}
    assert focus == {f"Industry:{i}" for i in ("电子机械", "食品饮料", "有色金属", "生物医药", "纺织服装", "新型材料", "能源化工", "现代服务业")}
    assert not any(s == "Zone:三江新区" and r == "FOCUSES_ON" for s, r, _ in relations(graph))


def test_an_items_number_opens_no_works_name_or_list_name() -> None:
    # b325_01: 1.上海飞扬青少年冰上运动项目 (a numbered line); b162_09: 2.2010年度河南省十快产业集聚区名单 (the year stays)
    graph = extract("标题\n\n1.上海飞扬青少年冰上运动项目\n\n2.2010年度河南省十快产业集聚区名单\n")
    assert entities(graph, "Project", "Plan") == {"Project:上海飞扬青少年冰上运动项目", "Plan:2010年度河南省十快产业集聚区名单"}


def test_a_firm_named_before_its_subsidiary_is_not_the_borrower() -> None:
    # b123_08 (shortened): 公司控股子公司昌泰公司…与国家开发银行江西省分行签订银团贷款合同
    graph = extract("江西赣粤高速公路股份有限公司公告。根据决议,公司控股子公司江西昌泰高速公路有限责任公司与国家开发银行"
                    "江西省分行、中国银行股份有限公司江西省分行签订银团贷款合同。")
    assert {r for r in relations(graph) if r[1] == "FINANCED_BY"} == {
        ("Enterprise:江西昌泰高速公路有限责任公司", "FINANCED_BY", "Enterprise:国家开发银行江西省分行"),
        ("Enterprise:江西昌泰高速公路有限责任公司", "FINANCED_BY", "Enterprise:中国银行江西省分行")}


def test_the_clauses_words_before_a_firm_are_no_part_of_its_name() -> None:
    # b331_10, b332_03, b331_09 (shortened)
    graph = extract("公司拟在银川市西夏区注册设立宁夏李子园食品有限公司。作为全球领先的汽车零部件生产商之一德国博世集团在成都投资。"
                    "协议约定砂粉集团拟投资10亿元。")
    assert entities(graph, "Enterprise") == {"Enterprise:宁夏李子园食品有限公司", "Enterprise:德国博世集团",
                                             "Enterprise:砂粉集团"}


def test_in_a_firms_notice_the_company_before_its_subsidiary_is_that_firm() -> None:
    # b331_09: …股份有限公司发布公告称,公司全资子公司X与…签订
    graph = extract("11月22日晚,北京东方雨虹防水技术股份有限公司发布公告称,公司全资子公司东方雨虹砂粉科技集团有限公司"
                    "与江西省吉安市永丰县人民政府签订《投资协议书》。")
    assert {r for r in relations(graph) if r[1] == "PART_OF"} == {
        ("Enterprise:东方雨虹砂粉科技集团有限公司", "PART_OF", "Enterprise:北京东方雨虹防水技术股份有限公司")}
    assert len(graph.entities["Enterprise:北京东方雨虹防水技术股份有限公司"].mentions) == 2  # (公司 is one of them)


def test_a_firm_named_after_its_owner_and_a_word_of_belonging_is_its_part() -> None:
    # b398_02: 由广晟控股集团所属华建集团华建工程公司承建 (the firm right after 所属 is the owner's)
    graph = extract("近日,由广晟控股集团所属华建集团华建工程公司承建的中山市石岐伊电园数字经济基地及配套基础设施建设项目正式开工。")
    assert {r for r in relations(graph) if r[1] == "PART_OF"} == {
        ("Enterprise:华建集团", "PART_OF", "Enterprise:广晟控股集团")}


def test_a_person_by_their_office_is_no_work() -> None:
    # b404_04: 市委副书记陈正邦、副市长吴晓丹出席了食用菌等项目的集中开工典礼 (who attended, no list of works);
    # b419_07: 主任吴正新来到项目现场; a place's 长 opening the next word is no office (b291_09)
    graph = extract("市委副书记陈正邦、副市长吴晓丹出席了食用菌等项目的集中开工典礼。")
    assert entities(graph, "Project") == set()
    graph = extract("6月19日,市国资委党委书记、主任吴正新来到项目现场调研。于都县长征国家文化公园项目开工。")
    assert entities(graph, "Project") == {"Project:于都县长征国家文化公园项目"}


def test_a_places_factory_is_a_firm() -> None:
    # b405_03, b405_01, b170_08: a factory by the name it trades under; the works a place builds are no firm
    graph = extract("浙江中烟与宁波卷烟厂签约。永州复烤厂搬迁。佛山市面粉厂改制。汉川市城市污水处理厂开工。河北大厂县城。")
    assert entities(graph, "Enterprise") == {"Enterprise:宁波卷烟厂", "Enterprise:永州复烤厂", "Enterprise:佛山市面粉厂"}


def test_a_place_a_body_designates_is_approved_by_it_only_in_the_passive() -> None:
    # b408_08: 政和县被福建省林业局列为…项目县; without 被 the place is no object of the body's listing
    assert relations(extract("2023年,政和县被福建省林业局列为竹产业一二三产融合发展项目县。")) \
        == {("Zone:政和县", "APPROVED_BY", "Agency:福建省林业局")}
    assert relations(extract("2023年,政和县与福建省林业局列为竹产业一二三产融合发展项目县。")) == set()


def test_the_sectors_a_place_forms_its_chains_of_are_its_focus() -> None:
    # b393_02 (shortened): 形成A、B…“5+2”产业链 after the place; 做强做优产业链 names no sector
    graph = extract("近年来,扶风县在做强做优产业链的基础上培育壮大产业集群,形成汽车零部件、生物医药、食品加工、新材料“5+2”产业链。")
    assert relations(graph) == {("Zone:扶风县", "FOCUSES_ON", f"Industry:{sector}")
                                for sector in ("汽车零部件", "生物医药", "食品加工", "新材料")}


def test_a_parks_name_after_a_word_of_place_may_run_to_ten_characters() -> None:
    # b403_02: 在湖北农机装备循环利用产业园生产 (ten characters before 产业园)
    assert entities(extract("计划投资近亿元,在湖北农机装备循环利用产业园生产水稻抛秧机。"), "Zone") \
        == {"Zone:湖北农机装备循环利用产业园"}


def test_what_follows_in_a_zone_and_of_lies_there() -> None:
    # b402_05: 在兴化市陈堡镇精密铸造产业园的泰州菲林精密轴承制造有限公司生产车间
    graph = extract("在兴化市陈堡镇精密铸造产业园的泰州菲林精密轴承制造有限公司生产车间,6台离心机正安静运转。")
    assert {r for r in relations(graph) if r[0].startswith("Enterprise")} == {
        ("Enterprise:泰州菲林精密轴承制造有限公司", "LOCATED_IN", "Zone:兴化市陈堡镇精密铸造产业园")}


def test_a_work_lies_where_its_ceremony_is_held() -> None:
    # b396_07, b361_03: the work's ceremony is held in the place; the last place named is the most precise
    graph = extract("7月18日,春凯智能小家电研发生产技改项目动工仪式在黄圃镇举行。")
    assert relations(graph) == {("Project:春凯智能小家电研发生产技改项目", "LOCATED_IN", "Zone:黄圃镇")}
    graph = extract("3月30日,汾酒2030技改原酒产储能扩建项目(一期)启动仪式在汾阳市杏花村经济技术开发区举行。")
    assert relations(graph) == {("Project:汾酒2030技改原酒产储能扩建项目(一期)", "LOCATED_IN", "Zone:汾阳市杏花村经济技术开发区")}


def test_the_places_a_bodys_list_names_are_approved_by_it() -> None:
    # b425_01: …公布…名单,九江市武宁县、…获评…称号 (each county, not the prefecture before it)
    graph = extract("记者11月6日获悉,生态环境部日前公布第四批国家生态文明建设示范市县名单,九江市武宁县、赣州市寻乌县"
                    "获评第四批国家生态文明建设示范市县称号。")
    assert {r for r in relations(graph) if r[1] == "APPROVED_BY"} == {
        ("Zone:武宁县", "APPROVED_BY", "Agency:生态环境部"), ("Zone:寻乌县", "APPROVED_BY", "Agency:生态环境部")}


def test_where_a_work_lies_opens_no_works_name() -> None:
    # b321_07: 该项目位于X项目北侧 (the work lies beside another; 位于 is no part of that one's name)
    names = entities(extract("该项目位于楚雄高新区彝风湿地小镇项目北侧至青山湖水库区域,预计总投资50亿元。"), "Project")
    assert names == {"Project:楚雄高新区彝风湿地小镇项目"}


def test_a_bylines_bracket_opens_no_firms_name() -> None:
    # b109_03, b112_06: a reporter's name in brackets, or its closing bracket, before the firm
    graph = extract("贵阳电(记者张伟)中国电建集团贵州工程有限公司与招商银行贵阳分行签约。\n"
                    "(记者董学彦)河南水利建设投资有限公司与中国农业发展银行河南省分行签订融资合作协议。")
    firms = entities(graph, "Enterprise")
    assert "Enterprise:河南水利建设投资有限公司" in firms and not any("记者" in e or ")" in e for e in firms)


def test_a_datelines_bracketed_reporter_and_banks_registered_before_their_branch() -> None:
    # b306_02: the reporter's bare name after 日电; a branch after a bank's registered name, with a place in brackets;
    # where the money comes from (来自银行界) and a kind of bank (中外银行) name no bank
    graph = extract("新华网上海6月8日电(张家菱)中芯国际集成电路制造(上海)有限公司8日与18家国内及国际银团签订为期5年、"
                    "金额达6亿美元的银团贷款协议。这笔巨额贷款由荷兰银行有限公司上海分行、中国银行(香港)有限公司上海分行、"
                    "交通银行新区支行为牵头行共同参与。这是中芯国际成立以来首次在国际金融市场与中外银行合作的项目。"
                    "中芯国际在整个融资活动中共收到来自银行界8亿5千万美元的贷款承诺。")
    firm = "Enterprise:中芯国际集成电路制造(上海)有限公司"
    assert entities(graph, "Enterprise") == {firm, "Enterprise:荷兰银行上海分行", "Enterprise:中国银行(香港)有限公司上海分行",
                                             "Enterprise:交通银行新区支行"}
    assert {r[2] for r in relations(graph) if r[:2] == (firm, "FINANCED_BY")} == {
        "Enterprise:荷兰银行上海分行", "Enterprise:中国银行(香港)有限公司上海分行", "Enterprise:交通银行新区支行"}


def test_a_park_that_passed_the_provinces_recognition_and_the_sectors_it_is_positioned_in() -> None:
    # b308_06: 通过省政府认定 names the approver as 经省政府认定 does; 主导产业定位于 opens the list of sectors
    graph = extract("二、化工产业园\n\n鄄城化工产业园2018年9月通过省政府认定,是山东省数字经济示范园区。园区位于城区东北部,"
                    "主导产业定位于生物医药、医药化工和化工新材料,发展空间充裕。")
    park = "Zone:鄄城化工产业园"
    assert relations(graph) == {(park, "APPROVED_BY", "Agency:山东省人民政府")}
    assert entities(graph, "Industry") == {"Industry:数字经济", "Industry:生物医药", "Industry:医药化工", "Industry:化工新材料"}


def test_an_economic_zone_a_county_names_after_itself() -> None:
    # b302_01: fishing-port economic zones named by their county or county-level city (the last one read as
    # works here, …经济区等4个…项目; the page names it again as a zone)
    graph = extract("我省现已有连江县渔港经济区、厦门市渔港经济区、晋江市渔港经济区、东山县渔港经济区等4个国家级沿海渔港经济区"
                    "项目获得批准。")
    assert entities(graph, "Zone") == {
        "Zone:连江县渔港经济区", "Zone:厦门市渔港经济区", "Zone:晋江市渔港经济区", "Zone:东山县"}


def test_a_clause_that_opens_with_firms_described_before_their_kind() -> None:
    # b309_09: where the firms are from and what they do stand between 等 and 企业; firms moving in (入区) name no zone
    graph = extract("空港新城依托西安咸阳国际机场,已形成西北最大电商快递聚集园区,新加坡普洛斯集团、丰树集团、日本近铁物流等国际国内"
                    "物流企业巨头入区,顺丰、邮政、申通、圆通、韵达等国内快递龙头企业纷纷入驻。")
    assert entities(graph, "Enterprise") == {f"Enterprise:{name}" for name in (
        "新加坡普洛斯集团", "丰树集团", "日本近铁物流", "顺丰", "邮政", "申通", "圆通", "韵达")}
    assert entities(graph, "Zone") == {"Zone:空港新城"}
    # a sector's 产业 between them says the list is of sectors, not of firms
    assert not entities(extract("电子信息、生物医药等新兴产业企业纷纷入驻。"), "Enterprise")


def test_a_region_inside_a_wholes_unread_name_is_no_whole() -> None:
    # b109_08: the 33 zones are parts of the demonstration zones, not of the 长江经济带 their name opens with
    graph = extract("此次确定的长江经济带国家级转型升级示范开发区具体包括:漕河泾新兴技术开发区、上海市北工业园区、苏州工业园区。")
    assert not {r for r in relations(graph) if r[1] == "PART_OF"}


def test_a_name_set_apart_by_a_dash_starts_after_it() -> None:
    # b116_04: the rank before the dash says what the work is
    graph = extract("中国进出口银行重庆分行成功向成渝地区双城经济圈建设重大项目、市级重点项目——两江天然气冷热电三联供电厂"
                    "二期项目发放贷款。")
    assert ("Project:两江天然气冷热电三联供电厂二期项目", "FINANCED_BY", "Enterprise:中国进出口银行重庆分行") \
        in relations(graph)
    assert not {e for e in entities(graph) if "——" in e}


def test_no_firm_from_a_kind_of_bond_or_a_dateline() -> None:
    # b114_07: 公司债 is a corporate bond; b114_04: 观点网讯 opens the article
    graph = extract("萍乡城市建设投资发展公司获上交所非公开发行公司债挂牌转让无异议函。\n"
                    "观点网讯:3月21日,长沙市政府与湖南银行合作框架协议签约仪式在湘麓山庄举行。")
    assert entities(graph, "Enterprise") == {
        "Enterprise:萍乡城市建设投资发展公司", "Enterprise:湖南银行"}
    # b104_01: nor from the currency of a credit
    graph = extract("这是中国进出口银行继2011年12月为中远散运提供1亿美元贷款后,再次为中远散运提供人民币授信支持。")
    assert not {e for e in entities(graph) if e.startswith("Enterprise:人民币")}


def test_a_bonds_issuer_is_read_without_the_bonds_year_and_issue() -> None:
    # b284_02: 有限公司债券 is the issuer's name and its bond; 经营 is the firm's trade, no cue; the money is used
    # for works named after 用于. b284_07: 2022年第一期 is the bond's year and issue, not the issuer's name.
    graph = extract("由泰兴经济开发区申报的2013年泰兴市成兴国有资产经营有限公司债券项目经国家发改委核准,顺利获批。"
                    "所筹资金将用于泰兴市外来务工人员安置工程项目、泰兴市滨江污水处理二期工程等项目建设。\n"
                    "2022年第一期望城经开区投资建设集团有限公司公司债券募集说明书摘要")
    assert entities(graph, "Enterprise") == {
        "Enterprise:泰兴市成兴国有资产经营有限公司", "Enterprise:望城经开区投资建设集团有限公司"}
    assert entities(graph, "Project") == {
        "Project:泰兴市外来务工人员安置工程项目", "Project:泰兴市滨江污水处理二期工程"}


def test_firms_named_after_their_county_or_in_latin_letters_are_read() -> None:
    # b287_03: 分宜县… opens with its county, no 分公司; the work keeps its phase and the words after its place
    graph = extract("近日,江西省分宜县支行向分宜县钤安投资有限责任公司投放1亿元产业扶贫项目贷款,"
                    "用于支持分宜县现代农业产业园建设项目(一期)建设。")
    assert entities(graph, "Enterprise") == {"Enterprise:分宜县钤安投资有限责任公司"}
    assert entities(graph, "Project") == {"Project:分宜县现代农业产业园建设项目(一期)"}
    # b286_05: foreign partners by their Latin names
    graph = extract("该项目由中海油能源发展股份有限公司、Teekay液化天然气合伙有限公司以及BW液化天然气投资有限公司共同发起。")
    assert entities(graph, "Enterprise") == {"Enterprise:中海油能源发展股份有限公司",
                                             "Enterprise:Teekay液化天然气合伙有限公司", "Enterprise:BW液化天然气投资有限公司"}
    # b286_04: 又一个…公司 is one more firm of a kind
    graph = extract("航发司是由重庆市交委出资组建的又一个国有独资公司。")
    assert entities(graph, "Enterprise") == set()


def test_who_acts_for_whom_and_a_groups_segment_open_no_firms_name() -> None:
    # b289_07: the bank entrusts the securities firm; b289_06: the group's supply-chain segment is the firm's role
    graph = extract("上饶银行委托长城证券股份有限公司出资8亿元作优先级。\n"
                    "近日,鲁信集团旗下供应链金融板块山东省鲁信商业保理有限公司提供3000万元保理融资服务。")
    assert entities(graph, "Enterprise") == {"Enterprise:上饶银行", "Enterprise:长城证券股份有限公司",
                                             "Enterprise:鲁信集团", "Enterprise:山东省鲁信商业保理有限公司"}


def test_a_tourist_resort_is_a_zone_with_its_whole_name() -> None:
    # b112_02, b109_06: a provincial government sets up a tourist resort
    graph = extract("省政府关于同意设立江苏省江阴徐霞客休闲旅游度假区的批复\n"
                    "山东省人民政府关于岚山多岛海旅游度假区设立为省级旅游度假区的批复\n")
    assert entities(graph, "Zone") == {"Zone:江苏省江阴徐霞客休闲旅游度假区",
                                                                     "Zone:岚山多岛海旅游度假区"}


def test_a_securities_firm_underwriting_notes_is_a_financier() -> None:
    # b67_03: the underwriters follow the issuer's sentence, each after its roles
    graph = extract("常德市城市建设投资集团有限公司发行超短期融资券。"
                    "牵头主承销商/簿记管理人为中信建投证券股份有限公司,联席主承销商/存续期管理机构为中国农业银行股份有限公司。")
    assert graph.entities["Enterprise:中信建投证券股份有限公司"].kind == "bank"
    # b2_10: by its short name; not a paper or a kind of paper
    names = entities(extract("此次由兴业银行子公司——华福证券担任主承销商的绿色债券发行。据上海证券报报道,资产证券化产品发行。"))
    assert {e for e in names if "证券" in e} == {"Enterprise:华福证券"}


def test_banks_that_lead_or_arrange_a_syndicate_lend_to_the_firm_the_article_speaks_of() -> None:
    # b109_01: 银团由…牵头, the borrower a sentence before
    graph = extract("10月2日,复星国际有限公司宣布,已完成一笔总额8.88亿美元的与可持续发展挂钩的银团贷款。"
                    "本次银团由包括中国银行、葡萄牙商业银行、东亚银行和渣打银行牵头。")
    assert {r for r in relations(graph) if r[1] == "FINANCED_BY"} == {
        ("Enterprise:复星国际有限公司", "FINANCED_BY", f"Enterprise:{b}") for b in ("中国银行", "葡萄牙商业银行", "东亚银行", "渣打银行")}
    # b109_02: a securities firm that borrows (no underwriting in its sentence) is a firm; 主办行, 安排行 lend
    graph = extract("5月16日,海通国际证券的三年期循环信贷案在吸引到逾20家银行的参与后,其规模从10亿港元大增至30亿港元。"
                    "中国建设银行(亚洲)是主办行,承贷1.15亿港元。三井住友银行是安排行,承贷9,000万港元。")
    assert {r for r in relations(graph) if r[1] == "FINANCED_BY"} == {
        ("Enterprise:海通国际证券", "FINANCED_BY", f"Enterprise:{b}") for b in ("中国建设银行", "三井住友银行")}


def test_programmes_counted_after_their_kind() -> None:
    # b101_08: what is done with the works opens the kind
    graph = extract("日前,繁昌区举办第三季度招商引资项目集中签约、开工活动,集中签约项目12个,总投资超70亿元,"
                    "集中开工项目11个,总投资近120亿元。")
    assert entities(graph, "Project") == {"Project:集中签约项目12个",
                                                                        "Project:集中开工项目11个"}
    # b46_10: a rank opens it, the verb before is the sentence's
    graph = extract("2022年,哈市计划开工重点项目496个,总投资3957.5亿元。")
    assert entities(graph, "Project") == {"Project:重点项目496个"}
    # b3_02: size bands, listings and parts of a programme counted before are no programmes
    graph = extract("据了解,100个重点项目中,10亿元以上项目36个,50亿元以上项目13个,已列入省级重点项目2个。"
                    "其中,签约项目19个,总投资57.11亿元。")
    assert entities(graph, "Project") == {"Project:100个重点项目"}


def test_a_reply_whose_title_opens_with_guanyu_was_issued_and_approves_by_the_agency_that_signed_it() -> None:
    # b454_01 (shortened): the title names no issuer; the signature above the closing date does
    graph = extract("关于达州市全民健身活动中心项目建议书的批复\n\n市文化体育和旅游局:\n\n"
                    "经研究,原则同意该项目建议书,现将有关内容批复如下:\n\n一、项目名称:达州市全民健身活动中心项目。\n\n"
                    "达州市发展和改革委员会\n\n2020年3月23日")
    reply, signer = "Plan:关于达州市全民健身活动中心项目建议书的批复", "Agency:达州市发展和改革委员会"
    assert {(s, t, o) for s, t, o in relations(graph) if t in ("ISSUED_BY", "APPROVED_BY")} == {
        (reply, "ISSUED_BY", signer), ("Project:达州市全民健身活动中心项目", "APPROVED_BY", signer)}
    # an agency named on a line of its own that no date closes signs nothing
    graph = extract("关于达州市全民健身活动中心项目建议书的批复\n\n达州市发展和改革委员会\n\n经研究,原则同意该项目建议书。")
    assert not {r for r in relations(graph) if r[1] == "ISSUED_BY"}


def test_an_official_title_starts_after_the_verb_that_issued_it() -> None:
    # d10 and d12: 省政府出台关于…的意见; 中国银行间市场交易商协会 names no bank
    graph = extract("省政府出台关于支持贵州侗乡大健康产业示范区建设发展的意见\n中国银行间市场交易商协会发布公告。")
    assert "Plan:关于支持贵州侗乡大健康产业示范区建设发展的意见" in entities(graph)
    assert not any(e.startswith("Enterprise:中国银行") for e in entities(graph))


def test_what_a_province_is_built_into_are_its_sectors() -> None:
    # d07: 将我省打造成…现代装备制造、新材料、节能环保和信息产业基地,…中西部现代物流中心,…文化旅游强省
    graph = extract("山西省人民政府办公厅印发通知。将我省打造成现代装备制造、新材料、节能环保和信息产业基地,"
                    "中西部现代物流中心,富有特色和魅力的文化旅游强省。")
    assert {r[2] for r in relations(graph) if r[0] == "Zone:山西省" and r[1] == "FOCUSES_ON"} == {
        f"Industry:{i}" for i in ("现代装备制造", "新材料", "节能环保", "信息产业", "现代物流", "文化旅游")}


def test_the_plan_a_notice_issues_is_the_issuers() -> None:
    # d06: the notice's title names the plan it issues
    graph = extract("国家发展改革委关于印发皖江城市带承接产业转移示范区规划的通知\n各有关单位:")
    assert ("Plan:皖江城市带承接产业转移示范区规划", "ISSUED_BY", "Agency:国家发展改革委") in relations(graph)


def test_a_sub_branch_named_by_its_place_alone_is_the_articles_banks() -> None:
    # b7_07: 杭州市分行新成立余杭支行和滨江支行
    graph = extract("邮储银行杭州市分行积极对接政府平台。杭州市分行新成立余杭支行和滨江支行,服务开发区支行的客户。")
    parts = {r for r in relations(graph) if r[1] == "PART_OF" and "支行" in r[0]}
    assert parts == {(f"Enterprise:中国邮政储蓄银行{b}支行", "PART_OF", "Enterprise:中国邮政储蓄银行杭州市分行")
                     for b in ("余杭", "滨江")}


def test_banks_named_by_short_form_and_the_articles_province() -> None:
    # b12_07: 工行省分行、国开行省分行…共同签署…银团贷款协议; 四家银行 is a count of banks
    graph = extract("昨日,工行省分行、国开行省分行与云桂铁路云南有限责任公司共同签署云桂铁路项目242亿元银团贷款协议。"
                    "四家银行省分行将提供贷款。")
    banks = {e for e in entities(graph) if e.startswith("Enterprise:") and e.endswith("省分行")}
    assert banks == {"Enterprise:中国工商银行省分行", "Enterprise:国家开发银行省分行"}


def test_a_reply_to_several_requests_gives_each_to_the_government_its_number_names() -> None:
    # b14_01: 绵府〔2017〕52号 is 绵阳市人民政府's request, 自府〔2017〕115号 自贡市人民政府's
    graph = extract("四川省人民政府关于认定四川游仙经济开发区、自贡市沿滩工业园区为省级高新技术产业园区的批复\n"
                    "绵阳市人民政府、自贡市人民政府:\n"
                    "《关于将四川游仙经济开发区认定为省级高新技术产业园区的请示》(绵府〔2017〕52号)、《关于将自贡市沿滩"
                    "工业园区认定为省级高新技术产业园区的请示》(自府〔2017〕115号)收悉。经研究,现批复如下。")
    issued = {(r[0], r[2]) for r in relations(graph) if r[1] == "ISSUED_BY" and r[0].endswith("请示")}
    assert issued == {("Plan:关于将四川游仙经济开发区认定为省级高新技术产业园区的请示", "Agency:绵阳市人民政府"),
                      ("Plan:关于将自贡市沿滩工业园区认定为省级高新技术产业园区的请示", "Agency:自贡市人民政府")}


def test_leading_sectors_listed_with_deng_belong_to_the_zone_named_clauses_before() -> None:
    # b14_01: 名称为游仙高新技术产业园区,以节能环保、新材料、新一代信息技术等为主导产业
    graph = extract("一、同意将四川游仙经济开发区认定为省级高新技术产业园区,名称为游仙高新技术产业园区,"
                    "以节能环保、新材料、新一代信息技术等为主导产业。")
    assert {r[2] for r in relations(graph) if r[0] == "Zone:游仙高新技术产业园区" and r[1] == "FOCUSES_ON"} == {
        "Industry:节能环保", "Industry:新材料", "Industry:新一代信息技术"}
    assert not any(e.startswith("Industry:以") for e in entities(graph))


def test_the_he_of_a_county_name_joins_no_list() -> None:
    # b14_04: 共和 is 共和县: 正泰青海共和… is one project, no firm ends at 共
    graph = extract("国家开发银行青海省分行向中利腾晖共和新能源公司共和二期100兆瓦、三期50兆瓦并网光伏发电项目、正泰青海共和20MWp"
                    "并网光伏电站项目等9个光伏发电项目发放贷款。")
    assert ("Project:正泰青海共和20MWp并网光伏电站项目", "FINANCED_BY", "Enterprise:国家开发银行青海省分行") in relations(graph)
    assert not any(e.endswith("共") for e in entities(graph))


def test_zones_a_new_one_is_set_up_on_are_not_approved_and_recipients_issue_nothing() -> None:
    # b14_03: 以A、B为基础…设立…,名称为“X”、“Y”; 办公厅向…人民政府印发《…批复》
    graph = extract("甘肃省政府办公厅近日向张掖市、金昌市、酒泉市人民政府印发《甘肃省人民政府关于同意设立张掖、民乐、金昌、"
                    "玉门4个省级高新技术产业开发区的批复》。《批复》明确:同意张掖市以张掖经济技术开发区、民乐生态工业园区为基础,"
                    "分别设立省级高新技术产业开发区,名称为“甘肃省张掖高新技术产业开发区”、“甘肃省民乐高新技术产业开发区”。")
    approved = {r[0] for r in relations(graph) if r[1] == "APPROVED_BY"}
    assert approved == {"Zone:甘肃省张掖高新技术产业开发区", "Zone:甘肃省民乐高新技术产业开发区"}
    issuers = {r[2] for r in relations(graph) if r[1] == "ISSUED_BY"}
    assert issuers == {"Agency:甘肃省人民政府", "Agency:甘肃省政府办公厅"}


def test_names_do_not_open_with_an_adverbial_adjective_or_a_loan_arriving() -> None:
    # b13_07: 有效降低项目融资成本 names no works; b13_06: 贷款到账X公司; 中国银行海口国科园支行
    graph = extract("国家开发银行通过中长期项目贷款,有效降低项目融资成本。一笔998万元的贷款到账海南航芯高科技产业集团有限责任公司。"
                    "图为中国银行海口国科园支行科技金融服务专区。")
    assert not any(e.startswith("Project:") for e in entities(graph))
    assert {"Enterprise:海南航芯高科技产业集团有限责任公司", "Enterprise:中国银行海口国科园支行"} <= entities(graph)


def test_a_province_and_a_short_form_name_the_provinces_branch() -> None:
    # b14_05: 广东中行 is 中国银行广东省分行
    graph = extract("记者从广东中行了解到,该行已为深中通道项目核定中长期固定资产贷款70亿元。")
    assert ("Project:深中通道项目", "FINANCED_BY", "Enterprise:中国银行广东省分行") in relations(graph)
    assert "广东中行" in graph.entities["Enterprise:中国银行广东省分行"].aliases


def test_kinds_of_works_and_praise_of_a_sector_name_nothing() -> None:
    # b15: 地铁项目, 重大科技项目, 重点支持了棚改、公路、铁路…; 特色新兴产业集群; 打造千亿元锂电池产业
    graph = extract("国家开发银行贵州省分行重点支持了棚改、公路、铁路、水利、能源等重大项目建设。该行为地铁项目和重大科技项目"
                    "提供贷款。玉溪市形成特色新兴产业集群,致力打造千亿元锂电池产业。")
    assert not any(e.startswith("Project:") for e in entities(graph))
    industries = entities(graph, "Industry")
    assert "Industry:锂电池" in industries and not any("特色" in i or "千亿" in i for i in industries)


def test_a_sectors_size_in_yuan_or_watts_and_the_word_major_name_no_sector() -> None:
    # b54_07: 全力打造大柴旦五百亿元重大产业…, 助力海西加快打造千万千瓦级新能源产业集群
    graph = extract("全力打造大柴旦五百亿元重大产业基地。不断助力海西加快打造千万千瓦级新能源产业集群。")
    assert entities(graph, "Industry") == {"Industry:新能源"}


def test_a_shanty_area_is_no_zone() -> None:
    # b53_06: 国家开发银行…确认了…三环路西江桥项目、轨道交通一期和棚户区改造工程3个项目的贷款额度
    assert "Zone:棚户区" not in entities(extract("哈尔滨市棚户区改造工程获得国家开发银行贷款。"))


def test_the_areas_a_zone_counts_out_are_zones_wherever_named() -> None:
    # b54_03: 天津自贸区的实施范围为119.9平方公里,涵盖了三个片区:天津港东疆片区30平方公里、天津机场片区43.1平方公里…
    graph = extract("天津自贸区的实施范围为119.9平方公里,涵盖了三个片区:天津港东疆片区30平方公里、天津机场片区43.1平方公里、"
                    "滨海新区中心商务片区46.8平方公里。天津港东疆片区重点发展航运物流、国际贸易等现代服务业。")
    assert {"Zone:天津港东疆片区", "Zone:天津机场片区", "Zone:滨海新区中心商务片区"} <= entities(graph)
    assert ("Zone:天津港东疆片区", "FOCUSES_ON", "Industry:航运物流") in relations(graph)


def test_a_places_works_of_a_year_or_quarter_name_no_work() -> None:
    # b56_10: 新疆喀什地区2024年一季度招商引资项目“开门红”集中签约、开工活动举行
    graph = extract("18日,新疆喀什地区2024年一季度招商引资项目“开门红”集中签约、开工活动举行。")
    assert not entities(graph, "Project")


def test_a_county_named_in_full_is_that_county_by_its_short_name() -> None:
    # b55_09: 此次文昌集中开工的产业项目共8个…具体包括:A、B; 文昌市政府相关负责人介绍
    graph = extract("7月13日,海南自由贸易港建设项目2021年度第四批集中开工文昌分会场活动在文昌国际航天城起步区举行。"
                    "记者梳理发现,此次文昌集中开工的产业项目共8个,具体包括:银联供应链荣邦南方金融中心项目、年产18万吨水产饲料加工项目。"
                    "文昌市政府相关负责人介绍,此次集中开工的产业项目较多。")
    assert ("Project:银联供应链荣邦南方金融中心项目", "LOCATED_IN", "Zone:文昌市") in relations(graph)
    assert "Zone:文昌" not in entities(graph)


def test_banks_joining_a_syndicate_and_the_national_banks_offshore_arms() -> None:
    # b56_02: 天津市在港窗口单位津联集团…其30亿港元三年期境外银团贷款落地 … 引入中银香港、交银香港…共10家银行参团
    graph = extract("日前,天津市在港窗口单位津联集团传来利好,其30亿港元三年期境外银团贷款落地。记者从泰达控股所属津联集团获悉,"
                    "本次银团贷款引入中银香港、交银香港、信银国际、渤海银行共4家银行参团,以及香港、澳门等地多元化银行。")
    assert {r for r in relations(graph) if r[1] == "FINANCED_BY"} == {
        ("Enterprise:津联集团", "FINANCED_BY", f"Enterprise:{b}") for b in ("中银香港", "交银香港", "信银国际", "渤海银行")}


def test_a_banks_registered_name_is_the_bank_and_what_a_loan_serves_is_no_borrower() -> None:
    # b57_01: 中信银行股份有限公司 (the underwriter's registered name) lends to nobody of its own
    graph = extract("近日,由中信银行股份有限公司主承销的银川城市建设发展投资集团有限公司中期票据成功发行。中信银行表示将继续支持。")
    assert "Enterprise:中信银行股份有限公司" not in entities(graph)
    assert ("Enterprise:银川城市建设发展投资集团有限公司", "FINANCED_BY", "Enterprise:中信银行") in relations(graph)
    # b55_06: 将为项目顺利建设实施提供坚实的资金保障
    graph = extract("晋红高速公路20亿元贷款项目得到中国银行总行批复,将为项目顺利建设实施提供坚实的资金保障。")
    assert not any(e.startswith("Enterprise:项目") for e in entities(graph))


def test_a_districts_quoted_sectors_and_the_region_whose_opportunity_it_seizes() -> None:
    # b57_09: 北碚区将抢抓成渝地区双城经济圈建设机遇,围绕‘先进制造、总部经济、文化旅游、现代服务’等产业领域
    graph = extract("下一步,北碚区将抢抓成渝地区双城经济圈建设机遇,围绕‘先进制造、总部经济、文化旅游、现代服务’等产业领域,"
                    "突出‘智能制造,新能源、新材料,大健康’等产业重点,以园城带动、街镇联动形成有效合力。")
    focus = {r for r in relations(graph) if r[1] == "FOCUSES_ON"}
    assert {("Zone:北碚区", "FOCUSES_ON", f"Industry:{i}") for i in ("先进制造", "总部经济", "文化旅游", "现代服务")} <= focus
    assert not any(r[0] == "Zone:成渝地区双城经济圈" for r in focus)


def test_a_zones_name_begins_right_after_a_place_named_in_full() -> None:
    # b58_04: 试验区范围涵盖上海市外高桥保税区、外高桥保税物流园区、洋山保税港区和上海浦东机场综合保税区
    graph = extract("国务院近日正式批准设立中国上海自由贸易试验区。试验区范围涵盖上海市外高桥保税区、洋山保税港区。")
    assert "Zone:外高桥保税区" in entities(graph) and "Zone:高桥保税区" not in entities(graph)


def test_an_autonomous_county_by_its_short_form_opens_the_works_named_after_it() -> None:
    # b59_09: 总投资6亿元的互助县东润国际项目、总投资4.5亿元的民和县年产20万吨铝合金棒材型材生产线项目
    graph = extract("海东市签约项目中,包括总投资6亿元的互助县东润国际项目、总投资4.5亿元的民和县年产20万吨铝合金棒材型材生产线项目。")
    assert {"Project:互助县东润国际项目", "Project:民和县年产20万吨铝合金棒材型材生产线项目"} <= entities(graph)
    assert "互助县" in extract("互助县位于海东市东北部。").entities["Zone:互助土族自治县"].aliases


def test_what_a_zone_brings_together_as_one_is_no_layout_of_zones() -> None:
    # b60_10: 出口加工区要形成集出口加工业、国际贸易、现代仓储、现代物流为一体的综合型保税功能区
    graph = extract("出口加工区要形成集出口加工业、国际贸易、现代仓储、现代物流为一体的综合型保税功能区。")
    assert not entities(graph, "Zone")


@pytest.mark.parametrize("text", [
    "今年,兴业银行福州分行落地首笔项目,并将支持更多项目。",                         # b14_07: which works, not one
    "鄂城区签约100亿级项目2个、30亿级项目3个。",                                      # b35_08
    "安顺市二季度重大项目集中开工,用好每季度一次重大项目集中开工活动。",             # b28_10
    "银川经开区坚持将项目建设作为经济工作的主抓手。",                                # b3_03: what is done with works
    "黔江区安排专人做好项目服务。",                                                   # b26_06
    "大庆经开区开工复工产业项目38个。",                                                # b23_09: a zone's generic works
])
def test_which_works_and_what_is_done_with_them_name_no_work(text: str) -> None:
    assert not {e for e in entities(extract(text)) if e.startswith("Project:")}


def test_words_that_rank_a_sector_and_adverbs_before_it_name_no_sector() -> None:
    # b42_09: 主导产业、特色产业; b52_02: 唯一产业; b21_10: 都高精尖产业
    graph = extract("巨鹿县着力发展主导产业、特色产业和新兴产业。该区是全市唯一产业集聚区。北京经开区都高精尖产业集聚。")
    assert entities(graph, "Industry") == set()


def test_a_catalogue_is_a_plan_its_issuers_publish_through_a_notice() -> None:
    # b62_07: 国家发改委、科技部…海关总署联合印发2018年第4号公告,发布《中国开发区审核公告目录》(2018年版)
    graph = extract("日前,经国务院同意,国家发改委、科技部、国土资源部、住房城乡建设部、商务部、海关总署联合印发2018年第4号公告,"
                    "发布《中国开发区审核公告目录》(2018年版)。")
    assert {r for r in relations(graph) if r[1] == "ISSUED_BY"} == {
        ("Plan:中国开发区审核公告目录", "ISSUED_BY", f"Agency:{a}")
        for a in ("国家发展改革委", "科技部", "国土资源部", "住房城乡建设部", "商务部", "海关总署")}


def test_zones_a_reply_lists_after_a_colon_are_approved_and_covered_by_the_printed_reply() -> None:
    # b61_05: the reply printed (its title a line of its own) cites an earlier one in 《》
    graph = extract("国务院办公厅关于增设出口加工区的复函\n海关总署:\n你署《关于增设出口加工区的请示》收悉。\n"
                    "一、同意增设以下出口加工区:上海青浦出口加工区、闵行出口加工区,江苏南京出口加工区。\n"
                    "二、上述出口加工区的建设,要严格按照《国务院办公厅关于进行设立出口加工区试点的复函》的有关规定执行。\n")
    zones = ("上海青浦出口加工区", "闵行出口加工区", "江苏南京出口加工区")
    reply = "Plan:国务院办公厅关于增设出口加工区的复函"
    assert {(f"Zone:{z}", "APPROVED_BY", "Agency:国务院办公厅") for z in zones} \
        | {(reply, "COVERS", f"Zone:{z}") for z in zones} <= relations(graph)
    assert not {e for e in entities(graph) if e in ("Zone:下出口加工区", "Zone:上述出口加工区")}


def test_zones_listed_under_a_notice_of_recognition_are_approved_by_the_agency_its_title_opens_with() -> None:
    # b108_01: the title a line of its own, the zones one a line in its annex
    graph = extract("合肥市人民政府办公厅关于认定第一批市级现代农业示范区的通知\n(合政办秘〔2013〕112号)\n"
                    "经市政府同意,现认定肥东八斗大张等15个现代农业示范区为第一批市级现代农业示范区(名单附后)。\n"
                    "附件\n第一批市级现代农业示范区名单\n1、肥东八斗大张市级现代农业示范区\n2、肥西花岗市级现代农业示范区\n")
    assert {r for r in relations(graph) if r[1] == "APPROVED_BY" and r[0].endswith("市级现代农业示范区")
            and not r[0].startswith("Zone:第一批")} == {
        (f"Zone:{z}", "APPROVED_BY", "Agency:合肥市人民政府办公厅") for z in ("肥东八斗大张市级现代农业示范区",
                                                                      "肥西花岗市级现代农业示范区")}


def test_zones_a_list_notice_names_are_approved_by_its_agency_and_covered_by_it() -> None:
    # b104_04: the list follows 分别是, the sentence before announces the notice
    graph = extract("11月9日,辽宁省工业和信息化厅网站公布了《关于公布辽宁省化工园区名单(第二批)的通知》。\n"
                    "第二批共认定9家化工园区,分别是沈阳化学工业园、大连大孤山化工园区、锦州滨海化工产业园区、"
                    "朝阳柳城经济开发区化工园区、盘锦帅乡工业园区。")
    notice = "Plan:关于公布辽宁省化工园区名单(第二批)的通知"
    zones = ("大连大孤山化工园区", "锦州滨海化工产业园区", "朝阳柳城经济开发区化工园区", "盘锦帅乡工业园区")
    assert {(f"Zone:{z}", "APPROVED_BY", "Agency:辽宁省工业和信息化厅") for z in zones} \
        | {(notice, "COVERS", f"Zone:{z}") for z in zones} \
        | {(notice, "ISSUED_BY", "Agency:辽宁省工业和信息化厅")} <= relations(graph)
    # b28_03: the agency of the listing sentence approves what it lists at once
    graph = extract("山东省人民政府办公厅日前发出《关于公布第四批化工园区和专业化工园区名单的通知》通知指出,"
                    "省政府确定枣庄市峄城化工产业园、东营市东营区化工产业园、莱州银海化工产业园等10个化工园区。")
    notice = "Plan:关于公布第四批化工园区和专业化工园区名单的通知"
    zones = ("枣庄市峄城化工产业园", "东营市东营区化工产业园", "莱州银海化工产业园")
    assert {(f"Zone:{z}", "APPROVED_BY", "Agency:山东省人民政府") for z in zones} \
        | {(notice, "COVERS", f"Zone:{z}") for z in zones} \
        | {(notice, "ISSUED_BY", "Agency:山东省人民政府办公厅")} <= relations(graph)


def test_a_rank_before_a_kind_of_park_names_no_zone() -> None:
    # b62_08: 突出“2+5+2”园区(2个国家级开发区、5个省级开发区和2个市级产业园区)率先发展
    graph = extract("突出园区(2个国家级开发区、5个省级开发区和2个市级产业园区)率先发展,以石油化工及精细化工产业为主导。")
    assert not entities(graph, "Zone")


def test_a_firm_named_after_a_zones_short_form_keeps_it() -> None:
    # b63_04: 徽商银行安庆分行成功获批安庆经开控股有限公司“亩均项目贷”9.9亿元
    graph = extract("5月31日,徽商银行安庆分行成功获批安庆经开控股有限公司“亩均项目贷”9.9亿元并实现投放1.37亿元。")
    assert ("Enterprise:安庆经开控股有限公司", "FINANCED_BY", "Enterprise:徽商银行安庆分行") in relations(graph)


def test_a_zones_short_form_is_the_zone_named_in_full() -> None:
    # b64_01: 陕西略阳经济技术开发区 … 略阳经开区以绿色食药为主导产业
    graph = extract("省政府认定陕西略阳经济技术开发区为省级经济技术开发区。略阳经开区以绿色食药为主导产业。")
    zone = graph.entities["Zone:陕西略阳经济技术开发区"]
    assert "略阳经开区" in zone.aliases and "Zone:略阳经开区" not in entities(graph)


def test_a_sector_keeps_the_word_for_a_sector_the_page_writes_with_it_as_an_alias() -> None:
    # b159_01: …为龙头的生物制药化工产业; b192_10: …商贸物流业、文化旅游业4个产业; b145_08: 金沙红粮产业发展
    graph = extract("形成以河西制药等企业为龙头的生物制药化工产业。重点支持商贸物流业、文化旅游业4个产业。"
                    "主要支持了中直库油菜籽购进和金沙红粮产业发展。")
    sectors = {e.name: e.aliases for e in graph.entities.values() if e.label == "Industry"}
    assert sectors == {"生物制药化工": {"生物制药化工产业"}, "商贸物流": {"商贸物流业"},
                       "文化旅游": {"文化旅游业"}, "红粮产业": {"红粮"}}


def test_the_fields_a_zone_covers_are_its_focus_and_a_count_of_firms_opens_no_sector() -> None:
    # b182_04: 郴州高新技术产业园…主要覆盖…等4个领域; b189_02: 33家银行业机构推出…
    graph = extract("目前,郴州高新技术产业园共有170家企业入驻,主要覆盖有色金属深加工、新材料、新能源、现代服务业等4个领域。"
                    "33家银行业机构推出各类绿色信贷产品148款。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == {
        ("Zone:郴州高新技术产业园", "FOCUSES_ON", f"Industry:{sector}") for sector in ("有色金属深加工", "新材料", "新能源", "现代服务业")}
    assert entities(graph, "Industry") == {f"Industry:{sector}" for sector in ("有色金属深加工", "新材料", "新能源", "现代服务业")}


def test_a_work_named_with_and_without_its_place_is_one_work_named_with_it() -> None:
    # b30_10: 主会场设在柳州市柳工智能国际工业园项目建设现场 … 在主会场开工的柳工智能国际工业园项目,总投资180亿元
    graph = extract("主会场设在柳州市柳工智能国际工业园项目建设现场。在主会场开工的柳工智能国际工业园项目,总投资180亿元。")
    assert entities(graph, "Project") == {"Project:柳州市柳工智能国际工业园项目"}


def test_a_bodys_suffix_that_opens_a_word_ends_no_bodys_name() -> None:
    # b241_08: 吉电股份通过国家电投集团财务有限公司与吉林能投签订委托贷款合同 (委托, not a 委)
    graph = extract("2025年,吉电股份通过国家电投集团财务有限公司与吉林能投签订委托贷款合同,借入资金25亿元。")
    assert entities(graph, "Agency") == set()
    assert entities(graph, "Enterprise") == {"Enterprise:国家电投集团财务有限公司", "Enterprise:吉林能投"}


def test_a_village_collective_and_a_family_farm_borrow_as_firms_do() -> None:
    # b245_08: 中国建设银行向汉阴县双河口镇三柳村经济合作社发放贷款149万元; b245_07: 五通村股份经济合作联合社理事长;
    # b245_06: 身兼江苏溧阳市上兴宏恺粮食种植家庭农场和溧阳市宏伟农机专业合作社负责人
    graph = extract("日前,中国建设银行向汉阴县双河口镇三柳村经济合作社发放贷款149万元。在村委办公室里,五通村股份经济合作联合社"
                    "理事长蒋於龙说。身兼江苏溧阳市上兴宏恺粮食种植家庭农场和溧阳市宏伟农机专业合作社负责人的芮和青近期“大手笔”不断。")
    assert entities(graph, "Enterprise") == {
        "Enterprise:中国建设银行", "Enterprise:汉阴县双河口镇三柳村经济合作社", "Enterprise:五通村股份经济合作联合社",
        "Enterprise:江苏溧阳市上兴宏恺粮食种植家庭农场", "Enterprise:溧阳市宏伟农机专业合作社"}
    assert ("Enterprise:汉阴县双河口镇三柳村经济合作社", "FINANCED_BY", "Enterprise:中国建设银行") in relations(graph)


def test_a_banks_slogan_and_a_provinces_banks_are_no_bank() -> None:
    # b40_04: 擦亮“农地银行”金字招牌; b62_01: 2010年青海省银行金融机构支持工业…
    graph = extract("农发行甘肃省分行发挥金融支农主力军作用,擦亮“农地银行”金字招牌。2010年青海省银行金融机构支持工业发展。")
    assert entities(graph, "Enterprise") == {"Enterprise:中国农业发展银行甘肃省分行"}


def test_a_page_in_traditional_characters_reads_as_simplified_and_keeps_its_own_words() -> None:
    # b65_07: 建行日喀則分行…向龍源西藏日喀則新能源有限公司發放貸款
    graph = extract("近日,建行日喀則分行向龍源西藏日喀則新能源有限公司發放貸款3.6億元。")
    loan = ("Enterprise:龙源西藏日喀则新能源有限公司", "FINANCED_BY", "Enterprise:中国建设银行日喀则分行")
    assert loan in relations(graph)
    assert "龍源西藏日喀則新能源有限公司" in graph.entities[loan[0]].aliases
    [relation] = [r for r in graph.relations.values() if r.type == "FINANCED_BY"]
    assert next(iter(relation.evidence)).sentence == "近日,建行日喀則分行向龍源西藏日喀則新能源有限公司發放貸款3.6億元。"
    assert relation.properties["amount_value"] == 360_000_000


def test_a_cue_that_opens_a_common_noun_stays_in_the_name() -> None:
    # b67_09: 有 of 有机三废 is no cue before the work's name
    graph = extract("扬中经开区集中签约有机三废利用关键设备研发项目、固态锂离子动力电池研发项目。")
    assert "Project:有机三废利用关键设备研发项目" in entities(graph)


def test_a_list_of_peer_zones_has_no_whole_and_a_strong_county_is_no_county() -> None:
    # b68_05: 拟认定首批化工园区(化工集中区)包括:A、B…; b68_09: 建设文化强县,重点发展新能源、建材等产业
    graph = extract("日前,省工信厅公示了名单。拟认定首批化工园区(化工集中区)包括:福建漳州古雷港经济开发区、泉港石化工业园区、"
                    "泉惠石化工业园区。")
    assert not {r for r in relations(graph) if r[1] == "PART_OF"}
    assert "Zone:文化强县" not in entities(extract("云霄县着力建设文化强县,重点发展新能源、建材等产业。"))


def test_an_expos_name_and_words_of_quality_name_no_sector() -> None:
    # b59_10: 2024世界智能产业博览会; b41_08: 第七届中国盐城环保产业博览会暨绿色产业发展大会; b55_10: 高质量产业
    graph = extract("天津市滨海高新区在2024世界智能产业博览会上重点发展信创产业。盐城市举办第七届中国盐城环保产业博览会暨绿色产业"
                    "发展大会,重点发展节能环保产业。武清开发区加快发展高质量产业。")
    assert entities(graph, "Industry") == {"Industry:信创产业", "Industry:节能环保"}


def test_a_renamed_zone_is_one_node_and_a_colon_after_the_verb_opens_its_list() -> None:
    # b16_02: 安徽省政府分别批复同意:黄山经开区更名为黄山高新技术产业开发区、裕安经开区更名为六安高新技术产业开发区
    graph = extract("2019年1月8日,安徽省政府分别批复同意:黄山经开区更名为黄山高新技术产业开发区、裕安经开区更名为"
                    "六安高新技术产业开发区。")
    approved = {r[0] for r in relations(graph) if r[1] == "APPROVED_BY"}
    assert approved == {"Zone:黄山高新技术产业开发区", "Zone:六安高新技术产业开发区"}
    assert "黄山经开区" in graph.entities["Zone:黄山高新技术产业开发区"].aliases


def test_a_groups_firm_a_citys_branch_by_short_form_and_works_a_bank_supports() -> None:
    # b17_06: 为华瑞世纪控股集团旗下山西华瑞世纪能源控股有限公司发放; b17_07: 农业银行青海格尔木分行; b18_06: 衡水工行支持的…项目
    graph = extract("浦发银行太原分行成功为华瑞世纪控股集团旗下山西华瑞世纪能源控股有限公司发放43亿元银团贷款。"
                    "农业银行青海格尔木分行为青海汇信新材料科技有限公司累放项目贷款1.14亿元。"
                    "衡水工行支持的邯港高速公路衡水段项目施工现场。")
    loans = {(r[0], r[2]) for r in relations(graph) if r[1] == "FINANCED_BY"}
    assert loans == {("Enterprise:山西华瑞世纪能源控股有限公司", "Enterprise:上海浦东发展银行太原分行"),
                     ("Enterprise:青海汇信新材料科技有限公司", "Enterprise:中国农业银行青海格尔木分行"),
                     ("Project:邯港高速公路衡水段项目", "Enterprise:中国工商银行衡水分行")}
    assert ("Enterprise:山西华瑞世纪能源控股有限公司", "PART_OF", "Enterprise:华瑞世纪控股集团") in relations(graph)


def test_a_name_starts_after_the_event_held_before_it() -> None:
    # b11_08: 呼兰区举行黑龙江呼兰经济开发区…; b11_04: 辽宁本溪举行辽宁省本桓高速公路PPP项目开工仪式
    graph = extract("近日,呼兰区举行黑龙江呼兰经济开发区2019年重点项目集中签约仪式。")
    assert "Zone:黑龙江呼兰经济开发区" in entities(graph)
    assert not any("举行" in e for e in entities(graph))


def test_getting_works_and_adverbs_of_time_name_no_works() -> None:
    # b18_08: 发动全员招项目、一篙不松建项目; b1_09: 目前已储备JSR光刻胶生产基地、马士基物流中心…等项目
    graph = extract("近年来,金普新区坚持放眼长远谋项目,发动全员招项目、一篙不松建项目,一大批重大项目纷至沓来。"
                    "芦潮港区域打造“一核三区”的空间布局,目前已储备JSR光刻胶生产基地、马士基物流中心、洋山国际保税交易中心等项目。")
    works = entities(graph, "Project")
    assert works == {"Project:JSR光刻胶生产基地", "Project:马士基物流中心", "Project:洋山国际保税交易中心"}


def test_a_science_city_is_a_zone_and_what_a_firm_is_said_to_be_is_no_part_of_its_name() -> None:
    # b19_10: 多个优质项目纷纷落户西部(重庆)科学城; b19_04: 向广西农业产业化龙头企业广西农垦集团发放贷款
    graph = extract("多个优质项目纷纷落户西部(重庆)科学城。进出口银行广西分行向广西农业产业化龙头企业广西农垦集团发放贷款21.3亿元。")
    assert {"Zone:西部(重庆)科学城", "Enterprise:广西农垦集团"} <= entities(graph)
    assert ("Enterprise:广西农垦集团", "FINANCED_BY", "Enterprise:中国进出口银行广西分行") in relations(graph)


def test_the_items_of_a_list_said_to_be_of_works_are_works() -> None:
    # b20_09: 包括太原科创驱动中心、哈工大机器人华北总部基地等项目
    graph = extract("产业类项目112个,总投资616亿元,包括太原科创驱动中心、哈工大机器人华北总部基地等项目,涵盖新能源等领域。")
    assert {"Project:太原科创驱动中心", "Project:哈工大机器人华北总部基地"} <= entities(graph)


def test_works_listed_at_a_clauses_head_lie_in_the_zone_they_follow() -> None:
    # b21_09: ;德令哈工业园青海西部镁业…、青海国源…等4个项目已开复工建设
    graph = extract("其中,德令哈工业园青海西部镁业年产2万吨镁基环境修复材料、青海国源氯酸盐副产氢气资源综合开发利用等4个项目"
                    "已开复工建设,完成到位资金0.58亿元。")
    works = {"Project:青海西部镁业年产2万吨镁基环境修复材料", "Project:青海国源氯酸盐副产氢气资源综合开发利用"}
    assert works <= entities(graph)
    assert {(w, "LOCATED_IN", "Zone:德令哈工业园") for w in works} <= relations(graph)


def test_a_list_of_kinds_of_works_closed_by_another_kind_names_no_works() -> None:
    # b15_09: 涉及矿产资源开发、新能源电池、锂电池隔膜、磷酸铁及磷酸铁锂、铜箔等电池及配套项目
    graph = extract("玉溪市人民政府与4家上市公司签订协议,涉及矿产资源开发、新能源电池、锂电池隔膜、磷酸铁及磷酸铁锂、铜箔等电池及"
                    "配套项目,计划总投资1072亿元。")
    assert not {"Project:矿产资源开发", "Project:新能源电池", "Project:锂电池隔膜"} & entities(graph)


def test_zones_listed_under_a_place_and_a_colon_lie_in_it() -> None:
    # b24_09: 克拉玛依市2家:独山子工业园区、乌尔禾工业园区;
    graph = extract("其中,克拉玛依市2家:独山子工业园区、乌尔禾工业园区;")
    assert {("Zone:独山子工业园区", "LOCATED_IN", "Zone:克拉玛依市"),
            ("Zone:乌尔禾工业园区", "LOCATED_IN", "Zone:克拉玛依市")} <= relations(graph)


def test_prefecture_cities_named_bare_in_a_list_are_places() -> None:
    # b24_02: 吉林省四平、辽源、通化三市
    graph = extract("吉西南承接产业转移示范区包括吉林省四平、辽源、通化三市。")
    assert {"Zone:四平市", "Zone:辽源市", "Zone:通化市"} <= entities(graph)
    assert not {"Zone:安康市", "Zone:来宾市"} & entities(extract("祝大家新年安康,欢迎来宾。"))


def test_a_built_things_list_names_works_up_to_their_kind() -> None:
    # b15_08: 长光华芯光电产业园、理想汽车功率半导体研发及生产基地、新磊半导体生产基地、中建国际全球采购中心
    graph = extract("此次签约的长光华芯光电产业园、理想汽车功率半导体研发及生产基地、新磊半导体生产基地、中建国际全球采购中心"
                    "等项目将加快建设。")
    assert {"Project:理想汽车功率半导体研发及生产基地", "Project:新磊半导体生产基地", "Project:中建国际全球采购中心"} \
        <= entities(graph)


def test_a_loans_sum_told_in_a_sentence_of_its_own() -> None:
    # b23_04: …实现获批首笔跨省域行内联合贷款6.4亿元。
    graph = extract("农发行甘肃省分行为嘉峪关500MW/1000MWh独立储能项目提供融资支持。为方便项目管理,甘肃省分行与宁夏区分行"
                    "通力合作,实现获批首笔跨省域行内联合贷款6.4亿元。")
    [loan] = [r for r in graph.relations.values() if r.type == "FINANCED_BY"]
    assert (loan.properties["amount_value"], loan.properties["currency"]) == (640000000, "CNY")


def test_a_zones_sectors_in_brackets_and_a_notice_recognising_zones() -> None:
    # b29_03: 近日,省政府办公厅认定兰州高新技术产业开发区等12个园区为全省代表性园区; 兰州高新技术产业开发区(生物医药)
    graph = extract("近日,甘肃省政府办公厅发布《关于认定兰州高新技术产业开发区等12个园区为全省代表性园区的通知》。\n"
                    "兰州高新技术产业开发区(生物医药)\n")
    notice = "Plan:关于认定兰州高新技术产业开发区等12个园区为全省代表性园区的通知"
    assert relations(graph) == {(notice, "ISSUED_BY", "Agency:甘肃省政府办公厅"),
                                (notice, "COVERS", "Zone:兰州高新技术产业开发区"),
                                ("Zone:兰州高新技术产业开发区", "FOCUSES_ON", "Industry:生物医药")}


def test_leading_sectors_after_a_verb_of_being_and_an_issuer_on_its_own_line() -> None:
    # b27_01: 四川省人民政府\n关于设立四川江安经济开发区的批复 … 一、同意设立四川江安经济开发区,主导产业为新能源、先进材料和绿色食品。
    graph = extract("四川省人民政府\n\n关于设立四川江安经济开发区的批复\n\n宜宾市人民政府:\n\n"
                    "一、同意设立四川江安经济开发区,主导产业为新能源、先进材料和绿色食品。\n")
    reply = "Plan:四川省人民政府关于设立四川江安经济开发区的批复"
    assert (reply, "ISSUED_BY", "Agency:四川省人民政府") in relations(graph)
    assert {("Zone:四川江安经济开发区", "FOCUSES_ON", f"Industry:{i}") for i in ("新能源", "先进材料", "绿色食品")} \
        <= relations(graph)


def test_zones_listed_one_a_line_and_a_title_followed_at_once_by_its_number() -> None:
    # b31_02: 科技部办公厅关于第三、第四批国家农业科技园区验收结果的通知国科办农〔2016〕61号 … 江苏南京白马国家农业科技园区
    graph = extract("科技部办公厅关于第三、第四批国家农业科技园区验收结果的通知国科办农〔2016〕61号\n\n"
                    "附件:通过验收的第三、第四批国家农业科技园区名单\n\n江苏南京白马国家农业科技园区\n\n新疆伊犁国家农业科技园区\n")
    notice = "Plan:科技部办公厅关于第三、第四批国家农业科技园区验收结果的通知"
    assert {(notice, "ISSUED_BY", "Agency:科技部办公厅"), (notice, "COVERS", "Zone:江苏南京白马国家农业科技园区"),
            (notice, "COVERS", "Zone:新疆伊犁国家农业科技园区")} <= relations(graph)
    # a headline that ends in a kind of zone, alone on its line, is no list
    assert "Zone:福州新区获批国家级数字经济示范区" not in entities(extract("福州新区获批国家级数字经济示范区\n\n近日,福州新区获批。"))


def test_a_park_named_after_its_zone_and_sector_lies_in_the_zone_and_focuses_on_the_sector() -> None:
    # b34_02: 13家省级消费品特色园区分别是: · 晋城经济技术开发区家电消费品特色园区 · 临猗县生活用纸消费品特色园区
    graph = extract("13家省级消费品特色园区分别是:\n\n· 晋城经济技术开发区家电消费品特色园区\n\n"
                    "· 临猗县生活用纸消费品特色园区\n")
    assert relations(graph) == {
        ("Zone:晋城经济技术开发区家电消费品特色园区", "LOCATED_IN", "Zone:晋城经济技术开发区"),
        ("Zone:晋城经济技术开发区家电消费品特色园区", "FOCUSES_ON", "Industry:家电"),
        ("Zone:临猗县生活用纸消费品特色园区", "LOCATED_IN", "Zone:临猗县"),
        ("Zone:临猗县生活用纸消费品特色园区", "FOCUSES_ON", "Industry:生活用纸")}
    assert graph.entities["Zone:临猗县"].kind == "county"
    # …印发通知,公布13家省级消费品特色园区名单。13家…分别是: the agencies announcing the list approve each zone
    graph = extract("日前,经山西省政府同意,山西省商务厅会同省工信厅印发通知,公布13家省级消费品特色园区名单。\n\n"
                    "13家省级消费品特色园区分别是:\n\n· 晋城经济技术开发区家电消费品特色园区\n\n"
                    "· 临猗县生活用纸消费品特色园区\n")
    approved = {(s, t) for s, r, t in relations(graph) if r == "APPROVED_BY"}
    assert approved == {(f"Zone:{zone}消费品特色园区", f"Agency:{agency}")
                        for zone in ("晋城经济技术开发区家电", "临猗县生活用纸")
                        for agency in ("山西省人民政府", "山西省商务厅", "山西省工信厅")}
    # b36_02: 拟评定南京江宁滨江经济开发区新一代信息通信产业园等18家产业园区: the park opens with the whole zone
    park = "Zone:南京江宁滨江经济开发区新一代信息通信产业园"
    assert (park, "FOCUSES_ON", "Industry:新一代信息通信") in relations(
        extract("拟评定南京江宁滨江经济开发区新一代信息通信产业园等18家产业园区为江苏省特色创新产业园区。"))
    # a programme's kind of park (现代农业产业园) names no sector
    assert not any(t == "FOCUSES_ON" for _, t, _ in relations(extract("1.北京市密云区现代农业产业园\n2.天津市宁河区现代农业产业园\n")))


def test_a_cluster_named_after_its_place_is_a_zone_that_focuses_on_its_sector() -> None:
    # b276_04: …我市临泉县农副食品加工特色产业集群(基地)、太和县筛网特色产业集群(基地)名列其中
    graph = extract("近日,省发改委公示了第二批省县域特色产业集群(基地)建议名单,"
                    "我市临泉县农副食品加工特色产业集群(基地)、太和县筛网特色产业集群(基地)名列其中。")
    clusters = ("临泉县农副食品加工特色产业集群(基地)", "太和县筛网特色产业集群(基地)")
    assert entities(graph, "Zone") == {*(f"Zone:{c}" for c in clusters), "Zone:临泉县", "Zone:太和县"}
    assert relations(graph) == {rel for c, sector, county in zip(clusters, ("农副食品加工", "筛网"), ("临泉县", "太和县"))
                                for rel in ((f"Zone:{c}", "FOCUSES_ON", f"Industry:{sector}"),
                                            (f"Zone:{c}", "LOCATED_IN", f"Zone:{county}"))}
    # b10_07, b250_03, b156_09: a count, a province's clusters and a kind (新兴 is also a county) name none
    graph = extract("助力忠县新能源、生物医药等四大百亿级产业集群大发展。湖南省产业集群竞赛。培育新兴产业集群。")
    assert not any(name.endswith("产业集群") for name in entities(graph, "Zone"))
    assert entities(graph, "Zone") == {"Zone:湖南省"}


def test_the_clusters_a_notice_lists_in_its_attachment_are_approved_by_its_issuer() -> None:
    # b276_01 (shortened): the notice announces the list, signs, and attaches it one cluster a line
    graph = extract("聊城市工业和信息化局组织开展了2022年度聊城市特色产业集群评选工作,经各单位自愿申报、专家论证和网上公示等程序,"
                    "确定临清市纺织特色产业集群等10家集群为2022年度聊城市特色产业集群,现予公布(名单见附件)。\n"
                    "附件:2022年度聊城市特色产业集群名单\n聊城市工业和信息化局\n2022年5月9日\n附件\n"
                    "2022年度聊城市特色产业集群名单\n1、临清市纺织特色产业集群\n2、莘县木材加工特色产业集群\n")
    approved = {(s, t) for s, r, t in relations(graph) if r == "APPROVED_BY"}
    assert approved == {(f"Zone:{cluster}", "Agency:聊城市工业和信息化局")
                        for cluster in ("临清市纺织特色产业集群", "莘县木材加工特色产业集群")}


def test_a_park_two_places_build_is_named_with_both_and_lies_in_neither_by_its_name() -> None:
    # b278_03: …由惠山经济开发区与贾汪区徐州工业园合作共建“惠山-贾汪工业园”; b77_08: …成都—阿坝工业园区…
    graph = extract("无锡市惠山区与徐州市贾汪区在20多年挂钩合作的基础上,由惠山经济开发区与贾汪区徐州工业园合作共建"
                    "“惠山-贾汪工业园”,积极争创省级特色园区。阿坝州入选新版目录的开发区分别为四川阿坝工业园区、成都—阿坝工业园区。")
    assert {"Zone:惠山-贾汪工业园", "Zone:成都—阿坝工业园区"} <= entities(graph, "Zone")
    assert entities(graph, "Zone") == {"Zone:惠山-贾汪工业园", "Zone:成都—阿坝工业园区", "Zone:四川阿坝工业园区",
                                       "Zone:惠山经济开发区", "Zone:无锡市", "Zone:惠山区", "Zone:徐州市", "Zone:贾汪区",
                                       "Zone:阿坝藏族羌族自治州"}
    assert not {"Zone:贾汪工业园", "Zone:阿坝工业园区"} & entities(graph, "Zone")
    assert not any(s in ("Zone:惠山-贾汪工业园", "Zone:成都—阿坝工业园区") for s, _, _ in relations(graph))


def test_a_work_named_after_a_zone_lies_in_the_zone_not_its_city() -> None:
    # b36_09: …储能电池武汉基地项目位于武汉经开区通航产业园
    graph = extract("今天开工的中航锂电动力电池及储能电池武汉基地项目位于武汉经开区通航产业园,将建设动力电池及储能电池的生产销售基地。")
    assert ("Zone:武汉经开区通航产业园", "LOCATED_IN", "Zone:武汉经开区") in relations(graph)


def test_a_work_named_after_a_county_the_article_names_nowhere_else_lies_in_it() -> None:
    # b261_04: …分别是…泌阳县中康光伏发电项目,正阳县军耕新能源光伏发电项目,南召县中机国能光伏发电项目…
    graph = extract("分别是泌阳县中康光伏发电项目,正阳县军耕新能源光伏发电项目。")
    assert relations(graph) == {("Project:泌阳县中康光伏发电项目", "LOCATED_IN", "Zone:泌阳县"),
                                ("Project:正阳县军耕新能源光伏发电项目", "LOCATED_IN", "Zone:正阳县")}
    assert graph.entities["Zone:泌阳县"].kind == "county"
    # b107_03: a county-level city too (but not a prefecture: 深圳市…项目 may be a Shenzhen firm's work elsewhere)
    graph = extract("为助力乳山市农村分布式光伏发电项目的顺利实施,兴业银行威海分行积极响应。")
    assert ("Project:乳山市农村分布式光伏发电项目", "LOCATED_IN", "Zone:乳山市") in relations(graph)
    assert relations(graph) == {("Project:乳山市农村分布式光伏发电项目", "LOCATED_IN", "Zone:乳山市")}
    graph = extract("签约深圳市合志晟化妆用具项目。")
    assert "Zone:深圳市" not in entities(graph)
    assert entities(graph) == {"Project:深圳市合志晟化妆用具项目"}


def test_a_named_districts_park_and_a_zone_listed_among_works() -> None:
    # b37_08: 哈尔滨市香坊区政府园区…落户香坊园区; 香坊园区现有哈尔滨综合保税区、哈尔滨铁路集装箱中心站…等30余个重点项目入驻
    graph = extract("7月2日,哈尔滨市香坊区政府园区举行招商项目集中签约,哈尔滨大连港冷链物流中心等7个项目落户香坊园区。\n"
                    "香坊园区现有哈尔滨综合保税区、哈尔滨铁路集装箱中心站、哈欧货运班列、嘉圣物流、五洲国际动漫城等30余个重点项目入驻。")
    assert {("Zone:哈尔滨综合保税区", "LOCATED_IN", "Zone:香坊园区"),
            ("Project:哈尔滨铁路集装箱中心站", "LOCATED_IN", "Zone:香坊园区")} <= relations(graph)
    assert "Project:现有哈尔滨综合保税区" not in entities(graph)
    # a district's short name before 园区 counts only when the article names the district in full
    assert "Zone:香坊园区" not in entities(extract("项目落户香坊园区。"))


def test_a_bilateral_park_keeps_both_countries_in_its_name() -> None:
    # b38_10: 中马钦州产业园区首批入园项目…; a 中 before a word that is no place stays out (中新能源…)
    assert "Zone:中马钦州产业园区" in entities(extract("中马钦州产业园区于2012年4月1日开园建设。"))
    assert "Zone:钦州产业园区" not in entities(extract("中马钦州产业园区于2012年4月1日开园建设。"))


def test_a_works_name_that_opens_with_a_county_whose_first_character_is_a_function_word() -> None:
    # b36_07: 和顺县50MW风光互补项目 (和 is also "and")
    graph = extract("邮储银行山西省分行向和顺县50MW风光互补项目发放贷款。")
    assert "Project:和顺县50MW风光互补项目" in entities(graph)


def test_the_sectors_a_list_of_works_covers_are_the_places() -> None:
    # b40_10: 此次集中签约的12个项目涵盖蛟河市“四大经济发展动力源”——医药健康、新能源新材料、长白山特产品加工、旅游商贸领域
    graph = extract("此次集中签约的12个项目涵盖蛟河市“四大经济发展动力源”——医药健康、新能源新材料、长白山特产品加工、"
                    "旅游商贸领域,契合蛟河市的战略规划。")
    assert {t for s, r, t in relations(graph) if s == "Zone:蛟河市" and r == "FOCUSES_ON"} == {
        "Industry:医药健康", "Industry:新能源新材料", "Industry:长白山特产品加工", "Industry:旅游商贸"}
    # b39_10: …主要涵盖通讯电子、生物制药、现代制造、新材料、新能源、现代服务业及城市综合体等领域 (a list closed by 及)
    graph = extract("西安高新区在草堂举行开工仪式。据悉,这22个集中开工的项目主要涵盖通讯电子、生物制药、现代制造、新材料、新能源、"
                    "现代服务业及城市综合体等领域。西安高新区将持续推进。")
    assert {("Zone:西安高新区", "FOCUSES_ON", f"Industry:{i}") for i in ("通讯电子", "生物制药", "现代制造")} <= relations(graph)


def test_firms_that_each_sign_with_a_banks_branch_are_its_clients() -> None:
    # b39_05: A、B及巢湖经济开发区分别与徽商银行合肥分行签订战略合作协议 (分别 cut, the branch stays a bank)
    graph = extract("合肥市建设投资控股(集团)有限公司、合肥市工业投资控股有限公司及巢湖经济开发区分别与徽商银行合肥分行签订战略合作协议。")
    assert graph.entities["Enterprise:徽商银行合肥分行"].kind == "bank"
    assert {(f"Enterprise:{firm}", "FINANCED_BY", "Enterprise:徽商银行合肥分行")
            for firm in ("合肥市建设投资控股(集团)有限公司", "合肥市工业投资控股有限公司")} <= relations(graph)


def test_firms_signing_with_banks_at_a_financing_meeting_are_their_clients() -> None:
    # b39_06: A、B等6家企业,分别与中国工商银行眉山分行、中国银行眉山分行等5家银行机构签约,金额共计97.22亿元
    graph = extract("在眉山分会场,眉山兴眉水务有限公司、中铁四川生态城投资有限公司等6家企业,分别与中国工商银行眉山分行、"
                    "中国银行眉山分行等5家银行机构签约,金额共计97.22亿元。")
    assert ("Enterprise:眉山兴眉水务有限公司", "FINANCED_BY", "Enterprise:中国银行眉山分行") in relations(graph)
    # a bank's head office named in a slot is a bank
    graph = extract("合肥市政府与徽商银行总行签订战略合作协议。")
    assert graph.entities["Enterprise:徽商银行总行"].kind == "bank"


def test_an_official_title_in_running_text_after_a_verb_of_publishing() -> None:
    # b12_03: 重庆市人民政府网站发布重庆市人民政府关于设立重庆开州高新技术产业开发区的批复件
    graph = extract("8月24日,重庆市人民政府网站发布重庆市人民政府关于设立重庆开州高新技术产业开发区的批复件,要求开州力争3年内完成试点任务。")
    reply = "Plan:重庆市人民政府关于设立重庆开州高新技术产业开发区的批复"
    assert {(reply, "ISSUED_BY", "Agency:重庆市人民政府"),
            (reply, "COVERS", "Zone:重庆开州高新技术产业开发区")} <= relations(graph)
    # 长沙镇胡桥村: a city's name that opens a town's name is no city
    assert "Zone:长沙市" not in entities(extract("东至长沙镇胡桥村村委会、南至浦里河。"))


def test_works_a_loan_or_fund_is_spent_on_are_financed_by_the_bank() -> None:
    # b41_07: 农发行赣州市分行成功投放农发基础设施基金10.5亿元,用于赣粤产业合作区(南康片区)项目建设
    graph = extract("9月12日,农发行赣州市分行成功投放农发基础设施基金10.5亿元,用于赣粤产业合作区(南康片区)项目建设。"
                    "据悉,该项目列入江西省重点项目,总投资105.76亿元。")
    work = "Project:赣粤产业合作区(南康片区)项目"
    assert (work, "FINANCED_BY", "Enterprise:中国农业发展银行赣州市分行") in relations(graph)
    # 该项目…总投资: the work the sentence before named gets the investment
    assert graph.entities[work].properties["investment_value"] == 10_576_000_000


def test_works_named_after_the_sums_of_their_loan_take_the_first_sum() -> None:
    # b37_05: …向三亚崖州湾科技城某公司授信4亿元,并于7月1日实现首期贷款1.4亿元投放,专项用于海南首个人工智能计算中心项目建设
    graph = extract("日前,由国家开发银行三亚市分行牵头,兴业银行三亚分行共同组建的银团,向三亚崖州湾科技城某公司授信4亿元,"
                    "并于7月1日实现首期贷款1.4亿元投放,专项用于海南首个人工智能计算中心项目建设。")
    loans = [r for r in graph.relations.values() if r.type == "FINANCED_BY" and r.source == "Project:海南首个人工智能计算中心项目"]
    assert loans and {r.properties.get("amount_value") for r in loans} == {400_000_000}


def test_a_zones_role_and_a_count_before_it_are_no_part_of_its_name() -> None:
    # b42_01: 湘潭产业园功能定位为以智能制造集聚集群发展区…为主; b41_03: 认定…等14家省级高新技术产业园区
    graph = extract("根据规划,湘潭产业园功能定位为以智能制造集聚集群发展区和现代医疗器械集群发展区为主的台资聚集区。")
    assert "Zone:湘潭产业园功能定位" not in entities(graph)
    assert not any(e.startswith("Zone:家") for e in entities(extract("浙江省政府认定14家省级高新技术产业园区。")))


def test_a_count_of_works_restated_after_them_is_one_programme() -> None:
    # b19_10: 9个项目投资总额211亿元 (headline) … 共计签约项目9个
    graph = extract("西部(重庆)科学城一季度重点招商项目集中签约 9个项目投资总额211亿元\n"
                    "西部(重庆)科学城一季度重点招商项目集中签约活动10日举行,共计签约项目9个,投资总额211亿元。")
    assert graph.entities["Project:9个项目"].aliases == {"签约项目9个"}


def test_loan_sums_before_each_work_and_a_syndicates_one_sum() -> None:
    # b44_06: 发放贷款0.5亿元支持林州市红旗渠公共服务中心项目建设,发放贷款4.2亿元支持济源整域乡村振兴项目建设
    graph = extract("国开行河南分行以红色文旅激活发展动能,发放贷款0.5亿元支持林州市红旗渠公共服务中心项目建设,"
                    "发放贷款4.2亿元支持济源整域乡村振兴项目建设。")
    sums = {r.source: r.properties.get("amount_value") for r in graph.relations.values() if r.type == "FINANCED_BY"}
    assert sums == {"Project:林州市红旗渠公共服务中心项目": 50_000_000, "Project:济源整域乡村振兴项目": 420_000_000}
    # b44_05: …获得中国建设银行厦门市分行等我市6家银行首期25亿元银团贷款支持; the members, named with the firm
    # in the next sentence, share that sum
    graph = extract("今天上午,中航锂电A6项目获得中国建设银行厦门市分行等我市6家银行首期25亿元银团贷款支持。\n"
                    "签约仪式上,中国建设银行厦门市分行、中国银行厦门市分行等6家银行与中航锂电科技有限公司签署了银团贷款协议。")
    loans = [r for r in graph.relations.values() if r.type == "FINANCED_BY"]
    assert loans and {r.properties.get("amount_value") for r in loans} == {2_500_000_000}


def test_a_zone_named_after_a_county_and_a_chemical_concentration_zone() -> None:
    # b43_03: 认定专业化工园区:曹妃甸化学工业园区(…)、…; 认定化工集中区:…、河北迁安经济开发区化工集中区(南部片区)
    names = entities(extract("认定专业化工园区:曹妃甸化学工业园区(曹妃甸石化产业基地)、沧州临港经济技术开发区。\n"
                             "认定化工集中区:唐山海港经济开发区化工园区、河北迁安经济开发区化工集中区(南部片区)。"))
    assert {"Zone:曹妃甸化学工业园区", "Zone:河北迁安经济开发区化工集中区"} <= names
    assert not any(name in names for name in ("Zone:化学工业园区", "Zone:工集中区"))
    # the agency that published the list, a sentence before 认定…:, approves each zone it lists
    graph = extract("6月11日,河北省工业和信息化厅公布了“河北省化工园区(第一批)”。\n"
                    "认定专业化工园区:曹妃甸化学工业园区、沧州临港经济技术开发区\n"
                    "根据《河北省化工园区认定办法(试行)》,化工园区是指产业集聚区。")
    assert {(s, t) for s, r, t in relations(graph) if r in ("APPROVED_BY", "COVERS")} == {
        ("Zone:曹妃甸化学工业园区", "Agency:河北省工业和信息化厅"), ("Zone:沧州临港经济技术开发区", "Agency:河北省工业和信息化厅")}


def test_the_parks_a_zone_is_divided_into_are_its_parts() -> None:
    # b44_01: 临沧边境经济合作区…分为3个园区,即孟定核心园区、南伞园区和永和园区
    graph = extract("国务院正式批准在临沧市设立边境经济合作区,定名为临沧边境经济合作区。\n"
                    "据了解,临沧边境经济合作区于2011年12月20日正式启动建设,规划面积3.47平方公里,分为3个园区,即孟定核心园区、南伞园区和永和园区。")
    assert {(f"Zone:{p}", "PART_OF", "Zone:临沧边境经济合作区") for p in ("孟定核心园区", "南伞园区", "永和园区")} \
        <= relations(graph)


def test_joint_lead_underwriters_and_a_taiwanese_investment_zone() -> None:
    # b46_06: 由中国银行牵头主承销 ,兴业银行 、中信银行 、民生银行作为联席主承销商
    graph = extract("近日 ,天津医药集团首次成功发行中期票据 ,金额5亿元 ,期限5年 ,由中国银行牵头主承销 ,"
                    "兴业银行 、中信银行 、民生银行作为联席主承销商 ,票面利率2.55% 。")
    assert {("Enterprise:天津医药集团", "FINANCED_BY", f"Enterprise:{b}") for b in ("中国银行", "兴业银行", "中信银行")} \
        <= relations(graph)
    # b45_10: 泉州台商投资区 is a kind of development zone
    assert "Zone:泉州台商投资区" in entities(extract("泉州台商投资区举行26个台资项目集中签约。"))


def test_a_works_name_does_not_open_inside_a_kind_of_zone() -> None:
    # b46_08: 包括经开区公立学校建设项目、大兴新区第二学校…
    names = entities(extract("其中,民生项目包括经开区公立学校建设项目、长安区中小学建设项目等。"))
    assert "Project:经开区公立学校建设项目" in names and "Project:开区公立学校建设项目" not in names


def test_an_autonomous_prefecture_by_its_short_form() -> None:
    # b45_08: 青海省海西州2020年首批208个项目集中开复工
    graph = extract("3月28日上午,青海省海西州2020年首批208个项目集中开复工仪式在海西全州7个地区同步举行。")
    prefecture = graph.entities["Zone:海西蒙古族藏族自治州"]
    assert prefecture.aliases == {"海西州"} and prefecture.properties["level"] == "prefecture"


def test_a_reply_printed_without_its_title_and_a_zone_defined_by_its_short_form() -> None:
    # b48_01: 陕西省政府最新批复!… 一、同意…分别定名为兴平高新技术产业开发区(以下简称兴平高新区)、…
    graph = extract("陕西省政府最新批复!咸阳新增3个!\n\n咸阳市、延安市人民政府,省科技厅:\n\n"
                    "一、同意兴平市工业园区建设特色型省级高新技术产业开发区,分别定名为兴平高新技术产业开发区(以下简称兴平高新区)。\n"
                    "二、兴平高新区要聚焦主导产业。")
    assert ("Zone:兴平高新技术产业开发区", "APPROVED_BY", "Agency:陕西省人民政府") in relations(graph)
    assert "Zone:兴平高新区" not in entities(graph)
    assert "兴平高新区" in graph.entities["Zone:兴平高新技术产业开发区"].aliases


def test_a_directory_of_more_zones_than_the_reply_names_is_not_the_replys() -> None:
    # b47_03: 国务院办公厅关于广州花都经济开发区等4个…的复函, then a directory of Jiangxi's 11 national zones
    lines = "".join(f"{i}.{name}\n" for i, name in enumerate(
        ("南昌经济技术开发区", "九江经济技术开发区", "赣州经济技术开发区", "井冈山经济技术开发区", "上饶经济技术开发区"), 1))
    graph = extract("据国务院办公厅发布的《国务院办公厅关于广州花都经济开发区等4个省级开发区升级为国家级经济技术开发区的复函》,"
                    "江西贵溪经济开发区升级为国家级经济技术开发区。\n江西 11个国家级经济开发区名录\n" + lines)
    assert not any(t == "Zone:九江经济技术开发区" for _, r, t in relations(graph) if r == "COVERS")
    assert not any(s == "Zone:九江经济技术开发区" for s, r, _ in relations(graph) if r == "APPROVED_BY")


def test_an_adverb_of_time_cut_from_a_slot_names_no_firm() -> None:
    # b47_05: 今年以来,交通银行积极…为江苏省内基础建设提供融资支持
    graph = extract("今年以来,交通银行积极贯彻落实江苏省委省政府精神,发挥商业银行资金优势,为江苏省内基础建设提供融资支持。")
    assert "Enterprise:以来" not in entities(graph)


def test_a_region_a_plan_names_in_quotes_is_made_of_the_places_it_includes() -> None:
    # b49_02: “创新驱动引领区”包括昆明市、曲靖市、玉溪市、楚雄州,重点布局和发展先进装备制造、生物医药等产业
    graph = extract("《规划》将全省划分为3大区域,“创新驱动引领区”包括昆明市、曲靖市、玉溪市、楚雄州,"
                    "重点布局和发展先进装备制造、生物医药、电子信息等产业。")
    region = "Zone:创新驱动引领区"
    assert {(p, "PART_OF", region) for p in ("Zone:昆明市", "Zone:曲靖市", "Zone:楚雄彝族自治州")} <= relations(graph)
    assert (region, "FOCUSES_ON", "Industry:生物医药") in relations(graph)


def test_firms_counted_by_a_classifier_are_no_firm() -> None:
    # b49_07: 由农业银行牵头、9家国内银行组成的银团
    assert not any(e.startswith("Enterprise:家") for e in entities(
        extract("西安地铁二号线获得由农业银行牵头、9家国内银行组成的银团贷款63.12亿元。")))


def test_a_pilot_zone_named_twice_without_a_known_place_and_the_works_built_in_it() -> None:
    # b50_09: 3月18日上午,博鳌乐城先行区举行2022年度第二批项目集中开工活动 … 分别为博鳌乐城先行区右岸垃圾转运站、乐樱国际医院
    graph = extract("3月18日上午,博鳌乐城先行区举行2022年度第二批项目集中开工活动。"
                    "此次集中开工的8个项目分别为博鳌乐城先行区右岸垃圾转运站、乐樱国际医院等。")
    assert ("Project:8个项目", "LOCATED_IN", "Zone:博鳌乐城先行区") in relations(graph)
    # named once, such a phrase stays a phrase
    assert "Zone:博鳌乐城先行区" not in entities(extract("3月18日上午,博鳌乐城先行区举行开工活动。"))


def test_a_pilot_zone_of_seven_characters_named_twice_and_its_sectors() -> None:
    # b49_03: 柴达木 is no place the gazetteer knows; the article repeats the zone's name at clauses' heads
    graph = extract("我省柴达木循环经济试验区通过验收。2005年,柴达木循环经济试验区被确定为试点园区。"
                    "经过多年的发展,柴达木循环经济试验区基本形成了盐湖化工、油气化工等产业。")
    assert {("Zone:柴达木循环经济试验区", "FOCUSES_ON", f"Industry:{i}") for i in ("盐湖化工", "油气化工")} \
        <= relations(graph)


def test_a_park_a_division_names_after_itself_lies_in_it() -> None:
    # b51_09: 为充分发挥曲水县的资源优势,…,经多方努力,曲水县绿色农产品加工园区于日前开工建设。
    graph = extract("为充分发挥曲水县的资源优势,推进农牧业产业化进程,经多方努力,曲水县绿色农产品加工园区于日前开工建设。")
    assert ("Zone:曲水县绿色农产品加工园区", "LOCATED_IN", "Zone:曲水县") in relations(graph)
    # b24_06: works named after the park are works, and a verb after the county tells of the park
    assert "Zone:通许县预制菜产业园" not in entities(extract("农发行通许县支行为通许县预制菜产业园中央厨房一期项目发放贷款。"))
    assert not {e for e in entities(extract("巨鹿县举办台湾生物医药大健康产业园推介会。")) if e.startswith("Zone:巨鹿县举办")}


def test_a_parks_sector_follows_the_district_its_name_opens_with() -> None:
    # b28_03: 省政府确定枣庄市峄城化工产业园、东营市东营区化工产业园等10个化工园区
    graph = extract("省政府确定枣庄市峄城化工产业园、东营市东营区化工产业园等10个化工园区。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == {
        ("Zone:枣庄市峄城化工产业园", "FOCUSES_ON", "Industry:化工"), ("Zone:东营市东营区化工产业园", "FOCUSES_ON", "Industry:化工")}


def test_a_title_several_ministries_issued_and_ministries_of_earlier_governments() -> None:
    # b51_02: 对外贸易经济合作部、国土资源部、建设部关于北京经济技术开发区扩大发展用地的复函 (a line of its own)
    graph = extract("对外贸易经济合作部、国土资源部、建设部关于北京经济技术开发区扩大发展用地的复函\n外经贸资开函[2002]779号\n")
    reply = "Plan:对外贸易经济合作部、国土资源部、建设部关于北京经济技术开发区扩大发展用地的复函"
    assert {(reply, "ISSUED_BY", f"Agency:{a}") for a in ("对外贸易经济合作部", "国土资源部", "建设部")} \
        | {(reply, "COVERS", "Zone:北京经济技术开发区")} <= relations(graph)


def test_an_agreement_signed_without_quotes_is_its_parties_and_covers_the_place_of_the_body_signing() -> None:
    # b69_02: the parties stand a clause before the verb; the sum is the agreement's worth, not its name
    graph = extract("前天下午,南通市政府与中国农业发展银行江苏省分行围绕共同推动南通江海联动、陆海统筹发展,"
                    "签订500亿元金融合作备忘录。")
    memo = "Plan:金融合作备忘录"
    assert {r for r in relations(graph) if r[0] == memo} == {
        (memo, "ISSUED_BY", "Agency:南通市人民政府"), (memo, "ISSUED_BY", "Enterprise:中国农业发展银行江苏省分行"),
        (memo, "COVERS", "Zone:南通市")}
    # b53_04: named before 签约仪式; b53_08: a list of two kinds of agreement, and a bare kind, name none
    assert "Plan:促进企业融资、服务地方发展战略合作协议" in entities(
        extract("元宝山区政府与包商银行赤峰分行举行促进企业融资、服务地方发展战略合作协议签约仪式。"))
    assert not {e for e in entities(extract("傅志辉与金川集团有限公司签署了战略合作、银企合作融资协议。"
                                            "该行与滨达集团签署贷款协议。")) if e.startswith("Plan:")}


def test_a_syndicate_of_banks_named_by_their_registered_names_and_a_joint_ventures_dotted_name() -> None:
    # b71_04 (in traditional characters on the page): 大连福佳·大化石油化工有限公司 joins its owners' names
    graph = extract("由中国工商银行股份有限公司大连市分行牵头,中国进出口银行大连分行、兴业银行大连分行5家银行共同参与,"
                    "6家银行共为大连福佳·大化石油化工有限公司芳烃项目提供23亿元贷款支持。")
    firm = "Enterprise:大连福佳·大化石油化工有限公司"
    assert {r[2] for r in relations(graph) if r[:2] == (firm, "FINANCED_BY")} == {
        "Enterprise:中国工商银行大连市分行", "Enterprise:中国进出口银行大连分行", "Enterprise:兴业银行大连分行"}
    # b24_04: what a work is said to be (龙头项目) opens no name
    graph = extract("项目将由中国建设银行股份有限公司天津市分行、交通银行股份有限公司天津市分行等6家银行组成银团,"
                    "共同为城市综合开发的龙头项目Z4线一期工程提供银团贷款。")
    assert entities(graph, "Project") == {"Project:Z4线一期工程"}


def test_a_kind_of_firm_or_a_persons_title_in_a_slot_is_no_firm() -> None:
    # b71_04: 为大连民营企业联手提供最大一笔银团贷款; b53_08: 兰州市委常务、副市长杨志武
    assert not {e for e in entities(extract("多家银行决定为大连民营企业联手提供最大一笔银团贷款。"))
                if e.startswith("Enterprise:大连")}
    assert "Enterprise:兰州市委常务" not in entities(extract(
        "中国农业银行甘肃省分行行长傅志辉与兰州市委常务、副市长杨志武签署了银政战略合作备忘录。"))


def test_a_zone_named_with_its_rank_in_brackets_and_its_short_form_are_one_zone() -> None:
    # b72_07 (in traditional characters on the page): 记者从西宁(国家级)经济技术开发区获悉,一季度西宁开发区大抓项目建设
    graph = extract("4月8日,记者从西宁(国家级)经济技术开发区获悉,一季度西宁开发区大抓项目建设和有效投资,"
                    "项目涵盖新能源、绿色算力、生物医药、智能制造等领域。")
    zone = "Zone:西宁(国家级)经济技术开发区"
    assert graph.entities[zone].aliases >= {"西宁开发区"}
    assert not entities(graph, "Project")
    assert {r[2] for r in relations(graph) if r[:2] == (zone, "FOCUSES_ON")} == {
        "Industry:新能源", "Industry:绿色算力", "Industry:生物医药", "Industry:智能制造"}


def test_a_parks_whole_name_after_a_pause_or_a_word_of_place() -> None:
    # b10_01: 区块二:利津循环经济产业园,面积357.15公顷; b10_10: 推进会在苏银产业园举行
    assert {"Zone:利津循环经济产业园", "Zone:苏银产业园"} <= entities(extract(
        "区块二:利津循环经济产业园,面积357.15公顷。3月18日,银川市2022年第一批重大项目集中开工现场推进会在苏银产业园举行。"))
    # a kind of park, or one whose name runs on, is no such name
    assert not {e for e in entities(extract("加快建设现代农业产业园。")) if e.endswith("产业园")}


def test_development_banks_of_several_states_and_a_branch_in_a_city_whose_name_holds_a_cue() -> None:
    # b74_10: 金砖国家新开发银行 and b72_03: 亚洲开发银行 are not 国家开发银行
    graph = extract("金砖国家新开发银行为福建省莆田平海湾海上风电项目提供贷款。亚洲开发银行今日已批准向资阳项目提供2亿美元贷款。")
    assert entities(graph, "Enterprise") == {
        "Enterprise:金砖国家新开发银行", "Enterprise:亚洲开发银行"}
    # b73_08 (traditional on the page): the 和 of 呼和浩特 is no conjunction
    assert "Enterprise:中国工商银行呼和浩特分行" in entities(extract(
        "内蒙古冷极村旅游有限责任公司等区内文旅企业分别与工商银行呼和浩特分行同步进行签约。"))


def test_a_short_form_defined_in_brackets_and_online_banking_name_no_firm() -> None:
    # b73_06: 上海外高桥第三发电有限责任公司(以下简称外三发电公司)和中国建设银行上海分行…组成的银团…; …网上银行
    graph = extract("上海外高桥第三发电有限责任公司(以下简称外三发电公司)和中国建设银行上海分行等十家银行组成的银团"
                    "日前正式签订了总额为74.6亿元银团贷款协议。客户可通过网上银行办理。")
    assert entities(graph, "Enterprise") == {
        "Enterprise:上海外高桥第三发电有限责任公司", "Enterprise:中国建设银行上海分行"}


def test_a_works_name_that_joins_two_words_with_and_is_not_split() -> None:
    # b72_03: 向四川省资阳市绿色转型和发展项目提供2亿美元贷款: no firm named 四川省资阳市绿色转型
    assert not {e for e in entities(extract("亚洲开发银行今日已批准向四川省资阳市绿色转型和发展项目提供2亿美元贷款。"))
                if e.startswith("Enterprise:四川")}


def test_a_work_built_in_a_place_lies_there_and_the_place_opens_no_part_of_its_name() -> None:
    # b74_07 (traditional on the page): 宝能物流集团有限公司计划在空港经济开发区建设智慧供应链产业园项目
    graph = extract("宝能物流集团有限公司计划在空港经济开发区建设智慧供应链产业园项目。")
    assert ("Project:智慧供应链产业园项目", "LOCATED_IN", "Zone:空港经济开发区") in relations(graph)
    assert entities(graph, "Project") == {"Project:智慧供应链产业园项目"}


def test_a_short_work_after_and_joins_the_words_before_it_into_one_name() -> None:
    # b76_04: 新开发银行董事会批准了辽宁省产业转型升级基础设施建设和环境改善项目,贷款金额14.6亿元人民币
    graph = extract("新开发银行董事会批准了辽宁省产业转型升级基础设施建设和环境改善项目,贷款金额14.6亿元人民币。")
    assert entities(graph, "Project") == {"Project:辽宁省产业转型升级基础设施建设和环境改善项目"}
    # works of generic words joined by 和 name none
    assert not {e for e in entities(extract("重点支持中央和地方投资项目。")) if e.startswith("Project:")}


def test_a_works_loan_sum_stated_after_it_is_the_articles_lenders_loan() -> None:
    # b75_06: 世界银行执董会批准了四个中国贷款项目。… 青海西宁城市交通项目,贷款金额1.2亿美元,…
    graph = extract("近日,世界银行执董会批准了四个中国贷款项目。青海西宁城市交通项目,贷款金额1.2亿美元,使用以LIBOR为基础的浮动利差贷款。")
    loan = relation(graph, "Project:青海西宁城市交通项目", "FINANCED_BY", "Enterprise:世界银行")
    assert (loan.properties["amount_value"], loan.properties["currency"]) == (120000000, "USD")


def test_a_county_before_a_local_banks_brand_and_words_around_a_firm_that_are_no_part_of_it() -> None:
    # b80_08: 龙海农商银行东园支行 is the 龙海 bank's branch
    assert "Enterprise:龙海农商银行东园支行" in entities(extract("龙海农商银行东园支行为龙海状圆食品有限公司授信300万元。"))
    # b80_07: …完成发行,系交投集团在银行间市场首次发行的15年期债券 (系: is); b80_06 (traditional on the page):
    # 此为继8月15日绿地控股集团计划在新区投资100亿元 (the day of a date)
    graph = extract("最终该笔中期票据业务完成发行,系交投集团在银行间市场首次发行的15年期债券。"
                    "此为继8月15日绿地控股集团计划在新区投资100亿元建设智慧科技园项目后,又一家知名民营企业宣布投资。")
    assert entities(graph, "Enterprise") == {"Enterprise:交投集团", "Enterprise:绿地控股集团"}


def test_a_variant_character_opencc_leaves_and_the_place_a_zone_is_set_up_in() -> None:
    # b79_01 (traditional on the page): 陜西省人民政府關于同意建設銅川高新技術產業開發區的批復 / …同意你市在銅川新區建設
    # 省級高新技術產業開發區,定名為銅川高新技術產業開發區
    graph = extract("陜西省人民政府關于同意建設銅川高新技術產業開發區的批復\n銅川市人民政府:\n"
                    "一、同意你市在銅川新區建設省級高新技術產業開發區,定名為銅川高新技術產業開發區,享受省級高新區相關政策。\n")
    approved = {r[0] for r in relations(graph) if r[1:] == ("APPROVED_BY", "Agency:陕西省人民政府")}
    assert approved == {"Zone:铜川高新技术产业开发区"}


def test_leading_sectors_listed_right_after_their_word() -> None:
    # b77_08: 四川阿坝工业园区核准面积161.56公顷,主导产业铝冶炼、化学原料、非金属矿物制品。
    graph = extract("四川阿坝工业园区核准面积161.56公顷,主导产业铝冶炼、化学原料、非金属矿物制品。")
    assert {r[2] for r in relations(graph) if r[:2] == ("Zone:四川阿坝工业园区", "FOCUSES_ON")} == {
        "Industry:铝冶炼", "Industry:化学原料", "Industry:非金属矿物制品"}
    # the word inside a clause is no such list (主导产业集聚度进一步提高、规模进一步扩大)
    assert not {e for e in entities(extract("开发区主导产业集聚度进一步提高、规模进一步扩大。")) if e.startswith("Industry:")}


def test_a_bodys_partners_in_one_agreement_are_no_clients_of_the_banks_of_the_next() -> None:
    # b81_07: 贵州省交通运输厅与中国交通建设股份有限公司、…签订战略合作框架协议,与国家开发银行贵州省分行、…签订金融战略合作备忘录
    graph = extract("会上,贵州省交通运输厅与中国交通建设股份有限公司、中国中铁股份有限公司签订战略合作框架协议,"
                    "与国家开发银行贵州省分行、贵州银行签订金融战略合作备忘录。")
    assert not {r for r in relations(graph) if r[1] == "FINANCED_BY"}


def test_banks_counted_by_a_kind_name_no_bank() -> None:
    # b83_05: 三大政策银行将…: the three policy banks as a kind, named one by one elsewhere
    assert not {e for e in entities(extract("三大政策银行将为重大项目提供融资支持。四大国有银行参与。")) if "银行" in e}


@pytest.mark.parametrize("pattern, words, before, after", [
    ("_PILOT_ZONE", "pilot_zone", None, 12), ("_DEV_ZONE", "development_zone", None, 12),
    ("_REGION_ZONE", "region", None, 12), ("_PARK", "park", None, 12),
    ("_PROJECT", "_PROJECT_END_WORDS", 60, 12), ("_COMPANY", "_COMPANY_SUFFIX_WORDS", 30, 1),
    ("_LOCAL_AGENCY", "_AGENCY_SUFFIX_WORDS", 60, 8), ("_WORKS_NAME", "_WORKS_END_WORDS", 120, 16),
    ("_ZONE_PLAN", "_PLAN_OF_A_ZONE_WORDS", 60, 12),
])
def test_patterns_tried_near_their_last_words_match_as_over_the_whole_page(pattern: str, words: str,
                                                                             before: int | None, after: int) -> None:
    # the windows are for speed only: every real page of a sample gives the same matches as a scan of the whole text
    compiled = getattr(recognisers, pattern)
    ending = recognisers._ZONE_WORDS[words] if before is None else getattr(recognisers, words)
    reach = recognisers._ZONE_REACH[words] if before is None else before
    for page in sorted((ROOT / "tests" / "data" / "real").glob("*/*.txt"))[::7]:
        text = page.read_text(encoding="utf-8")
        windowed = [m.span() for m in recognisers._near_words(compiled, ending, text, reach, after)]
        assert windowed == [m.span() for m in compiled.finditer(text)], page.name


def test_words_found_in_a_text_are_what_an_alternation_of_them_longest_first_finds() -> None:
    # find_words stands in for a pattern compiled for each article's own names: the same matches, left to right
    text = "撤销林芝地区,设立地级林芝市;林芝市辖巴宜区。原林芝县的行政区域"
    words = ["林芝", "巴宜", "原林芝", "地级"]
    alternation = "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")(?![市县区])"
    assert find_words(text, words, "市县区") == [m.span() for m in re.finditer(alternation, text)]
    assert find_words(text, words, "市县区") == [(2, 4), (9, 11)]  # 林芝 and 地级, none before 市县区
    assert find_words("新区新区区", ["新区", "新区区"]) == [(0, 2), (2, 5)]


def test_the_parties_of_an_agreement_are_not_where_it_was_signed_nor_the_people_who_signed_it() -> None:
    # b86_06: 在汉 (in Wuhan) is where; b86_08: 朱文凯、谢京 sign on behalf of the parties
    assert "Enterprise:中国邮政储蓄银行" in entities(extract("昨日,省政府与中国邮政储蓄银行在汉签订战略合作协议。"))
    assert "Enterprise:中国邮政储蓄银行在汉" not in entities(extract("昨日,省政府与中国邮政储蓄银行在汉签订战略合作协议。"))
    signed = entities(extract("陈铁军与朱文凯、谢京代表三方签署了《三亚市人民政府、招商局海南开发投资有限公司深海科技城项目合作协议》。"))
    assert not {e for e in signed if e.startswith("Enterprise:")} - {"Enterprise:招商局海南开发投资有限公司"}


def test_what_lies_in_a_place_follows_it_and_de_and_works_joined_by_he_lie_there_together() -> None:
    # b40_08: 位于X的Y: Y lies in X (no frame subject before 位于); b86_10: A项目和B项目选择落地C: both lie in C
    graph = extract("位于遂宁高新区栖凤路的中科华联湿法锂电池隔膜生产项目建设现场,一片繁忙。")
    assert relations(graph) == {("Project:中科华联湿法锂电池隔膜生产项目", "LOCATED_IN", "Zone:遂宁高新区")}
    graph = extract("美恩康信药品研发技术服务平台项目和斯达制药口服制剂药品生产车间项目选择落地海口国家高新区。")
    assert {r for r in relations(graph) if r[1] == "LOCATED_IN"} == {
        ("Project:美恩康信药品研发技术服务平台项目", "LOCATED_IN", "Zone:海口国家高新区"),
        ("Project:斯达制药口服制剂药品生产车间项目", "LOCATED_IN", "Zone:海口国家高新区")}


def test_a_work_built_at_a_short_place_and_a_partner_signing_today_keep_their_own_names() -> None:
    # b88_10: 在双流建设: the place and the verb open no part of the work's name
    assert "Project:锂离子动力电池项目" in entities(extract("海高投资公司拟投资6.2亿元,在双流建设锂离子动力电池项目。"))
    # b88_04: 今天 is when they signed, not the end of the zone's name
    graph = extract("中国进出口银行与苏州工业园区今天签署战略合作协议。")
    assert not {e for e in entities(graph) if "今天" in e}


def test_no_firm_from_a_date_or_place_of_signing_a_county_named_after_its_city_counted_banks_or_a_field() -> None:
    # b89_03, b89_06, b90_04 and older pages: each of these read a firm that is none
    for sentence, wrong in [
        ("中国农业发展银行云南省分行与云南省水利厅日前在昆明签订了战略合作框架协议。", "昆明"),
        ("中国农业发展银行海南省分行与海南省农业厅1月15日在海口签署战略合作框架协议。", "15日"),
        ("工商银行成都分行与成都温江签署战略合作协议。", "成都温江"),
        ("市政府与三家银行分别签署战略合作协议。", "Enterprise:银行"),
        ("工行将向温江区重点领域提供350亿元融资。", "领域"),
        ("成都分行将充分发挥集团化、综合化、国际化优势。", "集团"),
    ]:
        assert not {e for e in entities(extract(sentence)) if e.startswith("Enterprise:") and wrong in e}, sentence


def test_a_named_commercial_bank_is_a_bank_and_a_kind_or_role_of_bank_is_none() -> None:
    # b92_03: 彰化商业银行 is named; 协调安排银行 is a role in the syndicate; b88_09: 国有商业银行 a kind of bank
    banks = {e for e in entities(extract("主要牵头安排和协调安排银行是新加坡星展银行(中国)有限公司,另外4家外资银行为"
                                         "香港大新银行、台湾彰化商业银行和意大利西雅那银行。充分发挥国有大型商业银行的作用。"))
             if e.startswith("Enterprise:")}
    assert banks == {"Enterprise:新加坡星展银行(中国)有限公司", "Enterprise:香港大新银行", "Enterprise:台湾彰化商业银行",
                     "Enterprise:意大利西雅那银行"}


def test_a_word_that_only_stands_before_nouns_opens_a_works_name() -> None:
    # b92_05: 有 of 有轨电车 is no verb of having
    assert "Project:璧山区胶轮有轨电车项目" in entities(extract("农发行璧山支行发放贷款5.1亿元,用于支持璧山区胶轮有轨电车项目建设。"))


def test_a_zones_block_is_no_district() -> None:
    # b91_01: 沙尔沁区块 is a block of the development zone, not a district 沙尔沁区
    assert "Zone:沙尔沁区" not in entities(extract("沙尔沁区块重点发展生物科技产业、装备制造产业。"))


def test_a_zone_prepared_in_a_town_is_the_zone_approved_and_a_sum_or_a_verb_of_settling_opens_no_name() -> None:
    # b93_02: 在如皋市桃园镇筹建X: X is approved, not the town; the town's name is no part of X's
    graph = extract("江苏省人民政府关于筹建江苏省如皋高新技术产业开发区的批复\n南通市人民政府:\n"
                    "一、同意在如皋市桃园镇筹建江苏省如皋高新技术产业开发区。")
    assert {r for r in relations(graph) if r[1] == "APPROVED_BY" and r[0].startswith("Zone:")} == {
        ("Zone:江苏省如皋高新技术产业开发区", "APPROVED_BY", "Agency:江苏省人民政府")}
    # b94_04: 已落地康佳集团等27个项目; b94_10: 计划投资50亿建设X项目
    assert "Enterprise:康佳集团" in entities(extract("广东海南先进制造业合作产业园目前已落地康佳集团等27个项目。"))
    assert "Project:中交产业园(重庆)项目" in entities(extract("北碚区与中交重庆投资发展有限公司签订重大合作协议,"
                                                           "计划投资50亿建设中交产业园(重庆)项目,分两期实施。"))


def test_a_work_named_after_its_province_is_not_said_to_lie_in_the_province() -> None:
    # b93_08: the work lies in 荆门高新区 (stated); 湖北 in its name tells no place an analyst would give
    graph = extract("投资50亿元以上的湖北航特新能源装备精密制造项目位于荆门高新区。")
    assert {r for r in relations(graph) if r[1] == "LOCATED_IN"} == {
        ("Project:湖北航特新能源装备精密制造项目", "LOCATED_IN", "Zone:荆门高新区")}


def test_a_sector_opens_after_the_place_or_the_words_of_where_and_which_before_it() -> None:
    # b92_02, b94_07, b86_10, b94_10: 河池茧丝绸产业 is 茧丝绸; 利津肉羊产业 肉羊; 园区生物医药产业集群 生物医药
    for sentence, sector in [("制约着河池茧丝绸产业的有效发展。", "Industry:茧丝绸"),
                             ("有力推动了利津肉羊产业发展。", "Industry:肉羊产业"),  # (two characters keep 产业)
                             ("为园区生物医药产业集群发展提供更多新动力。", "Industry:生物医药"),
                             ("重点投资新一代信息技术产业的优质标的。", "Industry:新一代信息技术"),
                             ("紧盯新一代信息技术产业招商。", "Industry:新一代信息技术")]:
        assert sector in entities(extract(sentence)), sentence


def test_months_a_field_a_role_and_a_list_of_works_name_no_zone_firm_or_part() -> None:
    # b95_09: 5个月高新区 is 5 months, then the zone; a list of works after 包括 makes its places no parts of the zone
    graph = extract("临沂高新区5个月高新区签约引进产业化项目16个。1-5月份,全区共签约引进产业化项目16个,包括台州德仕乐投资14亿元的"
                    "智能水表产业园项目、江苏润东投资7.05亿元的现代智慧物流园项目、北京101中学与宏原集团合作办学项目等。")
    assert not {e for e in entities(graph) if e.startswith("Zone:月")}
    assert not {r for r in relations(graph) if r[1] == "PART_OF"}
    # b96_03: 公路、铁路、水运等领域 are fields; 主力银行 a role
    graph = extract("国开行作为我国中长期投融资领域的主力银行,已累计向广西公路、铁路、水运等领域投放信贷资金882亿元。")
    assert entities(graph, "Enterprise") == {"Enterprise:国家开发银行"}


def test_a_branch_under_a_prefecture_and_county_the_lexicon_lacks_and_a_works_name_with_its_phase() -> None:
    # b95_03: 农发行舟山市普陀区支行 lends to 百里滨海大道普陀段新建(一期)项目 (新建 is the name's word before the phase)
    graph = extract("近日,农发行舟山市普陀区支行为百里滨海大道普陀段新建(一期)项目授信7亿元。")
    assert ("Project:百里滨海大道普陀段新建(一期)项目", "FINANCED_BY", "Enterprise:中国农业发展银行舟山市普陀区支行") \
        in relations(graph)


def test_banks_short_forms_standing_alone_in_a_list_and_firms_after_their_role() -> None:
    # b98_07: 中行、农行、工行 each a bank; b97_04: 项目业主 is the firm's role; b97_03: 整个集团 is no firm
    banks = {e for e in entities(extract("银团总金额达229.33亿元,由邮储银行、中行、农行、工行、苏州银行组成。"))
             if e.startswith("Enterprise:")}
    assert banks == {"Enterprise:中国邮政储蓄银行", "Enterprise:中国银行", "Enterprise:中国农业银行", "Enterprise:中国工商银行",
                     "Enterprise:苏州银行"}
    firms = entities(extract("国开行广西分行向项目业主柳州市投资控股有限公司发放贷款13.5亿元。整个集团获得贷款。"))
    assert "Enterprise:柳州市投资控股有限公司" in firms and not {e for e in firms if "集团" in e or "业主" in e}


def test_no_borrower_from_fields_an_aim_or_a_firm_named_with_its_role_or_the_verb_before_it() -> None:
    # b98_10: 民生等多个领域 are fields; b91_02: 当地人文环境改善 an aim; b92_02, b95_06: 审批 and 承接主体 open no firm
    assert not {e for e in entities(extract("建设银行将向陕西省新农村建设、中小企业、民生等多个领域提供1500亿元人民币的信贷支持。"))
                if e == "Enterprise:民生"}
    assert "Enterprise:当地人文环境改善" not in entities(extract("以金融力量为当地人文环境改善提供贷款支持。"))
    firms = entities(extract("农发行河池市分行审批广西金源产业投资有限公司贷款1.4亿元。全力配合承接主体市文投集团开展融资准备工作。"))
    assert "Enterprise:广西金源产业投资有限公司" in firms and not {e for e in firms if "审批" in e or "主体" in e}


def test_a_cue_character_that_ends_a_firms_name_opens_no_work() -> None:
    # b99_07: 为 ends 华为, so 华为云工业互联网创新中心项目 is one name
    assert "Project:华为云工业互联网创新中心项目" in entities(extract("常州高新区签约华为云工业互联网创新中心项目。"))


def test_acts_ranks_and_kinds_ending_in_a_places_suffix_are_no_places() -> None:
    # b101_02, b89_02, b100_09: 扩区调区, 农业大市, 工业兴县, 小型灌区 name no division
    zones = {e for e in entities(extract("湖北省人民政府同意襄州经济开发区扩区调区。该市是农业大市,坚持工业兴县,建设小型灌区。"))
             if e.startswith("Zone:")}
    assert not zones & {"Zone:扩区调区", "Zone:农业大市", "Zone:工业兴县", "Zone:小型灌区"}


def test_yiji_joins_the_last_sector_of_a_list() -> None:
    # b117_07: …医疗大健康、生产服务以及工业设备等领域
    graph = extract("8月21日,合肥新站高新区举行2024年第三季度招商引资项目集中签约活动,25个代表项目现场签约。\n\n"
                    "去年5月,新站高新区设立百亿母基金。\n\n据悉,此次签约的项目涉及集成电路、元宇宙、新能源、新材料、医疗大健康、生产服务以及工业设备等领域。")
    focus = {r[2] for r in relations(graph) if r[1] == "FOCUSES_ON"}
    assert focus == {"Industry:集成电路", "Industry:元宇宙", "Industry:新能源", "Industry:新材料",
                     "Industry:医疗大健康", "Industry:生产服务", "Industry:工业设备"}


def test_verbs_counts_and_cut_names_around_sectors_name_no_sector() -> None:
    # b10_10: 抓经济必须抓产业; b109_04: 六大主导产业; b115_04: 全生命周期产业支撑体系
    graph = extract("银川市牢固树立“抓经济必须抓产业、抓产业必须抓项目”的理念。福州新区将围绕六大主导产业发展。"
                    "成都高新区持续优化“空间承载—产业聚集—服务赋能—实业发展”全生命周期产业支撑体系。")
    assert entities(graph, "Industry") == set()


def test_a_branch_named_after_a_four_character_city_lends() -> None:
    # b121_01: 盟工信局会同中行锡林浩特分行为…发放助保金贷款1000万元
    graph = extract("近日,盟工信局会同中行锡林浩特分行为锡林郭勒盟进德畜产品有限责任公司发放助保金贷款1000万元。")
    assert {r for r in relations(graph) if r[1] == "FINANCED_BY"} == {
        ("Enterprise:锡林郭勒盟进德畜产品有限责任公司", "FINANCED_BY", "Enterprise:中国银行锡林浩特分行")}


def test_words_that_describe_a_firm_before_its_name_are_no_part_of_it() -> None:
    # b121_09: 与中国500强企业水发集团有限公司签约; b47_02: 入园企业有广东辉胜达电器股份有限公司; b83_07: 一批央企三级公司
    graph = extract("该项目由台江县人民政府与中国500强企业水发集团有限公司签约。入园企业有广东辉胜达电器股份有限公司。"
                    "中关村科技城引进一批央企三级公司。")
    assert entities(graph, "Enterprise") == {
        "Enterprise:水发集团有限公司", "Enterprise:广东辉胜达电器股份有限公司"}


def test_a_groups_finance_company_lends_and_a_name_for_all_lenders_is_none_of_them() -> None:
    # b123_08: 控股子公司江西昌泰高速公路有限责任公司(以下简称昌泰公司)…与国家开发银行江西省分行、…、
    # 江西省交通投资集团财务有限公司、兴业银行股份有限公司南昌分行(以下简称各初始贷款人)签署…银团贷款合同
    graph = extract("公司控股子公司江西昌泰高速公路有限责任公司(以下简称昌泰公司)于2023年3月20日与国家开发银行江西省分行、"
                    "江西省交通投资集团财务有限公司、兴业银行股份有限公司南昌分行(以下简称各初始贷款人)签署银团贷款合同。"
                    "各初始贷款人将按合同放款。")
    assert {r for r in relations(graph) if r[1] == "FINANCED_BY"} == {
        ("Enterprise:江西昌泰高速公路有限责任公司", "FINANCED_BY", lender) for lender in (
            "Enterprise:国家开发银行江西省分行", "Enterprise:江西省交通投资集团财务有限公司", "Enterprise:兴业银行南昌分行")}
    assert "Enterprise:公司控股子公司" not in graph.entities


def test_a_firm_named_after_its_group_is_one_firm_and_a_banks_partner_is_not_the_bank() -> None:
    # b2_10: 兴业银行郑州分行携手中国平煤神马集团天安煤业股份有限公司,日前成功发行9.7亿元绿色债券
    graph = extract("兴业银行郑州分行携手中国平煤神马集团天安煤业股份有限公司,日前成功发行9.7亿元绿色债券。")
    assert entities(graph, "Enterprise") == {
        "Enterprise:兴业银行郑州分行", "Enterprise:中国平煤神马集团天安煤业股份有限公司"}


def test_zones_a_list_notice_chose_are_approved_by_its_issuer_and_covered_by_it() -> None:
    # b123_04: 省农业农村厅下发关于公布第五批省级现代农业产业园名单的通知,A、B4家农业产业园成功入选
    graph = extract("日前,省农业农村厅下发关于公布第五批省级现代农业产业园名单的通知,界首市泉阳现代农业产业园、"
                    "颍东区冉庙现代农业产业园成功入选。")
    notice, agency = "Plan:关于公布第五批省级现代农业产业园名单的通知", "Agency:省农业农村厅"
    parks = ("Zone:界首市泉阳现代农业产业园", "Zone:颍东区冉庙现代农业产业园")
    assert {r for r in relations(graph) if r[1] in ("APPROVED_BY", "COVERS")} == {
        *((park, "APPROVED_BY", agency) for park in parks), *((notice, "COVERS", park) for park in parks)}


def test_tong_after_a_province_opens_a_firms_name_and_capital_names_no_sector() -> None:
    # b124_08: 湖北裕田霸力新材料有限公司和湖北同光新材料有限公司等多家台资企业
    graph = extract("湖北裕田霸力新材料有限公司和湖北同光新材料有限公司等多家台资企业已入驻园区。")
    assert entities(graph, "Enterprise", "Industry") == {
        "Enterprise:湖北裕田霸力新材料有限公司", "Enterprise:湖北同光新材料有限公司"}


def test_an_autonomous_county_without_its_peoples_and_a_zones_works_name_no_work() -> None:
    # b126_09: 纳雍县项目9个,总投资43.66亿元;威宁自治县项目8个,总投资32.47亿元
    graph = extract("毕节市集中开工项目。纳雍县项目9个,总投资43.66亿元;威宁自治县项目8个,总投资32.47亿元。")
    assert entities(graph) == {"Zone:毕节市", "Zone:纳雍县", "Zone:威宁彝族回族苗族自治县"}


def test_he_after_a_province_belongs_to_a_firms_name_and_a_county_after_its_city_is_no_firm() -> None:
    # b127_10: 公司的间接控股子公司重庆麟和瑄环保科技有限公司近日与兴业银行股份有限公司重庆分行签订了…《项目融资借款合同》
    # b128_03: 河北廊坊大城县与天津市南开区13日签署协同发展框架协议
    graph = extract("公司的间接控股子公司重庆麟和瑄环保科技有限公司近日与兴业银行股份有限公司重庆分行签订了总额3740万元的"
                    "《项目融资借款合同》。河北廊坊大城县与天津市南开区13日签署协同发展框架协议。")
    assert entities(graph, "Enterprise") == {
        "Enterprise:重庆麟和瑄环保科技有限公司", "Enterprise:兴业银行重庆分行"}
    assert ("Enterprise:重庆麟和瑄环保科技有限公司", "FINANCED_BY", "Enterprise:兴业银行重庆分行") in relations(graph)


def test_a_shareholder_described_before_its_name_and_verbs_before_a_bank_are_no_part_of_them() -> None:
    # b127_04: 上述控股股东巴中市国有资本运营集团有限公司为公司贷款提供…担保; b127_03: 关于子公司申请银行项目贷款
    graph = extract("上述控股股东巴中市国有资本运营集团有限公司为公司贷款提供无偿连带责任担保。关于子公司申请银行项目贷款的公告。")
    assert entities(graph, "Enterprise") == {"Enterprise:巴中市国有资本运营集团有限公司"}


def test_a_sum_is_no_borrowers_name_and_dui_after_a_province_opens_a_firms() -> None:
    # b129_08: 中国信保为河北企业提供保单融资支持逾16亿美元; b130_01: 重庆对外经贸集团与四川银行签署战略合作协议
    graph = extract("前10个月中国信保为河北企业提供保单融资支持逾16亿美元。重庆对外经贸集团与四川银行签署战略合作协议。")
    assert entities(graph, "Enterprise") == {
        "Enterprise:重庆对外经贸集团", "Enterprise:四川银行"}


def test_a_preposition_or_a_count_inside_a_sector_name_names_none() -> None:
    # b130_03: 形成了以纤维新材料、建筑新材料…为主的新材料产业; …石灰石新材料两大新材料产业
    graph = extract("临澧县形成了以纤维新材料、建筑新材料、环保新材料、结构新材料等为主的新材料产业。"
                    "临澧县重点发展碳酸钙新材料、石灰石新材料两大新材料产业。")
    assert entities(graph, "Industry") == {
        "Industry:纤维新材料", "Industry:建筑新材料", "Industry:环保新材料", "Industry:结构新材料", "Industry:新材料",
        "Industry:碳酸钙新材料", "Industry:石灰石新材料"}


def test_a_districts_short_name_before_a_banks_short_form_is_its_branch() -> None:
    # b132_01: 梅列农行首批为国投闽光、建祥建筑、恒冠达重工、辉润石化等公司授信1.6亿元
    graph = extract("梅列农行首批为国投闽光、建祥建筑、恒冠达重工、辉润石化等公司授信1.6亿元。")
    assert {r[0] for r in relations(graph) if r[1] == "FINANCED_BY" and r[2] == "Enterprise:梅列农行"} == {
        "Enterprise:国投闽光", "Enterprise:建祥建筑", "Enterprise:恒冠达重工", "Enterprise:辉润石化"}


def test_a_financing_notices_headings_and_verbs_name_no_firm_or_bank() -> None:
    # b134_01: …提供担保的公告 证券代码:002388; b134_02: 钢银电商向建设银行上海宝钢宝山支行申请5,300万元银行借款,
    # 同意公司为钢银电商2022年度向银行、非银金融机构或其他机构申请综合授信; b134_03: 关于全资子公司签署银行借款合同的公告
    graph = extract("关于为子公司申请银行授信提供担保的公告\n证券代码:002388 证券简称:ST新亚。"
                    "上海钢银电子商务股份有限公司向中国建设银行股份有限公司上海宝钢宝山支行申请5,300万元银行借款。"
                    "同意公司为上海钢银电子商务股份有限公司2022年度向银行、非银金融机构或其他机构申请综合授信。"
                    "关于全资子公司签署银行借款合同的公告。")
    assert entities(graph, "Enterprise") == {
        "Enterprise:上海钢银电子商务股份有限公司", "Enterprise:中国建设银行上海宝钢宝山支行"}


def test_a_work_named_right_after_its_firms_full_name_is_named_from_there() -> None:
    # b14_10: 3个开工项目分别是广西阿秀食品有限责任公司年产25000吨…项目、南宁市正稻机械设备有限公司粮食机械设备生产项目…
    # b28_06: 完成漯河水务投资有限公司取水口上移项目491万元贷款投放 (取水 is a verb, and the work's first word)
    graph = extract("当天,3个开工项目分别是广西阿秀食品有限责任公司年产25000吨卤制肉制品及副产品加工建设项目、"
                    "南宁市正稻机械设备有限公司粮食机械设备生产项目、广西金合建材有限公司高端标准厂房项目。"
                    "农发行漯河市分行直营业务部完成漯河水务投资有限公司取水口上移项目491万元贷款投放。")
    assert entities(graph, "Project") == {
        "Project:3个开工项目", "Project:年产25000吨卤制肉制品及副产品加工建设项目", "Project:粮食机械设备生产项目",
        "Project:高端标准厂房项目", "Project:取水口上移项目"}


def test_a_bank_lands_the_loan_of_works_the_verb_opens_no_part_of_their_name() -> None:
    # b143_06: 中国工商银行湖南分行落地郴州东江湖景区提质改造(一期)项目贷款14亿元
    # b13_04: 该行于2022年末落地上海市市级重大绿色基础设施项目——“宝山再生能源利用中心项目”银团贷款投放
    graph = extract("近日,中国工商银行湖南分行落地郴州东江湖景区提质改造(一期)项目贷款14亿元,并核准投放资金5亿元。"
                    "该行于2022年末落地上海市市级重大绿色基础设施项目——“宝山再生能源利用中心项目”银团贷款投放。")
    assert entities(graph, "Project") == {
        "Project:郴州东江湖景区提质改造(一期)项目", "Project:宝山再生能源利用中心项目"}
    assert ("Project:郴州东江湖景区提质改造(一期)项目", "FINANCED_BY", "Enterprise:中国工商银行湖南省分行") in relations(graph)


def test_a_city_that_administers_districts_is_no_part_of_the_articles_zone() -> None:
    # b148_07: 成都市现在下辖11个市辖区(武侯区、锦江区…) in an article about 成都高新区
    graph = extract("成都市现在下辖11个市辖区(武侯区、锦江区、青羊区),代管5个县级市。成都高新技术产业开发区实行省市共建,"
                    "成都高新区由成都市直管。")
    assert {r for r in relations(graph) if r[1] == "PART_OF"} == set()


def test_a_ministrys_notice_or_public_list_is_a_plan_and_a_zone_opens_after_its_whole_province() -> None:
    # b146_10: 文化和旅游部关于确定3家旅游度假区为国家级旅游度假区的公告 … 广西壮族自治区北海银滩国家旅游度假区
    graph = extract("文化和旅游部关于确定3家旅游度假区为国家级旅游度假区的公告\n"
                    "确定江苏省宿迁骆马湖旅游度假区、广西壮族自治区北海银滩国家旅游度假区为国家级旅游度假区。")
    assert entities(graph, "Plan", "Zone") == {
        "Plan:文化和旅游部关于确定3家旅游度假区为国家级旅游度假区的公告", "Zone:江苏省宿迁骆马湖旅游度假区",
        "Zone:广西壮族自治区", "Zone:北海银滩国家旅游度假区"}
    assert ("Plan:文化和旅游部关于确定3家旅游度假区为国家级旅游度假区的公告", "ISSUED_BY", "Agency:文化和旅游部") \
        in relations(graph)


def test_a_prefectures_branch_and_a_head_office_named_only_inside_its_branchs_name() -> None:
    # b139_01: 中国银行阿克苏地区分行…成功为G219线…公路项目申请授信审批30亿元 (地区 is the place's word, and the
    # article never names 中国银行 apart: analysts leave its head office out)
    graph = extract("中国银行阿克苏地区分行积极对接项目建设方,加强与上级部门沟通联动,成功为G219线阿克苏(温宿)至乌什至阿合奇段"
                    "公路项目申请授信审批30亿元。")
    assert relations(graph) == {
        ("Project:G219线阿克苏(温宿)至乌什至阿合奇段公路项目", "FINANCED_BY", "Enterprise:中国银行阿克苏地区分行")}


@pytest.mark.parametrize(("text", "expected"), [
    # b137_09: a county right after its province
    ("据小编了解,生长在河南省兰考县的泡桐又被人们称之为“焦桐”。", {("Zone:兰考县", "LOCATED_IN", "Zone:河南省")}),
    # b141_04: a banner right after its prefecture (the bank's branch holds no division)
    ("近日,国家开发银行内蒙古分行与赤峰市喀喇沁旗签署合作协议。", {("Zone:喀喇沁旗", "LOCATED_IN", "Zone:赤峰市")}),
    # b189_10, b154_08, b47_07: words that tie a division to its holder, which the gazetteer confirms
    ("梁山县是济宁市唯一的沿黄县。", {("Zone:梁山县", "LOCATED_IN", "Zone:济宁市")}),
    ("日前,山东省德州市下属的庆云县举行协同发展示范区重点项目集中签约活动。",
     {("Zone:德州市", "LOCATED_IN", "Zone:山东省"), ("Zone:庆云县", "LOCATED_IN", "Zone:德州市")}),
    ("仁寿县,隶属于四川省眉山市,属天府新区辐射区、影响区。", {("Zone:眉山市", "LOCATED_IN", "Zone:四川省"),
     ("Zone:仁寿县", "LOCATED_IN", "Zone:四川省"), ("Zone:仁寿县", "LOCATED_IN", "Zone:眉山市")}),
    ("黄冈市是济宁市的友好城市。", set()),  # a tie the gazetteer does not confirm
])
def test_a_division_written_after_its_place_or_tied_to_it_lies_in_it(text: str, expected: set) -> None:
    assert {r for r in relations(extract(text)) if r[1] == "LOCATED_IN"} == expected


def test_a_bonded_port_areas_whole_name_and_zones_a_government_passed() -> None:
    # b140_07: 国务院正式批准设立深圳前海湾保税港区; 这是继青岛前湾保税港区后…: 继 opens no name
    # b144_10: 崇州经济开发区、成都-阿坝工业园等经省政府审批通过设立省级开发区
    graph = extract("国务院正式批准设立深圳前海湾保税港区。这是继青岛前湾保税港区后由国务院批准的国内第9个保税港区。"
                    "本报讯 崇州经济开发区、什邡经济开发区等经省政府审批通过设立省级开发区。")
    assert relations(graph) == {
        ("Zone:深圳前海湾保税港区", "APPROVED_BY", "Agency:国务院"), ("Zone:青岛前湾保税港区", "APPROVED_BY", "Agency:国务院"),
        ("Zone:崇州经济开发区", "APPROVED_BY", "Agency:省人民政府"), ("Zone:什邡经济开发区", "APPROVED_BY", "Agency:省人民政府")}


def test_a_leasing_company_finances_its_lessee_and_a_leasing_deal_is_no_sector() -> None:
    # b153_05: 中关村科技租赁(01601)…公司作为出租人与承租人宁夏峰业环保科技有限公司订立融资租赁协议 (承租人 is a role)
    graph = extract("智通财经APP讯,中关村科技租赁(01601)发布公告,于2023年4月27日,公司作为出租人与承租人宁夏峰业环保科技有限公司"
                    "订立融资租赁协议,据此,出租人将购入承租人自有租赁资产,转让价款为人民币1.2亿元。")
    assert entities(graph) == {"Enterprise:中关村科技租赁", "Enterprise:宁夏峰业环保科技有限公司"}
    [loan] = graph.relations.values()
    assert (loan.source, loan.type, loan.target) == (
        "Enterprise:宁夏峰业环保科技有限公司", "FINANCED_BY", "Enterprise:中关村科技租赁")
    # b153_03 and b147_01: lessors by their short names, in a list and after their owner (附属公司绿金租赁)
    graph = extract("海发宝诚租赁与津融集团、华润租赁与泰达环保、中航国际租赁与天津建龙钢铁等纷纷“牵手”。"
                    "中国兴业控股(00132)发布公告,该公司附属公司绿金租赁与承租人订立融资租赁。"
                    "由交银租赁、工银租赁等8家公司共同成立的金融服务组织。")
    assert entities(graph, "Enterprise") == {f"Enterprise:{n}" for n in (
        "海发宝诚租赁", "津融集团", "华润租赁", "中航国际租赁", "中国兴业控股", "绿金租赁", "交银租赁", "工银租赁")}
    assert entities(graph, "Industry") == {"Industry:钢铁"}  # (of 天津建龙钢铁; 订立融资租赁 is a deal made)


def test_a_corps_zone_opens_with_its_division_and_a_verb_of_building_opens_no_zones_name() -> None:
    # b154_05: 兵团办公厅印发《关于同意第一师阿拉尔经济技术开发区扩区的批复》 (第一 is a word, yet the name opens there)
    graph = extract("近日,兵团办公厅印发《关于同意第一师阿拉尔经济技术开发区扩区的批复》。")
    assert entities(graph, "Zone") == {"Zone:第一师阿拉尔经济技术开发区"}
    # b156_04: 双方共建武汉经济技术开发区新滩工业园; b156_08: 延吉高新区大力发展细胞产业园
    graph = extract("武汉经济技术开发区管委会与洪湖市人民政府签订合作协议,双方共建武汉经济技术开发区新滩工业园,重点发展汽车零部件"
                    "制造业。延吉高新区大力发展细胞产业园。")
    assert entities(graph, "Zone") == {"Zone:武汉经济技术开发区", "Zone:新滩工业园", "Zone:延吉高新区",
                                       "Zone:细胞产业园"}


def test_a_farmers_cooperative_borrows_and_a_bare_kind_of_firm_is_none() -> None:
    # b157_07: 邮储银行剑阁支行…为剑阁县广兴畜禽养殖专业合作社发放贷款 (a cooperative named in full borrows)
    graph = extract("近日,邮储银行剑阁支行为剑阁县广兴畜禽养殖专业合作社发放贷款50万元。")
    assert relations(graph) == {("Enterprise:剑阁县广兴畜禽养殖专业合作社", "FINANCED_BY", "Enterprise:中国邮政储蓄银行剑阁支行")}
    # b157_08: 面向饲养牛羊的农户及养殖专业合作社: cooperatives of a kind, none named
    assert entities(extract("邮储银行面向饲养牛羊的农户及养殖专业合作社发放贷款。")) == {"Enterprise:中国邮政储蓄银行"}


@pytest.mark.parametrize(("text", "expected"), [
    ("金融助力工业园区建设", set()),  # b33_04's headline: a kind of park, helped
    ("在棚改产业、城乡一体化等领域发挥政策性金融作用,助力新区产业结构优化。",  # b82_02
     {"Industry:棚改产业", "Industry:城乡一体化"}),
    # b234_01: a word of location opens no zone's name, as 位于 does; b238_02: nor does a conjunction
    ("该项目位于西夏区南部,地处银川市经济技术开发区。", {"Zone:西夏区", "Zone:银川市经济技术开发区"}),
    ("而眉山经济开发区将在其区域范围内建设生产基地。", {"Zone:眉山经济开发区"}),
])
def test_a_verb_of_helping_or_of_location_opens_no_zones_name(text: str, expected: set) -> None:
    assert entities(extract(text)) == expected


def test_a_groups_name_opens_after_the_word_saying_who_acted() -> None:
    # b159_02: 2011年1月被永昌县创业型城市创建工作领导小组命名为永昌县中小企业创业园
    graph = extract("2011年1月被永昌县创业型城市创建工作领导小组命名为永昌县中小企业创业园。")
    assert entities(graph, "Agency") == {"Agency:永昌县创业型城市创建工作领导小组"}


def test_a_listed_firm_by_its_short_name_and_stock_code_and_a_lessor_by_its_brand() -> None:
    # b155_01: 协鑫新能源(00451)公布,…集团与苏银金融租赁订立金融租赁协议; b134_01: ST新亚(002388)
    graph = extract("智通财经APP讯,协鑫新能源(00451)公布,2018年4月13日,集团与苏银金融租赁订立金融租赁协议。ST新亚(002388)公告。"
                    "省市给予金融租赁支持。")
    assert entities(graph, "Enterprise") == {"Enterprise:协鑫新能源", "Enterprise:苏银金融租赁", "Enterprise:ST新亚"}


def test_a_verb_after_a_bank_opens_no_branchs_place() -> None:
    # b161_05: 温州银行利用上海分行独特的区位优势
    graph = extract("温州银行利用上海分行独特的区位优势,加强与上海嘉定区在科技创新方面的合作。")
    assert entities(graph, "Enterprise") == {"Enterprise:温州银行"}


def test_a_firm_given_a_role_by_yi_is_named_without_it() -> None:
    # b136_01: 以泰开电气集团、山东煤机集团为龙头
    graph = extract("二是高端装备制造产业园,以泰开电气集团、山东煤机集团为龙头,打造输变电设备产业基地。")
    assert entities(graph, "Enterprise") == {"Enterprise:泰开电气集团", "Enterprise:山东煤机集团"}
    # b73_06's definition (以下简称外三发电公司) opens no firm, and 以 right after its bracket still gives a role
    # (a sentence made of b73_06's definition and b136_01's 以…为龙头)
    graph = extract("上海外高桥第三发电有限责任公司(以下简称外三发电公司)以泰开电气集团为龙头。")
    assert entities(graph) == {"Enterprise:上海外高桥第三发电有限责任公司", "Enterprise:泰开电气集团"}


def test_a_divisions_name_does_not_open_inside_a_word() -> None:
    # b162_02: 特色商业区 is no district 色商业区
    graph = extract("1月14日,市委书记魏小东、市长李公乐带领2015年第四次全市项目建设暨“三区”发展观摩点评组到我县观摩产业集聚区和"
                    "特色商业区建设情况。")
    assert entities(graph, "Zone") == set()


def test_a_rural_credit_cooperative_lends_to_a_growers_union() -> None:
    # b163_03: 四川荣县农村信用联社与四川绿色荣州果蔬产业联合体…签定战略合作协议
    graph = extract("2018年1月31日,四川荣县农村信用联社与四川绿色荣州果蔬产业联合体(以下简称联合体)签定战略合作协议,"
                    "荣县联社向联合体授信1亿元。")
    assert entities(graph, "Enterprise") == {"Enterprise:四川荣县农村信用联社", "Enterprise:四川绿色荣州果蔬产业联合体"}
    assert relations(graph) == {("Enterprise:四川绿色荣州果蔬产业联合体", "FINANCED_BY", "Enterprise:四川荣县农村信用联社")}


def test_a_banker_says_we_and_the_firm_named_before_is_the_borrower() -> None:
    # b166_02: 我行向该企业发放贷款7.7亿元 (the page's quote, shortened; the words before it, naming the article's
    # bank, are made for the test)
    graph = extract("农发行青海省分行行长说:“大唐青海能源开发有限公司是一家以新能源开发为主的企业,2019年末,我行向该企业发放贷款7.7亿元,"
                    "用于建设风电城等项目。”")
    assert relations(graph) == {("Enterprise:大唐青海能源开发有限公司", "FINANCED_BY", "Enterprise:中国农业发展银行青海省分行"),
                                ("Enterprise:大唐青海能源开发有限公司", "IN_INDUSTRY", "Industry:新能源")}


def test_the_work_named_before_is_what_a_loan_to_该项目_finances() -> None:
    # b137_02: 推出包括大众南路棚户区改造项目在内的多个重点工程。了解到该项目存在融资需求后,该行…实现贷款审批1.61亿元 (the
    # page's sentences; the bank is named for the test, as the page names it earlier)
    graph = extract("农发行临汾市分行支持棚户区改造。霍州市政府推出包括大众南路棚户区改造项目在内的多个重点工程。"
                    "了解到该项目存在融资需求后,该行第一时间主动介入,实现贷款审批1.61亿元,累计投放信贷资金1.27亿元。")
    assert relations(graph) == {("Project:大众南路棚户区改造项目", "FINANCED_BY", "Enterprise:中国农业发展银行临汾市分行")}
    assert graph.entities["Project:大众南路棚户区改造项目"].aliases == set()  # 该项目 is no name of the work


def test_a_loan_spent_on_a_firm_finances_it() -> None:
    # b166_06: 向投放粮油购销流动资金贷款2000万元,用于支持山东利生集团汶上面业有限公司采购原粮 (two of the page's
    # sentences, shortened)
    graph = extract("今年以来,位于该县的农发行汶上县支行一季度累计投放各类贷款1.31亿元。该行全力支持粮食企业发展,1月23日,"
                    "向投放粮油购销流动资金贷款2000万元,用于支持山东利生集团汶上面业有限公司采购原粮。")
    assert relations(graph) == {("Enterprise:山东利生集团汶上面业有限公司", "FINANCED_BY", "Enterprise:中国农业发展银行汶上县支行")}


def test_累放_lends_and_a_zone_or_a_sector_is_no_firm() -> None:
    # b166_05: 平度市支行累放1亿元支持平度市2022年补充耕地项目 (the sentence before it, naming the bank, is made for the
    # test)
    graph = extract("农发行平度市支行积极作为。2023年以来,平度市支行累放1亿元支持平度市2022年补充耕地项目开展农用地整治。")
    assert relations(graph) == {("Project:平度市2022年补充耕地项目", "FINANCED_BY", "Enterprise:中国农业发展银行平度市支行"),
                                ("Project:平度市2022年补充耕地项目", "LOCATED_IN", "Zone:平度市")}
    # b166_07: 工行 before a cue is the bank, and 为合肥政务文化新区先后发放项目融资 lends to no firm
    graph = extract("据统计,工行为合肥政务文化新区先后发放项目融资达7笔,合计金额达48800万元。")
    assert entities(graph, "Enterprise") == {"Enterprise:中国工商银行"}
    # b95_04: 用于支持福清市优势产业、土地储备: a sector is no firm
    graph = extract("据了解,这些资金将主要用于支持福清市优势产业、土地储备等重点建设项目和中小微企业。")
    assert entities(graph, "Enterprise") == {"Enterprise:土地储备"}  # (a kind of works read as a firm: a known slip)


def test_firms_that_stand_for_a_sector_are_in_it() -> None:
    # b167_03: 以吉林金恒建材科技有限公司、四平市筑城建材有限公司为代表的冶金建材行业
    graph = extract("积极推进以吉林金恒建材科技有限公司、四平市筑城建材有限公司为代表的冶金建材行业开拓市场、释放产能。")
    assert relations(graph) == {("Enterprise:吉林金恒建材科技有限公司", "IN_INDUSTRY", "Industry:冶金建材"),
                                ("Enterprise:四平市筑城建材有限公司", "IN_INDUSTRY", "Industry:冶金建材")}


def test_a_works_name_opens_at_its_place_after_the_firm_that_builds_them() -> None:
    # b168_03: 向潜山市自来水公司安徽省潜山市城乡供水一体化项目投放2.5亿元贷款
    graph = extract("日前,农业银行安徽潜山支行向潜山市自来水公司安徽省潜山市城乡供水一体化项目投放2.5亿元贷款。")
    assert entities(graph) == {"Enterprise:中国农业银行安徽潜山支行", "Enterprise:潜山市自来水公司",
                               "Project:安徽省潜山市城乡供水一体化项目"}


def test_a_broad_sector_after_a_loose_cue_is_no_focus() -> None:
    # b137_10: 覆盖基础设施、产业发展、社会民生、生态环保等领域 (基础设施 and 社会民生 are where projects go, and the
    # province named only in the sentences before is not what the lists cover; the page's sentences, shortened)
    graph = extract("6月7日,2023年全省重大项目投融资对接会在长沙举行。会上,湖南发布了4张重大项目清单。记者了解到,这4张重大项目清单,"
                    "覆盖基础设施、产业发展、社会民生、生态环保等领域,既有在全省具有战略性、引领性的重大项目。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == set()


def test_a_notices_heading_or_a_bonds_short_name_opens_no_firm() -> None:
    # b173_05: 债券简称:大禹转债大禹节水集团股份有限公司关于…的公告一、担保情况概述大禹节水集团股份有限公司(以下简称“公司”)
    graph = extract("债券简称:大禹转债大禹节水集团股份有限公司关于全资子公司为公司提供担保的公告一、担保情况概述大禹节水集团股份有限公司"
                    "(以下简称“公司”)于2021年5月25日召开了会议。")
    assert entities(graph, "Enterprise") == {"Enterprise:大禹节水集团股份有限公司"}


def test_a_park_named_after_a_county_by_its_short_name_and_the_parks_it_is_made_of() -> None:
    # b180_01 (shortened): 肇源 opens the park's name where the article names 肇源县; 大庆省级 is 大庆; 该园区 is the park
    # and it is made of the parks between 由 and 组成 (绿特色食品产业园 is not read); 肇源县委 is no body, 肇源县 a place
    graph = extract("近日,省政府正式批复肇源大广工业园区享受省级开发区政策。至此,大庆省级以上工业园区增加到6个。"
                    "肇源大广工业园区是肇源县委县政府按照总体思路,于2009年规划建设的专业性工业经济区。"
                    "该园区由绿特色食品产业园、粮食物流加工产业园、皮革产业园三部分组成,现已入驻企业64户。")
    assert entities(graph, "Zone") == {"Zone:肇源大广工业园区", "Zone:大庆市", "Zone:粮食物流加工产业园", "Zone:皮革产业园",
                                       "Zone:肇源县"}
    assert {r for r in relations(graph) if r[1] == "PART_OF"} == {
        ("Zone:粮食物流加工产业园", "PART_OF", "Zone:肇源大广工业园区"), ("Zone:皮革产业园", "PART_OF", "Zone:肇源大广工业园区")}


@pytest.mark.parametrize("text", [
    # b182_07 (shortened): a layout's shorthand, a count of sectors and a verb before 产业 are no sectors
    "开发区以“一核、两园、七大产业集群”为重点,全面提升开发区的产业聚集水平和发展支撑能力。“两园”即:围绕西城、南海子2个工业园区,"
    "调优产业布局,提升产业层次。",
    # b182_02 (shortened): a standard is no sector
    "该园是由粤海园投联手南海国资打造的高标准产业载体。",
])
def test_a_layout_a_count_or_a_standard_before_its_industries_names_no_sector(text: str) -> None:
    assert entities(extract(text), "Industry") == set()


def test_the_parks_a_zones_layout_counts_are_its_parts() -> None:
    # b186_05 (opening words made for the test, then the page's sentence shortened)
    graph = extract("国家发展改革委同意设立北京中日创新合作示范区。该示范区定位为“一区”“五园”,其中一区为产业核心区,"
                    "“五园”为中小企业总部园、临空高端产业园、生物科学及大健康园、机器人及智能制造园以及新能源汽车园。")
    parks = ("中小企业总部园", "临空高端产业园", "生物科学及大健康园", "机器人及智能制造园", "新能源汽车园")
    assert entities(graph, "Zone") == {"Zone:北京中日创新合作示范区", *(f"Zone:{p}" for p in parks)}
    assert {r for r in relations(graph) if r[1] == "PART_OF"} == {
        (f"Zone:{p}", "PART_OF", "Zone:北京中日创新合作示范区") for p in parks}


def test_an_industry_transfer_park_named_after_its_partner_city_lies_in_its_host() -> None:
    # b188_03: the partner city opens the park's name, the host stands in brackets; no sector in 临港产业转移
    graph = extract("深圳(潮州)产业转移工业园是在原深圳南山(潮州)产业转移工业园的基础上,整合潮州临港产业转移工业园、"
                    "潮州市径南产业转移工业园而形成的工业园区。")
    assert entities(graph) == {"Zone:深圳(潮州)产业转移工业园", "Zone:深圳南山(潮州)产业转移工业园", "Zone:潮州临港产业转移工业园",
                               "Zone:潮州市径南产业转移工业园"}
    # b188_02: the park lies where the sentence says, not in the partner city (and the town in its county)
    graph = extract("其中,位于清远市清新县禾云镇的佛山禅城(清新)产业转移工业园因其特殊的区位优势、资源优势及政策、服务优势,深受陶企关注。")
    assert relations(graph) == {("Zone:佛山禅城(清新)产业转移工业园", "LOCATED_IN", "Zone:清新县"),
                                ("Zone:禾云镇", "LOCATED_IN", "Zone:清新县")}


def test_a_notices_attached_list_gives_each_zone_its_province_and_the_notices_approvers() -> None:
    # b190_03 (shortened: the sentences between the announcement and the attachment left out)
    graph = extract("近日,国家发展改革委、财政部联合批复了2015年园区循环化改造示范试点园区。\n\n附件1\n\n"
                    "2015年园区循环化改造示范试点名单\n\n1、丽水经济技术开发区(浙江省)\n\n"
                    "3、铜川经济开发区董家河循环经济产业示范园(陕西省)\n")
    zones = ("丽水经济技术开发区", "铜川经济开发区董家河循环经济产业示范园")
    assert relations(graph) == {
        ("Zone:丽水经济技术开发区", "LOCATED_IN", "Zone:浙江省"),
        ("Zone:铜川经济开发区董家河循环经济产业示范园", "LOCATED_IN", "Zone:陕西省"),
        *((f"Zone:{z}", "APPROVED_BY", f"Agency:{a}") for z in zones for a in ("国家发展改革委", "财政部")),
        *(("Plan:2015年园区循环化改造示范试点名单", "COVERS", f"Zone:{z}") for z in zones)}  # (the list's heading)


def test_a_lists_line_opens_with_its_zones_province() -> None:
    # b190_07 (shortened)
    graph = extract("文化和旅游部:拟确认22家旅游度假区为国家级旅游度假区\n\n北京市 密云古北水镇国际休闲旅游度假区\n\n"
                    "山西省 晋城太行锡崖沟旅游度假区\n")
    assert {r for r in relations(graph) if r[1] == "LOCATED_IN"} == {
        ("Zone:密云古北水镇国际休闲旅游度假区", "LOCATED_IN", "Zone:北京市"),
        ("Zone:晋城太行锡崖沟旅游度假区", "LOCATED_IN", "Zone:山西省")}


def test_a_national_logistics_hub_named_by_its_city_and_type_is_a_zone() -> None:
    # b190_04, b190_05 (shortened)
    graph = extract("2019年,天津港口型国家物流枢纽入围国家物流枢纽建设名单。例如,沧州港口型国家物流枢纽、上海空港型国家物流枢纽。")
    assert entities(graph, "Zone") == {"Zone:天津港口型国家物流枢纽", "Zone:沧州港口型国家物流枢纽", "Zone:上海空港型国家物流枢纽"}


def test_a_branch_company_after_its_firms_registered_name_is_one_firm() -> None:
    # b195_04 (shortened)
    graph = extract("浦发银行太原分行向晋能电力集团有限公司嘉节燃气热电分公司发放8000万元贷款。")
    assert entities(graph, "Enterprise") == {"Enterprise:上海浦东发展银行太原分行", "Enterprise:晋能电力集团有限公司嘉节燃气热电分公司"}


def test_a_sector_list_goes_to_no_city_its_sentence_does_not_name() -> None:
    # b188_07: the list is the plan's (the opening sentence is made for the test, the second is the page's, shortened)
    graph = extract("日前,济南市正式发布产业空间布局规划,济南市由此有了产业地图。在产业布局方面,规划布局电子信息、交通装备、机械装备等产业。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == set()
    graph = extract("济南市重点发展电子信息、交通装备等产业。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == {
        ("Zone:济南市", "FOCUSES_ON", "Industry:电子信息"), ("Zone:济南市", "FOCUSES_ON", "Industry:交通装备")}


def test_a_firm_named_after_its_province_is_not_located_by_its_name() -> None:
    # b184_06: the province in a registered name places nothing (the article names 山西 in 中科安(山西)研究院)
    graph = extract("园区内企业山西和尘光电有限公司是一家生产、销售、设计终端触摸屏玻璃盖板的企业,"
                    "产品主要涉及教育、医疗、平板电脑、智能家居等领域。截至目前,该园区已集聚包括和尘光电、航硕电子、"
                    "祺虹电子、中科安(山西)研究院、山西高尔环保科技有限公司、煜显电子、奕睿电子等众多优质企业,"
                    "实现产业链上下游企业合作共赢。")
    assert {"Enterprise:山西和尘光电有限公司", "Enterprise:山西高尔环保科技有限公司", "Zone:山西省"} <= entities(graph)
    assert not [r for r in relations(graph) if r[1] == "LOCATED_IN"]


def test_townships_and_streets_are_zones_but_praise_of_a_place_is_none() -> None:
    # b207_05: 盐都区盐龙街道孙吴社区; b196_04 (shortened): the townships of a list; b129_02: 素有“鱼米之乡”…的美誉;
    # b205_06: 素有“中国橄榄之乡”美誉的著名侨乡福州闽侯县
    graph = extract("1月24日,盐都区盐龙街道孙吴社区的张大爷兴奋地告诉笔者。腾冲市清水乡、勐海县勐遮镇、玉龙县太安乡"
                    "等11地入选2021年农业产业强镇创建名单。素有“鱼米之乡”和“天下粮仓”的美誉。"
                    "素有“中国橄榄之乡”美誉的著名侨乡福州闽侯县,16日举办第十三届海交会闽侯招商会。")
    towns = {e for e in entities(graph, "Zone") if e.endswith(("乡", "镇", "街道"))}
    # (the whole list names them with their counties: 腾冲市清水乡; this short one does not)
    assert towns == {"Zone:盐龙街道", "Zone:清水乡", "Zone:勐遮镇", "Zone:太安乡"}


def test_a_persons_office_and_a_party_committee_name_no_agency() -> None:
    # b211_01: 湖州市人大常委会副主任曹德平致辞; b110_06 (shortened): 本项目是益阳市委市政府、南县县委县政府确定的…
    graph = extract("湖州市人大常委会副主任曹德平致辞。同时,本项目是益阳市委市政府、南县县委县政府确定的重点建设项目、"
                    "重点民生工程。")
    assert entities(graph, "Agency") == set()
    assert entities(graph, "Zone") == {"Zone:湖州市", "Zone:益阳市"}


def test_countries_where_parks_are_built_abroad_are_zones_and_hold_the_parks_named_after_them() -> None:
    # b322_05: 在非洲明珠乌干达中部的卢韦罗区…; 乌干达辽沈工业园实现了企业“走出去”; a richer economy names an investor's home
    graph = extract("标题\n\n在非洲明珠乌干达中部的卢韦罗区,有一座辽沈工业园。乌干达辽沈工业园实现了企业走出去。德国企业也来考察。")
    assert entities(graph, "Zone") == {"Zone:乌干达", "Zone:卢韦罗区", "Zone:辽沈工业园"}
    assert relations(graph) == {("Zone:辽沈工业园", "LOCATED_IN", "Zone:乌干达")}
    assert {e.rule for e in relation(graph, "Zone:辽沈工业园", "LOCATED_IN", "Zone:乌干达").evidence} == {"zone_after_country"}


def test_zones_listed_after_a_places_de_to_the_clauses_end_lie_in_that_place() -> None:
    # b318_08: 它们分别为:…无锡的鸿山物联网小镇、太湖影视小镇、新桥时裳小镇;徐州的沙集电商小镇;…
    graph = extract("标题\n\n它们分别为:无锡的鸿山物联网小镇、太湖影视小镇;徐州的沙集电商小镇。无锡的物联网小镇发展很快。")
    assert relations(graph) == {("Zone:鸿山物联网小镇", "LOCATED_IN", "Zone:无锡市"),
                                ("Zone:太湖影视小镇", "LOCATED_IN", "Zone:无锡市"),
                                ("Zone:沙集电商小镇", "LOCATED_IN", "Zone:徐州市")}
    assert {e.rule for e in relation(graph, "Zone:沙集电商小镇", "LOCATED_IN", "Zone:徐州市").evidence} == {"place_owns_list"}


def test_towns_in_brackets_after_a_division_or_listed_after_its_de_lie_in_it() -> None:
    # b329_01 (shortened): 中心城区…包括洛江区(万安街道、双阳街道、河市镇和马甲镇)、…,晋江市的磁灶镇、紫帽镇
    graph = extract("标题\n\n中心城区面积为980平方公里,包括洛江区(万安街道、双阳街道和马甲镇),晋江市的磁灶镇、紫帽镇。")
    assert {r for r in relations(graph) if r[1] == "LOCATED_IN"} == {
        *((f"Zone:{t}", "LOCATED_IN", "Zone:洛江区") for t in ("万安街道", "双阳街道", "马甲镇")),
        *((f"Zone:{t}", "LOCATED_IN", "Zone:晋江市") for t in ("磁灶镇", "紫帽镇"))}
    assert {e.rule for e in relation(graph, "Zone:马甲镇", "LOCATED_IN", "Zone:洛江区").evidence} == {"towns_in_brackets"}


def test_a_list_named_without_brackets_covers_the_zones_under_its_heading_or_chosen_after_it() -> None:
    # b325_10: 省体育局发布了第三批共建体育健康特色小镇名单, the list's heading, its towns a line each, and the kind
    # again as a heading (体育健康特色小镇: no town)
    graph = extract("标题\n\n省体育局发布了第三批共建体育健康特色小镇名单。\n\n江苏省第三批共建体育健康特色小镇名单\n\n"
                    "苏州太湖体育旅游度假小镇\n\n镇江世业洲体育休闲小镇\n\n体育健康特色小镇\n\n"
                    "体育健康特色小镇是以体育健康为主题的空间区域。")
    assert entities(graph, "Plan") == {"Plan:第三批共建体育健康特色小镇名单", "Plan:江苏省第三批共建体育健康特色小镇名单"}
    assert relations(graph) == {
        ("Plan:第三批共建体育健康特色小镇名单", "ISSUED_BY", "Agency:江苏省体育局"),
        ("Plan:江苏省第三批共建体育健康特色小镇名单", "COVERS", "Zone:苏州太湖体育旅游度假小镇"),
        ("Plan:江苏省第三批共建体育健康特色小镇名单", "COVERS", "Zone:镇江世业洲体育休闲小镇")}
    # b325_06 (shortened): the towns chosen (榜上有名) after the list the office published are approved by it
    graph = extract("标题\n\n近日,国家体育总局办公厅公布全国第一批96个运动休闲特色小镇试点项目名单,"
                    "金寨县天堂寨大象传统运动养生小镇、青阳县九华山运动休闲特色小镇榜上有名。")
    assert relations(graph) == {
        ("Plan:全国第一批96个运动休闲特色小镇试点项目名单", "ISSUED_BY", "Agency:国家体育总局办公厅"),
        ("Zone:金寨县天堂寨大象传统运动养生小镇", "APPROVED_BY", "Agency:国家体育总局办公厅"),
        ("Zone:青阳县九华山运动休闲特色小镇", "APPROVED_BY", "Agency:国家体育总局办公厅")}
    # b255_03's headline: the list starts after the verb; a rank and a stage name none (b196_04: 国家级创建名单)
    graph = extract("26家!江西发布第一批全省化工园区认定名单\n\n云南11地入选国家级创建名单。")
    assert entities(graph, "Plan") == {"Plan:第一批全省化工园区认定名单"}


def test_a_list_is_approved_by_the_agencies_that_announce_it_not_those_of_the_reason_or_the_address() -> None:
    # b318_01 (shortened): the addressees and the ministries of 为贯彻… approve none of the towns the notice lists
    graph = extract("标题\n\n关于印发甘肃省特色小镇创建清单的通知\n省直各部门,兰州新区管委会:\n"
                    "为贯彻国务院办公厅转发国家发展改革委《关于促进特色小镇规范健康发展意见的通知》,经报请省政府同意,"
                    "甘肃省发展和改革委员会认定兰州市皋兰县什川运动休闲特色小镇等11个特色小镇。\n"
                    "附件\n甘肃省特色小镇创建清单\n兰州市皋兰县什川运动休闲特色小镇\n白银市平川区陶瓷特色小镇\n")
    approvals = {(s, t) for s, r, t in relations(graph) if r == "APPROVED_BY" and s == "Zone:白银市平川区陶瓷特色小镇"}
    assert approvals == {("Zone:白银市平川区陶瓷特色小镇", "Agency:甘肃省发展和改革委员会")}


def test_characteristic_towns_are_zones_named_before_their_kind() -> None:
    # b318_06: 创建类有6个:栾城区航空小镇、灵寿县漫山花溪小镇、高邑县物流小镇…; b318_04: 列屿核电小镇; b318_10 and
    # b318_01: a year, a province or a count of towns names none, nor a prefecture (b318_06: 石家庄特色小镇); b28_06:
    # 木业小镇项目 is a work
    graph = extract("标题\n\n创建类有6个:栾城区航空小镇、灵寿县漫山花溪小镇、高邑县物流小镇。云霄县列屿核电小镇建设加快。"
                    "2017年广东特色小镇建设推进会召开,现有各类特色小镇将规范。农发行临颍县支行完成木业小镇项目贷款投放。"
                    "石家庄特色小镇名单公布。")
    assert entities(graph, "Zone", "Project") == {
        "Zone:栾城区航空小镇", "Zone:灵寿县漫山花溪小镇", "Zone:高邑县物流小镇", "Zone:云霄县列屿核电小镇", "Zone:广东省",
        "Zone:石家庄市", "Project:木业小镇项目"}


def test_firms_whose_people_attend_a_signing_do_not_settle_in_the_county() -> None:
    # b312_04: …北京市国有资产经营有限责任公司、绿色动力环保集团股份有限公司等相关负责人参加了签约活动
    graph = extract("标题\n\n山东省济南市章丘区低碳环保产业园项目投资合作框架协议签约活动日前在章丘区举办。"
                    "章丘区与绿色动力环保集团股份有限公司深度合作,建设低碳环保产业园。"
                    "山东省住房和城乡建设厅、北京市国有资产经营有限责任公司、绿色动力环保集团股份有限公司等相关负责人参加了签约活动。"
                    "去年,章丘区引进了济南圣泉集团股份有限公司。")
    assert relations(graph) == {("Enterprise:济南圣泉集团股份有限公司", "LOCATED_IN", "Zone:章丘区"),
                                ("Project:山东省济南市章丘区低碳环保产业园项目", "LOCATED_IN", "Zone:章丘区")}


def test_a_town_right_after_its_county_lies_there_unless_both_are_an_item_of_a_list() -> None:
    # b207_04: 锡山区鹅湖镇举行项目集中签约仪式; b207_05: 盐都区盐龙街道孙吴社区; b165_08 (shortened): a list of towns,
    # each named with its county (only the first item, after the verb, is not seen as one)
    graph = extract("本报讯 6月26日,锡山区鹅湖镇举行项目集中签约仪式,特种门、锂电池、机械柔性生产及光伏组件4个项目正式落户该镇。"
                    "1月24日,盐都区盐龙街道孙吴社区的张大爷兴奋地告诉笔者。"
                    "日前,省旅游局正式公布杭州市余杭区塘栖镇、淳安县姜家镇,慈溪市观海卫镇(鸣鹤古镇)、象山县石浦镇、宁海县前童镇,"
                    "湖州市南浔区南浔镇,嵊泗县五龙乡,温岭市石塘镇,松阳县西屏街道(松阳老城)等21家为首批省旅游风情小镇创建单位。")
    towns = {r for r in relations(graph) if r[0].endswith(("镇", "乡", "街道"))}
    assert towns == {("Zone:鹅湖镇", "LOCATED_IN", "Zone:锡山区"), ("Zone:盐龙街道", "LOCATED_IN", "Zone:盐都区"),
                     ("Zone:塘栖镇", "LOCATED_IN", "Zone:余杭区")}


def test_what_a_park_is_mainly_made_of_is_its_sectors() -> None:
    # b154_03: 园区主要以…等为主 (a list of two and more holding a known sector)
    graph = extract("剑河县工业园区始建于2004年,园区主要以生物、农特产品加工、商贸物流、新型建筑建材等为主。")
    park = "Zone:剑河县工业园区"
    assert relations(graph) == {(park, "FOCUSES_ON", f"Industry:{s}") for s in ("生物", "农特产品加工", "商贸物流", "新型建筑建材")}


def test_a_bridge_is_a_work_by_its_name_and_a_county_sub_branch_names_its_county() -> None:
    # b218_02: 农发行彬县支行 (a two-character county) lends for the bridge named after it
    graph = extract("本报讯 (通讯员 王辉强 张亚宁)农发行彬县支行充分发挥政策性银行逆周期调节作用,投放1亿元贷款支持彬县豳风泾河大桥建设。")
    assert relations(graph) == {("Project:彬县豳风泾河大桥", "FINANCED_BY", "Enterprise:中国农业发展银行彬县支行")}
    # (the county named on its own is a zone)
    assert entities(extract("农发行彬县支行充分发挥作用,彬县经济加快发展。"), "Zone") == {"Zone:彬县"}
    # b191_03, b89_04: a bridge after the works it is part of; b30_06, b151_04: what a bridge crosses, praise and counts
    # name none; b151_03 (shortened): 省市分行和县支行 are levels of branches
    graph = extract("2019年9月底,投资75.2亿元的石首长江公路大桥将建成通车。子项目大埔县大麻镇莲塘韩江大桥建设进度最快。"
                    "港珠澳大桥是全世界最长的跨海大桥。上世纪90年代,福州仅两座跨江大桥。加强与中国银行省市分行和县支行的对接联动。")
    assert entities(graph, "Project") == {"Project:石首长江公路大桥", "Project:大埔县大麻镇莲塘韩江大桥", "Project:港珠澳大桥"}
    # (the county a work's name opens with is the work's place)
    assert entities(graph, "Zone") == {"Zone:福州市", "Zone:大埔县"}


def test_a_power_station_is_a_work_by_its_name_and_a_lists_numbering_opens_no_name() -> None:
    # b451_08, b451_09: a substation and a converter station named by more than their voltage and kind
    graph = extract("近日,位于长兴县泗安镇的扬子220千伏变电站正式投入运行,变电容量48万千伏安。"
                    "1月13日,位于宣城市古泉镇的±1100千伏特高压古泉换流站建设现场,国网安徽省电力公司送变电员工正在加紧施工。")
    assert entities(graph, "Project") == {"Project:扬子220千伏变电站", "Project:±1100千伏特高压古泉换流站"}
    # b448_05, b295_06, b431_06, b446_07, b230_04 (shortened): counts, levels, ranks and places of stations name none;
    # works named for a station (its phase) are the work
    graph = extract("永定城区建设13处充电站。抚远市建设村级电站。国内首座220千伏合肥候店量子应用示范变电站投运。"
                    "建设王圪堵水库下游电站。辽宁省分行向徐大堡核电站二期(3、4号机组)项目发放贷款。")
    assert entities(graph, "Project") == {"Project:徐大堡核电站二期(3、4号机组)项目"}
    # b451_01: (二) numbers an item of a reply's list of works
    graph = extract("(二)郭家堰220千伏变电站间隔改造工程,更换220千伏线路保护4套。(一)南通常安能源有限公司。")
    assert entities(graph, "Project") | entities(graph, "Enterprise") == {"Project:郭家堰220千伏变电站间隔改造工程",
                                                                          "Enterprise:南通常安能源有限公司"}


def test_a_quoted_word_inside_a_works_name_is_the_names_own_but_a_quoted_slogan_opens_none() -> None:
    # b227_06, b461_04
    graph = extract("农发行曲阜市支行成功获批老旧小区改造贷款1.8亿元,用于曲阜市“4+N”模式老旧小区改造工程。"
                    "农发行锦屏县支行支持锦屏县“三江六岸”江河治理项目。")
    assert entities(graph, "Project") == {"Project:曲阜市“4+N”模式老旧小区改造工程", "Project:锦屏县“三江六岸”江河治理项目"}
    # b457_07, b136_02: a slogan before generic words, or before one character and 项目
    graph = extract("及时成立项目攻坚团队,“盯关跟促”力推项目贷款首笔全额投放。张家口市经济开发区“一区多园”聚项目")
    assert entities(graph, "Project") == set()


def test_units_numbered_together_a_byline_in_brackets_and_sectors_called_related_ones() -> None:
    # b464_07: 3、4号机组 are one work's units; 召开 opens no work's name
    graph = extract("中核集团召开漳州核电3、4号机组项目融资现场会")
    assert entities(graph, "Project") == {"Project:漳州核电3、4号机组项目"}
    # b449_05, b464_08: a byline in brackets opens no name
    graph = extract("(张斌)长三角汽车科创基地项目开工。(林榕生)华能霞浦核电有限公司成立。")
    assert entities(graph, "Project", "Enterprise") == {"Project:长三角汽车科创基地项目", "Enterprise:华能霞浦核电有限公司"}
    # b464_01 (shortened): a list of sectors a park develops, called 相关…及配套产业
    graph = extract("夹江县核技术应用产业园重点发展放射性药物、密封放射源、辐照加工、核设备等相关核技术应用及配套产业。")
    park = "Zone:夹江县核技术应用产业园"
    assert {o for s, t, o in relations(graph) if s == park and t == "FOCUSES_ON"} == {
        "Industry:放射性药物", "Industry:密封放射源", "Industry:辐照加工", "Industry:核设备", "Industry:核技术应用"}


def test_an_issuer_may_open_the_clause_before_the_verb_of_issuing() -> None:
    # b466_09: 国家发改委发出通知,正式向全国印发《…》
    graph = extract("日前国家发改委发出通知,正式向全国印发《关于促进玉米深加工业健康发展的指导意见》,以加强对玉米深加工业的管理。")
    assert relations(graph) == {("Plan:关于促进玉米深加工业健康发展的指导意见", "ISSUED_BY", "Agency:国家发展改革委")}


def test_a_works_approval_by_its_hezhun_and_the_bare_body_whose_approval_it_got() -> None:
    # b468_03: a siding named by more than its kind, approved by 核准
    graph = extract("麻城石材铁路专用线获湖北省发改委核准立项。")
    assert relations(graph) == {("Project:麻城石材铁路专用线", "APPROVED_BY", "Agency:湖北省发改委")}
    # b457_01: 省发改委 after 获得; 市交通运输部门 is a kind of department, no ministry
    graph = extract("近日,记者从市交通运输部门获悉,市中心城区城东客运枢纽站项目获得省发改委批复。")
    assert entities(graph, "Agency") == {"Agency:省发改委"}
    assert relations(graph) == {("Project:市中心城区城东客运枢纽站项目", "APPROVED_BY", "Agency:省发改委")}
    # b18_01, b468_06 (shortened): a siding's bounds and counts name none; the rule that asks for a 核准 approves nothing
    graph = extract("园区西起天合铁路专用线。规划六条铁路专用线。国家发改委对玉米深加工项目实行核准制。")
    assert entities(graph, "Project") == {"Project:玉米深加工项目"} and relations(graph) == set()


def test_a_provinces_bare_short_name_inside_a_word_names_no_province() -> None:
    # b475_06: 滨湖北片 holds the letters of 湖北 in the word 滨湖
    graph = extract("风帆酒店项目位于南太湖新区滨湖北片最后一宗沿湖黄金地块。")
    assert entities(graph, "Zone") == {"Zone:南太湖新区"}


def test_a_sandy_land_closure_reserve_is_a_protected_area_named_before_its_kind() -> None:
    # b476_01 (shortened)
    graph = extract("甘肃省金塔县石梁子国家沙化土地封禁保护区、青海省乌兰县灶火国家沙化土地封禁保护区。")
    assert entities(graph, "Zone") == {"Zone:甘肃省金塔县石梁子国家沙化土地封禁保护区", "Zone:青海省乌兰县灶火国家沙化土地封禁保护区"}
    assert {e.kind for e in graph.entities.values()} == {"protected_area"}


def test_the_state_councils_poverty_office_is_a_central_agency_of_its_own() -> None:
    # b483_08 (shortened): 国务院扶贫办 is no 国务院
    graph = extract("文化和旅游部、国务院扶贫办、中国农业发展银行联合印发《全国金融支持旅游扶贫重点项目推荐名单》。")
    assert {o for s, t, o in relations(graph) if t == "ISSUED_BY"} == {
        "Agency:文化和旅游部", "Agency:国务院扶贫办", "Enterprise:中国农业发展银行"}


def test_a_branch_company_after_its_firm_and_a_firm_after_yi() -> None:
    # b220_01 (shortened): 公司…分公司 is one firm; 以 before a province opens no firm's name
    graph = extract("这个县还在巩固哈尔滨乳多宝公司青冈分公司、广东东泰乳业公司青冈分公司现有年10万吨鲜奶加工能力基础上。"
                    "形成以黑龙江龙凤玉米开发有限公司为龙头,金安热电有限公司等企业相配套的玉米产业集群。")
    assert entities(graph, "Enterprise") == {"Enterprise:哈尔滨乳多宝公司青冈分公司", "Enterprise:广东东泰乳业公司青冈分公司",
                                             "Enterprise:黑龙江龙凤玉米开发有限公司", "Enterprise:金安热电有限公司"}


def test_the_park_a_development_zone_is_called_is_made_of_the_parks_listed() -> None:
    # b220_07 (shortened): 该园区 after a 开发区 is that zone, and no park is a part of itself
    graph = extract("蒙苏经济开发区位于伊金霍洛旗境内。"
                    "该园区由原江苏工业园(东、西片区)、汇能产业园区及乌兰木伦煤化工园区(东、西片区)5个区块组成。")
    whole = "Zone:蒙苏经济开发区"
    assert relations(graph) == {(whole, "LOCATED_IN", "Zone:伊金霍洛旗"), ("Zone:江苏工业园", "PART_OF", whole),
                                ("Zone:汇能产业园区", "PART_OF", whole), ("Zone:乌兰木伦煤化工园区", "PART_OF", whole)}


@pytest.mark.parametrize(("text", "label", "expected"), [
    # b138_04: a visit before the zone
    pytest.param(
        "16日上午,来自美国、意大利、德国、芬兰、日本、韩国等多个国家和地区的200多位中外宾朋齐聚海门经济技术开发区,"
        "参加2015中国海门经贸投资暨转型发展合作洽谈会的开幕仪式。",
        "Zone", {"Zone:海门经济技术开发区"},
        id="a_visit_a_count_or_an_agent_opens_no_zones_name-1"),
    # b140_08: a count of a kind of zone
    pytest.param(
        "保税港区是中国目前开放层次最高、政策最优惠、功能最齐全、区位优势最明显的特殊区域,目前中国共有保税港区12家。",
        "Zone", set(),
        id="a_visit_a_count_or_an_agent_opens_no_zones_name-2"),
    # b150_03: 由 before the zone it was made from, 首个 before a kind of zone
    pytest.param(
        "潍坊综合保税区由潍坊出口加工区转型升级而来,是我省首个综合保税区,也是山东半岛蓝色经济区获批后由出口加工区转型升级的首个海关特殊监管区。",
        "Zone", {"Zone:潍坊综合保税区", "Zone:潍坊出口加工区", "Zone:山东半岛蓝色经济区"},
        id="a_visit_a_count_or_an_agent_opens_no_zones_name-3"),
    # b164_01: a two-character county after its prefecture, and 县城 after it is its seat, no 岷县县
    pytest.param(
        "甘肃(岷州)国际陆港项目位于定西市岷县县城南部,总规划面积8800亩。",
        "Zone", {"Zone:定西市", "Zone:岷县"},
        id="a_two_character_county_is_named_after_its_province_or_prefecture-1"),
    # b160_04: after its municipality, and then wherever the article names it (the two open a work's name here)
    pytest.param(
        "这15个项目分别是重庆市忠县“三峡橘乡”田园综合体建设试点项目。忠县涉及15个项目。",
        "Zone", {"Zone:忠县"},
        id="a_two_character_county_is_named_after_its_province_or_prefecture-2"),
    # b91_08: a county become a district (赣县区) keeps its old name inside the new one, no county 赣县
    pytest.param(
        "本站讯 近日,农发行赣州市赣县区支行向江西富赣工程建设有限公司投放1.16亿元城乡一体化贷款,用于支持2022年赣县区城市能级提升项目。",
        "Zone", set(),
        id="a_two_character_county_is_named_after_its_province_or_prefecture-3"),
    # 现代县域 holds the letters of 代县 but names no county (a phrase made for the test)
    pytest.param(
        "山西省大力发展现代县域经济。",
        "Zone", {"Zone:山西省"},
        id="a_two_character_county_is_named_after_its_province_or_prefecture-4"),
    # b171_10: what a free trade zone's area holds, in brackets after 含, and a bonded zone named after its place
    pytest.param(
        "自贸试验区的实施范围120.72平方公里,涵盖上海外高桥保税区、洋山保税港区。天津港片区30平方公里(含东疆保税港区10平方公里)。",
        "Zone", {"Zone:上海外高桥保税区", "Zone:洋山保税港区", "Zone:东疆保税港区"},
        id="what_a_zone_holds_and_a_bonded_zones_whole_name-1"),
    # b110_01: 不设 and one character before a kind of zone open no name
    pytest.param(
        "港区不设保税区,可考虑设保税仓,具体事宜请商海关办理。",
        "Zone", set(),
        id="what_a_zone_holds_and_a_bonded_zones_whole_name-2"),
    # b174_01: a park's major projects name no work
    pytest.param(
        "近日,白城工业园区党工委、管委会举行吉林白城工业园区重大产业项目签约仪式。",
        "Project", set(),
        id="a_zones_works_are_no_work_unless_a_phase_names_one-1"),
    # b160_04: a phase of a park's works is one work
    pytest.param(
        "这15个项目分别是忠县工业园区二期基础设施建设项目、忠县至石宝沿江快速通道项目。",
        "Project", {"Project:15个项目", "Project:忠县工业园区二期基础设施建设项目", "Project:忠县至石宝沿江快速通道项目"},
        id="a_zones_works_are_no_work_unless_a_phase_names_one-2"),
    # b176_04: 高新技术开发区 ends a whole name
    pytest.param(
        "近日省政府批复省科技厅《关于设立黄河三角洲农业高新技术开发区并列为省级高新技术产业开发区的请示》,同意设立黄河三角洲农业高新技术开发区,"
        "列为省级高新技术产业开发区。",
        "Zone", {"Zone:黄河三角洲农业高新技术开发区"},
        id="a_zones_name_after_a_year_and_before_a_long_suffix-1"),
    # b175_05: a year before the zone
    pytest.param(
        "数据显示,2021年大龙经济开发区引进的项目中,20亿元以上项目3个。",
        "Zone", {"Zone:大龙经济开发区"},
        id="a_zones_name_after_a_year_and_before_a_long_suffix-2"),
    # b68_10 (shortened): 该 refers to a zone
    pytest.param(
        "经过多年培育,该科技产业园成为全区发展态势较好的园区。",
        "Zone", set(),
        id="a_zone_referred_to_or_a_class_of_zones_is_no_name-1"),
    # b180_01 (shortened): a class of zones
    pytest.param(
        "肇源县于2012年被列为全省首批重点县域工业园区。",
        "Zone", {"Zone:肇源县"},
        id="a_zone_referred_to_or_a_class_of_zones_is_no_name-2"),
    # b182_01 (title): an approval before the zone
    pytest.param(
        "国务院批准福州台商投资区扩区 扩至环罗源湾南北两岸",
        "Zone", {"Zone:福州台商投资区"},
        id="an_approval_or_a_deal_opens_no_zone_and_a_district_opens_its_park-1"),
    # b182_04: a deal's landing before the zone
    pytest.param(
        "现场签约的11个项目中,投资额最大的一单花落郴州高新技术产业园区。",
        "Zone", {"Zone:郴州高新技术产业园区"},
        id="an_approval_or_a_deal_opens_no_zone_and_a_district_opens_its_park-2"),
    # b182_03 (shortened): 霞山 opens the park's name where the article names 霞山区
    pytest.param(
        "据官方介绍:湛江综合保税区位于霞山临港工业园区内,规划用地面积2.09平方公里。对霞山区产业升级和经济升级发展更是意义重大。",
        "Zone", {"Zone:湛江综合保税区", "Zone:霞山临港工业园区", "Zone:霞山区"},
        id="an_approval_or_a_deal_opens_no_zone_and_a_district_opens_its_park-3"),
    # b176_03 (shortened): a site's name opens the dateline
    pytest.param(
        "浙江在线10月11日讯“幸亏有了农信担保贷款,我才抓住了发展的有利时机。",
        "Zone", set(),
        id="a_place_that_names_a_newspaper_or_a_site_is_no_place_of_the_article-1"),
    # b179_03 (shortened): a news site (the bank's city is the bank's)
    pytest.param(
        "河北新闻网讯(记者 刘冬)近日,农业银行沧州分行发放贷款。",
        "Zone", set(),
        id="a_place_that_names_a_newspaper_or_a_site_is_no_place_of_the_article-2"),
    # b34_04: a newspaper named after its city
    pytest.param(
        "来源:温州都市报",
        "Zone", set(),
        id="a_place_that_names_a_newspaper_or_a_site_is_no_place_of_the_article-3"),
    # b15_03, b133_06, b125_07, b172_01 (openings): a dateline's place is where the news was filed
    pytest.param(
        "新华社北京2月13日电 据介绍。中新社北京六月三日电(记者)。金融时报-农金网河南讯(记者王松 通讯员)。"
        "本报记者 张泰欣 北京报道 近日,兰州市发展。",
        "Zone", {"Zone:兰州市"},
        id="a_place_that_names_a_newspaper_or_a_site_is_no_place_of_the_article-4"),
    # b219_06: 市辖区 is a kind of division, no place
    pytest.param(
        "2021年,吴中区获得全国市辖区GEP百强。",
        "Zone", {"Zone:吴中区"},
        id="a_kind_of_division_is_no_place"),
    # b218_06: 港澳银行, 内地银行, 本土银行; b217_01: 政策银行; b219_01: 可一般银行; b219_07: 聚合银行机构政策
    pytest.param(
        "中国银行是粤港澳三地的本土银行,并通过公平、公正的方式,甄选港澳和内地银行加入银团。"
        "充分发挥“当先导、补短板、逆周期”的政策银行职能作用。肖雯很无奈,“可一般银行并不认可专利质押。"
        "兰州高新区通过“高新事高兴办”,聚合银行机构政策、服务、信息资源。",
        "Enterprise", {"Enterprise:中国银行"},
        id="kinds_of_bank_are_no_banks"),
    # b186_09 (shortened): an autonomous county by the short form the press gives it (察布查尔锡伯自治县)
    pytest.param(
        "伊犁州察布查尔县现代农业产业园通过评价。",
        "Zone", {"Zone:伊犁哈萨克自治州", "Zone:察布查尔县现代农业产业园"},
        id="an_autonomous_countys_short_form_and_a_region_level_park-1"),
    # b186_07 (shortened): 自治区 ranks the park, no region
    pytest.param(
        "木垒自治区农业科技园区通过认定。",
        "Zone", set(),
        id="an_autonomous_countys_short_form_and_a_region_level_park-2"),
    # b187_06 (shortened): the bank's lending to a sector
    pytest.param(
        "今年前8个月,该行高速公路行业贷款新增43亿元,铁路行业新增贷款15亿元。",
        "Industry", {"Industry:高速公路", "Industry:铁路行业"},
        id="a_banks_sector_a_count_after_sectors_and_a_map_of_industries-1"),
    # b188_06 (shortened): a count of sectors after the last of them
    pytest.param(
        "形成了装备制造、消费品、材料三个万亿产业和电子信息、生物医药等15个千亿产业。",
        "Industry", {"Industry:装备制造", "Industry:材料", "Industry:电子信息", "Industry:生物医药"},
        id="a_banks_sector_a_count_after_sectors_and_a_map_of_industries-2"),
    # b188_07 (shortened): a map of industries
    pytest.param(
        "市发改委研究编制全市产业布局规划,绘制产业地图。",
        "Industry", set(),
        id="a_banks_sector_a_count_after_sectors_and_a_map_of_industries-3"),
    # b192_01 (shortened): 农高区, an agricultural high-tech zone, ends a zone's name and opens none
    pytest.param(
        "杨凌农高区以干旱半干旱农业为主题,但农高区建设仍需加强。",
        "Zone", {"Zone:杨凌农高区"},
        id="an_agricultural_high_tech_zone_and_a_citys_exchange-1"),
    # b191_01, b191_09 (shortened): a newspaper and an exchange named after their city
    pytest.param(
        "来源:上海证券报·中国证券网。该期公司债券在上海证券交易所成功发行。",
        "Zone", set(),
        id="an_agricultural_high_tech_zone_and_a_citys_exchange-2"),
    # b185_04 (shortened): named funds a bank finances are firms
    pytest.param(
        "中国银行参与了首钢产业发展基金、北控水务产业基金。",
        "Enterprise", {"Enterprise:中国银行", "Enterprise:首钢产业发展基金", "Enterprise:北控水务产业基金"},
        id="a_named_fund_is_a_firm_unless_it_is_the_money_paid_out-1"),
    # b126_02 (shortened): the words before a fund's name are no part of it
    pytest.param(
        "辽源市首笔国开基础设施基金成功投放。",
        "Enterprise", {"Enterprise:国开基础设施基金"},
        id="a_named_fund_is_a_firm_unless_it_is_the_money_paid_out-2"),
    # b136_04 (shortened): a fund paid out is the money lent, no lender of its own
    pytest.param(
        "农发行祥云县支行于9月7日投放农发基础设施基金3.1亿元。",
        "Enterprise", {"Enterprise:中国农业发展银行祥云县支行"},
        id="a_named_fund_is_a_firm_unless_it_is_the_money_paid_out-3"),
    # b194_09 (shortened): 集团 in the name's brackets ends nothing
    pytest.param(
        "湖北祥云(集团)化工股份有限公司投资7.5亿元。",
        "Enterprise", {"Enterprise:湖北祥云(集团)化工股份有限公司"},
        id="brackets_inside_and_around_a_firms_name_and_a_county_before_a_bank-1"),
    # b126_10 (shortened): a firm's name may end a bracket
    pytest.param(
        "省级以上龙头企业4家(茅贡米业公司、栗香茶业公司)。",
        "Enterprise", {"Enterprise:茅贡米业公司", "Enterprise:栗香茶业公司"},
        id="brackets_inside_and_around_a_firms_name_and_a_county_before_a_bank-2"),
    # b193_03 (shortened): the county named in full before a bank's short form (not 梅县 inside 黄梅县)
    pytest.param(
        "黄梅县农发行投放4655万元。",
        "Enterprise", {"Enterprise:黄梅县农发行"},
        id="brackets_inside_and_around_a_firms_name_and_a_county_before_a_bank-3"),
    # b169_10 (shortened): 为龙泉驿区汽车产业转型升级; b194_05: 鹿寨县林业产业协会
    pytest.param(
        "其中,中汽院智能网联软件创新中心、国家汽车零部件检测中心等项目的签约,为龙泉驿区汽车产业转型升级、"
        "补链强链延链奠定基础。10月15日,鹿寨县林业产业协会会长方志伟一行20人到广西山圩产业园考察交流。",
        "Industry", {"Industry:汽车产业", "Industry:林业产业"},
        id="a_division_named_in_full_before_a_sector_is_no_part_of_it"),
    # b152_06 (shortened): 农业产业化龙头企业; b107_01: 以…高端产业为支撑; b100_03: 全力保障绿色产业的融资需求;
    # b156_05: 储备产业项目162个 (a stage of works, no sector)
    pytest.param(
        "太阳禽业有限公司,是一家国家级农业产业化重点龙头企业。形成以高端产业为支撑的格局。"
        "全力保障绿色产业的融资需求。2014年,谋划产业项目105个,储备产业项目162个,开复工产业项目16个,"
        "完成投资7.7亿元。",
        "Industry", set(),
        id="industry_in_general_names_no_sector"),
    # b11_03 (shortened): 东至茶店镇长岭沟村 (a block's bounds); 各设区市科技局; b26_04: 榆林的定边和靖边两县;
    # 大力推进产业强市、生态立市、人才兴市
    pytest.param(
        "东至茶店镇长岭沟村郭家沟。各设区市科技局。榆林的定边和靖边两县更是地处陕西“风口”。"
        "大力推进产业强市、生态立市、人才兴市。",
        "Zone", {"Zone:榆林市", "Zone:陕西省"},
        id="kinds_of_places_mottos_and_counted_places_are_no_zones"),
    # b193_07: the page's title (descriptive) and its first sentence
    pytest.param(
        "国开行厦门分行贷款支持厦门市爱心护理院扩建工程项目\n\n"
        "近日,国家开发银行厦门分行与厦门老年基金会签署了厦门市爱心护理院扩建工程项目贷款合作协议。"
        "国开行厦门分行为厦门市爱心护理院扩建工程提供贷款。",
        "Project", {"Project:厦门市爱心护理院扩建工程项目"},
        id="a_work_named_with_and_without_its_xiangmu_is_one_work"),
    # b207_06: 记者在珊瑚工业集聚区看到,投资4000万元的汽车制动器项目正在加快建设厂房
    pytest.param(
        "9月9日,记者在珊瑚工业集聚区看到,投资4000万元的汽车制动器项目正在加快建设厂房。",
        "Zone", {"Zone:珊瑚工业集聚区"},
        id="an_industrial_cluster_area_is_a_zone"),
    # b205_01: 沙潭江生态科技产业园启动区(一期)项目 (启动 is no verb before 区); b205_05: 获得农发行项目贷款
    pytest.param(
        "据悉,本次专项债券将用于沙潭江生态科技产业园启动区(一期)项目3栋研发中心的建设。"
        "标志着该项目成为全市首例同时获得农发行项目贷款和农发基础设施基金的项目。",
        "Project", {"Project:沙潭江生态科技产业园启动区(一期)项目"},
        id="a_parks_startup_area_is_part_of_a_works_name_and_a_lenders_loan_names_no_works"),
    # b203_01 (shortened): 加快建设扎哈淖尔工业园区和鲁北工业园区
    pytest.param(
        "同时,积极“筑巢引凤”,加快建设扎哈淖尔工业园区和鲁北工业园区,吸引大企业到当地“安营扎寨”。",
        "Zone", {"Zone:扎哈淖尔工业园区", "Zone:鲁北工业园区"},
        id="a_zones_name_after_a_verb_of_building_is_whole"),
    # b203_05: 永安坝工业园3.5平方公里基础设施工程项目为援建师市重点项目; b197_02 (shortened): …建设工程PPP项目
    pytest.param(
        "永安坝工业园3.5平方公里基础设施工程项目为援建师市重点项目,共投资2亿元,全部为援建资金。"
        "农发行隰县支行获批1.5亿元贷款,用于支持蒲县昌平大街综合管廊及配套设施建设工程PPP项目。",
        "Project", {"Project:永安坝工业园3.5平方公里基础设施工程项目",
                    "Project:蒲县昌平大街综合管廊及配套设施建设工程PPP项目"},
        id="xiangmu_right_after_gongcheng_ends_the_works_name"),
    # b59_08, b195_07 (shortened): a work told by its rank (首个, 关键节点) is no name of its own
    pytest.param(
        "海南逸盛石化与洋浦签署海南逸盛PTA二期项目投资合作协议,这是石化产业关键节点项目,总投资45亿元。"
        "该项目是贵州省首个热电联产项目,采用清洁高效机组供热。",
        "Project", {"Project:海南逸盛PTA二期项目"},
        id="a_work_told_by_its_rank_is_no_works_name"),
    # b122_05: nor is what the rank is of a sector
    pytest.param(
        "这是《海南自由贸易港建设总体方案》发布后,在洋浦落地的首个新加坡实体产业项目。",
        "Industry", set(),
        id="a_ranked_works_kind_is_no_sector"),
    # b225_06 (shortened), b225_04: a town opens after its county's short name and after the word its window began in;
    # b194_08 (shortened): not when a place ends right before the window (麻城 + 中馆驿镇)
    pytest.param(
        "青岛正道地产有限公司和青岛华彩飞扬包装有限公司将分别在关岭板贵乡建1000亩火龙果标准化示范园。"
        "杭天茶业茶叶精深加工园区建设项目正式落地莲花镇。位于麻城中馆驿镇的热电汽循环经济产业园。",
        "Zone", {"Zone:板贵乡", "Zone:莲花镇", "Zone:中馆驿镇"},
        id="a_town_opens_after_a_countys_short_name_or_a_word"),
    # b228_05: the parks a zone is made of, after 包括三个园区,即; a cooperation zone's 产业 is no sector
    pytest.param(
        "四川“海峡两岸产业合作区”包括三个园区,即成都产业园、德阳产业园和眉山产业园。",
        "Zone", {"Zone:四川省", "Zone:海峡两岸产业合作区", "Zone:成都产业园", "Zone:德阳产业园", "Zone:眉山产业园"},
        id="the_parks_a_zone_is_made_of_after_ji"),
    pytest.param(
        "四川“海峡两岸产业合作区”包括三个园区,即成都产业园、德阳产业园和眉山产业园。",
        "Industry", set(),
        id="a_cooperation_zones_industries_are_no_sector"),
])
def test_names_on_real_sentences(text: str, label: str, expected: set[str]) -> None:
    """What the sentences name of one label, exactly (each case says the page and rule it comes from)."""
    assert entities(extract(text), label) == expected


def test_a_two_character_window_cut_from_a_place_name_opens_with_the_name() -> None:
    # b130_10, b44_08: 为台州湾新区 (not 州湾新区), 位于滨海湾新区; b220_07: 其中江苏工业园区 (中江 begins inside 其中);
    # d02: 沈大国家高新区 (国家 is a rank)
    graph = extract("省级产业集聚区(新区)1个,为台州湾新区。其中,位于滨海湾新区的紫光芯云产业城项目开工。"
                    "其中江苏工业园区于2012年3月获批。")
    assert entities(graph, "Zone") == {"Zone:台州湾新区", "Zone:滨海湾新区", "Zone:江苏工业园区"}


def test_a_table_copied_one_cell_a_line_names_a_zone_after_its_number() -> None:
    # b255_03: 1 / 江西安义工业园区化工集中区 / 南昌市安义县, a chemical park also named 化工园 or 工业城
    graph = extract("表1  全省化工园区名单(第一批)\n\n序号\n\n化工园区(化工集中区)名称\n\n所在地\n\n1\n\n江西安义工业园区化工集中区\n\n"
                    "南昌市安义县\n\n5\n\n江西彭泽工业园区矶山化工园\n\n九江市彭泽县\n\n6\n\n江西瑞昌经济开发区码头工业城\n\n九江市瑞昌市\n")
    assert entities(graph, "Zone") == {"Zone:江西安义工业园区化工集中区", "Zone:江西彭泽工业园区矶山化工园", "Zone:江西瑞昌经济开发区码头工业城",
                                       "Zone:南昌市", "Zone:安义县", "Zone:九江市", "Zone:彭泽县", "Zone:瑞昌市"}


def test_a_numbered_item_opening_with_a_zone_lists_it_and_the_list_notice_covers_it() -> None:
    # b255_04: 1.开封精细化工开发区,面积9.34平方公里; the 认定工作指南 cited beside the 公示 recognises nothing
    graph = extract("2月18日,河南省工信厅发布《关于河南省拟通过认定化工园区名单(第二批)的公示》,共20家化工园区通过认定。\n\n"
                    "根据《公示》,河南省化工园区办根据《河南省化工园区认定工作指南》(豫化工办〔2023〕11号)要求,组织各成员单位和专家,"
                    "对全省第二批共计29家化工园区进行了认定复核。现将河南省拟通过认定的20家化工园区名单予以公示。\n\n"
                    "1.开封精细化工开发区,面积9.34平方公里,四至范围为东至惠济河。\n\n2.叶县先进制造业开发区化工园区,面积4.60平方公里。\n")
    assert entities(graph, "Zone") == {"Zone:河南省", "Zone:开封精细化工开发区", "Zone:叶县先进制造业开发区化工园区"}
    notice = "Plan:关于河南省拟通过认定化工园区名单(第二批)的公示"
    assert {r for r in relations(graph) if r[1] == "COVERS"} == {
        (notice, "COVERS", "Zone:开封精细化工开发区"), (notice, "COVERS", "Zone:叶县先进制造业开发区化工园区")}


def test_the_first_zone_of_a_list_after_fenbie_wei_needs_no_place_before_its_name() -> None:
    # b255_05: 分别为济宁新材料产业园区、汶上精细化工区 (not 材料产业园区)
    graph = extract("其中济宁市入选4家,分别为济宁新材料产业园区、汶上精细化工区、嘉祥化工产业园、邹城化工产业园。")
    assert entities(graph, "Zone") == {"Zone:济宁市", "Zone:济宁新材料产业园区", "Zone:汶上精细化工区", "Zone:嘉祥化工产业园",
                                       "Zone:邹城化工产业园"}


def test_a_three_character_short_form_of_a_bank_stands_anywhere() -> None:
    # b256_01: 兰州市申报的国开行首批10318万元、农发行首批4212万元; not 省农发行 (the province's branch), 农发行系统
    graph = extract("兰州市申报的国开行首批10318万元、农发行首批4212万元城中村改造专项借款均已发放。省农发行坚持战疫情。农发行系统单笔授信额度最大。")
    assert entities(graph, "Enterprise") == {"Enterprise:国家开发银行", "Enterprise:中国农业发展银行"}
    assert entities(extract("省农发行坚持战疫情。农发行系统单笔授信额度最大。"), "Enterprise") == set()


def test_what_is_published_ends_before_the_works_and_a_word_before_a_firm_ends_before_its_place() -> None:
    # b257_03: 国家发改委网站28日公布三条铁路项目 (the commission is no part of the works);
    # b258_05: 商标的拥有人天津市南洋胡氏家具制造有限公司 (人 ends 拥有人)
    assert entities(extract("国家发改委网站28日公布三条铁路项目可行性研究报告的批复。")) == {
        "Agency:国家发展改革委", "Project:三条铁路项目"}
    graph = extract("天津银行发放首笔商标专用权质押贷款。贷款发放对象为著名商标“南洋胡氏”的拥有人天津市南洋胡氏家具制造有限公司。")
    assert relations(graph) == {("Enterprise:天津市南洋胡氏家具制造有限公司", "FINANCED_BY", "Enterprise:天津银行")}


def test_a_places_rural_commercial_bank_written_short_is_a_bank() -> None:
    # b258_02: 公司拥有的8项专利获得了柯城农商行的3000万元授信
    assert entities(extract("公司拥有的8项专利获得了柯城农商行的3000万元授信。")) == {"Enterprise:柯城农商行"}


def test_what_a_feasibility_study_is_approved_for_is_a_work() -> None:
    # b257_06: 国家发展改革委批复了夏河民用机场可行性研究报告; b257_10: 三条铁路项目和五家机场可行性研究报告 names none
    graph = extract("近日,国家发展改革委批复了夏河民用机场可行性研究报告。")
    assert relations(graph) == {("Project:夏河民用机场", "APPROVED_BY", "Agency:国家发展改革委")}
    assert entities(extract("国家发改委批复三条铁路项目和五家机场可行性研究报告。"), "Project") == {"Project:三条铁路项目"}


def test_a_prefectures_name_opens_its_rural_commercial_bank() -> None:
    # b260_03: 郴州农商银行已累计对仰天湖旅游区项目授信8000万元 (not the brand alone, 农商银行)
    graph = extract("郴州农商银行已累计对仰天湖旅游区项目授信8000万元,贷款余额5800万元。")
    assert relations(graph) == {("Project:仰天湖旅游区项目", "FINANCED_BY", "Enterprise:郴州农商银行")}


def test_the_parks_a_zone_is_divided_into_are_its_parts() -> None:
    # b259_10: 云南临沧边境经济合作区,…,分为孟定核心园区、南伞园区和永和园区
    graph = extract("当年12月20日正式启动建设云南临沧边境经济合作区,规划面积3.47平方公里,分为孟定核心园区、南伞园区和永和园区。")
    whole = "Zone:云南临沧边境经济合作区"
    assert relations(graph) == {("Zone:孟定核心园区", "PART_OF", whole), ("Zone:南伞园区", "PART_OF", whole),
                                ("Zone:永和园区", "PART_OF", whole)}


def test_works_of_another_province_lie_outside_the_article_city() -> None:
    # b257_10: an article about 常德市 lists airports and railways the NDRC approved in other provinces
    graph = extract("常德市发展改革委介绍,常德市今年推进重点项目建设,常德市交通建设加快。以及批复新建吉林省松原民用机场、"
                    "青海省果洛民用机场等五家机场的可行性研究报告。就在上周,发改委批复了大理至瑞丽铁路、玉溪至磨憨铁路项目、"
                    "长沙至常德铁路。桃花源机场改扩建项目加快建设。")
    assert {r for r in relations(graph) if r[1] == "LOCATED_IN"} == {
        ("Project:长沙至常德铁路", "LOCATED_IN", "Zone:常德市"),
        ("Project:桃花源机场改扩建项目", "LOCATED_IN", "Zone:常德市")}
    assert gazetteer.place_opening("大理至瑞丽铁路") == ("大理", frozenset({"云南省"}))
    assert gazetteer.provinces_of("广东板芙经济开发区") == frozenset({"广东省"})


def test_a_places_whole_name_short_or_full() -> None:
    # what names no town (甘肃特色小镇, 石家庄特色小镇) and no sector (黄冈产业园)
    assert [name for name in ("甘肃", "甘肃省", "石家庄", "黄冈", "云霄县", "上杭铜", "地理信息", "黄冈产业")
            if gazetteer.is_place_name(name)] == ["甘肃", "甘肃省", "石家庄", "黄冈", "云霄县"]


def test_the_areas_listed_before_their_count_are_zones() -> None:
    # b263_02: a park's plan lists its functional areas, then counts them (as many as it lists)
    graph = extract("自西向东依次划分为商贸加工区、电力工业区、农副产品加工区、仓储物流区、高新技术区、综合服务示范区、精细化工业区"
                    "和煤炭深加工示范区 8 个功能分区。")
    assert entities(graph) == {f"Zone:{name}" for name in ("商贸加工区", "电力工业区", "农副产品加工区", "仓储物流区", "高新技术区",
                                                          "综合服务示范区", "精细化工业区", "煤炭深加工示范区")}
    assert {e.kind for e in graph.entities.values()} == {"development_zone", "pilot_zone"}
    assert entities(extract("园区划分为商贸加工区、仓储物流区和高新技术区4个功能分区。")) == set()


def test_banks_and_leasing_firms_of_a_kind_are_no_firms() -> None:
    # b264_02, b264_03: commercial and investment banking as fields; leasing firms at home as a kind
    assert entities(extract("根据协议,双方将深化在海内外商业银行、投资银行、商旅合作、生态圈合作等领域的全面合作。")) == set()
    graph = extract("据兴业银行成都分行工作人员介绍,本次贷款合作是亚行首单以向国内金融租赁公司发放专项人民币贷款的形式,"
                    "支持清洁能源公交推广的项目。")
    assert entities(graph, "Enterprise") == {"Enterprise:兴业银行成都分行"} and relations(graph) == set()
    assert entities(extract("欧洲投资银行向该项目提供贷款。"), "Enterprise") == {"Enterprise:欧洲投资银行"}


def test_a_year_then_there_is_opens_no_zone() -> None:
    # b263_06: 1993年有长春经济技术开发区相继被批准升级为国家级开发区 (有 is the verb, not the zone's first character)
    graph = extract("1992年有吉林高新技术产业开发区,1993年有长春经济技术开发区相继被批准升级为国家级开发区。")
    assert entities(graph) == {"Zone:吉林高新技术产业开发区", "Zone:长春经济技术开发区"}


def test_bases_a_ministry_recognises_are_zones_and_the_kind_alone_names_none() -> None:
    # b266_02: 我省盐城射阳无损探伤设备特色产业基地、…等4家产业基地; b110_02: bases with their product in brackets
    graph = extract("近日,国家科技部火炬中心公布了2020年第二批国家火炬特色产业基地名单,我省盐城射阳无损探伤设备特色产业基地、"
                    "徐州沛县光伏特色产业基地等4家产业基地顺利通过。")
    assert entities(graph, "Zone") == {"Zone:盐城射阳无损探伤设备特色产业基地", "Zone:徐州沛县光伏特色产业基地", "Zone:徐州沛县"}
    assert ("Zone:徐州沛县光伏特色产业基地", "FOCUSES_ON", "Industry:光伏") in relations(graph)
    graph = extract("商务部认定邢台市任泽区国家外贸转型升级基地(装备制造)。浙江省共有国家外贸转型升级基地45家。")
    assert entities(graph, "Zone") == {"Zone:邢台市任泽区国家外贸转型升级基地", "Zone:浙江省"}


def test_a_clause_that_opens_with_receiving_carries_the_borrower() -> None:
    # b267_01, b267_02: the firm stands in the clause before the one that names the loan and its bank
    assert relations(extract("近日,手握多项核心专利的湖北神地生物科技有限公司负责人,从湖北银行荆门分行拿到了1000万元流动资金贷款。")) \
        == {("Enterprise:湖北神地生物科技有限公司", "FINANCED_BY", "Enterprise:湖北银行荆门分行")}
    graph = extract("武汉奥森迪科智能科技股份有限公司相关负责人介绍,今年4月,该公司凭借40项知识产权质押,得到武汉农商行800万元贷款。")
    assert relations(graph) == {("Enterprise:武汉奥森迪科智能科技股份有限公司", "FINANCED_BY", "Enterprise:武汉农商行")}
    loan = relation(graph, "Enterprise:武汉奥森迪科智能科技股份有限公司", "FINANCED_BY", "Enterprise:武汉农商行")
    assert [e.rule for e in loan.evidence] == ["lending_sentence"]
    # a clause with a borrower of its own keeps it
    assert relations(extract("湖北神地生物科技有限公司负责人介绍,湖北荆楚粮油有限公司从湖北银行荆门分行获得贷款。")) \
        == {("Enterprise:湖北荆楚粮油有限公司", "FINANCED_BY", "Enterprise:湖北银行荆门分行")}


def test_a_clause_that_opens_passively_carries_what_was_approved() -> None:
    # b350_07, b375_10: the park stands in the clause before the one that says who approved it
    graph = extract("河北辛集国家农业科技园区,2015年经科技部批准建设,核心区面积1.39万亩。")
    assert relations(graph) == {("Zone:河北辛集国家农业科技园区", "APPROVED_BY", "Agency:科技部")}
    assert {e.kind for e in graph.entities.values() if e.label == "Zone"} == {"development_zone"}  # a park, no district
    assert relations(extract("该项目入驻的界牌陶瓷工业园成立于2015年,是省政府、省发改委批准设立的陶瓷专业园区。")) \
        == {("Zone:界牌陶瓷工业园", "APPROVED_BY", "Agency:省发改委")}
    # a clause with no passive opening carries nothing
    assert relations(extract("河北辛集国家农业科技园区,2015年科技部批准建设一批园区。")) == set()


def test_ports_and_the_sites_customs_designate_are_zones() -> None:
    # b269_02, b269_10, b269_08, b269_07: ports, a port's areas and designated sites, each opening with its place
    graph = extract("重庆江北国际机场进境肉类指定监管场地位于重庆机场口岸海关监管场所内。重庆铁路口岸进境肉类指定监管场地投用。")
    assert entities(graph, "Zone") == {"Zone:重庆江北国际机场进境肉类指定监管场地", "Zone:重庆铁路口岸进境肉类指定监管场地"}
    assert {e.kind for e in graph.entities.values() if e.label == "Zone"} == {"port"}
    graph = extract("宁德港口岸三沙港区、泉州港口岸石井作业区扩大对外开放已由省人民政府申请。")
    assert entities(graph, "Zone") == {"Zone:宁德港口岸三沙港区", "Zone:泉州港口岸石井作业区"}
    # a province's ports, a count of ports and a customs office name no port
    graph = extract("福建省口岸与海防办沟通。兰州是甘肃省第三个对外开放口岸。重庆机场口岸海关监管。")
    assert entities(graph, "Zone") == {"Zone:福建省", "Zone:甘肃省", "Zone:兰州市"}


def test_an_agencys_act_before_a_firm_opens_no_part_of_its_name() -> None:
    # b271_07, b271_06: 核准 and 接手 before the firm's registered name
    graph = extract("1月29日,国家发展改革委核准新疆兖矿其能煤业有限公司准东五彩湾矿区四号露天矿一期工程及选煤厂1000万吨/年项目。")
    assert entities(graph, "Enterprise", "Agency") == {"Enterprise:新疆兖矿其能煤业有限公司", "Agency:国家发展改革委"}
    assert entities(extract("长城能化正式接手国家电投集团内蒙古能源有限公司煤制烯烃项目。"), "Enterprise") \
        == {"Enterprise:国家电投集团内蒙古能源有限公司"}


def test_a_zone_moved_to_starts_after_the_move_and_holds_no_province() -> None:
    # b271_09: firms move to a zone (搬迁至…开发区); a firm's province after 包括 is no part of the article's zone (the
    # page's sentence, 包括浙江龙盛、闰土股份…, here follows the zone's name)
    graph = extract("作为退出化工企业,他们将抓住搬迁至杭州湾上虞经济技术开发区的契机。杭州湾上虞经济技术开发区正在建设。"
                    "目前,杭州湾上虞经济技术开发区包括浙江龙盛、闰土股份等染料“巨鳄”正在加快搬迁进程。")
    assert entities(graph, "Zone") == {"Zone:杭州湾上虞经济技术开发区", "Zone:浙江省"}
    assert relations(graph) == set()


def test_the_projects_a_zone_brings_in_are_named_by_their_firms() -> None:
    # b278_01: 引进杭州士兰、康力电梯…等项目 names the firms that came, while the works a zone brings in keep their
    # works' names (生产基地)
    graph = extract("截至2014年,成阿工业园累计引进杭州士兰、康力电梯、鑫炬新材料等项目139个。"
                    "今年上半年,又引进佛山住友富士电梯有限公司西部电梯生产基地、皇明太阳能发电设备生产基地及发电站项目等10个项目。")
    firms = ("杭州士兰", "康力电梯", "鑫炬新材料")
    assert entities(graph, "Enterprise") == {f"Enterprise:{firm}" for firm in firms}
    assert entities(graph, "Project") == {"Project:佛山住友富士电梯有限公司西部电梯生产基地",
                                          "Project:皇明太阳能发电设备生产基地及发电站项目", "Project:10个项目"}
    assert relations(graph) == {(f"Enterprise:{firm}", "LOCATED_IN", "Zone:成阿工业园") for firm in firms}


def test_a_firms_short_name_before_a_plants_capacity_names_the_plant() -> None:
    # b285_02: 集团 or 公司 right before the capacity opens the plant's name, which keeps it (a registered name,
    # 有限公司, is named apart)
    graph = extract("在省级重点项目中,国家能源集团榆林化工公司5万吨/年聚乙醇酸(PGA)项目预计6月底机械竣工;"
                    "榆林能源集团40万吨/年乙二醇项目累计完成投资31.43亿元,力争年内建成中交。")
    assert entities(graph, "Project", "Enterprise") == {
        "Project:国家能源集团榆林化工公司5万吨/年聚乙醇酸(PGA)项目", "Project:榆林能源集团40万吨/年乙二醇项目"}


def test_the_counted_clusters_a_zone_has_formed_are_its_focus() -> None:
    # b285_10, b289_04: 形成了A、B…六大优势主导产业集群; A两个千亿级产业集群 (counted and praised before 产业集群)
    graph = extract("经过十余年的创新发展,新疆准东经济技术开发区已初步形成了煤炭、煤电、现代煤化工、硅铝新材料和新能源"
                    "六大优势主导产业集群,是新疆首个工业产值突破千亿的开发区。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == {
        ("Zone:新疆准东经济技术开发区", "FOCUSES_ON", f"Industry:{sector}")
        for sector in ("煤炭", "煤电", "现代煤化工", "硅铝新材料", "新能源")}


def test_a_plan_of_action_named_for_a_sector_focuses_on_it() -> None:
    # b298_10: 《株洲市芦淞区服饰产业总体规划》; a sector that names a zone in the title (b265_01) is the zone's
    graph = extract("按照《株洲市芦淞区服饰产业总体规划》要求,芦淞区加快建设。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == {
        ("Plan:株洲市芦淞区服饰产业总体规划", "FOCUSES_ON", "Industry:服饰产业")}
    graph = extract("浙江省人民政府印发《中国(丽水)跨境电子商务综合试验区实施方案》。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == set()


def test_the_firms_a_park_holds_lie_in_it() -> None:
    # b298_01: 目前区内拥有A、B…等企业32家 (the park named in the clause before)
    graph = extract("羽绒及服装加工产业是台前县产业集聚区主导产业之一,目前区内拥有雪鸟实业、鹏达羽绒、华泰羽毛、宏宇羽绒、"
                    "芳欣制衣等企业32家,年加工优质羽绒3万余吨,羽毛工艺品1000余万件。")
    firms = ("雪鸟实业", "鹏达羽绒", "华泰羽毛", "宏宇羽绒", "芳欣制衣")
    assert {r for r in relations(graph) if r[1] == "LOCATED_IN" and r[0].startswith("Enterprise:")} == {
        (f"Enterprise:{firm}", "LOCATED_IN", "Zone:台前县产业集聚区") for firm in firms}


def test_a_list_a_zone_develops_called_sectors_is_sectors() -> None:
    # b322_02, b19_01: 重点发展A、B…等产业 (no item a known sector; the words call them sectors)
    graph = extract("华宇工业园区位于俄滨海边疆区十月区,园区规划占地面积120公顷,重点发展轻工、木材、建材、食品、机电、商服等产业。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == {
        ("Zone:华宇工业园区", "FOCUSES_ON", f"Industry:{sector}") for sector in ("轻工", "木材", "建材", "食品", "机电", "商服")}
    # (what a zone develops, not called sectors, stays a list of activities; the seed's 探索公共服务和旅游、农业等
    # 产业数字化转型 says what is done to sectors)
    graph = extract("华宇工业园区重点发展贸易、会展和研发。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == set()
    assert "Industry:公共服务" not in entities(extract("其他区县重点探索公共服务和旅游、农业等产业数字化转型。"), "Industry")


def test_any_prefecture_in_brackets_names_a_zone_after_it() -> None:
    # b265_01: 中国(丽水)跨境电子商务综合试验区 (a prefecture the place lexicon lacks); b119_09: 中韩(盐城)产业园
    # (a prefecture in brackets, then the park's words)
    graph = extract("国务院同意设立中国(丽水)跨境电子商务综合试验区。盐城经开区是中韩(盐城)产业园产城融合核心区。")
    assert entities(graph, "Zone") == {"Zone:中国(丽水)跨境电子商务综合试验区", "Zone:中韩(盐城)产业园", "Zone:盐城经开区"}


def test_who_approves_opens_no_firm_and_a_rating_firm_has_no_rank() -> None:
    # b324_04: 农发行总行批准杭州大江东投资开发有限公司…贷款; b333_03: 同意中国雄安集团有限公司发行;
    # b201_02: 中诚信国际信用评级有限公司 (…评级 is no rank in a group, as 三级 of 央企三级公司 is)
    graph = extract("日前,农发行总行批准杭州大江东投资开发有限公司28亿元整体城镇化建设贷款项目。"
                    "同意中国雄安集团有限公司发行公司债券。经中诚信国际信用评级有限公司评定,债券信用等级为AAA。")
    assert entities(graph, "Enterprise") == {
        "Enterprise:中国农业发展银行", "Enterprise:杭州大江东投资开发有限公司", "Enterprise:中国雄安集团有限公司",
        "Enterprise:中诚信国际信用评级有限公司"}
    assert entities(extract("该项目由央企三级公司承建。"), "Enterprise") == set()


def test_areas_handed_to_a_zone_or_a_place_are_its_parts() -> None:
    # b338_07: 岗李乡、大马乡的行政区划正式划入新郑市管辖; b75_04: 将…划归 (one zone into another)
    graph = extract("开封尉氏县岗李乡、大马乡的行政区划正式划入新郑市管辖,并在地图上完成全面更新。")
    assert {r for r in relations(graph) if r[1] == "PART_OF"} == {
        ("Zone:岗李乡", "PART_OF", "Zone:新郑市"), ("Zone:大马乡", "PART_OF", "Zone:新郑市")}
    # b148_10: the villages of a county are handed over, not the county
    graph = extract("荆州市决定,将沙市区4村1农场、江陵县3村1镇划归荆州经济开发区托管。")
    assert {r for r in relations(graph) if r[1] == "PART_OF"} == set()


def test_the_place_before_a_lists_first_item_holds_the_items_after_it() -> None:
    # b338_06: 望城区白箬铺镇、白马街道…和黄金园街道; b338_03: 咸阳市秦都区、渭城区、泾阳县 (counties the gazetteer puts there)
    graph = extract("托管区域包括望城区白箬铺镇、白马街道、雷锋街道和黄金园街道。"
                    "西咸新区与咸阳市秦都区、渭城区、泾阳县分别举行了托管移交仪式。")
    assert {r for r in relations(graph) if r[1] == "LOCATED_IN"} == {
        *((f"Zone:{town}", "LOCATED_IN", "Zone:望城区") for town in ("白箬铺镇", "白马街道", "雷锋街道", "黄金园街道")),
        *((f"Zone:{county}", "LOCATED_IN", "Zone:咸阳市") for county in ("秦都区", "渭城区", "泾阳县"))}
    # (an item that opens a place of its own stops the list: 秦都区双照街道,渭城区周陵街道)
    graph = extract("秦都区双照街道、渭城区周陵街道交由秦汉新城管理。")
    assert {r for r in relations(graph) if r[1] == "LOCATED_IN"} == {
        ("Zone:双照街道", "LOCATED_IN", "Zone:秦都区"), ("Zone:周陵街道", "LOCATED_IN", "Zone:渭城区")}


def test_what_is_planned_or_pressed_and_what_came_before_name_no_works() -> None:
    # b343_07: 狠抓项目谋划, 梳理谋划园区范围内固定资产投资项目84个; b341_10: 继低空旅游、…等项目后 (继, after what,
    # opens no item)
    graph = extract("今年三亚中央商务区狠抓项目谋划,梳理谋划园区范围内固定资产投资项目84个,总投资约520亿元。"
                    "继低空旅游、高空跳伞、热气球体验等项目后,建德航空小镇又有大动作。")
    assert entities(graph, "Project") == {"Project:低空旅游", "Project:高空跳伞", "Project:热气球体验"}
    # (a counted programme of planned works stays one: b96_09 谋划项目510个; 继电器 opens a name)
    assert entities(extract("全市共谋划项目510个。继电器生产项目开工。"), "Project") == {"Project:谋划项目510个", "Project:继电器生产项目"}


def test_a_banks_word_before_a_credit_cooperative_says_its_role() -> None:
    # b344_01: 向合作银行云南省农村信用社推荐了14户园区企业 (the partner bank is the cooperative)
    graph = extract("目前禄劝工业园区经过前期项目筛选,向合作银行云南省农村信用社推荐了14户园区企业。")
    assert entities(graph, "Enterprise") == {"Enterprise:云南省农村信用社"}


def test_a_sector_and_a_kind_of_work_written_as_one_word_are_one_sector() -> None:
    # b345_07, b345_08: 海上风电装备制造, 风电装备制造 (a sector, then the work done in it)
    graph = extract("阳江高新区重点发展海上风电装备制造产业。")
    assert entities(graph, "Industry") == {"Industry:海上风电装备制造"}
    # (b18_07: two sectors side by side stay two)
    assert entities(extract("金塔县大力发展风电光伏,建设清洁能源基地。"), "Industry") == {"Industry:风电", "Industry:光伏"}


def test_areas_named_side_by_side_with_a_parts_head_are_zones() -> None:
    # b348_10: “七个功能组团”指北沟临港产业组团、新港现代海洋组团…以及福莱山综合服务组团; b316_08: 分别为石炭井片区、
    # 惠农片区和农垦片区 (the words before the first area are no part of its name)
    graph = extract("标题\n\n“三个功能组团”指北沟临港产业组团、新港现代海洋组团以及福莱山综合服务组团。"
                    "光伏园区分为三个区域,分别为石炭井片区、惠农片区和农垦片区。")
    assert entities(graph, "Zone") == {"Zone:北沟临港产业组团", "Zone:新港现代海洋组团", "Zone:福莱山综合服务组团",
                                       "Zone:石炭井片区", "Zone:惠农片区", "Zone:农垦片区"}


def test_an_area_named_right_after_its_zone_is_part_of_it() -> None:
    # b336_09: 和拓(仙游)新材料产业园是省重点项目,位于仙游经济开发区五里岭片区,总占地面积248亩。
    graph = extract("标题\n\n该产业园是省重点项目,位于仙游经济开发区五里岭片区,总占地面积248亩。")
    assert entities(graph, "Zone") == {"Zone:仙游经济开发区", "Zone:五里岭片区"}
    assert relations(graph) == {("Zone:五里岭片区", "PART_OF", "Zone:仙游经济开发区")}
    assert {e.rule for e in relation(graph, "Zone:五里岭片区", "PART_OF", "Zone:仙游经济开发区").evidence} == {"area_of_zone"}


def test_a_national_agricultural_science_park_is_a_zone_and_the_kind_alone_is_none() -> None:
    # b350_07: 科技部公布2021年国家农业科技园区综合评估结果…河北滦平国家农业科技园区、河北辛集国家农业科技园区获评优秀
    graph = extract("标题\n\n科技部公布2021年国家农业科技园区综合评估结果,河北滦平国家农业科技园区、河北辛集国家农业科技园区获评优秀。"
                    "请各地高度重视农业科技园区建设。")
    assert entities(graph, "Zone") == {"Zone:河北滦平国家农业科技园区", "Zone:河北辛集国家农业科技园区"}


def test_a_day_before_the_verb_whom_an_official_meets_and_a_county_inside_a_city_name_no_part_of_names() -> None:
    # b352_07: 中国兵器工业集团公司与天津市人民政府十八日在天津签署战略合作框架协议; 天津市市长黄兴国 (津市市 opens inside
    # 天津市); b352_09: 省委书记周强在衡阳会见中国五矿集团公司党组书记
    graph = extract("标题\n\n中国兵器工业集团公司与天津市人民政府十八日在天津签署战略合作框架协议。天津市市长黄兴国出席签约仪式。"
                    "省委书记在衡阳会见中国五矿集团公司党组书记。")
    assert entities(graph, "Enterprise", "Agency", "Zone") == {
        "Enterprise:中国兵器工业集团公司", "Agency:天津市人民政府", "Zone:天津市", "Enterprise:中国五矿集团公司", "Zone:衡阳市"}
    assert ("Plan:战略合作框架协议", "ISSUED_BY", "Agency:天津市人民政府") in relations(graph)


def test_a_new_town_named_by_its_place_is_a_zone_and_what_it_is_to_be_names_none() -> None:
    # b338_03: 秦都区双照街道…交由秦汉新城管理;渭城区北杜街道…交由空港新城管理; b182_07 美丽宜居新城, b319_01 四大新城
    graph = extract("标题\n\n秦都区双照街道交由秦汉新城管理;渭城区北杜街道交由空港新城管理。"
                    "建设美丽宜居新城,形成四大新城。打造文旅新城,启动科教创新城。")  # (b372_04, b372_10)
    assert entities(graph, "Zone") == {"Zone:秦都区", "Zone:渭城区", "Zone:双照街道", "Zone:北杜街道", "Zone:秦汉新城", "Zone:空港新城"}


def test_a_service_a_park_is_for_is_no_verb_before_it() -> None:
    # b362_07: 示范区服务外包产业园于2015年3月正式获得省政府批准成立 (服务 names the trade, it does not serve the park)
    graph = extract("标题\n\n示范区服务外包产业园于2015年3月正式获得省政府批准成立。")
    assert entities(graph, "Zone") == {"Zone:示范区", "Zone:示范区服务外包产业园"}  # (示范区 alone: the article's zone)
    # the kind of park a ministry programmes names none
    assert not entities(extract("标题\n\n在人力资源服务产业园举行签约。"), "Zone")


def test_the_kind_a_list_of_firms_is_said_to_be_is_their_sector() -> None:
    # b309_09: 顺丰、邮政、申通、圆通、韵达等国内快递龙头企业纷纷入驻; b345_07: 东方电气、金风…等6家规模以上的海上风电装备制造企业
    graph = extract("标题\n\n顺丰、邮政、申通等国内快递龙头企业纷纷入驻。"
                    "东方电气、金风、明阳等6家规模以上的海上风电装备制造企业已全部实现复工复产。")
    assert entities(graph, "Industry") == {"Industry:快递", "Industry:海上风电装备制造"}
    assert {r for r in relations(graph) if r[1] == "IN_INDUSTRY"} == {
        (f"Enterprise:{firm}", "IN_INDUSTRY", f"Industry:{sector}")
        for firms, sector in ((("顺丰", "邮政", "申通"), "快递"), (("东方电气", "金风", "明阳"), "海上风电装备制造"))
        for firm in firms}
    # banks listed as 金融企业 are no firms of a sector the page reports on
    assert not entities(extract("标题\n\n招商银行、浙商银行等金融企业参加。"), "Industry")


def test_the_fields_a_park_is_said_to_centre_on_are_its_focus() -> None:
    # b365_01: 重点围绕A、B…等方向 (围绕 opens a list like 发展 or 聚焦; an item's 运用 is what is done with the sector)
    graph = extract("标题\n\n银川军民融合产业园依托双基地的运维模式,重点围绕国防保障、信息安全、智能制造、新材料运用等方向,"
                    "构建新型军民融合产业体系。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == {
        ("Zone:银川军民融合产业园", "FOCUSES_ON", f"Industry:{sector}") for sector in ("国防保障", "信息安全", "智能制造", "新材料")}


def test_a_zone_name_the_window_cut_short_begins_with_the_place_before_it() -> None:
    # b366_04 鹤岗石墨新材料产业园区, b130_08 常州遥观钢管产业集聚区 (not 材料产业园区, 钢管产业集聚区); a verb after
    # the place or a place named in full right before the name keeps them apart
    graph = extract("标题\n\n鹤岗石墨新材料产业园区已入驻企业12家。常州遥观钢管产业集聚区获批。"
                    "惠州市设立中韩(惠州)产业园。")
    assert entities(graph, "Zone") == {"Zone:鹤岗石墨新材料产业园区", "Zone:常州遥观钢管产业集聚区", "Zone:惠州市",
                                       "Zone:中韩(惠州)产业园"}


def test_a_plan_named_for_growing_a_sector_focuses_on_it() -> None:
    # b298_04: 产业转移促进集群发展 tells the sector is grown, though a cluster follows it
    graph = extract("近年来,荆州市委、市政府高度重视纺织服装产业发展,相继制定出台《荆州市纺织服装产业高质量发展三年行动方案》、"
                    "《荆州市承接纺织服装产业转移促进集群发展若干政策》等相关扶持政策。")
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == {
        ("Plan:荆州市纺织服装产业高质量发展三年行动方案", "FOCUSES_ON", "Industry:纺织服装"),
        ("Plan:荆州市承接纺织服装产业转移促进集群发展若干政策", "FOCUSES_ON", "Industry:纺织服装"),
        ("Zone:荆州市", "FOCUSES_ON", "Industry:纺织服装")}
    # b363_07: the sector the article names elsewhere (商业航天), in the plan's name before 产业高地
    graph = extract("标题\n\n北京已初步形成规模化的民营商业航天创新产业集群,培育出银河航天、蓝箭航天、星河动力等一批商业航天独角兽企业。"
                    "大会还发布了《北京经济技术开发区关于建设具有全球影响力商业航天产业高地的若干措施》。")
    # (影响力商业航天: a cut the sector recogniser makes inside the title, not this rule's)
    assert {r for r in relations(graph) if r[0].startswith("Plan:") and r[1] == "FOCUSES_ON"} == {
        ("Plan:北京经济技术开发区关于建设具有全球影响力商业航天产业高地的若干措施", "FOCUSES_ON", "Industry:商业航天"),
        ("Plan:北京经济技术开发区关于建设具有全球影响力商业航天产业高地的若干措施", "FOCUSES_ON", "Industry:影响力商业航天")}
    # b431_01: a sector's zone (区块链发展先导区) is no growing of it
    graph = extract("标题\n\n郑州市大力发展区块链产业。河南省工信厅与郑州市人民政府联合编制了《郑州市创建国家区块链发展先导区申报方案》。")
    assert not {r for r in relations(graph) if r[0].startswith("Plan:") and r[1] == "FOCUSES_ON"}


def test_wetland_and_forest_parks_and_nature_reserves_are_zones() -> None:
    # b435_05 (shortened): named parks; 5处国家湿地公园 counts their kind, and names none
    graph = extract("标题\n\n呼伦贝尔市2015年申报的“内蒙古巴林雅鲁河国家湿地公园”、“内蒙古扎兰屯秀水国家湿地公园”共5处国家湿地公园,"
                    "日前全部获得国家林业局批复。")
    assert entities(graph, "Zone") == {"Zone:呼伦贝尔市", "Zone:内蒙古巴林雅鲁河国家湿地公园", "Zone:内蒙古扎兰屯秀水国家湿地公园"}
    assert graph.entities["Zone:内蒙古巴林雅鲁河国家湿地公园"].kind == "protected_area"
    # b435_06, b431_09: a forest park lies where its sentence says; a park of 区块链 is named after its city, not 娄底市区
    graph = extract("标题\n\n商丘黄河故道国家森林公园位于梁园区。当天,湖南德方智链科技有限公司正式入驻娄底市区块链产业园。")
    assert relations(graph) == {
        ("Zone:商丘黄河故道国家森林公园", "LOCATED_IN", "Zone:梁园区"),
        ("Enterprise:湖南德方智链科技有限公司", "LOCATED_IN", "Zone:娄底市区块链产业园"),
        ("Zone:娄底市区块链产业园", "LOCATED_IN", "Zone:娄底市"),
        ("Zone:娄底市区块链产业园", "FOCUSES_ON", "Industry:区块链")}


def test_a_science_park_is_a_zone_and_its_kind_alone_is_none() -> None:
    # b437_09 高村科技创新园; b293_09 (shortened): 国家大学科技园 before a branch's name is the kind of park
    graph = extract("标题\n\n初夏,走进天津市武清区高村科技创新园,在10余栋酷似巨大“储物箱”的白色建筑前,“中国电信京津冀智能算力中心”"
                    "几个大字格外显眼。山东大学将设立国家大学科技园禹城分园。")
    assert entities(graph, "Zone") == {"Zone:天津市", "Zone:武清区", "Zone:高村科技创新园", "Zone:山东省"}  # 山东大学 names it


def test_a_park_named_only_by_its_sector_takes_the_name_before_it() -> None:
    # b375_06 神前陶瓷工业园区, b375_10 界牌陶瓷工业园, b376_06 中德国际宠物经济工业园 (not 陶瓷工业园区, 经济工业园): the
    # run of a name's characters before the window, from after a place, a zone, a date or a verb
    graph = extract("标题\n\n中德国际宠物经济工业园开工。郏县安良镇神前陶瓷工业园区有企业7家。将军陶瓷项目落户界牌陶瓷工业园。"
                    "杭州萧山国际机场周边缺乏综保区。2021年彭山经开区签约。")
    assert entities(graph, "Zone") == {"Zone:中德国际宠物经济工业园", "Zone:安良镇", "Zone:神前陶瓷工业园区",
                                       "Zone:界牌陶瓷工业园", "Zone:彭山经开区"}
    # before a place's park only another place opens the name (b24_09, b164_08; b9_09 粤水电 is a firm, b220_07 原 a word)
    graph = extract("标题\n\n于田天津工业园区获批。沪滇临港昆明科技城开工。粤水电兰州新区光伏项目并网,兰州新区再添新能源。"
                    "原江苏工业园并入。")
    assert entities(graph, "Zone") == {"Zone:于田天津工业园区", "Zone:沪滇临港昆明科技城", "Zone:兰州新区", "Zone:江苏工业园"}


def test_a_loose_sector_word_names_a_sector_only_when_called_or_listed_as_one() -> None:
    # b10_09 汽车芯片成品制造封装测试基地, b110_01 汽车冲压件厂西路 (no talk of sectors); b348_09 汽车、电子信息 (a list)
    assert not entities(extract("标题\n\n公司决定在临港设立汽车芯片成品制造封装测试基地。远东至汽车冲压件厂西路。"), "Industry")
    assert entities(extract("标题\n\n新区重点发展汽车、电子信息和芯片产业。"), "Industry") == {
        "Industry:汽车", "Industry:电子信息", "Industry:芯片产业"}


def test_a_sector_named_after_a_verb_starts_after_it() -> None:
    # b381_04 方案明确氟化工产业, b384_07 高度重视…产业 (the verb is no part of the sector's name)
    graph = extract("标题\n\n方案明确氟化工产业发展路径。全市高度重视生物医药产业。")
    assert entities(graph, "Industry") == {"Industry:氟化工", "Industry:生物医药"}


def test_a_prefecture_named_by_its_short_name_alone_is_a_place() -> None:
    # b188_08 位于扬州北郊, b214_05 来益阳调研 (prefectures the lexicon's cities leave out); 兴安 is 兴安盟, not a city;
    # b12_03 朝阳路 is a street, b291_07 真金白银 money spent, 湖州日报 a newspaper
    graph = extract("标题\n\n盘古工业集中区位于扬州北郊刘集镇。王岐海一行来益阳调研益阳高新区管理体制。项目落户兴安。"
                    "北至朝阳路。每一环节都需要真金白银的投入。据湖州日报报道。")
    assert entities(graph, "Zone") == {"Zone:盘古工业集中区", "Zone:扬州市", "Zone:刘集镇", "Zone:益阳市", "Zone:益阳高新区",
                                       "Zone:兴安盟"}
    assert relations(graph) == {("Zone:盘古工业集中区", "LOCATED_IN", "Zone:扬州市"),
                                ("Zone:盘古工业集中区", "LOCATED_IN", "Zone:刘集镇"),
                                ("Zone:益阳高新区", "LOCATED_IN", "Zone:益阳市")}


def test_the_whole_a_list_of_parts_belongs_to_may_stand_clauses_before_it() -> None:
    # b348_06: 梅河新区管辖总面积…(含…),包括…黑山头镇、曙光镇…部分区域 (the new area, not the article's other zones)
    graph = extract("标题\n\n梅河口市建设国家全域旅游示范区。据悉,梅河新区管辖总面积261.66平方公里(含到2030年城市建成区面积100平方公里),"
                    "包括现有中心城区、李炉乡全域及黑山头镇、曙光镇部分区域。")
    assert {r for r in relations(graph) if r[1] == "PART_OF"} == {
        (f"Zone:{town}", "PART_OF", "Zone:梅河新区") for town in ("李炉乡", "黑山头镇", "曙光镇")}


def test_a_prefecture_that_is_also_a_word_opens_a_zone_name() -> None:
    # b385_07 大同医药工业园 (大同 is an adverb to the dictionary), b64_04 营口国家高新技术产业开发区
    graph = extract("标题\n\n园区基础设施已累计投入资金12.77亿元。大同医药工业园计划入驻医药企业14家。营口国家高新技术产业开发区获批。")
    assert entities(graph, "Zone") == {"Zone:大同医药工业园", "Zone:营口国家高新技术产业开发区"}


def test_a_long_zone_name_starts_after_a_new_area_or_development_zone_before_it() -> None:
    # b388_02 湘江新区大王山旅游度假区, b66_07 建宁经济开发区明溪经济开发区 (two names run together)
    graph = extract("标题\n\n华谊兄弟(长沙)电影文化城在湘江新区大王山旅游度假区正式开工。同意设立建宁经济开发区明溪经济开发区。")
    assert entities(graph, "Zone") == {"Zone:长沙市", "Zone:湘江新区", "Zone:大王山旅游度假区", "Zone:建宁经济开发区",
                                       "Zone:明溪经济开发区"}


def test_works_named_after_what_a_deal_is_about_or_a_verb_of_handling() -> None:
    # b385_02 分别就…项目, b390_05 (下文称“金发科技”)就改性塑料项目 (就 says what a deal is about), b386_01 全面负责项目投资,
    # b396_06 被列入…重大工业项目 (a verb, then a rank: no works), b356_02 纳入…项目库 (a pool of projects, no work)
    graph = extract("标题\n\n近日,丰顺县政府与广东青恒生物医药有限公司、广东金亨制罐有限公司分别就新冠疫苗生产基地项目、丰顺金亨制罐项目"
                    "签订合作协议。12月28日,湛江市人民政府与金发科技股份有限公司(下文称“金发科技”)就改性塑料项目签订了合作备忘录。"
                    "企业则依托其资金优势,全面负责项目投资、建设与长期运营。雷士浙江节能灯基地被列入浙江省重大工业项目。"
                    "芜湖繁昌区荻港片区EOD项目于2023年12月纳入安徽省级EOD项目库。")
    assert entities(graph, "Project") == {"Project:新冠疫苗生产基地项目", "Project:丰顺金亨制罐项目", "Project:改性塑料项目",
                                          "Project:芜湖繁昌区荻港片区EOD项目"}


def test_a_financial_district_is_a_zone() -> None:
    # b399_10 青岛金家岭金融区 (金融区, a kind of zone like 商务区)
    graph = extract("标题\n\n作为青岛财富管理金融综合改革试验区的核心区和主阵地,在完成功能区改革后,青岛金家岭金融区聚焦建设面向全球的"
                    "创投风投中心、面向国际的财富管理中心和面向未来的金融科技中心。")
    assert entities(graph, "Zone") == {"Zone:青岛财富管理金融综合改革试验区", "Zone:青岛金家岭金融区"}
    assert {r for r in relations(graph) if r[1] == "FOCUSES_ON"} == {("Zone:青岛金家岭金融区", "FOCUSES_ON", "Industry:金融科技")}
