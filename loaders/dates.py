"""Dates as data: when a document was published, and when the facts it reports happened.

A Document's ``published`` comes from what its source gives, first found first:
a saved page's ``date:`` header, an HTML date ``<meta>`` tag
(``article:published_time``, ``PubDate``, ``publishdate`` ...), a PDF's or Word
document's creation date in its metadata, then a date in
the text: a page's timestamp line (``2019-12-18 18:04``), an agency's dateline
(``新华社北京3月5日电``, ``湖南日报9月29日讯``) or an opening date
(``2023年6月28日,``), a date line at the foot (``2017年2月7日``). A dateline
without a year takes the page's (a header's ``2023``), and only refines it.
``published_basis`` says which: ``header``, ``meta``, ``dateline`` or ``option``
(``--date``).

A relation's ``date`` is the first date its evidence sentence states
(``2016年2月3日批复``; ``3月5日`` takes the year of the document, the year before
when that day is still to come; ``昨日`` is the day before) with ``date_basis``
``sentence``; else the document's ``published`` (``近日印发``) with basis
``document``. Dates are ISO: ``2020-06-22``, or ``2020-06`` / ``2020`` when that is
all that is known.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

from policy_kg.graph.model import Graph
from policy_kg.graph.ontology import DATE_BASES, RELATION_DATE_PROPERTIES

DATE, DATE_BASIS = RELATION_DATE_PROPERTIES
BY_SENTENCE, BY_DOCUMENT = DATE_BASES
PUBLISHED, PUBLISHED_BASIS = "published", "published_basis"

# --------------------------------------------------------------- ISO dates


def iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """``2020-06-22`` (or ``2020-06``, ``2020``) if such a day exists, else None."""
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    if not 1900 <= year <= 2100:
        return None
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")


def _as_date(value: str) -> dt.date | None:
    """A full ISO date as a date; None for a partial one."""
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "O": 0, "o": 0}


def _number(text: str) -> int:
    """12, 十二, 二十九, 二〇〇六 (a year digit by digit)."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, units = text.partition("十")
        return _CN_DIGITS.get(tens, 1) * 10 + (_CN_DIGITS[units] if units else 0)
    return int("".join(str(_CN_DIGITS[c]) for c in text))


_CN = "〇○零一二三四五六七八九十Oo"
_YMD = re.compile(rf"(\d{{4}}|[{_CN}]{{4}})\s?年\s?(\d{{1,2}}|[{_CN}]{{1,3}})\s?月\s?(\d{{1,2}}|[{_CN}]{{1,3}})\s?日")
_NUMERIC = re.compile(r"(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?!\d)")
# 15.03.2017 12:02: some news sites write the day first, with dots
_DAY_FIRST = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")


def read_date(text: str) -> str | None:
    """The first date ``text`` writes in full: ``2023-06-28T10:00+08:00``, ``2023/6/28``, ``2023年06月28日``,
    ``二〇〇六年八月九日``, ``15.03.2017``."""
    found = [m for m in (_YMD.search(text), _NUMERIC.search(text), _DAY_FIRST.search(text)) if m]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    if m.re is _DAY_FIRST:
        return iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return iso(*(_number(g) if g else None for g in m.groups()))


# ------------------------------------------------------------ HTML <meta>

# The names and properties of date tags, most specific first.
META_NAMES = ("article:published_time", "pubdate", "publishdate", "publish_date", "publishtime", "firstpublishedtime",
              "og:published_time", "dc.date.issued", "dc.date", "dcterms.issued", "date")
_META_TAG = re.compile(r"<meta\b[^>]{0,2000}>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_META_SCAN = 256 * 1024  # date tags sit in the page's head


def meta_date(html: str) -> str | None:
    """The publication date an HTML page's ``<meta>`` tags state, or None."""
    dates: dict[str, str] = {}
    for tag in _META_TAG.finditer(html[:_META_SCAN]):
        attributes = {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None)
                      for m in _ATTRIBUTE.finditer(tag.group())}
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        if key in META_NAMES and (date := read_date(attributes.get("content", ""))):
            dates.setdefault(key, date)
    return next((dates[name] for name in META_NAMES if name in dates), None)


# -------------------------------------------------- PDF and DOCX metadata

# /CreationDate (D:20230615093000+08'00'): the PDF's info dictionary, where it is not compressed
_PDF_DATE = re.compile(rb"/CreationDate\s*\(D:(\d{4})(\d{2})?(\d{2})?")
# <dcterms:created xsi:type="dcterms:W3CDTF">2023-06-15T09:30:00Z</dcterms:created>
_DOCX_DATE = re.compile(r"<dcterms:created[^>]*>(\d{4}-\d{2}-\d{2})")


def pdf_date(data: bytes) -> str | None:
    """The creation date a PDF's info dictionary states, or None (also when it sits in a compressed stream)."""
    m = _PDF_DATE.search(data)
    return iso(*(int(g) if g else None for g in m.groups())) if m else None


def docx_date(core_xml: str) -> str | None:
    """The creation date of a Word document's core properties (docProps/core.xml), or None."""
    m = _DOCX_DATE.search(core_xml)
    return read_date(m.group(1)) if m else None


# ------------------------------------------------------ datelines in the text

_MD = r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日"
# 新华社北京3月5日电, 本报北京7月29日电, 湖南日报9月29日讯, 央广网杭州1月11日消息
_AGENCY_DATELINE = re.compile(rf"^[\u4e00-\u9fff]{{2,16}}?{_MD}(?:电|讯|消息)")
# 6月22日,重庆日报记者从……获悉; 2023年6月28日上午,……; 本网讯 (记者 艾蓓 吴单)12月1日,…… (after the credit)
_OPENING_DATE = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,8}}讯\s*)?(?:[((][^()()\n]{{0,30}}[))]\s*)?{_MD}"
                           r"(?:[,，]|上午|下午|晚|凌晨|早)")
# A short line that is (nearly) only a date: a page's timestamp, an e-paper's date line, a signature date,
# a credit line (来源:红网 作者:… 编辑:… 2021-09-07 11:58:42).
_DATE_LINE_MAX = 60
# 发布时间: 2024年10月31日 09:33:40    来源: 中国政府网; …的批复时间: 2022-07-17信息来源: a labelled date
_LABELLED_DATE = re.compile(r"(?:发布时间|发布日期|发表时间|发表于|时间|日期)\s*[:：】]\s*")
# 编辑:吴芳 2021-09-07 11:58:42红网时刻…: a date with its time of day is a page's timestamp, wherever it stands
# (22-08-17 17:18 来源:中国甘肃网: a site's two-digit year; 2014年10月10 14:54:00 来源:制冷快报: 日 left out)
_TIMESTAMP = re.compile(r"(?:(\d{4})年(\d{1,2})月(\d{1,2})日?|(\d{4})[-/](\d{1,2})[-/](\d{1,2})"
                        r"|(?<![\d-])(\d{2})-(\d{2})-(\d{2}))\s*\d{1,2}:\d{2}")
_OPENING_PARAGRAPHS = 8
# 来源 :公司公告2025-01-24先锋精科公告: the date a source's notice bears, right after the source's name
_SOURCE_DATE = re.compile(r"来源\s*[:：]\s*[\u4e00-\u9fff]{0,8}(\d{4}-\d{1,2}-\d{1,2})")


def text_date(paragraphs: list[str], page_date: str | None = None) -> str | None:
    """The date an article's text gives itself (see the module), within ``page_date`` when one is known."""
    head = [p.strip() for p in paragraphs[:_OPENING_PARAGRAPHS]]
    for found in (_labelled_date(head), _date_line(head), _dateline(head, page_date),
                  _date_line([p.strip() for p in paragraphs[-3:]])):
        if found and (page_date is None or found.startswith(page_date)):
            return found
    return None


def _labelled_date(paragraphs: list[str]) -> str | None:
    for paragraph in paragraphs:
        for label in _LABELLED_DATE.finditer(paragraph):
            if date := read_date(paragraph[label.end():label.end() + 20]):
                return date
        if stamp := _TIMESTAMP.search(paragraph):
            return _stamp_date(stamp)
        if source := _SOURCE_DATE.search(paragraph):
            return read_date(source.group())
    return None


def _stamp_date(stamp: re.Match[str]) -> str | None:
    """The day a timestamp of ``_TIMESTAMP`` gives: its groups are year, month, day of whichever form matched."""
    year, month, day = (int(g) for g in stamp.groups() if g)
    return iso(year + 2000 if year < 100 else year, month, day)


def _date_line(paragraphs: list[str]) -> str | None:
    for paragraph in paragraphs:
        if len(paragraph) <= _DATE_LINE_MAX and "。" not in paragraph and "," not in paragraph:
            if date := read_date(paragraph):
                return date
    return None


# 12月1日,2021年全市四季度重点项目集中开工…现场会召开; 7月3日,荣昌区2019年下半年招商引资项目集中签约: the year
# of the event a dateline's sentence names, when the dateline gives none
_EVENT_YEAR = re.compile(r"(\d{4})年(?=上半年|下半年|度|第?[一二三四1-4]季度|全[省市县区]|[春夏秋冬]季)")


def _dateline(paragraphs: list[str], page_date: str | None) -> str | None:
    """The date opening the first paragraph of sentences (a later one dates what it tells, not the article)."""
    first = next((p for p in paragraphs if "。" in p), "")
    m = _AGENCY_DATELINE.match(first) or _OPENING_DATE.match(first)
    if m is None:
        return None
    event = _EVENT_YEAR.search(first, m.end(), first.find("。"))
    year = int(m.group(1) or (page_date[:4] if page_date else None) or (event.group(1) if event else 0))
    return iso(year, int(m.group(2)), int(m.group(3))) if year else None


def date_documents(graph: Graph, date: str | None) -> Graph:
    """``date`` (``--date``) as the ``published`` of documents that have none; relations dated again."""
    for document in graph.documents.values():
        if date and PUBLISHED not in document.extra:
            document.extra.update({PUBLISHED: date, PUBLISHED_BASIS: "option"})
    return date_relations(graph)


# ----------------------------------------------------------- relation dates

_SKIP_BEFORE = re.compile(r"(?:截至|截止|到|至|预计|计划|将于|力争|争取)$")
_SKIP_AFTER = re.compile(r"^(?:底|末|前|以前|以来|起|后|份以来)")
_SENTENCE_DATES = re.compile(
    r"(?P<full>(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日)"
    r"|(?P<ym>(?P<y2>\d{4})年(?P<m2>\d{1,2})月(?!\d{1,2}日))"
    r"|(?P<md>(?P<rel>今年|去年|前年)?(?<!\d)(?P<m3>\d{1,2})月(?P<d3>\d{1,2})日)"
    r"|(?P<day>昨日|昨天|今天|今日)"
)
_YEARS_BACK = {"今年": 0, "去年": 1, "前年": 2}
_DAYS_BACK = {"昨日": 1, "昨天": 1, "今天": 0, "今日": 0}


@lru_cache(maxsize=4096)  # one sentence is the evidence of several relations
def sentence_date(sentence: str, published: str | None = None) -> str | None:
    """The date of the first event ``sentence`` dates (see the module); ``published`` lends a missing year."""
    if "月" not in sentence and "昨" not in sentence and "今" not in sentence:
        return None  # most sentences date nothing: skip the pattern
    for m in _SENTENCE_DATES.finditer(sentence):
        if _SKIP_BEFORE.search(sentence[max(m.start() - 2, 0):m.start()]) or _SKIP_AFTER.match(sentence[m.end():]):
            continue
        if m.group("full"):
            found = iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        elif m.group("ym"):
            found = iso(int(m.group("y2")), int(m.group("m2")))
        elif m.group("md"):
            found = _month_day(int(m.group("m3")), int(m.group("d3")), m.group("rel"), published)
        else:
            day = _as_date(published or "")
            found = (day - dt.timedelta(days=_DAYS_BACK[m.group("day")])).isoformat() if day else None
        if found:
            return found
    return None


def _month_day(month: int, day: int, relative: str | None, published: str | None) -> str | None:
    """3月5日 in a document of ``published``: its year, or the year before if that day is still to come."""
    if not published:
        return None
    year = int(published[:4]) - _YEARS_BACK.get(relative or "", 0)
    found = iso(year, month, day)
    if found and not relative and found[:len(published)] > published:
        found = iso(year - 1, month, day)
    return found


def date_relations(graph: Graph) -> Graph:
    """Give each undated relation the date of its evidence (basis ``sentence``), else its documents' (``document``)."""
    for relation in graph.relations.values():
        if DATE in relation.properties:
            continue
        dated = _dated(((e.sentence, graph.documents[e.document].extra.get(PUBLISHED))
                        for e in sorted(relation.evidence) if e.document in graph.documents))
        if dated:
            relation.properties.update({DATE: dated[0], DATE_BASIS: dated[1]})
    return graph


def _dated(evidence: Iterable[tuple[str, object]]) -> tuple[str, str] | None:
    """The earliest date the sentences state, else the earliest of their documents."""
    stated, published = [], []
    for sentence, date in evidence:
        date = date if isinstance(date, str) and date else None
        if found := sentence_date(sentence, date):
            stated.append(found)
        elif date:
            published.append(date)
    if stated:
        return min(stated), BY_SENTENCE
    return (min(published), BY_DOCUMENT) if published else None
