"""The report on the whole graph: counts, central entities, communities, zones x industries, agencies, documents.

Counts, degrees, the matrix, the agencies and the documents are rows of saved
queries; betweenness and communities are networkx on the exported graph, its
relations taken as undirected links between entities (MENTIONS left out).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import networkx as nx

from cypher.runner import run_saved
from graph.model import Graph
from graph.ontology import MENTIONS, entity_id
from graph.store import GraphStore

from ..select import relation_graph, subgraph
from .content import DocumentRef, Figure, Interactive, Report, Section, Table, Text
from .figures import counts_png, network_png
from .sources import counts, documents

MAX_CENTRAL = 15
MAX_DRAWN = 40
MAX_COMMUNITIES = 12
MAX_MEMBERS = 20
MAX_MATRIX_ZONES = 30
MAX_MATRIX_INDUSTRIES = 20
# Exact betweenness costs one breadth-first search per entity; above this many
# it is estimated from a sample of sources sized to a fixed amount of work.
EXACT_BETWEENNESS = 2000
BETWEENNESS_WORK = 3_000_000  # sources x (entities + links)
MIN_SAMPLE = 8
# Greedy modularity takes ~5 s for 5,000 linked entities and ~1 min for 20,000;
# above the limit communities come from (fast) label propagation.
GREEDY_LIMIT = 5000
SEED = 7
ROLES = ("approves", "issues", "coordinates", "supervises")


@dataclass(frozen=True)
class Central:
    name: str
    label: str
    degree: int
    documents: int
    betweenness: float


@dataclass
class Community:
    members: list[tuple[str, str]]  # (label, name), most connected first

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass
class OverviewData:
    labels: dict[str, int]
    types: dict[str, int]
    most_connected: list[Central]
    brokers: list[Central]
    betweenness_method: str
    communities: list[Community]
    community_method: str
    modularity: float
    alone: int  # entities without any relationship
    zone_industries: list[tuple[str, str, str | None]]  # zone, industry, via plan
    agencies: dict[str, dict[str, list[str]]]  # agency -> role -> subjects
    documents: list[DocumentRef]
    view: Graph = field(repr=False)
    community_of: dict[str, int] = field(repr=False, default_factory=dict)  # entity id -> community index


def overview_data(store: GraphStore) -> OverviewData:
    """Everything the overview says (saved queries, networkx on store.export())."""
    labels, types = counts(store)
    graph = store.export()
    links = relation_graph(graph)
    degree = Counter(r.source for r in graph.relations.values()) + Counter(r.target for r in graph.relations.values())
    betweenness, b_method = betweenness_of(links)
    groups, c_method, modularity = communities_of(links)
    communities = [Community([(graph.entities[i].label, graph.entities[i].name)
                              for i in sorted(g, key=lambda i: (-degree[i], i))]) for g in groups]
    community_of = {i: n for n, g in enumerate(groups) for i in g}

    def central(name: str, label: str, deg: int, docs: int) -> Central:
        return Central(name, label, deg, docs, betweenness.get(entity_id(label, name), 0.0))

    top = run_saved("top_connected", {"limit": MAX_DRAWN}, store)
    most_connected = [central(r["name"], r["label"], r["degree"], r["documents"]) for r in top]
    ranked = sorted(betweenness, key=lambda i: (-betweenness[i], i))[:MAX_CENTRAL]
    brokers = [central(e.name, e.label, degree[i], len({m.document for m in e.mentions}))
               for i, e in ((i, graph.entities[i]) for i in ranked) if betweenness[i] > 0]
    drawn = {entity_id(c.label, c.name) for c in most_connected}
    view = subgraph(graph, drawn, (r for r in graph.relations.values() if r.source in drawn and r.target in drawn))
    return OverviewData(labels, types, most_connected[:MAX_CENTRAL], brokers, b_method, communities, c_method,
                        modularity, links.number_of_nodes() - sum(c.size for c in communities),
                        [(r["zone"], r["industry"], r["via_plan"]) for r in run_saved(
                            "zone_industries", {"limit": max(labels["Zone"] * labels["Industry"], 1)}, store)],
                        agencies_of(store, labels["Agency"]), sorted(documents(store).values(), key=lambda d: d.id),
                        view, community_of)


def betweenness_of(links: nx.Graph) -> tuple[dict[str, float], str]:
    """Normalised betweenness of every entity, exact or estimated from sampled sources."""
    n = links.number_of_nodes()
    if n <= EXACT_BETWEENNESS:
        return nx.betweenness_centrality(links), "exact"
    k = min(n, max(MIN_SAMPLE, BETWEENNESS_WORK // (n + links.number_of_edges())))
    return nx.betweenness_centrality(links, k=k, seed=SEED), f"estimated from {k} sampled sources (seed {SEED})"


def communities_of(links: nx.Graph) -> tuple[list[set[str]], str, float]:
    """Communities of two or more linked entities, largest first; the method; the partition's modularity."""
    linked = links.subgraph([n for n in links if links.degree(n) > 0])
    if linked.number_of_nodes() == 0:
        return [], "none", 0.0
    if linked.number_of_nodes() <= GREEDY_LIMIT:
        found, method = nx.community.greedy_modularity_communities(linked), "greedy modularity (networkx)"
    else:
        found = list(nx.community.fast_label_propagation_communities(linked, seed=SEED))
        method = f"fast label propagation (networkx, seed {SEED}): greedy modularity is too slow above {GREEDY_LIMIT:,} entities"
    groups = [set(g) for g in found if len(g) > 1]
    return sorted(groups, key=lambda g: (-len(g), min(g))), method, nx.community.modularity(linked, found)


def agencies_of(store: GraphStore, n_agencies: int) -> dict[str, dict[str, list[str]]]:
    """What each agency with relationships approves, issues, coordinates, supervises (saved query agency_portfolio)."""
    result: dict[str, dict[str, list[str]]] = {}
    for row in run_saved("top_connected", {"label": "Agency", "limit": max(n_agencies, 1)}, store):
        if row["degree"] == 0:
            continue
        roles: dict[str, list[str]] = defaultdict(list)
        for item in run_saved("agency_portfolio", {"agency": row["name"]}, store):
            roles[item["role"]].append(f"{item['subject']} ({item['subject_label']})")
        if roles:
            result[row["name"]] = dict(roles)
    return dict(sorted(result.items()))


def overview_report(data: OverviewData) -> Report:
    """The sections of the overview report."""
    slug = "overview"
    entities = sum(n for label, n in data.labels.items() if label != "Document")
    relations = sum(n for t, n in data.types.items() if t != MENTIONS)
    sections = [
        Section("Counts", [
            Text(f"{entities} entities, {data.labels.get('Document', 0)} documents, {relations} relationships "
                 f"(and {data.types.get(MENTIONS, 0)} MENTIONS)."),
            Table(("label", "nodes"), tuple(data.labels.items())),
            Table(("type", "relationships"), tuple(data.types.items())),
            Figure(f"{slug}-counts.png", "Nodes by label and relationships by type", counts_png(data.labels, data.types)),
        ]),
        Section("Most central entities", [
            Text("Degree: relationships other than MENTIONS (saved query top_connected). Betweenness: share of "
                 f"shortest paths through the entity, {data.betweenness_method}."),
            Table(("entity", "label", "degree", "documents", "betweenness"), _central_rows(data.most_connected)),
            Text("Brokers: the entities with the highest betweenness."),
            Table(("entity", "label", "degree", "documents", "betweenness"), _central_rows(data.brokers)),
        ]),
        _communities_section(data),
        _matrix_section(data),
        _agencies_section(data),
        Section("Documents", [Table(("document", "title", "kind", "authors", "entities"), tuple(
            (d.id, d.citation, d.kind or "", "、".join(d.authors), d.entities) for d in data.documents))]),
    ]
    if data.view.entities:
        caption = (f"The {len(data.view.entities)} most connected entities and their relationships, "
                   "coloured by community")
        sections.insert(3, Section("Picture", [
            Figure(f"{slug}-network.png", caption, network_png(data.view, groups=data.community_of)),
            Interactive(caption, data.view)]))
    return Report("Overview of the graph", slug, sections)


def _central_rows(rows: list[Central]) -> tuple[tuple, ...]:
    return tuple((c.name, c.label, c.degree, c.documents, f"{c.betweenness:.4f}") for c in rows)


def _communities_section(data: OverviewData) -> Section:
    blocks = [Text(f"{len(data.communities)} communities of two or more entities by {data.community_method}; "
                   f"modularity {data.modularity:.3f}. {data.alone} entities have no relationship.")]
    rows = []
    for n, community in enumerate(data.communities[:MAX_COMMUNITIES], start=1):
        shown = [f"{name} ({label})" for label, name in community.members[:MAX_MEMBERS]]
        more = community.size - len(shown)
        rows.append((n, community.size, "、".join(shown) + (f" … and {more} more" if more else "")))
    blocks.append(Table(("community", "entities", "members (most connected first)"), tuple(rows)))
    if len(data.communities) > MAX_COMMUNITIES:
        blocks.append(Text(f"{len(data.communities) - MAX_COMMUNITIES} smaller communities not listed."))
    return Section("Communities", blocks)


def _matrix_section(data: OverviewData) -> Section:
    zones = Counter(z for z, _, _ in data.zone_industries)
    industries = Counter(i for _, i, _ in data.zone_industries)
    rows_shown = sorted(zones, key=lambda z: (-zones[z], z))[:MAX_MATRIX_ZONES]
    columns = sorted(industries, key=lambda i: (-industries[i], i))[:MAX_MATRIX_INDUSTRIES]
    direct = {(z, i) for z, i, via in data.zone_industries if via is None}
    linked = {(z, i) for z, i, _ in data.zone_industries}
    table = Table(("zone", *columns), tuple(
        (z, *("●" if (z, i) in direct else "○" if (z, i) in linked else "" for i in columns)) for z in rows_shown))
    text = (f"{len(zones)} zones and {len(industries)} industries (saved query zone_industries): ● the zone focuses "
            "on the industry, ○ a plan covering the zone does.")
    if len(zones) > len(rows_shown) or len(industries) > len(columns):
        text += f" Shown: the {len(rows_shown)} zones and {len(columns)} industries with the most pairs."
    return Section("Zones and industries", [Text(text), table] if data.zone_industries else [Text(text)])


def _agencies_section(data: OverviewData) -> Section:
    rows = tuple((agency, *("; ".join(roles.get(role, [])) for role in ROLES)) for agency, roles in data.agencies.items())
    return Section("Agencies", [Text(f"{len(rows)} agencies approve, issue, coordinate or supervise something "
                                     "(saved query agency_portfolio)."),
                                Table(("agency", *ROLES), rows)])
