"""Model-assisted extraction against a fake OpenAI-compatible server: grounding, cache, retries, errors."""

from __future__ import annotations

import json
import shutil
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from types import SimpleNamespace

import pytest

from policy_kg.graph.model import Document
from policy_kg.graph.ontology import ENTITY_LABELS, RELATION_DATE_PROPERTIES, RELATION_TYPES
from policy_kg.loaders.articles import extract_page
from policy_kg.loaders.llm import REASONS, ModelExtractor, ModelSettings
from policy_kg.loaders.llm.chunks import chunks
from policy_kg.loaders.llm.client import ChatClient, Reply
from policy_kg.loaders.llm.errors import AnswerError, ModelSettingError
from policy_kg.loaders.llm.extractor import parse_answer
from policy_kg.loaders.llm.grounding import Grounder
from policy_kg.loaders.llm.prompts import examples, system_prompt

from .cli import run_kg
from .conftest import ROOT
from .fake_llm import KEY, MODEL, Canned, FakeLLM, fake_llm

PAGE = ROOT / "tests/data/real/batch6/b6_01_pouringspot_sichuan-qionglai-gulin-edz-approval.txt"
METHOD = f"llm:v1:{MODEL}"
FOCUS = "开发区以食品饮料、医药为主导产业,设立地点在邛崃市,核准面积为703.20公顷。"
APPROVAL = "一、同意设立四川邛崃经济开发区。"
REPLY_TITLE = "关于设立四川邛崃经济开发区和四川古蔺经济开发区的批复"


def _answer() -> dict:
    """A model's answer about PAGE: good facts, and one of each mistake grounding must drop."""
    def ent(label: str, name: str, *aliases: str) -> dict:
        return {"id": f"{label}:{name}", "label": label, "name": name, "aliases": list(aliases), "kind": None}

    def rel(source: str, rel_type: str, target: str, *quotes: str, **properties: str) -> dict:
        return {"source": source, "type": rel_type, "target": target, "properties": properties,
                "evidence": [{"sentence": q} for q in quotes]}

    zone, city, food, gov = "Zone:四川邛崃经济开发区", "Zone:邛崃市", "Industry:食品饮料", "Agency:四川省人民政府"
    return {
        "entities": [
            ent("Zone", "四川邛崃经济开发区", "邛崃经济开发区", "邛崃开发区"),  # the second alias is not in the text
            ent("Zone", "邛崃市"), ent("Industry", "食品饮料"), ent("Agency", "四川省人民政府"),
            ent("Plan", f"《{REPLY_TITLE}》"),                 # 《》 are not part of a name
            ent("Zone", "四川成都经济开发区"),                   # hallucinated
            ent("Person", "吴洪"),                               # no such label
            "not an object",
        ],
        "relations": [
            rel(zone, "FOCUSES_ON", food, FOCUS, role="主导产业"),  # FOCUSES_ON has no role
            rel(zone, "LOCATED_IN", city, FOCUS.replace(",", "，")),  # full-width commas: folded as the text is
            rel(zone, "APPROVED_BY", gov, APPROVAL, "四川省人民政府批准设立邛崃经济开发区。"),  # one quote misquoted
            rel(food, "FOCUSES_ON", zone, FOCUS),                # backwards
            rel("Zone:四川成都经济开发区", "LOCATED_IN", city, FOCUS),  # an end that was dropped
            rel(gov, "FOCUSES_ON", food, FOCUS),                 # Agency and Industry are not related so
            rel(zone, "LOCATED_AT", city, FOCUS),                # no such type
            rel(f"Plan:{REPLY_TITLE}", "COVERS", zone, "同意设立四川邛崃经济开发区的批复。"),  # its only quote misquoted
        ],
    }


DROPPED = {"alias_not_in_text": 1, "entity_not_in_text": 1, "entity_unknown_label": 1, "evidence_not_in_text": 2,
           "malformed": 1, "property_not_allowed": 1, "relation_labels_not_allowed": 1, "relation_no_evidence": 1,
           "relation_unknown_endpoint": 1, "relation_unknown_type": 1, "relation_wrong_direction": 1}


def _evidence(document: str, text: str, sentence: str) -> dict:
    start = text.index(sentence)
    return {"document": document, "sentence": sentence, "start": start, "end": start + len(sentence), "rule": METHOD}


def _expected_relations(document: str, text: str) -> list[dict]:
    def rel(source: str, rel_type: str, target: str, sentence: str) -> dict:
        return {"source": source, "type": rel_type, "target": target, "properties": {},
                "evidence": [_evidence(document, text, sentence)]}

    return [rel("Zone:四川邛崃经济开发区", "APPROVED_BY", "Agency:四川省人民政府", APPROVAL),
            rel("Zone:四川邛崃经济开发区", "FOCUSES_ON", "Industry:食品饮料", FOCUS),
            rel("Zone:四川邛崃经济开发区", "LOCATED_IN", "Zone:邛崃市", FOCUS)]


@pytest.fixture
def article():
    [only] = extract_page(PAGE)
    return only


# ------------------------------------------------------------------ grounding
@pytest.mark.unit
def test_grounding_keeps_what_the_text_says_and_counts_the_rest(article) -> None:
    dropped: Counter[str] = Counter()
    graph = Grounder(article, METHOD, dropped).ground(_answer())
    assert dict(dropped) == DROPPED and set(dropped) <= set(REASONS)
    assert [r.to_exchange() for _, r in sorted(graph.relations.items())] == _expected_relations(article.id, article.text)
    assert sorted(graph.entities) == ["Agency:四川省人民政府", "Industry:食品饮料", f"Plan:{REPLY_TITLE}",
                                      "Zone:四川邛崃经济开发区", "Zone:邛崃市"]
    zone = graph.entities["Zone:四川邛崃经济开发区"]
    assert zone.aliases == {"邛崃经济开发区"}
    # every occurrence of the name and the alias, offsets found in the text
    assert {article.text[m.start:m.end] for m in zone.mentions} == {"四川邛崃经济开发区", "邛崃经济开发区"}
    assert len(zone.mentions) == article.text.count("邛崃经济开发区") + article.text.count("四川邛崃经济开发区")
    assert graph.entities["Zone:邛崃市"].properties == {"adcode": "510183", "level": "county", "province": "四川省",
                                                       "prefecture": "成都市"}


@pytest.mark.unit
def test_a_stated_amount_is_kept_as_written_and_as_data() -> None:
    [article] = extract_page(ROOT / "tests/data/real/batch6/b6_05_fznews_cross-strait-syndicated-loan-taiming.txt")
    example = examples()[1]
    dropped: Counter[str] = Counter()
    graph = Grounder(article, METHOD, dropped).ground(example["answer"])
    assert dropped == Counter()
    loan = graph.relations[("Enterprise:台明铸管科技股份有限公司", "FINANCED_BY", "Enterprise:第一商业银行")]
    assert loan.properties == {"instrument": "银团贷款", "amount": "2.4亿元", "amount_value": 240000000, "currency": "CNY"}


@pytest.mark.unit
def test_the_prompt_examples_are_real_pages_and_ground_without_a_drop() -> None:
    for example in examples():
        [article] = extract_page(ROOT / example["page"])
        assert example["text"] in article.text
        dropped: Counter[str] = Counter()
        graph = Grounder(article, METHOD, dropped).ground(example["answer"])
        assert dropped == Counter()
        assert len(graph.relations) == len(example["answer"]["relations"])


@pytest.mark.unit
def test_the_readme_lists_every_drop_reason() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [reason for reason in REASONS if f"`{reason}`" not in readme] == []


@pytest.mark.unit
def test_the_prompt_states_the_ontology() -> None:
    prompt = system_prompt("llm")
    assert all(label in prompt for label in ENTITY_LABELS) and all(f"- {t}: " in prompt for t in RELATION_TYPES)
    assert "- PART_OF: Zone -> Zone, Enterprise -> Enterprise, Project -> Plan, Project -> Zone, Agency -> Agency" in prompt
    assert "- FINANCED_BY: instrument, amount" in prompt
    assert "Facts already found" not in prompt and "already read this article" in system_prompt("hybrid")


@pytest.mark.unit
def test_long_texts_are_cut_at_sentence_ends_with_overlap() -> None:
    text = "".join(f"第{i}句话写得比较长一些,说的是第{i}件事。" for i in range(200))
    pieces = chunks(text, size=300, overlap=60)
    assert all(len(p.text) <= 300 and p.text.endswith("。") and text[p.start:p.end] == p.text for p in pieces)
    assert pieces[0].start == 0 and pieces[-1].end == len(text)
    for before, after in zip(pieces, pieces[1:]):
        assert 0 < before.end - after.start <= 60  # each piece repeats the end of the one before
    assert chunks("短文。") == chunks("短文。", size=3000) and len(chunks("短文。")) == 1


@pytest.mark.unit
def test_answers_are_json_objects_perhaps_fenced() -> None:
    assert parse_answer(Reply('```json\n{"entities": []}\n```'), MODEL, "d#1") == {"entities": []}
    with pytest.raises(AnswerError, match=r"\[E550\] d#1: fake-model answered JSON that is not an object: '\[\]'"):
        parse_answer(Reply("[]"), MODEL, "d#1")


@pytest.mark.unit
def test_without_the_openai_package_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openai", None)  # import openai now raises ImportError
    with pytest.raises(ModelSettingError) as caught:
        ChatClient(ModelSettings("http://127.0.0.1:9/v1", MODEL, KEY))
    assert caught.value.code == "E510" and caught.value.hint == "pip install 'policy-kg[llm]'"


# ---------------------------------------------------------------- the server
@pytest.fixture
def llm() -> Iterator[FakeLLM]:
    with fake_llm() as fake:
        yield fake


@pytest.fixture
def page(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    return Path(shutil.copy(PAGE, folder / "qionglai.txt"))


def _extract(llm: FakeLLM, page: Path, home: Path, *args: str, **env: str):
    out = home / "graph.json"
    done = run_kg("extract", str(page), "-o", str(out), *args, home=home, **llm.env(**env))
    return done, (json.loads(out.read_text(encoding="utf-8")) if out.exists() else None)


def test_llm_extract_stores_only_grounded_facts_and_caches_the_answer(llm: FakeLLM, page: Path, tmp_path: Path,
                                                                       article) -> None:
    llm.answer = lambda request: json.dumps(_answer(), ensure_ascii=False)
    done, graph = _extract(llm, page, tmp_path, "--extractor", "llm")
    assert done.returncode == 0, done.stderr
    assert len(llm.requests) == 1 and llm.requests[0]["response_format"] == {"type": "json_object"}
    assert article.text in llm.requests[0]["messages"][1]["content"]
    page_date = {"date": "2019-08-26", "date_basis": "document"}  # the sentences state none: the page's date
    assert graph["relations"] == [{**r, "properties": page_date} for r in _expected_relations("qionglai#1", article.text)]
    assert [d["id"] for d in graph["documents"]] == ["qionglai#1"]
    dropped = ", ".join(f"{k} {v}" for k, v in DROPPED.items())
    assert (f"model {MODEL} (llm, prompt v1): 1 requests, 0 from the cache, 1 calls (0 retries), "
            f"100 prompt + 10 completion tokens; dropped 12: {dropped}") in done.stderr
    again, graph_again = _extract(llm, page, tmp_path, "--extractor", "llm")
    assert len(llm.requests) == 1  # the second run asked the model nothing
    assert "1 requests, 1 from the cache, 0 calls (0 retries), 0 prompt + 0 completion tokens" in again.stderr
    assert graph_again == graph


def test_llm_load_is_idempotent_and_asks_once(llm: FakeLLM, page: Path, tmp_path: Path) -> None:
    llm.answer = lambda request: json.dumps(_answer(), ensure_ascii=False)
    exports = []
    for _ in range(2):
        done = run_kg("load", str(page), "--extractor", "llm", home=tmp_path / "home", **llm.env())
        assert done.returncode == 0, done.stderr
        out = tmp_path / f"export{len(exports)}.json"
        run_kg("export", "-o", str(out), home=tmp_path / "home")
        exports.append(json.loads(out.read_text(encoding="utf-8")))
    assert len(llm.requests) == 1 and exports[0] == exports[1]
    assert {r["type"] for r in exports[0]["relations"]} == {"APPROVED_BY", "FOCUSES_ON", "LOCATED_IN"}
    assert {e["rule"] for r in exports[0]["relations"] for e in r["evidence"]} == {METHOD}


def test_hybrid_only_adds_to_what_the_rules_found(llm: FakeLLM, page: Path, tmp_path: Path, article) -> None:
    rules_out = tmp_path / "rules.json"
    assert run_kg("extract", str(page), "-o", str(rules_out), home=tmp_path).returncode == 0
    rules = json.loads(rules_out.read_text(encoding="utf-8"))
    known = rules["relations"][0]
    said = {k: v for k, v in known["properties"].items() if k not in RELATION_DATE_PROPERTIES}  # dates are not the model's
    sentence = "上述开发区的四至范围由自然资源厅会同省发展改革委等部门(单位)审核后予以公布。"
    added = {"source": "Zone:四川邛崃经济开发区", "type": "COORDINATED_BY", "target": "Agency:自然资源厅",
             "properties": {}, "evidence": [{"sentence": sentence}]}
    answer = {"entities": [{"label": "Agency", "name": "自然资源厅"}],
              "relations": [added, {**known, "properties": said,
                                         "evidence": [{"sentence": known["evidence"][0]["sentence"]}]}]}
    llm.answer = lambda request: json.dumps(answer, ensure_ascii=False)
    done, hybrid = _extract(llm, page, tmp_path, "--extractor", "hybrid")
    assert done.returncode == 0, done.stderr
    facts = json.loads(llm.requests[0]["messages"][1]["content"].split("Facts already found:\n")[1])
    assert {"source": known["source"], "type": known["type"], "target": known["target"]} in facts["relations"]
    assert "(hybrid, prompt v1)" in done.stderr and "dropped 1: relation_already_found 1" in done.stderr
    rules_keys = {(r["source"], r["type"], r["target"]) for r in rules["relations"]}
    assert [r for r in hybrid["relations"] if (r["source"], r["type"], r["target"]) in rules_keys] == rules["relations"]
    assert [r for r in hybrid["relations"] if (r["source"], r["type"], r["target"]) not in rules_keys] == [
        {**added, "properties": {"date": "2019-08-26", "date_basis": "document"},
         "evidence": [{**_evidence("qionglai#1", article.text, sentence), "rule": f"hybrid:v1:{MODEL}"}]}]
    rule_entities = {e["id"]: e for e in rules["entities"]}
    assert all(rule_entities[e["id"]] == e for e in hybrid["entities"] if e["id"] in rule_entities)


def test_eval_scores_every_extractor(llm: FakeLLM, tmp_path: Path) -> None:
    gold = PAGE.with_name(PAGE.name.replace(".txt", ".gold.yaml"))
    llm.answer = lambda request: json.dumps(_answer(), ensure_ascii=False)
    scores = {}
    for extractor in ("rules", "llm", "hybrid"):
        done = run_kg("eval", "--gold", str(gold), str(PAGE), "--format", "json", "--extractor", extractor, home=tmp_path,
                      **llm.env())
        assert done.returncode == 0, done.stderr
        scores[extractor] = json.loads(done.stdout)
    # the model's three grounded relations are all in the gold
    assert scores["llm"]["relations"]["all"]["predicted"] == 3 and scores["llm"]["relations"]["all"]["precision"] == 1.0
    assert scores["llm"]["by_rule"] == {METHOD: {"fired": 3, "right": 3, "precision": 1.0}}
    assert scores["hybrid"]["relations"]["all"]["gold_matched"] >= scores["rules"]["relations"]["all"]["gold_matched"]


def test_a_long_article_is_asked_in_pieces_whose_facts_merge(llm: FakeLLM, tmp_path: Path) -> None:
    filler = "".join(f"第{i}段说明开发区的建设进度和工作安排。" for i in range(400))
    first, second = "甲园区位于乙市。", "丙园区位于乙市。"
    text = first + filler + second
    article = SimpleNamespace(id="long#1", text=text, to_document=lambda: Document("long#1"))

    def answer(request: dict) -> str:
        time.sleep(0.3)  # slow, so that requests overlap
        asked = request["messages"][1]["content"]
        found = [s for s in (first, second) if s in asked]
        return json.dumps({"entities": [{"label": "Zone", "name": n} for n in ("甲园区", "丙园区", "乙市")],
                           "relations": [{"source": f"Zone:{s[:3]}", "type": "LOCATED_IN", "target": "Zone:乙市",
                                          "evidence": [{"sentence": s}]} for s in found]}, ensure_ascii=False)

    llm.answer = answer
    extractor = ModelExtractor("llm", ModelSettings(llm.url, MODEL, KEY, concurrency=2), tmp_path)
    graph = extractor([article])
    assert len(llm.requests) == len(chunks(text)) == 3 and llm.most_in_flight == 2
    assert {key: sorted((e.start, e.end) for e in r.evidence) for key, r in graph.relations.items()} == {
        ("Zone:甲园区", "LOCATED_IN", "Zone:乙市"): [(0, len(first))],
        ("Zone:丙园区", "LOCATED_IN", "Zone:乙市"): [(len(text) - len(second), len(text))]}
    assert sorted(m.start for m in graph.entities["Zone:乙市"].mentions) == [5, len(text) - 3]


# ---------------------------------------------------------------- the errors
def test_429_then_success_is_retried(llm: FakeLLM, page: Path, tmp_path: Path) -> None:
    llm.replies.extend([Canned(status=429, body={"error": {"message": "slow down"}}, headers={"Retry-After": "0"}),
                        Canned(status=503, body={"error": {"message": "busy"}}, headers={"Retry-After": "0"})])
    done, graph = _extract(llm, page, tmp_path, "--extractor", "llm")
    assert done.returncode == 0, done.stderr
    assert len(llm.requests) == 3 and "1 requests, 0 from the cache, 3 calls (2 retries)" in done.stderr
    assert graph["relations"] == []


def test_a_server_that_stays_busy_is_given_up(llm: FakeLLM, page: Path, tmp_path: Path) -> None:
    llm.replies.extend([Canned(status=429, body={"error": {"message": "slow down"}}, headers={"Retry-After": "0"})] * 5)
    done, graph = _extract(llm, page, tmp_path, "--extractor", "llm")
    assert (done.returncode, graph) == (75, None)
    assert "[E560] the model endpoint was still busy or failing after 5 attempts" in done.stderr


def test_an_answer_that_is_not_json_fails_its_file_and_is_not_cached(llm: FakeLLM, page: Path, tmp_path: Path) -> None:
    other = page.with_name("other.txt")
    other.write_text("成都市人民政府印发《成都市数字经济发展方案》。", encoding="utf-8")
    llm.answer = lambda request: ("Sure! Here are the entities: 四川邛崃经济开发区" if "邛崃" in request["messages"][1]["content"]
                                  else '{"entities": [], "relations": []}')
    done, graph = _extract(llm, page.parent, tmp_path, "--extractor", "llm")
    assert done.returncode == 1
    assert ("failed " + str(page) + ": [E550] qionglai#1: fake-model answered with something that is not JSON "
            "(Expecting value): 'Sure! Here are the entities: 四川邛崃经济开发区'") in done.stderr
    assert [d["id"] for d in graph["documents"]] == ["other#1"]
    _extract(llm, page.parent, tmp_path, "--extractor", "llm")
    assert len(llm.requests) == 3  # the bad answer was asked for again, the good one came from the cache


@pytest.mark.parametrize(("change", "code", "exit_code", "message"), [
    ({"KG_LLM_API_KEY": "wrong"}, "E530", 77, "refused the key (401)"),
    ({"KG_LLM_MODEL": "no-such-model"}, "E540", 78, "the endpoint has no model 'no-such-model'"),
    ({"KG_LLM_BASE_URL": "{url}/api"}, "E520", 69, "has no chat-completions endpoint (404)"),
    ({"KG_LLM_BASE_URL": "http://127.0.0.1:9/v1"}, "E520", 69, "cannot reach the model endpoint http://127.0.0.1:9/v1"),
    ({"KG_LLM_API_KEY": ""}, "E510", 78, "--extractor llm/hybrid needs KG_LLM_API_KEY"),
    ({"KG_LLM_TIMEOUT": "soon"}, "E510", 78, "KG_LLM_TIMEOUT='soon' is not a positive float"),
])
def test_endpoint_errors_stop_the_run_with_their_code(llm: FakeLLM, page: Path, tmp_path: Path, change: dict,
                                                      code: str, exit_code: int, message: str) -> None:
    change = {k: v.format(url=llm.url) for k, v in change.items()}
    for command in ("extract", "load"):
        args = ["-o", str(tmp_path / "graph.json")] if command == "extract" else []
        done = run_kg(command, str(page), *args, "--extractor", "llm", home=tmp_path / "home", **llm.env(**change))
        assert done.returncode == exit_code, done.stderr
        assert f"error: [{code}] " in done.stderr and message in done.stderr
    assert not (tmp_path / "graph.json").exists() and llm.requests == []


def test_the_run_time_limit_stops_a_slow_model(llm: FakeLLM, page: Path, tmp_path: Path) -> None:
    llm.replies.append(Canned("{}", delay=3))
    done, graph = _extract(llm, page, tmp_path, "--extractor", "llm", KG_LLM_TIMEOUT="1")
    assert (done.returncode, graph) == (75, None)
    assert "[E570] the calls to the model took longer than 1 s" in done.stderr
