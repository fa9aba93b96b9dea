"""What `kg serve`'s JSON API answers, as plain functions over a store.

Every answer comes from the saved queries of ``cypher/`` (read-only, with a
time limit and a row limit), so a script that calls the API and one that runs
``kg query`` see the same rows. Nodes travel as ``{"id", "label", "name",
"kind", "aliases"}`` (a document's name is its title), relationships as
``{"id", "from", "to", "type"}``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from policy_kg.cypher.library import list_saved
from policy_kg.cypher.runner import run_cypher, run_saved
from policy_kg.graph.errors import KGError, NotFoundError, QueryError
from policy_kg.graph.export import export_graph
from policy_kg.graph.model import ENTITY_FIELDS, Document, Entity, Evidence, Graph, Mention, Relation
from policy_kg.graph.ontology import DOCUMENT, ENTITY_LABELS, MENTIONS, RELATION_TYPES, check_label, check_relation_type
from policy_kg.graph.queries import EVIDENCE_FIELDS
from policy_kg.graph.store import GraphStore, split_statements

from ..render import to_html
from ..report import LANGS, cjk_font, make_report, to_docx, to_html_report
from ..view import EDGE_COLOUR, MENTION_COLOUR, STYLES

EXPORTS = {"html": ("text/html; charset=utf-8", "html"), "graphml": ("application/graphml+xml", "graphml")}
REPORTS = {"html": "text/html; charset=utf-8",
           "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
# Seconds any one query of the API may run, and rows it may return: a browser
# tab must not be able to keep the database busy or fill the server's memory.
QUERY_TIMEOUT = 10.0
MAX_ROWS = 1000
MAX_SUGGESTIONS = 50
DEFAULT_SUGGESTIONS = 12
MAX_DEPTH = 3
DEFAULT_EXPAND = 100

TextReader = Callable[[dict[str, Any]], str]


def schema() -> dict[str, Any]:
    """Labels, relationship types, how the page draws them (the colours and shapes of ``kg viz``), the row limit."""
    return {"labels": list(ENTITY_LABELS), "types": [*RELATION_TYPES, MENTIONS],
            "styles": {label: {"colour": colour, "shape": shape} for label, (colour, shape) in STYLES.items()},
            "edge_colours": {"default": EDGE_COLOUR, MENTIONS: MENTION_COLOUR}, "max_rows": MAX_ROWS}


def search(store: GraphStore, text: str, label: str | None = None, limit: int = DEFAULT_SUGGESTIONS) -> list[dict]:
    """Entities whose name or an alias contains ``text``: exact matches, then prefixes, then the rest."""
    if label is not None:
        check_label(label)
    limit = _bounded("limit", limit, 1, MAX_SUGGESTIONS)
    rows = _saved(store, "search_entities", {"text": text, "label": label, "limit": limit})
    return [{"id": r["id"], "label": r["label"], "name": r["name"], "kind": r["kind"], "aliases": r["aliases"] or [],
             "rank": r["rank"]} for r in rows]


def entity(store: GraphStore, entity_id: str) -> dict[str, Any]:
    """An entity's fields and properties, and its relationships grouped by type, each with its evidence
    (the first MAX_ROWS of them: ``more`` says there are others)."""
    [card] = _saved(store, "entity_card", {"id": entity_id}) or _missing("entity", entity_id)
    facts = run_saved("entity_facts", {"id": entity_id}, store, timeout=QUERY_TIMEOUT, max_rows=MAX_ROWS + 1)
    more, facts = len(facts) > MAX_ROWS, facts[:MAX_ROWS]
    titles = _titles(store, {doc for f in facts for doc in f["properties"].get("evidence_document") or []})
    relationships: dict[str, list[dict]] = {}
    for fact in facts:
        props, evidence = _split_evidence(fact["properties"])
        relationships.setdefault(fact["type"], []).append({
            "direction": fact["direction"],
            "other": {"id": fact["other_id"], "label": fact["other_label"], "name": fact["other"]},
            "properties": props,
            "evidence": [{"document": e.document, "title": titles.get(e.document, e.document), "sentence": e.sentence,
                          "start": e.start, "end": e.end, "rule": e.rule} for e in evidence],
        })
    return {"id": card["id"], "label": card["label"], "name": card["name"], "kind": card["kind"],
            "aliases": card["aliases"] or [], "documents": card["documents"],
            "properties": {k: v for k, v in card["properties"].items() if k not in ENTITY_FIELDS},
            "relationships": relationships, "more": more}


def neighbourhood(store: GraphStore, node_id: str, depth: int = 1, types: list[str] | None = None,
                  limit: int = DEFAULT_EXPAND) -> dict[str, Any]:
    """The nodes and relationships within ``depth`` steps of a node, at most ``limit`` relationships.

    ``types`` chooses the relationship types (MENTIONS among them brings the
    documents in); by default every type but MENTIONS. ``more`` says the
    limit cut the answer.
    """
    depth = _bounded("depth", depth, 1, MAX_DEPTH)
    limit = _bounded("limit", limit, 1, MAX_ROWS)
    chosen = [check_relation_type(t) for t in types] if types else None
    start = _node_of(store, node_id)
    nodes, edges = {start["id"]: start}, {}
    frontier, more = [start["id"]], False
    for _ in range(depth):
        # limit + 1 whatever is known already: rows past the limit, new or known, say that more exist
        rows = _saved(store, "expand", {"ids": frontier, "types": chosen, "limit": limit + 1})
        fresh = [r for r in rows if _edge(r)["id"] not in edges]
        if len(edges) + len(fresh) > limit:
            fresh, more = fresh[: limit - len(edges)], True
        reached = []
        for row in fresh:
            edge = _edge(row)
            edges[edge["id"]] = edge
            for end in (row["source"], row["target"]):
                if end["id"] not in nodes:
                    nodes[end["id"]] = node_record(end)
                    reached.append(end["id"])
        frontier = reached
        if more or not frontier:
            break
    return {"nodes": list(nodes.values()), "edges": list(edges.values()), "more": more}


def paths(store: GraphStore, source: str, target: str) -> dict[str, Any]:
    """All shortest paths (up to 4 steps, MENTIONS left out) between two entities given by id."""
    for node_id in (source, target):
        _node_of(store, node_id)
    found = [[node_record(node) for node in row["path"][::2]]
             for row in _saved(store, "shortest_path", {"source": source, "target": target})]
    nodes = {node["id"]: node for path in found for node in path}
    # a path's relationships do not say their direction: the stored relationships between its steps do
    steps = {frozenset((a["id"], b["id"])) for path in found for a, b in zip(path, path[1:])}
    links = _saved(store, "relations_among", {"ids": sorted(nodes)})
    edges = [_edge({"source": {"id": r["source"]}, "type": r["type"], "target": {"id": r["target"]}})
             for r in links if frozenset((r["source"], r["target"])) in steps]
    return {"paths": [[node["id"] for node in path] for path in found], "nodes": list(nodes.values()), "edges": edges}


def document(store: GraphStore, document_id: str, text_of: TextReader | None = None) -> dict[str, Any]:
    """A document's title, date, properties, text (read again from its file) and the spans the graph holds in it."""
    [card] = _saved(store, "document_card", {"id": document_id}) or _missing("document", document_id)
    props = card["properties"]
    text, problem = None, None
    try:
        if text_of is None:
            raise QueryError("this server reads no document files", hint="start it with `kg serve`")
        text = text_of(props)
    except KGError as exc:
        problem = error_body(exc)["error"]
    spans = _saved(store, "document_spans", {"id": document_id})
    return {"id": card["id"], "title": card["title"] or "", "published": props.get("published"),
            "properties": {k: v for k, v in props.items() if k not in ("id", "title")},
            "text": text, "text_error": problem, "spans": spans}


def queries(user_dir: Path | None = None) -> list[dict[str, Any]]:
    """The saved queries (built in, then the user's folder) with their typed parameters, for forms."""
    return [{"name": q.name, "description": q.description,
             "params": [{"name": p.name, "type": p.type, "required": p.required,
                         **({} if p.required else {"default": p.default}), "example": p.example}
                        for p in q.params]}
            for q in list_saved(user_dir)]


def run_query(store: GraphStore, name: str, params: dict[str, Any], user_dir: Path | None = None) -> dict[str, Any]:
    """The rows of a saved query (built in, or in ``user_dir``); parameters are checked against its header."""
    return _table(run_saved(name, params, store, timeout=QUERY_TIMEOUT, max_rows=MAX_ROWS + 1, user_dir=user_dir))


def cypher(store: GraphStore, text: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """The rows of read-only ad-hoc Cypher (the guard of ``kg cypher``); of the last statement if several."""
    statements = split_statements(text)
    if not statements:
        raise QueryError("no Cypher statement to run", hint='send {"query": "MATCH (n:Zone) RETURN n.name"}')
    rows: list[dict[str, Any]] = []
    for statement in statements:
        rows = run_cypher(statement, params or {}, store, timeout=QUERY_TIMEOUT, max_rows=MAX_ROWS + 1)
    return _table(rows)


def export(store: GraphStore, ids: list[str], fmt: str) -> tuple[bytes, str, str]:
    """The nodes ``ids`` and the relationships among them as one offline HTML page (``kg viz``'s) or GraphML;
    returns the file's bytes, media type and suffix."""
    if fmt not in EXPORTS:
        raise QueryError(f"unknown export format {fmt!r}", hint=f"use one of {', '.join(EXPORTS)}")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids) or not 0 < len(ids) <= MAX_ROWS:
        raise QueryError(f"nodes must be a list of 1 to {MAX_ROWS} ids", hint='send {"nodes": ["Zone:两江新区", ...]}')
    graph = subgraph(store, ids)
    media, suffix = EXPORTS[fmt]
    if fmt == "html":
        return to_html(graph, title="policy-kg explorer", documents=bool(graph.documents)).encode(), media, suffix
    with tempfile.TemporaryDirectory() as folder:
        [written] = export_graph(graph, fmt, Path(folder) / f"graph.{suffix}")
        return written.read_bytes(), media, suffix


def report(store: GraphStore, entity_id: str, fmt: str, lang: str) -> tuple[bytes, str, str]:
    """The entity's report, as ``kg report --entity`` writes it: one self-contained HTML page or a Word file;
    returns the file's bytes, media type and name."""
    if fmt not in REPORTS:
        raise QueryError(f"unknown report format {fmt!r}", hint=f"use one of {', '.join(REPORTS)}")
    if lang not in LANGS:
        raise QueryError(f"unknown report language {lang!r}", hint=f"use one of {', '.join(LANGS)}")
    _saved(store, "entity_card", {"id": entity_id}) or _missing("entity", entity_id)
    cjk_font()  # the figures need a CJK font: say so before any query
    _, made = make_report(store, entity=entity_id, lang=lang)
    data = to_html_report(made).encode() if fmt == "html" else to_docx(made)
    return data, REPORTS[fmt], f"{made.slug}.{fmt}"


def subgraph(store: GraphStore, ids: list[str]) -> Graph:
    """The stored nodes ``ids`` (entities and documents) with the relationships and mentions among them."""
    graph = Graph()
    for node_id in sorted(set(ids)):
        card = _saved(store, "entity_card", {"id": node_id})
        if card:
            row = card[0]
            props = {k: v for k, v in row["properties"].items() if k not in ENTITY_FIELDS}
            graph.add_entity(Entity(row["label"], row["name"], set(row["aliases"] or []), row["kind"], properties=props))
            continue
        [doc] = _saved(store, "document_card", {"id": node_id}) or _missing("node", node_id)
        props = dict(doc["properties"])
        known = {k: props.pop(k, None) for k in ("id", "title", "source", "authors", "kind")}
        graph.add_document(Document(node_id, known["title"] or "", known["source"] or "", list(known["authors"] or []),
                                    known["kind"] or "article", props))
    for entity_id in list(graph.entities):
        for fact in _saved(store, "entity_facts", {"id": entity_id}):
            if fact["direction"] == "out" and fact["other_id"] in graph.entities:
                props, evidence = _split_evidence(fact["properties"])
                graph.add_relation(Relation(entity_id, fact["type"], fact["other_id"], props, set(evidence)))
    for doc_id in graph.documents:
        for span in _saved(store, "document_spans", {"id": doc_id}):
            if span["kind"] == "mention" and span["source"] in graph.entities:
                graph.entities[span["source"]].mentions.add(Mention(doc_id, span["start"], span["end"]))
    return graph


def error_body(exc: KGError) -> dict[str, Any]:
    """An error as the API sends it: the CLI's code, message and fix."""
    return {"error": {"code": exc.code, "message": exc.message, "hint": exc.hint}}


def node_record(node: dict[str, Any]) -> dict[str, Any]:
    """A node of a query's rows (``{"label", ...properties}``) as the page draws it."""
    if node["label"] == DOCUMENT:
        return {"id": node["id"], "label": DOCUMENT, "name": node.get("title") or node["id"], "kind": node.get("kind"),
                "aliases": []}
    return {"id": node["id"], "label": node["label"], "name": node["name"], "kind": node.get("kind"),
            "aliases": node.get("aliases") or []}


# ------------------------------------------------------------------ helpers
def _saved(store: GraphStore, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return run_saved(name, params, store, timeout=QUERY_TIMEOUT, max_rows=MAX_ROWS)


def _table(rows: list[dict[str, Any]]) -> dict[str, Any]:
    # one row more than MAX_ROWS was asked for: its presence says the result was cut
    return {"columns": list(rows[0]) if rows else [], "rows": rows[:MAX_ROWS], "more": len(rows) > MAX_ROWS}


def _node_of(store: GraphStore, node_id: str) -> dict[str, Any]:
    card = _saved(store, "entity_card", {"id": node_id})
    if card:
        return node_record(card[0])
    doc = _saved(store, "document_card", {"id": node_id})
    if doc:
        return node_record({"label": DOCUMENT, **doc[0]["properties"]})
    return _missing("node", node_id)


def _edge(row: dict[str, Any]) -> dict[str, Any]:
    source, target = row["source"]["id"], row["target"]["id"]
    return {"id": f"{source}|{row['type']}|{target}", "from": source, "to": target, "type": row["type"]}


def _split_evidence(properties: dict[str, Any]) -> tuple[dict[str, Any], list[Evidence]]:
    """A stored relationship's own properties, and its evidence from the parallel ``evidence_*`` lists."""
    props = dict(properties)
    columns = [props.pop(f"evidence_{f}", None) or [] for f in EVIDENCE_FIELDS]
    return props, [Evidence(doc, start, end, sentence, rule) for doc, sentence, start, end, rule in zip(*columns)]


def _titles(store: GraphStore, ids: set[str]) -> dict[str, str]:
    return {row["id"]: row["title"] or row["id"] for doc in sorted(ids)
            for row in _saved(store, "document_card", {"id": doc})}


def _bounded(name: str, value: int, low: int, high: int) -> int:
    if not low <= value <= high:
        raise QueryError(f"{name} must be from {low} to {high}, got {value}", hint=f"ask for {name}={min(max(value, low), high)}")
    return value


def _missing(kind: str, node_id: str) -> Any:
    raise NotFoundError(f"no {kind} with id {node_id!r}",
                        hint="ids are Label:name for entities (see /api/search?q=...), the document id for documents")

