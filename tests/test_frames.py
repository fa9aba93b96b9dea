"""The relation frames, row by row, and the guard against rules that memorise pages."""

from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace

import pytest

from policy_kg.loaders.extract import lexicons
from policy_kg.loaders.extract.frames import FRAMES, Frame, read_frame
from policy_kg.loaders.extract.pipeline import analyse
from policy_kg.loaders.extract.words import common_word
from policy_kg.loaders.gold import read_gold
from policy_kg.loaders.normalize import normalize

pytestmark = pytest.mark.unit

EXTRACTION_CODE = Path(lexicons.__file__).parent
DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("frame", FRAMES, ids=lambda f: f.name)
def test_every_frame_reads_its_example(frame: Frame) -> None:
    doc = analyse(SimpleNamespace(id="example", text=frame.example))
    found = read_frame(doc, frame)
    assert frame.expected in {(f.source.name, f.target.name) for f in found}
    assert {(f.type, f.rule) for f in found} == {(frame.type, frame.name)}


def test_frame_names_are_unique_and_triggers_live_in_the_lexicons() -> None:
    assert len({f.name for f in FRAMES}) == len(FRAMES)
    lexicon_values = [v for v in vars(lexicons).values() if isinstance(v, tuple)]
    assert all(any(f.trigger is v for v in lexicon_values) or f.trigger == ("请示",) for f in FRAMES)


def _string_literals(path: Path) -> set[str]:
    """Every string constant of a module, except the example sentences and pairs of frame rows."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    examples: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Frame":
            for arg in node.args[5:7]:
                examples.update(id(n) for n in ast.walk(arg))
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in examples}


def _gold_names() -> set[str]:
    """Names of firms, works and zones in every gold file, less the generic words a lexicon may hold:
    places and regions of the gazetteer, countries abroad, national and multilateral banks, their short forms and offshore
    arms, banks as a kind (金融机构) and rural credit cooperatives as a kind (信用联社), kinds of zone, of recognised base,
    of port and of logistics hub, sectors (a gold may name a work after its sector: 数据中心), kinds of loan and a
    syndicate's roles (a gold may name the members of a syndicate 银团成员), the words that open a lending frame (a gold
    may alias a fund 专项资金), the words for a firm's subsidiaries (a gold may alias a group's firms 控股子公司) and for a
    whole's parts (a gold may alias an area 核心区域)."""
    generic = {*lexicons.PROVINCES, *lexicons.PROVINCES.values(), *lexicons.CITIES, *lexicons.REGIONS, *lexicons.COUNTRIES,
               *lexicons.BANK_SHORT_FORMS, *lexicons.BANK_SHORT_FORMS.values(), *lexicons.OFFSHORE_BANKS,
               *lexicons.MULTILATERAL_BANKS, *lexicons.BANKS_AS_A_KIND, *lexicons.CREDIT_COOPERATIVES, *lexicons.NOT_ZONES,
               *(suffix for suffix, _ in lexicons.ZONE_KINDS), *lexicons.RECOGNISED_BASE_KINDS, *lexicons.PORT_KINDS,
               lexicons.LOGISTICS_HUB, *lexicons.CLUSTER_KINDS, *lexicons.INDUSTRIES,
               *lexicons.INSTRUMENTS, *lexicons.SYNDICATE_ROLES, *lexicons.LENDING_TRIGGERS, *lexicons.SUBSIDIARY_WORDS,
               *lexicons.WHOLE_PART_WORDS}
    names = set()
    for path in DATA.rglob("*.gold.yaml"):
        for entity in read_gold(path).entities.values():
            if entity.label not in ("Enterprise", "Project", "Zone"):
                continue
            for name in (entity.name, *entity.aliases):
                if len(name) >= 4 and name not in generic and not (name.endswith("银行") and len(name) <= 8) \
                        and not common_word(name):  # 高速公路: a kind of works, a word of the dictionary
                    names.add(name)
    return names


def test_extraction_code_names_no_entity_of_a_gold_page() -> None:
    names = _gold_names()
    found = {}
    for path in sorted(EXTRACTION_CODE.glob("*.py")):
        words = {w for literal in _string_literals(path) for w in (literal, *literal.split("|"))}
        hits = sorted(names & words)
        if hits:
            found[path.name] = hits
    assert found == {}


def test_every_frame_example_is_word_for_word_from_a_real_page() -> None:
    def squeezed(text: str) -> str:
        return "".join(normalize(text).text.split())

    pages = [squeezed(p.read_text(encoding="utf-8")) for p in (DATA / "real").glob("*/*.txt")]
    assert [f.name for f in FRAMES if not any(squeezed(f.example) in page for page in pages)] == []
