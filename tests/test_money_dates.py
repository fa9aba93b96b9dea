"""Amounts, investments and dates as data on the real pages, against analysts' additions to their gold.

tests/data/real/money_dates.yaml lists, for every real page (dev and batches 1-36),
the sum each scored FINANCED_BY states (value, currency), each scored
Project's stated total investment, and the date the page's text gives
itself (annotated from the texts alone). The figures are printed and kept
above floors at today's level (issue #10's target is 95%); docs/extraction.md
records them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from policy_kg.graph.model import Graph
from policy_kg.loaders.articles import extract_page
from policy_kg.loaders.evaluate import gold_matches
from policy_kg.loaders.extract.pipeline import extract_documents
from policy_kg.loaders.gold import read_gold

pytestmark = pytest.mark.unit

REAL = Path(__file__).parent / "data" / "real"
NOTES: dict[str, dict[str, Any]] = yaml.safe_load((REAL / "money_dates.yaml").read_text(encoding="utf-8"))
# today's level, rounded down: of the stated sums on relations (and projects) the extractor finds, the share
# with the right value and currency; of the pages whose text states its date, the share read right from the text
# (dates from 0.92 to 0.91 with batch 236, whose gold dates three pages by the page line the text left out)
AMOUNT_FLOOR, INVESTMENT_FLOOR, DATE_FLOOR = 0.80, 0.80, 0.91


def _page(stem: str) -> Path:
    [text] = REAL.glob(f"*/{stem}.txt")
    return text


def _keys(value: str | list[str]) -> set[str]:
    return set(value) if isinstance(value, list) else {value}


def _extracted(stem: str) -> tuple[Graph, dict[str, set[str]]]:
    text = _page(stem)
    articles = extract_page(text)
    graph = extract_documents(articles)
    matched, _ = gold_matches(graph, read_gold(text.with_name(f"{stem}.gold.yaml")), "\n".join(a.text for a in articles))
    return graph, matched


def _share(right: int, found: int) -> float:
    return right / found if found else 1.0


def test_stated_sums_are_parsed_to_their_value_and_currency(capsys: pytest.CaptureFixture) -> None:
    amounts = [0, 0, 0]      # annotated, on a relation found, right
    investments = [0, 0, 0]  # annotated, on a project found, right
    for stem, page in NOTES.items():
        if not page.get("amounts") and not page.get("investments"):
            continue
        graph, matched = _extracted(stem)
        for stated in page.get("amounts") or []:
            loans = [r.properties for r in graph.relations.values() if r.type == "FINANCED_BY"
                     and matched[r.source] & _keys(stated["source"]) and matched[r.target] & _keys(stated["target"])]
            amounts[0] += 1
            amounts[1] += bool(loans)
            amounts[2] += any(p.get("amount_value") == stated["value"] and p.get("currency") == stated["currency"]
                              for p in loans)
        for stated in page.get("investments") or []:
            works = [e.properties for e in graph.entities.values() if stated["project"] in matched[e.id]]
            investments[0] += 1
            investments[1] += bool(works)
            investments[2] += any(p.get("investment_value") == stated["value"] and p.get("currency") == stated["currency"]
                                  for p in works)
    with capsys.disabled():
        print(f"\nsums: {amounts[0]} stated on loans, {amounts[1]} on loans found, {amounts[2]} right; "
              f"{investments[0]} investments stated, {investments[1]} on projects found, {investments[2]} right")
    assert amounts[0] == 1848 and investments[0] == 2032
    assert _share(amounts[2], amounts[1]) >= AMOUNT_FLOOR
    assert _share(investments[2], investments[1]) >= INVESTMENT_FLOOR


def test_a_page_without_its_header_is_dated_by_its_text(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    dated = right = 0
    for stem, page in NOTES.items():
        if not page.get("published"):
            continue
        body = tmp_path / f"{stem}.txt"  # the saved page's date: header taken off
        body.write_text(_page(stem).read_text(encoding="utf-8").split("\n---\n", 1)[1], encoding="utf-8")
        published = {d.extra.get("published") for d in extract_documents(extract_page(body)).documents.values()}
        dated += 1
        right += any(isinstance(p, str) and p.startswith(page["published"]) for p in published)
    with capsys.disabled():
        print(f"\ndates: {dated} pages state their date in the text, {right} read right without the header")
    assert dated == 2132 and right / dated >= DATE_FLOOR
