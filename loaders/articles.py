"""Split a newspaper page into its articles, with titles and authors.

A page's paragraphs are classified (byline, credit, source line, headline,
body), then articles are cut:

* A byline (``□本报记者 张亦筑``, ``本报讯(记者 xx)``) starts an article; the
  headline lines just before it belong to that new article.
* On a page that has bylines, a block of two or more headline lines between a
  finished body paragraph (or a credit) and a finished body paragraph also
  starts an article (kicker + headline of a piece printed without byline).
* A page without any byline is one article: policy documents have section
  headings that must not cut them.

Title: the article's main headline, i.e. the longest of its headline lines
without a comma, colon or semicolon (a kicker such as ``全国首个`` or a
subtitle with commas is kept in ``headings`` only). An article without
headline lines gets a title derived from its first sentence: date, lead-in
(``...记者从...获悉,``) and parentheses removed; ``title_derived`` says so.

Authors: reporters from bylines, then illustrators and photographers from
credit lines (``制图 张辉``: the ontology counts them as document metadata),
then a trailing author (``...提供贷款。 徐一琪``). Credit lines belong to the
article they follow. Articles tile the page: each holds its text from its
first headline to the paragraph before the next article, bylines included,
so offsets stay plain slices of the page's normalised text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policy_kg.graph.errors import InputError
from policy_kg.graph.model import Document

from .dates import PUBLISHED, PUBLISHED_BASIS, text_date
from .normalize import ENUMERATOR, NormalText, is_complete, is_headline_like, normalize
from .reading import DEFAULT_MAX_BYTES, DEFAULT_PARSE_TIMEOUT, read_source

TITLE_MAX_CHARS = 60

# Common Chinese surnames (a generic lexicon): tell a bare name line from a short headline.
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
    "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
# fmt: off
_COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "夏侯", "端木", "司徒", "申屠"}
# fmt: on

_BOXES = "□■◇◆●○"
_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}")
_ROLE = re.compile(
    r"^(?:本报|本刊|本台|新华社|人民日报|中新社)?(?:首席|特约|高级|见习|实习|驻[\u4e00-\u9fff]{1,6}?)?"
    r"(?:记者|通讯员|实习生|评论员|撰稿人|撰稿)"
)
_CREDIT_ROLE = re.compile(r"^(?:制图|绘图|摄影|图文|文/图|图/文|漫画|设计|图|文)[:/]?")
_TOKEN_SPLIT = re.compile(r"[\s、,/]+")
_NEWSFLASH = re.compile(r"^(?:本报讯|[\u4e00-\u9fff]{2,4}社[\u4e00-\u9fff\d]{0,12}电)\s*\(([^)]{2,40})\)")
_TRAILING_AUTHOR = re.compile(r"(?<=[。!?”』」)])\s+([\u4e00-\u9fff·]{2,6})$")
_TRAILING_PAREN_AUTHOR = re.compile(r"(?<=[。!?”])\((?:记者|通讯员)?\s*([\u4e00-\u9fff·\s、]{2,30})\)$")
_SOURCE_LINE = re.compile(r"^(?:资料|数据|信息)?来源[:]")
_ENUMERATED = re.compile(rf"^(?:第[一二三四五六七八九十百\d]+[章节条部分]|{ENUMERATOR})")
_CLAUSE_PUNCT = re.compile(r"[,;:、?!]")
_DATE_LEAD = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*,?")
_LEAD_IN = re.compile(r"^[^,。]{0,40}?(?:获悉|了解到|得知|介绍|表示|宣布|报道|发布),")
_PARENTHESES = re.compile(r"\([^()]*\)")
_SENTENCE_END = re.compile(r"[。!?]")

BYLINE, CREDIT, SOURCE, HEADING, BODY = "byline", "credit", "source", "heading", "body"


@dataclass
class Article:
    """One article of a page: its slice of the page's normalised text and its metadata."""

    id: str
    source: str
    page: str
    index: int
    title: str
    authors: list[str]
    text: str
    start: int  # offsets in the page's normalised text
    end: int
    headings: list[str] = field(default_factory=list)
    title_derived: bool = False
    extra: dict[str, str | int | float | bool] = field(default_factory=dict)
    normal: NormalText | None = field(default=None, repr=False, compare=False)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the page's original text behind ``text[start:end]`` of this article."""
        if self.normal is None:
            raise ValueError(f"article {self.id} was built without its page's NormalText")
        return self.normal.original_span(self.start + start, self.start + end)

    def to_document(self) -> Document:
        """The article as a Document node (kind ``article``), tied to its page by ``page`` and offsets."""
        extra = {
            **self.extra,
            "page": self.page,
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "headings": "\n".join(self.headings),
            "title_derived": self.title_derived,
        }
        return Document(id=self.id, title=self.title, source=self.source, authors=list(self.authors), kind="article", extra=extra)


@dataclass(frozen=True)
class _Paragraph:
    text: str
    start: int
    end: int
    kind: str
    names: tuple[str, ...] = ()


def extract_page(
    path: str | Path,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    parse_timeout: float = DEFAULT_PARSE_TIMEOUT,
    page_id: str | None = None,
) -> list[Article]:
    """The articles of one source file: read, normalise, split. The page id defaults to the file's stem.

    Each article records the absolute path of its ``file``: a store refuses
    to let another file's document take the same id.
    """
    source = read_source(path, encoding=encoding, max_bytes=max_bytes, parse_timeout=parse_timeout)
    extra: dict[str, str | int | float | bool] = {"format": source.format, "file": str(Path(path).resolve())}
    if source.encoding:
        extra["encoding"] = source.encoding
    # a date an HTML tag or a PDF's or Word document's metadata gives is the source's "meta"; a saved page's header
    extra.update(_header_fields(source.header, "header" if source.format in ("text", "markdown") else "meta"))
    return split_articles(normalize(source.text), str(path), page_id or Path(path).stem, extra=extra)


def stored_text(document: dict[str, Any]) -> str:
    """The text a stored Document's offsets refer to, read again from its source file.

    The graph keeps offsets, not text: the file (``file``, else ``source``) is
    read again. An article (``start``, ``end`` on its page) is its slice of the
    page's normalised text, as the load cut it; a whole page (an exchange
    file's document, such as a gold annotation) is the file's text as read.
    InputError when the file cannot be read.
    """
    path = document.get("file") or document.get("source") or ""
    if not path:
        raise InputError(f"document {document.get('id')!r} names no source file", hint="load it from a file")
    text = read_source(path, encoding=document.get("encoding")).text
    start, end = document.get("start"), document.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return normalize(text).text[start:end]
    return text


_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _header_fields(header: dict[str, str], basis: str) -> dict[str, str]:
    """A saved page's header as Document properties: its URL, its title, its date when written as ISO
    (``published_basis``: ``header``, or ``meta`` for an HTML page's date tag or a PDF's or DOCX's metadata)."""
    fields = {"url": header.get("source") or header.get("url", ""), "page_title": header.get("title", "")}
    date = _ISO_DATE.match(header.get("date", ""))
    if date:
        fields.update({PUBLISHED: date.group(), PUBLISHED_BASIS: basis})
    return {k: v for k, v in fields.items() if v}


def split_articles(
    normal: NormalText,
    source: str,
    page_id: str,
    *,
    extra: dict[str, str | int | float | bool] | None = None,
) -> list[Article]:
    """The articles of a normalised page, in page order, ids ``{page_id}#1``, ``#2``, ..."""
    paragraphs = _paragraphs(normal.text)
    if not paragraphs:
        return []
    starts = _article_starts(paragraphs)
    bounds = list(zip(starts, [*starts[1:], len(paragraphs)]))
    return [
        _article(normal, paragraphs[first:stop], source, page_id, index, extra or {})
        for index, (first, stop) in enumerate(bounds, start=1)
    ]


# ---------------------------------------------------------------- classifying paragraphs


def _paragraphs(text: str) -> list[_Paragraph]:
    found = []
    position = 0
    for chunk in text.split("\n\n"):
        if chunk:
            kind, names = _classify(chunk)
            found.append(_Paragraph(chunk, position, position + len(chunk), kind, names))
        position += len(chunk) + 2
    return found


def _classify(text: str) -> tuple[str, tuple[str, ...]]:
    if (names := byline_names(text)) is not None:
        return BYLINE, names
    if (names := credit_names(text)) is not None:
        return CREDIT, names
    if _SOURCE_LINE.match(text) and not is_complete(text):
        return SOURCE, ()
    if is_headline_like(text) and not _trailing_author(text):
        return HEADING, ()
    return BODY, ()


def byline_names(text: str) -> tuple[str, ...] | None:
    """The reporters a byline names (``□本报首席记者 申晓佳``, ``本报讯(记者 甲 通讯员 乙)``), or None."""
    if flash := _NEWSFLASH.match(text):
        return _names_after_roles(flash.group(1), _ROLE, need_role=True)
    if not is_headline_like(text):
        return None
    boxed = text[0] in _BOXES
    names = _names_after_roles(text.lstrip(_BOXES + " "), _ROLE, need_role=not boxed)
    if names and text.rstrip().endswith("摄"):
        return None  # "记者 某某 摄" credits a photo
    if names and boxed and not all(_looks_like_person(name) for name in names):
        return None  # a boxed short heading, not a name
    return names


def credit_names(text: str) -> tuple[str, ...] | None:
    """The people a credit line names (``制图 张辉``, ``本报记者 某某 摄``, a bare name), or None."""
    if len(text) > 30 or is_complete(text):
        return None
    if text.endswith("摄"):
        names = _names_after_roles(text[:-1], _ROLE, need_role=False)
    elif _CREDIT_ROLE.match(text):
        names = _names_after_roles(text, _CREDIT_ROLE, need_role=True)
    else:
        names = _names_after_roles(text, _ROLE, need_role=False)
        names = names if names and len(names) <= 3 else None
    # Without a reporter's title around them, only surname-led words are taken for people.
    return names if names and all(_looks_like_person(name) for name in names) else None


# Newspapers pad two-character names to the width of three: 杨 帆.
_SPACED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


def _names_after_roles(text: str, role: re.Pattern[str], *, need_role: bool) -> tuple[str, ...] | None:
    """Names in ``text`` once role words are taken off; None if anything else is there."""
    names: list[str] = []
    has_role = False
    for token in _TOKEN_SPLIT.split(_SPACED_NAME.sub(r"\1\2", text.strip())):
        if match := role.match(token):
            has_role = True
            token = token[match.end() :]
        if not token:
            continue
        if not _NAME.fullmatch(token):
            return None
        names.append(token)
    if not names or (need_role and not has_role):
        return None
    return tuple(names)


def _looks_like_person(token: str) -> bool:
    if "·" in token:
        return bool(_NAME.fullmatch(token))
    if token[:2] in _COMPOUND_SURNAMES:
        return 3 <= len(token) <= 4 and bool(_NAME.fullmatch(token))
    return token[0] in _SURNAMES and 2 <= len(token) <= 3 and bool(_NAME.fullmatch(token))


# ---------------------------------------------------------------- cutting articles


def _article_starts(paragraphs: list[_Paragraph]) -> list[int]:
    """Indexes of the paragraphs that start an article (always 0 first)."""
    bylines = [i for i, paragraph in enumerate(paragraphs) if paragraph.kind == BYLINE]
    if not bylines:
        return [0]
    starts = {_headings_before(paragraphs, i) for i in bylines} | set(_headline_blocks(paragraphs))
    ordered = sorted(starts)
    if ordered[0] != 0 and not any(p.kind == BODY for p in paragraphs[: ordered[0]]):
        ordered[0] = 0  # only headlines and page furniture before: they open the first article
    return ordered if ordered[0] == 0 else [0, *ordered]


def _headings_before(paragraphs: list[_Paragraph], byline: int) -> int:
    """The first of the headline lines right before a byline (the byline itself when there are none)."""
    first = byline
    while first > 0 and paragraphs[first - 1].kind == HEADING:
        first -= 1
    return first


def _headline_blocks(paragraphs: list[_Paragraph]) -> list[int]:
    """Starts of blocks of 2+ headline lines between finished text and a finished body paragraph."""
    starts = []
    i = 0
    while i < len(paragraphs):
        if not _is_title_line(paragraphs[i]):
            i += 1
            continue
        stop = i
        while stop < len(paragraphs) and _is_title_line(paragraphs[stop]):
            stop += 1
        if stop - i >= 2 and i > 0 and _ends_text(paragraphs[i - 1]) and _opens_body(paragraphs, stop):
            starts.append(i)
        i = stop
    return starts


def _is_title_line(paragraph: _Paragraph) -> bool:
    return paragraph.kind == HEADING and not _ENUMERATED.match(paragraph.text)


def _ends_text(paragraph: _Paragraph) -> bool:
    return paragraph.kind in (CREDIT, SOURCE) or _is_finished_body(paragraph)


def _opens_body(paragraphs: list[_Paragraph], index: int) -> bool:
    if index >= len(paragraphs):
        return False
    return paragraphs[index].kind == BYLINE or _is_finished_body(paragraphs[index])


def _is_finished_body(paragraph: _Paragraph) -> bool:
    """A body paragraph ending a sentence, maybe followed by its author (``...贷款。 徐一琪``)."""
    if paragraph.kind != BODY:
        return False
    return is_complete(paragraph.text) or bool(_trailing_author(paragraph.text))


# ---------------------------------------------------------------- one article


def _article(
    normal: NormalText,
    paragraphs: list[_Paragraph],
    source: str,
    page_id: str,
    index: int,
    extra: dict[str, str | int | float | bool],
) -> Article:
    start, end = paragraphs[0].start, paragraphs[-1].end
    headings = _leading_headings(paragraphs)
    title = _main_headline(headings)
    derived = not title
    if derived:
        title = derived_title(next((p.text for p in paragraphs if p.kind == BODY), ""))
    return Article(
        id=f"{page_id}#{index}",
        source=source,
        page=page_id,
        index=index,
        title=title,
        authors=_authors(paragraphs),
        text=normal.text[start:end],
        start=start,
        end=end,
        headings=headings,
        title_derived=derived,
        extra=_dated(extra, paragraphs),
        normal=normal,
    )


def _dated(extra: dict[str, str | int | float | bool], paragraphs: list[_Paragraph]) -> dict[str, str | int | float | bool]:
    """The page's fields, with the date the article's text gives where the page gives none, or only its year or month."""
    page_date = extra.get(PUBLISHED)
    page_date = page_date if isinstance(page_date, str) else None
    if page_date and len(page_date) == 10:
        return dict(extra)
    found = text_date([p.text for p in paragraphs], page_date)
    return {**extra, PUBLISHED: found, PUBLISHED_BASIS: "dateline"} if found and found != page_date else dict(extra)


def _leading_headings(paragraphs: list[_Paragraph]) -> list[str]:
    headings = []
    for paragraph in paragraphs:
        if paragraph.kind != HEADING:
            break
        headings.append(paragraph.text)
    return headings


def _main_headline(headings: list[str]) -> str:
    candidates = [text for text in headings if not _CLAUSE_PUNCT.search(text)] or headings
    return max(candidates, key=len, default="")


def derived_title(paragraph: str) -> str:
    """A title made from a paragraph's first sentence: no newsflash prefix, date, lead-in or parentheses."""
    text = _NEWSFLASH.sub("", paragraph).strip()
    if end := _SENTENCE_END.search(text):
        text = text[: end.start()]
    text = _LEAD_IN.sub("", _DATE_LEAD.sub("", text).strip())
    text = _PARENTHESES.sub("", text).strip()
    if len(text) <= TITLE_MAX_CHARS:
        return text
    cut = max(text.rfind(",", 0, TITLE_MAX_CHARS), text.rfind(";", 0, TITLE_MAX_CHARS))
    return text[:cut] if cut > 0 else text[:TITLE_MAX_CHARS]


def _authors(paragraphs: list[_Paragraph]) -> list[str]:
    names = [name for kind in (BYLINE, CREDIT) for p in paragraphs if p.kind == kind for name in p.names]
    names += _trailing_author(paragraphs[-1].text)
    return list(dict.fromkeys(names))


def _trailing_author(text: str) -> list[str]:
    """An author named after the last sentence (``...。 徐一琪``, ``...。(记者 张三)``)."""
    if (match := _TRAILING_AUTHOR.search(text)) and _looks_like_person(match.group(1)):
        return [match.group(1)]
    if match := _TRAILING_PAREN_AUTHOR.search(text):
        return [name for name in _TOKEN_SPLIT.split(match.group(1).strip()) if _NAME.fullmatch(name)]
    return []
