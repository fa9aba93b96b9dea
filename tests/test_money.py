"""Amounts of money as data, and the saved query that sums them per lender and currency."""

from __future__ import annotations

import pytest

from policy_kg.cypher.runner import run_saved
from policy_kg.graph import Document, Entity, Evidence, Graph, Mention, Relation
from policy_kg.graph.store import GraphStore
from policy_kg.loaders.extract.money import Amount, loan_terms, parse_amount


@pytest.mark.parametrize(("text", "expected"), [
    ("承贷金额不超过70亿元", Amount("不超过70亿元", 7_000_000_000, "CNY", "不超过")),
    ("组建30亿美元银团", Amount("30亿美元", 3_000_000_000, "USD", "")),
    ("总投资1062.3亿元", Amount("1062.3亿元", 106_230_000_000, "CNY", "")),
    ("授信五十亿元", Amount("五十亿元", 5_000_000_000, "CNY", "")),
    ("累计投放贷款超过百亿元", Amount("超过百亿元", 10_000_000_000, "CNY", "超过")),
    ("发放9000万元项目贷款", Amount("9000万元", 90_000_000, "CNY", "")),
    ("约2.5亿欧元", Amount("约2.5亿欧元", 250_000_000, "EUR", "约")),
])
def test_amounts_parse_to_value_currency_and_qualifier(text: str, expected: Amount) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["一二三产业融合", "全年增长5%", "3000亩土地"])
def test_text_without_money_has_no_amount(text: str) -> None:
    assert parse_amount(text) is None


def test_loan_terms_give_the_ontologys_properties() -> None:
    assert loan_terms("发放5亿元流动资金贷款") == {
        "instrument": "流动资金贷款", "amount": "5亿元", "amount_value": 500_000_000, "currency": "CNY"}


def _loans() -> Graph:
    g = Graph()
    g.add_document(Document("d", "loans"))
    bank = g.add_entity(Entity("Enterprise", "国家开发银行山东省分行", set(), "bank", {Mention("d", 0, 12)}))
    for i, (firm, amount) in enumerate([("甲公司", "不超过70亿元"), ("乙公司", "5亿元"), ("丙公司", "30亿美元"),
                                        ("丁公司", "")]):
        g.add_entity(Entity("Enterprise", firm, set(), "company", {Mention("d", 20 + i * 5, 23 + i * 5)}))
        terms = parse_amount(amount).properties() if amount else {}
        g.add_relation(Relation(f"Enterprise:{firm}", "FINANCED_BY", bank.id, terms,
                                {Evidence("d", 0, 40, f"向{firm}发放贷款{amount}。", "test")}))
    return g


def test_financing_is_summed_per_currency(store: GraphStore) -> None:
    store.load(_loans())
    rows = run_saved("financing_by_lender", {"lender": "国家开发银行山东省分行"}, store)
    assert rows == [
        {"currency": "CNY", "loans": 2, "with_amount": 2, "total": 7_500_000_000},
        {"currency": "USD", "loans": 1, "with_amount": 1, "total": 3_000_000_000},
        {"currency": None, "loans": 1, "with_amount": 0, "total": 0},
    ]
