"""Scoring as ONTOLOGY.md "Measuring extraction" describes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_kg.graph import read_exchange
from policy_kg.graph.model import Document, Entity, Evidence, Graph, Mention, Relation
from policy_kg.loaders.evaluate import Counts, evaluate, normalise_name
from policy_kg.loaders.gold import Gold, GoldEntity, GoldRelation, read_gold

pytestmark = pytest.mark.unit

DATA = Path(__file__).parent / "data"
SEED_TEXT = Path(__file__).parent.parent / "examples" / "000_023085569cee03f2.txt"

TEXT = "《浙江省建设国家数字经济创新发展试验区工作方案》(以下简称《方案》)获国家发展改革委批复。杭州高新区为核心区。"


def gold(*entities: GoldEntity, relations: tuple[GoldRelation, ...] = ()) -> Gold:
    return Gold("d.txt", {e.key: e for e in entities}, list(relations))


PLAN = GoldEntity("plan", "Plan", "浙江省建设国家数字经济创新发展试验区工作方案", ["方案"])
NDRC = GoldEntity("ndrc", "Agency", "国家发展改革委", ["国家发改委"])
ZONE = GoldEntity("zone", "Zone", "国家数字经济创新发展试验区")
HANGZHOU = GoldEntity("hz", "Zone", "杭州高新区", optional=True)


def graph(*entities: tuple[str, str, set[str]], relations: tuple[tuple[str, str, str], ...] = ()) -> Graph:
    g = Graph()
    g.add_document(Document("d"))
    for label, name, aliases in entities:
        g.add_entity(Entity(label, name, aliases, None, {Mention("d", 0, 1)}))
    for source, type_, target in relations:
        g.add_relation(Relation(source, type_, target, {}, {Evidence("d", 0, 1, "s", "test")}))
    return g


def test_names_compare_after_nfkc_without_spaces_brackets_or_quotes() -> None:
    assert normalise_name("《中新（重庆） 互联互通\n示范项目》") == "中新(重庆)互联互通示范项目"
    assert normalise_name("“芯屏器核网”") == "芯屏器核网"
    assert normalise_name("５Ｇ") == "5G"


def test_exact_match_counts_per_label() -> None:
    score = evaluate(graph(("Plan", PLAN.name, set()), ("Agency", "国家发展改革委", set())), gold(PLAN, NDRC, ZONE), TEXT)
    assert score.entities["Plan"].to_dict()["f1"] == 1.0
    assert score.entities["Agency"].to_dict()["f1"] == 1.0
    assert (score.entities["Zone"].gold, score.entities["Zone"].gold_matched) == (1, 0)
    assert score.missed == ["Zone:国家数字经济创新发展试验区"]
    assert score.spurious == []
    assert score.entity_total.to_dict() == {"precision": 1.0, "recall": 0.6667, "f1": 0.8, "predicted": 2,
                                            "predicted_matched": 2, "gold": 3, "gold_matched": 2}


def test_label_must_agree() -> None:
    score = evaluate(graph(("Zone", "国家发展改革委", set())), gold(NDRC), TEXT)
    assert score.spurious == ["Zone:国家发展改革委"]
    assert score.missed == ["Agency:国家发展改革委"]


def test_predicted_alias_counts_only_where_the_text_has_it() -> None:
    found = graph(("Agency", "发改委总部", {"国家发展改革委"}), ("Plan", "某方案", {"国家发改委"}))
    score = evaluate(found, gold(NDRC), TEXT)
    # 国家发展改革委 is in the text: the alias matches; 国家发改委 is not: that alias is ignored
    assert score.spurious == ["Plan:某方案"]
    assert score.missed == []


def test_predicted_canonical_name_matches_a_gold_alias_even_absent_from_the_text() -> None:
    score = evaluate(graph(("Agency", "国家发改委", set())), gold(NDRC), TEXT)
    assert (score.entity_total.precision, score.entity_total.recall) == (1.0, 1.0)


def test_short_alias_of_the_gold_matches() -> None:
    score = evaluate(graph(("Plan", "方案", set())), gold(PLAN), TEXT)
    assert score.entity_total.f1 == 1.0


def test_optional_items_neither_rewarded_nor_punished_whatever_label() -> None:
    found = graph(("Enterprise", "杭州高新区", set()), ("Zone", "国家数字经济创新发展试验区", set()))
    score = evaluate(found, gold(ZONE, HANGZHOU), TEXT)
    assert score.entity_total.to_dict()["predicted"] == 1
    assert score.entity_total.f1 == 1.0
    assert score.spurious == score.missed == []


def test_relation_alternatives_and_both_ends_must_match() -> None:
    rel = GoldRelation(["plan", "zone"], "APPROVED_BY", ["ndrc"])
    found = graph(("Zone", ZONE.name, set()), ("Agency", NDRC.name, set()), ("Plan", PLAN.name, set()),
                  relations=(("Zone:" + ZONE.name, "APPROVED_BY", "Agency:" + NDRC.name),))
    score = evaluate(found, gold(PLAN, NDRC, ZONE, relations=(rel,)), TEXT)
    assert score.relations["APPROVED_BY"].to_dict()["f1"] == 1.0
    wrong_type = graph(("Plan", PLAN.name, set()), ("Agency", NDRC.name, set()), ("Zone", ZONE.name, set()),
                       relations=(("Plan:" + PLAN.name, "ISSUED_BY", "Agency:" + NDRC.name),))
    score = evaluate(wrong_type, gold(PLAN, NDRC, ZONE, relations=(rel,)), TEXT)
    assert score.spurious == [f"Plan:{PLAN.name} -ISSUED_BY-> Agency:{NDRC.name}"]
    assert score.missed == [f"[Plan:{PLAN.name} | Zone:{ZONE.name}] -APPROVED_BY-> Agency:{NDRC.name}"]


def test_relations_with_an_optional_end_or_marked_optional_are_ignored() -> None:
    part = GoldRelation(["hz"], "PART_OF", ["zone"])
    located = GoldRelation(["zone"], "LOCATED_IN", ["hz"], optional=True)
    found = graph(("Zone", "杭州高新区", set()), ("Zone", ZONE.name, set()),
                  relations=(("Zone:杭州高新区", "PART_OF", "Zone:" + ZONE.name),
                             ("Zone:" + ZONE.name, "LOCATED_IN", "Zone:杭州高新区")))
    score = evaluate(found, gold(ZONE, HANGZHOU, relations=(part, located)), TEXT)
    assert score.relations == {}
    assert score.relation_total.f1 == 1.0


def test_scores_add_up_as_a_micro_average() -> None:
    a = evaluate(graph(("Agency", NDRC.name, set())), gold(NDRC, ZONE), TEXT)
    b = evaluate(graph(("Zone", "某地", set())), gold(ZONE), TEXT)
    total = a + b
    assert total.documents == 2
    assert total.entity_total == Counts(predicted=2, predicted_matched=1, gold=3, gold_matched=1)
    assert total.missed == [f"Zone:{ZONE.name}", f"Zone:{ZONE.name}"]
    assert total.to_dict()["entities"]["all"]["recall"] == pytest.approx(0.3333)
    assert [row["name"] for row in total.rows()] == ["Agency", "Zone", "ALL", "ALL"]


def test_the_gold_fixture_scores_perfectly_against_its_gold() -> None:
    score = evaluate(read_exchange(DATA / "seed.graph.json"), read_gold(DATA / "000_023085569cee03f2.gold.yaml"),
                     SEED_TEXT.read_text(encoding="utf-8"))
    assert score.entity_total.f1 == score.relation_total.f1 == 1.0
    assert (score.entity_total.gold, score.relation_total.gold) == (64, 61)


def test_a_gold_name_of_digits_alone_is_text(tmp_path: Path) -> None:
    # b443_08: `name: 861` (a programme's name) is read by YAML as a number
    gold = tmp_path / "p.gold.yaml"
    gold.write_text("document: p.txt\nentities:\n- key: plan861\n  label: Plan\n  name: 861\n  aliases: [3461]\n"
                    "relations: []\n", encoding="utf-8")
    assert read_gold(gold).entities["plan861"] == GoldEntity("plan861", "Plan", "861", ["3461"])
