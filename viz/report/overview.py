"""The report on the whole graph: counts, central entities, communities, zones x industries, agencies, documents.

Every figure is a row of a saved query or networkx arithmetic on such rows:
the network analytics run on the rows of ``relation_links`` (every
relationship between entities, MENTIONS left out) taken as undirected links.
The stored graph is never exported whole: on 100k entities that alone takes
about a minute.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from policy_kg.cypher.runner import run_saved
from policy_kg.graph.model import Graph
from policy_kg.graph.ontology import MENTIONS
from policy_kg.graph.store import GraphStore

from .content import DocumentRef, Figure, Interactive, Report, Section, Table, Text
from .figures import counts_png, network_png
from .sources import Link, counts, documents, properties, quotes, view_graph
from .ui import Words

MAX_CENTRAL = 15
MAX_DRAWN = 40
MAX_COMMUNITIES = 12
MAX_MEMBERS = 20
MAX_MATRIX_ZONES = 30
MAX_MATRIX_INDUSTRIES = 20
# Exact betweenness costs one breadth-first search per entity; above this many
# it is estimated from a sample of sources sized to a fixed amount of work.
EXACT_BETWEENNESS = 2000
BETWEENNESS_WORK = 6_000_000  # sources x (entities + links): 15 sources for 100k entities, 300k links
MIN_SAMPLE = 8
# Greedy modularity takes ~5 s for 5,000 linked entities and ~1 min for 20,000:
# above the limit it runs on the most connected entities only.
GREEDY_LIMIT = 5000
SEED = 7
ROLES = ("approves", "issues", "coordinates", "supervises")
AGENCY_TYPES = ("APPROVED_BY", "ISSUED_BY", "COORDINATED_BY", "SUPERVISED_BY")


@dataclass(frozen=True)
class Central:
    name: str
    label: str
    degree: int
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
    betweenness_sample: int | None  # sources sampled to estimate betweenness; None: exact
    communities: list[Community]
    community_core: int | None  # the most connected entities grouped into communities; None: every linked one
    linked: int  # entities with a relationship
    modularity: float
    alone: int  # entities without any relationship
    zone_industries: list[tuple[str, str, str | None]]  # zone, industry, via plan
    agencies: dict[str, dict[str, list[str]]]  # agency -> role -> subjects
    documents: list[DocumentRef]
    view: Graph = field(repr=False)
    community_of: dict[str, int] = field(repr=False, default_factory=dict)  # entity id -> community index


def split_id(entity: str) -> tuple[str, str]:
    """(label, name) of an entity id ``Label:name``."""
    label, _, name = entity.partition(":")
    return label, name


def overview_data(store: GraphStore) -> OverviewData:
    """Everything the overview says, from saved queries and networkx."""
    labels, types = counts(store)
    rows = run_saved("relation_links", {"limit": max(sum(n for t, n in types.items() if t != MENTIONS), 1)}, store)
    links = nx.Graph()
    links.add_edges_from((row["source"], row["target"]) for row in rows)
    # relationships other than MENTIONS, both directions: the degree of saved query top_connected
    degree = Counter(row["source"] for row in rows) + Counter(row["target"] for row in rows)
    betweenness, sample = betweenness_of(links)
    groups, core, modularity = communities_of(links, degree)
    by_degree = sorted(degree, key=lambda i: (-degree[i], split_id(i)[1], split_id(i)[0]))
    by_betweenness = [i for i in sorted(betweenness, key=lambda i: (-betweenness[i], i)) if betweenness[i] > 0]

    def central(entity: str) -> Central:
        label, name = split_id(entity)
        return Central(name, label, degree[entity], betweenness.get(entity, 0.0))

    docs = documents(store)
    return OverviewData(
        labels=labels, types=types,
        most_connected=[central(i) for i in by_degree[:MAX_CENTRAL]],
        brokers=[central(i) for i in by_betweenness[:MAX_CENTRAL]], betweenness_sample=sample,
        communities=[Community([split_id(i) for i in sorted(g, key=lambda i: (-degree[i], i))]) for g in groups],
        community_core=core, linked=links.number_of_nodes(), modularity=modularity,
        alone=sum(n for label, n in labels.items() if label != "Document") - links.number_of_nodes(),
        zone_industries=zone_industries(store, labels), agencies=agencies_of(store, rows),
        documents=sorted(docs.values(), key=lambda d: d.id),
        view=view_of(store, by_degree[:MAX_DRAWN], docs),
        community_of={i: n for n, g in enumerate(groups) for i in g})


def betweenness_of(links: nx.Graph) -> tuple[dict[str, float], int | None]:
    """Normalised betweenness of every entity, and the number of sources sampled to estimate it (None: exact)."""
    n = links.number_of_nodes()
    if n <= EXACT_BETWEENNESS:
        return nx.betweenness_centrality(links), None
    k = min(n, max(MIN_SAMPLE, BETWEENNESS_WORK // (n + links.number_of_edges())))
    return nx.betweenness_centrality(links, k=k, seed=SEED), k


def communities_of(links: nx.Graph, degree: Counter) -> tuple[list[set[str]], int | None, float]:
    """Communities of two or more entities by greedy modularity, largest first; the number of most connected
    entities they were sought among (None: all); the modularity."""
    if links.number_of_nodes() == 0:
        return [], None, 0.0
    core, kept = links, None
    if links.number_of_nodes() > GREEDY_LIMIT:
        kept = GREEDY_LIMIT
        core = links.subgraph(sorted(links, key=lambda i: (-degree[i], i))[:GREEDY_LIMIT])
    found = nx.community.greedy_modularity_communities(core)
    groups = [set(g) for g in found if len(g) > 1]
    return sorted(groups, key=lambda g: (-len(g), min(g))), kept, nx.community.modularity(core, found)


def zone_industries(store: GraphStore, labels: dict[str, int]) -> list[tuple[str, str, str | None]]:
    """(zone, industry, via plan) of every zone focusing on an industry (saved query zone_industries)."""
    rows = run_saved("zone_industries", {"limit": max(labels["Zone"] * labels["Industry"], 1)}, store)
    return [(row["zone"], row["industry"], row["via_plan"]) for row in rows]


def agencies_of(store: GraphStore, links: list[dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    """What each agency approves, issues, coordinates, supervises (saved query agency_portfolio)."""
    names = sorted({split_id(row["target"])[1] for row in links
                    if row["type"] in AGENCY_TYPES and split_id(row["target"])[0] == "Agency"})
    result: dict[str, dict[str, list[str]]] = {}
    for name in names:
        roles: dict[str, list[str]] = defaultdict(list)
        for item in run_saved("agency_portfolio", {"agency": name}, store):
            roles[item["role"]].append(f"{item['subject']} ({item['subject_label']})")
        result[name] = dict(roles)
    return result


def view_of(store: GraphStore, entities: list[str], docs: dict[str, DocumentRef]) -> Graph:
    """The entities and the relationships among them, with evidence (saved query entity_relations of each)."""
    drawn = {split_id(i) for i in entities}
    found = {}
    for label, name in sorted(drawn):
        for row in run_saved("entity_relations", {"name": name}, store):
            other = (row["other_label"], row["other"])
            if other in drawn and row["direction"] == "out":
                found[(label, name), row["type"], other] = Link((label, name), row["type"], other, properties(row),
                                                                 quotes(row["documents"], row["sentences"], docs, row["rules"]))
    return view_graph(found.values(), extra=sorted(drawn))


def overview_report(data: OverviewData, words: Words = Words()) -> Report:
    """The sections of the overview report, in the language of ``words``."""
    slug = "overview"
    entities = sum(n for label, n in data.labels.items() if label != "Document")
    relations = sum(n for t, n in data.types.items() if t != MENTIONS)
    central = (words("entity"), words("label"), words("degree"), words("betweenness"))
    sections = [
        Section(words("counts"), [
            Text(words("counts_text", entities=entities, documents=data.labels["Document"], relations=relations,
                       mentions=data.types[MENTIONS])),
            Table((words("label"), words("nodes")), tuple(data.labels.items())),
            Table((words("type"), words("relationships")), tuple(data.types.items())),
            Figure(f"{slug}-counts.png", words("counts_caption"),
                   counts_png(data.labels, data.types, (words("nodes_by_label"), words("relationships_by_type")))),
        ]),
        Section(words("central"), [
            Text(words("central_text", method=words.betweenness_method(data.betweenness_sample, SEED))),
            Table(central, _central_rows(data.most_connected)),
            Text(words("brokers_text")),
            Table(central, _central_rows(data.brokers)),
        ]),
        _communities_section(data, words),
        _matrix_section(data, words),
        _agencies_section(data, words),
        Section(words("documents"), [Table(
            (words("document"), words("title"), words("kind"), words("authors"), words("entities")),
            tuple((d.id, d.cite(words), d.kind or "", "、".join(d.authors), d.entities) for d in data.documents))]),
    ]
    if data.view.entities:
        caption = words("overview_caption", n=len(data.view.entities))
        sections.insert(3, Section(words("picture"), [
            Figure(f"{slug}-network.png", caption, network_png(data.view, groups=data.community_of)),
            Interactive(caption, data.view)]))
    return Report(words("overview_title"), slug, sections, words)


def _central_rows(rows: list[Central]) -> tuple[tuple, ...]:
    return tuple((c.name, c.label, c.degree, f"{c.betweenness:.4f}") for c in rows)


def _communities_section(data: OverviewData, words: Words) -> Section:
    method = words.community_method(data.community_core, data.linked)
    blocks = [Text(words("communities_text", n=len(data.communities), method=method, modularity=f"{data.modularity:.3f}",
                         alone=data.alone))]
    rows = []
    for n, community in enumerate(data.communities[:MAX_COMMUNITIES], start=1):
        shown = [f"{name} ({label})" for label, name in community.members[:MAX_MEMBERS]]
        more = community.size - len(shown)
        rows.append((n, community.size, "、".join(shown) + (words("and_more", n=more) if more else "")))
    blocks.append(Table((words("community"), words("community_size"), words("members")), tuple(rows)))
    if len(data.communities) > MAX_COMMUNITIES:
        blocks.append(Text(words("smaller_communities", n=len(data.communities) - MAX_COMMUNITIES)))
    return Section(words("communities"), blocks)


def _matrix_section(data: OverviewData, words: Words) -> Section:
    zones = Counter(z for z, _, _ in data.zone_industries)
    industries = Counter(i for _, i, _ in data.zone_industries)
    rows_shown = sorted(zones, key=lambda z: (-zones[z], z))[:MAX_MATRIX_ZONES]
    columns = sorted(industries, key=lambda i: (-industries[i], i))[:MAX_MATRIX_INDUSTRIES]
    direct = {(z, i) for z, i, via in data.zone_industries if via is None}
    linked = {(z, i) for z, i, _ in data.zone_industries}
    table = Table((words("zone"), *columns), tuple(
        (z, *("●" if (z, i) in direct else "○" if (z, i) in linked else "" for i in columns)) for z in rows_shown))
    text = words("matrix_text", zones=len(zones), industries=len(industries))
    if len(zones) > len(rows_shown) or len(industries) > len(columns):
        text += words("matrix_shown", zones=len(rows_shown), industries=len(columns))
    return Section(words("matrix"), [Text(text), table] if data.zone_industries else [Text(text)])


def _agencies_section(data: OverviewData, words: Words) -> Section:
    rows = tuple((agency, *("; ".join(roles.get(role, [])) for role in ROLES)) for agency, roles in data.agencies.items())
    return Section(words("agencies"), [Text(words("agencies_text", n=len(rows))),
                                       Table((words("agency"), *(words(role) for role in ROLES)), rows)])
