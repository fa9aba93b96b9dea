"""``kg query`` and ``kg cypher`` end to end, on both stores holding the seed graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policy_kg.cypher.library import list_saved


def test_list_names_every_query(kg) -> None:
    code, out, _ = kg("query", "--list")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [q.name for q in list_saved()]
    assert "bank_borrowers         Borrowers of a bank or of its branches, with instruments and amounts." in out



def test_list_takes_the_format_flag(kg) -> None:
    code, out, _ = kg("query", "--list", "--format", "json")
    listed = json.loads(out)
    assert code == 0 and [q["name"] for q in listed] == [q.name for q in list_saved()]
    assert {"name": "industry_enterprises", "description": "Enterprises in an industry.",
            "parameters": ["industry: string (required), e.g. \"医药产业\"", "limit: int = 100"]} in listed
    code, out, _ = kg("query", "--list", "--format", "tsv")
    assert out.splitlines()[0] == "name\tdescription\tparameters" and len(out.splitlines()) == len(listed) + 1


def test_show(kg) -> None:
    code, out, _ = kg("query", "--show", "industry_enterprises")
    assert (code, out) == (0, """\
industry_enterprises: Enterprises in an industry.
parameters:
  industry: string (required), e.g. "医药产业"
  limit: int = 100
example:
  kg query industry_enterprises --param industry=医药产业
cypher:
  MATCH (i:Entity) WHERE i.name = $industry OR $industry IN i.aliases
  WITH DISTINCT i WHERE i:Industry
  MATCH (x:Enterprise)-[:IN_INDUSTRY]->(i)
  RETURN x.name AS enterprise, x.kind AS kind
  ORDER BY enterprise
  LIMIT $limit
""")


def test_query_csv(kg) -> None:
    code, out, _ = kg("query", "industry_enterprises", "--param", "industry=医药产业", "--param", "limit=2",
                      "--format", "csv")
    assert (code, out) == (0, "enterprise,kind\n华邦健康,\n智飞生物,\n")


def test_query_json(kg) -> None:
    code, out, _ = kg("query", "lenders", "-p", "name=重庆市南部新城产业投资集团", "--format", "json")
    assert code == 0
    assert json.loads(out) == [
        {"lender": "中国进出口银行重庆分行", "instrument": None, "amount": None, "head_office": "中国进出口银行"},
        {"lender": "新加坡星展银行", "instrument": None, "amount": None, "head_office": None},
    ]


def test_query_table(kg) -> None:
    code, out, err = kg("query", "agency_portfolio", "-p", "agency=国家发展改革委", "--format", "table")
    assert code == 0
    assert out.splitlines() == [
        "┏━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┓",
        "┃ role     ┃ subject                                    ┃ subject_label ┃",
        "┡━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━┩",
        "│ approves │ 重庆建设国家数字经济创新发展试验区工作方案 │ Plan          │",
        "└──────────┴────────────────────────────────────────────┴───────────────┘",
    ]
    assert err == "1 rows\n"


def test_query_out_file(kg, tmp_path: Path) -> None:
    target = tmp_path / "sub" / "borrowers.csv"
    code, out, err = kg("query", "bank_borrowers", "-p", "bank=中国进出口银行重庆分行", "--format", "csv", "-o", str(target))
    assert (code, out, err) == (0, "", f"wrote 14 rows to {target}\n")
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "borrower,borrower_label,instrument,amount,lender"
    assert lines[1] == "华邦健康,Enterprise,,,中国进出口银行重庆分行"
    assert len(lines) == 15
    assert [p.name for p in target.parent.iterdir()] == ["borrowers.csv"]


@pytest.mark.parametrize("args, code, message", [
    (("query", "nope"), 64, "error: [E300] no saved query 'nope'"),
    (("query", "bank_borrowers"), 64, "error: [E300] bank_borrowers: missing parameter(s) bank"),
    (("query", "bank_borrowers", "-p", "bank=x", "-p", "limit=ten"), 64,
     "error: [E300] bank_borrowers: parameter limit must be int, got 'ten'"),
    (("query", "bank_borrowers", "-p", "bank"), 64, "error: [E300] parameter 'bank' is not key=value"),
    (("cypher", "MATCH (n) DETACH DELETE n"), 64, "error: [E310] "),
    (("cypher", "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r"), 64,
     "error: [E310] 'LOAD CSV' is not allowed in read-only mode"),
])
def test_errors_exit_non_zero_with_one_message(kg, args: tuple[str, ...], code: int, message: str) -> None:
    got_code, out, err = kg(*args)
    assert (got_code, out) == (code, "")
    assert err.startswith(message)


def test_query_without_name_is_a_usage_error(kg) -> None:
    code, _, err = kg("query")
    assert code == 2
    assert "name a saved query" in err


def test_cypher_ad_hoc_with_params_and_write(kg) -> None:
    read = ("cypher", "MATCH (e:Entity {name: $name}) RETURN e.kind AS kind, $n AS n", "-p", "name=重庆市", "-p", "n=5",
            "--format", "json")
    assert kg(*read)[:2] == (0, '[\n  {\n    "kind": null,\n    "n": 5\n  }\n]\n')
    code, _, _ = kg("cypher", "MATCH (e:Entity {name: $name}) SET e.kind = $kind", "-p", "name=重庆市", "-p", "kind=city",
                    "--write")
    assert code == 0
    assert kg(*read)[:2] == (0, '[\n  {\n    "kind": "city",\n    "n": 5\n  }\n]\n')


def test_the_format_follows_the_output_s_extension_and_a_pipe_gets_tsv(kg, tmp_path) -> None:
    code, out, _ = kg("query", "agency_portfolio", "-p", "agency=国家发展改革委")
    assert code == 0 and out.splitlines() == ["role\tsubject\tsubject_label",
                                              "approves\t重庆建设国家数字经济创新发展试验区工作方案\tPlan"]
    code, _, err = kg("query", "agency_portfolio", "-p", "agency=国家发展改革委", "-o", str(tmp_path / "rows.json"))
    assert code == 0 and json.loads((tmp_path / "rows.json").read_text(encoding="utf-8"))[0]["role"] == "approves"
    code, _, _ = kg("query", "agency_portfolio", "-p", "agency=国家发展改革委", "-o", str(tmp_path / "rows.md"))
    assert code == 0 and (tmp_path / "rows.md").read_text(encoding="utf-8").splitlines() == [
        "| role | subject | subject_label |", "|---|---|---|", "| approves | 重庆建设国家数字经济创新发展试验区工作方案 | Plan |"]


def test_a_script_of_several_statements_runs_in_order(kg, tmp_path) -> None:
    script = tmp_path / "checks.cypher"
    script.write_text("MATCH (e:Entity {name: '重庆市'}) RETURN e.name AS n; // first; then\n"
                      "MATCH (z:Zone {name: '两江新区'}) RETURN z.name AS zone;\n", encoding="utf-8")
    code, out, _ = kg("cypher", "-f", str(script), "--format", "csv")
    assert code == 0 and out.splitlines() == ["zone", "两江新区"]


def test_an_empty_store_says_so_and_a_read_creates_no_data_folder(tmp_path) -> None:
    from .cli import run_kg

    home = tmp_path / "empty"
    for command in (("query", "bank_borrowers", "-p", "bank=中国进出口银行"), ("stats",), ("export", "-o", "g.json"),
                    ("cypher", "MATCH (n) RETURN n"), ("report", "--overview"), ("viz", "--all"), ("correct", "list")):
        done = run_kg(*command, home=home)
        assert (done.returncode, done.stdout) == (66, ""), command
        assert done.stderr == (f"error: [E420] no store in {home}: nothing was loaded there\n  fix: load documents first "
                               "(kg load examples/), or point KG_HOME or --data-dir at the folder you loaded into\n")
        assert not home.exists()
    assert run_kg("store", "start", home=home).returncode == 0
    done = run_kg("query", "bank_borrowers", "-p", "bank=中国进出口银行", home=home)
    assert done.returncode == 0 and "the store holds no data (embedded store at" in done.stderr
    assert run_kg("store", "stop", home=home).returncode == 0


def test_stats_takes_the_one_format_flag_and_a_pipe_gets_tsv(kg, seed_store) -> None:
    counts = seed_store.stats()
    tsv = ["kind\tname\tcount", *(f"label\t{k}\t{n}" for k, n in counts.labels.items()),
           *(f"type\t{k}\t{n}" for k, n in counts.types.items())]
    for flags in (("--format", "tsv"), ()):  # stdout is captured here, so no flag means a pipe
        code, out, _ = kg("stats", *flags)
        assert (code, out.splitlines()) == (0, tsv)
    code, out, _ = kg("stats", "--format", "json")
    assert (code, json.loads(out)) == (0, counts.to_dict())
    code, _, err = kg("stats", "--json")
    assert code == 2 and "No such option '--json'" in err


def test_a_name_parameter_that_names_no_entity_is_refused_with_the_closest_names(kg) -> None:
    code, out, err = kg("query", "bank_borrowers", "-p", "bank=中国进出口银行重庆")
    assert (code, out) == (64, "")
    assert err == ("error: [E330] no entity named '中国进出口银行重庆' (parameter bank)\n  fix: close matches: "
                   "中国进出口银行重庆分行; search with kg query search_entities -p text=中国进出\n")
    code, out, _ = kg("query", "bank_borrowers", "-p", "bank=进出口银行重庆分行", "--format", "csv")  # an alias
    assert code == 0 and len(out.splitlines()) == 15
    # an entity's id names it too: a zone lends nothing, which is no unknown name
    code, out, err = kg("query", "financing_by_lender", "-p", "lender=Zone:重庆高新区", "--format", "csv")
    assert (code, out, "E330" in err) == (0, "\n", False)
