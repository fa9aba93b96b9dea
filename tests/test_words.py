"""Left edges of pattern-found names, from the dictionary of common words."""

from __future__ import annotations

import pytest

from policy_kg.loaders.extract.words import after_last_function_word, name_start

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "found", "suffix", "expected"), [
    ("规划范围包括马尾区", "括马尾区", 1, "马尾区"),          # 包括 crosses the edge: a verb, the name follows it
    ("我县宝丰工业园标准化厂房及综合楼项目", "我县宝丰工业园标准化厂房及综合楼项目", 2, "宝丰工业园标准化厂房及综合楼项目"),
    ("据华能萝北风力发电有限公司负责人介绍", "据华能萝北风力发电有限公司", 4, "华能萝北风力发电有限公司"),
    ("大兴将以北京经济技术开发区为龙头", "北京经济技术开发区", 2, "北京经济技术开发区"),  # 以北 is a word, 北京 a longer one
    ("宁夏青铜峡工业园区", "铜峡工业园区", 4, "青铜峡工业园区"),   # a place name crossing the edge is the name's start
    ("西部地区新型城镇化综合试验区", "西部地区新型城镇化综合试验区", 3, "西部地区新型城镇化综合试验区"),
    ("以从江县洛香镇为核心区", "从江县", 1, "从江县"),
    # b159_01, b152_09: 以 gives the firms a role later in the clause; 以岭药业 is a firm's own name
    ("形成以正大集团、奥林贝尔等企业为龙头的农副产品加工产业", "形成以正大集团", 2, "正大集团"),
    ("以河西制药、大弓农化等企业为龙头", "以河西制药", 0, "河西制药"),
    ("以权健集团为龙头,加速推进", "以权健集团", 2, "权健集团"),
    ("以岭药业为龙头", "以岭药业", 2, "以岭药业"),
    # b92_07: 节能 is a verb, but 节能环保 a sector that opens the work's name
    ("总投资2800万元的节能环保装备中试基地项目", "节能环保装备中试基地项目", 2, "节能环保装备中试基地项目"),
])
def test_a_name_starts_at_a_word_boundary(text: str, found: str, suffix: int, expected: str) -> None:
    start = text.index(found)
    assert text[name_start(text, start, start + len(found), suffix):start + len(found)] == expected


@pytest.mark.parametrize(("text", "found"), [
    ("建设生态文明先行区、文化旅游创新区", "游创新区"),   # 旅游 crosses; 创 alone is no name
    ("治理采煤沉陷区", "沉陷区"),                        # a common verb before the kind of place
    ("高度重视新区建设", "重视新区"),
])
def test_nothing_but_the_kind_of_thing_is_no_name(text: str, found: str) -> None:
    start = text.index(found)
    assert name_start(text, start, start + len(found)) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("地方政府围绕亦庄", "亦庄"),      # 围绕: a verb, the name follows it
    ("便可看到泸西", "泸西"),
    ("板芙健康服务", "板芙健康服务"),  # 服务: a verbal noun that names a trade
    ("全市高度重视高新技术", "高新技术"),  # 高新 (an adverb) is inside the longer noun 高新技术
    ("中德国际宠物", "中德国际宠物"),  # no verb
])
def test_a_run_of_characters_is_left_by_its_last_verb(text: str, expected: str) -> None:
    assert text[after_last_function_word(text, 0, len(text)):] == expected
