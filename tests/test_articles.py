"""Article splitting: the seed's three articles, bylines, credits, titles, and other pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_kg.graph.model import Document
from policy_kg.loaders.articles import Article, byline_names, credit_names, derived_title, extract_page, split_articles
from policy_kg.loaders.normalize import normalize

SEED = Path(__file__).parents[1] / "examples" / "000_023085569cee03f2.txt"
INPUTS = Path(__file__).parent / "data" / "inputs"
PAGE = "000_023085569cee03f2"


@pytest.fixture(scope="module")
def seed_articles() -> list[Article]:
    return extract_page(SEED)


def page(*paragraphs: str) -> list[Article]:
    return split_articles(normalize("\n\n".join(paragraphs)), "page.txt", "page")


@pytest.mark.unit
def test_seed_is_three_articles(seed_articles: list[Article]) -> None:
    assert [(a.id, a.title, a.authors, a.title_derived) for a in seed_articles] == [
        (f"{PAGE}#1", "重庆启动国家数字经济创新发展试验区建设", ["申晓佳", "张辉"], False),
        (f"{PAGE}#2", "《重庆市建设国家新一代人工智能创新发展试验区实施方案》已于近日印发", ["张亦筑"], True),
        (f"{PAGE}#3", "发挥政策性金融导向作用 全方位支持地方经济发展", ["徐一琪"], False),
    ]


@pytest.mark.unit
def test_seed_headings(seed_articles: list[Article]) -> None:
    assert [a.headings for a in seed_articles] == [
        [
            "全国首个",
            "重庆启动国家数字经济创新发展试验区建设",
            "力争到2022年数字经济总量达到万亿级规模,培育百家龙头企业",
            "在 加快推动数字经济 高质量发展",
        ],
        [],
        ["中国进出口银行重庆分行", "发挥政策性金融导向作用 全方位支持地方经济发展"],
    ]


@pytest.mark.unit
def test_seed_articles_tile_the_page(seed_articles: list[Article]) -> None:
    text = normalize(SEED.read_text(encoding="utf-8")).text
    assert [(a.start, a.end) for a in seed_articles] == [(0, 2341), (2343, 4918), (4920, len(text))]
    assert all(a.text == text[a.start : a.end] for a in seed_articles)
    assert seed_articles[0].text.endswith("资料来源:全市发展数字经济推进大会\n\n制图 张辉")
    assert seed_articles[1].text.startswith("□本报记者 张亦筑\n\n6月22日,重庆日报记者从重庆市发展数字经济推进大会上获悉")
    assert seed_articles[2].text.startswith("中国进出口银行重庆分行\n\n")


@pytest.mark.unit
def test_seed_article_offsets_map_to_the_file(seed_articles: list[Article]) -> None:
    original = SEED.read_text(encoding="utf-8")
    last = seed_articles[2]
    start = last.text.index("新加坡星展银行")
    begin, end = last.original_span(start, start + len("新加坡星展银行"))
    assert original[begin:end] == "新加\n\n坡星展银行"
    assert original[slice(*last.original_span(len(last.text) - 3, len(last.text)))] == "徐一琪"


@pytest.mark.unit
def test_article_as_document(seed_articles: list[Article]) -> None:
    assert seed_articles[2].to_document() == Document(
        id=f"{PAGE}#3",
        title="发挥政策性金融导向作用 全方位支持地方经济发展",
        source=str(SEED),
        authors=["徐一琪"],
        kind="article",
        extra={
            "format": "text",
            "file": str(SEED.resolve()),
            "encoding": "utf-8",
            "page": PAGE,
            "index": 3,
            "start": 4920,
            "end": seed_articles[2].end,
            "headings": "中国进出口银行重庆分行\n发挥政策性金融导向作用 全方位支持地方经济发展",
            "title_derived": False,
        },
    )


# ---------------------------------------------------------------- bylines and credits


@pytest.mark.unit
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("□本报首席记者 申晓佳", ("申晓佳",)),
        ("□本报记者 张亦筑", ("张亦筑",)),
        ("□记者 王小明 李华", ("王小明", "李华")),
        ("本报记者 欧阳明月 通讯员 陈静", ("欧阳明月", "陈静")),
        ("新华社记者 阿依古丽·买买提", ("阿依古丽·买买提",)),
        ("本报讯(记者 周洁 通讯员 孙文)近日,江苏省工业和信息化厅印发行动计划。", ("周洁", "孙文")),
        ("新华社南京6月1日电(记者 赵刚)江苏省近日出台措施。", ("赵刚",)),
        ("□重点项目", None),  # a boxed heading, no surname
        ("本报记者 李华 摄", None),  # a photo credit
        ("记者从省商务厅获悉,方案已印发。", None),
        ("全力支持外贸产业发展", None),
    ],
)
def test_byline_names(line: str, names: tuple[str, ...] | None) -> None:
    assert byline_names(line) == names


@pytest.mark.unit
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("制图 张辉", ("张辉",)),
        ("摄影:刘洋", ("刘洋",)),
        ("本报记者 李华 摄", ("李华",)),
        ("徐一琪", ("徐一琪",)),
        ("全国首个", None),
        ("图说成渝", None),
        ("新基建", None),
    ],
)
def test_credit_names(line: str, names: tuple[str, ...] | None) -> None:
    assert credit_names(line) == names


# ---------------------------------------------------------------- other pages

ZHEJIANG_PAGE = (
    "全国首批",
    "浙江启动数字贸易先行示范区建设",
    "□本报记者 王小明",
    "6月1日,记者从省商务厅获悉,《浙江省数字贸易先行示范区建设方案》已印发。",
    "扎实推进外贸稳增长",
    "方案提出,杭州、宁波两市率先建设数字贸易先行示范区。",
    "本报记者 李华 摄",
    "国家开发银行浙江省分行",
    "加大信贷投放 助力实体经济发展",
    "今年以来,国家开发银行浙江省分行向宁波舟山港集团提供中长期贷款20亿元。 陈静",
)


@pytest.mark.unit
def test_byline_page_with_a_second_article_without_byline() -> None:
    articles = page(*ZHEJIANG_PAGE)
    assert [(a.id, a.title, a.authors, a.headings) for a in articles] == [
        ("page#1", "浙江启动数字贸易先行示范区建设", ["王小明", "李华"], ["全国首批", "浙江启动数字贸易先行示范区建设"]),
        ("page#2", "加大信贷投放 助力实体经济发展", ["陈静"], ["国家开发银行浙江省分行", "加大信贷投放 助力实体经济发展"]),
    ]
    assert articles[0].text.endswith("本报记者 李华 摄")


@pytest.mark.unit
def test_newsflash_byline() -> None:
    articles = page(
        "江苏出台制造业智能化改造三年行动计划",
        "本报讯(记者 周洁 通讯员 孙文)近日,江苏省工业和信息化厅印发《江苏省制造业智能化改造和数字化转型三年行动计划》。",
        "计划明确,到2025年,全省规模以上工业企业全面实施智能化改造。(记者 周洁)",
    )
    assert [(a.title, a.authors) for a in articles] == [("江苏出台制造业智能化改造三年行动计划", ["周洁", "孙文"])]


@pytest.mark.unit
def test_page_without_byline_is_one_article() -> None:
    articles = page(
        "关于加快数字经济发展的实施意见",
        "各市人民政府,省政府各部门:",
        "为加快数字经济发展,现提出如下意见。",
        "一、总体要求",
        "(一)指导思想",
        "以数字化转型为主线,推动经济高质量发展。",
        "数字产业化",
        "重点产业集群",
        "加快发展集成电路、新型显示产业。",
    )
    assert [(a.id, a.title, a.authors, a.start) for a in articles] == [("page#1", "关于加快数字经济发展的实施意见", [], 0)]


@pytest.mark.unit
def test_body_before_the_first_byline_is_its_own_article() -> None:
    articles = page(
        "(上接第一版)各地要抓好落实,确保政策见效。",
        "湖北发布光谷科创走廊建设方案",
        "□本报记者 刘洋",
        "湖北省近日发布《光谷科技创新大走廊发展战略规划》。",
    )
    assert [(a.title, a.title_derived, a.authors) for a in articles] == [
        ("各地要抓好落实,确保政策见效", True, []),
        ("湖北发布光谷科创走廊建设方案", False, ["刘洋"]),
    ]


@pytest.mark.unit
def test_empty_page() -> None:
    assert split_articles(normalize(""), "empty.txt", "empty") == []


def test_html_page(tmp_path: Path) -> None:
    articles = extract_page(INPUTS / "page.html")
    assert [(a.id, a.title, a.authors, a.source, a.extra) for a in articles] == [
        (
            "page#1",
            "浙江启动数字贸易先行示范区建设",
            ["王小明"],
            str(INPUTS / "page.html"),
            {"format": "html", "file": str((INPUTS / "page.html").resolve()), "encoding": "utf-8"},
        )
    ]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        ("6月22日,重庆日报记者从大会上获悉,《方案》(以下简称《方案》)已印发。其他。", "《方案》已印发"),
        ("本报讯(记者 周洁)近日,江苏省印发行动计划。", "近日,江苏省印发行动计划"),
        ("2021年3月5日,国务院批复同意设立江西赣江新区。", "国务院批复同意设立江西赣江新区"),
        ("甲" * 30 + "," + "乙" * 40 + "。", "甲" * 30),
    ],
)
def test_derived_title(paragraph: str, title: str) -> None:
    assert derived_title(paragraph) == title


@pytest.mark.unit
def test_byline_with_a_padded_two_character_name() -> None:
    # 杨 帆: papers pad two-character names to the width of three.
    assert byline_names("□本报记者 杨 帆") == ("杨帆",)
    assert byline_names("本报讯(记者 周 舟 通讯员 李 明)") == ("周舟", "李明")


@pytest.mark.unit
def test_a_saved_pages_header_becomes_document_properties(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("source: https://example.org/a.html\ntitle: 标题\ndate: 2023-06-28 (dateline)\n---\n"
                    "国家开发银行山东省分行发放贷款。\n", encoding="utf-8")
    [article] = extract_page(page)
    assert {k: article.extra[k] for k in ("url", "page_title", "published")} == {
        "url": "https://example.org/a.html", "page_title": "标题", "published": "2023-06-28"}
    assert article.text == "标题\n\n国家开发银行山东省分行发放贷款。" and article.title == "标题"
