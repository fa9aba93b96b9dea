"""Resolution inside one article: short forms and references point at the full name.

- ``(以下简称《方案》)`` defines 方案 as the title just before it; later 《方案》 is that plan.
- a bare 《方案》 with no definition is the last plan whose title ends that way;
- 该行, 本行, 分行 are the bank last named; 总行 its head office;
- 我市, 全市, 本市 (我省 ...) are the article's city (province);
- a zone's kind word alone (经开区, 该开发区) is the article's zone of that kind, a sub-branch named by
  its place alone (余杭支行) its bank's;
- a place is named in full (重庆 -> 重庆市), a central agency by its usual name,
  a firm by its longest form (进出口银行... -> 中国进出口银行...).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from .. import gazetteer
from . import lexicons as lx
from .entities import central_name, place_bank
from .spans import ArticleDoc, Span, find_words, select
from .words import crosses_a_word

_DEFINITION = re.compile(r"\((?:以下简称|以下称|下称|简称)为?[“\"]?(《[^》]{1,16}》|[^)”\"]{1,16})[”\"]?\)")
_EACH = ("各", "诸", "全体")
# (我行 in a banker's words: the article's bank)
_BANK_REFERENCES = re.compile(r"该(?:银|支|分)?行|本行|我行|总行|(?<![\u4e00-\u9fff])分行")
# 我行向该企业发放贷款7.7亿元, 为该公司提供了6500万元项目贷款: the firm last named, if one is near;
# …扩容项目建设捷报频传。国开行四川分行为该项目提供贷款: so the work last named
_REFERENCES: tuple[tuple[re.Pattern[str], str, tuple[str, ...], str], ...] = (
    (re.compile("该企业|该公司"), "Enterprise", ("company",), "firm_reference"),
    # …股份有限公司发布公告称,公司全资子公司X; 公司及子公司X: in a firm's notice, 公司 before its subsidiaries is the firm
    (re.compile(r"(?:(?<=[,。;:\s])|^)公司(?=(?:及|和)?(?:全资|控股|下属)?子公司)"), "Enterprise", ("company",),
     "firm_reference"),
    (re.compile("该项目|该工程"), "Project", ("facility", "infrastructure"), "works_reference"),
)
_REFERENCE_REACH = 300
# 杭州市分行新成立余杭支行和滨江支行: a sub-branch named by its place alone is the article's bank's (标志着该支行:
# 该 refers to the bank named before)
_BARE_SUB_BRANCH = re.compile(r"(?<![行])[\u4e00-\u9fff](?<!级)(?!该)[\u4e00-\u9fff](?<!级)支行")
_SELF_REFERENCES = re.compile("|".join(lx.SELF_REFERENCES))
_BRANCH = re.compile(r"^(.*?(?:银行|行))(.+?)(分行|支行|营业部)$")
_ANY_PLACE_PREFIX = re.compile("^(?:" + "|".join(sorted([*lx.PROVINCES, *lx.CITIES], key=len, reverse=True))
                               + r")(?:省|市)?")
_PLACE_PREFIX = re.compile("^(?:" + "|".join(sorted([*lx.PROVINCES, *lx.CITIES], key=len, reverse=True))
                           + r")(?:省|市)?(?=国家|中国)")


def define_aliases(doc: ArticleDoc) -> None:
    """Record ``(以下简称X)`` definitions and mark every later short form with what it stands for."""
    ends = {s.end: s for s in [*doc.titles, *doc.spans]}
    for m in _DEFINITION.finditer(doc.text):
        target = ends.get(m.start())
        # (以下简称各初始贷款人) after a list of banks: a name for all of them, none the last one's
        if target is not None and not m.group(1).startswith(_EACH):
            doc.defined[m.group(1).strip("《》")] = target
    _renamed_zones(doc)
    _short_zone_names(doc)
    for title in doc.titles:
        inner = doc.text[title.start + 1:title.end - 1]
        if title.antecedent is None and inner in doc.defined and doc.defined[inner] is not title:
            title.antecedent = doc.defined[inner]
        elif title.antecedent is None and _is_kind_word(inner):
            title.antecedent = _last_title_ending(doc, inner, title.start)
    _add_defined_occurrences(doc)


def _short_zone_names(doc: ArticleDoc) -> None:
    """A zone written X经开区 (X高新区, X综保区) in an article that names one zone …X经济技术开发区 in full, with or
    without its province before X, is that zone (one node, the short form its alias)."""
    shorts: dict[str, list[Span]] = {}
    for zone in (s for s in doc.spans if s.label == "Zone" and s.antecedent is None):
        name = doc.surface(zone)
        full = next((f for f, _ in _SHORT_ZONE_KINDS if name.endswith(f) and len(name) > len(f) + 1), None)
        if full is None:
            continue
        # 西宁(国家级)经济技术开发区 … 西宁开发区: the rank in brackets is no part of the short form either
        core = _RANK_IN_BRACKETS.sub("", name[:-len(full)])
        for short in (short for f, short in _SHORT_ZONE_KINDS if f == full):
            for form in {core, _PROVINCE_OPENING.sub("", core)}:
                if len(form) >= 2:
                    shorts.setdefault(form + short, []).append(zone)
    for span in doc.spans:
        fulls = {doc.surface(z): z for z in shorts.get(doc.surface(span), [])}
        if span.label == "Zone" and span.antecedent is None and len(fulls) == 1:
            span.antecedent = next(iter(fulls.values()))


_PROVINCE_OPENING = re.compile("^(?:" + "|".join(sorted(lx.PROVINCES, key=len, reverse=True)) + ")")


def _renamed_zones(doc: ArticleDoc) -> None:
    """黄山经开区更名为黄山高新技术产业开发区: the old name is the new zone's alias, one node."""
    starts = {s.start: s for s in doc.spans if s.label == "Zone"}
    for old in [s for s in doc.spans if s.label == "Zone"]:
        if doc.text.startswith(_RENAMED, old.end):
            new = starts.get(old.end + len(_RENAMED))
            if new is not None and new is not old:
                old.antecedent = new


_RENAMED = "更名为"


def _is_kind_word(inner: str) -> bool:
    return any(inner == suffix for suffix, _ in lx.PLAN_KINDS) or inner in ("工作方案",)


def _last_title_ending(doc: ArticleDoc, inner: str, before: int) -> Span | None:
    earlier = [t for t in doc.titles if t.start < before and t.antecedent is None
               and doc.text[t.start:t.end - 1].endswith(inner) and t.end - t.start > len(inner) + 2]
    return earlier[-1] if earlier else None


def _add_defined_occurrences(doc: ArticleDoc) -> None:
    """Bare uses of a defined short name (试验区) outside titles become spans of its target.

    An article about a single pilot zone may say 试验区 without defining it: then it means that zone.
    """
    pilots = {doc.surface(s): s for s in doc.spans if s.kind == "pilot_zone" and s.rule == "pilot_zone"}
    if len(pilots) == 1:
        only = next(iter(pilots.values()))
        suffix = re.search(r"(试验区|示范区|先行区|先导区|实验区)$", doc.surface(only))
        if suffix:
            doc.defined.setdefault(suffix.group(), only)
    # 桂林农商银行, recognised as a bank on its own, is the 广西桂林农村商业银行股份有限公司 it was defined as;
    # 兴平高新区, recognised as a zone, is the 兴平高新技术产业开发区 it was defined as
    for span in doc.spans:
        target = doc.defined.get(doc.surface(span))
        if target is not None and target is not span and target.label == span.label in ("Enterprise", "Zone"):
            span.antecedent = target
    extra = []
    for alias, target in doc.defined.items():
        if target.label == "Plan":
            continue
        for start, end in find_words(doc.text, [alias]):
            extra.append(Span(start, end, target.label, target.kind, "defined_alias", priority=-1, antecedent=target))
    doc.spans = select(doc.spans + extra) if extra else doc.spans


# 9个项目 in a headline, 共计签约项目9个 in the body: the count restated after its works is the same programme
_COUNTED = re.compile(r"^(\d+)个[^\d个]{0,8}项目$")
_RESTATED_COUNT = r"(?:^|(?<=[,。;:、\s])|(?<=共计|合计|累计)|(?<=[共已])(?!计))([^,。;:、\s共\d]{{0,10}}?项目){count}个"


def restated_counts(doc: ArticleDoc) -> None:
    """A count of works named twice, once as N个…项目 and once as …项目N个, is one programme: the second
    form becomes a span of the first (and so its alias)."""
    extra = []
    for span in [s for s in doc.spans if s.label == "Project"]:
        counted = _COUNTED.match(doc.surface(span))
        if counted is None or f"项目{counted.group(1)}个" not in doc.text:  # (no pattern tried where it cannot fit)
            continue
        for m in re.finditer(_RESTATED_COUNT.format(count=counted.group(1)), doc.text):
            extra.append(Span(m.start(1), m.end(), "Project", span.kind, "restated_count", priority=-1,
                              antecedent=span))
    # (签约项目26个 read as a programme of its own is this restatement)
    restated = {(s.start, s.end) for s in extra}
    kept = [s for s in doc.spans if s.rule != "counted_after_kind" or (s.start, s.end) not in restated]
    doc.spans = select(kept + extra) if extra else doc.spans


def add_references(doc: ArticleDoc) -> None:
    """Spans for 该行/分行/总行, 我市/全市, and places written without their suffix once named with it
    (赣州市 ... 赣州); what they stand for is settled in :func:`name_spans`."""
    extra = [Span(m.start(), m.end(), "Enterprise", "bank", "bank_reference", priority=-1)
             for m in _BANK_REFERENCES.finditer(doc.text)]
    extra += _bare_places(doc) + _bare_zone_words(doc) + _references(doc)
    extra += [Span(m.start(), m.end(), "Enterprise", "bank", "bare_branch", priority=-1)
              for m in _BARE_SUB_BRANCH.finditer(doc.text) if not crosses_a_word(doc.text, m.start())]
    extra += [Span(m.start(), m.end(), "Zone", lx.SELF_REFERENCES[m.group()], "self_reference", priority=-1)
              for m in _SELF_REFERENCES.finditer(doc.text)]
    doc.spans = select(doc.spans + extra)


def _references(doc: ArticleDoc) -> list[Span]:
    """该企业, 该公司, 该项目: spans that stand for the firm or work named last before them (none if it is far)."""
    found = []
    for pattern, label, kinds, rule in _REFERENCES:
        named = [s for s in doc.spans if s.label == label and s.kind in kinds and s.antecedent is None]
        for m in pattern.finditer(doc.text):
            before = [s for s in named if m.start() - _REFERENCE_REACH <= s.start and s.end <= m.start()]
            if before:
                found.append(Span(m.start(), m.end(), label, before[-1].kind, rule, priority=-1, antecedent=before[-1]))
    return found


def _bare_places(doc: ArticleDoc) -> list[Span]:
    named = {doc.surface(s)[:-1]: s for s in doc.spans if s.rule in ("admin_suffix", "division") and len(doc.surface(s)) >= 3}
    if not named:
        return []
    return [Span(start, end, "Zone", named[doc.text[start:end]].kind, "bare_place", priority=-1,
                 antecedent=named[doc.text[start:end]]) for start, end in find_words(doc.text, named, "市县区")]


# 今年,经开区将…; 该开发区重点引进…; 向新区发放贷款: a zone's kind word alone, opening a clause or after
# 该/本 or a preposition, is the article's zone of that kind (the one last named before it, else the
# one it names most); a word with no such zone named stays nothing.
_BARE_ZONE_WORD = re.compile(r"(?:(?<=[,。;:\s“])|^|(?<=[该本此向在对与]))"
                             r"(经开区|开发区|高新区|新片区|新区|示范区|试验区|自贸区|综保区|保税区|(?<=[该本此])园区)(?=[^区])")
_FULL_FORMS: dict[str, tuple[str, ...]] = {
    "经开区": ("经开区", "经济技术开发区", "经济开发区"), "开发区": ("开发区", "经开区", "高新区"),
    "高新区": ("高新区", "高新技术产业开发区"), "新区": ("新区",), "新片区": ("新片区",), "示范区": ("示范区",),
    # (蒙苏经济开发区…该园区由…组成: a development zone is a 园区 too)
    "试验区": ("试验区",), "园区": ("园区", "产业园", "工业园", "开发区", "经开区", "高新区"),
    "自贸区": ("自贸区", "自由贸易试验区"), "综保区": ("综保区", "综合保税区"), "保税区": ("保税区", "综保区"),
}


# 陕西略阳经济技术开发区 … 略阳经开区: the short form the press writes for a zone named in full, its full kinds
# longest first
# longest first (a zone's name that ends in 开发区 may be written X开发区 too)
_SHORT_ZONE_KINDS = sorted({pair for short in ("经开区", "高新区", "综保区") for full in _FULL_FORMS[short] if full != short
                            for pair in ((full, short), (full, "开发区"))
                            if pair[1] != "开发区" or full.endswith("开发区")}, key=lambda pair: (-len(pair[0]), pair[1]))
_RANK_IN_BRACKETS = re.compile(r"\((?:国家级|省级)\)$")


def _bare_zone_words(doc: ArticleDoc) -> list[Span]:
    found = []
    zones = [(s, doc.surface(s)) for s in doc.spans if s.label == "Zone" and s.antecedent is None]
    for m in _BARE_ZONE_WORD.finditer(doc.text):
        named = [s for s, surface in zones
                 if len(surface) > len(m.group(1)) and surface.endswith(_FULL_FORMS[m.group(1)])]
        before = [s for s in named if s.end <= m.start()]
        if named:  # the zone last named before, else the one named most
            top = Counter(doc.surface(s) for s in named).most_common(1)[0][0]
            zone = before[-1] if before else next(s for s in named if doc.surface(s) == top)
            found.append(Span(m.start(1), m.end(1), "Zone", zone.kind, "zone_reference", priority=-1, antecedent=zone))
    return found


def name_spans(doc: ArticleDoc, default_city: str = "") -> None:
    """Give every span its canonical name; drop references that point at nothing."""
    for span in [*doc.titles, *doc.spans]:
        if span.antecedent is None and span.rule not in ("bank_reference", "self_reference"):
            span.name = _own_name(doc, span)
    _prefer_longest_firm_names(doc)
    _one_name_for_works(doc)
    _drop_place_prefix_of_known_zones(doc)
    _expand_line_numbers(doc)
    for span in doc.titles:
        if span.antecedent is not None:
            span.name = span.antecedent.name
    province = _main_place(doc, "province") or _branch_province(doc) or _place_of_agencies(doc, _PROVINCE_AGENCY)
    # 聚焦我区 in an article of Xinjiang: an autonomous region calls itself 区
    places = {"city": _main_place(doc, "city") or default_city or _place_of_agencies(doc, _CITY_AGENCY),
              "province": province,
              "district": province if province.endswith("自治区") else ""}
    banks = [s for s in doc.spans if s.label == "Enterprise" and s.kind == "bank" and s.rule == "bank_suffix"]
    kept = []
    for span in doc.spans:
        if span.antecedent is not None:
            span.name = span.antecedent.name
        elif span.rule == "self_reference":
            span.name = places.get(span.kind or "", "")
        elif span.rule == "bank_reference":
            span.name = _bank_for(doc, span, banks)
        elif span.rule == "bare_branch":
            span.name = _sub_branch_of(doc, span, banks)
        elif span.label == "Agency":
            span.name = _qualified_agency(span.name, places, _main_place(doc, "county"))
        if span.name:
            kept.append(span)
    doc.spans = kept
    doc.main_plan = _main_plan(doc)
    doc.main_zone = _main_zone(doc)
    doc.main_bank = _main_bank(doc)


def _own_name(doc: ArticleDoc, span: Span) -> str:
    surface = doc.surface(span)
    if span.label == "Plan":  # a title broken over lines by the page layout is one name
        return re.sub(r"\s+", "", surface.removeprefix("《").removesuffix("》"))
    if span.label == "Agency" and span.kind == "leading_group":
        return _group_of_place(doc, span, surface)
    if span.label == "Agency":  # 江西省政府 is 江西省人民政府, its name in official documents
        return _PEOPLES_GOVERNMENT.sub("人民政府", central_name(surface))
    if span.label == "Enterprise" and span.kind == "bank":
        surface = _REGISTERED_BANK.sub("", surface)  # 中信银行股份有限公司 is 中信银行, one node with its brand
        full = place_bank(surface) or _BANK_SHORT.sub(lambda m: lx.BANK_SHORT_FORMS[m.group()], surface)
        # 农发行四川江安县支行 and 农发行江安县支行 are one sub-branch: a county's is named without its province
        full = _PROVINCE_BEFORE_COUNTY.sub("", full, count=1)
        # 陕西分行 is 陕西省分行: a province's branch is named with 省 (not 广西分行, 重庆分行)
        return _PROVINCE_BRANCH.sub(lambda m: lx.PROVINCES[m.group(1)] + m.group(2), full)
    if span.label == "Zone" and span.rule == "division_short":  # 文昌, after 文昌市: named as the division
        surface = span.name
    if span.label == "Zone" and span.rule in ("division", "division_short"):  # 互助县: 互助土族自治县
        return gazetteer.autonomous_county_short_forms().get(surface, surface)
    if span.label == "Zone" and span.rule == "prefecture_short_form":  # 海西州: 海西蒙古族藏族自治州
        return gazetteer.autonomous_prefecture_short_forms()[surface]
    if span.label == "Zone" and span.rule == "gazetteer":
        short = re.sub(r"(省|市|自治区|特别行政区)$", "", surface)
        if short in lx.PROVINCES:
            return lx.PROVINCES[short]
        return surface if surface != short else short + "市"
    if span.label == "Zone" and span.kind == "pilot_zone":
        return _PLACE_PREFIX.sub("", surface)
    return surface


_REGISTERED_BANK = re.compile(r"(?<=银行)(?:股份有限公司|有限责任公司|有限公司)")
_PEOPLES_GOVERNMENT = re.compile(r"(?<=[省市县区州盟旗])政府$")
_PROVINCE_BEFORE_COUNTY = re.compile("(?<=银行)(?:" + "|".join(lx.PROVINCES) + ")(?![省市])(?=[\u4e00-\u9fff]{1,4}[县市区]支行$)")
_BANK_SHORT = re.compile("^(?:" + "|".join(sorted(lx.BANK_SHORT_FORMS, key=len, reverse=True)) + ")")
_PROVINCE_BRANCH = re.compile(
    "(" + "|".join(short for short, full in lx.PROVINCES.items() if full.endswith("省")) + ")(分行|分行营业部)$"
)
# 成立数字经济发展领导小组 after a place: the place's group (四川省数字经济发展领导小组)
_PLACE_SETS_UP = re.compile("(" + "|".join(sorted([*lx.PROVINCES, *lx.CITIES], key=len, reverse=True))
                            + r")(?:省|市|自治区)?(?:将|还将|要|已|正式)?(?:成立|组建|设立)(?:了)?$")


def _group_of_place(doc: ArticleDoc, span: Span, surface: str) -> str:
    m = _PLACE_SETS_UP.search(doc.text, max(0, span.start - 12), span.start)
    if m is None:
        return surface
    place = lx.PROVINCES.get(m.group(1), m.group(1) + "市")
    return place + (surface[1:] if surface[0] == place[-1] else surface)


def _branch_key(name: str) -> str:
    return re.sub(r"(?:省|市|维吾尔自治区|壮族自治区|回族自治区|自治区)(?=分行|支行|营业部)", "", name)


def _prefer_longest_firm_names(doc: ArticleDoc) -> None:
    """进出口银行重庆分行 and 中国进出口银行重庆分行 (国开行四川分行, 国家开发银行四川省分行) in one article
    are one bank, named in full."""
    names = {s.name for s in doc.spans if s.label == "Enterprise"}
    longest: dict[str, str] = {}
    for name in names:
        key = _branch_key(name)
        if len(name) > len(longest.get(key, "")):
            longest[key] = name
    for span in doc.spans:
        if span.label == "Enterprise" and "中国" + span.name in names:
            span.name = "中国" + span.name
        elif span.label == "Enterprise" and span.kind == "bank":
            span.name = longest.get(_branch_key(span.name), span.name)


def _one_name_for_works(doc: ArticleDoc) -> None:
    """厦门市爱心护理院扩建工程 and 厦门市爱心护理院扩建工程项目 in one article are one work, named with 项目, and
    柳工智能国际工业园项目 and 柳州市柳工智能国际工业园项目 one named with its place (the other form stays its alias)."""
    works = [s for s in [*doc.titles, *doc.spans] if s.label == "Project"]
    names = {s.name for s in works}
    for span in works:
        if span.name + "项目" in names:
            span.name += "项目"
    placed = {_ANY_PLACE_PREFIX.sub("", name): name for name in names if _ANY_PLACE_PREFIX.match(name)}
    for span in works:
        span.name = placed.get(span.name, span.name)


def _drop_place_prefix_of_known_zones(doc: ArticleDoc) -> None:
    """四川天府新区 and 天府新区 in one article are one zone, named as the article names it bare."""
    names = {s.name for s in doc.spans if s.label == "Zone"}
    for span in doc.spans:
        if span.label == "Zone" and span.kind not in ("city", "province", "county", "district"):
            bare = _ANY_PLACE_PREFIX.sub("", span.name)
            if bare != span.name and bare in names and bare not in lx.NOT_ZONES:
                span.name = bare


def _expand_line_numbers(doc: ArticleDoc) -> None:
    """轨道交通4号线和18号线: the second line shares the first one's prefix."""
    previous: Span | None = None
    for span in doc.spans:
        if span.label != "Project" or "号线" not in span.name:
            continue
        if span.name[0].isdigit() and previous is not None and span.start - previous.end <= 2:
            prefix = re.match(r"^(.*?)\d", previous.name)
            if prefix and prefix.group(1):
                span.name = prefix.group(1) + re.sub("项目$", "", span.name)
        previous = span


# 湖南省人民政府, 长沙市科技局: the place an agency's own name gives
_PROVINCE_AGENCY = re.compile(r"^(.{2,8}?(?:省|自治区))(?=.)")
_CITY_AGENCY = re.compile(r"^(.{2,4}?市)(?=.)")


def _place_of_agencies(doc: ArticleDoc, pattern: re.Pattern[str]) -> str:
    """The place the first agency named after one gives (an article may name its province only so)."""
    return next((m.group(1) for s in doc.spans if s.label == "Agency" and (m := pattern.match(s.name))), "")


_RELATIVE_AGENCY = re.compile(r"^([省市县])(?=人民政府|政府|委|办|发展改革委|发改委|[^,。;]{1,10}?[厅局委办])")


def _qualified_agency(name: str, places: dict[str, str], county: str) -> str:
    """市科技局 in an article about 重庆市 is 重庆市科技局: a body named relative to the article's place gets
    that place, so two cities' 市科技局 never merge; left as it is when the article names no such place."""
    m = _RELATIVE_AGENCY.match(name)
    if m is None:
        return name
    level = m.group(1)
    place = {"省": places["province"], "市": places["city"], "县": county}[level]
    # only a place of the same level: 省 may be an autonomous region, 市 never a county
    return place + name[1:] if place.endswith(("省", "自治区") if level == "省" else (level,)) else name


def _main_place(doc: ArticleDoc, kind: str) -> str:
    """The city (or province) the article is about: the one it names most."""
    counts = Counter(s.name for s in [*doc.spans, *doc.titles] if s.label == "Zone" and s.kind == kind
                     and s.rule != "self_reference")
    return counts.most_common(1)[0][0] if counts else ""


_BRANCH_OF_PROVINCE = re.compile("(" + "|".join(sorted(lx.PROVINCES, key=len, reverse=True))
                                 + r")(?:省|市|维吾尔自治区|壮族自治区|回族自治区|自治区)?分行$")


def _branch_province(doc: ArticleDoc) -> str:
    """A provincial branch's article (国开行新疆分行 ... 我区) is about the branch's province."""
    for span in doc.spans:
        m = _BRANCH_OF_PROVINCE.search(span.name) if span.label == "Enterprise" and span.kind == "bank" else None
        if m:
            return lx.PROVINCES[m.group(1)]
    return ""


def _bank_for(doc: ArticleDoc, reference: Span, banks: list[Span]) -> str:
    """The bank an anaphor means: the last one named before it, else the first named; 总行 is its head."""
    if not banks:
        return ""
    before = bisect_left([s.start for s in banks], reference.start)
    bank = banks[before - 1] if before else banks[0]
    if doc.surface(reference) == "总行":
        return head_bank(bank.name) or ""
    return bank.name


def _sub_branch_of(doc: ArticleDoc, branch: Span, banks: list[Span]) -> str:
    """余杭支行 in an article about 中国邮政储蓄银行杭州市分行 is 中国邮政储蓄银行余杭支行."""
    named = Counter(head_bank(s.name) or s.name for s in banks)
    return named.most_common(1)[0][0] + doc.surface(branch) if named else ""


def head_bank(name: str) -> str | None:
    """中国进出口银行重庆分行 -> 中国进出口银行; None for a name that is no branch."""
    m = _BRANCH.match(name)
    return m.group(1) if m else None


def _main_bank(doc: ArticleDoc) -> Span | None:
    """The bank the article is about: the one it names most (itself, 该行, 分行)."""
    banks = [s for s in doc.spans if s.label == "Enterprise" and s.kind == "bank"]
    if not banks:
        return None
    top = Counter(s.name for s in banks).most_common(1)[0][0]
    return next(s for s in banks if s.name == top)


def _main_plan(doc: ArticleDoc) -> Span | None:
    defined = [s for s in doc.defined.values() if s.label == "Plan"]
    full = [t for t in doc.titles if t.antecedent is None]
    return (defined or full or [None])[0]


def _main_zone(doc: ArticleDoc) -> Span | None:
    """The zone the article is about: a defined short name's target, else the pilot zone or new area it names most
    (or the development zone, when the article names it more than twice as often)."""
    defined = [s for s in doc.defined.values() if s.label == "Zone"]
    if defined:
        return defined[0]
    # 《临港新片区国际数据经济产业园建设方案》: the plan is about the park, not the zone it lies in
    plan = doc.main_plan
    parks = [s for s in doc.spans if s.rule == "park" and plan is not None and plan.start <= s.start < plan.end]
    if parks:
        return parks[0]
    pilots = [s for s in doc.spans if s.label == "Zone" and s.kind in ("pilot_zone", "new_area")]
    if not pilots:
        return None
    top, times = Counter(s.name for s in pilots).most_common(1)[0]
    # (广元经济技术开发区 named or meant (开发区) five times, 三江新区 twice: the page is the development zone's)
    zones = Counter(s.name for s in doc.spans if s.label == "Zone" and s.kind == "development_zone")
    if zones and zones.most_common(1)[0][1] > 2 * times:
        top, times = zones.most_common(1)[0]
    # 加快建设科创绿谷、都市新区的步伐 in a district's news: a zone named once in passing is not what it is about
    if times == 1 and _named_more_often(doc, 3):
        return None
    return next(s for s in doc.spans if s.label == "Zone" and s.name == top)


def _named_more_often(doc: ArticleDoc, times: int) -> bool:
    """The article names some other place at least ``times`` times."""
    places = Counter(s.name for s in doc.spans if s.label == "Zone" and s.kind in ("city", "county", "district"))
    return bool(places) and places.most_common(1)[0][1] >= times
