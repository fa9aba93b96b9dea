"""Typed facts: amounts of money and places with their codes, and the saved queries that use them."""

from __future__ import annotations

import pytest

from policy_kg.cypher.runner import run_saved
from policy_kg.graph import Document, Entity, Evidence, Graph, Mention, Relation
from policy_kg.graph.store import GraphStore
from policy_kg.loaders.extract.money import Amount, loan_terms, parse_amount


@pytest.mark.unit
@pytest.mark.parametrize(("text", "expected"), [
    ("承贷金额不超过70亿元", Amount("不超过70亿元", 7_000_000_000, "CNY", "不超过")),
    ("组建30亿美元银团", Amount("30亿美元", 3_000_000_000, "USD", "")),
    ("总投资1062.3亿元", Amount("1062.3亿元", 106_230_000_000, "CNY", "")),
    ("授信五十亿元", Amount("五十亿元", 5_000_000_000, "CNY", "")),
    ("累计投放贷款超过百亿元", Amount("超过百亿元", 10_000_000_000, "CNY", "超过")),
    ("发放9000万元项目贷款", Amount("9000万元", 90_000_000, "CNY", "")),
    ("约2.5亿欧元", Amount("约2.5亿欧元", 250_000_000, "EUR", "约")),
    ("投资5亿多元的韩家峡水库项目", Amount("5亿多元", 500_000_000, "CNY", "")),
    ("总投资1100余亿元", Amount("1100余亿元", 110_000_000_000, "CNY", "")),
    ("各自承贷7,500万港元", Amount("7,500万港元", 75_000_000, "HKD", "")),  # (b109_02: thousands set off)
    # (b261_09: 亿 within the Chinese numeral, then the unit's own count)
    ("工程静态总投资为三十亿零四千七百一十五万元人民币", Amount("三十亿零四千七百一十五万元", 3_047_150_000, "CNY", "")),
    ("零四千七百一十五万元", Amount("零四千七百一十五万元", 47_150_000, "CNY", "")),
    ("零元", Amount("零元", 0, "CNY", "")),
])
def test_amounts_parse_to_value_currency_and_qualifier(text: str, expected: Amount) -> None:
    assert parse_amount(text) == expected


@pytest.mark.unit
@pytest.mark.parametrize("text", ["一二三产业融合", "全年增长5%", "3000亩土地"])
def test_text_without_money_has_no_amount(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.unit
def test_loan_terms_give_the_ontologys_properties() -> None:
    assert loan_terms("发放5亿元流动资金贷款") == {
        "instrument": "流动资金贷款", "amount": "5亿元", "amount_value": 500_000_000, "currency": "CNY"}
    # b64_05: the programme's registered ceiling is not the sum issued
    assert loan_terms("中期票据注册金额为40亿元,发行金额20亿元,主承销商为北京银行")["amount_value"] == 2_000_000_000
    # b72_05, b66_02: before a word of lending a sum in 亿 is in yuan
    assert loan_terms("中创新航成都项目一期60亿银团在招商银行成都分行成功签约")["amount_value"] == 6_000_000_000
    assert loan_terms("山东高速集团发行25亿中期票据")["currency"] == "CNY"
    # b87_06: a nil sum (基础发行规模0亿元) states nothing; the next sum is the issue's
    assert loan_terms("注册金额10亿元,本期基础发行规模0亿元,发行金额上限4.8亿元,主承销商为中信银行")["amount_value"] == 480_000_000


def _loans() -> Graph:
    g = Graph()
    g.add_document(Document("d", "loans"))
    bank = g.add_entity(Entity("Enterprise", "国家开发银行山东省分行", set(), "bank", {Mention("d", 0, 12)}))
    for i, (firm, amount) in enumerate([("甲公司", "不超过70亿元"), ("乙公司", "5亿元"), ("丙公司", "30亿美元"),
                                        ("丁公司", "")]):
        g.add_entity(Entity("Enterprise", firm, set(), "company", {Mention("d", 20 + i * 5, 23 + i * 5)}))
        terms = parse_amount(amount).properties() if amount else {}
        g.add_relation(Relation(f"Enterprise:{firm}", "FINANCED_BY", bank.id, terms,
                                {Evidence("d", 0, 40, f"向{firm}发放贷款{amount}。", "test")}))
    return g


def test_financing_is_summed_per_currency(store: GraphStore) -> None:
    store.load(_loans())
    rows = run_saved("financing_by_lender", {"lender": "国家开发银行山东省分行"}, store)
    assert rows == [
        {"currency": "CNY", "loans": 2, "with_amount": 2, "total": 7_500_000_000},
        {"currency": "USD", "loans": 1, "with_amount": 1, "total": 3_000_000_000},
        {"currency": None, "loans": 1, "with_amount": 0, "total": 0},
    ]


def _places() -> Graph:
    g = Graph()
    g.add_document(Document("d", "places"))
    at = iter(range(0, 1000, 10))

    def add(label: str, name: str, **facts: str) -> Entity:
        start = next(at)
        return g.add_entity(Entity(label, name, set(), None, {Mention("d", start, start + 3)}, dict(facts)))

    add("Zone", "山东省", adcode="370000", level="province")
    add("Zone", "济南市", adcode="370100", level="prefecture", province="山东省")
    add("Zone", "槐荫区", adcode="370104", level="county", province="山东省", prefecture="济南市")
    add("Zone", "成都市", adcode="510100", level="prefecture", province="四川省")
    works = add("Project", "京台高速公路改扩建工程")
    firm = add("Enterprise", "山东高速集团")
    far = add("Project", "成都地铁6号线")
    plan = add("Plan", "济南市国土空间总体规划")
    for source, type_, target in ((works.id, "LOCATED_IN", "Zone:槐荫区"), (firm.id, "LOCATED_IN", "Zone:济南市"),
                                  (far.id, "LOCATED_IN", "Zone:成都市"), (plan.id, "COVERS", "Zone:济南市")):
        g.add_relation(Relation(source, type_, target, {}, {Evidence("d", 0, 9, "……", "test")}))
    return g


def test_entities_in_a_region_and_below_it(store: GraphStore) -> None:
    store.load(_places())
    rows = run_saved("entities_in_region", {"region": "山东"}, store)
    assert [(r["label"], r["name"], r["adcode"]) for r in rows] == [
        ("Enterprise", "山东高速集团", None), ("Plan", "济南市国土空间总体规划", None),
        ("Project", "京台高速公路改扩建工程", None),
        ("Zone", "山东省", "370000"), ("Zone", "槐荫区", "370104"), ("Zone", "济南市", "370100"),
    ]
    assert store.export().entities["Zone:槐荫区"].properties == {
        "adcode": "370104", "level": "county", "province": "山东省", "prefecture": "济南市"}


@pytest.mark.unit
def test_a_work_keeps_the_investment_its_clause_states() -> None:
    from types import SimpleNamespace

    from policy_kg.loaders.extract.pipeline import extract_article

    graph = extract_article(SimpleNamespace(id="p", text=(
        "其中总投资30亿元的长光卫星航天信息产业园项目对提升北区电子信息产业水平将发挥巨大作用;"
        "总投资15亿元的平安汽车供应链金融产业园项目计划明年6月试运营。")))
    assert graph.entities["Project:长光卫星航天信息产业园项目"].properties == {
        "investment": "30亿元", "investment_value": 3_000_000_000, "currency": "CNY"}
    assert graph.entities["Project:平安汽车供应链金融产业园项目"].properties["investment_value"] == 1_500_000_000
    # b98_09: a qualified sum before the work, in a clause that also names other things as works
    graph = extract_article(SimpleNamespace(id="p", text="总投资约137亿元的长株城际铁路株洲段项目将串联长沙星沙副中心、黄兴副中心。"))
    assert graph.entities["Project:长株城际铁路株洲段项目"].properties == {
        "investment": "约137亿元", "investment_value": 13_700_000_000, "currency": "CNY", "investment_qualifier": "约"}


@pytest.mark.unit
def test_each_item_of_a_list_keeps_the_sum_before_it_and_a_sum_after_investing_is_in_yuan() -> None:
    from types import SimpleNamespace

    from policy_kg.loaders.extract.pipeline import extract_article

    # b40_10: 旅游商贸类的另外2个项目是:3.2亿元的…项目、3亿元的…项目; b39_09: 3个项目,投资总额26.7亿
    graph = extract_article(SimpleNamespace(id="p", text=(
        "旅游商贸类的另外2个项目是:3.2亿元的中俄滨海2号通道铁路能源基地项目、3亿元的北部石材园区铁路物流园建设项目。"
        "另外,新健医养结合项目投资总额1.2亿,涉及医养结合。")))
    values = {name: e.properties.get("investment_value") for name, e in graph.entities.items()
              if name.startswith("Project:")}
    assert values == {"Project:2个项目": None, "Project:中俄滨海2号通道铁路能源基地项目": 320_000_000,
                      "Project:北部石材园区铁路物流园建设项目": 300_000_000, "Project:新健医养结合项目": 120_000_000}
    assert graph.entities["Project:新健医养结合项目"].properties["currency"] == "CNY"
    # b52_08: 包括总投资99.2亿元的上汽乘用车基地项目、总投资120亿元的宇通整车基地项目
    graph = extract_article(SimpleNamespace(id="p", text=(
        "今年郑州经开区包括总投资99.2亿元的上汽乘用车基地项目、总投资120亿元的宇通整车基地项目。")))
    assert {n: e.properties.get("investment_value") for n, e in graph.entities.items() if n.startswith("Project:")} \
        == {"Project:上汽乘用车基地项目": 9_920_000_000, "Project:宇通整车基地项目": 12_000_000_000}
    # b36_09: 中航锂电…武汉基地项目位于…,将建设…。项目总投资100亿,用地面积约1200亩: the bare word is that work
    graph = extract_article(SimpleNamespace(id="p", text=(
        "今天开工的中航锂电动力电池及储能电池武汉基地项目位于武汉经开区通航产业园,将建设动力电池的生产销售基地。"
        "项目总投资100亿,用地面积约1200亩。")))
    assert graph.entities["Project:中航锂电动力电池及储能电池武汉基地项目"].properties["investment_value"] == 10**10


@pytest.mark.unit
def test_a_sentence_describing_the_work_named_before_keeps_its_investment() -> None:
    from types import SimpleNamespace

    from policy_kg.loaders.extract.pipeline import extract_article

    def investments(text: str) -> dict[str, int]:
        graph = extract_article(SimpleNamespace(id="p", text=text))
        return {e.name: e.properties["investment_value"] for e in graph.entities.values() if "investment_value" in e.properties}

    # b11_05: the sentence after the work names none and describes it before its sum
    assert investments("农行为济青高速铁路项目授信。济青高速铁路全长307.83千米,估计总投资599.21亿元。") == {
        "济青高速铁路项目": 59_921_000_000}
    # b54_08: a sentence opening with 项目 speaks of the work before
    assert investments("在位于中国图们江区域珲春国际合作示范区的东北亚光电产业园项目建设现场,各种工程施工设备忙个不停。项目总占地面积12.27公顷,总投资5.85亿元,包括生产、商务、生活三个区域。") \
        == {"东北亚光电产业园项目": 585_000_000}
    # b13_10: a sum of counted works is theirs, none of the work named before; nor is an average or a year's part
    assert investments("一行来到奔腾智能制造产业集群项目现场。本次重大项目34个,总投资129.4亿元。") == {
        "重大项目34个": 12_940_000_000}
    assert investments("西安站改扩建工程开工。这次集中开工项目中,单体项目平均总投资额达8.32亿元。") == {}
    # b59_10: the sum a firm plans to invest goes to the work the next clause builds
    assert investments("根据现场签署的协议,中海油田服务股份有限公司计划投资100亿元,推动中海油服油气勘探开发及绿色低碳产业项目。") \
        == {"中海油服油气勘探开发及绿色低碳产业项目": 10_000_000_000}
    # b321_07: a sentence opening with 该项目 speaks of that work, not of the work it lies beside
    assert investments("楚雄高新区与伟光汇通文化旅游投资集团有限公司签约建设楚雄彝风文旅康养度假区项目。"
                       "该项目位于楚雄高新区彝风湿地小镇项目北侧至青山湖水库区域,预计总投资50亿元。") \
        == {"楚雄彝风文旅康养度假区项目": 5_000_000_000}
    # b321_09: an agreement named after one work stands for it where the sum is read
    assert investments("商河县政府与香港信鸿投资有限公司签订中国商汤健康城项目框架协议,投资额100亿元;"
                       "长清区政府与山东灵岩慧谷旅游文化发展有限公司签订灵岩慧谷旅游文化综合开发项目框架协议,投资额56亿元。") \
        == {"中国商汤健康城项目": 10_000_000_000, "灵岩慧谷旅游文化综合开发项目": 5_600_000_000}


@pytest.mark.unit
def test_a_sum_invested_in_yuan_left_unsaid_qualified_or_signed_for() -> None:
    from types import SimpleNamespace

    from policy_kg.loaders.extract.pipeline import extract_article

    def investments(text: str) -> dict[str, tuple[int, str]]:
        graph = extract_article(SimpleNamespace(id="p", text=text))
        return {e.name: (e.properties["investment_value"], e.properties.get("investment_qualifier", ""))
                for e in graph.entities.values() if "investment_value" in e.properties}

    # b36_09 and b39_09 (sentences shortened): 63亿 and 0.5亿 after a word of investing are in yuan
    assert investments("总投资63亿的路特斯科技全球总部项目占地约296亩。") == {"路特斯科技全球总部项目": (6_300_000_000, "")}
    assert investments("河南嘉琦模塑科技有限公司投资的年产100万套智能投喂器项目拟投资0.5亿,研究和开发畜牧行业的智能化的喂养。") \
        == {"年产100万套智能投喂器项目": (50_000_000, "")}
    # b28_08 (shortened): 超 qualifies the sum
    assert investments("投资超10亿元的机器人产业港三期项目也在当天开建。") == {"机器人产业港三期项目": (1_000_000_000, "超")}
    # b17_10 (shortened): a verb of building between the sum and its work
    assert investments("兰西县引进9.1亿元建设国际农业机械品牌(东北地区)总部基地项目,主要建设农业机械和交易超市。") \
        == {"国际农业机械品牌(东北地区)总部基地项目": (910_000_000, "")}
    # b144_04, b44_08 (shortened): the sum signed for, and a phase's scale of investment
    assert investments("7月3日,荣昌区2019年下半年招商引资项目集中签约,落地重大项目97个、签约金额373.83亿元。") \
        == {"重大项目97个": (37_383_000_000, "")}
    assert investments("其中,位于滨海湾新区的紫光芯云产业城项目一期投资规模621亿元。") == {"紫光芯云产业城项目": (62_100_000_000, "")}


@pytest.mark.unit
def test_a_syndicates_sum_stated_in_the_headline_and_the_lead_is_its_members() -> None:
    from types import SimpleNamespace

    from policy_kg.loaders.extract.pipeline import extract_article

    # b56_02: the members are listed in a sentence of their own; two sentences state the one sum
    graph = extract_article(SimpleNamespace(id="p", text=(
        "天津市在港窗口企业获30亿港元境外融资\n日前,天津市在港窗口单位津联集团传来利好,其30亿港元三年期境外银团贷款落地。"
        "本次银团贷款引入中银香港、渤海银行共2家银行参团。")))
    assert {(r.target, r.properties.get("amount_value"), r.properties.get("currency")) for r in graph.relations.values()
            if r.type == "FINANCED_BY"} == {("Enterprise:中银香港", 3_000_000_000, "HKD"),
                                            ("Enterprise:渤海银行", 3_000_000_000, "HKD")}


@pytest.mark.unit
def test_each_member_of_a_syndicate_keeps_its_own_share_and_the_others_the_total() -> None:
    from types import SimpleNamespace

    from policy_kg.loaders.extract.pipeline import extract_article

    def sums(text: str) -> dict[str, int]:
        graph = extract_article(SimpleNamespace(id="p", text=text))
        return {r.target: r.properties.get("amount_value") for r in graph.relations.values() if r.type == "FINANCED_BY"}

    # b109_02: a share in brackets after its bank, or after 承贷 in the bank's sentence
    assert sums("5月16日,海通国际证券的三年期循环信贷案在吸引到逾20家银行的参与后,规模大增。"
                "另有七家银行以牵头行身份参与,它们是:恒生银行(2.20亿港元)、大新银行(1.80亿港元)。"
                "三井住友银行是安排行,承贷9,000万港元。") == {
        "Enterprise:恒生银行": 220_000_000, "Enterprise:大新银行": 180_000_000, "Enterprise:三井住友银行": 90_000_000}
    # b109_01: of two sums told apart, the one called the total
    assert sums("10月2日,复星国际有限公司宣布,已完成一笔总额8.88亿美元的与可持续发展挂钩的银团贷款。"
                "该贷款最初于今年5月以6.03亿美元签约。本次银团由包括中国银行和渣打银行牵头。") == {
        "Enterprise:中国银行": 888_000_000, "Enterprise:渣打银行": 888_000_000}


@pytest.mark.unit
def test_a_plan_keeps_the_document_number_written_after_its_title() -> None:
    from types import SimpleNamespace

    from policy_kg.loaders.extract.pipeline import extract_article

    graph = extract_article(SimpleNamespace(id="p", text=(
        "9月15日,中国政府网发布《国务院关于同意设立云南滇中新区的批复》(国函〔2015〕141号)称,同意设立云南滇中新区。")))
    assert graph.entities["Plan:国务院关于同意设立云南滇中新区的批复"].properties == {"doc_number": "国函〔2015〕141号"}


@pytest.mark.unit
def test_a_sum_after_other_words_of_cost_and_a_firm_before_its_work() -> None:
    from types import SimpleNamespace

    from policy_kg.loaders.extract.pipeline import extract_article

    def investments(text: str) -> dict[str, tuple[int, str, str]]:
        graph = extract_article(SimpleNamespace(id="p", text=text))
        return {e.name: (e.properties["investment_value"], e.properties["currency"], e.properties.get("investment_qualifier", ""))
                for e in graph.entities.values() if "investment_value" in e.properties}

    # d19 (shortened): 总投资额 before the firm that names its work
    assert investments("包括总投资额4.5亿元的福融新材料(肇庆)有限公司BOPP高端薄膜新材料生产线扩产项目(二期)、"
                       "总投资额超10亿元的肇庆焕发生物科技有限公司淀粉糖深加工产业优化升级技术改造项目等。") == {
        "BOPP高端薄膜新材料生产线扩产项目(二期)": (450_000_000, "CNY", ""),
        "淀粉糖深加工产业优化升级技术改造项目": (1_000_000_000, "CNY", "超")}
    # b97_06 (shortened): the sum brought in for a work
    assert investments("合同引资额1.01亿元的四平金士百哈尔滨品牌产能扩建项目、引资额1.2亿元的四平耘慧种养深加工循环产业链项目。") == {
        "四平金士百哈尔滨品牌产能扩建项目": (101_000_000, "CNY", ""), "四平耘慧种养深加工循环产业链项目": (120_000_000, "CNY", "")}
    # b99_07, b54_06 (shortened), b42_10 (shortened): dollars after the bare word, 亿多元, what a work cost
    assert investments("合全国际创新药生产及研发基地项目投资10亿美元。") == {"合全国际创新药生产及研发基地项目": (10**9, "USD", "")}
    assert investments("投资5亿多元的韩家峡水库项目,是缓解城市供水压力的重大民生工程。") == {"韩家峡水库项目": (500_000_000, "CNY", "")}
    assert investments("开工的楚雄高新区海棠湖文旅小镇项目位于高铁新城站前大道东侧,占地约366亩,耗资近20亿元。") == {
        "楚雄高新区海棠湖文旅小镇项目": (2_000_000_000, "CNY", "近")}
    # b88_10 (shortened): the work the next clause builds somewhere
    assert investments("海高投资公司拟投资6.2亿元,在双流建设锂离子动力电池项目。") == {"锂离子动力电池项目": (620_000_000, "CNY", "")}
