"""Entity recognisers: each finds one kind of name by pattern, suffix or lexicon.

A recogniser is ``(text) -> list[Span]`` and knows nothing of the others;
:func:`recognise` runs them all and keeps the non-overlapping best.
Names are cut on the left at cue words ("为", "向", "推进" ...), since
Chinese writes no space before a name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache, partial
from typing import Any

from .. import gazetteer
from . import lexicons as lx
from .money import AMOUNT, CURRENCIES, count_value
from .spans import CHAR_LABELS, LABEL_CHARS, ArticleDoc, Span, Templated, find_words, select
from .words import (CORPS_DIVISION, after_crossing_word, after_last_function_word, common_word, crosses_a_word,
                    crossing_name_start, ends_a_proper_name, fix_left_edges, name_start, opens_a_noun)

CJK = "\u4e00-\u9fff"


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, factored as a trie.

    Python's ``re`` tries alternatives one by one at every position; sharing
    prefixes makes a 200-word lexicon cost about one character test per position.
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    ends_here = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:  # a word may end here or go on: prefer going on (longest match)
        return f"(?:{body})?"
    return body


# A character that can sit inside a name: CJK but not a function word that joins clauses.
_NAME_CHAR = rf"(?:(?![将要还的是在为对向从把被了着等和与及或即])[{CJK}])"

_PLACE = _alternation([*lx.PROVINCES, *lx.PROVINCES.values(), *lx.CITIES])
_REGION = _alternation(
    [*lx.REGIONS, *(a + d for a in lx.PROVINCE_ABBREVIATIONS for d in lx.DIRECTIONS)]
)
# A place as written: 重庆, 重庆市, 浙江省, 中新(重庆), 中国(浙江)
# Before a zone's own name any prefecture of the gazetteer may stand (张家口经开区); alone, only the
# lexicon's places are taken for places (大同 in 大同小异 is none).
_PLACE_BEFORE_NAME = _alternation([*lx.PROVINCES, *lx.PROVINCES.values(), *lx.CITIES,
                                   *gazetteer.prefecture_short_names()])
# 中国(丽水), 中韩(惠州): in brackets after a name, any prefecture is a place
_PLACE_IN_BRACKETS = rf"\((?:{_PLACE_BEFORE_NAME})\)"
_PLACE_FULL = rf"(?:[{CJK}]{{2}}{_PLACE_IN_BRACKETS}|(?:{_PLACE})(?:省|市|自治区)?)"
_ANY_PREFECTURE = rf"(?:{_PLACE_BEFORE_NAME})(?:省|市|自治区)?"

# Cue words that end the text before a name. Strong ones can also sit inside long names, so
# each recogniser picks the set it trims with.
_CUES_SHORT = "为|向|对|从|在|由|与|和|及|或|即|是|将|把|被|给|经|获|等|的|了|其中|包括|帮助|助力|支持|联合|携手|通过|同"
_ONE_CHARACTER_CUES = "".join(c for c in _CUES_SHORT.split("|") if len(c) == 1)
_CUES_VERBS = (
    "推进|推动|加大|提供|开立|引进|落户|签约|成立|组建|打造|服务|共建|建设|构建|启动|加快|深化|实施|培育|"
    "发展|依托|围绕|升级|完善|优化|聚焦|面向|立足|做大|做强|壮大|布局|激发|探索|重点|突破|发挥|提升|"
    "支撑|融资|金融|贯彻|落实|批复|同意|印发|发布|出台|制定|申报|涵盖|覆盖|带动|促进|参与|设立|鼓励|"
    "开展|强化|推广|引导|加强|形成|扩大|凸显|实现|获得|获批|成为|作为|举办|定位|跟踪|突出|"
)


def _trimmer(extra: str = "", *, verbs: bool = True, short: str = _CUES_SHORT) -> re.Pattern[str]:
    """``.*(cue)``: matched from a name's window start, it ends after the window's last cue word.

    ``extra`` and ``short`` are cue words joined by ``|``; ``verbs`` adds the common verbs.
    """
    words = "|".join(w for w in (short, _CUES_VERBS.rstrip("|") if verbs else "", extra) if w).split("|")
    return re.compile(rf".*(?:{_alternation(words)})")


_TRIM_SHORT = _trimmer(verbs=False)
# Company names often hold 建设, 发展, 投资, 金融 (城市建设投资有限公司), so firms are cut at fewer verbs.
# (已落地康佳集团等27个项目: a verb of settling in opens no firm's name)
_FIRM_CUES = ("|".join(lx.SETTLING_VERBS) + "|推进|推动|加大|提供|开立|成立|组建|打造|服务于|依托|围绕|鼓励|引导|"
              "做大|做强|壮大|培育|实施|获得|成为|作为|根据|按照|收购|重组|用于|助推|进一步|承建方|了解到|据悉|项目有|"
              "标志着|提高|供应商|承接|所属|旗下|下属|单位|获批|审批|系|业主|主体|承销商|管理人|机构|子公司|孙公司|签署|授权|会见|"
              "承租人|出租人|概述|转债|关于|核准|核准后|批准|同意|发布|接手|公告显示|数据显示|委托|板块|得到|设立|之一|说明|已有|约定|详见")
# (…厅关于西南水泥有限公司等…的公告, 国家发展改革委核准新疆…煤业有限公司, 工信厅发布…公司产能置换方案: an agency's act before the firm;
# 承租人宁夏峰业环保科技有限公司, 项目业主柳州市投资控股有限公司, 主承销商长江证券股份有限公司, 簿记管理人…,
# 全资子公司山西路桥集团…公司: a role before the firm; 情况概述, 大禹转债 in a notice: a heading, a bond's short name;
# 上饶银行委托长城证券…公司, 供应链金融板块山东省鲁信…公司, 得到省信托公司: who acts for whom, a group's segment;
# 注册设立宁夏李子园食品有限公司, 生产商之一德国博世集团, 协议约定砂粉集团, 具体内容详见公司: the clause's words before it;
# 总行批准杭州大江东投资开发有限公司…贷款, 同意中国雄安集团有限公司发行: who approves; 在衡阳会见中国五矿集团公司…: whom
# an official meets)
_FIRM_SHORT_CUES = _CUES_SHORT.replace("|联合|", "|").replace("|携手|", "|")
_TRIM_FIRM = _trimmer(_FIRM_CUES, verbs=False, short=_FIRM_SHORT_CUES)
_TRIM_ALL = _trimmer()
# 以滴水湖科创总部湾为核心区: the place given a layout role starts after 以
_TRIM_LAYOUT = _trimmer("以|" + _FIRM_CUES, verbs=False, short=_FIRM_SHORT_CUES)


def _trimmed_start(text: str, start: int, end: int, trim: re.Pattern[str]) -> int:
    """Move ``start`` past the last cue word in ``text[start:end]``; a one-character cue that opens a common
    word (经 of 飞地经济产业园, 同 of 同城) is no cue."""
    m = trim.match(text, start, end)
    while m and _noun_opened_by_cue(text, m.end()):
        m = trim.match(text, start, m.end() - 1)
    return m.end() if m else start


# One-character cues that also open common nouns (经济, 经营, 同城, 有机); 向, 为, 在 open names (向东风汽车集团)
_CUES_OPENING_NOUNS = "经同有系"  # (系 of 系统, 系列)
_CUES_IN_FIRM_NAMES = "同有系和对"  # (四川和翔环保科技有限公司, 重庆对外经贸集团)
_FIRMS_TRADE = re.compile(r"经营(?:管理)?(?:\(集团\)|集团|有限|股份|公司)")


def _noun_opened_by_cue(text: str, at: int) -> bool:
    """The cue before ``at`` opens a common noun that goes on past it (飞地经济产业园), or 经开, a development
    zone's short form (安庆经开控股有限公司), or 经营, a firm's trade before its suffix (泰兴市成兴国有资产经营有限公司),
    or it lies inside a place's name (工商银行呼和浩特分行) or ends a firm's (华为云工业互联网创新中心项目), or a verb
    and 区 name a park's area (产业园启动区(一期)项目)."""
    opens_a_word = text[at - 1:at] in _CUES_OPENING_NOUNS and (
        opens_a_noun(text, at - 1) or text.startswith("经开", at - 1) or bool(_FIRMS_TRADE.match(text, at - 1)))
    return (at >= 2 and text.startswith("启动区", at - 2)) or opens_a_word \
        or (text[at - 1:at] in _CUES_IN_FIRM_NAMES and _after_a_province(text, at - 1)) \
        or _inside_a_place(text, at - 1) or (text[at - 1:at] in _ONE_CHARACTER_CUES and ends_a_proper_name(text, at - 1))


_PROVINCE_NAMES = frozenset([*lx.PROVINCES, *lx.PROVINCES.values()])


def _after_a_province(text: str, at: int) -> bool:
    """湖北同光新材料有限公司, 重庆对外经贸集团, 四川和翔环保…, 重庆麟和瑄环保…: such a cue right after a province's
    name (和: at most a character after it) belongs to the firm's own name, unless a place follows (四川和重庆)."""
    return text[at] != "经" and any(text[max(0, at - skip - n):at - skip] in _PROVINCE_NAMES
                                   for n in (2, 3) for skip in ((0, 1) if text[at] == "和" else (0,))) \
        and not _PLACE_START.match(text, at + 1)


def _inside_a_place(text: str, at: int) -> bool:
    """Whether the character at ``at`` belongs to a place's name that holds a cue character (呼和浩特, 和田县)."""
    places = _places_holding_cues()
    return text[at] in _ONE_CHARACTER_CUES and any(
        text[begin:begin + size] in places for size in (2, 3, 4, 5) for begin in range(at - size + 1, at + 1)
        if begin >= 0)


@lru_cache(maxsize=1)
def _places_holding_cues() -> frozenset[str]:
    names = {*lx.CITIES, *_division_names(), *_county_short_names()}
    return frozenset(n for n in names if any(c in n for c in _ONE_CHARACTER_CUES))


def _near_words(pattern: re.Pattern[str], words: re.Pattern[str], text: str, before: int = 60,
                after: int = 12) -> Iterator[re.Match[str]]:
    """``pattern``'s matches, each of which ends with one of ``words`` and starts at most ``before`` characters
    before it: looked for only in windows around those words (a long alternation tried at every character of a
    page costs more than finding the words its matches end with)."""
    windows: list[list[int]] = []
    for word in words.finditer(text):
        start, end = max(0, word.start() - before), min(len(text), word.end() + after)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


def _mostly(test: Callable[[Any], bool], items: list[Any]) -> bool:
    """More than half of ``items`` pass ``test`` (a list mostly of kinds of works names none)."""
    return 2 * sum(map(test, items)) > len(items)


def _kind(name: str, table: tuple[tuple[str, str], ...]) -> str | None:
    return next((kind for suffix, kind in table if name.endswith(suffix)), None)


# ------------------------------------------------------------------ titles
_TITLE = re.compile(r"《([^《》\n]{1,80})》")


# 《…总体规划(2023—2035年)》, …建设项目(一期): a plan's period, a work's phase or part in brackets at a name's end
_BRACKETS_AT_END = re.compile(r"\([^()]*\)$")


def titles(text: str) -> list[Span]:
    """《...》 titles of plans; the kind comes from how the title ends (before a period in brackets)."""
    spans = []
    for m in _TITLE.finditer(text):
        kind = _kind(_BRACKETS_AT_END.sub("", m.group(1)), lx.PLAN_KINDS)
        if kind:
            spans.append(Span(m.start(), m.end(), "Plan", kind, "title", priority=9))
    return spans


# 要认真做好云南滇中新区发展总体规划编制工作: a zone's plan named without 《》 (a title: the zone stays inside it)
_ZONE_PLAN = re.compile(
    rf"{_NAME_CHAR}{{2,16}}?(?:新区|示范区|试验区|先导区|先行区|开发区|高新区|经开区|自贸区|城市群|经济区|经济带)"
    r"(?:发展|建设)?(?:总体规划|总体方案|发展规划|建设方案|规划纲要)"
)


_PLAN_OF_A_ZONE_WORDS = re.compile(r"总体规划|总体方案|发展规划|建设方案|规划纲要")


def zone_plans(text: str) -> list[Span]:
    spans = []
    for m in _near_words(_ZONE_PLAN, _PLAN_OF_A_ZONE_WORDS, text):
        start = name_start(text, m.start(), m.end(), suffix=4)
        if start is not None:
            spans.append(Span(start, m.end(), "Plan", _kind(m.group(), lx.PLAN_KINDS), "zone_plan", priority=7))
    return spans


# 省政府印发关于加快数字经济发展的实施意见: a plan's title written without 《》 after a verb of issuing
_PLAN_PHRASE = re.compile(
    rf"(?:印发|出台|发布|制定|编制)了?((?:关于|{_PLACE_FULL})[^,。;、《》“”\s]{{4,40}}?"
    r"(?:实施方案|工作方案|行动方案|行动计划|实施意见|指导意见|若干措施|若干意见|发展规划|规划纲要|总体规划|实施细则))(?=[,。;(]|$)"
)


def plan_phrases(text: str) -> list[Span]:
    return [Span(m.start(1), m.end(1), "Plan", _kind(m.group(1), lx.PLAN_KINDS), "plan_phrase", priority=8)
            for m in _PLAN_PHRASE.finditer(text)]


# 省体育局发布了第三批共建体育健康特色小镇名单, 公布全国第一批96个运动休闲特色小镇试点项目名单, and a list's own
# heading line (江苏省第三批共建体育健康特色小镇名单): a list named without 《》 (a title: the places stay inside)
# (…名单的通知 is the notice's title; 名单 alone, 上述名单 name none)
_LIST_NAME = re.compile(
    rf"(?m)(?:(?:{_alternation(lx.LIST_PUBLISHING_VERBS)})了?|^[ \t]*)"
    r"((?:[^\s,。;:、《》“”()]|\([^()\s]{1,8}\)){4,40}?名单(?:\([^()\s]{1,8}\))?)(?=[,。;\s]|$)"
)
# (26家!江西发布第一批全省化工园区认定名单, 石家庄市的19个小镇入选河北省…名单: a headline's list starts after its verb)
_TRIM_LIST = _trimmer("|".join((*lx.LIST_PUBLISHING_VERBS, *lx.CHOSEN_VERBS, "!")), verbs=False, short="的|了|并")
_ITEM_NUMBER = re.compile(r"\d{1,2}[.、](?!\d{1,3}(?!\d))")  # (2.2010年度河南省十快产业集聚区名单: an item's number, not 1.5万吨)
# (国家级创建名单, 2023年度试点名单: a rank, a year and a stage name no list)
_GENERIC_LIST_WORDS = re.compile(r"国家级|省级|市级|首批|第[一二三四五六七八九十\d]+批|拟|创建|培育|试点|公示|认定|年度|\d{4}年|名单")


def list_names(text: str) -> list[Span]:
    """The lists a text names without 《》: after a verb of publishing, or as a line of their own."""
    spans = []
    for m in _LIST_NAME.finditer(text):
        start = _trimmed_start(text, m.start(1), m.end(1), _TRIM_LIST)
        start = _ITEM_NUMBER.match(text, start).end() if _ITEM_NUMBER.match(text, start) else start
        name = text[start:m.end(1)]
        if len(_GENERIC_LIST_WORDS.sub("", name)) >= 4 and not _REFERRING.match(name):
            spans.append(Span(start, m.end(1), "Plan", "名单", "list_name", priority=8))
    return spans


# 南通市政府与农发行江苏省分行…签订500亿元金融合作备忘录, 举行促进企业融资、服务地方发展战略合作协议签约仪式: an
# agreement named without 《》 right after the verb of signing (and the sum it is worth); its name stops at the
# first 协议 or 备忘录 (签署了项目开发合作协议和战略合作框架协议 names two)
_AGREEMENT = re.compile(
    rf"(?:{_alternation(lx.SIGNING_WORDS)}|举行|达成)了?(?:总计)?(?:[\d.]+[亿万]元的?)?"
    rf"((?:[“”、]|{_NAME_CHAR}){{2,30}}?(?:协议|备忘录))(?=[,。;、)》\s]|签约|签字|和|$)"
)


def agreements(text: str) -> list[Span]:
    """Cooperation agreements a sentence names as signed, written without 《》 (a title: places stay inside)."""
    spans = []
    for m in _AGREEMENT.finditer(text):
        name = m.group(1)
        # 贷款协议, 入驻协议: a bare kind of agreement names none; 战略合作、银企合作融资协议 lists two kinds
        listed = re.match(r"[^“、]*合作、", name)
        if len(name) >= 6 and not listed and name.count("“") == name.count("”") and not name.startswith(("、", "”")):
            spans.append(Span(m.start(1), m.end(1), "Plan", "协议", "agreement_phrase", priority=8))
    return spans


# ---------------------------------------------------------------- agencies
# Agency names join their fields with 和 (住房和城乡建设局, 经济和信息化厅).
_AGENCY_CHAR = rf"(?:(?![将要还的是在为对向从把被了着等与及或即])[{CJK}])"
# (市交通运输部门, 财政部门: a kind of department, not the ministry)
_CENTRAL = re.compile(rf"({_alternation(lx.CENTRAL_AGENCIES)})(办公厅|办公室)?(?!门)")
# 国家外汇管理局浙江省分局, 金融监管总局四川监管局: a central body's office in a place
_CENTRAL_OFFICE = re.compile(
    rf"({_alternation(lx.CENTRAL_AGENCIES)})((?:{_PLACE})(?:省|市|自治区)?(?:{_alternation(lx.LOCAL_OFFICE_SUFFIXES)}))"
)
# (the central bank's offices end with a branch's words: 人民银行东营市分行)
_CENTRAL_BANK_OFFICES = ("营业管理部", "营管部", "中心支行", "分行", "支行")
_AGENCY_SUFFIX_WORDS = re.compile(_alternation((*lx.AGENCY_SUFFIXES, *_CENTRAL_BANK_OFFICES)))
_LOCAL_AGENCY = re.compile(
    rf"(?:(?:中国)?人民银行{_PLACE_FULL}?{_NAME_CHAR}{{0,4}}?(?:{_alternation(_CENTRAL_BANK_OFFICES)})"
    # 市科技局 stands for the city's bureau: a bare 省/市/县/区 opens a name after a pause or a cue
    # (通过省政府认定, 获省政府批复: whose recognition a zone passed or got)
    # (项目获得省发改委批复, 取得市发改委核准: whose approval a work got)
    rf"|(?:{_PLACE_FULL}|(?:^|(?<![{CJK}])|(?<=近日)|(?<=日前)|(?<=对接)|(?<=联合)|(?<=会同)|(?<=配合)|(?<=通过)"
    rf"|(?<=获得)|(?<=得到)|(?<=取得)"
    rf"|(?<=[由经和与及同、在从向对获]))(?:自治区|[省市县区]))"
    rf"(?:{_AGENCY_CHAR}){{0,10}}?(?:{_alternation(lx.AGENCY_SUFFIXES)})(?:办公厅|办公室|新闻办公室|新闻办)?)"
)
# Verbs that can sit between a place and a body's name (浙江省成立…领导小组): the name starts after them.
_TRIM_AGENCY = _trimmer("成立|组建|设立|建立|牵头|印发|发布|出台|制定|批复|同意|支持|推动|推进|召开|举办",
                        verbs=False, short="由|与|及|等|的|为|向|对|在|将|是")
# the Xinjiang production and construction corps and its divisions (兵团第一师) are public bodies
_CORPS = re.compile(rf"(?:新疆)?(?:生产建设)?兵团(?:{CORPS_DIVISION.pattern})?")
_GROUP = re.compile(rf"[{CJK}]{{2,20}}?(?:领导小组办公室|领导小组|工作专班|联席会议|推进小组)")
_PARTY_OFFICE = re.compile(rf"(?:(?![和与及的在为是将对])[{CJK}]){{1,4}}?(?:办公室|办|部)")
# (2011年1月被永昌县创业型城市创建工作领导小组命名: 被 says who acted, it opens the group's name)
_TRIM_GROUP = re.compile(r".*(?:成立|组建|设立|建立|由|牵头|和|与|及|等|的|在|了|被|加强|持续|健全|完善)")


# 东莞银行一直致力于做政府, 四川省发展改革委等部: a firm or a list inside is no agency's name
# (湖州市人大常委会副主任, 河南省委书记, 省委、省政府: a person's office or a party committee, which the golds give as a
# body 21 times in 80 where they do not leave it optional; and a place of the article hides behind it: 益阳市委)
_NOT_AN_AGENCY = re.compile(r"银行|公司|集团|致力|等部$|人大常委|[省市县区]委$")
# 吉林能投签订委托贷款合同: a body's suffix that opens a word (委托) ends no body's name
_SUFFIX_IN_A_WORD = re.compile("(?<=委)托")
# 安庆市人民政府, 潜山县政府: any division of the gazetteer followed by a body's name (not 安庆市和潜山县政府)
_BODY_AFTER_PLACE = re.compile(rf"(?:(?![省市县区州])(?:{_AGENCY_CHAR})){{0,10}}?(?:{_alternation(lx.AGENCY_SUFFIXES)})"
                               r"(?:办公厅|办公室|新闻办公室|新闻办)?")


def _bodies_of_divisions(text: str) -> list[Span]:
    spans = []
    for start, end in _divisions(text):
        m = _BODY_AFTER_PLACE.match(text, end)
        name = text[start:m.end()] if m else ""
        if m and not name.endswith(lx.NOT_AGENCY_ENDINGS) and not _NOT_AN_AGENCY.search(name) \
                and not _SUFFIX_IN_A_WORD.match(text, m.end()):
            spans.append(Span(start, m.end(), "Agency", _agency_kind(name), "agency_suffix", priority=5))
    return spans


def agencies(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), "Agency", _agency_kind(central_name(m.group())), "agency_lexicon", priority=5)
             for m in _CENTRAL.finditer(text)]
    spans += [Span(m.start(), m.end(), "Agency", "regulator" if "监" in m.group(2) else "bureau", "central_office",
                   priority=6) for m in _CENTRAL_OFFICE.finditer(text)]
    for m in _near_words(_LOCAL_AGENCY, _AGENCY_SUFFIX_WORDS, text, after=8):
        start = _trimmed_start(text, m.start(), m.end() - 1, _TRIM_AGENCY)
        office = _PARTY_OFFICE.match(text, m.end()) if text[m.end() - 1] == "委" else None
        end = office.end() if office else m.end()
        name = text[start:end]
        if not name.endswith(lx.NOT_AGENCY_ENDINGS) and len(name) >= 3 and not _NOT_AN_AGENCY.search(name) \
                and not _EVERY_BODY.search(text, max(0, start - 7), end) and not _SUFFIX_IN_A_WORD.match(text, end):
            spans.append(Span(start, end, "Agency", _agency_kind(name), "agency_suffix", priority=5))
    spans += _bodies_of_divisions(text)
    spans += [Span(m.start(), m.end(), "Agency", "agency", "corps", priority=7) for m in _CORPS.finditer(text)
              if m.end() - m.start() >= 4]
    for m in _GROUP.finditer(text):
        start = _trimmed_start(text, m.start(), m.end() - 4, _TRIM_GROUP)
        if m.end() - start >= 6:
            # 长江新区建设工作领导小组: the group outranks the zone it is named after
            spans.append(Span(start, m.end(), "Agency", "leading_group", "leading_group", priority=7))
    return spans


# 各相关市、县人民政府, 各县(市、区)政府: every such body, not one
_EVERY_BODY = re.compile(r"各(?:有关|相关)?[省市县区]?[、(]?[省市县区]?[、)]?[省市县区]?[省市县区](?:人民)?政府$")


def central_name(surface: str) -> str:
    """国家发改委 -> 国家发展改革委, 国家发改委办公厅 -> 国家发展改革委办公厅, 金融监管总局四川监管局 -> 国家金融…."""
    m = _CENTRAL.fullmatch(surface) or _CENTRAL_OFFICE.fullmatch(surface)
    return lx.CENTRAL_AGENCIES[m.group(1)] + (m.group(2) or "") if m else surface


def _agency_kind(name: str) -> str:
    if name.endswith(("领导小组", "领导小组办公室", "工作专班", "推进小组")):
        return "leading_group"
    if "监" in name or "人民银行" in name or name in ("证监会", "银保监会"):
        return "regulator"
    if name.endswith(("办", "办公室", "办公厅")):
        return "office"
    if name.endswith(("部", "署")):
        return "ministry"
    if name.endswith(("局", "厅")):
        return "bureau"
    if name.endswith(("委", "委员会")):
        return "commission"
    return "government" if name.endswith(("政府", "国务院", "中共中央")) else "agency"


# ------------------------------------------------------------- enterprises
# 四川分行, 夹江县支行, 四川夹江县支行 (a province, then a county), 海口国科园支行 (a city, then the sub-branch's
# own name), 青海格尔木分行 (a province, then a city), 工行省分行 (the article's province)
# (舟山市普陀区支行: a prefecture the lexicon lacks, then its county)
_BRANCH = (rf"(?:(?:{_PLACE_FULL})(?:[{CJK}]{{2,3}}?[市县区]|[{CJK}]{{1,4}}?(?=支行)|[{CJK}]{{2,3}}?(?=分行))?"
           rf"|[{CJK}]{{2,4}}?[市州][{CJK}]{{1,3}}?[县区市旗](?=支行)"
           # (温州银行利用上海分行的区位优势: a verb after the bank opens no branch's place)
           rf"|(?!利用|通过|依托|借助|凭借|发挥)[{CJK}]{{2,4}}?(?:省|市|县|区)?|[省市](?=分行))"
           r"(?:(?:分行|支行)(?:营业部)?|营业部)")
_BRANCH_NAME = re.compile(_BRANCH)
_BRANCH_SUFFIXES = ("分行", "支行", "营业部")
_BANK = re.compile(
    # not 银行业, 银行间市场; 中国建设银行股份有限公司天津市分行, 中国银行(香港)有限公司上海分行: a branch after the
    # bank's registered name
    rf"[{CJK}]{{1,10}}?银行(?![业间])(?:(?:(?:\([{CJK}]{{2,3}}\))?(?:股份)?有限公司)?{_BRANCH})?"
    # short forms (农行贵州分行, 国开行) only as a branch or standing alone
    # (据统计,工行为合肥…发放: a cue may follow it)
    rf"|(?<![{CJK}])(?:{_alternation(lx.BANK_SHORT_FORMS)})(?:{_BRANCH}|(?![{CJK}])|(?=[为向与对在将和及等已]))"
    rf"|(?:{_alternation(lx.BANK_SHORT_FORMS)}){_BRANCH}"
    # (兰州市申报的国开行首批10318万元: a short form of three characters is in no other word, it stands anywhere,
    # unless it opens a branch's name the branch pattern cannot read, 农发行云南省文山壮族苗族自治州分行; 省农发行 is
    # the province's branch and 农发行系统 the bank's offices at large)
    rf"|(?<![省市县])(?:{_alternation([f for f in lx.BANK_SHORT_FORMS if len(f) == 3 and not f.endswith('银行')])})"
    rf"(?![{CJK}]{{0,16}}?(?:分行|支行|营业部)|系统)"
    rf"|{_alternation(lx.OFFSHORE_BANKS)}"
)
_CREDIT_COOPERATIVE = re.compile(_alternation(lx.CREDIT_COOPERATIVES))
_NAME_BEFORE_COOPERATIVE = re.compile(rf"{_NAME_CHAR}{{1,8}}$")


def _credit_cooperatives(text: str) -> list[Span]:
    """四川荣县农村信用联社: a credit cooperative's name, found from its suffix backwards (a name pattern tried at
    every character of a text would be slow)."""
    spans = []
    for m in _CREDIT_COOPERATIVE.finditer(text):
        name = _NAME_BEFORE_COOPERATIVE.search(text, max(0, m.start() - 8), m.start())
        if name is not None:
            start = _trimmed_start(text, name.start(), m.end(), _TRIM_SHORT)
            # 向合作银行云南省农村信用社推荐: a bank's word before the cooperative's place says its role
            role = text.rfind("银行", start, m.start())
            start = role + 2 if role >= 0 else start
            spans.append(Span(start, m.end(), "Enterprise", "bank", "bank_suffix", priority=4))
    return spans


# 广东中行, 衡水工行: a province's or city's branch written as the place and the short form (the place is
# looked for before each short form: an alternation of every place tried at every character is slow)
_SHORT_FORM = re.compile(rf"(?:{_alternation([*lx.BANK_SHORT_FORMS, *lx.PLACE_BANK_SHORT_FORMS])})(?!业|分行|支行)")
# (梅列农行: a district's short name too)
_PLACE_ENDING = re.compile(rf"(?:{_PLACE_BEFORE_NAME}|{_alternation(gazetteer.county_short_names())})$")
_PLACE_BANK = re.compile(rf"({_PLACE_BEFORE_NAME})({_alternation(lx.BANK_SHORT_FORMS)})")


def place_bank(surface: str) -> str | None:
    """广东中行 is 中国银行广东分行, 衡水工行 中国工商银行衡水分行 (a province's 省 is added where names are made)."""
    m = _PLACE_BANK.fullmatch(surface)
    return lx.BANK_SHORT_FORMS[m.group(2)] + m.group(1) + "分行" if m else None
# 大连福佳·大化石油化工有限公司: a joint venture's name may join its owners' names with a middle dot
_COMPANY_SUFFIX_WORDS = re.compile(_alternation(lx.COMPANY_SUFFIXES))
_COMPANY_SUFFIX_AT_END = re.compile(_alternation(lx.COMPANY_SUFFIXES) + "$")
# (非公开发行公司债券, 优化公司债务: 公司 before 债 is the kind of paper or debt, no firm's suffix; after 有限, 责任 or
# 集团 it ends the issuer's name: 泰兴市成兴国有资产经营有限公司债券)
# (湖北祥云(集团)化工股份有限公司: a suffix inside the name's brackets ends nothing)
# (挪威Seadrill公司, Teekay液化天然气合伙有限公司: a foreign firm's Latin name, a word of two letters or more)
_COMPANY = re.compile(rf"(?:[{CJK}()]|[A-Za-z]{{2,}}|(?<=[{CJK}])·(?=[{CJK}])){{2,24}}?(?<!\()"
                      rf"(?:{_alternation(lx.COMPANY_SUFFIXES)})(?!债(?<=[^限任团]公司债))")
_GENERIC_FIRM = re.compile(
    rf"^(?:该|本|子|母|总|分|各|其|这|此|家|[又另]?[一二三四五六七八九十百千\d]+[家户个]|{_alternation(lx.GENERIC_FIRM_MODIFIERS)})"
    r"|[一两多]家"
)


def _generic_firm(name: str) -> bool:
    """该公司, 分公司, 两家企业: a firm of a kind, not one named (分宜县…公司, 子洲县…公司 open with their county)."""
    return bool(_GENERIC_FIRM.match(name)) and not _opens_with_place(name)


# 股份制银行, 外资银行, 多家银行: kinds of bank, not banks (天津农村商业银行 starts with its place)
_GENERIC_BANK = re.compile(
    # (商业银行 after a kind of bank, not after a name: 台湾彰化商业银行; 协调安排银行: a role in a syndicate)
    r"(?:股份制|外资|中资|政策性|国有|多家|各家|众多|合作|地方|大型|中小|全国性|区域性|首单|一家|其他|主要|主力|开发性|"
    r"(?:^|城市|农村|股份制|外资|中资|地方|全国性|区域性|大型|国有|多家|各家|现代|其他|主要|中小|民营|发挥|当地|"
    r"海内外|[一二两三四五六七八九十\d]+家)商业|^投资|"
    r"主办|牵头|代理|安排|参贷|参团|家参团|基础设施|精品|赤道|台资|港资|机构|首家|首宗|两岸|多元化|境外|境内|各类|全市|全省|全区|全县|网上|手机|"
    # (甄选港澳和内地银行, 粤港澳三地的本土银行, 发挥政策银行职能, 可一般银行, 与中外银行合作)
    r"港澳|内地|本土|政策|外国|国内|海外|一般|中外|"
    r"债权|[万亿]?元|"  # (各债权银行, 5,300万元银行借款)
    r"[一二两三四五六七八九十\d]+家|[一二两三四五六七八九十\d]+大(?:政策性?|国有|股份制)?|^.)银行$"
)
_PLACE_START = re.compile(rf"(?:{_PLACE})")
_ANY_PLACE_START = re.compile(_ANY_PREFECTURE)
_SLOGAN_END = re.compile("”(?:品牌|招牌|金字招牌|特色品牌|的社会|称号)")
_AFTER_BANK = re.compile(r"(?<=银行).*$")  # 四家银行省分行: a kind of bank, whatever branch follows
# 指派牵头行中国建设银行鹤岗分行: the bank starts after its role in a syndicate
# (获得该银行贷款: 该 refers to a bank named before, it opens no name)
# (收到来自银行界…的贷款承诺: where the money comes from opens no name)
_TRIM_BANK = _trimmer("该|牵头行|参贷行|代理行|参与行|指派|根据|作为|共同|携手|联合|首单|地区|立足|联系|注入|申请|包含|项下|签署|来自",
                      verbs=False)


_BRAND = re.compile(rf"(?:(?:{_PLACE_FULL})|中国|国家)?(?:{_alternation(lx.BANK_BRANDS)})")


def _start_of_brand(name: str) -> int:
    """Where a bank's name starts when it holds a known brand: at the brand, or the place or 中国 before it (a
    county's or a prefecture's name before a local bank's brand: 龙海农商银行, 郴州农商银行)."""
    found = _BRAND.search(name)
    if found is None:
        return 0
    place = next((n for n in (3, 2) if name.startswith(lx.LOCAL_BANK_BRANDS, found.start())
                  and name[found.start() - n:found.start()] in _place_short_names()), 0)
    return found.start() - place


def enterprises(text: str) -> list[Span]:
    """Banks and their branches; companies by their legal or group suffix."""
    spans = []
    for m in _BANK.finditer(text):
        start = _trimmed_start(text, m.start(), m.end(), _TRIM_SHORT)
        name = text[start:m.end()]
        # 做小微企业的“贴心银行”: a quoted description after 的, not a bank
        # (中国银行阿克苏地区分行: a cue that leaves only the branch's suffix is the place's own word)
        cut = _trimmed_start(name, 0, len(name), _TRIM_BANK)
        start += 0 if name.startswith(_BRANCH_SUFFIXES, cut) else cut
        start += _start_of_brand(text[start:m.end()])
        name = text[start:m.end()]
        # 擦亮“农地银行”金字招牌: a slogan in quotes; 青海省银行金融机构: the province's banks
        slogan = text[start - 1:start] == "“" and _SLOGAN_END.match(text, m.end()) is not None
        if slogan or text.startswith(lx.BANKS_AS_A_KIND, m.end()):
            continue
        # (由国开行、邮储银行、中行、农行…组成: a short form standing alone in a list is the bank)
        if name.startswith((*lx.CENTRAL_BANK, "银行")) or (len(name) < 3 and name not in lx.BANK_SHORT_FORMS) \
                or text[max(0, start - 2):start] == "的“" \
                or (_GENERIC_BANK.search(_AFTER_BANK.sub("", name)) and not _PLACE_START.match(name)):
            continue
        spans.append(Span(start, m.end(), "Enterprise", "bank", "bank_suffix", priority=4))
    for m in _SHORT_FORM.finditer(text):
        place = _PLACE_ENDING.search(text, max(0, m.start() - 8), m.start())
        if place is not None:
            # (黄梅县农发行: the county named in full, not 梅县 inside it)
            whole = place.start() - 1 if text[max(0, place.start() - 1):m.start()] in _division_names() else place.start()
            spans.append(Span(whole, m.end(), "Enterprise", "bank", "bank_suffix", priority=4))
    spans += _credit_cooperatives(text) if "信" in text else []
    spans += _securities_firms(text) if "证券" in text else []
    spans += _lessors(text) if "租赁" in text else []
    spans += _listed_firms(text) if ")" in text else []
    spans += [Span(m.start(), m.end(), "Enterprise", "company", "factory", priority=3) for m in _FACTORY.finditer(text)] \
        if "厂" in text else []
    for m in _near_words(_COMPANY, _COMPANY_SUFFIX_WORDS, text, before=30, after=1):
        end = _subsidiary_end(text, m)
        if text.startswith("化", end):  # 发挥集团化、综合化优势, 公司化运作: a word, not a firm's suffix
            continue
        start = _trimmed_start(text, m.start(), end, _TRIM_FIRM)
        # 集团旗下山西…有限公司: whose firm it is opens no name (旗下企业 alone is no firm)
        start += 2 if _SUBSIDIARY_OF.match(text, start, end) else 0
        # 广西农业产业化龙头企业广西农垦集团: what the firm is said to be stands before its name
        described = _DESCRIBED_AS.match(text, start, end)
        start = described.end() if described else start
        # 兴业银行郑州分行携手中国平煤神马集团…公司: a bank's branch and its partner's firm
        partner = _BRANCH_BEFORE_FIRM.match(text, start, end)
        start = partner.end() if partner and end - partner.end() >= 4 else start
        # 18日绿地控股集团, 2022年第一期望城经开区…公司债券: a date or a bond's year and issue opens no name
        dated = _DATE_BEFORE_NAME.match(text, start, end) if start > 0 and text[start - 1].isdigit() else None
        start = dated.end() if dated else start
        # 电(记者张伟)中国电建集团, 董学彦)河南水利…公司: a byline's bracket closes before the name
        byline = _BYLINE_END.match(text, start, end) or _BYLINE.search(text, start, end)
        start = byline.end() if byline else start
        # 以正大集团、河西制药为龙头: 以 gives the firm a role (以下简称 opens a definition, kept whole)
        start += 1 if text.startswith("以", start) and not text.startswith("以下", start) and end - start > 5 else 0
        # 辽源市首笔国开基础设施基金: a fund's name opens after the words before it; 投放农发基础设施基金3.1亿元:
        # a fund paid out is the money lent, no lender of its own
        lead = list(_FUND_LEAD.finditer(text, start, end)) if text.endswith("基金", start, end) else []
        if lead and lead[-1].group() in _FUND_PAID_OUT:
            continue
        start = lead[-1].end() if lead else start
        name = text[start:end]
        if _DEFINITION_OPENING.match(name):  # (以下简称外三发电公司): a short form the article defines
            continue
        # 龙头企业4家(茅贡米业公司、…): a bracket the name does not close opens it
        opened = text.rfind("(", start, end)
        if opened >= 0 and ")" not in text[opened:end]:
            start, name = opened + 1, text[opened + 1:end]
        core = _COMPANY_SUFFIX_AT_END.sub("", name)
        # (设立项目公司: the firm a project is run by, none named)
        if len(core) >= 2 and not _generic_firm(name) and not core.endswith((*lx.GENERIC_FIRM_HEADS, "项目")):
            # a registered name (…有限公司) holds the zone or project it is named after (赣江新区城市建设投资集团有限公司)
            registered = name.endswith(("有限公司", "有限责任公司"))
            # 中信银行股份有限公司: a bank's registered name; 长江证券股份有限公司: an underwriter's, a financier too
            # 江西省交通投资集团财务有限公司: a group's finance company lends, as a bank does; a leasing
            # company (民生金融租赁股份有限公司) finances what it leases
            # (农发基础设施基金: a fund finances what it invests in)
            kind = "bank" if "银行" in core or core.endswith(("财务", "租赁")) or name.endswith("基金") \
                or (core.endswith("证券") and _underwriting(text, start, end)) else "company"
            if kind == "bank" and _BRANCH_NAME.match(text, end):
                continue  # 中国工商银行股份有限公司大连市分行: the branch is the bank named
            spans.append(Span(start, end, "Enterprise", kind, "company_suffix", priority=7 if registered else 3))
    return spans


# 宁波卷烟厂, 永州复烤厂, 浙江船厂: a place's factory by the name it trades under (not the works a place builds:
# 污水处理厂, 水厂, 电厂, 新工厂; nor 大厂, a county)
_FACTORY = re.compile(rf"{_ANY_PREFECTURE}[{CJK}]{{1,4}}?(?<![水电工理站新建大])(?:总厂|厂)(?![区房长商家矿址])")


_DATE_BEFORE_NAME = re.compile(r"[日月]|年度?(?:第[一二三四五六七八九十\d]{1,3}期)?")
_FUND_PAID_OUT = ("投放", "发放", "运用", "获得", "争取")
_FUND_LEAD = re.compile("|".join(("首笔", "单笔", "额度", "设立", "自", "通过", *_FUND_PAID_OUT)))


# 由国开证券牵头主承销, 华福证券担任主承销商: a securities firm by its short name (not a paper, a market or a
# kind of paper: 上海证券报, 证券交易所, 资产证券化)
# (公告证券代码:600269, 担保证券简称: a notice's heading, no firm)
_SECURITIES_FIRM = re.compile(
    rf"[{CJK}]{{2,6}}?证券(?!报|网|时报|日报|交易|法|投资|化|市场|业|股份|有限|公司|代码|简称|[{CJK}]{{0,2}}债)")
_NOT_SECURITIES_FIRMS = ("中国", "上海", "资产", "有价", "发行")


def _securities_firms(text: str) -> list[Span]:
    spans = []
    for m in _SECURITIES_FIRM.finditer(text):
        start = _trimmed_start(text, m.start(), m.end(), _TRIM_FIRM)
        head = text[start:m.end() - 2]
        if 2 <= len(head) <= 4 and head not in _NOT_SECURITIES_FIRMS:
            kind = "bank" if _underwriting(text, start, m.end()) else "company"
            spans.append(Span(start, m.end(), "Enterprise", kind, "securities_firm", priority=4))
    return spans


# 中关村科技租赁(01601)发布公告, 由交银租赁、工银租赁…, 附属公司绿金租赁与承租人: a leasing company by its short
# name (not the business: 融资租赁, 央企租赁公司, 保障性租赁住房, 租赁资产)
_LESSOR = re.compile(rf"[{CJK}]{{2,8}}?租赁(?![{CJK}])|[{CJK}]{{2,8}}?租赁(?=[与和、等及将向为作在已于共自订签])")
# brands (the head without its 金融 or 融资) that make 租赁 the business or a kind of it, not a firm's name
_NOT_LESSOR_BRANDS = re.compile(r"(?:回|经营|住房|设备|资产|汽车|房屋|土地|绿色|方位|全面|央企|的|将|及出)$"
                                r"|^(?:央企|我市|我省|全市|全省|总部|法人)|给予|采用|开展|提供|通过|加大|发展|签订|订立|推动|支持")


# 协鑫新能源(00451)公布, 中国兴业控股(00132)发布公告, ST新亚(002388): a listed firm by its short name (with
# its ST mark) and stock code
_LISTED_FIRM = re.compile(rf"(?:\*?ST)?[{CJK}]{{2,10}}?(?=\((?:\d{{5}}|\d{{6}}(?:\.S[HZ])?)\))")


def _listed_firms(text: str) -> list[Span]:
    """Firms named as a stock-exchange notice names them: short name, then the stock code in brackets."""
    spans = []
    for m in _LISTED_FIRM.finditer(text):
        start = _trimmed_start(text, m.start(), m.end(), _TRIM_FIRM)
        name = text[start:m.end()]
        if len(name) >= 2 and not _generic_firm(name):
            kind = "bank" if name.endswith(("银行", "租赁")) else "company"
            spans.append(Span(start, m.end(), "Enterprise", kind, "listed_firm", priority=4))
    return spans


def _lessors(text: str) -> list[Span]:
    """Leasing companies by their short names: they finance what they lease, as banks lend (kind bank)."""
    spans = []
    for m in _LESSOR.finditer(text):
        start = _trimmed_start(text, m.start(), m.end(), _TRIM_FIRM)
        owner = text.rfind("公司", start, m.end())  # 该公司附属公司绿金租赁: the lessor is named after its owner
        start = owner + 2 if owner >= 0 else start
        brand = re.sub("(?:金融|融资)$", "", text[start:m.end() - 2])  # (苏银金融租赁, 交银租赁)
        if 2 <= len(brand) <= 6 and not _NOT_LESSOR_BRANDS.search(brand):
            spans.append(Span(start, m.end(), "Enterprise", "bank", "lessor", priority=4))
    return spans


def _underwriting(text: str, start: int, end: int) -> bool:
    """Whether a securities firm underwrites in its sentence (主承销商为长江证券…, 华福证券担任主承销商): then it
    finances the issuer like a bank; elsewhere it is a firm that may borrow (海通国际证券的三年期循环信贷)."""
    sentence = _SENTENCE_END.search(text, end)
    opening = max(text.rfind(c, 0, start) for c in "。;\n")
    return "承销" in text[opening + 1:sentence.start() if sentence else len(text)]


_SENTENCE_END = re.compile(r"[。;\n]")


_DEFINITION_OPENING = re.compile(r"\((?:以下简称|以下称|下称|简称)")
_BYLINE_END = re.compile(r"[^(]*\)")
# (新华网上海6月8日电(张家菱)中芯国际…: a dateline's bracket holds the reporter's name alone)
_BYLINE = re.compile(r"\((?:记者|通讯员|特约)[^()]*\)|(?<=日电)\([^()]{2,8}\)")
_SUBSIDIARY_OF = re.compile(rf"(?:旗下|下属|所属)(?=[{CJK}]{{4}})")
# (中国500强企业水发集团, 入园企业有广东辉胜达…公司, 上述控股股东巴中市…公司: words that end in 企业 or 股东 describe it;
# not 银港企业管理集团, 万向企业集团: 企业 in the firm's own name)
_DESCRIBED_AS = re.compile(rf"[{CJK}\d]*?(?:企业|央企|承揽商|承建商|股东|控制人)(?!管理|集团|银行|发展|服务)有?(?=[{CJK}]{{4}})")
# 兴业银行郑州分行携手中国平煤神马集团…公司: a bank's branch, then the partner whose firm follows
_BRANCH_BEFORE_FIRM = re.compile(r".*(?:分行|支行)(?:携手|联合)")
# 江西省交通投资集团财务有限公司: a group's subsidiary named after it is one firm (not 集团与某公司, 集团旗下某公司)
_GROUP_SUBSIDIARY = re.compile(rf"[{CJK}]{{2,8}}?(?:有限公司|有限责任公司|股份有限公司)")
_NOT_ONE_FIRM = re.compile(rf"[{_ONE_CHARACTER_CUES}]|旗下|下属|子公司")


_BRANCH_COMPANY = re.compile(rf"[{CJK}]{{2,12}}?分公司")


def _subsidiary_end(text: str, m: re.Match[str]) -> int:
    """Where the firm ``m`` reads ends: after the subsidiary's name when ``m`` is a group that one follows, after
    the branch company's when one follows the firm's name (晋能电力集团有限公司嘉节燃气热电分公司)."""
    branch = _BRANCH_COMPANY.match(text, m.end()) if m.group().endswith(("公司", "集团")) else None
    # (哈尔滨乳多宝公司青冈分公司; not 某公司与某分公司)
    if branch is not None and not _NOT_ONE_FIRM.search(branch.group()):
        return branch.end()
    if not m.group().endswith("集团"):
        return m.end()
    sub = _GROUP_SUBSIDIARY.match(text, m.end())
    return sub.end() if sub and not _NOT_ONE_FIRM.search(sub.group()) else m.end()


# ------------------------------------------------------------------- zones
_ZONE_SUFFIX = _alternation(s for s, _ in lx.ZONE_KINDS if len(s) > 1 and s not in ("自治区", "特别行政区"))
# (长沙镇胡桥村: a city's name that a town's or village's name opens with is the town's; 河北新闻网, 辽宁日报, 甘肃农民报,
# 每日甘肃网, 人民网-江西频道: a place that names a newspaper, a site or a channel is no place the article speaks of)
_MEDIA_AFTER = r"(?:日|晚|早|商|时|农民|都市|经济|法制|青年|工人|科技)报|新闻|在线|网|频道|卫视|电视台|广播|证券"
# (新华社北京2月13日电, 中新社北京六月三日电, 央广网北京11月8日消息, 金融时报-农金网河南讯, 张泰欣 北京报道: where the
# news was filed, a dateline, is no place the article speaks of)
_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"  # a day or a month's number (18, 十八)
_DATELINE_AFTER = rf"\s?(?:{_DAY}月{_DAY}日)?(?:电|消息|讯)|报道"
# What, right after a place's name, says the name is no place of its own: a zone, town or village it opens, a
# newspaper or a dateline
_NOT_A_PLACE_AFTER = rf"{_NAME_CHAR}{{0,2}}(?:{_ZONE_SUFFIX})|[镇乡村]|{_MEDIA_AFTER}|{_DATELINE_AFTER}"
_GAZETTEER = re.compile(rf"(?:{_PLACE})(?:省|市|自治区|特别行政区)?(?!{_NOT_A_PLACE_AFTER})")
_MEDIA_NAMED = re.compile(_MEDIA_AFTER)
# the kinds of a protected area (甘肃省金塔县石梁子国家沙化土地封禁保护区, 黄河故道国家湿地公园)
_PROTECTED_AREA_SUFFIXES = "(?:国家级?)?(?:湿地公园|森林公园|地质公园|自然保护区|风景名胜区|沙化土地封禁保护区)|国家公园"
_LONG_ZONE_SUFFIXES = ("高新技术产业开发区|高新技术产业园区|经济技术开发区|经济开发区|特殊综合保税区|综合保税区|出口加工区|集中发展区"
                       "|工业集中区|化工集中区|台商投资区|旅游度假区|保税港区|保税区|"  # (上海外高桥保税区)
                       + _PROTECTED_AREA_SUFFIXES +
                       "|高新技术开发区")  # (黄河三角洲农业高新技术开发区)
# 样板新城, 宜居新城, 四大新城: what a new town is to be, or how many, names none (沣东新城, 空港新城 are names; in
# 重庆市南部新城产业投资集团 the town opens a firm's name)
_NEW_TOWN_WORDS = "科技|文化|生态|能源|健康|养老|国际|航空|宜居|样板|智慧|海湾|创新|科学|文旅"
_DEV_ZONE_SUFFIXES = ("高新技术产业开发区|新技术产业开发区|经济技术开发区|新技术开发区|高新区|经开区|农高区|新区|综合保税区|保税区|出口加工区|自贸区"
                      "|工业园区|产业园区|工业区|新片区|工业园(?!区)|经合区|科学城|科技城|航天城|科创城|产业新城|智造新城"
                      "|(?<!大)(?<!科技创)(?<!科教创)(?<!" + _NEW_TOWN_WORDS + ")新城(?![区镇市置院]|产业投资|投资|集团|公司|控股|实业)"
                      "|(?:产业|工业)集聚区"
                      "|产业聚集区|商务区|综保区|保税港区|软件园|科技园(?!区)|科技创新园|金融区"
                      "|(?<!自治区)(?:国家)?农业科技园区")  # (木垒自治区农业科技园区: the region ranks the park)
_DEV_ZONE = re.compile(
    # 西部(重庆)科学城, 中新(苏州)工业园区: a name with its place in brackets; 西宁(国家级)经济技术开发区 with its rank;
    # 佛山禅城(清新)产业转移工业园: a partner's name, the host place in brackets, then the park's words
    rf"(?:{_ANY_PREFECTURE})?(?:[{CJK}]{{2}}{_PLACE_IN_BRACKETS}|(?:{_PLACE})\((?:国家级|省级)\)|(?:{_PLACE}){_NAME_CHAR}?"
    rf"|(?:{_PLACE})[{CJK}]{{0,2}}\([{CJK}]{{2,3}}\)产业转移"
    rf"|(?<=[、和及即与])(?:{_NAME_CHAR}){{2,4}}?"
    # 加快建设扎哈淖尔工业园区, 批复军粮城工业园区: after a verb of building or approving the name is whole
    rf"|(?<=建设|批复|设立|同意|落户|入驻|位于)(?:{_NAME_CHAR}){{3,4}}?(?=工业园区|工业园|开发区|产业园区)"
    rf"|{_NAME_CHAR}{{2}})"
    rf"(?:{_DEV_ZONE_SUFFIXES})"
    # ;格尔木工业园…, ;北湖开发区…: a clause or list item that opens with a short name before a plain suffix
    rf"|(?:(?<=[,;:、])|^)(?![一二三四五六七八九十两几多各全该本其]){_NAME_CHAR}{{2,3}}?(?:工业园(?!区)|工业园区|开发区)"
    # in a list of zones (西咸新区、杨凌示范区; 分别为济宁新材料产业园区、汶上精细化工区) a short name needs no place before it
    rf"|(?:(?<=[、和及即])|(?<=分别[为是]))(?:{_NAME_CHAR}){{2,8}}?(?:示范区|工业园区|产业园区|开发区|合作区|工业园(?!区)"
    r"|化工园区|化工产业区|化工园(?!区)|化工区)"
    # 阿克苏阿拉尔高新技术产业开发区: the full suffixes are unambiguous, the name before them is whole
    # (found from the suffix backwards: a leading {2,10} would be tried at every position)
    rf"|(?<={_NAME_CHAR}{{2}})(?:{_LONG_ZONE_SUFFIXES})"
    # 区块二:利津循环经济产业园, 在苏银产业园举行: a park's whole name after a pause or a word of place
    rf"|(?<=[,;:、“《\s在于至])(?:{_NAME_CHAR}){{2,10}}?产业园(?!区|项目)"
    # 中韩(惠州)产业园, 广西(北流)轻工产业园: a place in brackets, then the park's words
    rf"|[{CJK}]{{2}}{_PLACE_IN_BRACKETS}{_NAME_CHAR}{{0,10}}?(?:产业园(?!区|项目)|{_DEV_ZONE_SUFFIXES})"
)
_LONG_SUFFIX = re.compile(rf"(?:{_LONG_ZONE_SUFFIXES})$")
_CITY_IN_FULL = re.compile(rf"(?:{_PLACE})市")
# Where a zone's name ends inside a run of names: before a place (…园区新疆…), and a development zone's or a new
# area's anywhere (湘江新区大王山旅游度假区, 建宁经济开发区明溪经济开发区)
_ZONE_END_INSIDE = re.compile(rf"(?:开发区|新区|园区|新城)(?=(?:{_PLACE_BEFORE_NAME}))|(?:开发区|新区)(?={_NAME_CHAR}{{2}})")
_NAME_BEFORE = re.compile(rf"{_NAME_CHAR}{{1,10}}$")
_PILOT_ZONE = re.compile(
    rf"(?:(?:{_PLACE_FULL})?(?:国家|中国)(?:{_PLACE_IN_BRACKETS})?|{_REGION}|{_PLACE_FULL})"
    # 广州人工智能与数字经济试验区: a 与 or 和 may join two fields inside the name
    rf"{_NAME_CHAR.replace(']', '0-9]')}{{2,22}}?(?:[与和]{_NAME_CHAR}{{2,12}}?)?"
    r"(?:自由贸易试验区|综合改革试验区|试验区|示范区|先行区|先导区|实验区|合作区)"
    rf"(?:{_NAME_CHAR}{{2,4}}?片区)?"  # 中国(湖南)自由贸易试验区长沙片区
)
# 临港新片区国际数据经济产业园: a park named after the zone it lies in (not …产业园项目)
_PARK = re.compile(
    rf"(?:{_PLACE_FULL})?{_NAME_CHAR}{{2,4}}?(?:新片区|新区|高新区|经开区|开发区)(?:{_NAME_CHAR}{{2,10}}?产业园(?!区|项目)|{_NAME_CHAR}{{0,10}}?化工园区)"
)
_REGION_ZONE = re.compile(
    rf"(?:{_REGION}|{_PLACE_FULL}){_NAME_CHAR}{{0,8}}?(?:城镇群|城市群|经济圈|都市圈|经济带|经济区|大湾区)"
)
# 关中—天水经济区: two places joined by a dash name one region (looked for before a region only: cheap)
_DASHED_PLACE = re.compile(rf"(?:{_REGION}|{_PLACE_FULL})[—-]$")
# (京津冀区域, 县域: 区域 and 县域 are a region's words, not a district's name)
# (沙尔沁区块: a zone's block, not a district)
# (a township's 乡 and a street's 街道 as well: 龙狮桥乡, 盐龙街道; not 城乡, 下乡, 乡村, 街道办, nor what a place
# is praised as: 鱼米之乡, 著名侨乡, 世界寿乡)
# (全国市辖区: a kind of division)
_ADMIN = re.compile(rf"{_NAME_CHAR}{{2,3}}?(?:[市县区镇](?![市县区镇]|辖|情|域|块|[{CJK}]{{0,1}}(?:级|场|民|委|政府|长))"
                    rf"|(?<![城下返回家故之侨寿通老橘])乡(?![村镇土亲情愁贤音]|[{CJK}]{{0,1}}(?:级|场|民|委|政府|长))"
                    rf"|街道(?!办|[{CJK}]?委))")
_TWO_CHARACTER_CUES = {w for w in (_CUES_SHORT + "|" + _CUES_VERBS).split("|") if len(w) == 2}
# 参观江宁区, 推介两区: verbs of visiting end before a place
_VISIT_VERBS = {"参观", "观摩", "调研", "考察", "走访", "推介", "前往", "来到", "赴", "纵观", "综观"}
_CUES_BEFORE_PLACES = frozenset(_TWO_CHARACTER_CUES | _VISIT_VERBS)
_TRIM_ADMIN = _trimmer("以|其|各|个|市|省|到|" + "|".join(_VISIT_VERBS))
# 一核两区多园: a layout's shorthand, not a district
_LAYOUT_WORDS = re.compile(r"^[一二两三四五六七八九十多][核主带翼区心轴廊园极圈群]")


@lru_cache(maxsize=1)
def _division_names() -> frozenset[str]:
    """Full names of China's prefectures, counties and districts (鹤岗市, 萝北县, 宽城区), from the gazetteer, and
    autonomous counties as the press names them (互助县)."""
    return frozenset(d.name for d in gazetteer.divisions()
                     if d.level != "province" and len(d.name) >= 3 and d.name not in lx.NOT_ZONES) \
        | gazetteer.autonomous_county_short_forms().keys()


@lru_cache(maxsize=1)
def _county_short_names() -> frozenset[str]:
    """Counties' and districts' names without their suffix, three characters and more (阿瓦提, 独山子, 格尔木)."""
    return frozenset(short for short in gazetteer.county_short_names() if len(short) >= 3)


# 上海市外高桥保税区: a full place name, then one or two characters the pattern left before the zone's name
_PLACE_THEN_CHARACTERS = re.compile(rf"(?:{_PLACE})(?:省|市|自治区)({_NAME_CHAR}{{1,2}})$")


def _after_whole_place(text: str, start: int) -> int:
    """高桥保税区 read in 上海市外高桥保税区: the name begins right after the place named in full before it."""
    m = _PLACE_THEN_CHARACTERS.search(text, max(0, start - 10), start)
    return m.start(1) if m else start


# 鹤岗石墨新材料产业园区, 萝北云山石墨产业园区: a name the two-character window cut short begins with the place
# a few characters before it (not when a verb follows the place: 鹤岗建设…产业园区, 惠州市设立…产业园; nor when
# the name begins right after the place, as a place named in full before a zone's own name does; nor when a bank,
# a university or news of the zone stands between: 新疆分行营业部…, 上海财经大学自贸区, 南京官宣江北新区)
_MOST_CUT = 4
_NOT_NAME_WORDS = re.compile("行|大学|学院|公司|集团|宣|关注|增设")
_OPENING_PLACE = re.compile(_ANY_PREFECTURE)


def _with_place_opening(text: str, start: int, end: int) -> int:
    if _OPENING_PLACE.match(text, start, end):
        return start
    for at in range(max(0, start - _MOST_CUT - 3), start - 2):
        place = _OPENING_PLACE.match(text, at, start)
        if place and 0 < start - place.end() <= _MOST_CUT and _NAME_CHARS.fullmatch(text, at, start) \
                and not _verb_before_state(text[place.end():end], _VERB_BEFORE_DEV_ZONE) \
                and not _NOT_PARK_WORDS.search(text, place.end(), start) \
                and not _NOT_NAME_WORDS.search(text, place.end(), start):
            return at
    return start


# 神前陶瓷工业园区, 界牌陶瓷工业园: a two-character name that is only the park's sector (or the end of a longer name)
# takes the run of a name's characters before it, from after the last division, zone, country, date, verb or
# function word (乌干达辽沈工业园: the country holds the park)
_RUN_STOPS = re.compile(rf"[区园城镇县市省]|(?<=\d)[年月日号]|{_alternation(lx.COUNTRIES)}")


def _with_name_run(text: str, start: int, end: int) -> int:
    if not _TWO_CHARACTER_ZONE.fullmatch(text, start, end):
        return start
    run = _NAME_BEFORE.search(text, max(0, start - 6), start)
    # (国际机场周边缺乏综保区: a window that holds a verb named no zone, and takes nothing before it)
    if not run or after_last_function_word(text, run.start(), start + 2) > start:
        return start
    stops = list(_RUN_STOPS.finditer(text, run.start(), start))
    begin = after_last_function_word(text, stops[-1].end() if stops else run.start(), start)
    begin += _verb_before_state(text[begin:end], _VERB_BEFORE_DEV_ZONE)
    if _OPENING_PLACE.match(text, start) and not _place_at(text, begin):
        return start
    named = name_start(text, begin, end) if begin < start else None
    return min(named, start) if named is not None else start


def _place_at(text: str, at: int) -> bool:
    """于田天津工业园区, 沪滇临港昆明科技城: before a place's park only another place (a county, two provinces) opens
    the name (粤水电兰州新区: a firm's short name; 原江苏工业园: a word)."""
    return _OPENING_PLACE.match(text, at) is not None or text[at:at + 2] in gazetteer.county_short_names() \
        or all(ch in lx.PROVINCE_ABBREVIATIONS for ch in text[at:at + 2])


def _with_whole_county(text: str, start: int, end: int) -> int:
    """瓦提工业园区 read in 阿瓦提工业园区: a zone's name that begins inside a county's name begins with it;
    化学工业园区 right after 曹妃甸 begins with the county."""
    shorts = _county_short_names()
    for back in (1, 2):
        for length in range(back + 1, 6):
            if start - back >= 0 and start - back + length <= end and text[start - back:start - back + length] in shorts:
                return start - back
    before = next((n for n in (5, 4, 3) if start >= n and text[start - n:start] in shorts), 0)
    return start - before


def _after_whole_province(text: str, start: int) -> int:
    """族自治区北海银滩国家旅游度假区 read in 广西壮族自治区北海银滩…: a name that begins inside a province's full
    name begins right after it (the province is a place of its own; a name that opens with it keeps it)."""
    for back in range(1, _LONGEST_PROVINCE):
        begin = start - back
        ending = next((begin + len(name) for name in _FULL_PROVINCE_NAMES
                       if begin >= 0 and len(name) > back and text.startswith(name, begin)), None)
        if ending is not None:
            return ending
    return start


_FULL_PROVINCE_NAMES = tuple(name for name in _PROVINCE_NAMES if name.endswith(("省", "自治区")))
_LONGEST_PROVINCE = max(map(len, _FULL_PROVINCE_NAMES))
_COUNT_CHARACTERS = "0123456789一二两三四五六七八九十百"
# 14家, 三家, 首批, 5处: a count and its classifier, after which the kind it counts follows
_COUNT_AND_CLASSIFIER = re.compile(f"[{_COUNT_CHARACTERS}首]+[家个所批处]")


def _after_count(text: str, start: int, end: int) -> int:
    """江苏三家旅游度假区, 首批国家级旅游度假区: where the kind a count names opens (the place counted before it
    is no part of a name); ``start`` when no count is in the way (五家渠 is a place)."""
    counts = [m.end() for m in _COUNT_AND_CLASSIFIER.finditer(text, max(0, start - 1), end)
              if m.end() > start and not _opens_a_place(text, m.start())]
    return counts[-1] if counts else start


def _opens_a_place(text: str, at: int) -> bool:
    """Whether a county's or prefecture's short name starts at ``at`` (五家渠)."""
    return any(text[at:at + size] in _place_short_names() for size in (2, 3, 4))


# 中马钦州产业园区, 中德(沈阳)…: a park two governments build is named with both countries before its place
_PARTNER_COUNTRIES = re.compile("中[马新德韩日法俄白以意欧泰印哈阿瑞奥荷比英美越老柬缅]")


def _with_partner_country(text: str, start: int) -> int:
    if start < 2 or not _PARTNER_COUNTRIES.fullmatch(text, start - 2, start):
        return start
    opens_with_place = any(text.startswith(place, start) for place in _prefecture_shorts())
    return start - 2 if opens_with_place else start


def _with_paired_place(text: str, start: int) -> int:
    """Where a zone's name opens when a place and a dash come before the place it opens with (惠山-贾汪工业园:
    a park two places build together is named with both)."""
    if start < 3 or text[start - 1] not in lx.PLACE_DASHES or not _opens_a_place(text, start):
        return start
    return next((start - 1 - size for size in (2, 3) if text[start - 1 - size:start - 1] in _place_short_names()), start)


_DIVISION_END = re.compile(r"[市县区州盟旗]")
_LONGEST_DIVISION = 15


def _divisions(text: str) -> list[tuple[int, int]]:
    """Where the text names a division in full: looked up at each possible last character, longest first
    (a 3,400-name alternation tried at every position would cost more than all other recognisers)."""
    names = _division_names()
    found = []
    for m in _DIVISION_END.finditer(text):
        end = m.end()
        start = next((end - n for n in range(_LONGEST_DIVISION, 2, -1)
                      if end - n >= 0 and text[end - n:end] in names), None)
        if start is not None and not _inside_a_place_before(text, start):
            found.append((start, end))
    return found


def _inside_a_place_before(text: str, start: int) -> bool:
    """天津市市长: 津市市 opens inside 天津市, the place the text names (a province's or a division's name that
    starts just before and ends inside)."""
    return any(text[start - back:start - back + n] in _divisions_and_provinces()
               for back in (1, 2) for n in range(back + 1, back + 4) if start >= back)


def division_opening(name: str) -> str | None:
    """The division of the gazetteer a name opens with, longest first (镇江市人民政府: 镇江市)."""
    return next((name[:n] for n in range(min(len(name), _LONGEST_DIVISION), 1, -1)
                 if name[:n] in gazetteer.by_name()), None)


def division_kind(name: str) -> str:
    """The Zone kind of a division the gazetteer names (province, city, district or county)."""
    if name in gazetteer.autonomous_county_short_forms():
        return "county"
    level = gazetteer.by_name()[name][0].level
    if level in ("province", "prefecture"):
        return "province" if level == "province" else "city"
    return "district" if name.endswith("区") else "county"


# The longest name each zone pattern can match before its last word (a place, a prefecture, the name's words).
_ZONE_REACH = {"pilot_zone": 60, "development_zone": 24, "region": 20, "park": 30}
_ZONE_WORDS = {
    "pilot_zone": re.compile("试验区|示范区|先行区|先导区|实验区|合作区"),
    "development_zone": re.compile("新区|开发区|高新区|经开区|保税区|出口加工区|自贸区|园区|工业区|工业园|产业园|新片区|集中发展区|工业集中区|化工集中区|台商投资区"
                                   "|示范区|合作区|经合区|科学城|科技城|航天城|科创城|新城|集聚区|聚集区|商务区|综保区|保税港区"
                                   "|软件园|科技园|科技创新园|化工产业区|化工园|旅游度假区|农高区|金融区|"
                                   + _PROTECTED_AREA_SUFFIXES),
    "region": re.compile("城镇群|城市群|经济圈|都市圈|经济带|经济区|大湾区"),
    "park": re.compile("产业园|化工园区"),
}


# 天津商贸服务型国家物流枢纽, 兰州陆港型国家物流枢纽: a hub of the national list, named by its city and its type
_LOGISTICS_HUB = re.compile(rf"(?:{_ANY_PREFECTURE}|{_PLACE})(?:陆港|港口|空港|生产服务|商贸服务|陆上边境口岸)型国家{lx.LOGISTICS_HUB}")
# 综合保税区, 经济技术开发区 alone: a kind of zone, no zone's name
_KIND_WORDS = frozenset(suffix for suffix, _ in lx.ZONE_KINDS)
# 打造具有全球影响力的人工智能产业集聚区: a sector's cluster, not a named zone
_SECTORS_CLUSTER = re.compile(rf"(?:{_alternation(lx.INDUSTRIES)})(?:产业)?(?:集聚区|聚集区)$")


# (1、丽水经济技术开发区(浙江省), 北京市 密云古北水镇国际休闲旅游度假区: a list may give each zone's province, in
# brackets after it or before it on its line; a table copied one cell a line gives its number on the line before,
# 1 / 江西安义工业园区化工集中区, where a chemical park may also be a 化工园, 工业城 or 基地, and a cluster a 产业集群)
_LISTED_ZONE_KINDS = "产业园|园区|开发区|示范区|科技园|试验区|度假区|示范园|集中区|化工园|工业城|基地|产业集群|小镇"
_ZONE_LINE = re.compile(rf"(?m)^[ \t]*(\d{{1,3}}[.、][ \t]*|\d{{1,3}}[ \t]*\n\s*|[·•●◆■▪][ \t]*|[{CJK}]{{2,8}}(?:省|市|自治区)[ \t]+)?"
                        rf"([^\s,。;:、()]{{4,40}}?(?:{_LISTED_ZONE_KINDS}))"
                        rf"[ \t]*(?:\([{CJK}]{{2,10}}\))?[ \t]*$")
# 1.开封精细化工开发区,面积9.34平方公里: a numbered item that opens with the zone and goes on to describe it
_ZONE_ITEM = re.compile(rf"(?m)^[ \t]*\d{{1,3}}[.、][ \t]*([^\s,。;:、()]{{4,40}}?(?:{_LISTED_ZONE_KINDS}))(?=,)")


def _zones_one_a_line(text: str) -> list[Span]:
    """1.北京市密云区现代农业产业园, · 临猗县生活用纸消费品特色园区: the zones a list (a notice's attachment)
    names one a line; a line without a number or bullet counts only beside another such line (a headline
    ending in 示范区 stands alone)."""
    lines = [(m, text.count("\n", 0, m.start()) - text.count("\n\n", 0, m.start())) for m in _ZONE_LINE.finditer(text)
             if not _HEADLINE_VERB.search(m.group(2)) and (not m.group(2).endswith("小镇") or _names_a_town(m.group(2)))
             and m.group(2) + "名单" not in text]  # (…共建体育健康特色小镇名单, then 体育健康特色小镇: the list's kind)
    at = {n: m.group(2) for m, n in lines}
    items = [(m.start(1), m.end(1)) for m in _ZONE_ITEM.finditer(text) if not _HEADLINE_VERB.search(m.group(1))]
    return [Span(start, end, "Zone", _listed_kind(text[start:end]), "listed_zone", priority=8) for start, end in [
        *((m.start(2), m.end(2)) for m, n in lines
          if m.group(1) or at.get(n - 1, m.group(2)) != m.group(2) or at.get(n + 1, m.group(2)) != m.group(2)),
        *items]]


# ,博鳌乐城先行区举行…: a pilot zone's short name opening a clause, with no place the patterns know before it
_CLAUSE_PILOT_ZONE = re.compile(r"(?:^|(?<=[,。;:、\s]))([\u4e00-\u9fff]{2,8}?(?:先行区|试验区|示范区|合作区))")


def _repeated_pilot_zones(text: str) -> list[Span]:
    """A name the article repeats word for word (at least twice) is a name, though no pattern knows its place."""
    # (凭祥试验区 in an article naming 凭祥市 is the short form of a zone named in full elsewhere)
    names = {m.group(1) for m in _CLAUSE_PILOT_ZONE.finditer(text)
             if _zone_name(text, m.group(1), m.end(1)) and not _verb_before_state(m.group(1))
             and not re.search(re.escape(m.group(1)[:2]) + "[市县区州]", text)}
    return [Span(start, end, "Zone", "pilot_zone", "pilot_zone", priority=5)
            for name in names if text.count(name) >= 2 for start, end in find_words(text, [name])]


_QUOTED_REGION = re.compile(r"[“\"]([\u4e00-\u9fff]{3,12}区)[”\"](?=包括|涵盖|覆盖|由)")


def _parks_of_named_counties(text: str, spans: list[Span]) -> list[Span]:
    """哈尔滨市香坊区政府…落户香坊园区: a district the article names, its short name and 园区, is the district's
    park (the short name alone may be a common word: only a district named in full counts)."""
    shorts = {re.sub(r"(?:区|县|市|旗)$", "", text[s.start:s.end]) for s in spans if s.rule == "division"}
    return [Span(start, end, "Zone", "development_zone", "development_zone", priority=6)
            for short in shorts if len(short) >= 2 for start, end in find_words(text, [short + "园区"])]


_DIVISION_SUFFIX = re.compile(r"(?:市|县|区)$")


def _short_divisions(text: str, divisions: list[Span]) -> list[Span]:
    """文昌 in an article that names 文昌市 (or 文昌市政府): a county named in full is that division
    wherever the article gives its short name (not a common word: 新华 of 新华区)."""
    spans = []
    for name, kind in {(text[d.start:d.end], d.kind) for d in divisions}:
        short = _DIVISION_SUFFIX.sub("", name)
        if len(short) < 2 or short == name or common_word(short):
            continue
        spans += [Span(start, end, "Zone", kind, "division_short", priority=1, name=name)
                  for start, end in find_words(text, [short]) if not text.startswith(name, start)]
    return spans


# 赣县区稀金新材料产业园, 曲水县绿色农产品加工园区, 晋江市渔港经济区: a park a division names after itself
# (not 通许县预制菜产业园中央厨房一期项目, works named after the park)
_PARK_AFTER_DIVISION = re.compile(rf"{_NAME_CHAR}{{2,12}}?(?:产业园区|工业园区|产业园|工业园|园区|经济区)"
                                  rf"(?![{CJK}]?区|[^\s,。;:、]{{0,14}}项目)")
# 玉林市集中开竣工…产业园, 巨鹿县举办…产业园, 玉林市各县市区产业园: the division opens a clause, not a name
_NOT_PARK_WORDS = re.compile("集中|开工|竣工|举办|举行|签约|实施|大力|推进|各|[省市县区]")


def _parks_of_divisions(text: str, divisions: list[Span]) -> list[Span]:
    """A division named in full, then the words of a park's sectors: the park is the division's (a verb among
    those words tells of the park instead: 曲水县建设…园区)."""
    spans = []
    opening = {d.end: d.start for d in divisions}
    for division in divisions:
        m = _PARK_AFTER_DIVISION.match(text, division.end)
        # (娄底市区块链产业园: the 区 a sector's name opens with is no division's)
        sectors = _INDUSTRY.sub("", m.group()[:-2]) if m else ""
        if m and not _verb_before_state(m.group(), _VERB_BEFORE_DEV_ZONE) and not _NOT_PARK_WORDS.search(sectors):
            start = opening.get(division.start, division.start)  # 东营市东营区化工产业园: the city opens the name
            spans.append(Span(start, m.end(), "Zone", _listed_kind(m.group()), "division_park", priority=7))
    return spans


_PARK_ENDINGS = ("园区", "产业园", "科技园")


def _listed_kind(name: str) -> str:
    """消费品特色园区 is a park, not a district for its last character."""
    return "development_zone" if name.endswith(_PARK_ENDINGS) else _kind(name, lx.ZONE_KINDS) or "development_zone"


# 山西省政府同意设立古县经济技术开发区 (a headline, and the page repeats it): a line that tells, not a list item
_HEADLINE_VERB = re.compile("同意|获批|批复|设立|成立|打造|建设|升级|认定|命名")


# 上述出口加工区, 以下出口加工区, 该科技产业园: zones referred to, not named (该市高新区 names its place)
_REFERRING = re.compile("上述|前述|这些|以下|该(?![市县区省州旗])")


def _zone_name(text: str, name: str, end: int) -> bool:
    """Whether a pattern's match is a zone's name: not a kind of zone alone, a rank, or a sector's cluster."""
    return (name not in lx.NOT_ZONES and name not in _KIND_WORDS and len(name) >= 4
            and name.removesuffix("产业园") not in lx.PROGRAMME_PARKS  # 现代农业产业园: a kind of park
            and not _REFERRING.match(name) and not (name.startswith("下") and text.endswith("以", 0, end - len(name)))
            and not _RANK_ZONE.search(name) and not _RANK.search(name) and not _RANKED_KIND.search(name)
            and not _ORDINAL.search(name)
            and not (name.endswith(("集聚区", "聚集区")) and _SECTORS_CLUSTER.search(text, max(0, end - 14), end)))


# 天津自贸区…涵盖了三个片区:天津港东疆片区30平方公里、天津机场片区43.1平方公里…: the areas a zone counts out;
# “五园”为中小企业总部园、临空高端产业园…: the parks a layout counts; 分为孟定核心园区、南伞园区和永和园区: the
# parks a zone is divided into, uncounted
_COUNTED_AREAS = re.compile(r"(?:(?:涵盖|包括|包含|分为|划分为|设有)了?[\d一二三四五六七八九十两]+个(?:片区|园区)[::]"
                            r"|[一二三四五六七八九十两]园”?(?:为|即|包括)[::]?"
                            r"|分为(?=[^。;,、]{2,12}?(?:片区|园区)[、和及]))([^。;]{4,200})")
_AREA_ITEM = re.compile(r"(?:^|(?<=[、,和及]))([^,、:;\s\d]{2,20}?(?:片区|园区|园(?=[、,和及以。;]|$)))")


# 依次划分为商贸加工区、电力工业区…和煤炭深加工示范区8个功能分区: the areas listed before their count (as many
# as it counts)
_AREAS_BEFORE_COUNT = re.compile(r"分为((?:[^,、:;\s\d和]{2,14}?区[、和]){1,11}[^,、:;\s\d和]{2,14}?区)"
                                 r" ?(\d{1,2}|[一二三四五六七八九十两]{1,2}) ?个(?:功能分区|功能区|片区|园区|板块)")


def _areas_before_count(text: str) -> set[str]:
    return {name for m in _AREAS_BEFORE_COUNT.finditer(text) for names in [re.split("[、和]", m.group(1))]
            if len(names) == count_value(m.group(2)) for name in names}


def _counted_areas(text: str) -> list[Span]:
    """The areas a zone is said to count, by name, wherever the article names them."""
    names = {item.group(1) for m in _COUNTED_AREAS.finditer(text) for item in _AREA_ITEM.finditer(m.group(1))}
    names |= _areas_before_count(text)
    return [Span(start, end, "Zone", _area_kind(name), "counted_area", priority=7)
            for name in names if name not in lx.NOT_ZONES for start, end in find_words(text, [name])]


# 分别为石炭井片区、惠农片区和农垦片区; “七个功能组团”指北沟临港产业组团、新港现代海洋组团…: two and more areas
# named side by side with the head of a zone's part are its areas, counted or not
_AREA_PART_HEAD = "(?:片区|组团|功能区|核心区)"
_AREA_CHAR = rf"(?:(?![和及与等个的各该为])[{CJK}·])"  # (a joiner, a count or a verb ends an area's name)
_AREA_PART = rf"{_AREA_CHAR}{{2,12}}?{_AREA_PART_HEAD}"
_LISTED_AREAS = re.compile(
    rf"(?:(?<=[,,::;;、“”\s(为即指])|^)({_AREA_PART}(?:(?:、|和|及|以及|与){_AREA_PART})+)(?![{CJK}])"
)
_AREA_PART_NAME = re.compile(_AREA_PART)
# (新规划开发民乐片区、…, 分别为石炭井片区、…: the words before the first area are no part of its name)
_AREAS_OPENER = re.compile(r".*(?:分别为|分别是|包括|包含|分为|开发|依托|建设|规划|打造|推动|形成|[即指有在以])")
_AREA_PART_WORD = re.compile(_AREA_PART_HEAD)  # a cheap look first: most texts name no area


def _listed_areas(text: str) -> list[Span]:
    """Areas named side by side, each with a part's head (and wherever the article names them again)."""
    names = set()
    for m in _LISTED_AREAS.finditer(text):
        items = [item.group() for item in _AREA_PART_NAME.finditer(m.group(1))]
        opener = _AREAS_OPENER.match(items[0])
        first = items[0][opener.end():] if opener else items[0]
        names |= {first if _AREA_PART_NAME.fullmatch(first) else items[0], *items[1:]}
    return [Span(start, end, "Zone", _area_kind(name), "listed_area", priority=7)
            for name in names if name not in lx.NOT_ZONES for start, end in find_words(text, [name])]


# 位于仙游经济开发区五里岭片区, 安庆经开区菱北片区: an area named right after its zone is the zone's
_AREA_AFTER_ZONE = re.compile(rf"{_AREA_CHAR}{{2,4}}?片区")
_ZONES_WITH_AREAS = ("development_zone", "pilot_zone")


def _areas_of_zones(text: str, zones: list[Span]) -> list[Span]:
    found = [_AREA_AFTER_ZONE.match(text, zone.end) for zone in zones if not text.endswith("片区", 0, zone.end)]
    return [Span(m.start(), m.end(), "Zone", "development_zone", "area_of_zone", priority=7) for m in found if m]


def _area_kind(name: str) -> str:
    """An area a zone counts is no division for its last character (仓储物流区 is a part of a park)."""
    kind = _listed_kind(name)
    return "development_zone" if kind == "district" else kind


@lru_cache(maxsize=1)
def _two_character_counties() -> dict[str, tuple[str, ...]]:
    """忠县, 岷县, 荣县 -> the names of their province and prefecture, full and short (重庆市, 重庆; 定西市, 定西)."""
    province_shorts = {full: short for short, full in lx.PROVINCES.items()}
    found: dict[str, tuple[str, ...]] = {}
    for d in gazetteer.divisions():
        if d.level == "county" and len(d.name) == 2 and d.name.endswith("县"):
            places = {d.province, d.prefecture} - {""}
            shorts = {province_shorts.get(place) or gazetteer.prefecture_short(place) for place in places} - {"", None}
            found[d.name] = tuple(places | shorts)
    return found


def _two_character_shorts(text: str, divisions: list[Span]) -> frozenset[str]:
    """肇源 when the article names 肇源县, 霞山 when it names 霞山区: the two-character short names of the counties
    and districts it names in full (too short to be trusted where the article does not)."""
    return frozenset(short for d in divisions if d.kind in ("county", "district")
                     for short in [_DIVISION_SUFFIX.sub("", text[d.start:d.end])] if len(short) == 2)


def _counties_of_two_characters(text: str) -> list[Span]:
    """重庆市忠县, 定西市岷县, 四川荣县: a county whose name is two characters (too short to be looked up
    anywhere: 现代县域 holds 代县) is one after its province or prefecture or before 支行, and then wherever the
    article names it outside a word."""
    counties = _two_character_counties()
    at = [(m.start() - 1, text[m.start() - 1:m.end()]) for m in re.finditer("县", text) if m.start() > 0]
    # (赣县区, 沙县区: counties that became districts keep the old name inside the new)
    at = [(start, name) for start, name in at if name in counties and not text.startswith(("县域", "县区", "县市"), start + 1)]
    # (农发行彬县支行: a bank's sub-branch is named after a real county; 省市分行和县支行: levels of branches)
    anchored = {name for start, name in at if text[max(0, start - 8):start].endswith(counties[name])
                or (text.startswith("支行", start + 2) and name[0] not in "和及与各")}
    return [Span(start, start + 2, "Zone", "county", "division", priority=3) for start, name in at
            if name in anchored and not crosses_a_word(text, start)]


# 盐城射阳无损探伤设备特色产业基地, 邹平国家高端铝材高新技术产业化基地, 通海县国家外贸转型升级基地(泵阀): bases a
# ministry recognises are zones (the product in brackets is their sector, no part of the name); the kind with its
# ranks, a count or a province alone (国家火炬特色产业基地, 10家国家…, 云南省外贸转型升级基地) names none
_RECOGNISED_BASE_KIND = re.compile(_alternation(lx.RECOGNISED_BASE_KINDS))
_RECOGNISED_BASE = re.compile(rf"(?:{_NAME_CHAR}|[及和]){{2,30}}?(?:{_RECOGNISED_BASE_KIND.pattern})")
_BASE_RANK = r"\d{4}年度?|年度?|第[一二三四五六七八九十]+批|[首一]批|唯一|\d*家|国家级|省级|自治区级|国家|火炬|计划|高新技术"
_BASE_RANKS = re.compile(rf"^(?:{_BASE_RANK})*|(?:{_BASE_RANK})*$")
# (外贸基地入选国家外贸转型升级基地, 聚力构建文登西洋参特色产业基地: a verb before the base's name)
_TRIM_BASE = _trimmer("入选|获批|认定|核定|列入|评为|成为|构建|被|共有|拥有")


def _recognised_bases(text: str) -> list[Span]:
    """The bases a ministry recognises that the text names (by their kind, with a name before it)."""
    spans = []
    for m in _near_words(_RECOGNISED_BASE, _RECOGNISED_BASE_KIND, text, before=30, after=0):
        kind = next(k for k in lx.RECOGNISED_BASE_KINDS if m.group().endswith(k))
        start = name_start(text, _trimmed_start(text, m.start(), m.end() - len(kind), _TRIM_BASE), m.end(),
                           suffix=len(kind))
        core = _BASE_RANKS.sub("", text[start:m.end() - len(kind)]) if start is not None else ""
        if len(core) >= 2 and core not in lx.PROVINCES and core not in lx.PROVINCES.values():
            spans.append(Span(start, m.end(), "Zone", "development_zone", "recognised_base", priority=6))
    return spans


# 临清市纺织特色产业集群, 太和县筛网特色产业集群(基地), 山东济南高新区(人工智能)特色产业集群: a cluster a
# government recognises is named after its place and is a zone (电子信息材料产业集群, 四大百亿级产业集群: a
# sector's cluster or a count, no place, is not)
_CLUSTER_WORD = re.compile("产业集群")  # the word every kind of cluster holds
_CLUSTER_KINDS = _alternation(lx.CLUSTER_KINDS)
_CLUSTER_KIND = re.compile(rf"(?:{_CLUSTER_KINDS})$")
_CLUSTER = re.compile(rf"(?:{_NAME_CHAR}|[()]){{2,30}}?(?:{_CLUSTER_KINDS})")
# (邛崃三大产业集群, 珠海市千亿级新材料产业集群, …县情说明暨…, 浙江区域特色产业集群: a count, a size, an event
# or a kind)
_NOT_A_CLUSTER = re.compile(r"[一二两三四五六七八九十百千万亿\d]+(?:大|个|级|亿)|暨|区域")
_SHORTEST_CLUSTER_CORE = 4  # a place and a sector (湖南省产业集群 names the province's clusters, 新兴产业集群 a kind)


def _clusters(text: str) -> list[Span]:
    """The clusters the text names after their place (with a sector between the place and the kind)."""
    spans = []
    for m in _near_words(_CLUSTER, _CLUSTER_WORD, text, before=32, after=4):
        start = name_start(text, _trimmed_start(text, m.start(), m.end(), _TRIM_BASE), m.end(), suffix=4)
        name = text[start:m.end()] if start is not None else ""
        core = _CLUSTER_KIND.sub("", name)
        if len(core) >= _SHORTEST_CLUSTER_CORE and _opens_with_place(core) and not _NOT_A_CLUSTER.search(core):
            spans.append(Span(start, m.end(), "Zone", "development_zone", "cluster", priority=6))
    return spans


# 乌干达, 老挝: the countries where parks and works abroad lie
_COUNTRY = re.compile(_alternation(lx.COUNTRIES))
# 栾城区航空小镇, 列屿核电小镇, 颍州区中原花都·芳香小镇: a characteristic town a province lists or a county builds
# is a zone named before its kind (省级特色小镇, 第一批特色小镇, 三个风情小镇: a rank, a count or a kind, no name)
_TOWN_WORD = re.compile("小镇")
# (木业小镇项目, “月光城”小镇建设项目: a work that builds the town; 体育健康特色小镇名单: the kind a list names)
_TOWN = re.compile(rf"(?:{_NAME_CHAR}|·|“[^“”]{{1,12}}”){{2,24}}?小镇(?![^,。;、]{{0,8}}项目|名单)")
_TOWN_KINDS = re.compile(r"(?:特色|风情|旅游|文旅|康养|休闲|产业|工业|农业|生态|文化|美丽|魅力|精品)*$")
_NOT_A_TOWN = re.compile(r"[一二两三四五六七八九十百千万\d]+(?:大|个|批|家|类)|省级|市级|国家级|首批|这|该|打造|创建|建设|培育|命名"
                         r"|各类|部分|全国|现有|不得")


def _towns(text: str) -> list[Span]:
    """The characteristic towns the text names (a name of two characters or more before the kind)."""
    spans = []
    for m in _near_words(_TOWN, _TOWN_WORD, text, before=26, after=10):
        start = name_start(text, _trimmed_start(text, m.start(), m.end(), _TRIM_BASE), m.end())
        name = text[start:m.end()] if start is not None else ""
        if "暨" in name:  # 古城提质扩容建设项目暨香格里拉“月光城”小镇: the town's name follows 暨
            start += name.rindex("暨") + 1
            name = text[start:m.end()]
        if _names_a_town(name):
            spans.append(Span(start, m.end(), "Zone", "development_zone", "characteristic_town", priority=6))
    return spans


def _names_a_town(name: str) -> bool:
    """Whether a name ending in 小镇 names one town: not a rank, a count or a place's towns."""
    core = _TOWN_KINDS.sub("", name.removesuffix("小镇")).removeprefix("年")  # (2017年广东特色小镇: a year first)
    # (甘肃省特色小镇, 广东特色小镇: a province's towns, none named)
    return len(core) >= 2 and not _NOT_A_TOWN.search(name) and not gazetteer.is_place_name(core)


def _opens_with_place(name: str) -> bool:
    """Whether a name opens with a province's, prefecture's or county's name, full or short (莘县, 临清)."""
    return bool(_ANY_PLACE_START.match(name)) or _opens_a_place(name, 0) \
        or any(name[:n] in gazetteer.by_name() for n in (2, 3, 4, 5))


_PORT_KIND = re.compile(_alternation(lx.PORT_KINDS))
# a port, a port's area or the site customs designate there, named after its place (a word or two may come between);
# 重庆机场口岸海关, 甘肃省口岸管理办公室, 口岸经济 name a body or a sector
_PORT = re.compile(rf"(?:{_ANY_PREFECTURE}){_NAME_CHAR}{{0,20}}?指定监管场地"
                   rf"|(?:{_ANY_PREFECTURE}){_NAME_CHAR}{{0,14}}?(?:口岸|港区)(?:{_NAME_CHAR}{{2,4}}?(?:港区|作业区))?(?!海关|管理|办|经济)")
# (海南继三亚机场口岸之后: 继 opens the phrase, not the port's name)
_TRIM_PORT = _trimmer("继")
_PROVINCE_PORTS = re.compile(rf"(?:{_alternation([*lx.PROVINCES, *lx.PROVINCES.values()])})(?:政府|边境|沿边)?口岸")
# a designated site is named after the port, airport or bonded zone it lies in (重庆三个海关指定监管场地 counts them)
_SITE_HOST = re.compile("进境|口岸|机场|港|保税|铁路|场站")


def _ports(text: str) -> list[Span]:
    """Ports and the areas customs supervise that the text names, each opening with its place (重庆机场口岸,
    泉州港口岸石井作业区, 烟台综合保税区进境食用水生动物指定监管场地); 保税港区 is a bonded zone's kind."""
    spans = []
    for m in _near_words(_PORT, _PORT_KIND, text, before=30, after=2):  # (after: what the lookahead reads)
        start = name_start(text, _trimmed_start(text, m.start(), m.end() - 2, _TRIM_PORT), m.end())
        name = text[start:m.end()] if start is not None else ""
        site = name.endswith("指定监管场地")
        # (甘肃省第一个铁路开放口岸 counts; 福建省口岸, 广西边境口岸 are a province's ports, no port's name)
        if _ANY_PLACE_START.match(name) and not name.endswith("保税港区") and "海关" not in name \
                and not _COUNT_AND_CLASSIFIER.search(name) and _PROVINCE_PORTS.fullmatch(name) is None \
                and not (site and not _SITE_HOST.search(name)):
            # (a port named before a work's own words is part of the work's name: 海南洋浦港区疏港大道二期工程项目)
            spans.append(Span(start, m.end(), "Zone", "port", "port", priority=6))
    return spans


def zones(text: str) -> list[Span]:
    spans = [Span(start, end, "Zone", division_kind(text[start:end]), "division", priority=3)
             for start, end in _divisions(text)]
    spans += _counties_of_two_characters(text)
    named_shorts = _two_character_shorts(text, spans)
    for pattern, rule in ((_PILOT_ZONE, "pilot_zone"), (_DEV_ZONE, "development_zone"), (_REGION_ZONE, "region"),
                          (_PARK, "park")):
        for m in _near_words(pattern, _ZONE_WORDS[rule], text, before=_ZONE_REACH[rule]):
            begin = _with_cut_word(text, m.start(), m.end()) if rule == "development_zone" else m.start()
            dashed = _DASHED_PLACE.search(text, max(0, begin - 8), begin) if rule == "region" else None
            begin = dashed.start() if dashed else begin
            suffix = _LONG_SUFFIX.search(m.group()) if rule == "development_zone" else None
            if suffix is not None:  # 阿克苏阿拉尔高新技术产业开发区: the whole name before a long suffix
                at = begin + suffix.start()
                before = _NAME_BEFORE.search(text, max(0, at - 10), at)
                begin = min(begin, before.start()) if before else begin
                # 浙江鹿城经济开发区浙江乐清湾临港经济开发区: names run together start after the one before
                ended = list(_ZONE_END_INSIDE.finditer(text, begin, at))
                begin = ended[-1].end() if ended else begin
            start = begin + _verb_before_state(text[begin:m.end()],
                                               _VERB_BEFORE_DEV_ZONE if rule == "development_zone" else _VERB_BEFORE_ZONE)
            firm = _FIRM_IN_ZONE.match(text, start, m.end())  # 中国银行四川高新技术产业开发区…: the zone follows the firm
            start = firm.end() if firm else start
            # 上海市外高桥保税区: a city named in full before a bonded zone's name is a place of its own (as it is
            # before the two-character names of the shorter suffixes)
            city = _CITY_IN_FULL.match(text, start) if suffix is not None and suffix.group() == "保税区" else None
            start = city.end() if city and m.start() + suffix.start() - city.end() >= 2 else start
            if rule == "park":  # 南京江宁滨江经济开发区新一代信息通信产业园: the park opens with the whole zone
                start = min([start, *(s.start for s in spans if s.rule == "development_zone" and s.start < start < s.end)])
            start = _after_whole_province(text, _with_whole_county(text, start, m.end()))
            # 肇源大广工业园区 in an article that names 肇源县: the county's short name opens the zone's
            start -= 2 if text[max(0, start - 2):start] in named_shorts else 0
            start = _after_whole_place(text, start) if rule == "development_zone" else start
            start = _with_place_opening(text, start, m.end()) if rule == "development_zone" else start
            start = _with_paired_place(text, _with_partner_country(text, start))
            if _after_count(text, start, m.end()) != start:  # 14家省级高新技术产业园区: a kind counted, no name
                continue
            start += 1 if text.startswith("个月", start - 1) else 0  # 5个月高新区签约…: months, then the zone
            # (2021年大龙经济开发区, 2014年度产业集聚区: a year, then the zone)
            start += (2 if text.startswith("年度", start) else 1) if text[start] == "年" and start > 0 \
                and text[start - 1].isdigit() else 0
            if _cut_from_a_word(text, start, m.end()):
                continue
            start = _with_name_run(text, start, m.end()) if rule == "development_zone" else start
            name = text[start:m.end()]
            if _zone_name(text, name, m.end()):
                spans.append(Span(start, m.end(), "Zone", _kind(name, lx.ZONE_KINDS), rule, priority=6))
    # 分别定名为南昌县汽车及零部件产业园、鹰潭移动物联网产业园: the names an approval gives are zones
    # (and wherever the article names them again)
    named = {name for m in _NAMED_AS.finditer(text) for name in m.group(1).split("、")}
    for name in named:
        spans += [Span(start, end, "Zone", _kind(name, lx.ZONE_KINDS) or "development_zone", "named_zone",
                       priority=8) for start, end in find_words(text, [name])]
    spans += [Span(m.start(), m.end(), "Zone", "development_zone", "logistics_hub", priority=7)
              for m in _LOGISTICS_HUB.finditer(text)] if lx.LOGISTICS_HUB in text else []
    spans += _zones_one_a_line(text)
    spans += _recognised_bases(text)
    spans += _clusters(text) if _CLUSTER_WORD.search(text) else []
    spans += _towns(text) if _TOWN_WORD.search(text) else []
    # (the lowest priority: a firm's or a zone's name that opens with its country keeps it)
    spans += [Span(m.start(), m.end(), "Zone", "country", "country", priority=1) for m in _COUNTRY.finditer(text)]
    spans += _ports(text) if _PORT_KIND.search(text) else []
    spans += _counted_areas(text) if any(cue in text for cue in ("个片区", "个园区", "园”为", "园为", "分为", "个功能")) else []
    spans += _listed_areas(text) if _AREA_PART_WORD.search(text) else []
    spans += _areas_of_zones(text, [s for s in spans if s.kind in _ZONES_WITH_AREAS]) if "片区" in text else []
    spans += _parks_of_named_counties(text, spans)
    spans += _parks_of_divisions(text, [s for s in spans if s.rule == "division"])
    spans += _short_divisions(text, [s for s in spans if s.rule == "division" and s.kind in ("county", "city")])
    spans += _repeated_pilot_zones(text)
    # “创新驱动引领区”包括昆明市、曲靖市: a region a plan names in quotes and then makes of places
    spans += [Span(m.start(1), m.end(1), "Zone", "region", "quoted_region", priority=7)
              for m in _QUOTED_REGION.finditer(text)]
    spans += _prefecture_zones(text) + _listed_prefectures(text) + _autonomous_prefectures(text) + _bare_prefectures(text)
    for m in _GAZETTEER.finditer(text):
        name = m.group()
        # 浙江省省级…: the place ends at its own suffix; 大庆省级以上: only a province takes 省
        if name[-2:] in ("省省", "市市") or (name[-1] == "省" and name[:-1] not in lx.PROVINCES):
            name = name[:-1]
        # (南太湖新区滨湖北片: a province's bare short name inside a word, 滨湖, names none)
        if name in lx.PROVINCES and crosses_a_word(text, m.start()):
            continue
        kind = _kind(name, lx.ZONE_KINDS) if name[-1] in "省市区" else _place_kind(name)
        spans.append(Span(m.start(), m.start() + len(name), "Zone", kind, "gazetteer", priority=2))
    for m in _ADMIN.finditer(text):
        start = _trimmed_start(text, m.start(), m.end() - 1, _TRIM_ADMIN)
        if text[start - 1:start + 1] in _CUES_BEFORE_PLACES:  # 包括安宁市: the window began inside the cue
            start += 1
        name = text[start:m.end()]
        # (岷县县城: a two-character county, then its seat; 港区不设保税区: one character before a kind of zone;
        # 温州都市报: a newspaper; 木垒自治区农业科技园区: a rank, the regions themselves are the gazetteer's)
        if _MEDIA_NAMED.match(text, m.end()) or text.startswith("报", m.end()) or name.endswith("自治区") \
                or _after_count(text, start, m.end()) != start:  # (17家度假区: a count of areas)
            continue
        # (靖边两县, 眉资四市: places counted, not named)
        if not (3 <= len(name) <= (5 if name.endswith("街道") else 4) and not name.endswith(lx.NOT_ZONES) and name[-1] != name[-2]
                and name[-2] not in _COUNT_CHARACTERS
                and not name.endswith(_THREE_CHARACTER_KINDS)
                and not name.startswith(lx.NOT_ZONE_STARTS) and not _LAYOUT_WORDS.match(name)):
            continue
        # 特色商业区 read as 色商业区: a division's name does not open inside a word, unless a known division follows
        # the word (目前万象市); a town's may (静观镇)
        if name[-1] in "镇乡":
            start = _town_start(text, start, m.end())
            name = text[start:m.end()]
        elif (after_word := after_crossing_word(text, start)) != start:
            if text[after_word:m.end()] not in gazetteer.by_name():
                continue
            start, name = after_word, text[after_word:m.end()]
        spans.append(Span(start, m.end(), "Zone", _kind(name, lx.ZONE_KINDS), "admin_suffix", priority=1))
    return spans


@lru_cache(maxsize=1)
def _place_short_names() -> frozenset[str]:
    """关岭, 邛崃, 三亚: counties' and prefectures' names without their suffix (autonomous counties as the press
    names them)."""
    return gazetteer.county_short_names() | _prefecture_shorts() \
        | {name[:-1] for name in gazetteer.autonomous_county_short_forms()}


def _town_start(text: str, start: int, end: int) -> int:
    """岭板贵乡 read in 关岭板贵乡, 地莲花镇 in 落地莲花镇: a town's name opens after the county's short name or the
    word the window began inside, when three characters and more are left (静观镇 keeps its 静观; 麻城中馆驿镇
    opens after 麻城)."""
    shorts = _place_short_names()
    if any(text[begin:start] in shorts for begin in range(max(0, start - 4), start - 1)):
        return start
    for cut in (1, 2):
        if end - start - cut >= 3 and any(text[begin:start + cut] in shorts for begin in range(max(0, start + cut - 4), start)):
            return start + cut
    after_word = after_crossing_word(text, start)
    return after_word if end - after_word >= 3 else start


_THREE_CHARACTER_KINDS = tuple(kind for kind, _ in lx.ZONE_KINDS if len(kind) == 3 and kind != "自治区")
_FIRM_IN_ZONE = re.compile(r".*(?:银行|公司|集团|支行|分行)")  # (农发行建始县支行助力新产业园区: the bank's, then the zone)
# 张家口经开区: a prefecture's short name may be the whole name (looked up before the kind of zone: an
# alternation of every prefecture tried at each position would double the cost of the zone patterns)
_ZONE_KIND_AFTER_PLACE = re.compile(r"经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|新区|综合保税区|工业园区")


@lru_cache(maxsize=1)
def _prefecture_shorts() -> frozenset[str]:
    return frozenset(gazetteer.prefecture_short_names())


@lru_cache(maxsize=1)
def _bare_prefecture_list() -> re.Pattern[str]:
    """Two or more prefecture cities named bare, one after another (四平、辽源、通化)."""
    cities = sorted({d.name[:-1] for d in gazetteer.divisions() if d.level == "prefecture" and d.name.endswith("市")
                     and len(d.name) >= 3}, key=len, reverse=True)
    city = _alternation(cities)
    return re.compile(rf"(?:{city})(?:[、和及与](?:{city}))+(?=[^{CJK}]|[等地市三两四五六七八九十和及为的在]|$)")


# What may stand right before such a list: no character of a name, a province (福建宁德…), a verb of listing
_BEFORE_PLACES = re.compile(rf"(?:[^{CJK}]|[省括在至与和及]|{_alternation(lx.PROVINCES)})$")


def _listed_prefectures(text: str) -> list[Span]:
    """四平、辽源、通化, 宁德、南平、莆田等地: bare names of prefecture cities in a list of them (one alone may
    be a common word: 安康, 来宾, 日照)."""
    spans = []
    for m in _bare_prefecture_list().finditer(text):
        if m.start() > 0 and not _BEFORE_PLACES.search(text, max(0, m.start() - 3), m.start()):
            continue
        at = m.start()
        for item in re.split(r"[、和及与]", m.group()):
            spans.append(Span(at, at + len(item), "Zone", "city", "gazetteer", priority=2))
            at += len(item) + 1
    return spans


@lru_cache(maxsize=1)
def _autonomous_prefecture() -> re.Pattern[str]:
    return re.compile(_alternation(gazetteer.autonomous_prefecture_short_forms()))


@lru_cache(maxsize=1)
def _bare_prefecture_names() -> dict[str, str]:
    """湖州 -> 湖州市, 兴安 -> 兴安盟: prefectures the lexicon's places leave out, by their short names (not words:
    白山, 安康)."""
    return {short: d.name for d in gazetteer.divisions() if d.level == "prefecture"
            for short in [gazetteer.prefecture_short(d.name)]
            if len(short) >= 2 and short not in (*lx.CITIES, *lx.PREFECTURES_THAT_ARE_WORDS) and not common_word(short)}


@lru_cache(maxsize=1)
def _bare_prefecture() -> re.Pattern[str]:
    # (湖州南太湖新区: the zone's name; 湖州日报: a newspaper; 朝阳路: a street; 湖州市: the full name, read as one)
    return re.compile(rf"(?:{_alternation(_bare_prefecture_names())})(?!{_NOT_A_PLACE_AFTER}|[市路街巷]|大道|社区)")


def _bare_prefectures(text: str) -> list[Span]:
    """落户湖州, 批准郴州建设…: a prefecture by its short name alone, where no common word crosses its edges."""
    full = _bare_prefecture_names()
    return [Span(m.start(), m.end(), "Zone", "city", "division_short", priority=2, name=full[m.group()])
            for m in _bare_prefecture().finditer(text)
            if not crosses_a_word(text, m.start()) and not crosses_a_word(text, m.end())]


def _autonomous_prefectures(text: str) -> list[Span]:
    """海西州, 黔西南州: an autonomous prefecture by the short form the press uses (named in full by resolution)."""
    return [Span(m.start(), m.end(), "Zone", "city", "prefecture_short_form", priority=3)
            for m in _autonomous_prefecture().finditer(text)]


def _prefecture_zones(text: str) -> list[Span]:
    names = _prefecture_shorts()
    spans = []
    for m in _ZONE_KIND_AFTER_PLACE.finditer(text):
        start = next((m.start() - n for n in (4, 3, 2) if text[max(0, m.start() - n):m.start()] in names), None)
        if start is not None and start >= 0:
            spans.append(Span(start, m.end(), "Zone", _kind(text[start:m.end()], lx.ZONE_KINDS), "development_zone",
                              priority=6))
    return spans
_NAMED_ITEM = r"[^,。;:、()“”\"\s]{4,24}"
_NAMED_AS = re.compile(rf"(?:{_alternation(lx.NAMING_WORDS)})({_NAMED_ITEM}(?:、{_NAMED_ITEM})*)(?=[,。;(]|$)")


# 为台州湾新区: the shortest name, two characters before the kind of zone
_TWO_CHARACTER_ZONE = re.compile(rf"{_NAME_CHAR}{{2}}(?:{_DEV_ZONE_SUFFIXES})")
_NAME_CHARS = re.compile(rf"{_NAME_CHAR}+")


def _with_cut_word(text: str, start: int, end: int) -> int:
    """Where a zone's two-character name starts when the window began inside a word: 台州湾新区, not 州湾新区."""
    # (沈大国家高新区: 国家 is the zone's rank, not the end of a name that 大国 would open)
    if not _TWO_CHARACTER_ZONE.fullmatch(text, start, end) or text.startswith(("国家", "省级"), start):
        return start
    opening = crossing_name_start(text, start)
    # (其中江苏工业园区: the word 中江 itself begins inside 其中, and the window was right)
    whole = _NAME_CHARS.fullmatch(text, opening, start) and not crosses_a_word(text, opening)
    return opening if whole else start


def _cut_from_a_word(text: str, start: int, end: int) -> bool:
    """数字经济创新区: a two-character name before 新区/高新区 that is, or starts inside, a common word
    is the end of a phrase, not a zone."""
    bare = re.fullmatch(r"(..)(?:新区|高新区|经开区)", text[start:end])
    return bool(bare and (bare.group(1) in lx.NOT_ZONE_HEADS or text[start - 1:start + 1] in lx.NOT_ZONE_HEADS))


# 国家级新区, 省级高新区: a rank, not a name
_RANK_ZONE = re.compile(r"^.?级")
# 上述国家级经济技术开发区, 实行省级经济开发区: a rank right before the kind of zone, whatever precedes it
_RANKED_KIND = re.compile(r"级(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|经开区|开发区|新区|产业园区|工业园区|产业园|园区)$")
_RANK = re.compile(r"^(?:国家|.)级")
# 中国第六个保税港区: which one in a count, no name
_ORDINAL = re.compile(r"第[\d一二三四五六七八九十百]+[个家批]")
# 干部参观平利县陈家坝工业集中区, 宾朋齐聚海门经济技术开发区, 中国共有保税港区, 后由出口加工区, (含东疆保税港区):
# a visit, a count, an agent or what a zone holds before a zone opens no name (自由贸易试验区 keeps its 由, 含山县 its 含);
# nor does a class of zones (重点县域工业园区), an approval (国务院批准福州台商投资区) or a deal's landing (一单花落郴州…)
_ZONE_OPENING_CUES = "|".join([*sorted(_VISIT_VERBS), *lx.LOCATION_TRIGGERS, "齐聚", "介绍", "有关", "组织", "共有", "均有", "设有",
                               "首个", "不设", "公示", "开展", "(?<!自)由", "含(?!山)", "县域", "批准", "批复",
                               "花落", "而"])
_VERB_BEFORE_ZONE = re.compile(
    r"^.*(?:建设|支持|创建|申建|筹建|打造|推进|推动|启动|加快|获批|成为|争创|设立|关于|印发|总结|推广|推介|完善|以|继"
    r"|组建|双方共建|大力发展|重点发展|着力发展|" + _ZONE_OPENING_CUES + ")"
)
# 统筹协调新区规划: before 新区 a verb is no name (then the bare 新区 is dropped); 搬迁至, 全面改造提升 a zone: the move's goal
_VERB_BEFORE_DEV_ZONE = re.compile(
    # (人力资源服务产业园, 服务外包产业园: a service the park is for, no verb)
    r"^.*(?:建设|支持|助力|创建|申建|筹建|打造|推进|推动|启动|加快|获批|成为|争创|设立|协调|负责|统筹|规划|管理|服务(?!产业园|外包)"
    r"|带动|联动|申报|进驻"
    r"|提出|明确|要求|指出|表示|认为|鼓励|引导|全面|整个|关于|同意|认定|评定|升级|印发|推介|完善|以|包括|涵盖|包含|下辖|范围"
    r"|覆盖|依托|促进|其中|并|无|纳入|划入|并入|分别|作为|属于|隶属|发挥|进入|力争|全国|全省|全市|各类|现有|拥有|已有|继|至|提升"
    r"|重视|晋升|晋级|公布|发布"
    r"|组建|双方共建|大力发展|重点发展|着力发展|" + _ZONE_OPENING_CUES + ")"
)


def _verb_before_state(name: str, verbs: re.Pattern[str] = _VERB_BEFORE_ZONE) -> int:
    """陕西省建设国家…试验区: the zone starts after the verb."""
    m = verbs.match(name)
    return m.end() if m else 0


def _place_kind(short: str) -> str:
    full = lx.PROVINCES.get(short, short + "市")
    return _kind(full, lx.ZONE_KINDS) or "city"


# -------------------------------------------------------------- industries
# (订立融资租赁, 融资租赁协议: a deal made, not the sector)
_INDUSTRY = re.compile(rf"(?<!订立|签订|签署|采用)(?:{_alternation(lx.INDUSTRIES)})(?!协议|合同|方式|本金|利息|租金)")
# (潮州临港产业转移工业园: a park for industries moving in, no sector)
# (农业产业化龙头企业: agriculture made an industry, no sector of its own)
# (海峡两岸产业合作区: a zone where industries of two sides work together)
_SECTOR = re.compile(rf"({_NAME_CHAR}{{2,12}}?)(?:产业(?!链|园|基金|化|数字化|体系|结构|政策|基础|博览会|大会|转移|地图|合作区)|行业)")
_LEADING_PLACE = re.compile(rf"(?:{_PLACE_FULL})")
_TRIM_SECTOR = _trimmer("一批|千亿级|百亿级|万亿级|" + "|".join(lx.SECTOR_LEADS))
_TRAILING = re.compile(rf"(?:{_alternation(lx.INDUSTRY_TRAILING_MODIFIERS)})$")
_TRAILING_COUNT = re.compile(r"[一二两三四五六七八九十\d]+个(?:万亿|千亿|百亿)级?$")


# 盐城环保产业博览会暨绿色产业: an event's name, no sector
_EVENT_WORDS = re.compile("暨|博览会|大会|论坛")
# 承接产业转移, 结构性矛盾制约新老产业, 世界级产业集群: words before 产业 that say what is done with it
_NOT_SECTOR_WORDS = re.compile(rf"{_alternation(lx.NOT_SECTOR_WORDS)}")
# 七大产业: a count of sectors names none
_COUNT_OF_SECTORS = re.compile("[两二三四五六七八九十]大")


def industries(text: str) -> list[Span]:
    """Sector terms of the lexicon, and any ``X产业`` after a cue verb."""
    spans = [Span(m.start(), m.end(), "Industry", "technology" if _is_technology(m.group()) else "sector",
                  "industry_lexicon", priority=3) for m in _INDUSTRY.finditer(text) if not _loose(text, m)]
    for m in _SECTOR.finditer(text):
        start = _trimmed_start(text, m.start(1), m.end(1), _TRIM_SECTOR)
        # 33家银行业机构: the classifier of a count of firms opens no sector
        start += 1 if text[start] == "家" and start > 0 and text[start - 1].isdigit() else 0
        # 方案明确氟化工产业, 高度重视生物医药产业: a sector's name starts after the verb before it (not 高新 in 高新技术)
        cut = after_last_function_word(text, start, m.end(1))
        start = cut if cut <= m.end(1) - 2 else start
        place = _LEADING_PLACE.match(text, start, m.end(1))  # 云南信息产业: the place is no part of the sector
        if place and m.end(1) - place.end() >= 2:
            start = place.end()
        start += _leading_division(text[start:m.end(1)]) or _leading_short_place(text[start:m.end(1)])
        # (材料三个万亿产业: a count of sectors after the last of them)
        name = _TRAILING.sub("", _TRAILING_COUNT.sub("", text[start:m.end(1)]))
        # 负责新区产业招商: a zone's industry, not a sector
        if len(name) >= 2 and name not in lx.NOT_INDUSTRY and name[-1] not in "区市县省" \
                and not name.endswith(lx.INDUSTRY_QUALITIES) \
                and not _NOT_SECTOR_WORDS.search(name) and not _EVENT_WORDS.search(name) \
                and not _COUNT_OF_SECTORS.fullmatch(name):
            # 信息产业: a two-character field names a sector only with its 产业
            end = m.end() if len(name) == 2 and start + len(name) == m.end(1) else start + len(name)
            spans.append(Span(start, end, "Industry", "sector", "industry_sector", priority=3))
    return spans


def _loose(text: str, m: re.Match[str]) -> bool:
    """A loose sector's word neither called a sector nor listed with others."""
    listed = (m.start() > 0 and _LIST_JOINS.match(text, m.start() - 1)) or _LIST_JOINS.match(text, m.end()) \
        or text.startswith("等", m.end())
    return m.group() in lx.LOOSE_SECTORS and not text.startswith(("产业", "行业"), m.end()) and not listed


def _leading_division(name: str) -> int:
    """龙泉驿区汽车, 鹿寨县林业: the length of a prefecture's, county's or district's full name opening a sector's
    name (0: none)."""
    names = _division_names()
    return next((n for n in range(min(len(name) - 2, _LONGEST_DIVISION), 2, -1) if name[:n] in names), 0)


def _leading_short_place(name: str) -> int:
    """河池茧丝绸, 利津肉羊: the length of a prefecture's or county's short name opening a sector's name (0: none)."""
    return next((n for n in (3, 2) if len(name) - n >= 2 and (name[:n] in _prefecture_shorts()
                                                              or name[:n] in gazetteer.county_short_names())), 0)


# 在7个项目中,信息技术项目2项,物流商贸项目2项: projects counted by their sector name the sector
# 信息技术项目2项; 其中工业项目65个 (其中 opens the clause, not the sector)
_COUNTED_SECTOR = re.compile(rf"(?:^|(?<=[,、:;。\n]))(?:其中|另外|此外|同时)?({_NAME_CHAR}{{2,8}}?)项目\d{{1,4}}[项个]")


def counted_sectors(text: str) -> list[Span]:
    """Only names that read as sectors (a known one, or ending like one), and at least two of them:
    续建项目12个, 新开工项目8个 count stages, not sectors."""
    sectors = [m for m in _COUNTED_SECTOR.finditer(text)
               if (_INDUSTRY.fullmatch(m.group(1)) or m.group(1).endswith(lx.INDUSTRY_HEADS))
               and not _NOT_SECTOR_WORDS.search(m.group(1))]
    if len(sectors) < 2:
        return []
    return [Span(m.start(1), m.end(1), "Industry", "sector", "counted_sector", priority=8) for m in sectors]


# 顺丰、邮政、申通等国内快递龙头企业, 东方电气、金风等6家规模以上的海上风电装备制造企业: the kind a list of firms is
# said to be names their sector (after a count and words of where they are from or how well known)
_FIRMS_OF_A_KIND = re.compile(
    r"、[^,。;、]{1,20}?等(?:(?:近|超过|约)?(?:\d+|[一二三四五六七八九十百千两]+)[多余]?[家户个组]|多家|一批|众多)?"
    r"(?:国内外|国际国内|国内|国际|全国|全球|知名|著名|优秀|大型|大中型|本地|当地|规模以上的|省内|区内|主力|相关)*"
    rf"({_NAME_CHAR}{{2,10}}?)(?:{_alternation(lx.FIRM_RANKS)})?(?:企业|公司|厂商)")


def firms_kind_sectors(text: str) -> list[Span]:
    """A known sector or a phrase ending like one (快递物流, 海上风电装备制造); not banks' 金融 (等金融企业 says
    what banks are, no sector a page reports on), nor a place's make (北京制造)."""
    return [Span(m.start(1), m.end(1), "Industry", "sector", "firms_kind", priority=8) for m in _FIRMS_OF_A_KIND.finditer(text)
            if (m.group(1) in lx.INDUSTRIES or m.group(1).endswith(lx.INDUSTRY_HEADS)) and m.group(1) != "金融"
            and not _NOT_SECTOR_WORDS.search(m.group(1)) and not _LEADING_PLACE.match(m.group(1))]


def _is_technology(name: str) -> bool:
    return name in ("5G", "物联网", "大数据", "云计算", "人工智能", "区块链", "量子信息", "虚拟现实", "增强现实")


# ---------------------------------------------------------------- projects
_PROJECT = re.compile(
    # 首批73项重大项目, 15个重大项目, 10个招商引资项目, 27个建设项目: a programme of works, counted
    r"(?:(?:首批|第[一二三四五六七八九十]批)?(?<!\d)\d{1,6}[项个]"
    r"(?:重大|重点|产业|招商引资|建设|签约|开工|新开工|续建|城市更新|基础设施|重点产业|重大产业){0,2}(?:项目|工程))"
    rf"|(?:(?:{_PLACE})?[{CJK}]{{0,4}}?(?<!\d)\d{{1,3}}号线)"
    rf"|(?:{_PLACE_FULL}(?:{_NAME_CHAR}|[及()]){{2,24}}?(?:项目|通道|工程|铁路|高速公路|机场)"
    # 武汉至阳逻高速公路改扩建工程, 昆明至丽江高速公路扩容改造项目
    r"(?:(?:改扩建|[改扩新续]建|扩容|改造|提升|提质|[一二三四五六七八九十]期){0,2}(?:工程|项目))?)"
)
_PROJECT_END_WORDS = re.compile("项目|通道|工程|铁路|高速公路|机场|号线")
_NOT_PROJECT = re.compile(r"公司|集团|银行|发放|提供|开立|贷款")
# 南阳分行给予该项目: a lender's words, not a work's name
_LENDER_WORDS = re.compile(r"分行|支行|银行|给予|提供|贷款")
# (农发行投放项目贷款: a loan made, 项目贷款 the loan's kind)
# (所筹资金将用于…安置工程项目: what the money is used for starts after 用于)
# (该项目位于楚雄高新区彝风湿地小镇项目北侧: where a work lies opens no work's name)
_TRIM_PROJECT = _trimmer("|".join(("投放", "用于", *lx.LOCATION_TRIGGERS)), short="为|向|对|从|在|和|与")


# 集中签约项目12个, 新签约工业项目24个, 计划开工项目406个: what is done with the works opens the kind (and
# may itself be opened); 计划开工重点项目496个: a rank opens it, the verb before it is the sentence's.
_ACTS = _alternation(lx.COUNTED_WORKS_ACTS)
# Not after a sum's digits (10亿元以上项目36个: a size band), after 已 or 陆续 (已开复工项目435个: progress)
# nor after 列入 or 纳入 (列入省级重点项目2个: works listed, not a programme).
_COUNTED_AFTER_KIND = re.compile(
    # (and from the first word of the kind: no 重点项目2个 out of a refused 省级重点项目2个)
    r"(?<![\d.~～\-至超过已续入])" + "".join(f"(?<!{w})" for w in (*lx.COUNTED_WORKS_LEADS, *lx.COUNTED_WORKS_RANKS)) +
    rf"(?:(?:{_alternation(lx.COUNTED_WORKS_LEADS)})*(?:{_ACTS})+(?:建设)?(?:产业|工业)?|(?:{_alternation(lx.COUNTED_WORKS_RANKS)})+)"
    r"项目\d{1,5}[个项]"
)
_COUNT_AFTER_WORKS = re.compile(r"项目\d")
# 其中,签约项目19个: a part of a programme counted before it
_PART_OF_A_COUNT = re.compile(r"其中[^。;]*$")


def _counted_after_kind(text: str) -> list[Span]:
    """A programme counted after its kind; not where a sentence counts three or more (each district's
    signings, 兴庆区签约项目7个;金凤区签约项目16个: a breakdown, not programmes of their own)."""
    found = [m for m in _near_words(_COUNTED_AFTER_KIND, _COUNT_AFTER_WORKS, text, before=12, after=8)
             if not _PART_OF_A_COUNT.search(text, max(0, m.start() - 40), m.start())]
    per_sentence = Counter(text.rfind("。", 0, m.start()) for m in found)
    return [Span(m.start(), m.end(), "Project", "programme", "counted_after_kind", priority=7)
            for m in found if per_sentence[text.rfind("。", 0, m.start())] < 3]


# 批复了夏河民用机场可行性研究报告, 关于新建黔江至张家界至常德铁路可行性研究报告的批复: what a feasibility study
# or a design is approved for is a work, named in full before it
# (同意批复…, 关于报送…, 三条铁路项目和五家机场: the verbs and the list before the work are no part of it)
_STUDIED_WORKS = re.compile(r"(?:批复了?|关于|同意)((?:(?!批复|报送|关于|同意)[^\s,。;:、“”《》()的和及与]){3,30}?)"
                            r"(?:可行性研究报告|可研报告|初步设计|项目建议书)")
_STUDIED_HEADS = ("机场", "水库", "铁路", "工程", "项目", "航道", "公路", "枢纽", "电站", "大桥", "港区", "码头")


def projects(text: str) -> list[Span]:
    spans = _counted_after_kind(text)
    studied = _STUDIED_WORKS.finditer(text) if "报告" in text or "设计" in text else ()
    spans += [Span(m.start(1), m.end(1), "Project", _project_kind(m.group(1)), "studied_works", priority=6)
              for m in studied if m.group(1).endswith(_STUDIED_HEADS)]
    for m in _near_words(_PROJECT, _PROJECT_END_WORDS, text):
        start = m.start() if m.group()[0].isdigit() else _trimmed_start(text, m.start(), m.end(), _TRIM_PROJECT)
        name = text[start:m.end()]
        if len(name) > 2 and not _NOT_PROJECT.search(name) and not _RANK.search(name):  # 国家级示范工程: a rank
            spans.append(Span(start, m.end(), "Project", _project_kind(name), "project_pattern", priority=6))
    return spans


# (works named by more than their kind: 220千伏品祚变电站, 麻城石材铁路专用线)
_FACILITY_ENDS = ("电站", "换流站", "开关站", "专用线")
# 签约盛合晶微三维芯片集成项目, 宝丰工业园标准化厂房及综合楼项目, …生活污水治理项目(一期): any name
# ending in 项目/工程 between delimiters, cut after the last cue word that cannot sit inside a name.
_WORKS_NAME = re.compile(
    # 工程 ends a name unless a word goes on with it (工程机械动力系统…项目, 改性工程新材料项目)
    # (锦屏县“三江六岸”江河治理项目: a quoted word inside a name is the name's own)
    # (漳州核电3、4号机组项目: units numbered together)
    r"(?:[^\s,。;:、()“”《》\"—]|\((?![^()]*简称)[^()\s,。;]{1,14}\)|“[^“”\s,。;:、]{2,10}”(?=[^\s,。;:、()“”《》]{2})"
    r"|(?<=\d)、(?=\d{1,2}号)){3,40}?"
    # (…基础设施工程项目: 项目 right after 工程 is the name's own)
    r"(?:项目(?!库)|工程(?!机械|技术|咨询|管理|材料|新材料|设计|勘察|监理|塑料|学院|大学|公司|集团|局)(?:PPP)?(?:项目)?"
    # (支持彬县豳风泾河大桥建设, 港珠澳大桥: a bridge is a work by its name; 大桥…工程 names the work for it)
    r"|大桥(?![^\s,。;:、()“”]{0,6}?(?:项目|工程))"
    # (220千伏品祚变电站, 金沙水电站, 晋开集团铁路专用线: a station or siding is a work by its name too, unless works
    # named for it follow)
    # (徐大堡核电站二期(3、4号机组)项目)
    rf"|(?:{'|'.join(_FACILITY_ENDS)})(?!(?:[^\s,。;:、()“”]|\([^()]{{1,10}}\)){{0,8}}?(?:项目|工程)))"
    r"(?:\((?:[一二三四五六七八九十]|\d{1,2})期\)|\([^()\s,。;]{1,14}地块\))?"
)
_WORKS_END_WORDS = re.compile("|".join(("项目", "工程", "大桥", *_FACILITY_ENDS)))
_WORKS_VERBS = "|".join(w for w in _CUES_VERBS.rstrip("|").split("|")
                        if w not in ("建设", "发展", "服务", "提升", "升级", "完善", "优化", "金融", "融资", "支撑"))
_TRIM_WORKS = _trimmer(
    _WORKS_VERBS + "|" + "|".join((*lx.WORKS_HANDLING_VERBS, *lx.LOCATION_TRIGGERS)) + "|"
    "签署|开工|动工|竣工|投产|支持|涉及|总投资|共有|其中|新建|续建|计划|共计|分别是|分别为|以及|"
    "主要有|集中|用于|保障|发放|投放|贷款|授信|执行|关注|梳理|发力|协助|标志着|储备|引入|招引|推行|刷新|坚持|完成|"
    "拓宽|目前|预计|大力|今年|一批|多个|等|是|有|将|已|并|也|还|即|如|以|以上|我[县市区省]|跟进|前往|包括|助力|"
    "重点推进|积极|加快推进|其|占|得知|沟通|汇报|根据|了解|签订|参加|按下|是继|重视|公布|负责|办理|列入|纳入|关于|召开",
    verbs=False, short="为|向|对|从|在|和|与|的|由|经|获|同|了|其中|帮助|联合|携手|通过",
)
# What is left of a name once generic words are taken out must still say something (not 重大基础设施项目).
_GENERIC_WORKS_WORDS = re.compile(
    r"新质生产力|生产制造|首期|市级|县级|省级|战略性新兴|公共服务|基础设施|招商引资|中长期|开发区|新基建|标志性|科技型|自贸港|贸易港|跨区域|高科技|高能级|一批|一般|上述|主导|产业|企业|优势|优化|优质|低碳|全部|"
    r"其他|典型|冰上|前沿|动工|区内|区域|县内|发电|各类|在建|基地|基建|大型|工业|工程|市内|应用|建设|开工|循环|成长|投资|招商|拟建|政策|有关|民生|相关|省内|研发|"
    r"示范|签约|绿色|部分|配套|重大|重点|雪上|项目|领域|首批|高端|龙头|战略性|战略|转型|提质|升级|一号|PPP|单个|前期|谋划|省市|列|行业|商业|民间|\d+强|"
    # (首笔项目, 更多项目, 旗舰型项目, 民资项目, 100亿级项目, 2020年第一季度项目: which works, not one)
    r"首笔|首个|首单|最大|更多|旗舰型|民资|内资|外资|城建|当地|[\d至]+亿级|第?[一二三四]季度|全年|春季|秋季|拟开工|开复工|复工|"
    r"大抓|狠抓|抓好|"  # 大抓项目建设: what is done with works
    # (开封单体项目, 就双方合作项目, 入园项目, 市发改委项目, 科技金融项目, 物业租售项目: whose or what kind, not which)
    r"单体|双方|合作|入园|园区|金融|发改委|政府|物业|租售|就|以|"
    # (产业链延伸项目, 标杆项目, 特色文旅项目, 民营制造业项目, 强链壮链项目: what works do or are, not which)
    r"产业链|延伸|标杆|文旅|民营|强链|壮链|下游|上游|业态|融合|"
    # ((EOD)模式试点项目, 全国EOD项目, 环保治理项目: a kind of works and its scheme, not which)
    r"EOD|\(|\)|模式|试点|入库|全国|环保|治理|"
    r"中央|地方|中|其|内|大|好|小|新|本|此|特|类|该|这|和|与|及"
)
# 南阳市战略性项目: a place before generic words names no work either (but 江西基地项目, after 宁德时代其, does)
# (新疆喀什地区2024年一季度招商引资项目: a prefecture called 地区 too)
_LEADING_PLACE_WORD = re.compile(rf"^(?:(?:{_PLACE_BEFORE_NAME})(?:省|市|自治区)|[{CJK}]{{2,3}}[省市县区]|[{CJK}]{{2,5}}(?:地区|盟))")
# 长春汽车经济技术开发区2023年招商引资项目, 大庆经开区开工复工产业项目: a zone before generic words names no work
# either (but 万象赛色塔综合开发区项目, the zone's building, does: 西宁开发区一季度新开工项目 does not)
_LEADING_ZONE_WORD = re.compile(rf"^[{CJK}]{{2,10}}?(?:经济技术开发区|高新技术产业开发区|经开区|高新区|新区|综保区|开发区(?!项目$)"
                                rf"|工业园区(?!项目$))")  # (白城工业园区重大产业项目)
# 工程 also names programmes (科技型企业成长工程); only works that are built count.
_BUILT_WORKS = re.compile(r"[路桥隧铁港站河渠库堤线管网厂场楼馆园]|中心|基地|枢纽|水利|电站|改扩建|扩建|改造|新建")
# (金发科技就改性塑料项目签订…: 就 says what a deal is about, the works' name follows it; 就业 is a word)
_DEAL_ABOUT = re.compile("就(?!业)")
# (计划投资50亿建设中交产业园(重庆)项目: a sum before the verb opens no name either)
_LEADING_VERB = re.compile(r"(?:(?:投资)?[\d.]+[亿万]元?(?=建设|推进|实施|打造|新建))?"
                           r"(?:投资建设|投建|建设|推进|实施|打造|开展|启动|新建|续建)?")
# 招商引资企业座谈会暨项目, 高新区举行重大项目, 2023年项目, 市委市政府及项目: a meeting, a year or a government, not works
# (国家会议中心二期项目, a hall, is built)
_EVENT_OR_YEAR = re.compile(r"暨|会(?![所馆展堂]|议中心)[\u4e00-\u9fff]|举行|举办|^\d{4}年|市委|市政府|县委|县政府")
_AMOUNT_OR_COUNT = re.compile(r"\d+[个项批家大类]|[一二三四五六七八九十百千]+[个项批家大类]|亿元|万元|以上|以下")


_LEADING_YEAR = re.compile(r"^\d{4}年(?:度|[一二三四]季度|上半年|下半年)?")


def generic_works(name: str) -> bool:
    """重大战略项目, 基础设施建设项目: a name that says nothing once the generic words are taken out."""
    # 2023年产业项目, 2023年度重点项目: a year's works
    # (the year may follow the place: 新疆喀什地区2024年一季度招商引资项目)
    after_place = _LEADING_PLACE_WORD.sub("", _LEADING_YEAR.sub("", name))
    rest = _LEADING_ZONE_WORD.sub("", after_place)
    owned = rest != after_place  # (a zone's works; 忠县工业园区二期基础设施建设项目: a phase of them is one work)
    rest = _GENERIC_WORKS_WORDS.sub("", _LEADING_YEAR.sub("", rest))
    if re.search(r"[百千万\d]", rest) or (owned and re.search(r"[一二三四五六七八九十]期", rest)):
        return False  # (黑龙江省百大项目 is a programme)
    # 地铁项目, 重大科技项目, 外资重大项目: one common word left names no particular works; 农发行项目(贷款): the
    # lender's kind of loan
    return len(rest) < 2 or common_word(rest) or rest in lx.BANK_SHORT_FORMS or rest.endswith("银行")


# 对“引江济淮二期工程”授信: a work's name in quotes is whole
_QUOTED_WORKS = re.compile(r"“([^“”\s,。;:、]{2,30}(?:项目|工程))”")


def _verb_of_works(text: str, end: int) -> bool:
    """全员招项目, 一篙不松建项目: a one-character verb (招, 建, 抓…) before 项目 says what is done with works
    (not in 改扩建项目, where it ends a word)."""
    at = end - 3
    return text.endswith("项目", 0, end) and text[at] in "招建抓引谋" and not crosses_a_word(text, at)


# 南宁市正稻机械设备有限公司粮食机械设备生产项目: a firm's full name, then the work it builds, named from there
_FIRM_BEFORE_WORKS = re.compile(r".*(?:有限公司|有限责任公司)")
_SHORTEST_WORKS_AFTER_FIRM = 6
# 榆林能源集团40万吨/年乙二醇项目, 宝丰集团年产220万吨焦化项目: a firm's short name, then the plant's capacity,
# name the plant together (the full name above names the firm apart)
_FIRM_THEN_CAPACITY = re.compile(r"\D{2,20}?(?:集团|公司)(?=(?:年产)?\d)")


def _not_a_project(name: str) -> bool:
    """A firm, a bank or a loan named, unless a firm's short name opens a plant's name; or a person by their office
    (主任吴正新来到项目现场)."""
    firm = _FIRM_THEN_CAPACITY.match(name)
    return bool(_NOT_PROJECT.search(name, firm.end() if firm else 0) or _TITLE_OF_A_PERSON.search(name))


def named_works(text: str) -> list[Span]:
    # (generic names, quoted or not, are dropped by recognise() whichever rule read them)
    spans = [Span(m.start(1), m.end(1), "Project", _project_kind(m.group(1)), "quoted_works", priority=7)
             for m in _QUOTED_WORKS.finditer(text)]
    for m in _near_words(_WORKS_NAME, _WORKS_END_WORDS, text, before=120, after=16):
        firm = _FIRM_BEFORE_WORKS.match(text, m.start(), m.end())
        begin = firm.end() if firm and m.end() - firm.end() >= _SHORTEST_WORKS_AFTER_FIRM else m.start()
        start = _trimmed_start(text, begin, m.end(), _TRIM_WORKS)
        if text.endswith("大桥", 0, m.end()):
            spans += _bridge(text, start, m.end())
            continue
        if text.endswith(_FACILITY_ENDS, 0, m.end()):
            spans += _facility(text, start, m.end())
            continue
        if text.startswith("(", start):  # 普陀段新建(一期)项目: a cue right before the phase is the name's own word
            start = _trimmed_start(text, begin, start - 1, _TRIM_WORKS)
        # 基础设施建设和环境改善项目, 西宁防洪和小流域治理项目: a short work after 和 joins the words before it
        if begin < start and text[start - 1] in "和与及" and m.end() - start <= 8 \
                and not text.endswith(("项目", "工程"), 0, start - 1):
            joined = _trimmed_start(text, begin, start - 1, _TRIM_WORKS)
            # (风电和光伏发电项目: two sectors' works, not one work)
            start = start if _INDUSTRY.fullmatch(text[joined:start - 1]) else joined
        start += len(text[start:m.end()]) - len(text[start:m.end()].lstrip("-—·"))
        # (“盯关跟促”力推项目, “两型社会”建设项目: a quoted slogan before the words opens no name)
        start = text.index("”", start) + 1 if text.startswith("“", start) else start
        start = _ITEM_NUMBER.match(text, start).end() if _ITEM_NUMBER.match(text, start) else start  # (1.上海飞扬…项目)
        start += len(_LEADING_VERB.match(text, start, m.end()).group())
        about = list(_DEAL_ABOUT.finditer(text, start, m.end()))
        start = about[-1].end() if about else start
        # (…产业园建设项目(一期): the phase is no part of what is left after the place and its verb)
        phase = _BRACKETS_AT_END.search(text, start, m.end())
        head_end = phase.start() if phase else m.end()
        built_in = _BUILT_IN_PLACE.match(text, start, head_end) or _BUILT_AT_PLACE.match(text, start, head_end)
        start = built_in.end() if built_in else start
        name, head = text[start:m.end()], text[start:head_end]
        if name.endswith("号线项目") or (head.endswith("工程") and not _BUILT_WORKS.search(head)) \
                or _INDUSTRY.fullmatch(_GENERIC_WORKS_WORDS.sub("", head)) or _INDUSTRY.fullmatch(head[:-2]):
            continue
        # (张家口市经济开发区“一区多园”聚项目: a slogan and one character before 项目 name no work)
        if generic_works(head) or ("”" in head and len(head) - head.rfind("”") - 1 < 4) or _AMOUNT_OR_COUNT.search(head[:-2]) \
                or _EVENT_OR_YEAR.search(head) \
                or _not_a_project(name) or _RANK.search(name) or _verb_of_works(text, m.end()):
            continue
        # (the name right after the firm starts there: 取水口上移项目 does not open with the verb 取水)
        rule = "works_after_firm" if firm is not None and start == begin == firm.end() else "works_name"
        spans.append(Span(start, m.end(), "Project", _project_kind(name), rule, priority=6))
    return spans


# 跨海大桥, 世界最高桥面海中大桥, 福州仅两座跨江大桥: what a bridge crosses, or praise and counts, name none
_BRIDGE_KIND = re.compile(r"(?:长江|黄河|跨海|跨江|海中|公路|铁路)*大桥$")
_NOT_A_BRIDGES_NAME = re.compile("[最座仅]|产业")


def _bridge(text: str, start: int, end: int) -> list[Span]:
    """港珠澳大桥, 文昌清澜大桥: a bridge named before 大桥 (子项目大埔县大麻镇莲塘韩江大桥: after the works it is
    part of; 北部与杰兴大桥: after the word that joins it to others)."""
    inner = text.rfind("项目", start, end - 2)
    start = inner + 2 if inner >= 0 else start
    start = max(start, text.rfind("与", start, end) + 1, text.rfind("和", start, end) + 1)
    own = _BRIDGE_KIND.sub("", text[start:end])
    if len(own) < 2 or _NOT_A_BRIDGES_NAME.search(own):
        return []
    return [Span(start, end, "Project", "infrastructure", "works_name", priority=6)]


# 220千伏, ±1100千伏特高压, 100兆瓦/200兆瓦时, 60万千瓦抽水蓄能电站: a station's voltage, size and kind
_FACILITY_KIND = re.compile(r"±?[\d.]+(?:千伏|kV|KV|kv|万千瓦|兆瓦时|兆瓦|MWh|MWp|MW|GW)|特高压|交流|直流|/|"
                            r"(?:(?:变|水|火|发|核|光伏|扶贫|储能|抽水蓄能|抽蓄|蓄能|调频|充|换|充换)*电|换流|开关)站$|(?:铁路)?专用线$")
# 6处充电站, 园区内分两期建设20兆瓦光伏电站, 第三座抽水蓄能电站, 村级电站, 这两个光伏扶贫电站, 水库下游电站: counts,
# building, ranks and places of stations, no station's name
_NOT_A_FACILITY_NAME = re.compile(r"[\d一二两三四五六七八九十]+[座处个期条]|\d|建|生产|规模|[这该其本]|级$|^▲|[上下]游"
                                   r"|[东南西北]起|规划")  # (西起天合铁路专用线, 规划六条铁路专用线: bounds and plans)


def _facility(text: str, start: int, end: int) -> list[Span]:
    """110千伏观鹤变电站, ±1100千伏特高压古泉换流站, 济源抽水蓄能电站, 晋开集团铁路专用线: a station or siding named by
    more than its voltage, size and kind (建设110千伏变电站1座, 新建光伏电站 name none); a firm may name it."""
    own = _FACILITY_KIND.sub("", text[start:end])
    if len(own) < 2 or generic_works(own) or common_word(own) or _NOT_A_FACILITY_NAME.search(own) \
            or _LENDER_WORDS.search(own) or _TITLE_OF_A_PERSON.search(own) or _INDUSTRY.fullmatch(own) \
            or _RANKED_WORK.search(own):
        return []
    return [Span(start, end, "Project", "infrastructure", "works_name", priority=6)]


# 计划在空港经济开发区建设智慧供应链产业园项目, 在德惠市建设燃气…项目: where a work is built, and the verb, open
# no part of its name
_BUILT_IN_PLACE = re.compile(rf"{_NAME_CHAR}{{1,12}}?(?:开发区|高新区|经开区|新区|园区|工业园|产业园|[市县区])"
                             rf"(?:{_alternation(lx.BUILT_IN_WORDS)})(?=.{{4}})")
# 拟投资6.2亿元,在双流建设锂离子动力电池项目: after 在, a short place the patterns do not know
_BUILT_AT_PLACE = re.compile(rf"(?<=在){_NAME_CHAR}{{2,4}}?(?:{_alternation(lx.BUILT_IN_WORDS)})(?=.{{4}})")


# 国务院关于同意设立陕西西咸新区的批复: an official document's title, written without 《》 on a line of its own
# or after 原标题: (titles in 《》 are read by titles()).
# A title broken over short lines by the page layout is read across the breaks.
_OFFICIAL_TITLE = re.compile(
    # 【地方】(2016)河北省人民政府关于…的批复: a site's tags before the title are no part of it
    # (…网站发布重庆市人民政府关于设立…的批复件: or in running text, right after a verb of publishing)
    r"(?:^|(?<=[\n:。])|(?<=发布|印发|下发|出台|公布|转发))[ \t]*(?:【[^】\n]{1,8}】)?(?:\(\d{4}\))?(?:你们|你省|你区|你市|你部|贵[省市区])?"
    # (四川省人民政府\n关于设立…的批复: the issuer on a line of its own right above)
    # (对外贸易经济合作部、国土资源部、建设部关于…的复函: several issuers, joined by 、)
    r"((?:[^\s,。;:、《》“”]{2,30}?(?:人民政府|政府|办公厅|委员会|部|局|厅|委|办)[ \t]*\n\s*"
    r"|(?:[^\s,。;:、《》“”]{2,12}?[部委局厅办]、){0,4}[^\s,。;:、《》“”]{2,30}?)?关于"
    # (…的通知国科办农〔2016〕61号: its 文号 may follow with no space)
    r"(?:[^\n,。;:《》]|\n\s*(?=[^\n,。;:《》]{1,30}\n)){2,80}?的\s*(?:批复|复函|通知|意见|请示|函|决定|报告|公示|公告))"
    r"(?=[\s,。;(件]|$|[\u4e00-\u9fff]{1,6}[〔\[]\d{4})"
)


def official_titles(text: str) -> list[Span]:
    spans = []
    for m in _OFFICIAL_TITLE.finditer(text):
        # 省政府出台关于…的意见: the title starts after the verb that issued it
        issued = _ISSUED_BEFORE_TITLE.match(text, m.start(1), m.end(1))
        start = issued.end() if issued else m.start(1)
        spans.append(Span(start, m.end(1), "Plan", _kind(m.group(1), lx.PLAN_KINDS) or "函", "official_title", priority=9))
    return spans


_ISSUED_BEFORE_TITLE = re.compile(rf"[^关]*?(?:{_alternation(lx.ISSUING_VERBS)})(?=关于)")


def _project_kind(name: str) -> str:
    if re.search(r"号线|铁路|公路|通道|机场|港", name):
        return "infrastructure"
    return "programme" if re.search(r"\d+[项个]", name) else "facility"


def issued_plans(text: str, official: list[Span]) -> list[Span]:
    """国家发展改革委关于印发皖江城市带承接产业转移示范区规划的通知: the plan a notice issues, inside its title."""
    spans = []
    for title in official:
        m = _ISSUES_A_PLAN.search(text, title.start, title.end)
        if m and _kind(m.group(1), lx.PLAN_KINDS):
            spans.append(Span(m.start(1), m.end(1), "Plan", _kind(m.group(1), lx.PLAN_KINDS), "issued_plan", priority=8))
    return spans


_ISSUES_A_PLAN = re.compile(r"关于(?:印发|转发)([^《》\n]{4,60}?)的通知")

RECOGNISERS: tuple[Callable[[str], list[Span]], ...] = (
    agencies, enterprises, zones, industries, counted_sectors, firms_kind_sectors, projects, named_works, plan_phrases,
)


_ZONE_BODY = re.compile(r"管委会|管理委员会|党工委|管理局|管理办公室")


def zone_bodies(text: str, found: list[Span]) -> list[Span]:
    """天府新区管委会: the body that runs a zone is an agency named after it."""
    spans = []
    for zone in found:
        m = _ZONE_BODY.match(text, zone.end) if zone.label == "Zone" else None
        if m:
            spans.append(Span(zone.start, m.end(), "Agency", "bureau", "zone_body", priority=8))
    return spans


def recognise(text: str) -> tuple[list[Span], list[Span]]:
    """(titles, other spans): titles may contain other spans, the others never overlap."""
    official = official_titles(text)
    found = fix_left_edges(text, [span for recogniser in RECOGNISERS for span in recogniser(text)])
    found += issued_plans(text, official)
    places = {(s.start, s.end) for s in found if s.label == "Zone"}
    found = tidy_sectors(text, [s for s in _after_names_they_cut(found) if not _generic_project(text, s)
                                and not (s.label == "Zone" and text[s.start:s.end] in _KIND_WORDS)
                                # (养殖专业合作社 cut at a word boundary to its suffix: a kind of firm)
                                and not (s.label == "Enterprise" and text[s.start:s.end] in lx.COMPANY_SUFFIXES)
                                and not _counted_firms(text, s) and not _a_places_works(text, s, places)])
    spans = _joined_sectors(text, select(found + zone_bodies(text, found)))
    return (select(titles(text) + official + zone_plans(text) + agreements(text) + list_names(text)),
            _without_places_as_sectors(text, spans))


def _joined_sectors(text: str, spans: list[Span]) -> list[Span]:
    """海上风电装备制造: a sector and a kind of work written as one word are one sector."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if last is not None and last.label == span.label == "Industry" and last.end == span.start \
                and text[span.start:span.end] in lx.SECTOR_WORK_KINDS:
            joined[-1] = replace(span, start=last.start)
        else:
            joined.append(span)
    return joined


def _a_places_works(text: str, span: Span, places: set[tuple[int, int]]) -> bool:
    """紫云自治县项目, 辽阳经济开发区项目: a zone's name and 项目 are the works of that zone, no work's name."""
    # (中国融通智能制造工业园区项目: a park is built, the works of building it are named after it)
    return span.label == "Project" and text.endswith("项目", 0, span.end) and (span.start, span.end - 2) in places \
        and not text.endswith(("园", "园区", "基地"), 0, span.end - 2)


def _counted_firms(text: str, span: Span) -> bool:
    """由9家国内银行组成的银团: firms counted by a classifier are a kind of firm, not one."""
    return span.label == "Enterprise" and span.start > 0 and text[span.start] in "家个" \
        and text[span.start - 1] in _COUNT_CHARACTERS


def _after_names_they_cut(spans: list[Span]) -> list[Span]:
    """北京经开区2023年产业项目 read as 开区2023年产业项目: a work's name that starts inside a zone's name starts
    after it (and is then judged on what is left)."""
    names = [s for s in spans if s.rule in ("development_zone", "pilot_zone", "region", "park")]
    tidy = []
    for span in spans:
        cut = max((n.end for n in names if span.label == "Project" and n.start < span.start < n.end < span.end),
                  default=span.start)
        if cut == span.start:
            tidy.append(span)
        elif span.end - cut >= 3:
            tidy.append(replace(span, start=cut))
    return tidy


# 打造千亿元锂电池产业, 国内一流新能源电池产业基地: a sector's size or rank is no part of its name
# (国家新型石油化工产业基地: the nation's rank too)
# (千万千瓦级新能源, 五百亿元重大产业: a size in watts, tonnes or yuan too)
_SECTOR_PRAISE = re.compile(r"(?:.*?[\d千百万十亿]*(?:亿元|千瓦|万吨|吨)级?|[千百万]亿元?级?|(?:国际|国内|世界|全国)?一流|国际领先|国家级?|省级)")
# 也有生物医药, 搭建大数据: an adverb or a verb of building opens the clause, not the sector's name
_SECTOR_OPENING = re.compile(r"也有|还有|搭建|可容纳|也|还|更|又|均|都|如|以")  # (以纤维新材料、…为主)
# 以冶金、化工、纺织三大主导产业: how many sectors a list holds ends the last one
_SECTOR_COUNT = re.compile(r"(?:[一二三四五六七八九十两]|\d{1,2})大(?:主导|支柱|特色|优势|重点|新兴|战略性新兴)?$")
_SECTOR_WORD = re.compile(r"(?:产业|行业)$")  # 主导产业 is 主导 with its 产业
# 特色新兴产业集群, 国际一流高端高新产业: words that praise a sector name none on their own
_SECTOR_ADJECTIVES = re.compile(r"特色|新兴|高端|高新|先进|一流|国际|现代|优势|战略性|主导|重点|成果")
# 项目中战略性新兴 (the works', not a sector), 轨道交通两个, 八大工业类, 石灰石新材料两大新材料 (a count in it),
# 新能源到 (a preposition ends it), 沪上银 (a bank's name cut): the words around a sector
_NO_SECTOR = re.compile(rf"^项目|(?:[一二三四五六七八九十两几]|\d)(?:大|个)(?:领域|工业类|产业集群)?$|[以到银分]$"
                        rf"|.(?:[一二三四五六七八九十两几]|\d)大"
                        rf"|{_alternation(lx.NOT_IN_A_SECTOR)}")


def tidy_sectors(text: str, spans: list[Span]) -> list[Span]:
    """Industry spans without the praise before them or the count after them; those that are nothing but
    praise are dropped."""
    tidy = []
    for span in spans:
        if span.label == "Industry":
            praise = _SECTOR_PRAISE.match(text, span.start, span.end) or _SECTOR_OPENING.match(text, span.start, span.end)
            if praise and span.end - praise.end() < 2:  # 千亿: praise, or a word that opens a clause, alone
                continue
            if praise:
                span = replace(span, start=praise.end())
            if text.startswith("以及", span.end - 1):  # 生产服务以及工业设备: 以及 joins two sectors
                span = replace(span, end=span.end - 1)
            counted = _SECTOR_COUNT.search(text, span.start, span.end)
            if counted and counted.start() - span.start >= 2:
                span = replace(span, end=counted.start())
            if len(_SECTOR_ADJECTIVES.sub("", text[span.start:span.end])) < 2 \
                    or _SECTOR_WORD.sub("", text[span.start:span.end]) in lx.NOT_INDUSTRY \
                    or _NO_SECTOR.search(text[span.start:span.end]):
                continue
        tidy.append(span)
    return tidy


def _generic_project(text: str, span: Span) -> bool:
    """重大项目, 南阳市战略性项目, 南阳分行给予该项目, 招商引资及项目: no work's name, whichever rule read it;
    nor what is done with works (专人做好项目, 银川经开区坚持将项目, 副省长张道宏宣布项目), nor a work told by its
    rank (贵州省首个热电联产项目)."""
    name = _BRACKETS_AT_END.sub("", text[span.start:span.end])
    return span.label == "Project" and (generic_works(name) or bool(_LENDER_WORDS.search(name))
                                        or name.endswith(("及项目", "和项目", "类项目"))
                                        or bool(_DONE_WITH_WORKS.search(name)) or _ranked_work(text, span, name))


_RANKED_WORK = re.compile(_alternation(lx.RANKS_OF_A_WORK))
_PURPOSE_OF_MONEY = ("用于", "支持")


def _ranked_work(text: str, span: Span, name: str) -> bool:
    """这是石化产业关键节点项目: a work told by its rank describes a work named elsewhere (not when a loan is
    for it: 专项用于海南首个人工智能计算中心项目建设 names it no other way)."""
    return bool(_RANKED_WORK.search(name)) and not text.endswith(_PURPOSE_OF_MONEY, 0, span.start)


_DONE_WITH_WORKS = re.compile(r"做好|用好|抓好|狠抓|谋划(?!项目)|坚持|始终|宣布|组织|审批|取得|纳入|中标|迎来|抢抓|评估|抓紧|就项目|包含|梳理|实时|把项目|将项目")


def _without_places_as_sectors(text: str, spans: list[Span]) -> list[Span]:
    """安巢产业 in an article about 安巢经开区: a zone's own name before 产业 is no sector."""
    heads = {text[s.start:s.start + 2] for s in spans if s.label == "Zone"}
    return [s for s in spans if not (s.rule == "industry_sector" and text[s.start:s.end].removesuffix("产业") in heads)]


# ------------------------------------------------------------------- slots
# Names with no telling suffix (隆鑫通用, 彭水水电, 渝北) are found by the slot they fill:
# 为X提供贷款, 对X、Y等一批企业, 即X、Y为...核心区. These run on templated sentences, where
# known names are single label characters that a slot may absorb (重庆 + 迪马 -> 重庆迪马).
_LONGEST_ITEM = 24
_ITEM = rf"[^,。;:、()“”‘’\"\s和及与等为向对]{{1,{_LONGEST_ITEM}}}"
_ITEMS = rf"{_ITEM}(?:[、和及]{_ITEM})*"
# partners of an agreement may be called 华为: 为 is no cue there
_PARTNER = r"[^,。;:、()“”‘’\"\s和及与等]{1,24}"
_PARTNERS = rf"{_PARTNER}(?:[、和及]{_PARTNER})*"
_PARTNERS_FIRST = rf"{_PARTNER}?(?:[、和及]{_PARTNER}?)*?"  # up to the first word that may follow them
_ANCHORS = "\ue011\ue013"  # the label characters of Zone and Enterprise
# 在汉, 1月15日, 十八日, 今天, 近日: where and when, between a subject and its verb
_WHERE_AND_WHEN = rf"在[{CJK}{''.join(CHAR_LABELS)}]{{1,4}}?|(?:{_DAY}月)?{_DAY}日|{_alternation(lx.WORDS_BEFORE_A_VERB)}"
# Each slot: words it cannot match without (a cheap look first: most sentences hold none), its pattern,
# the label of its items, what to trim off the first item.
_SLOTS: tuple[tuple[str, re.Pattern[str], str, re.Pattern[str] | None], ...] = (
    # (向广西公路、铁路、水运等领域投放信贷资金: fields, not borrowers)
    ("为|向", re.compile(rf"(?:为|向)({_ITEMS})(?:等(?![多个各]{{0,2}}(?:领域|行业|方面))[^,。;]{{0,12}}?)?(?:(?:提供|开立|开具|出具|发放|投放|给予)"
                         rf"[^,。;]{{0,24}}?(?:{'|'.join(lx.LOAN_HEADS)})|(?<!提供|给予|开立|开具|出具)授信)"), "Enterprise", _TRIM_FIRM),
    ("是", re.compile(rf"(?:^|(?<=[,。;]))({_ITEM})是(?:一家|国内|全球|我国|全国|世界)[^,。;]{{0,20}}?(?:企业|公司)"),
     "Enterprise", _TRIM_FIRM),
    ("等", re.compile(rf"(?:为|向|对)({_ITEMS})等(?:\d{{1,6}}|一批|多)?[家户个]?[^,。;]{{0,10}}?(?:企业|公司)"), "Enterprise", _TRIM_FIRM),
    # 支持华为、腾讯等企业: after a verb the names may hold 为 or 向
    ("等", re.compile(rf"(?:支持|推动|引进|吸引|鼓励|引导|带动|依托)({_PARTNERS})等(?:\d{{1,6}}|一批|多)?[家户个]?[^,。;]{{0,10}}?(?:企业|公司|平台)"),
     "Enterprise", None),
    # 累计引进杭州士兰、康力电梯、鑫炬新材料等项目139个: the projects a zone brings in are named by their firms
    ("等", re.compile(rf"(?:{_alternation(lx.BRINGING_IN_WORDS)})了?({_PARTNERS})等(?:\d{{1,6}}|一批|多)?[家户个]?"
                     rf"[^,。;]{{0,6}}?项目"), "Enterprise", None),
    ("融资支持", re.compile(rf"融资支持({_ITEMS})"), "Enterprise", _TRIM_FIRM),
    ("即", re.compile(rf"即({_ITEMS})(?:等\d{{1,4}}个区县)?为"), "Zone", _TRIM_FIRM),
    # 分为3个园区,即孟定核心园区、南伞园区和永和园区: the parts a zone is divided into
    # (包括三个园区,即成都产业园、德阳产业园和眉山产业园: or is made of)
    ("即", re.compile(rf"(?:分为|包括|包含)(?:[\d一二三四五六七八九十两]+个)?(?:园区|片区|板块|组团)[,,]?即({_ITEMS})(?=[,。;]|$)"),
     "Zone", None),

    # 谌家矶片区为新区核心区, 汉口北、滠口等片区为重要支撑节点: a clause that gives places a layout role
    # (not 集出口加工业、国际贸易…为一体的综合型保税功能区: what a zone brings together)
    ("为", re.compile(rf"(?:^|(?<=[,。;:]))({_ITEMS})(?:等[^,。;为]{{0,4}})?为(?!一体)[^,。;]{{0,8}}?(?:{_alternation(lx.LAYOUT_ROLES)})"),
     "Zone", _TRIM_LAYOUT),
    # 天津港…码头、大港港区…航道工程等项目将于年内开工: a clause that opens with a list of works
    ("等", re.compile(rf"(?:^|(?<=[,。;:]))({_PARTNERS})等(?:一批)?(?:重大|重点)?(?:项目|工程)"), "Project", _TRIM_PROJECT),
    ("等", re.compile(rf"(?:建设|推进|实施|支持|加快|培育|谋划|储备)({_ITEMS})等(?:一批)?(?:重大|重点)?[^,。;]{{0,4}}?(?:项目|工程|设施)"),
     "Project", _TRIM_PROJECT),
    # a project named after a zone or firm (贵安新区大数据中心项目), not 重大战略项目
    ("项目", re.compile(rf"(?:支持|推进|建设|融资支持)([^,。;:、()“”\"\s和及与等为向对{_ANCHORS}]*"
                      rf"[{_ANCHORS}]{_ITEM}项目)"), "Project", _TRIM_PROJECT),
    # 与中国邮政储蓄银行在汉签订, 与苏州工业园区今天签署, 与海南省农业厅1月15日在海口签署: where and when they
    # signed is no part of the partner's name; 与朱文凯、谢京代表三方签署: people sign on behalf of the parties
    ("与", re.compile(rf"与(?![^,。;]*?代表[^,。;]{{0,6}}?(?:签署|签订))({_PARTNERS_FIRST})(?:{_WHERE_AND_WHEN})*"
                     r"(?:签署|签订|达成|共建|开展合作)"), "Enterprise", None),
    # 目前,华为云、腾讯、苹果等企业的数据中心已落户…: a clause that opens with a list of firms
    # (顺丰、邮政、申通等国内快递龙头企业: where they are from and what they do may describe them, not a sector's
    # 产业 or 行业)
    ("等", re.compile(rf"(?:^|(?<=[,。;:]))({_PARTNERS})等(?:\d{{1,6}}|一批|多)?[家户个]?(?:(?!产业|行业|领域)[^,。;]){{0,6}}?"
                     r"(?:知名|龙头|重点|头部)?(?:企业|公司)"),
     "Enterprise", _TRIM_FIRM),
    # 以富士康为龙头的智能终端产业集群
    ("以", re.compile(rf"以({_PARTNER})为(?:龙头|链主)"), "Enterprise", None),
    ("获", re.compile(rf"({_ITEM})(?:成功)?(?:获得|获)\ue013[^,。;]{{0,12}}?(?:贷款|授信|融资|信贷)"), "Enterprise", _TRIM_FIRM),
    ("落户|落地|位于", re.compile(rf"({_ITEM}(?:项目|基地|工厂|总部|产业园))(?:正式|成功|签约)?(?:落户|落地|位于)"), "Project", _TRIM_PROJECT),
)
# each slot's words, one of which a sentence must hold before its pattern is tried
_SLOT_WORDS = tuple(tuple(needs.split("|")) for needs, *_ in _SLOTS)
_SPLIT_ITEMS = re.compile(r"[、和及与]")


@lru_cache(maxsize=1)
def _places_ending_in_and() -> frozenset[str]:
    """Short names of counties that end in 和 (共和县, 太和县, 平和县): that 和 joins nothing."""
    return frozenset(d.name[:2] for d in gazetteer.divisions()
                     if len(d.name) == 3 and d.name[1] == "和" and d.name[2] in "县区")


_WORK_ENDING_A_NAME = re.compile(r"[^、和与及]{1,4}(?:项目|工程)")


def _split_names(text: str) -> list[str]:
    """The items of a list of names, split at 、和及与; not at the 和 of a county's name
    (中利腾晖共和新能源公司), unless a common word crosses into it (创新和发展)."""
    items, start = [], 0
    for m in _SPLIT_ITEMS.finditer(text):
        at = m.start()
        if text[at] == "和" and text[at - 1:at + 1] in _places_ending_in_and() and not crosses_a_word(text, at - 1):
            continue
        if _WORK_ENDING_A_NAME.fullmatch(text, at + 1) and not text[start:at].endswith(("项目", "工程")):
            continue  # 绿色转型和发展项目: a work's name joins two words with 和
        items.append(text[start:at])
        start = at + 1
    return [*items, text[start:]]
# 纳米技术、生物医药、人工智能等产业: once one item is a known sector, the others are sectors too.
# 高端装备制造业、电子信息产业、现代服务业4大产业类项目; “新能源、生物科技、楼宇经济”五大主导产业
_COUNTED = r"[”\"]?[\d一二三四五六七八九十两]{1,2}(?:大|条|类)"
_INDUSTRY_LIST = re.compile(
    # (围绕‘先进制造、总部经济、文化旅游、现代服务’等产业领域: the list may be quoted)
    rf"((?:{_ITEM}、)+{_ITEM}(?:[和与及]{_ITEM})?)[’”]?(?:(?:等|{_COUNTED})(?:[^,。;]{{0,6}}?)(?:产业|领域|行业|业态)|(?=领域|行业))"
)
# 打造成现代装备制造、新材料、节能环保和信息产业基地: the sectors of a base or cluster
# a list's items are joined by 、 (its patterns are tried only around them): how far a list runs after its last 、
# (an item, 和 and an item, 等 or a count, six words, 产业)
_LIST_COMMA = re.compile("、")
_LIST_TAIL = 2 * _LONGEST_ITEM + 16
_BASE_LIST = re.compile(rf"((?:{_ITEM}、)+{_ITEM}(?:和{_ITEM})?)(?:产业)?(?:基地|集群)")
# 主要产业:移动通讯设备、手机及配件等
_NAMED_SECTORS = re.compile(
    # (主导产业为新能源、先进材料和绿色食品, 主导产业定位于生物医药、医药化工: a verb of being opens the list as a
    # colon does; 主导产业铝冶炼、化学原料、非金属矿物制品: a list of two and more may follow with neither)
    rf"(?:(?:主要|主导|重点|特色|支柱|首位)产业(?:(?:是|为|包括|定位[于为]?):?|有:|:)|(?:(?<=[,;:。\s])|^)(?:主导|支柱|首位)产业(?={_ITEM}、))"
    rf"({_ITEM}(?:[、和及]{_ITEM})*)(?=等|[,。;]|$)"
)
# 以食品、医药、印刷、包装为主导产业: what stands between 以 and 为…产业 are the zone's sectors
_LEADING_LIST = re.compile(rf"以({_ITEM}(?:[、和及]{_ITEM})*)等?为(?:主导|首位|支柱|特色|重点|优势)产业")
# 园区主要以生物、农特产品加工、商贸物流等为主: a list of two and more said to be what a place mainly does
# (以企业为主体: one item and 主体, no list)
_MAINLY_LIST = re.compile(rf"以({_ITEM}(?:[、和及]{_ITEM})+)等为主(?!体|要|任务)")
# 重点发展数字经济、总部经济和现代金融: a list right after a verb of focus
_FOCUS_LIST = re.compile(
    rf"(?:重点|大力|加快|着力|积极)?(?:发展|探索|培育|聚焦|布局|围绕)({_ITEM}(?:[、和及]{_ITEM})+)(?=等|{_COUNTED}|[,。;]|$)"
)
# (探索公共服务和旅游、农业等产业数字化转型: what is done to sectors, the items need not be sectors)
# (…核设备等相关核技术应用及配套产业: the sectors' field and their supporting ones, called sectors too)
_CALLED_SECTORS = re.compile(rf"等(?:{_COUNTED})?(?:相关[^,。;、]{{0,10}}?)?(?:新兴|特色|优势|主导|重点|配套)?(?:产业|行业)"
                             r"(?!数字化|转型|升级|融合|链)")
_LIST_OPENER = re.compile(rf".*(?:{_alternation((*lx.FOCUS_VERBS, *lx.LIST_VERBS))})")
_NOT_A_SECTOR_ITEM = re.compile(r"[\d的暨]|建设|博览会|(?:发展|转型|创新|改革|体系|机制|模式|能力|水平|应用|运用|场景|示范)$")
_PROJECT_END = re.compile(r"(?:项目|号线|工程|通道|铁路|公路|机场)$")
_NOT_A_NAME = re.compile(
    # (为项目顺利建设实施提供资金保障, 为下一步介入…: what a loan serves, not whom)
    # (与三家银行分别签署, 为温江区重点领域提供融资: banks counted, a kind of field, not a firm)
    r"(?:\d+|^[一二三四五六七八九十两几]+)多?(?:[家户个]|项(?!目))|的"
    r"|^(?:该|本(?=[行市省区县地])|其|各|这|此|多|一批|我|全|下一步|项目(?!部))"
    r"|(?:建设|发展|工作|服务|需求|活动|改造|改善|提升|更新|整治|实施|顺利|领域|行业)$"
    r"|(?:^|[\ue010-\ue015])(?:重点|重大|相关|有关|各类|优质|骨干)?(?:项目|工程|企业)$"
)


def slot_entities(doc: ArticleDoc) -> None:
    """Add the names that fill known slots and are not yet (wholly) recognised, and their other mentions."""
    extra: list[Span] = []
    for t in doc.templated():
        extra += _slot_items(doc, t) + _project_lists(doc, t) + _listed_industries(doc, t)
    # 与徽商银行合肥分行分别签署: a slot that, its adverb cut, is a name already recognised keeps that name's kind
    recognised = {(s.start, s.end) for s in doc.spans}
    extra = tidy_sectors(doc.text, [s for s in map(partial(_without_owner, doc.text), fix_left_edges(doc.text, extra))
                                    if not _generic_project(doc.text, s) and not _zone_with_a_verb(doc, s)
                                    and (s.start, s.end) not in recognised
                                    and doc.text[s.start:s.end] not in _DISCOURSE_WORDS  # 今年以来 cut to 以来
                                    and not doc.text.endswith(("网讯", "报讯", "社讯"), s.start, s.end)  # 观点网讯: a dateline
                                    and doc.text[s.start:s.end] not in CURRENCIES])  # 人民币授信: money, no firm
    if extra:
        doc.spans = select(doc.spans + extra + _other_mentions(doc, extra))


# 向潜山市自来水公司安徽省潜山市城乡供水一体化项目投放: the firm that builds the works, then the works' name
# from their place
_OWNER_BEFORE_PLACE = re.compile(rf"[^,。;]{{2,}}?(?:公司|集团)(?={_PLACE_FULL})")


def _without_owner(text: str, span: Span) -> Span:
    owner = _OWNER_BEFORE_PLACE.match(text, span.start, span.end) if span.label == "Project" else None
    return replace(span, start=owner.end()) if owner is not None and span.end - owner.end() >= 6 else span


def _zone_with_a_verb(doc: ArticleDoc, span: Span) -> bool:
    """现有哈尔滨综合保税区、A、B等30余个重点项目: a zone listed among works, with a verb before it, is the zone."""
    return span.label == "Project" and any(z.label == "Zone" and z.end == span.end
                                           and _HAVING.fullmatch(doc.text, span.start, z.start) for z in doc.spans)


_HAVING = re.compile("现有|拥有|已有|共有|有")


def _slot_items(doc: ArticleDoc, t: Templated) -> list[Span]:
    found = []
    for (_, pattern, label, trim), needs in zip(_SLOTS, _SLOT_WORDS):
        if not any(word in t.text for word in needs):
            continue
        for m in pattern.finditer(t.text):
            at = m.start(1)
            items = _split_names(m.group(1))
            # 重点支持了棚改、公路、铁路、水利等重大项目: a list of kinds of works names none
            if label == "Project" and len(items) >= 2 and _mostly(common_word, items):
                continue
            for item in items:
                span = _slot_item(doc, t, at, item, label, trim if at == m.start(1) else None)
                found += [span] if span is not None else []
                at += len(item) + 1
    return found


def _slot_item(doc: ArticleDoc, t: Templated, at: int, item: str, label: str,
               trim: re.Pattern[str] | None) -> Span | None:
    """The span one item of a slot names, if it is a name; only the first item can hold the cue (``trim``)."""
    start, end = t.raw(at, at + len(item))
    if trim is not None:
        trimmed = _trimmed_start(doc.text, start, end, trim)
        # 支持华为: the last cue (为) is the name's own last character, an earlier one (支持) opens it
        if end - trimmed < 2 and doc.text[end - 1] in _ONE_CHARACTER_CUES:
            trimmed = _trimmed_start(doc.text, start, end - 2, trim)
        k = at
        while k < at + len(item) and t.raw_start[k] < trimmed:  # templated index of the trimmed start
            k += 1
        cut = t.text[at:k]
        # 向X提供综合授信: the name was X, not 综合; but 园区内的X is X
        if any(ch in CHAR_LABELS for ch in cut) and not cut.endswith("的"):
            return None
        if end - trimmed >= 2:
            start, item = trimmed, item[len(cut):]
    # a zone slot around a known zone (以东湖高新区为核心区) names nothing new
    known_zone = label == "Zone" and LABEL_CHARS["Zone"] in item
    if len(item) < 2 or known_zone or _NOT_A_NAME.search(item) or _NOT_A_NAME.search(doc.text[start:end]):
        return None
    return _slot_span(doc.text[start:end], start, end, label)


# 加快建设A、B工程和C项目; 融资支持都江堰灌区续建配套与节水改造项目: a list of works after a verb, each
# named up to its kind of work (a 与 inside a name joins its parts, after a kind of work it joins names).
_PROJECT_LIST = re.compile(r"(?:融资支持|支持|推进|推动|建设|设立)([^,。;:()“”\"\s为向对等]{2,80}?)(?=建设|等|[,。;]|$)")
_PROJECT_LIST_SPLIT = re.compile(rf"、|(?:(?<=项目)|(?<=工程)|(?<=号线)|(?<=公路)|(?<=铁路)|(?<=机场)|(?<=[{''.join(CHAR_LABELS)}]))[和及与]")
_WORKS_END = re.compile(r"(?:项目|工程|号线|高速公路|铁路|机场|枢纽节点|中心集群)$")
_WORKS_PREFIX = re.compile(r".*(?:项目|工程|号线|高速公路|铁路|机场|枢纽节点|中心集群)")
# 重大战略项目, 光伏发电项目 (a sector's projects), 人才工程: kinds of works, not works
_GENERIC_WORKS = re.compile(r"^\ue012|^\ue014|[省市国家]级|重大|重点|战略|政策|的|\d+(?:[家户个]|项(?!目))|^(?:该|本|其|各|这|此|多|一批|有关|相关)")


def _project_lists(doc: ArticleDoc, t: Templated) -> list[Span]:
    found = []
    for m in _PROJECT_LIST.finditer(t.text):
        if m.group(1)[0] in "和与及":  # 基础设施建设和环境改善项目: the verb was a word of the work's name
            continue
        at = m.start(1)
        items = _PROJECT_LIST_SPLIT.split(m.group(1))
        # 支持A项目、杭州大会展中心配套酒店、B项目: in a list of works, an item with no kind of work is one too
        works_list = sum(item == LABEL_CHARS["Project"] or bool(_WORKS_END.search(item)) for item in items) >= 2
        for item in items:
            # 超聚变全球总部项目尽快投产: the name ends at its kind of work
            start, end = t.raw(at, at + len(item)) if item else (0, 0)
            named = _WORKS_PREFIX.match(doc.text, start, end)
            if named and end - named.end() <= 6 and item not in CHAR_LABELS and named.end() - start > 2:
                end = named.end()
                name = doc.text[start:end]
                if _WORKS_END.search(name) and not _GENERIC_WORKS.search(item) and not _NOT_PROJECT.search(name):
                    found.append(Span(start, end, "Project", _project_kind(name), "project_slot", priority=7))
            elif works_list and _UNNAMED_WORK.fullmatch(item) and 4 <= end - start <= 30:
                found.append(Span(start, end, "Project", _project_kind(doc.text[start:end]), "project_slot", priority=7))
            at += len(item) + 1
    return found + _listed_works(doc, t) + _facility_list(doc, t)


# 包括太原科创驱动中心、哈工大机器人华北总部基地等项目; 主要有投资25亿元的海韵工业小镇、…等项目; and a list that
# opens its clause: ;北湖开发区晰晰马铃薯产业发展中心、新城吾悦广场等新建项目20个 (the zone first says where they are)
# (between 等 and 项目 only a count and words that rank works: 等四个棚户区改造项目 describes, 等签约项目 is a deal)
_LISTED_WORKS = re.compile(rf"(?:包括|主要有|^|(?<=[,;:]))({LABEL_CHARS['Zone']}?)([^,。;:“”\"\s等]{{2,160}}?)等"
                           r"(?:\d+余?个|[一二三四五六七八九十]+个|多个|一批|新建|续建|新开工|在建|重点|重大|重磅|高能级|研发|产业"
                           rf"|优质|援藏|援疆)*(?:项目|{LABEL_CHARS['Project']})")
_BROUGHT_IN = re.compile(_alternation(lx.BRINGING_IN_WORDS))
# 4个项目, 二十余个项目: a count of works
COUNTED_WORKS = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)余?个")
# 投资25亿元的海韵工业小镇: the sum before a work is no part of its name
_INVESTED = re.compile(r"^总?投资[\d.]+[亿万]?元的")


# 一般性工业项目11个,…,主要有中信昆仑2万吨碳酸锂、黄河矿业夏日哈木镍钴矿采选、盐湖股份钾肥增产保供等: after
# a count of works, what 主要有 lists are works
_WORKS_AFTER_COUNT = re.compile(rf"项目[^;。]{{0,30}}?(?:主要有|包括)()([^,。;:“”\"\s等]{{2,160}}?)等(?=[,;。]|$)")


def _listed_works(doc: ArticleDoc, t: Templated) -> list[Span]:
    """The items of a list said to be of works, each a work (what the list already names aside); a list
    that is mostly of kinds of works (棚改、公路、铁路等重大项目) names none."""
    found = []
    if "等" not in t.text:  # every list of works ends with 等: most sentences are spared the patterns
        return found
    for m in [*_LISTED_WORKS.finditer(t.text), *_WORKS_AFTER_COUNT.finditer(t.text)]:
        items = m.group(2).split("、")
        # …等4个项目 read as one name: a count of works closes the list, or a kind of works after a list that
        # names works (张吉怀铁路、渝怀铁路等重点交通基础项目), not 涉及新能源电池、…等电池及配套项目
        closing = t.tokens.get(m.end() - 1)
        if closing is not None and not COUNTED_WORKS.search(doc.surface(closing)) \
                and sum(bool(_WORKS_END.search(item)) or item.endswith("高速") for item in items) < 2:
            continue
        if len(items) < 2 and not m.group().startswith(("包括", "主要有")):
            continue
        # 先后引进了国电投、中国通号、保利集团等一批优质项目: what is brought in are firms
        if _mostly(_kind_of_works, items) or _BROUGHT_IN.search(t.text, 0, m.start()):
            continue
        at = m.start(2)
        for n, item in enumerate(items):
            start, end = t.raw(at, at + len(item)) if item else (0, 0)
            at += len(item) + 1
            start += len(_INVESTED.match(doc.text, start, end).group()) if _INVESTED.match(doc.text, start, end) else 0
            if n == 0:  # 目前已储备JSR光刻胶生产基地、…, 拟建设匡时艺术展示中心: the list starts after the clause's verb
                start = _trimmed_start(doc.text, start, end, _TRIM_ALL)
            name = doc.text[start:end]
            # (市委副书记陈正邦、副市长吴晓丹出席了食用菌等项目: who attended, no works)
            if _LISTED_WORK.fullmatch(name) and not common_word(name) and not _AMOUNT_OR_COUNT.search(name) \
                    and not _NOT_A_NAME.search(name) and not _TITLE_OF_A_PERSON.search(name):
                found.append(Span(start, end, "Project", _project_kind(name), "project_slot", priority=7))
    return found


def _kind_of_works(item: str) -> bool:
    """民生服务, 交通网络建设, 新能源 (a sector), 国电投 (a firm): an item of a list that names no works."""
    return common_word(item) or bool(_NOT_A_NAME.search(item)) or not _OWN_WORDS.search(item)


# Two characters in a row that are no other name's (宏储源 in 宏储源…光伏储能)
_OWN_WORDS = re.compile(r"[^\ue010-\ue015\d、]{2}")
# A work in such a list: a few words, digits of its size too (年产10万吨活性石灰), no other named thing
_LISTED_WORK = re.compile(r"[^\s,。;:、()“”]{3,30}")


# 长光华芯光电产业园、理想汽车功率半导体研发及生产基地、新磊半导体生产基地、中建国际全球采购中心: a list
# of built things, each named up to its kind (the list needs two of them and as many as it has other items)
_FACILITY_HEADS = ("总部", "基地", "中心", "小镇", "大桥", "高速", "公路", "铁路", "高铁", "学校", "枢纽", "广场",
                   "实验室", "电站", "物流园", "港", "综合体", "医院", "一号线", "二号线")
_LIST_ITEMS = re.compile(r"[^,。;:、()“”\"\s]{2,40}(?:、[^,。;:、()“”\"\s]{2,40})+")


def _facility_list(doc: ArticleDoc, t: Templated) -> list[Span]:
    found = []
    for m in _LIST_ITEMS.finditer(t.text) if "、" in t.text else ():
        items = m.group().split("、")
        built = [item.endswith(_FACILITY_HEADS) and _OWN_WORDS.search(item) is not None for item in items]
        if sum(built) < 2 or _mostly(lambda is_built: not is_built, built):
            continue
        at = m.start()
        for n, (item, is_built) in enumerate(zip(items, built)):
            start, end = t.raw(at, at + len(item))
            at += len(item) + 1
            if n == 0:
                start = _trimmed_start(doc.text, start, end, _TRIM_ALL)
            name = doc.text[start:end]
            # (研发中心以及博雷顿管理总部: two things joined, neither named whole)
            if is_built and 4 <= len(name) <= 30 and not common_word(name) and not _AMOUNT_OR_COUNT.search(name) \
                    and not _NOT_A_NAME.search(name) and "以及" not in name:
                found.append(Span(start, end, "Project", _project_kind(name), "project_slot", priority=7))
    return found


# An item of a list of works: words, places within it, no other named thing and no count
_UNNAMED_WORK = re.compile(r"[^\d\ue010\ue012-\ue015]{2,}")


def _other_mentions(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """A name read from a slot once (阳逻开发区为新区两翼) is the same name where it recurs."""
    names = {doc.surface(s): s for s in found if s.rule.endswith("_slot") and s.end - s.start >= 2}
    if not names:
        return []
    # 玉龙喀什水利枢纽工程 recurs whole, not as the 喀什…工程 a place-led pattern reads there;
    # but a longer name holding it (滨海新区 around 新区) stays whole
    found = []
    for start, end in find_words(doc.text, names):
        span = names[doc.text[start:end]]
        if not any(s.start <= start and end <= s.end and s.end - s.start > end - start
                   for s in doc.spans_within(start - 20, end + 20)):
            found.append(Span(start, end, span.label, span.kind, span.rule, priority=span.priority))
    return found


_NOT_A_SECTOR = re.compile(r"型$|平台|民营|国有|中小|小微|重点|骨干|龙头|领军|上市|外资|进出口|疫情|生产|制造企业|优质|规上"
                           r"|高新技术|入驻|参会|落户|签约")


# 宁德时代是全球领先的动力电池企业: the sector of a firm described as a leader of it
_LEADING_FIRM_OF = re.compile(
    rf"是(?:一家)?[^,。;]{{0,8}}?(?:领先|知名|重要|最大|龙头)的([{CJK}]{{2,8}}?)(?:企业|公司|制造商|供应商|厂商)"
)


def _listed_industries(doc: ArticleDoc, t: Templated) -> list[Span]:
    found = []
    for m in _LEADING_FIRM_OF.finditer(t.text):
        start, end = t.raw(m.start(1), m.end(1))
        if not _NOT_A_SECTOR.search(doc.text[start:end]):
            found.append(Span(start, end, "Industry", "sector", "firm_of_sector", priority=2))
    # the list patterns need a list (and the stated ones their words): most sentences are spared them
    for pattern in (_INDUSTRY_LIST, _BASE_LIST):
        for m in _near_words(pattern, _LIST_COMMA, t.text, before=_LONGEST_ITEM + 1, after=_LIST_TAIL):
            found += _sector_items(doc, t, m.start(1), m.group(1), need_known=True)
    for m in _MAINLY_LIST.finditer(t.text) if "等为主" in t.text else ():
        found += _sector_items(doc, t, m.start(1), m.group(1), need_known=True)
    for m in _FOCUS_LIST.finditer(t.text) if _LIST_JOINS.search(t.text) else ():
        # 重点发展动漫、游戏原创和外包等产业: a list a zone develops, called sectors, is one
        stated = _CALLED_SECTORS.match(t.text, m.end()) is not None
        found += _sector_items(doc, t, m.start(1), m.group(1), need_known=False, stated=stated)
    stated = (_LEADING_LIST, _NAMED_SECTORS) if "产业" in t.text else ()
    for pattern in stated:  # 以酿酒为主导产业, 主要产业:A、B等: the words say so
        for m in pattern.finditer(t.text):
            found += _sector_items(doc, t, m.start(1), m.group(1), need_known=False, stated=True)
    return found


_LIST_JOINS = re.compile("[、和及与]")


def _sector_items(doc: ArticleDoc, t: Templated, at: int, listed: str, need_known: bool,
                  stated: bool = False) -> list[Span]:
    """The unknown items of a list of sectors: accepted when the list holds a known sector
    (``need_known``) or, either way, when every unknown item ends like a sector (…装备, …经济),
    or when the sentence ``stated`` that they are sectors."""
    items = _SPLIT_ITEMS.split(listed)
    # 一是培育跨境数据服务、…等新兴业态: the list starts after the verb; 以节能环保、…等为主导产业: after 以
    opener = _LIST_OPENER.match(items[0]) or re.match("以", items[0])
    if opener and (len(items[0]) - opener.end() >= 2 or items[0][opener.end():] in CHAR_LABELS):
        at += opener.end()
        items[0] = items[0][opener.end():]
    dashes = len(items[0]) - len(items[0].lstrip("—-"))  # “四大动力源”——医药健康、…: the list follows the dash
    at, items[0] = at + dashes, items[0][dashes:]
    lead = _TRIM_SECTOR.match(items[0])  # 重点发展电子信息: the list starts after the verb
    if lead and lead.end() == len(items[0]):  # 跨境数据服务: a cue word ending the item is its own
        lead = None
    at += lead.end() if lead else 0
    items[0] = items[0][lead.end():] if lead else items[0]
    unknown = [i for i in items if i not in CHAR_LABELS]
    known = any(i and all(CHAR_LABELS.get(ch) == "Industry" for ch in i) for i in items)  # 人工智能芯片 counts
    # 增加POS终端、数字电视机顶盒、汽车电子、芯片设计开发等产业: in a list said to be of sectors, half the
    # items (two at least) hold a known one
    holding = sum(LABEL_CHARS["Industry"] in i for i in items)
    known = known or (need_known and holding >= 2 and holding * 2 >= len(items))
    if not unknown or not (stated or known or all(_ends_like_sector(doc, t, i) for i in unknown)):
        return []
    found = []
    for item in items:
        if item not in CHAR_LABELS:
            start, end = t.raw(at, at + len(item))
            end -= 2 if doc.text.endswith(("产业", "行业"), start, end) and end - start > 4 else 0  # 海洋装备产业
            text = doc.text[start:end]
            # (“一核、两园、七大产业集群”: a layout's shorthand is no sector)
            if 2 <= end - start <= 10 and text not in lx.NOT_INDUSTRY and not _NOT_A_SECTOR_ITEM.search(text) \
                    and not _LAYOUT_WORDS.match(text):
                found.append(Span(start, end, "Industry", "sector", "industry_list", priority=7))
        at += len(item) + 1
    return found


def _ends_like_sector(doc: ArticleDoc, t: Templated, item: str) -> bool:
    return not any(ch in CHAR_LABELS for ch in item[:-1]) and item.endswith(lx.INDUSTRY_HEADS) and len(item) >= 2


# 江苏新时代造船有限公司在京签署: a firm's name ends with its legal suffix; 河北省联社共同: adverbs are no part of it
_FIRM_END = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|集团)(?=.)")
_TRAILING_ADVERB = re.compile(r"(?:共同|分别|一起|一同|正式|此次|申请|先后|相继|陆续|均|都|也|还|再|将|以)$")
# 工行为合肥政务文化新区先后发放项目融资: a zone is lent to as its builders' stand-in, no firm
_ZONE_KIND_AT_END = re.compile(rf"(?:{_ZONE_SUFFIX})$")
_DISCOURSE_WORDS = ("后续", "同时", "此外", "目前", "近年", "今后", "随后", "近期", "未来", "期间", "其中", "双方", "各方", "以来", "年来")


# (县长 and 市长 not where a place's 长 opens the next word: 于都县长征国家文化公园项目, 武汉市长江新区)
_TITLE_OF_A_PERSON = re.compile(r"书记|行长|负责人|董事长|总经理|主任|局长|部长|厅长|常委|常务"
                                r"|[市县]长(?![江征城沙春安寿兴治白岭海乐丰垣清葛阳汀宁])")
# 大连民营企业联手: a kind of firm and what it does, no firm's name (a registered name ends after 企业's words)
_KIND_OF_FIRM = re.compile(r"企业(?!.*(?:公司|集团)$)")


def _slot_span(name: str, start: int, end: int, label: str) -> Span | None:
    # 市级重点项目——两江天然气…项目: what a dash sets apart is the name, the words before say what it is
    dash = name.rfind("——")
    if dash >= 0:
        name, start = name[dash + 2:], start + dash + 2
    role = _ROLE_WORDS.search(name) if label == "Zone" else None  # 湘潭产业园功能定位为…: the zone's role, not its name
    if role is not None and role.start() >= 2:
        name, end = name[:role.start()], start + role.start()
    if label == "Enterprise":
        cut = _FIRM_END.search(name)
        if cut is not None:
            name, end = name[:cut.end()], start + cut.end()
        adverb = _TRAILING_ADVERB.search(name)
        if adverb is not None:
            name, end = name[:adverb.start()], start + adverb.start()
    named_park = label == "Zone" and len(name) >= 4 and name.endswith(_PARK_ENDINGS)  # 孟定核心园区 is a zone's name
    # (中国信保为河北企业提供保单融资支持逾16亿美元: a sum, no name)
    # (公司为子公司申请银行…, 向银行、非银金融机构或其他机构申请综合授信: what a notice's firm does, no name)
    if (name.endswith(lx.GENERIC_FIRM_HEADS) and not named_park) or len(name) < 2 or name in _DISCOURSE_WORDS \
            or _TITLE_OF_A_PERSON.search(name) or AMOUNT.search(name) or name == "银行" or _NOTICE_VERBS.search(name):
        return None
    # (工商银行成都分行与成都温江签署: a county named after its prefecture is a place)
    if label == "Enterprise" and (name.endswith(lx.NOT_FIRM_ENDINGS) or _KIND_OF_FIRM.search(name) or name in lx.NOT_FIRM_WORDS
                                  or _ZONE_KIND_AT_END.search(name)
                                  or name in gazetteer.prefecture_county_names() or _a_division_in_its_place(name)):
        return None
    if label == "Project" and not _PROJECT_END.search(name) and len(name) < 5:
        return None  # 交通、能源等重大项目: fields of works, not works
    if _PROJECT_END.search(name) or label == "Project":
        if generic_works(_BRACKETS_AT_END.sub("", name)):
            return None
        ranked = _RANK_OF_WORKS.match(name)  # 龙头项目Z4线一期工程: what the work is said to be opens no name
        start += ranked.end() if ranked else 0
        return Span(start, end, "Project", _project_kind(name), "project_slot", priority=7)
    if label == "Zone":
        if _LAYOUT_WORDS.match(name):  # 其中一区为产业核心区: a layout's shorthand, no zone
            return None
        kind = "development_zone" if name.endswith(_PARK_ENDINGS) else _kind(name, lx.ZONE_KINDS) or "district"
    else:
        kind = "bank" if name.endswith(_BANK_OFFICES) else "company"  # 徽商银行总行 is a bank
    return Span(start, end, label, kind, f"{label.lower()}_slot", priority=7)


_BANK_OFFICES = ("银行", "总行", "分行", "支行")
_NOTICE_VERBS = re.compile(r"申请|签署|授权")


def _a_division_in_its_place(name: str) -> bool:
    """开化县, 衢州市开化县, 天津市南开区: a county or district, alone or after the place it lies in, is a place,
    no firm."""
    places = _divisions_and_provinces()
    return name in places or any(name[-n:] in places and name[:-n] in places for n in range(2, min(len(name) - 1, 8)))


@lru_cache(maxsize=1)
def _divisions_and_provinces() -> frozenset[str]:
    return _division_names() | _PROVINCE_NAMES


_RANK_OF_WORKS = re.compile(r"(?:龙头|重点|重大|标志性|引领性|示范)项目(?=.{4})")
_ROLE_WORDS = re.compile(r"(?:的)?(?:功能定位|定位)$")
