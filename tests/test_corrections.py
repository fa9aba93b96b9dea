"""Analyst corrections: the file, applying them to a graph, and kg correct / kg load on both stores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policy_kg.graph import Document, Entity, Evidence, Graph, Mention, Relation
from policy_kg.graph import corrections as C
from policy_kg.graph.errors import CorrectionError, EntityReferenceError
from policy_kg.graph.store import GraphStore

from .conftest import SEED_GRAPH, SEED_TEXT

BANK = "Enterprise:中国进出口银行重庆分行"
ZONGSHEN = "Enterprise:宗申集团"
LONGXIN = "Enterprise:隆鑫通用"
SEED_DOC = "000_023085569cee03f2"
# a sentence of the seed page, as kg normalises it (half-width comma)
LOAN_SENTENCE = "为隆鑫通用提供出口卖方信贷,支持摩托车整车制造转型升级及对外出口"


def fix(action: str, **given: object) -> C.Correction:
    return C.Correction(action, by="analyst", at="2026-11-29T10:00:00Z", **given)


def small_graph() -> Graph:
    g = Graph()
    g.add_document(Document("d1", "标题"))
    g.add_document(Document("d2", "另一篇"))
    g.add_entity(Entity("Enterprise", "进出口银行重庆分行", set(), "bank", {Mention("d1", 0, 9)}))
    g.add_entity(Entity("Enterprise", "中国进出口银行重庆分行", {"口行重庆分行"}, "bank", {Mention("d2", 0, 11)}))
    g.add_entity(Entity("Enterprise", "宗申集团", set(), None, {Mention("d1", 20, 24)}, {"founded": 1982}))
    g.add_entity(Entity("Zone", "重庆市", set(), "municipality", {Mention("d1", 30, 33)}))
    g.add_relation(Relation(ZONGSHEN, "FINANCED_BY", "Enterprise:进出口银行重庆分行", {"amount": "5亿元"},
                            {Evidence("d1", 10, 40, "进出口银行重庆分行为宗申集团提供5亿元贷款。", "loan")}))
    g.add_relation(Relation(ZONGSHEN, "LOCATED_IN", "Zone:重庆市", {},
                            {Evidence("d1", 10, 40, "宗申集团位于重庆市。", "place")}))
    return g


# ------------------------------------------------------------------ in memory
@pytest.mark.unit
def test_merge_keeps_both_names_and_moves_relations_and_mentions() -> None:
    g = small_graph()
    [outcome] = C.apply([fix("merge", entity="Enterprise:进出口银行重庆分行", into=BANK)], g)
    assert outcome.applied and "Enterprise:进出口银行重庆分行" not in g.entities
    bank = g.entities[BANK]
    assert bank.aliases == {"口行重庆分行", "进出口银行重庆分行"}
    assert bank.mentions == {Mention("d1", 0, 9), Mention("d2", 0, 11)}
    assert g.relations[(ZONGSHEN, "FINANCED_BY", BANK)].properties == {"amount": "5亿元"}


@pytest.mark.unit
def test_rename_keeps_the_old_name_as_an_alias() -> None:
    g = small_graph()
    C.apply([fix("rename", entity=ZONGSHEN, name="宗申产业集团")], g)
    renamed = g.entities["Enterprise:宗申产业集团"]
    assert (renamed.name, renamed.aliases, renamed.properties) == ("宗申产业集团", {"宗申集团"}, {"founded": 1982})
    assert sorted(k[1] for k in g.relations if k[0] == "Enterprise:宗申产业集团") == ["FINANCED_BY", "LOCATED_IN"]


@pytest.mark.unit
def test_relabel_drops_the_relations_the_ontology_no_longer_allows() -> None:
    g = small_graph()
    [outcome] = C.apply([fix("relabel", entity=ZONGSHEN, label="Agency", kind="company")], g)
    assert g.entities["Agency:宗申集团"].kind == "company"
    assert outcome.dropped == ["Agency:宗申集团-FINANCED_BY-Enterprise:进出口银行重庆分行",
                               "Agency:宗申集团-LOCATED_IN-Zone:重庆市"]
    assert g.relations == {}


@pytest.mark.unit
def test_a_kind_alone_is_changed_in_place() -> None:
    g = small_graph()
    C.apply([fix("relabel", entity=ZONGSHEN, kind="private")], g)
    assert g.entities[ZONGSHEN].kind == "private" and len(g.relations) == 2


@pytest.mark.unit
def test_remove_takes_the_entity_and_its_relations() -> None:
    g = small_graph()
    C.apply([fix("remove", entity=ZONGSHEN)], g)
    assert ZONGSHEN not in g.entities and g.relations == {}


@pytest.mark.unit
def test_remove_relation_and_set_unset_properties() -> None:
    g = small_graph()
    key = (ZONGSHEN, "FINANCED_BY", "Enterprise:进出口银行重庆分行")
    outcomes = C.apply([
        fix("set", source=key[0], type=key[1], target=key[2], key="amount_value", value=500000000),
        fix("unset", entity=ZONGSHEN, key="founded"),
        fix("set", entity="Zone:重庆市", key="adcode", value="500000"),
    ], g)
    assert [o.applied for o in outcomes] == [True, True, True]
    assert g.relations[key].properties == {"amount": "5亿元", "amount_value": 500000000}
    assert g.entities[ZONGSHEN].properties == {} and g.entities["Zone:重庆市"].properties == {"adcode": "500000"}
    C.apply([fix("remove-relation", source=key[0], type=key[1], target=key[2])], g)
    assert key not in g.relations


@pytest.mark.unit
def test_an_added_relation_is_its_documents_fact_with_curated_evidence() -> None:
    g = small_graph()
    add = fix("add-relation", source=ZONGSHEN, type="FINANCED_BY", target=BANK, document="d1",
              sentence="宗申集团获中国进出口银行重庆分行贷款", start=50, end=68, note="见第二段")
    [outcome] = C.apply([add], g)
    assert outcome.applied
    [evidence] = g.relations[(ZONGSHEN, "FINANCED_BY", BANK)].evidence
    assert evidence == Evidence("d1", 50, 68, "宗申集团获中国进出口银行重庆分行贷款",
                                "curated by analyst at 2026-11-29T10:00:00Z: 见第二段")
    # the bank is named in that sentence of d1: a mention there ties the fact to d1
    assert Mention("d1", 55, 66) in g.entities[BANK].mentions
    other = Graph()
    other.add_document(Document("d3"))
    assert C.apply([add], other)[0].applied is False and other.relations == {}


@pytest.mark.unit
def test_a_correction_whose_target_is_missing_changes_nothing() -> None:
    g = small_graph()
    before = g.dumps()
    outcomes = C.apply([fix("remove", entity="Enterprise:不存在"), fix("merge", entity="Enterprise:不存在", into=BANK)], g)
    assert [o.applied for o in outcomes] == [False, False] and g.dumps() == before


# ----------------------------------------------------------------------- file
@pytest.mark.unit
def test_the_file_round_trips_and_is_readable_yaml(tmp_path: Path) -> None:
    path = tmp_path / "corrections.yaml"
    made = [fix("remove-relation", source=ZONGSHEN, type="FINANCED_BY", target=BANK, note="隆鑫通用的贷款"),
            fix("set", entity=ZONGSHEN, key="listed", value=False, previous=True)]
    C.write_corrections(path, made)
    assert C.read_corrections(path) == made
    text = path.read_text(encoding="utf-8")
    assert "  source: Enterprise:宗申集团\n" in text and "  value: false\n" in text
    assert C.read_corrections(tmp_path / "none.yaml") == []


@pytest.mark.unit
@pytest.mark.parametrize("body, message", [
    ("corrections:\n- action: explode\n", "corrections[0]: unknown action 'explode'"),
    ("corrections:\n- action: remove\n", "corrections[0]: remove needs 'entity'"),
    ("corrections:\n- action: remove\n  entity: 宗申集团\n", "'宗申集团' is not an entity id"),
    ("corrections:\n- action: remove-relation\n  source: Enterprise:a\n  type: LOVES\n  target: Enterprise:b\n",
     "unknown relationship type 'LOVES'"),
    ("corrections:\n- action: set\n  entity: Zone:a\n  key: x y\n  value: 1\n", "property name 'x y'"),
    ("corrections:\n- action: remove\n  entity: Zone:a\n  colour: red\n", "unknown field 'colour'"),
    ("corrections: [\n", "not YAML"),
    ("- action: remove\n", "needs a 'corrections:' list"),
])
def test_a_bad_file_is_refused_naming_the_entry(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "corrections.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(CorrectionError) as caught:
        C.read_corrections(path)
    assert message in str(caught.value) and str(path) in str(caught.value) and caught.value.code == "E600"


@pytest.mark.unit
def test_names_resolve_when_unambiguous_and_errors_list_close_matches() -> None:
    g = small_graph()
    g.add_entity(Entity("Zone", "宗申集团", set(), None, {Mention("d2", 1, 5)}))
    assert C.resolve_entity(g, "口行重庆分行") == BANK
    assert C.resolve_entity(g, ZONGSHEN) == ZONGSHEN
    with pytest.raises(EntityReferenceError) as ambiguous:
        C.resolve_entity(g, "宗申集团")
    assert "names 2 entities: Enterprise:宗申集团, Zone:宗申集团" in str(ambiguous.value)
    with pytest.raises(EntityReferenceError) as unknown:
        C.resolve_entity(g, "宗申集")
    assert ambiguous.value.code == "E610" and "did you mean 宗申集团" in str(unknown.value)


# ---------------------------------------------------------------- both stores
@pytest.fixture
def corrections_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "corrections.yaml"
    monkeypatch.setenv("KG_CORRECTIONS", str(path))
    monkeypatch.chdir(SEED_TEXT.parent.parent)  # the seed document's source, examples/..., is found from here
    return path


def borrowers(store: GraphStore, bank: str = BANK) -> list[str]:
    return sorted(r.source for r in store.export().relations.values() if r.type == "FINANCED_BY" and r.target == bank)


def test_done_when_removal_and_addition_survive_reloads_and_exports(kg, seed_store: GraphStore, corrections_file: Path,
                                                                   tmp_path: Path) -> None:
    assert len(borrowers(seed_store)) == 14
    code, _, err = kg("correct", "remove-relation", "宗申集团", "FINANCED_BY", "中国进出口银行重庆分行", "--note", "错误")
    assert code == 0 and "applied" in err
    code, _, err = kg("correct", "add-relation", "隆鑫通用", "PART_OF", "宗申集团", "--document", SEED_DOC,
                      "--sentence", "为隆鑫通用提供出口卖方信贷,支持摩托车整车制造转型升级及对外出口")
    assert code == 0, err
    for _ in range(2):
        assert len(borrowers(seed_store)) == 13 and ZONGSHEN not in borrowers(seed_store)
        [added] = seed_store.export().relations[(LONGXIN, "PART_OF", ZONGSHEN)].evidence
        assert added.sentence == LOAN_SENTENCE and added.rule.startswith("curated by ")
        assert SEED_TEXT.read_text(encoding="utf-8").replace(",", ",").find(LOAN_SENTENCE) >= 0
        assert kg("load", str(SEED_GRAPH))[0] == 0  # the seed again: the corrections hold
    assert kg("export", "-o", str(tmp_path / "a.json"))[0] == 0
    exported = (tmp_path / "a.json").read_text(encoding="utf-8")
    assert kg("clear", "--yes")[0] == 0
    corrections_file.unlink()  # the export alone reproduces both
    assert kg("load", str(tmp_path / "a.json"))[0] == 0
    assert len(borrowers(seed_store)) == 13 and (LONGXIN, "PART_OF", ZONGSHEN) in seed_store.export().relations
    assert kg("export", "-o", str(tmp_path / "b.json"))[0] == 0
    assert (tmp_path / "b.json").read_text(encoding="utf-8") == exported


def test_merge_then_reload_in_any_order_keeps_one_entity(kg, seed_store: GraphStore, corrections_file: Path) -> None:
    code, _, err = kg("correct", "merge", "隆鑫通用", "宗申集团")
    assert code == 0, err
    for _ in range(2):
        graph = seed_store.export()
        assert LONGXIN not in graph.entities and "隆鑫通用" in graph.entities[ZONGSHEN].aliases
        assert len(borrowers(seed_store)) == 13
        kg("load", str(SEED_GRAPH))
    code, out, _ = kg("correct", "list", "--format", "json")
    [listed] = json.loads(out)
    assert (listed["number"], listed["action"], listed["holds"], listed["documents"]) == (1, "merge", True, [SEED_DOC])
    code, out, _ = kg("correct", "list")  # into a pipe: tsv
    assert out.splitlines() == ["number\tcorrection\tby\tat\tnote\tholds",
                                f"1\tmerge Enterprise:隆鑫通用 into Enterprise:宗申集团\t{listed['by']}\t{listed['at']}\t\tTrue"]


def test_set_unset_and_undo_put_the_previous_value_back(kg, seed_store: GraphStore, corrections_file: Path) -> None:
    assert kg("correct", "set", "listed", "true", "--entity", "宗申集团")[0] == 0
    assert kg("correct", "set", "amount_value", "500000000", "--relation", "宗申集团", "FINANCED_BY", BANK)[0] == 0
    kg("load", str(SEED_GRAPH))
    graph = seed_store.export()
    assert graph.entities[ZONGSHEN].properties == {"listed": True}
    assert graph.relations[(ZONGSHEN, "FINANCED_BY", BANK)].properties == {"amount_value": 500000000}
    assert kg("correct", "set", "listed", "--unset", "--entity", "宗申集团")[0] == 0
    assert seed_store.export().entities[ZONGSHEN].properties == {}
    assert kg("correct", "undo")[0] == 0  # the unset
    assert seed_store.export().entities[ZONGSHEN].properties == {"listed": True}
    assert kg("correct", "undo", "1")[0] == 0  # the first set
    assert seed_store.export().entities[ZONGSHEN].properties == {}
    assert [c.action for c in C.read_corrections(corrections_file)] == ["set"]


def test_undo_of_an_added_relation_and_of_a_removal(kg, seed_store: GraphStore, corrections_file: Path) -> None:
    kg("correct", "add-relation", "隆鑫通用", "PART_OF", "宗申集团", "--document", SEED_DOC, "--sentence", "为隆鑫通用提供出口卖方信贷")
    kg("correct", "remove-relation", "宗申集团", "FINANCED_BY", BANK)
    code, _, err = kg("correct", "undo")
    # the seed document was loaded from exchange JSON: its source is read again, extracted
    assert code == 0 and "undone: remove-relation" in err
    assert ZONGSHEN in borrowers(seed_store)
    assert kg("correct", "undo")[0] == 0
    assert (LONGXIN, "PART_OF", ZONGSHEN) not in seed_store.export().relations
    assert C.read_corrections(corrections_file) == []


def test_bad_corrections_are_refused_and_nothing_is_written(kg, seed_store: GraphStore, corrections_file: Path) -> None:
    before = seed_store.export().dumps()
    code, _, err = kg("correct", "remove", "宗申集")
    assert code == 65 and "[E610] no entity is named '宗申集'" in err and "宗申集团" in err
    code, _, err = kg("correct", "add-relation", "隆鑫通用", "PART_OF", "宗申集团", "--document", SEED_DOC,
                      "--sentence", "这句话不在文中")
    assert code == 65 and "[E600] the sentence does not occur in document" in err
    code, _, err = kg("correct", "add-relation", "隆鑫通用", "COVERS", "宗申集团", "--document", SEED_DOC,
                      "--sentence", "为隆鑫通用提供出口卖方信贷")
    assert code == 65 and "COVERS" in err
    code, _, err = kg("correct", "remove-relation", "宗申集团", "PART_OF", BANK)
    assert code == 65 and "there is no relation" in err and "FINANCED_BY" in err
    assert not corrections_file.exists() and seed_store.export().dumps() == before


def test_a_correction_whose_target_is_gone_is_reported_and_kept(kg, seed_store: GraphStore,
                                                                corrections_file: Path) -> None:
    C.write_corrections(corrections_file, [fix("set", entity="Enterprise:不存在", key="x", value=1)])
    code, _, err = kg("load", str(SEED_GRAPH))
    assert code == 0 and "correction 1 (set Enterprise:不存在.x = 1): its target is not in the store; kept" in err
    assert len(C.read_corrections(corrections_file)) == 1


def test_eval_scores_with_or_without_corrections(kg, corrections_file: Path) -> None:
    C.write_corrections(corrections_file, [fix("remove-relation", source=ZONGSHEN, type="FINANCED_BY", target=BANK)])
    gold = str(SEED_GRAPH.parent / "000_023085569cee03f2.gold.yaml")
    scores = {}
    for extra in ([], ["--corrections", str(corrections_file)]):
        code, out, _ = kg("eval", "--format", "json", "--gold", gold, str(SEED_TEXT), *extra)
        scores[bool(extra)] = json.loads(out)
    assert scores[True] != scores[False]


def test_views_and_reports_say_who_added_a_fact(kg, seed_store: GraphStore, corrections_file: Path) -> None:
    from policy_kg.viz.report.entity import entity_data
    from policy_kg.viz.view import build_view

    kg("correct", "add-relation", "隆鑫通用", "PART_OF", "宗申集团", "--document", SEED_DOC,
       "--sentence", "为隆鑫通用提供出口卖方信贷", "--note", "同一集团")
    [added] = C.read_corrections(corrections_file)
    provenance = f"curated by {added.by} at {added.at}: 同一集团"
    [link] = [k for k in entity_data(seed_store, "隆鑫通用").links if k.type == "PART_OF"]
    assert [(q.sentence, q.provenance) for q in link.quotes] == [("为隆鑫通用提供出口卖方信贷", provenance)]
    [edge] = [e for e in build_view(seed_store.export()).edges if (e["from"], e["to"]) == (LONGXIN, ZONGSHEN)]
    assert edge["title"].endswith(f"为隆鑫通用提供出口卖方信贷\n({provenance})")


def test_a_relation_written_by_hand_gets_evidence_from_a_correction(kg, seed_store: GraphStore, corrections_file: Path,
                                                                    tmp_path: Path) -> None:
    code, _, err = kg("cypher", "--write", "MATCH (a:Entity {id: $a}), (b:Entity {id: $b}) CREATE (a)-[:PART_OF]->(b)",
                      "-p", f"a={LONGXIN}", "-p", f"b={ZONGSHEN}")
    assert code == 0, err
    code, _, err = kg("export", "-o", str(tmp_path / "bare.json"))
    assert code == 0 and f"warning: relation {LONGXIN}-PART_OF-{ZONGSHEN} has no evidence" in err
    assert "kg correct add-relation" in kg("load", str(tmp_path / "bare.json"))[2]  # refused, saying how to fix it
    kg("correct", "add-relation", "隆鑫通用", "PART_OF", "宗申集团", "--document", SEED_DOC, "--sentence", "为隆鑫通用提供出口卖方信贷")
    code, _, err = kg("export", "-o", str(tmp_path / "curated.json"))
    assert code == 0 and "warning" not in err
    kg("clear", "--yes")
    assert kg("load", str(tmp_path / "curated.json"))[0] == 0
    [evidence] = seed_store.export().relations[(LONGXIN, "PART_OF", ZONGSHEN)].evidence
    assert evidence.rule.startswith("curated by ")


def one_document(doc: str) -> Graph:
    """The part of small_graph that document ``doc`` contributes, as a load of that file alone gives it."""
    return C.restrict(small_graph(), {doc})


def test_corrections_hold_whatever_the_load_order(store: GraphStore) -> None:
    fixes = [fix("merge", entity="Enterprise:进出口银行重庆分行", into=BANK),
             fix("set", entity=BANK, key="listed", value=False),
             fix("add-relation", source=ZONGSHEN, type="LOCATED_IN", target="Zone:重庆市", document="d2",
                 sentence="宗申集团在重庆市", start=3, end=11)]
    exports = []
    for order in (("d1", "d2"), ("d2", "d1"), ("d1", "d2", "d1")):
        store.clear()
        for doc in order:
            graph = one_document(doc)
            C.apply(fixes, graph)
            store.load(graph)
        exports.append(store.export())
    assert exports[0].dumps() == exports[1].dumps() == exports[2].dumps()
    graph = exports[0]
    assert "Enterprise:进出口银行重庆分行" not in graph.entities
    assert graph.entities[BANK].properties == {"listed": False} and graph.entities[BANK].kind == "bank"
    assert {r.key for r in graph.relations.values()} == {(ZONGSHEN, "FINANCED_BY", BANK), (ZONGSHEN, "LOCATED_IN", "Zone:重庆市")}
    assert {e.document for e in graph.relations[(ZONGSHEN, "LOCATED_IN", "Zone:重庆市")].evidence} == {"d1", "d2"}


@pytest.mark.unit
def test_an_endpoint_named_by_an_alias_is_mentioned_where_the_alias_is() -> None:
    g = small_graph()
    C.apply([fix("add-relation", source=ZONGSHEN, type="FINANCED_BY", target=BANK, document="d1",
                 sentence="口行重庆分行向宗申集团放贷", start=100, end=113)], g)
    assert Mention("d1", 100, 106) in g.entities[BANK].mentions
    assert Mention("d1", 20, 24) in g.entities[ZONGSHEN].mentions and len(g.entities[ZONGSHEN].mentions) == 1
