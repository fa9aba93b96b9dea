"""Relation rules: cue-word patterns over templated sentences.

In a templated sentence every entity occurrence is one label character (see
:mod:`.spans`), so a rule such as "Plan ... 获 Agency、Agency 批复" is a plain
regular expression. Each rule is a function ``(doc, templated) -> list[Found]``
named after what it reads; the rule name is recorded as evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from .. import gazetteer
from . import lexicons as lx
from .entities import division_kind, division_opening
from .frames import LIST_APPROVAL, OF_WHAT_IS_SITED, lists_more_than_its_titles, read_frames
from .money import AMOUNT, Amount, loan_terms, parse_amount
from .resolve import head_bank
from .spans import LABEL_CHARS, ArticleDoc, Found, Sentence, Span, Templated

P, Z, I, E, J, A = (LABEL_CHARS[k] for k in ("Plan", "Zone", "Industry", "Enterprise", "Project", "Agency"))
_SEP = f"(?:{'|'.join(sorted(lx.SERIES_JOINERS, key=len, reverse=True))})"  # 以及 before its 及


def _series(chars: str) -> str:
    """One or more tokens of the given labels joined by a word of lx.SERIES_JOINERS."""
    return f"[{chars}](?:{_SEP}[{chars}])*"


def _found(t: Templated, source: Span, type_: str, target: Span, rule: str, **properties: str | int | float) -> Found:
    return Found(source, type_, target, t.sentence, rule, {k: v for k, v in properties.items() if v})


def _group_spans(t: Templated, m: re.Match[str], group: int | str, label: str | None = None) -> list[Span]:
    spans = t.spans_between(m.start(group), m.end(group))
    return [s for s in spans if label is None or s.label == label]


def _one_to_many(t: Templated, pattern: re.Pattern[str], one: int, many: int, type_: str, rule: str,
                 *, one_is_source: bool = True, label: str | None = None) -> list[Found]:
    """For each match: the token of group ``one`` related to every token of group ``many``."""
    found = []
    for m in pattern.finditer(t.text):
        if m.start(one) < 0:  # an alternative of the pattern without this group matched
            continue
        single = t.tokens[m.start(one)]
        for other in _group_spans(t, m, many, label):
            if other.name != single.name:
                source, target = (single, other) if one_is_source else (other, single)
                found.append(_found(t, source, type_, target, rule))
    return found


# ---------------------------------------------------------------- approvals
# (麻城石材铁路专用线获湖北省发改委核准立项: a work's approval is its 核准, not the rule that asks for one, 核准制)
_APPROVED_AFTER = re.compile(rf"([{P}{Z}{J}])[^,。;]{{0,24}}?(?:获得?|取得|得到|经)({_series(A)})[^,。;]{{0,4}}?"
                             r"(?:批复|批准|同意|核准(?!制))")
_APPROVED_BEFORE = re.compile(
    rf"({_series(A)})(?:正式|已|近日|日前|联合)*(?:批复|批准|复函|核准(?!制))(?:同意)?[,]?(?:支持|同意)?"
    # 同意在贵州省启动建设…国家枢纽节点: what is approved is what is built there
    rf"(?:在{Z}(?:启动|规划)?(?:建设|设立)({J})|(?:了|设立|建设)?([{P}{Z}]))"
)
_APPROVED_BY_WAY = re.compile(rf"经({_series(A)})(?:批准|批复|同意)[^。;]{{0,6}}?(?:设立|建设|印发)?([{P}{Z}{J}])")


_BUILT_ZONE = re.compile(rf"[^,。;]*?(?:建设|设立|创建|申建)[^,。;{Z}]{{0,12}}?({Z})")  # 创建国家级工业互联网示范区
_BUILDS_A_ZONE = re.compile(r"(?:建设|设立|创建|申建)[^,。;]{2,20}?(?:试验区|示范区|先导区|先行区|新区|合作区)")


def approvals(doc: ArticleDoc, t: Templated) -> list[Found]:
    found = [f for pattern, subject, approvers in ((_APPROVED_AFTER, 1, 2), (_APPROVED_BEFORE, 3, 1),
                                                   (_APPROVED_BEFORE, 2, 1), (_APPROVED_BY_WAY, 2, 1))
             for f in _one_to_many(t, pattern, subject, approvers, "APPROVED_BY", "approved_by_cue", label="Agency")]
    return [g for f in found for g in _approved_zone(doc, t, f)]


def _approved_zone(doc: ArticleDoc, t: Templated, found: Found) -> list[Found]:
    """批复浙江省、福建省建设国家…试验区: what is approved is the zone the places build, not the places."""
    if found.source.kind not in ("city", "province"):
        return [found]
    at = next(k for k, s in t.tokens.items() if s is found.source)
    m = _BUILT_ZONE.match(t.text, at + 1)
    zone = t.tokens[m.start(1)] if m else None
    unnamed = zone is None and _BUILDS_A_ZONE.match(t.text, at + 1)
    if unnamed:  # 批复同意山东省创建国家级…示范区: the zone the article is about, which lies in that place
        zone = doc.main_zone
    if zone is None or zone.kind not in _ZONE_KINDS_COVERED:
        return [found]
    approved = _found(t, zone, "APPROVED_BY", found.target, found.rule)
    return [approved, _found(t, zone, "LOCATED_IN", found.source, "builds_zone_in_place")] if unnamed else [approved]


# 办公厅向张掖市、酒泉市人民政府印发《…》: who it was sent to (after 向 or in its list) did not issue it
_ISSUED = re.compile(
    rf"(?<![向给、])({_series(E + A)})(?:{'|'.join(lx.WORDS_BEFORE_A_VERB)})*"
    # (联合印发2018年第4号公告,发布《中国开发区审核公告目录》: the notice that publishes the title, between)
    rf"(?:(?:印发|发布|下发)[^。;《{''.join(LABEL_CHARS.values())}]{{2,16}}?[,,]?(?=发布|印发))?"
    rf"(?:印发|发布|出台|制定|下发|编制)?(?:了|的)?({P})"
)
# 《X》(以下简称《方案》)已由省政府办公厅印发; 《X》…获…批复同意,由市政府正式印发
_ISSUED_PASSIVE = re.compile(
    rf"({P})(?:\([^)]*\))?[^。;{P}]{{0,30}}?由({_series(E + A)})(?:会同[^,。;]{{0,24}}?)?(?:联合|正式|共同)*"
    r"(?:印发|发布|出台|制定|下发|编制)"
)


def issuers(doc: ArticleDoc, t: Templated) -> list[Found]:
    """Agencies or firms written right before a title, or with 印发/发布 (or 由…印发), issued it."""
    return [*_one_to_many(t, _ISSUED, 2, 1, "ISSUED_BY", "issued_by_cue"),
            *_one_to_many(t, _ISSUED_PASSIVE, 1, 2, "ISSUED_BY", "issued_by_cue")]


# ------------------------------------------------------------- zones, plans
_BARE_ZONE = "(?:新区|示范区|试验区|先导区|先行区|实验区|开发区|高新区|园区|城市群|经济圈|都市圈)"
_ZONE_KINDS_COVERED = ("pilot_zone", "new_area", "development_zone", "region")
_BARE_ZONE_WORD = re.compile(_BARE_ZONE)
_PLANS_OF_ACTION = ("规划", "方案", "实施方案", "行动计划", "计划", "意见", "纲要", "政策", "措施")
_NAMES_A_PLACE = re.compile("[区园城]|集群")
# what a plan does for the sector its name holds: 五金|产业转型升级, 区块链|产业发展, 纺织服装|产业转移
# (区块链发展先导区, 跨境电子商务发展试点: the zone or pilot of a sector)
_GROWING = re.compile("(?:产业)?(?:集群)?化?(?:发展|转型|转移|建设|高地|高质量|振兴)(?![^,,、]{0,3}?(?:区|园|试点|基地))")


def titles(doc: ArticleDoc, t: Templated) -> list[Found]:
    """A title that names a zone covers it; a place named before the zone locates it."""
    found = []
    for title in t.tokens.values():
        # (2010年度河南省十强产业集聚区名单: a list's name tells the kind of zone it lists, none it covers)
        if title.label != "Plan" or title.antecedent is not None or title.rule == "list_name":
            continue
        inner = [s for s in doc.spans_within(title.start, title.end) if s.label == "Zone"]
        special = [s for s in inner if s.kind in _ZONE_KINDS_COVERED]
        places = [s for s in inner if s.kind in ("city", "province")]
        # 关于整合设立浙江文成等经济开发区的复函: a title about zones it does not name in full covers no place
        for zone in special or ([] if _BARE_ZONE_WORD.search(title.name) else places[:1]):
            found.append(_found(t, title, "COVERS", zone, "zone_in_title"))
        for zone in special:
            found += [_found(t, zone, "LOCATED_IN", p, "place_in_title") for p in places if p.end <= zone.start]
        # 《株洲市芦淞区服饰产业总体规划》: a plan of action named for a sector focuses on it (a reply, a notice or a
        # request names the sector of what it is about, often no focus of its own)
        # (…跨境电子商务综合试验区实施方案, …先进制造业集群发展规划: a sector that names a zone or a cluster is theirs)
        # (…纺织服装产业转移促进集群发展若干政策: what follows tells the sector is grown, the cluster too)
        if title.kind in _PLANS_OF_ACTION:
            inside = [s for s in doc.spans_within(title.start, title.end) if s.label == "Industry"
                      and (not _NAMES_A_PLACE.search(doc.text, s.end, title.end) or _GROWING.match(doc.text, s.end))]
            found += [_found(t, title, "FOCUSES_ON", s, "sector_in_title") for s in inside + _sectors_grown(doc, title)]
        # 《国务院关于…》 or, written without 《》, 国务院关于…的批复 (or A、B、C关于…: each of them)
        found += [_found(t, title, "ISSUED_BY", issuer, "issuer_in_title") for issuer in _title_issuers(doc, title)]
    return found


def _sectors_grown(doc: ArticleDoc, title: Span) -> list[Span]:
    """The sectors the article names elsewhere that a plan's name tells it grows, where the name holds no span of
    them (《肇庆金利高新区五金产业转型升级行动方案》, the article's 五金产业 elsewhere)."""
    named = {s.name: s for s in doc.spans if s.label == "Industry" and not title.start <= s.start < title.end
             and len(s.name) > 2 and not _NAMES_A_PLACE.search(s.name)}
    grown = [s for name, s in named.items()
             if any(_GROWING.match(title.name, m.end()) for m in re.finditer(re.escape(name), title.name))]
    return [s for s in grown if not any(s.name in other.name and s.name != other.name for other in grown)]


def _title_issuers(doc: ArticleDoc, title: Span) -> list[Span]:
    agencies = {s.start: s for s in doc.spans_within(title.start, title.end) if s.label == "Agency"}
    at = title.start + (doc.text[title.start] == "《")
    issuers = []
    while at in agencies:
        issuers.append(agencies[at])
        at = agencies[at].end
        if doc.text.startswith("关于", at):
            return issuers
        at += doc.text.startswith("、", at)
    return []


_BUILDS_IN = re.compile(rf"({_series(Z)})(?:等[^,。;建]{{0,6}}?)?(?:建设|启动|创建|设立|获批|获批建设|申建|推进|打造|争创)({Z})")
_LIES_IN = re.compile(rf"([{E}{J}{Z}])[^,。;{E}{J}{Z}]{{0,10}}?(?:位于|落户|坐落于|地处|落地)({_series(Z)})(?!{OF_WHAT_IS_SITED})")
# 位于遂宁高新区栖凤路的中科华联…项目; 在兴化市陈堡镇精密铸造产业园的泰州菲林…公司生产车间: what lies there follows
_SITED_IN = re.compile(rf"(?:位于|坐落于|坐落在|地处|在){Z}*({Z}){OF_WHAT_IS_SITED}")
# 春凯…技改项目动工仪式在黄圃镇举行, 福建土楼(永定)国际影视城项目10日在福建省永定县签约: where a work's ceremony is
# held, the work lies (the last place named, the most precise)
_HELD_IN = re.compile(rf"({_series(J)})[^,。;{Z}{J}{E}{A}]{{0,12}}?在{Z}*({Z})(?:{'|'.join(lx.CEREMONY_VERBS)})")
# 苏州工业园区内的信达生物、旭创科技
_INSIDE = re.compile(rf"({Z})(?:内|境内|区内|辖区内)的({_series(E + J)})")


def locations(doc: ArticleDoc, t: Templated) -> list[Found]:
    found = _one_to_many(t, _LIES_IN, 1, 2, "LOCATED_IN", "lies_in")
    found += _one_to_many(t, _INSIDE, 1, 2, "LOCATED_IN", "inside_zone", one_is_source=False)
    found += _one_to_many(t, _SITED_IN, 1, 2, "LOCATED_IN", "sited_in", one_is_source=False)
    found += _one_to_many(t, _HELD_IN, 2, 1, "LOCATED_IN", "held_in", one_is_source=False)
    for m in _BUILDS_IN.finditer(t.text):
        zone = t.tokens[m.start(2)]
        if zone.kind in _ZONE_KINDS_COVERED:
            found += [_found(t, zone, "LOCATED_IN", place, "builds_zone_in_place") for place in _group_spans(t, m, 1)
                      if place.kind in ("city", "province")]
    return found


# the whole may be written bare (为新区核心区, 为示范区重要支撑节点): then it is the article's zone
_LAYOUT_FOR = re.compile(
    rf"({_series(Z)})(?:等[^,。;为]{{0,6}})?为(?:({Z})|{_BARE_ZONE})?(?:建设)?(?:的)?(两大|重要|主要)?"
    rf"({'|'.join(lx.LAYOUT_ROLES)}|核心(?=[,。;]|$))"
)
_LAYOUT_QUOTED = re.compile(rf"({_series(Z)})[“\"]({'|'.join(lx.LAYOUT_ROLES)})[”\"]")


def _implied_whole(doc: ArticleDoc, t: Templated, matches: list[re.Match[str]]) -> Span | None:
    """The whole a layout sentence leaves unnamed: the article's zone, unless that zone is itself given a role
    (我市将以贵安新区为核心区…): then the city or province the sentence opens with."""
    if not matches:
        return None
    parts = {s.name for m in matches for s in _group_spans(t, m, 1)}
    first = min((k for k in t.tokens if k < matches[0].start()), default=None)
    opener = t.tokens[first] if first is not None else None
    opened_by_place = opener is not None and opener.kind in ("city", "province")
    if doc.main_zone is None or doc.main_zone.name not in parts:
        # 我省将以郑州为中心,以洛阳、商丘、南阳为重要支撑节点: the writer's own province's layout, not the zone's
        return None if opened_by_place and opener.rule == "self_reference" else doc.main_zone
    return opener if opened_by_place else None


def layout(doc: ArticleDoc, t: Templated) -> list[Found]:
    """"一体、两翼、多点": the zones named in each role are parts of the article's zone."""
    found = []
    matches = list(_LAYOUT_FOR.finditer(t.text))
    implied = _implied_whole(doc, t, matches)
    for m in matches:
        whole = t.tokens[m.start(2)] if m.group(2) else implied
        if whole is None:
            continue
        role = lx.LAYOUT_ROLES.get(m.group(4), "核心区")
        found += [_found(t, z, "PART_OF", whole, "layout_role", role=role) for z in _group_spans(t, m, 1)
                  if z.name != whole.name]
    if doc.main_zone is not None:
        for m in _LAYOUT_QUOTED.finditer(t.text):
            role = lx.LAYOUT_ROLES[m.group(2)]
            found += [_found(t, z, "PART_OF", doc.main_zone, "layout_quoted", role=role)
                      for z in _group_spans(t, m, 1) if z.name != doc.main_zone.name]
    return found


_PROJECTS_OF = re.compile(rf"({Z})建设({J})")


def project_parts(doc: ArticleDoc, t: Templated) -> list[Found]:
    """试验区建设首批73项重大项目: the programme a zone builds is part of it."""
    return [_found(t, t.tokens[m.start(2)], "PART_OF", t.tokens[m.start(1)], "zone_projects")
            for m in _PROJECTS_OF.finditer(t.text) if t.tokens[m.start(2)].kind == "programme"]


# --------------------------------------------------------------- industries
_FOCUS_CUE = re.compile(r"打造|发展|培育|探索|推动|包括|涉及|涵盖|覆盖|主要产业|壮大|加快|做大|做强|布局|聚焦|激发|集聚|提振|引进"
                        r"|重点|形成")
_INDUSTRY_CHAIN = re.compile(rf"{_series(I)}")
# …产业, …等领域, and what a place is built into (现代装备制造、新材料…产业基地, 现代物流中心, 文化旅游强省)
# (a quoted list: ‘先进制造、…、现代服务’等产业领域)
# (煤炭、煤电…和新能源六大优势主导产业集群, 新一代信息技术两个千亿级产业集群: counted and praised first)
_FOCUS_AFTER = re.compile(rf"[’”]?(?:[一二两三四五六七八九十\d]+[大个](?:千亿级|百亿级|优势|主导|特色|支柱|重点|新兴|传统)*)?"
                          rf"(?:产业(?!企业)|行业|领域|等[^,。;]{{0,6}}?(?:产业|领域|行业|业态|{I})|集聚|产业化|基地|集群|中心|强省|高地)")
_SUBJECT_ZONE_KINDS = ("city", "province", "pilot_zone", "new_area", "development_zone", "district", "county", "region")


def focus(doc: ArticleDoc, t: Templated) -> list[Found]:
    """Industries a zone or plan develops: those named with 产业/等领域 in a sentence with a cue verb."""
    counted = [s for k, s in t.tokens.items() if s.rule == "counted_sector"]
    subject = _subject_zone(doc, t, len(t.text)) if counted else None
    found = [_found(t, subject, "FOCUSES_ON", i, "counted_sector") for i in counted] if subject else []
    if not _FOCUS_CUE.search(t.text) or _is_lending(t):
        return found
    for m in _INDUSTRY_CHAIN.finditer(t.text):
        chain = _group_spans(t, m, 0)
        follows = _FOCUS_AFTER.match(t.text, m.end()) or _FOCUS_VERB_BEFORE.search(t.text, 0, m.start())
        named_as_sector = [s for s in chain if s.name.endswith("业") or s.rule == "industry_sector"]
        targets = [s for s in (chain if follows else named_as_sector) if s.name not in lx.BROAD_SECTORS]
        if not targets or t.text.startswith("企业", m.end()) or t.text.startswith("产业企业", m.end()):
            continue
        subject = _subject_zone(doc, t, m.start())
        # (在产业布局方面,规划布局电子信息、交通装备…: a province or city the sentence does not name is not what it
        # speaks of, a plan or a firm may be)
        if subject is None or (subject.kind in ("province", "city") and subject not in t.tokens.values()):
            continue
        found += [_found(t, subject, "FOCUSES_ON", i, "focus_cue") for i in targets]
    return found


# 重点探索智能网联汽车和智慧文旅应用, 主要产业:A、B: a chain right after a verb of focus (or a colon after
# 产业) is developed, 产业 or not
_FOCUS_VERB_BEFORE = re.compile(r"(?:重点|大力|加快|着力)(?:发展|探索|培育)$|聚焦$|培育壮大$|发展壮大$|产业(?:是|为|有|包括)?:$")
# (以黄冈市高新技术产业园现有土地为基础: a few words may follow the zone)
_GIVEN_A_ROLE = re.compile(rf"以({_series(Z)})[^,。;为]{{0,6}}为")
_PLACE_OF = re.compile(rf"(?:位于|地处|坐落于|落户)({_series(Z)})")
# 北碚区将抢抓成渝地区双城经济圈建设机遇,围绕…: the zone whose opportunity is seized is the setting, not the subject;
# 德清县将依托地理信息小镇,发展…: nor the zone relied on
_SETTING_OF = re.compile(rf"(?:抢抓|抓住|紧抓|把握|借助|融入|对接|紧扣|依托)({_series(Z)})")
_ROLE_AFTER = re.compile(rf"(?:建设)?(?:的)?(?:两大|重要|主要)?(?:{'|'.join(lx.LAYOUT_ROLES)})")


_BANK_WORDS = re.compile(r"该行|分行|本行")


def _is_lending(t: Templated) -> bool:
    """为园区内的X提供贷款,支持生物医药产业发展: what a bank funds, not what a zone develops."""
    names_a_bank = any(s.kind == "bank" for s in t.tokens.values()) or bool(_BANK_WORDS.search(t.text))
    return names_a_bank and bool(_LOAN_WORDS.search(t.text))


def _subject_zone(doc: ArticleDoc, t: Templated, before: int) -> Span | None:
    """The last zone named before ``before``; in 高新区为先导区核心区 that is 高新区, not the whole it is part of."""
    # 以贵阳经开区、贵阳综合保税区为两翼: zones given a role by 以…为 are not the sentence's subject
    # 示范区位于沈阳市和抚顺市之间: the places a zone lies in are not the subject either, nor an opportunity seized
    given_roles = {k for pattern in (_GIVEN_A_ROLE, _PLACE_OF, _SETTING_OF) for m in pattern.finditer(t.text, 0, before)
                   for k in range(m.start(1), m.end(1))}
    zones = [s for k, s in t.tokens.items() if k < before and s.label == "Zone" and s.kind in _SUBJECT_ZONE_KINDS
             and not (t.text.startswith("为", k - 1) and _ROLE_AFTER.match(t.text, k + 1)) and k not in given_roles]
    return zones[-1] if zones else doc.main_zone or _article_place(doc)


def _article_place(doc: ArticleDoc) -> Span | None:
    """The zone or place an article names most (at least twice): 大渡口区 of a district's signing news."""
    counts = Counter(s.name for s in doc.spans if s.label == "Zone" and s.kind in _SUBJECT_ZONE_KINDS)
    top = counts.most_common(1)
    return next(s for s in doc.spans if s.name == top[0][0]) if top and top[0][1] >= 2 else None


_FIRM_IS = re.compile(rf"({E})是(?:一家|国内|全球|全国|我国|世界)?[^,。;{I}]{{0,8}}?({I})[^,。;{I}]{{0,6}}?(?:企业|公司|龙头)")
_FIRMS_IN = re.compile(rf"({_series(E)})等?(?:一批)?(?:[^,。;、{I}{E}]{{0,8}}?)(?:{Z})?({_series(I)})(?:产业)?"
                       rf"(?:{'|'.join(lx.FIRM_RANKS)})?(?:企业|公司)")


# 以吉林金恒建材科技有限公司、四平市筑城建材有限公司为代表的冶金建材行业: the firms that stand for a sector are in it
_FIRMS_REPRESENTING = re.compile(rf"以({_series(E)})等?为(?:代表|龙头)的({_series(I)})")


def firm_industries(doc: ArticleDoc, t: Templated) -> list[Found]:
    """X、Y等一批生物医药和化工企业: every firm listed is of every sector named, when the sector is one the
    lexicon knows or the kind the list is said to be (firms_kind_sectors); in 等知名企业, 等8家国资企业, 等4户上量企业
    the word before 企业 is a rank or a kind."""
    found = [_found(t, firm, "IN_INDUSTRY", sector, "firms_of_industry") for m in _FIRMS_IN.finditer(t.text)
             for firm in _group_spans(t, m, 1) for sector in _group_spans(t, m, 2)
             if sector.rule in ("industry_lexicon", "firms_kind")]
    found += [_found(t, firm, "IN_INDUSTRY", sector, "firms_representing") for m in _FIRMS_REPRESENTING.finditer(t.text)
              for firm in _group_spans(t, m, 1) for sector in _group_spans(t, m, 2)]
    return found + _one_to_many(t, _FIRM_IS, 1, 2, "IN_INDUSTRY", "firm_is")


# ---------------------------------------------------------------- financing
_LENDS_TO = re.compile(
    rf"(?:为|向|对)(?:{Z}(?:内|境内|区内)?的)?({_series(E + J)})(?:等[^,。;]{{0,12}}?)?((?:提供|开立|开具|出具|发放|投放|给予|授信)[^,。;]{{0,24}})"
)
# (…获得中国建设银行厦门市分行等我市6家银行首期25亿元银团贷款支持: the loan may follow the bank's fellows)
_GETS_LOAN = re.compile(rf"([{E}{J}])[^,。;{E}]{{0,6}}?(?:成功)?(?:获得|获)({E})([^,。;]{{0,20}}?(?:贷款|授信|融资|信贷)[^,。;]{{0,10}})")
_SUPPORTS = re.compile(rf"对({_series(E + J)})等?[^,。;]{{0,16}}?的?(?:金融|信贷|融资|资金|授信)支持")
_FUNDS_PROJECT = re.compile(rf"融资支持({_series(E + J)})")
_SUPPORTS_PROJECT = re.compile(rf"支持({J})")
# 投放农发基础设施基金10.5亿元,用于赣粤产业合作区(南康片区)项目建设: the works a loan or fund is spent on
_USED_FOR = re.compile(rf"用于(?:支持)?({_series(J)})")
# 投放…贷款2000万元,用于支持山东利生集团汶上面业有限公司采购原粮: the firm a loan is spent on
_USED_FOR_FIRM = re.compile(rf"用于支持({_series(E)})")
_FUND_WORDS = re.compile("基金")
_BORROWS_FROM = re.compile(rf"从({E})(?:获得|获取|取得)[^,。;]{{0,12}}?(?:资金|贷款|融资|授信)")
_LOAN_WORDS = re.compile("|".join(lx.LOAN_HEADS))


def financing(doc: ArticleDoc, t: Templated) -> list[Found]:
    """为X提供…贷款, 向X提供贷款, 对X的金融支持, 融资支持X项目, 从某银行获得资金."""
    lender = _lender(doc, t)
    if lender is None:
        return []
    found: list[Found] = []
    for m in _LENDS_TO.finditer(t.text):
        if _LOAN_WORDS.search(m.group(2)):
            found += [_found(t, b, "FINANCED_BY", lender, "lends_to", **loan_terms(m.group(2)))
                      for b in _group_spans(t, m, 1)]
    for m in _GETS_LOAN.finditer(t.text):
        bank = t.tokens[m.start(2)]
        if bank.kind == "bank":
            found.append(_found(t, t.tokens[m.start(1)], "FINANCED_BY", bank, "gets_loan", **loan_terms(m.group(3))))
    for pattern, rule in ((_SUPPORTS, "financial_support"), (_FUNDS_PROJECT, "funds_project")):
        for m in pattern.finditer(t.text):
            found += [_found(t, b, "FINANCED_BY", lender, rule) for b in _group_spans(t, m, 1)]
    if found or _LOAN_WORDS.search(t.text):
        for m in _SUPPORTS_PROJECT.finditer(t.text):
            found.append(_found(t, t.tokens[m.start(1)], "FINANCED_BY", lender, "supports_project"))
    if found or _LOAN_WORDS.search(t.text) or _FUND_WORDS.search(t.text):
        for m in _USED_FOR.finditer(t.text):
            found += [_found(t, b, "FINANCED_BY", lender, "used_for_project") for b in _group_spans(t, m, 1)]
    if _LOAN_WORDS.search(t.text):
        for m in _USED_FOR_FIRM.finditer(t.text):
            found += [_found(t, b, "FINANCED_BY", lender, "used_for_firm") for b in _group_spans(t, m, 1)
                      if b.kind != "bank"]
    for m in _BORROWS_FROM.finditer(t.text):
        bank = t.tokens[m.start(1)]
        borrowers = [f.source for f in found if f.source.start < bank.start]
        if borrowers and bank.kind == "bank":
            found.append(_found(t, borrowers[-1], "FINANCED_BY", bank, "borrows_from"))
    return [f for f in found if f.source.name != f.target.name]


def _lender(doc: ArticleDoc, t: Templated) -> Span | None:
    """The bank the sentence opens with (该行为…), else the bank the article names most (itself, 该行, 分行)."""
    first = min(t.tokens.items(), default=None)
    if first is not None and first[1].label == "Enterprise" and first[1].kind == "bank":
        return first[1]
    return doc.main_bank


# ------------------------------------------------------------- organisation
_SUPERVISED = re.compile(rf"在({_series(A)})的(?:指导|监管|监督|领导)下")
_LEADS = re.compile(
    rf"(?:成立|组建|设立)(?:了)?(?:由[^,。;]{{0,24}}?的)?({A})(?:,[^,。;]{{0,16}}?)?[,]?(?:负责|统筹|协调|推进|牵头)"
    rf"|由({A})(?:牵头|统筹|负责)"
)


def supervision(doc: ArticleDoc, t: Templated) -> list[Found]:
    found = []
    for m in _SUPERVISED.finditer(t.text):
        subjects = [s for k, s in t.tokens.items() if k < m.start() and s.label in ("Enterprise", "Agency")]
        if subjects:
            found += [_found(t, subjects[0], "SUPERVISED_BY", a, "under_guidance") for a in _group_spans(t, m, 1)]
    return found


_GROUP_TOPIC = re.compile(r"(?:建设|发展|工作|推进)*(?:领导小组办公室|领导小组|工作专班|推进小组)$")


def coordination(doc: ArticleDoc, t: Templated) -> list[Found]:
    found = []
    for m in _LEADS.finditer(t.text):
        group = t.tokens[m.start(m.lastindex)]
        subject = _coordinated(doc, _GROUP_TOPIC.sub("", doc.surface(group)))
        if subject is not None:
            found.append(_found(t, subject, "COORDINATED_BY", group, "leading_group"))
    return found


def _coordinated(doc: ArticleDoc, topic: str) -> Span | None:
    """The article's zone, or its plan when only the plan names what the group is for
    (算力保障基地建设领导小组 and 《…建设全国算力保障基地实施方案》)."""
    plan, zone = doc.main_plan, doc.main_zone
    if zone is not None and plan is not None and len(topic) >= 2 and topic not in zone.name and topic in plan.name:
        return plan
    return zone or plan


RULES: tuple[Callable[[ArticleDoc, Templated], list[Found]], ...] = (
    approvals, issuers, titles, locations, layout, project_parts, focus, firm_industries, financing,
    supervision, coordination,
)


def branches(doc: ArticleDoc) -> list[Found]:
    """Every bank branch is PART_OF its head office (role 分行), read from its own name, when the article names the
    head office apart (a head office known only from its branch's name is no fact the article states)."""
    found = []
    named = {s.name for s in doc.spans if s.label == "Enterprise" and s.kind == "bank"}
    for span in doc.spans:
        head = head_bank(span.name) if span.rule == "bank_suffix" else None
        if head and head in named:
            surface = head_bank(doc.surface(span)) or head
            head_span = Span(span.start, span.start + len(surface), "Enterprise", "bank", "branch_head", name=head)
            role = re.search(r"(分行|支行|营业部)$", span.name)
            found.append(Found(span, "PART_OF", head_span, doc.sentence_at(span.start), "branch_of_bank",
                               {"role": role.group() if role else "分行"}))
    return found + _sub_branches(doc)


def _sub_branches(doc: ArticleDoc) -> list[Found]:
    """中行阳新支行 beside 中行黄石分行, 中信银行杭州嘉兴分行 beside 中信银行杭州分行: a sub-branch is PART_OF the
    branch of its bank the article names (the only one, or the one its name extends)."""
    banks = {s.name: s for s in doc.spans if s.rule in ("bank_suffix", "bare_branch") and head_bank(s.name)}
    found = []
    for name, span in banks.items():
        head = head_bank(name)
        branches_of_head = [b for n, b in banks.items() if n != name and head_bank(n) == head and n.endswith("分行")]
        extended = [b for b in branches_of_head if name.startswith(b.name[:-2]) and name.endswith("分行")]
        parents = extended or (branches_of_head if name.endswith("支行") and len(branches_of_head) == 1 else [])
        found += [Found(span, "PART_OF", parent, doc.sentence_at(span.start), "sub_branch", {"role": name[-2:]})
                  for parent in parents]
    return found


# (嵊泗县五龙乡,温岭市石塘镇、…: an item of a list of places, a separator on either side)
_LISTED = re.compile("[、,，:：;；。(（和及与]")


def divisions_in_divisions(doc: ArticleDoc) -> list[Found]:
    """赤峰市喀喇沁旗, 漳州市龙海区, 河南省兰考县: a division written right after the prefecture or province the gazetteer
    puts it in lies in that place; so does a town, township or street right after its county or district (锡山区鹅湖镇,
    盐都区盐龙街道: the gazetteer stops at counties)."""
    places = frozenset(s.name for s in doc.spans if s.label == "Zone")
    zone_ending_at = {s.end: s for s in doc.spans if s.label == "Zone"}
    found = []
    for before, after in zip(doc.spans, doc.spans[1:]):
        if before.end != after.start or before.label != "Zone" or after.label != "Zone":
            continue
        facts = gazetteer.division_properties(after.name, places)
        # (嵊泗县五龙乡、湖州市南浔区南浔镇,…: in a list the places before a town make one name with it, the golds' zone)
        chain_start = before.start
        while chain_start in zone_ending_at:
            chain_start = zone_ending_at[chain_start].start
        town_in_county = after.kind == "town" and before.kind in ("county", "district", "city") \
            and not (_LISTED.fullmatch(doc.text, max(0, chain_start - 1), chain_start)
                     and _LISTED.fullmatch(doc.text, after.end, after.end + 1))
        if town_in_county or before.name in (facts.get("province"), facts.get("prefecture")):
            found += [Found(item, "LOCATED_IN", before, doc.sentence_at(item.start), "division_in_division")
                      for item in [after, *_listed_after(doc, after, before, places)]]
    return found + _divisions_tied_by_words(doc, places)


_ONE_JOINER = re.compile("[、和及与]")


def _listed_after(doc: ArticleDoc, first: Span, place: Span, places: frozenset[str]) -> list[Span]:
    """望城区白箬铺镇、白马街道、雷锋街道和黄金园街道, 咸阳市秦都区、渭城区、泾阳县: the place before a list's first item
    holds the items after it that name no place of their own (of its kind; a county the gazetteer puts there)."""
    zones = [s for s in doc.spans if s.label == "Zone" and s.start >= first.end]
    listed, end = [], first.end
    for i, item in enumerate(zones):
        if item.start != end + 1 or not _ONE_JOINER.fullmatch(doc.text, end, item.start):
            break
        if i + 1 < len(zones) and zones[i + 1].start == item.end:
            break  # (…、渭城区周陵街道: the item opens a place of its own)
        facts = gazetteer.division_properties(item.name, places)
        if not (item.kind == first.kind == "town" or place.name in (facts.get("province"), facts.get("prefecture"))):
            break
        listed.append(item)
        end = item.end
    return listed


_HOLDER = re.compile(f"(?:{'|'.join(lx.HOLDER_WORDS)})的?")
_HELD_BY = re.compile(f",?(?:{'|'.join(lx.HELD_BY_WORDS)})")


def _divisions_tied_by_words(doc: ArticleDoc, places: frozenset[str]) -> list[Found]:
    """德州市下属的庆云县, 梁山县是济宁市…, 仁寿县,隶属于四川省眉山市: a division lies in the prefecture or province a
    word ties it to, when the gazetteer puts it there."""
    zones = [s for s in doc.spans if s.label == "Zone"]
    found = []
    for i, (first, second) in enumerate(zip(zones, zones[1:])):
        gap = doc.text[first.end:second.start]
        if _HOLDER.fullmatch(gap):
            pairs = [(second, first)]
        elif _HELD_BY.fullmatch(gap):  # the holder may be written with its province (四川省眉山市)
            chain = [second]
            for following in zones[i + 2:]:
                if following.start != chain[-1].end:
                    break
                chain.append(following)
            pairs = [(first, holder) for holder in chain]
        else:
            continue
        for held, holder in pairs:
            facts = gazetteer.division_properties(held.name, places)
            if holder.name in (facts.get("province"), facts.get("prefecture")):
                found.append(Found(held, "LOCATED_IN", holder, doc.sentence_at(held.start), "division_in_division"))
    return found


def read_relations(doc: ArticleDoc, templated: list[Templated]) -> list[Found]:
    """Every rule over every sentence (``templated``), plus what names themselves say (bank branches, a division
    after its place)."""
    found = branches(doc) + divisions_in_divisions(doc)
    sentences = [t for t in templated if t.tokens]
    for t in sentences:
        for rule in RULES:
            found += rule(doc, t)
    # The frames add what the patterns missed; a fact the patterns read keeps their (more exact) rule.
    known = {(f.source.name, f.type, f.target.name) for f in found}
    # a programme a zone builds (试验区建设首批73项重大项目) is its part, not works lying in another zone
    programmes = {f.source.name for f in found if f.rule == "zone_projects"}
    found += [f for f in read_frames(doc, sentences) if (f.source.name, f.type, f.target.name) not in known
              and not (f.rule == "works_in_zone" and f.source.name in programmes)]
    found = _one_way_between_zone_and_place(found)
    _add_loan_terms(found)
    _add_sum_told_apart(found, [t.sentence for t in templated])
    return found + _reply_covers(doc, found, sentences) + _agreement_covers(doc, found)


def _one_way_between_zone_and_place(found: list[Found]) -> list[Found]:
    """A zone that lies in a place (A LOCATED_IN B) and has that place as its part (B PART_OF A): a pilot zone or
    region is made of the places (凭祥市 is part of 广西凭祥重点开发开放试验区), any other zone lies in its place
    (长春新区 in 长春市)."""
    located = {(f.source.name, f.target.name): f.source for f in found if f.type == "LOCATED_IN"}
    parts = {(f.source.name, f.target.name) for f in found if f.type == "PART_OF"}
    both = {pair: zone for pair, zone in located.items() if pair[::-1] in parts}
    made_of = {pair for pair, zone in both.items() if zone.kind in ("pilot_zone", "region")}
    lies_in = set(both) - made_of
    return [f for f in found
            if not (f.type == "LOCATED_IN" and (f.source.name, f.target.name) in made_of)
            and not (f.type == "PART_OF" and (f.target.name, f.source.name) in lies_in)]


def _add_loan_terms(found: list[Found]) -> None:
    """A loan whose rule read no terms takes them from its sentence: what stands between its borrower and
    the next borrower (为A贷款5亿元,为B贷款3亿元), else the sentence's only amount; a syndicate's member
    takes the syndicate's sum."""
    loans = [f for f in found if f.type == "FINANCED_BY"]
    for loan in loans:
        if "amount" in loan.properties:
            continue
        share = _member_share(loan) if loan.rule == "syndicate_member" else None
        if share is not None:
            loan.properties = {**share.properties(), **loan.properties}
            continue
        sentence = loan.sentence
        at = max(loan.source.end - sentence.start, 0) if sentence.start <= loan.source.start < sentence.end else 0
        # 发放贷款0.5亿元支持X项目建设,发放贷款4.2亿元支持Y项目: a loan and its sum right before the work, in its clause
        opening = sentence.text[:max(loan.source.start - sentence.start, 0)]
        clause = opening[max(opening.rfind(","), opening.rfind(";"), opening.rfind("、")) + 1:]
        if _LOAN_WORDS.search(clause) and AMOUNT.search(clause):
            loan.properties = {**loan_terms(clause), **loan.properties}
            continue
        following = [f.source.start - sentence.start for f in loans if f.sentence is sentence
                     and f.source.name != loan.source.name and f.source.start - sentence.start >= at]
        terms = loan_terms(sentence.text[at:min(following, default=len(sentence.text))])
        if "amount" not in terms and len(AMOUNT.findall(sentence.text)) == 1:
            terms = loan_terms(sentence.text)
        # 向某公司授信4亿元,并…首期贷款1.4亿元投放,专项用于X项目建设: works named after the sums take the first
        before = AMOUNT.search(sentence.text, 0, max(loan.source.start - sentence.start, 0))
        if "amount" not in terms and before is not None and not any(
                f.sentence is sentence and f.source.start < loan.source.start for f in loans if f is not loan):
            terms = {**loan_terms(sentence.text[:before.end()]), **parse_amount(before.group()).properties()}
        loan.properties = {**terms, **loan.properties}
    # a syndicate's members, listed apart from its sum, share the one sum stated for that borrower (or, when
    # the borrower is named otherwise there, 中航锂电A6项目 and 中航锂电科技有限公司, the article's one sum)
    syndicated = [f for f in loans if f.rule == "syndicate_member" or f.properties.get("instrument") == "银团贷款"]
    for member in (f for f in syndicated if "amount" not in f.properties):
        sums = {(f.properties["amount"], f.properties["amount_value"]): f for f in loans
                if f.source.name == member.source.name and "amount" in f.properties} \
            or {(f.properties["amount"], f.properties["amount_value"]): f for f in loans if "amount" in f.properties}
        if len(sums) == 1:
            stated = next(iter(sums.values())).properties
            member.properties = {**{k: v for k, v in stated.items() if k.startswith("amount") or k == "currency"},
                                 **member.properties}


# 恒生银行(2.20亿港元); 汇丰银行和渣打银行为牵头行,各自承贷2.50亿港元: what one member of a syndicate lends
_SHARE_IN_BRACKETS = re.compile(rf"\(({AMOUNT.pattern})\)")
_SHARE = re.compile(rf"承贷({AMOUNT.pattern})")


def _member_share(loan: Found) -> Amount | None:
    """The member's own share: in brackets right after it, else the first 承贷 after it in its sentence, else
    the last before it (另有六家主办行,各自承贷1.10亿港元,它们是:…)."""
    sentence = loan.sentence
    if not sentence.start <= loan.target.start < sentence.end:
        return None
    at = loan.target.end - sentence.start
    bracketed = _SHARE_IN_BRACKETS.match(sentence.text, at)
    shares = list(_SHARE.finditer(sentence.text))
    share = bracketed or next((m for m in shares if m.start() >= at), shares[-1] if shares else None)
    return parse_amount(share.group(1)) if share is not None else None


# 参贷金额9亿元, 获批…联合贷款6.4亿元: the words of a loan's sum
_LOAN_SUM_WORDS = re.compile("|".join((*lx.LOAN_HEADS, "参贷", "提款", "放款")))


_TOTAL = ("总额", "共计", "合计")


def _sums(text: str) -> set[tuple[str, str]]:
    """The distinct sums a text states (a headline restating its lead's sum states one)."""
    return {(m.group("number"), m.group("unit") or "") for m in AMOUNT.finditer(text)}


def _add_sum_told_apart(found: list[Found], sentences: list[Sentence]) -> None:
    """该项目在农发行获批城乡一体化贷款9亿元: an article about one loan may state its sum in a sentence of its
    own. When every loan the article names is to one borrower (one firm, or one work) and none has its sum,
    the one sentence of the article that speaks of lending and states exactly one sum gives it (or the
    sentences that do, when they state the same sum)."""
    loans = [f for f in found if f.type == "FINANCED_BY"]
    # (a firm and the works its loan is for, 昌泰公司 and 樟树至吉安高速公路改扩建工程, are one borrower)
    firms = {f.source.name for f in loans if f.source.label != "Project"}
    if not loans or any("amount" in f.properties for f in loans) \
            or len(firms or {f.source.name for f in loans}) != 1:
        return
    told = [s for s in sentences if _LOAN_SUM_WORDS.search(s.text) and len(_sums(s.text)) == 1]
    # (the headline and the lead may both state it: 获30亿港元境外融资 … 其30亿港元三年期境外银团贷款落地;
    # 完成一笔总额8.88亿美元的银团贷款 … 该贷款最初以6.03亿美元签约: the total, when one is called so)
    totals = [s for s in told if any(m.group("qualifier") in _TOTAL for m in AMOUNT.finditer(s.text))]
    told = totals if len(totals) == 1 else told
    if len({(a.value, a.currency) for a in (parse_amount(s.text) for s in told) if a is not None}) != 1:
        return
    terms = {k: v for k, v in loan_terms(told[0].text).items() if k.startswith("amount") or k == "currency"}
    for loan in loans:
        loan.properties = {**terms, **loan.properties}


# 二、优化整合后,保留安徽亳州经济开发区、…; 将安徽谯城经济开发区更名为…: what a reply decides about zones
_DECIDED_IN_REPLY = re.compile("保留|更名为|整合为|合并为|撤销")


def _reply_covers(doc: ArticleDoc, found: list[Found], sentences: list[Templated]) -> list[Found]:
    """The one official reply (批复, 复函) or notice naming zones (认定, 公布…名单) an article prints or reports
    covers every zone it approves, and every zone it keeps, renames or merges; the one official notice of a
    page that lists zones line by line (its attachment) covers them."""
    replies = {t.name: t for t in doc.titles if t.antecedent is None and (t.kind in ("批复", "函")
                                                                          or t.name.endswith(("批复", "复函"))
                                                                          or LIST_APPROVAL.search(t.name))}
    # (a notice and the list it prints, named apart: the notice covers the zones)
    notices = {name: t for name, t in replies.items() if t.rule != "list_name"}
    replies = notices or replies
    listed = {s.name: (s, t.sentence) for t in sentences for s in t.tokens.values() if s.rule == "listed_zone"}
    listed = {} if lists_more_than_its_titles(doc, len(listed)) else listed
    if len(replies) != 1 and listed:
        replies = {t.name: t for t in doc.titles if t.antecedent is None and t.rule == "official_title"}
    elif len(replies) > 1:  # the reply printed (its title a line of its own), not one it cites in 《》
        replies = {name: t for name, t in replies.items() if t.rule == "official_title"}
    if len(replies) != 1:
        return []
    reply = next(iter(replies.values()))
    approved = {f.source.name: (f.source, f.sentence) for f in found if f.type == "APPROVED_BY"
                and f.source.label == "Zone" and f.source.kind in _ZONE_KINDS_COVERED}
    approved.update({name: listed[name] for name in listed if name not in approved})
    for t in sentences:
        if _DECIDED_IN_REPLY.search(t.text):
            approved.update({s.name: (s, t.sentence) for s in t.tokens.values()
                             if s.label == "Zone" and s.kind in _ZONE_KINDS_COVERED and s.name not in approved})
    return [Found(reply, "COVERS", zone, sentence, "reply_covers") for zone, sentence in approved.values()]


def _agreement_covers(doc: ArticleDoc, found: list[Found]) -> list[Found]:
    """镇江市政府与交行江苏分行…签订战略合作协议: an agreement a local body signs covers that body's place (the
    place or zone its name opens with)."""
    places = {s.name: s for s in doc.spans if s.label == "Zone"}
    covered = []
    for f in found:
        if f.rule == "signed_agreement" and f.target.label == "Agency":
            place = _place_of_body(f.target, places)
            covered += [Found(f.source, "COVERS", place, f.sentence, "agreement_covers")] if place else []
    return covered


def _place_of_body(body: Span, places: dict[str, Span]) -> Span | None:
    """The zone or division a local body's name opens with (镇江市人民政府: 镇江市), the article's own span
    when it names it, else one over the body's name."""
    known = max((z for name, z in places.items() if body.name.startswith(name)), key=lambda z: len(z.name),
                default=None)
    if known is not None:
        return known
    name = division_opening(body.name)
    return Span(body.start, body.end, "Zone", division_kind(name), "body_place", name=name) if name else None
