"""Normalisation: one width for punctuation, layout breaks repaired, offsets mapped back."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from policy_kg.loaders.normalize import continues, normalize

pytestmark = pytest.mark.unit

SEED = Path(__file__).parents[1] / "examples" / "000_023085569cee03f2.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def same_modulo_width(original: str, normal: str) -> bool:
    """Equal once both are NFKC-folded and whitespace is dropped."""

    def fold(text: str) -> str:
        return "".join(unicodedata.normalize("NFKC", text).split())

    return fold(original) == fold(normal)


# ---------------------------------------------------------------- width


def test_full_width_forms_become_half_width() -> None:
    assert normalize("６月２２日，中新（重庆）：ＡＩ　产业１００％！").text == "6月22日,中新(重庆):AI 产业100%!"


def test_chinese_punctuation_is_kept() -> None:
    text = "《方案》明确、“一体”……。"
    assert normalize(text).text == text


def test_zero_width_characters_are_dropped() -> None:
    normal = normalize("重庆\u200b高新区\ufeff。")
    assert normal.text == "重庆高新区。"
    assert [normal.to_original(i) for i in range(len(normal.text) + 1)] == [0, 1, 3, 4, 5, 7, 8]


# ---------------------------------------------------------------- line repair on the seed


@pytest.mark.parametrize(
    "repaired",
    [
        "帮助企业从新加坡星展银行获得首笔低成本资金。",
        "面向自然语言理解和图像图形的认知计算、面向真实世界的视听感知",
        "构建我市国家级开发开放平台和区县相结合",
        "“两翼”、国家级开发开放平台和重点区县“多点”",
        "等多个战略支点之上的发展实际,积极落实习近平总书记",
        "为制造企业的进出口外贸综合融资服务,促进制造企业迈向中高端",
        "智能交通等典型示范工程10项以上。",
        "开展职务科技成果所有权和长期使用权等政策试验",
        "集成电路、新型显示、智能终端、软件及信息服务、网络安全",
    ],
)
def test_seed_layout_breaks_are_joined(seed_text: str, repaired: str) -> None:
    assert repaired in normalize(seed_text).text


@pytest.mark.parametrize(
    "apart",
    [
        "全国首个\n\n重庆启动国家数字经济创新发展试验区建设\n\n力争到2022年数字经济总量达到万亿级规模,培育百家龙头企业",
        "培育百家龙头企业\n\n在 加快推动数字经济 高质量发展\n\n□本报首席记者 申晓佳\n\n6月22日,",
        "\n\n全力支持外贸产业发展\n\n认真贯彻落实总行",
        "中国进出口银行重庆分行\n\n发挥政策性金融导向作用 全方位支持地方经济发展\n\n2020年上半年,",
        "统筹推进试验区建设\n\n“一体” 即两江新区为试验区核心区主体\n\n重点探索",
        "智能超算等产业集聚化发展\n\n“多点” 即渝北等15个区县",
        "培育新业态、新动能\n\n其他区县依托",
        "农业农村融合发展模式\n\n构建“一体、两翼、多点”的总体布局\n\n资料来源:全市发展数字经济推进大会\n\n制图 张辉\n\n□本报记者 张亦筑\n\n",
        "总投资约296亿元。\n\n中国进出口银行重庆分行",
    ],
)
def test_seed_headlines_stay_apart(seed_text: str, apart: str) -> None:
    assert apart in normalize(seed_text).text


def test_seed_paragraph_count_and_artefact(seed_text: str) -> None:
    text = normalize(seed_text).text
    assert text.count("\n\n") == 76
    assert "服务体系 and 产业生态链" in text  # an OCR artefact no general rule can fix
    assert text == text.strip() and "\n\n\n" not in text


# ---------------------------------------------------------------- the join rule on other pages


@pytest.mark.parametrize(
    ("previous", "following", "joined"),
    [
        # a long line cut mid-word, then the rest of the sentence
        ("2021年上半年,工商银行浙江省分行认真落实总行部署,为杭州市数字经济重点企业提供中长期贷款,支持宁波舟山", "港建设。", True),
        # an enumeration cut after its comma, whatever the lengths
        ("重点发展人工智能、", "生物医药和新材料产业。", True),
        ("发改委批复同意,", "西安", True),
        # the next line starts with punctuation no sentence starts with
        ("湖北省出台《关于支持光谷科技创新走廊建设的若干措施》", ",明确了三项任务。", True),
        # a finished sentence, then a subhead
        ("广东省商务厅印发通知。", "扎实推进外贸稳增长", False),
        # a headline, then its body
        ("江西赣江新区获批国家级新区", "国务院近日批复同意设立江西赣江新区,这是中部地区第二个国家级新区。", False),
        # a long caption without final punctuation, then a short subhead
        ("其中武汉东湖高新区重点探索光电子信息产业集聚化发展,开展国际前沿技术交流合作等重点工作", "“两翼” 即襄阳、宜昌", False),
        # a byline or an enumerated item always stands alone
        ("国家开发银行四川省分行在总行的统一部署下,持续加大对成都平原经济区重大项目的支持力度", "□本报记者 李明", False),
        ("国家开发银行四川省分行在总行的统一部署下,持续加大对成都平原经济区重大项目的支持力度", "(二)加强组织保障。", False),
    ],
)
def test_continues(previous: str, following: str, joined: bool) -> None:
    assert continues(previous, following) is joined


def test_line_endings_and_single_newlines() -> None:
    normal = normalize("  湖南省印发方案。\r\n\r\n长沙、\r\n株洲、湘潭三市为核心区。  \n")
    assert normal.text == "湖南省印发方案。\n\n长沙、株洲、湘潭三市为核心区。"


def test_lines_wrapped_at_the_column_edge_are_joined() -> None:
    # A PDF's text layer: one newline per printed line; full lines run on, headings stay.
    text = (
        "关于加快数字经济发展的实施意见\n各市人民政府:\n为加快推进数字经济发展,推动经济高质量\n"
        "发展,结合本省实际,现提出如下意见。\n一、总体要求\n以数字化转型为主线,加快建设数字强省,到\n"
        "2025年数字经济增加值占比达到50%。\n"
    )
    assert normalize(text).text.split("\n\n") == [
        "关于加快数字经济发展的实施意见",
        "各市人民政府:",
        "为加快推进数字经济发展,推动经济高质量发展,结合本省实际,现提出如下意见。",
        "一、总体要求",
        "以数字化转型为主线,加快建设数字强省,到2025年数字经济增加值占比达到50%。",
    ]


def test_latin_words_keep_a_space_when_joined() -> None:
    text = "该项目由 Asian Infrastructure Investment Bank 与国家开发银行共同提供融资支持,资金用于 Chongqing\n\nRailway 项目。"
    assert "Chongqing Railway 项目。" in normalize(text).text


def test_empty_text() -> None:
    normal = normalize(" \n\n ")
    assert normal.text == ""
    assert normal.original_span(0, 0) == (0, 0)


# ---------------------------------------------------------------- offsets


def test_every_seed_paragraph_maps_back(seed_text: str) -> None:
    normal = normalize(seed_text)
    position = 0
    for paragraph in normal.text.split("\n\n"):
        start, end = position, position + len(paragraph)
        assert same_modulo_width(normal.original_text(start, end), paragraph)
        position = end + 2


def test_spans_inside_a_line_map_exactly(seed_text: str) -> None:
    normal = normalize(seed_text)
    start = normal.text.index("中新(重庆)")
    begin, finish = normal.original_span(start, start + len("中新(重庆)"))
    assert seed_text[begin:finish] == "中新(重庆)"
    start = normal.text.index("新加坡星展银行")
    assert normal.original_text(start, start + len("新加坡星展银行")) == "新加\n\n坡星展银行"


def test_full_width_spans_map_back() -> None:
    original = "标题\n\n　　６月２２日，重庆（渝）发布。"
    normal = normalize(original)
    assert normal.text == "标题\n\n6月22日,重庆(渝)发布。"
    start = normal.text.index("重庆(渝)")
    assert normal.original_text(start, start + 5) == "重庆（渝）"
    assert normal.to_original(len(normal.text)) == len(original)
    assert normal.to_original(2) == 2  # the paragraph break stands for the gap it replaced


def test_pdf_radicals_and_compatibility_ideographs_read_as_the_characters() -> None:
    # Kangxi radicals (⼝ ⾏ ⼀), a radicals-supplement form (⻓) and a compatibility ideograph (豈)
    folded = normalize("中国进出⼝银⾏⻓沙分⾏向⼀家企业发放贷款,豈").text
    assert folded == "中国进出口银行长沙分行向一家企业发放贷款,豈"
    assert len(folded) == len("中国进出⼝银⾏⻓沙分⾏向⼀家企业发放贷款,豈")


def test_radicals_without_a_character_of_their_own_stay() -> None:
    assert normalize("⻈").text == "⻈"
