"""Word boundaries from a lexicon of common Chinese words (jieba's dictionary, which ships in its package).

Names found by a pattern (…新区, …项目, …有限公司) are read leftwards from their
suffix, and the left edge is where patterns go wrong: 包括马尾区 gives 括马尾区,
文化旅游创新区 gives 游创新区, 图为张家口经开区 gives 家口经开区. A common word that
crosses the left edge tells which way to move it: past a verb, adverb or other
function word (包括, 旅游), back to the start of a place or noun (张家口). A
function word that opens the name (据华能…, 这一新区, 我县宝丰…) is no part of it.

Only the dictionary is used, never jieba's segmenter: a few look-ups per
candidate name cost nothing next to segmenting every sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .. import gazetteer
from . import lexicons as lx
from .spans import Span

# Parts of speech (jieba's tags) of words that end before a name: verbs, adverbs, prepositions,
# conjunctions, particles, pronouns, time words, numerals, classifiers, adverbial adjectives (认真做好).
# Not adjectives (平安, 正大 open firms' names) nor locatives (西部地区…; 以东 is a word, but
# 以东疆综合保税区为… names 东疆).
_FUNCTION_TAGS = frozenset({"v", "vd", "vn", "vg", "d", "p", "c", "u", "ud", "uj", "ul", "uv", "uz", "r", "rr", "rz",
                            "t", "tg", "m", "mq", "q", "y", "e", "o", "ad"})
# One character is a word of its own before a name only when it is one of these (据华能…, 我县宝丰…):
# most characters the dictionary tags as verbs or adjectives open names too (盛合晶微, 安巢经开区).
_FUNCTION_CHARACTERS = frozenset("据在从对向把被将其该这那此我各每及并于着个了已到有")
# Openings no name has: 我县宝丰…, 东至古阳镇 (a zone's bounds), 两笔改善…项目 (a count of loans), 贷款到账X公司, 集团旗下X公司 (whose it is),
# 浙江省内金华至建德高速铁路 (a place's inside; not 内蒙古, not a 内环 road), 继低空旅游、…等项目后 (after what; not 继电器, 继续),
# (二)郭家堰220千伏变电站间隔改造工程, (林榕生)华能霞浦核电有限公司 (a list's numbering, a byline in brackets)
_NOT_A_NAME_OPENING = re.compile(r"[我该本此全][省市县区镇]|[东南西北]至|继(?![电续])|[一二两三四五六七八九十\d]+笔|(?:贷款|资金|款项)到[账位]|旗下|下属|所属"
                                 r"|[\u4e00-\u9fff]{2,3}[省市县区]内(?![蒙环])|\([^()]{1,8}\)")
# 以正大集团、奥林贝尔等企业为龙头: the role 以 gives comes later in the clause
_ROLE_GIVEN = re.compile("[^。;,:]{0,40}?为")
# Verbs of holding an event: no name holds one (…举行…开工仪式 names what follows)
_HELD_AT = re.compile(r".*(?:举行|举办|召开)")
_RANKS = frozenset({"国家", "国家级", "省级", "市级", "县级"})  # 国家高新技术产业开发区: a rank, not a name
# (大同医药工业园, 营口国家高新…: a prefecture's short name opens a name, though the dictionary knows it as a word)
_PLACE_OPENINGS = tuple(sorted({*lx.REGIONS, *lx.PROVINCES, *lx.CITIES, *gazetteer.prefecture_short_names()},
                               key=len, reverse=True))
_MIN_FREQUENCY = 10   # rarer entries of the dictionary are mostly names themselves
_COMMON = 500         # a function word opening a name is cut off only when this common (中天科技 stays)
_COMMON_VERB = 50     # a verb less so (补齐新片区, 跟进长城…小镇)
_VERB_TAGS = frozenset({"v", "vd", "vn", "d", "ad"})
# Function words that may stand inside a name: verbal nouns (健康服务), numerals and classifiers (千万千瓦级新能源,
# 首个新加坡实体产业)
_NAMING_TAGS = frozenset({"vn", "m", "mq", "q"})
_LONGEST = 4          # a word crossing a name's edge is looked for up to this length

# How many last characters of a rule's names say what kind of thing they are (镇, 新区; a slot's none).
_SUFFIX_LENGTHS = {"admin_suffix": 1, "project_slot": 0, "enterprise_slot": 0, "zone_slot": 0}
# The rules whose names are read back from a suffix by a pattern, and so may start at a wrong place.
_PATTERN_RULES = frozenset({"development_zone", "pilot_zone", "region", "park", "admin_suffix", "company_suffix",
                           "project_pattern", "works_name", "project_slot", "enterprise_slot", "zone_slot",
                           "industry_sector"})


def _suffix_length(text: str, span: Span) -> int:
    if span.rule == "industry_sector":  # 信息产业 keeps its 产业, 生物医药 has none
        return 2 if text.endswith(("产业", "行业"), span.start, span.end) else 0
    return _SUFFIX_LENGTHS.get(span.rule, 2)


@lru_cache(maxsize=1)
def _dictionary() -> dict[str, tuple[str, int]]:
    """Word -> (part of speech, frequency) for the dictionary's words of one to four characters."""
    words: dict[str, tuple[str, int]] = {}
    with resources.files("jieba").joinpath("dict.txt").open(encoding="utf-8") as lines:
        for line in lines:
            word, freq, tag = line.split()
            if len(word) <= _LONGEST and int(freq) >= _MIN_FREQUENCY:
                words[word] = (tag, int(freq))
    return words


def _tag(word: str) -> str | None:
    entry = _dictionary().get(word)
    return entry[0] if entry else None


def _frequency(word: str) -> int:
    entry = _dictionary().get(word)
    return entry[1] if entry else 0


def _crossing_word(text: str, at: int) -> tuple[int, int, str] | None:
    """The longest common word that starts before ``at`` and ends after it: (start, end, tag)."""
    best = None
    for i in range(max(0, at - _LONGEST + 1), at):
        for j in range(min(len(text), i + _LONGEST), at, -1):
            tag = _tag(text[i:j])
            if tag is not None and (best is None or j - i > best[1] - best[0]):
                best = (i, j, tag)
                break
    return best


def opens_a_noun(text: str, at: int) -> bool:
    """Whether a common noun of two to four characters starts at ``at`` (经济 in 飞地经济产业园), or a word that only
    stands before nouns (有轨 in 有轨电车项目: jieba's tag b)."""
    return any((_tag(text[at:at + n]) or "")[:1] in ("n", "b") for n in range(2, _LONGEST + 1) if at + n <= len(text))


def after_last_function_word(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` is left by the last common verb or function word of two characters or more that
    ends in it (地方政府围绕 after 围绕), or ``start`` if none does."""
    j = end
    while j > start + 1:
        # the longest word ending at j: a content word (高新技术) hides the function words inside it (高新)
        i = next((i for i in range(max(start, j - _LONGEST), j - 1) if _tag(text[i:j]) is not None), None)
        if i is None:
            j -= 1
            continue
        tag = _tag(text[i:j])
        if tag in _FUNCTION_TAGS and tag not in _NAMING_TAGS and _frequency(text[i:j]) >= _COMMON_VERB:
            return j
        j = i if tag not in _FUNCTION_TAGS else j - 1
    return start


def ends_a_proper_name(text: str, at: int) -> bool:
    """Whether the character at ``at`` ends a two-character proper name of the dictionary (为 of 华为)."""
    return at >= 1 and _tag(text[at - 1:at + 1]) in _PROPER_TAGS


def crosses_a_word(text: str, at: int) -> bool:
    """Whether a common word starts before ``at`` and ends after it (开发区支行 at 发)."""
    return _crossing_word(text, at) is not None


def after_crossing_word(text: str, at: int) -> int:
    """Where the common word that crosses ``at`` ends (色 of 特色 at 色: after 色), or ``at`` if none does."""
    crossing = _crossing_word(text, at)
    return crossing[1] if crossing else at


def crossing_name_start(text: str, at: int) -> int:
    """Where the dictionary's proper name that crosses ``at`` starts (台州 of 台州湾 at 州: at 台), or ``at`` if
    no proper name does (a common word such as 制造业 is no part of a name)."""
    crossing = _crossing_word(text, at)
    return crossing[0] if crossing and crossing[2] in _PROPER_TAGS else at


def _opening_word(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The longest common word the name opens with: (its end, tag)."""
    for j in range(min(end, start + _LONGEST), start, -1):
        tag = _tag(text[start:j])
        if tag is not None:
            return j, tag
    return None


def name_start(text: str, start: int, end: int, suffix: int = 2) -> int | None:
    """Where a pattern-found name ``text[start:end]`` really starts; None when nothing but its last
    ``suffix`` characters (the kind of thing: 新区, 项目) would be left."""
    held = _HELD_AT.match(text, start, end - suffix)  # 辽宁本溪举行辽宁省本桓高速公路: the name follows the event
    start = held.end() if held else start
    if text.startswith(_PLACE_OPENINGS, start):  # 共建成渝地区双城经济圈: 建成 is a word, 成渝 a region
        return start
    # 以北京经济技术开发区为龙头: 以北 is a word too, but the name opens with a longer one
    opening = _opening_word(text, start, end)
    crossing = None if opening and opening[0] - start >= 2 and opening[1] not in _FUNCTION_TAGS \
        else _crossing_word(text, start)
    if crossing is not None and (crossing[2] in _FUNCTION_TAGS or _adverbial(text, crossing, end)):
        start = crossing[1]
    elif crossing is not None and crossing[2] == "ns" and crossing[1] - crossing[0] >= 3:  # 青铜峡, not 建国
        start = crossing[0]
    while start < end - suffix:
        # 以黑龙江龙凤玉米开发有限公司为龙头, 以河西制药、大弓农化等企业为龙头: 以 gives the name a role later in
        # the clause (以岭药业 is a firm's own short name)
        if text[start] == "以" and (text.startswith(_PLACE_OPENINGS, start + 1)
                                   or (end - start > 4 and _ROLE_GIVEN.match(text, end))):
            start += 1
            continue
        opening_phrase = _NOT_A_NAME_OPENING.match(text, start)
        if opening_phrase:
            start = opening_phrase.end()
            continue
        opening = _opening_word(text, start, end)  # 首批73项重大项目: a numeral word that stays
        # (节能环保装备中试基地项目: a sector opens the name, though its first word is a verb)
        if opening is None or opening[1] not in _FUNCTION_TAGS or opening[0] > end - suffix \
                or text.startswith(_SECTORS, start) \
                or text[start:opening[0]].endswith("批") \
                or _frequency(text[start:opening[0]]) < (_COMMON_VERB if opening[1] in _VERB_TAGS else _COMMON) \
                or (opening[0] - start == 1 and text[start] not in _FUNCTION_CHARACTERS):
            break
        start = opening[0]
    # 商标的拥有人天津市南洋胡氏…公司: a character that ends a word before it (有人) opens no name a place opens
    crossing = _crossing_word(text, start)
    if crossing is not None and crossing[1] == start + 1 and text.startswith(_PLACE_OPENINGS, start + 1):
        start += 1
    rest = text[start:end - suffix]
    # 沉陷区, 上市公司, 创新区: what is left before the kind of thing is a common verb or one character
    # (not a number: 7号线)
    if (len(rest) < 2 and not (rest and rest.isascii())) or _tag(rest) in _FUNCTION_TAGS or rest in _RANKS:
        return None
    return start


_SECTORS = tuple(lx.INDUSTRIES)

# Tags of proper names: 江西 (ns), 吉利 (ns) in a works' name make it one.
_PROPER_TAGS = frozenset({"ns", "nr", "nz", "nt", "nrt", "nrfg"})


def common_word(text: str) -> bool:
    """Whether ``text`` is one common word that names no particular thing (地铁, 科技, 外资; not 江西)."""
    tag = _tag(text)
    return tag is not None and tag not in _PROPER_TAGS and _frequency(text) >= _COMMON_VERB


def _adverbial(text: str, crossing: tuple[int, int, str], end: int) -> bool:
    """有效降低项目…: an adjective before a common verb is used as an adverb, no part of a name."""
    following = _opening_word(text, crossing[1], end)
    return crossing[2] == "a" and following is not None and following[1] in _VERB_TAGS \
        and _frequency(text[crossing[1]:following[0]]) >= _COMMON_VERB


def fix_left_edges(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with the left edge of every pattern-found name moved to a word boundary; names
    that are nothing but their suffix are dropped."""
    fixed = []
    for span in spans:
        if span.rule not in _PATTERN_RULES:
            fixed.append(span)
            continue
        start = name_start(text, span.start, span.end, suffix=_suffix_length(text, span))
        if start is None:
            continue
        start = _with_whole_division(text, start)
        start = _with_corps_division(text, start) if span.label == "Zone" else start
        # 开区公立学校建设项目 read in 经开区…: a name does not open inside a kind of zone
        start -= 1 if start > 0 and text.startswith(_ZONE_ABBREVIATIONS, start - 1) else 0
        if start != span.start:
            span = Span(start, span.end, span.label, span.kind, span.rule, priority=span.priority)
        fixed.append(span)
    return fixed


# a division of the Xinjiang corps (第一师); its ordinal opens the names of its zones (第一师阿拉尔经济技术开发区)
CORPS_DIVISION = re.compile(r"第[一二三四五六七八九十]{1,3}师")


def _with_corps_division(text: str, start: int) -> int:
    """第一师阿拉尔经济技术开发区 cut to 师阿拉尔… at the word 第一: the name begins with the division."""
    m = CORPS_DIVISION.search(text, max(0, start - 4), start + 1)
    return m.start() if m and m.start() < start < m.end() else start


_ZONE_ABBREVIATIONS = tuple(kind for kind, _ in lx.ZONE_KINDS if len(kind) == 3)


def _with_whole_division(text: str, start: int) -> int:
    """顺县50MW风光互补项目 read in 和顺县…, 都县上欧工业园区… in 于都县…, 县东润国际项目 in 互助县…: a name whose
    first characters end a division's name (one whose first characters are also a word) begins with that name."""
    names, shorts = gazetteer.by_name(), gazetteer.autonomous_county_short_forms()
    for back in (1, 2):
        if start - back < 0:
            break
        if any(len(name) >= 3 and (name in names or name in shorts)
               for name in (text[start - back:start - back + n] for n in range(back + 1, back + 5))):
            return start - back
    return start
