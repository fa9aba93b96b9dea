"""Typed facts about entities, read from the text around them: a work's investment, a plan's 文号."""

from __future__ import annotations

import re

from .entities import COUNTED_WORKS
from .money import QUALIFIERS, parse_amount
from .spans import LABEL_CHARS, ArticleDoc, Span, Templated

# (投资10亿元的X项目, 投资20亿元建设X项目: the bare word before a sum; not 一期投资, 完成投资, 年度投资, 当年投资)
# (平均总投资额达8.32亿元, 当年投资30亿元: an average, a year's part)
# (签约金额373.83亿元, 签约额逾1184亿元, 协议引资129亿元: the sum signed for is the works' investment)
# (拟投资0.5亿: a sum in 亿 or 万 after the word is in yuan)
# (耗资近20亿元, 合同引资额1.01亿元的X项目, 设备投资超20亿元, 项目投资10亿美元: what a work costs)
_INVESTMENT = re.compile(r"(?<!平均)(?<!平均总)(?:(?:计划)?总投资(?:额)?|投资总额|投资额|投资规模|计划投资|耗资|引资额"
                         r"|(?<![期成度年])投资(?=(?:超过|超|约|近|逾)?[\d.]+[余多]?(?:[亿万]?[余多]?(?:美元|元)"
                         r"|[亿万](?![\u4e00-\u9fff])))"
                         r"|签约(?:总?金额|总?额)|协议(?:引资|投资|金额))")
_SUM = r"[\d.]+[余多]?[亿万]?[余多]?(?:美元|元)"
_SUM_BEFORE = re.compile(rf"{_SUM}$")
# 旅游商贸类的另外2个项目是:3.2亿元的中俄滨海2号通道铁路能源基地项目、3亿元的北部石材园区铁路物流园建设项目:
# a list item's sum right before its work (not after a verb: 贷款5亿元的, 授信3亿元的)
# (包括总投资99.2亿元的上汽乘用车基地项目、总投资120亿元的宇通整车基地项目: the sum after 总投资, before 的)
# (总投资约137亿元的长株城际铁路株洲段项目: the sum may be qualified)
# (总投资63亿的路特斯科技全球总部项目, 引进9.1亿元建设X项目: the yuan may go unsaid after the word of investing,
# and a verb of building may stand between the sum and its work)
# (总投资额4.5亿元的福融新材料(肇庆)有限公司BOPP…项目(二期), 引资额1.2亿元的X项目: the firm may name its work)
_SUM_OF_ITEM = re.compile(rf"(?:(?:^|(?<=[、:,;是]))({_SUM})的?|(?:总投资额?|投资额?|引资额|引进|耗资)((?:{'|'.join(QUALIFIERS)})?"
                          rf"[\d.]+[余多]?(?:[亿万]?[余多]?(?:美元|元)|[亿万]))(?:的|建设|新建|兴建))"
                          rf"(?={LABEL_CHARS['Enterprise']}?{LABEL_CHARS['Project']})")
_CLAUSE = re.compile(r"[^,;:]+")
_THE_WORK = r"(?:此|本|该|这个)?项目"
_BARE_WORK = re.compile(rf"{_THE_WORK}(?:计划)?总投资")
_OPENS_WITH_WORK = re.compile(_THE_WORK)
_BUILDS = re.compile(r"(?:在[^,;:]{1,8}?)?(?:用于|推动|建设|实施|打造|新建|投建)")  # (在双流建设X项目)
_COUNT_OF_WORKS = re.compile(r"(?:项目|工程)[^,。]{0,3}\d+[个项]|\d+[个项][^,。]{0,6}(?:项目|工程)")
# 国函〔2015〕141号, 川府函〔2019〕163号 (brackets as written: 〔〕, [], ())
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[(]\d{4}[〕\])]\d{1,4}号")
_NUMBER_AFTER_TITLE = 40


def read_facts(doc: ArticleDoc, sentences: list[Templated]) -> None:
    """Every reader of typed facts over the article (``sentences``: its templated sentences)."""
    read_investments(sentences, _works_in_agreements(doc))
    read_document_numbers(doc)


def _works_in_agreements(doc: ArticleDoc) -> dict[int, Span]:
    """签订柳埠旅游度假区核心服务区项目框架协议,投资额30亿元: an agreement named after one work stands for that work
    where a sum is read (by the identity of the agreement's span)."""
    works = {}
    for title in (t for t in doc.titles if t.kind == "协议"):
        inside = [s for s in doc.spans_within(title.start, title.end) if s.label == "Project"]
        if len(inside) == 1:
            works[id(title)] = inside[0]
    return works


def read_investments(sentences: list[Templated], works_in_agreements: dict[int, Span]) -> None:
    """总投资30亿元的长光卫星航天信息产业园项目, X项目总投资5亿元, X项目,总投资91亿元,落地…: the one work of
    the clause (or, when it names none, of the nearest clause before it) gets the amount as its investment,
    investment_value and currency."""
    last_work = None  # 该项目…总投资105.76亿元: the work a sentence before named
    works_last_sentence: set[str] = set()
    for t in sentences:
        for m in _SUM_OF_ITEM.finditer(t.text):
            at = m.end() + (t.text[m.end()] == LABEL_CHARS["Enterprise"])
            work, amount = t.tokens[at], parse_amount(m.group(1) or m.group(2), yuan_implied=bool(m.group(2)))
            if amount is not None and "investment" not in work.facts:
                work.facts.update(amount.properties("investment"))
        works_before: list = []
        # (该项目位于X项目北侧,预计总投资50亿元: a sentence opening with 该项目 speaks of that work, not of the
        # work it lies beside)
        first = t.tokens.get(0)
        subject = first if first is not None and first.rule == "works_reference" else None
        # (a clause's sum is a match in the sentence too: most sentences state none)
        clauses = list(_CLAUSE.finditer(t.text)) if _INVESTMENT.search(t.text) else []
        tokens = {k: works_in_agreements.get(id(s), s) for k, s in t.tokens.items()}
        projects = [(k, s) for k, s in sorted(tokens.items()) if s.label == "Project"]
        works_of = [[s for k, s in projects if c.start() <= k < c.end()] for c in clauses]
        for n, clause in enumerate(clauses):
            works = works_of[n]
            said = _INVESTMENT.search(clause.group())
            amount = parse_amount(clause.group()[said.end():], yuan_implied=True) if said else None
            # 1000亿元总投资共涉及202个项目: the sum may stand right before the word
            before = _SUM_BEFORE.search(clause.group(), 0, said.start()) if said and amount is None else None
            amount = parse_amount(before.group()) if before else amount
            # (项目总投资100亿,用地面积约1200亩: a clause opening with the bare word speaks of that work too)
            # (项目总占地面积12.27公顷,总投资5.85亿元: so does a sentence opening with it)
            refers = last_work is not None and ("该项目" in t.text[:clause.end()] or _BARE_WORK.match(clause.group())
                                                or _OPENS_WITH_WORK.match(t.text))
            # 银西高铁是…项目之一。…,主线全长618公里,总投资概算805亿元。: a sentence naming no work speaks of the
            # one work the sentence before named
            # (after a clause describing it: 深中通道的建设总投资… names its own subject; 重大项目34个,总投资… counts works)
            alone = clause.start() > 0 and len(works_last_sentence) == 1 and not _COUNT_OF_WORKS.search(t.text) \
                and not any(s.label in ("Project", "Enterprise") for s in t.tokens.values())
            # 中海油田服务股份有限公司计划投资100亿元,推动X项目: the work the next clause builds
            built_next = works_of[n + 1] if n + 1 < len(clauses) and _BUILDS.match(clauses[n + 1].group()) else []
            invested = works or ([subject] if subject else works_before) \
                or ([last_work] if refers or alone else []) or built_next
            # A、B等5个重大项目…总投资达25.2亿元: a list's total is the counted works'
            counted = [s for s in invested if COUNTED_WORKS.search(s.name)]
            invested = counted if len(invested) > 1 and len(counted) == 1 else invested
            if amount is not None and len(invested) == 1 and "investment" not in invested[0].facts:
                invested[0].facts.update(amount.properties("investment"))
            works_before = works or works_before
        works_last_sentence = {s.name for s in t.tokens.values() if s.label == "Project" and s.kind != "programme"}
        last_work = projects[-1][1] if projects else last_work


def read_document_numbers(doc: ArticleDoc) -> None:
    """《国务院关于同意设立云南滇中新区的批复》(国函〔2015〕141号): the number right after a plan's title is its 文号."""
    for title in doc.titles:
        if title.label == "Plan":
            number = _DOC_NUMBER.search(doc.text, title.end, title.end + _NUMBER_AFTER_TITLE)
            if number and not any(t.start < number.start() for t in doc.titles if title.end <= t.start):
                title.facts.setdefault("doc_number", number.group())
