"""The extraction pipeline: an article in, its graph out.

Components run in order over one :class:`~.spans.ArticleDoc`:
recognise (entities) -> define aliases -> references -> slot names ->
canonical names (resolve) -> relations. Documents' graphs merge by entity id.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol

import opencc

from policy_kg.graph.errors import ExtractionError, KGError, OntologyError
from policy_kg.graph.model import Document, Entity, Evidence, Graph, Mention, Relation
from policy_kg.graph.ontology import check_relation

from .. import gazetteer
from .entities import recognise, slot_entities
from .facts import read_facts
from .relations import read_relations
from .resolve import add_references, define_aliases, name_spans, restated_counts
from .spans import ArticleDoc, Found, Span

_ANAPHORA_RULES = ("bank_reference", "firm_reference", "works_reference")


class ArticleLike(Protocol):
    id: str
    text: str


# Rule patterns scan lists and clauses up to the next sentence end; a run of
# text far longer than any real sentence (a table flattened by a PDF, a
# crafted file) would make them quadratic. Such runs are cut into pieces.
MAX_SENTENCE = 600
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
_CUT_AFTER = "，,、 "
log = logging.getLogger("policy_kg.extract")


def bound_sentences(text: str, limit: int = MAX_SENTENCE) -> tuple[str, int]:
    """``text`` with a sentence end put in every ``limit`` characters of an over-long sentence; (text, cuts).

    The cut replaces a comma, enumeration comma or space near the limit (one
    character for one, so offsets hold), else the character at the limit.
    """
    if not re.search(rf"[^。！？；!?;\n]{{{limit}}}", text):  # the usual case: nothing to cut
        return text, 0
    chars, cuts, run = list(text), 0, 0
    for i, ch in enumerate(chars):
        if _SENTENCE_END.match(ch):
            run = 0
            continue
        run += 1
        if run >= limit:
            window = range(i, max(i - limit // 4, 0), -1)
            at = next((j for j in window if chars[j] in _CUT_AFTER), i)
            chars[at] = "。"
            cuts += 1
            run = i - at
    return ("".join(chars), cuts) if cuts else (text, 0)


@lru_cache(maxsize=1)
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` with traditional characters as simplified ones (銀川經濟技術開發區 -> 银川经济技术开发区), one
    character for one so that offsets hold: the rules and lexicons are written in simplified characters."""
    converted = _to_simplified().convert(text)
    if len(converted) != len(text):
        # a phrase converted to another length: character by character instead
        converted = "".join(c if len(s := _to_simplified().convert(c)) != 1 else s for c in text)
    return converted.translate(_VARIANTS)


# Variant forms OpenCC's table leaves as they are (陜西省人民政府 is 陕西省人民政府)
_VARIANTS = str.maketrans({"陜": "陕", "緖": "绪"})


def analyse(article: ArticleLike, default_city: str = "") -> ArticleDoc:
    """Run every component over one article; the result keeps spans and relations with offsets."""
    text, cuts = bound_sentences(article.text)
    if cuts:
        log.warning("%s: %d sentence(s) longer than %d characters were cut before extraction",
                    article.id, cuts, MAX_SENTENCE)
    doc = ArticleDoc(article.id, simplified(text), written=text)
    doc.titles, doc.spans = recognise(doc.text)
    doc.split_sentences()
    define_aliases(doc)
    add_references(doc)
    slot_entities(doc)
    restated_counts(doc)
    name_spans(doc, default_city)
    sentences = list(doc.templated())  # the spans are final: one templating serves facts and relations
    read_facts(doc, sentences)
    doc.relations = read_relations(doc, sentences)
    return doc


def extract_article(article: ArticleLike, default_city: str = "") -> Graph:
    """The graph of one article: its Document, entities with mentions, relations with evidence."""
    return to_graph(analyse(article, default_city), article)


def extract_documents(articles: Iterable[ArticleLike]) -> Graph:
    """The merged graph of several articles; an article that names no city inherits the previous one's."""
    graph = Graph()
    city = ""
    for article in articles:
        doc = _analysed(article, city)
        city = next((s.name for s in doc.spans if s.rule == "self_reference" and s.kind == "city"), "") or city
        graph.merge(to_graph(doc, article))
    return graph


def _analysed(article: ArticleLike, default_city: str) -> ArticleDoc:
    """``analyse``, with a fault of the rules on one article raised as a coded error naming that article."""
    try:
        return analyse(article, default_city)
    except KGError:
        raise  # an error raised on purpose (a missing gazetteer package) keeps its own code and fix
    except Exception as exc:  # any other fault: the caller fails this file and goes on with the others
        log.debug("the rules stopped on %s", article.id, exc_info=True)
        raise ExtractionError(
            f"the extraction rules stopped on article {article.id}: {type(exc).__name__}: {exc}",
            hint="a fault of policy-kg, not of the file; please report it with the file. "
                 "The other files are extracted, and nothing of this one is written") from exc


def to_graph(doc: ArticleDoc, article: ArticleLike) -> Graph:
    graph = Graph()
    graph.add_document(_document(article))
    places = frozenset(s.name for s in doc.spans if s.label == "Zone")
    added: dict[int, Entity] = {}  # each span's entity by the span's identity: relations name the spans again

    def entity(span: Span) -> Entity:
        if id(span) not in added:
            added[id(span)] = _add_span(graph, doc, span, places)
        return added[id(span)]

    for span in [*doc.titles, *doc.spans]:
        entity(span)
    for found in doc.relations:
        _add_relation(graph, doc, found, entity(found.source), entity(found.target))
    return graph


def _document(article: ArticleLike) -> Document:
    if hasattr(article, "to_document"):
        return article.to_document()
    return Document(
        id=article.id,
        title=getattr(article, "title", "") or "",
        source=str(getattr(article, "source", "") or ""),
        authors=list(getattr(article, "authors", []) or []),
    )


_SECTOR_WORDS = ("产业", "行业", "业")


def _sector_forms(doc: ArticleDoc, span: Span) -> set[str]:
    """A sector's name with the word for a sector the page writes after it (生物制药化工产业, 文化旅游业), and a name
    that keeps its 产业 (a two-character sector's: 红粮产业) without it: the same sector, however a reader names it."""
    surface = doc.surface(span)
    word = next((w for w in _SECTOR_WORDS if doc.text.startswith(w, span.end)), "")
    return {surface + word, surface.removesuffix("产业")}


def _add_span(graph: Graph, doc: ArticleDoc, span: Span, places: frozenset[str]) -> Entity:
    """The span's entity, with a division's facts from the gazetteer (``places``: the article's zones); a name
    the page writes in traditional characters is an alias of its simplified form."""
    surfaces = {doc.surface(span).strip("《》"), _written(doc, span.start, span.end).strip("《》")}
    if span.label == "Industry":
        surfaces |= _sector_forms(doc, span)
    aliases = set() if span.rule in _ANAPHORA_RULES else surfaces - {span.name}
    facts = {**(gazetteer.division_properties(span.name, places) if span.label == "Zone" else {}), **span.facts}
    return graph.add_entity(Entity(span.label, span.name, aliases, span.kind, {Mention(doc.id, span.start, span.end)},
                                   facts))


def _add_relation(graph: Graph, doc: ArticleDoc, found: Found, source: Entity, target: Entity) -> None:
    try:
        check_relation(source.label, found.type, target.label)
    except OntologyError:
        return  # a rule matched a pair the ontology does not relate: not a fact
    sentence = found.sentence
    evidence = Evidence(doc.id, sentence.start, sentence.end, _written(doc, sentence.start, sentence.end).strip(), found.rule)
    graph.add_relation(Relation(source.id, found.type, target.id, dict(found.properties), {evidence}))


def _written(doc: ArticleDoc, start: int, end: int) -> str:
    """The page's own characters at ``[start, end)`` (evidence quotes the page as written)."""
    return (doc.written or doc.text)[start:end]
