"""Every heading, label and sentence a report prints, in Chinese (the default) and English.

The reports' readers are mostly Chinese; ``kg report --lang en`` writes the
same report in English. Each entry of :data:`UI` is ``(Chinese, English)``: a
``str.format`` pattern, or for English a function where the words take a plural.
Names, relationship types and labels are data and stay as the graph has them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from policy_kg.graph.errors import QueryError

from ..facts import BASES

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"


def plural(n: int, word: str) -> str:
    """``1 relationship``, ``2 relationships``, ``2 entities``."""
    if n == 1:
        return f"{n} {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"


Entry = tuple[str, str | Callable[..., str]]
UI: dict[str, Entry] = {
    # shared
    "none": ("（无）", "(none)"),
    "entity": ("实体", "entity"),
    "label": ("标签", "label"),
    "kind": ("类别", "kind"),
    "documents": ("文档", "documents"),
    "document": ("文档", "document"),
    "relationships": ("关系数", "relationships"),
    "type": ("类型", "type"),
    "picture": ("图", "Picture"),
    "citation": ("{title}（页面 {page} 的第 {article} 篇文章）", "{title} (article {article} of page {page})"),
    "quoted_above": ("（同一句子已在上文“{heading}”下引用）", "(the same sentence as quoted above under {heading})"),
    "interactive": ("交互视图：可拖动、缩放，悬停查看证据，点击节点突出显示其邻居。",
                    "Interactive: drag, zoom, hover for evidence, click a node to highlight its neighbours."),
    # entity report
    "profile": ("概况", "Profile"),
    "aliases": ("别名", "aliases"),
    "relations": ("关系", "Relationships"),
    "relations_text": ("共 {n} 条关系，{types} 种类型。",
                       lambda n, types: f"{plural(n, 'relationship')} of {plural(types, 'type')}."),
    "timeline": ("时间线", "Timeline"),
    "timeline_text": ("{n} 条带日期的事实，按时间先后排列。", lambda n: f"{plural(n, 'dated fact')}, earliest first."),
    "date": ("日期", "date"),
    "date_from": ("日期来源", "date from"),
    "basis:sentence": ("句中所述", BASES["sentence"]),
    "basis:document": ("所在文档的日期", BASES["document"]),
    "fact": ("事实", "fact"),
    "amount": ("金额", "amount"),
    "financing": ("各币种融资", "Financing per currency"),
    "financing_text": ("该贷款方及其分支机构的贷款；合计为所述金额之和。",
                       "Loans of the lender and its branches; the total sums the amounts stated."),
    "currency": ("币种", "currency"),
    "loans": ("贷款数", "loans"),
    "with_amount": ("有金额", "with an amount"),
    "total": ("合计", "total"),
    "not_stated": ("未说明", "not stated"),
    "closest": ("关系最近的实体", "Closest entities"),
    "closest_text": ("先按直接关系数，再按同时提及两者的文档数排序。",
                     "Ranked by direct relationships, then by documents that name both."),
    "shared_documents": ("共同文档", "shared documents"),
    "neighbourhood": ("邻域", "Neighbourhood"),
    "neighbourhood_caption": ("{name} 及其 {n} 个邻居", lambda name, n: f"{name} and its {plural(n, 'neighbour')}"),
    # relationship-type report
    "type_title": ("{type} 关系", "{type} relationships"),
    "summary": ("概要", "Summary"),
    "type_text": ("共 {n} 条 {type} 关系，来自 {sources} 个源实体，指向 {targets} 个目标实体。",
                  "{n} {type} relationships from {sources} sources to {targets} targets."),
    "source_label": ("源标签", "source label"),
    "target_label": ("目标标签", "target label"),
    "source": ("源", "source"),
    "target": ("目标", "target"),
    "type_caption": ("{total} 条 {type} 关系中的 {shown} 条", "{shown} of the {total} {type} relationships"),
    # overview report
    "overview_title": ("图谱概览", "Overview of the graph"),
    "counts": ("数量", "Counts"),
    "counts_text": ("{entities} 个实体，{documents} 个文档，{relations} 条关系（另有 {mentions} 条 MENTIONS）。",
                    lambda entities, documents, relations, mentions:
                    f"{plural(entities, 'entity')}, {plural(documents, 'document')}, "
                    f"{plural(relations, 'relationship')} (and {mentions} MENTIONS)."),
    "nodes": ("节点数", "nodes"),
    "counts_caption": ("按标签统计的节点与按类型统计的关系", "Nodes by label and relationships by type"),
    "nodes_by_label": ("按标签统计的节点", "nodes by label"),
    "relationships_by_type": ("按类型统计的关系", "relationships by type"),
    "central": ("最核心的实体", "Most central entities"),
    "central_text": ("度：MENTIONS 以外的关系数，与保存的查询 top_connected 的计法相同。"
                     "介数：经过该实体的最短路径所占的比例，计算方法：{method}。",
                     "Degree: relationships other than MENTIONS, as saved query top_connected counts them. "
                     "Betweenness: the share of shortest paths that pass through the entity, {method}."),
    "exact": ("精确计算", "exact"),
    "sampled": ("由随机抽取的 {k} 个起点估算（随机种子 {seed}）", "estimated from {k} sampled sources (seed {seed})"),
    "greedy": ("贪心模块度算法（networkx）", "greedy modularity (networkx)"),
    "greedy_core": ("贪心模块度算法（networkx），仅在 {linked:,} 个有关系的实体中连接最多的 {core:,} 个之中",
                    "greedy modularity (networkx) among the {core:,} most connected of {linked:,} linked entities"),
    "degree": ("度", "degree"),
    "betweenness": ("介数", "betweenness"),
    "brokers_text": ("桥梁实体：介数最高的实体。", "Brokers: the entities with the highest betweenness."),
    "communities": ("社区", "Communities"),
    "communities_text": ("{n} 个包含两个及以上实体的社区，划分方法：{method}；模块度 {modularity}。{alone} 个实体没有任何关系。",
                         "{n} communities of two or more entities by {method}; modularity {modularity}. "
                         "{alone} entities have no relationship."),
    "community": ("社区", "community"),
    "community_size": ("实体数", "entities"),
    "members": ("成员（连接最多者在前）", "members (most connected first)"),
    "and_more": (" … 另有 {n} 个", " … and {n} more"),
    "smaller_communities": ("另有 {n} 个较小的社区未列出。", "{n} smaller communities not listed."),
    "overview_caption": ("连接最多的 {n} 个实体及其关系，按社区着色",
                         "The {n} most connected entities and their relationships, coloured by community"),
    "matrix": ("园区与产业", "Zones and industries"),
    "matrix_text": ("{zones} 个园区、{industries} 个产业（保存的查询 zone_industries）：● 园区聚焦该产业，○ 覆盖该园区的规划聚焦该产业。",
                    "{zones} zones and {industries} industries (saved query zone_industries): ● the zone focuses "
                    "on the industry, ○ a plan covering the zone does."),
    "matrix_shown": ("表中列出关联最多的 {zones} 个园区和 {industries} 个产业。",
                     " Shown: the {zones} zones and {industries} industries with the most pairs."),
    "zone": ("园区", "zone"),
    "agencies": ("机构", "Agencies"),
    "agencies_text": ("{n} 个机构批准、发布、协调或监管某些事项（保存的查询 agency_portfolio）。",
                      "{n} agencies approve, issue, coordinate or supervise something (saved query agency_portfolio)."),
    "agency": ("机构", "agency"),
    "approves": ("批准", "approves"),
    "issues": ("发布", "issues"),
    "coordinates": ("协调", "coordinates"),
    "supervises": ("监管", "supervises"),
    "title": ("标题", "title"),
    "authors": ("作者", "authors"),
    "entities": ("实体数", "entities"),
}


@dataclass(frozen=True)
class Words:
    """The UI strings of one language: ``words("timeline_text", n=3)``."""

    lang: str = DEFAULT_LANG

    def __post_init__(self) -> None:
        if self.lang not in LANGS:
            raise QueryError(f"unknown report language {self.lang!r}", hint=f"use {' or '.join(LANGS)}")

    def __call__(self, key: str, **values: Any) -> str:
        entry = UI[key][LANGS.index(self.lang)]
        return entry(**values) if callable(entry) else entry.format(**values)

    def basis(self, basis: str) -> str:
        """Where a fact's date comes from, as the timeline says it."""
        return self(f"basis:{basis}") if f"basis:{basis}" in UI else BASES.get(basis, basis)

    def betweenness_method(self, sample: int | None, seed: int) -> str:
        """How betweenness was computed: exactly, or from ``sample`` sampled sources."""
        return self("exact") if sample is None else self("sampled", k=sample, seed=seed)

    def community_method(self, core: int | None, linked: int) -> str:
        """How communities were found: among every linked entity, or the ``core`` most connected."""
        return self("greedy") if core is None else self("greedy_core", core=core, linked=linked)

    @property
    def html_lang(self) -> str:
        return "zh-CN" if self.lang == "zh" else self.lang
