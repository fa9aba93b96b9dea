"""Dates as data: a document's publication date and how it was found; relation dates with their basis."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_kg.cypher.runner import run_saved
from policy_kg.graph import Document, Entity, Evidence, Graph, Mention, Relation
from policy_kg.graph.store import GraphStore
from policy_kg.loaders import extract_file
from policy_kg.loaders.dates import date_relations, meta_date, read_date, sentence_date, text_date
from policy_kg.loaders.extract.money import parse_amount


@pytest.mark.parametrize(("text", "expected"), [
    ("2023-06-27T08:00:00+08:00", "2023-06-27"),
    ("2023/6/28", "2023-06-28"),
    ("发布时间:2023年05月15日16:32", "2023-05-15"),
    ("二○○六年八月九日", "2006-08-09"),
    ("2024年03月25日 星期一", "2024-03-25"),
    ("15.03.2017  12:02", "2017-03-15"),  # day first, as some news sites write it
    ("2023-02-30", None),  # no such day
    ("第3版", None),
])
def test_dates_written_in_full(text: str, expected: str | None) -> None:
    assert read_date(text) == expected


def test_meta_tags_give_the_date_the_most_specific_first() -> None:
    html = ('<html><head><meta name="PubDate" content="2023-06-28 10:00">'
            "<meta content='2023-06-27T08:00:00+08:00' property='article:published_time'></head><body>x</body></html>")
    assert meta_date(html) == "2023-06-27"
    assert meta_date('<meta name="publishdate" content="2021/12/27">') == "2021-12-27"
    assert meta_date('<meta name="keywords" content="2021-12-27">') is None


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("长春新区是国务院于2016年2月3日批复同意设立。", None, "2016-02-03"),
    ("今年2月26日,科技部批复《函》。", "2020-06-23", "2020-02-26"),
    ("12月28日,双方签约。", "2023-01-06", "2022-12-28"),  # a day still to come is of the year before
    ("去年9月,双方签署协议。", "2015-10-14", None),  # a month without a year and day dates nothing
    ("2020年12月,国务院批复同意设立塔城试验区。", "2022-06-19", "2020-12"),
    ("昨日,双方签约。", "2022-04-08", "2022-04-07"),
    ("截至2017年9月底,累计投放贷款。", "2018", None),  # a state, not an event
    ("项目预计2025年6月30日前建成。", "2023", None),  # a plan
    ("3月5日,项目签约。", None, None),  # no year to lend
])
def test_the_first_event_date_of_a_sentence(sentence: str, published: str | None, expected: str | None) -> None:
    assert sentence_date(sentence, published) == expected


def _graph(published: str | None) -> Graph:
    g = Graph()
    g.add_document(Document("d", "t", extra={"published": published} if published else {}))
    for i, name in enumerate(("甲公司", "农业银行")):
        g.add_entity(Entity("Enterprise", name, set(), None, {Mention("d", i * 10, i * 10 + 3)}))
    g.add_entity(Entity("Plan", "某方案", set(), None, {Mention("d", 30, 33)}))
    g.add_entity(Entity("Agency", "国务院", set(), None, {Mention("d", 40, 43)}))
    g.add_relation(Relation("Enterprise:甲公司", "FINANCED_BY", "Enterprise:农业银行", {},
                            {Evidence("d", 0, 20, "3月5日,农业银行向甲公司发放贷款。", "t")}))
    g.add_relation(Relation("Plan:某方案", "APPROVED_BY", "Agency:国务院", {},
                            {Evidence("d", 30, 50, "近日,国务院批复同意《某方案》。", "t")}))
    return g


def test_relations_are_dated_by_their_sentence_else_by_their_document() -> None:
    g = date_relations(_graph("2024-06-28"))
    assert [(r.type, r.properties) for r in g.relations.values()] == [
        ("FINANCED_BY", {"date": "2024-03-05", "date_basis": "sentence"}),
        ("APPROVED_BY", {"date": "2024-06-28", "date_basis": "document"}),
    ]
    assert Graph.from_exchange(g.to_exchange()).to_exchange() == g.to_exchange()  # they travel in exchange JSON
    assert [r.properties for r in date_relations(_graph(None)).relations.values()] == [{}, {}]


def _page(tmp_path: Path, text: str, name: str = "p.txt") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {d.id: d.extra for d in extract_file(path).documents.values()}


def test_a_page_is_dated_by_its_header_its_dateline_or_its_date_tag(tmp_path: Path) -> None:
    body = "本报讯 6月28日,国家开发银行山东省分行向山东高速集团发放贷款5亿元。"
    dated = _page(tmp_path, f"date: 2023-07-01\n---\n{body}\n")["p#1"]
    assert (dated["published"], dated["published_basis"]) == ("2023-07-01", "header")
    year_only = _page(tmp_path, f"date: 2023 (approximate)\n---\n{body[4:]}\n")["p#1"]
    assert (year_only["published"], year_only["published_basis"]) == ("2023-06-28", "dateline")
    agency = _page(tmp_path, "新华社北京2024年3月5日电 国务院近日批复同意设立某新区。\n")["p#1"]
    assert (agency["published"], agency["published_basis"]) == ("2024-03-05", "dateline")
    assert "published" not in _page(tmp_path, "新华社北京3月5日电 国务院近日批复同意设立某新区。\n")["p#1"]
    html = _page(tmp_path, '<html><head><meta name="PubDate" content="2022-01-12 15:55:02"></head>'
                           "<body><p>国务院近日批复同意设立某新区。</p></body></html>", "h.html")["h#1"]
    assert (html["published"], html["published_basis"]) == ("2022-01-12", "meta")


def test_a_date_opening_a_later_paragraph_dates_its_story_not_the_article(tmp_path: Path) -> None:
    extra = _page(tmp_path, "昨天,联合验收组完成封关验收。\n\n2023年4月14日,国务院办公厅复函同意扩区。\n")["p#1"]
    assert "published" not in extra


def loans_over_time() -> Graph:
    """A bank's loans and its approval by the regulator, dated by their sentences or their documents."""
    g = Graph()
    g.add_document(Document("a", "2020 page", extra={"published": "2020-06-22", "published_basis": "header"}))
    g.add_document(Document("b", "2021 page", extra={"published": "2021-03", "published_basis": "header"}))
    bank = g.add_entity(Entity("Enterprise", "中国农业银行重庆市分行", {"农行重庆分行"}, "bank", {Mention("a", 0, 10)}))
    at = iter(range(20, 200, 10))
    for name, label in (("甲公司", "Enterprise"), ("乙项目", "Project"), ("丙公司", "Enterprise"),
                        ("重庆银保监局", "Agency")):
        start = next(at)
        g.add_entity(Entity(label, name, set(), None, {Mention("a", start, start + 3)}))
    loan = parse_amount("5亿元").properties()
    facts = [("Enterprise:甲公司", "FINANCED_BY", "a", "今年3月5日,农行重庆分行向甲公司发放贷款5亿元。", loan),
             ("Project:乙项目", "FINANCED_BY", "b", "近日,农行重庆分行向乙项目授信。", {}),
             ("Enterprise:丙公司", "FINANCED_BY", "a", "农行重庆分行支持丙公司发展。", {}),
             (bank.id, "SUPERVISED_BY", "a", "2019年12月,农行重庆分行在重庆银保监局指导下成立普惠金融部。", {})]
    for source, type_, doc, sentence, props in facts:
        target = "Agency:重庆银保监局" if type_ == "SUPERVISED_BY" else bank.id
        g.add_relation(Relation(source, type_, target, props, {Evidence(doc, 0, len(sentence), sentence, "t")}))
    g.add_document(Document("c", "undated page"))
    undated = g.add_entity(Entity("Enterprise", "丁公司", set(), None, {Mention("c", 0, 3)}))
    g.add_relation(Relation(undated.id, "FINANCED_BY", bank.id, {}, {Evidence("c", 0, 9, "农行重庆分行向丁公司贷款。", "t")}))
    return date_relations(g)


def test_timeline_lists_an_entitys_facts_in_date_order(store: GraphStore) -> None:
    store.load(loans_over_time())
    rows = run_saved("timeline", {"name": "农行重庆分行"}, store)
    bank = "中国农业银行重庆市分行"
    assert [tuple(r.values()) for r in rows] == [
        ("2019-12", "sentence", bank, "SUPERVISED_BY", "重庆银保监局", None, None, None, ["a"]),
        ("2020-03-05", "sentence", "甲公司", "FINANCED_BY", bank, "5亿元", 500_000_000, "CNY", ["a"]),
        ("2020-06-22", "document", "丙公司", "FINANCED_BY", bank, None, None, None, ["a"]),
        ("2021-03", "document", "乙项目", "FINANCED_BY", bank, None, None, None, ["b"]),
        (None, None, "丁公司", "FINANCED_BY", bank, None, None, None, ["c"]),
    ]
    assert list(rows[0]) == ["date", "basis", "source", "type", "target", "amount", "amount_value", "currency", "documents"]
    bounded = run_saved("timeline", {"name": bank, "from": "2020-01-01", "to": "2020"}, store)
    assert [(r["date"], r["source"]) for r in bounded] == [("2020-03-05", "甲公司"), ("2020-06-22", "丙公司")]
    assert [r["date"] for r in run_saved("timeline", {"name": bank, "to": "2020-03"}, store)] == ["2019-12", "2020-03-05"]
    assert store.export().relations[("Enterprise:甲公司", "FINANCED_BY", f"Enterprise:{bank}")].properties == {
        "amount": "5亿元", "amount_value": 500_000_000, "currency": "CNY", "date": "2020-03-05", "date_basis": "sentence"}


def test_a_labelled_date_or_a_timestamp_dates_the_page_when_it_runs_into_the_story(tmp_path: Path) -> None:
    # b2_09: the credit line's timestamp runs into the first sentence; d03: 批复时间: 2022-07-17信息来源
    for text, expected in (("标题\n\n来源:红网 作者:通讯员 易月 编辑:吴芳 2021-09-07 11:58:42红网时刻9月7日讯,双方签约。\n",
                            "2021-09-07"),
                           ("国务院关于同意设立示范区的批复时间: 2022-07-17信息来源: 中国政府网\n\n国务院同意设立示范区。\n",
                            "2022-07-17"),
                           # b127_05: the source's notice and its date run into the story
                           ("来源 :公司公告2025-01-24\n先锋精科公告,公司全资子公司申请固定资产贷款。\n", "2025-01-24")):
        page = tmp_path / "page.txt"
        page.write_text(text, encoding="utf-8")
        [article] = extract_file(page).documents.values()
        assert (article.extra["published"], article.extra["published_basis"]) == (expected, "dateline")


def test_sums_are_exact_in_units_of_their_currency() -> None:
    # 1073.4亿元 as a float product is 107340000000.00002
    assert parse_amount("总投资1073.4亿元").value == 107340000000
    assert parse_amount("2.52亿元").value == 252000000


@pytest.mark.parametrize(("paragraph", "expected"), [
    # b144_03: after the site's credit, the dateline; the year is the event's, in the same sentence
    ("本网讯 (记者 艾蓓 吴单)12月1日,2021年全市四季度重点项目集中开工和投产投用现场会在恒口示范区召开。", "2021-12-01"),
    ("7月3日,荣昌区2019年下半年招商引资项目集中签约,落地重大项目97个。", "2019-07-03"),
    ("7月3日,荣昌区招商引资项目集中签约,到2025年落地重大项目97个。", None),  # a target year dates nothing
])
def test_a_dateline_without_its_year_takes_the_year_of_the_event_its_sentence_names(paragraph: str,
                                                                                      expected: str | None) -> None:
    assert text_date([paragraph]) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("22-08-17 17:18 来源:中国甘肃网 编辑:田洋", "2022-08-17"),  # b199_02: a site's two-digit year
    ("2014年10月10 14:54:00 来源:制冷快报", "2014-10-10"),  # b212_07: 日 left out
    ("编辑:吴芳 2021-09-07 11:58:42红网时刻", "2021-09-07"),
    ("2017-22-08 10:00 第几期", None),  # no such month
])
def test_a_timestamp_dates_the_page_in_the_forms_sites_write_it(line: str, expected: str | None) -> None:
    assert text_date([line, "近日,兰州新区所属兰州新区商投集团获批甘肃省首批国家物流枢纽项目。"]) == expected


def test_a_notices_signature_date_after_its_addressee_and_a_date_in_brackets_date_the_page() -> None:
    # b158_05: title, 正文:, title, 文号, addressee, body, then the signature date: the eighth paragraph
    notice = ["乌兰察布市人民政府关于印发重点产业布局调整和承接产业转移的实施意见的通知", "正文:",
              "乌兰察布市人民政府关于印发重点产业布局调整和承接产业转移的实施意见的通知", "乌政发〔2015〕146号",
              "各旗县市区人民政府,市直有关单位:", "现将《乌兰察布市关于重点产业布局调整和承接产业转移的实施意见》印发给你们,"
              "请认真贯彻执行。", "2015年12月23日"]
    assert text_date(notice) == "2015-12-23"
    # b158_01: a law site's metadata line labels the date in brackets
    assert text_date(["【法规类别】机关工作综合规定 【发文字号】遂府函[2012]90号 【发布部门】遂宁市政府 【发布日期】2012.06.27 "
                      "【实施日期】2012.06.27 【时效性】现行有效"]) == "2012-06-27"
