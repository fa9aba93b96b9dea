"""Rows as text: a terminal table, JSON, CSV, TSV or a Markdown table.

Tables show nodes by name and label, relationships by type and paths as
``a -TYPE- b``; JSON and CSV keep every value (CSV cells holding a list or a
dict carry it as JSON).
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from rich.console import Console
from rich.table import Table

from policy_kg.graph.export import spreadsheet_safe

from .library import SavedQuery

FORMATS = ("table", "json", "csv", "tsv", "md")
# -o's extension says the format when --format is not given
SUFFIX_FORMATS = {".json": "json", ".csv": "csv", ".tsv": "tsv", ".md": "md", ".txt": "table"}


def format_rows(rows: list[dict[str, Any]], fmt: str, *, width: int = 160) -> str:
    """``rows`` as the text of one of :data:`FORMATS` (a table ``width`` columns wide)."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt in ("csv", "tsv"):
        return rows_csv(rows, delimiter="," if fmt == "csv" else "\t")
    if fmt == "md":
        return rows_markdown(rows)
    if fmt == "table":
        buffer = io.StringIO()
        Console(file=buffer, width=width, color_system=None).print(rows_table(rows))
        return buffer.getvalue()
    raise ValueError(f"unknown format {fmt!r}")


def rows_csv(rows: list[dict[str, Any]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", delimiter=delimiter)
    columns = list(rows[0]) if rows else []
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row[c]) for c in columns])
    return buffer.getvalue()


def rows_markdown(rows: list[dict[str, Any]]) -> str:
    """A Markdown (pipe) table, cells as the terminal table shows them; | and line breaks escaped."""
    columns = list(rows[0]) if rows else []

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |\n"

    return (line(columns) + "|" + "---|" * len(columns) + "\n" if columns else "") + "".join(
        line([cell_text(row[c]) for c in columns]) for row in rows)


def rows_table(rows: list[dict[str, Any]]) -> Table:
    """A rich table (rich measures East Asian wide characters, so Chinese columns align)."""
    table = Table(show_lines=False, header_style="bold")
    for column in rows[0] if rows else []:
        numeric = all(isinstance(r[column], (int, float)) and not isinstance(r[column], bool) for r in rows)
        table.add_column(column, justify="right" if numeric else "left", overflow="fold")
    for row in rows:
        table.add_row(*(cell_text(v) for v in row.values()))
    return table


def cell_text(value: Any) -> str:
    """One value as a short readable cell."""
    if value is None:
        return ""
    if _is_node(value):
        return f"{value['name']} ({value['label']})"
    if isinstance(value, dict) and "type" in value:
        return str(value["type"])
    if isinstance(value, list) and value and _is_node(value[0]):
        return path_text(value)
    if isinstance(value, list):
        return ", ".join(cell_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def path_text(items: list[dict[str, Any]]) -> str:
    """A path (alternating node and relationship dicts) as ``a -TYPE- b -TYPE- c``."""
    return " ".join(item["name"] if _is_node(item) else f"-{item['type']}-" for item in items)


def _is_node(value: Any) -> bool:
    return isinstance(value, dict) and "label" in value and "name" in value


def _csv_cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return spreadsheet_safe(json.dumps(value, ensure_ascii=False))
    return "" if value is None else spreadsheet_safe(value)


def saved_list_text(queries: list[SavedQuery]) -> str:
    """One line per saved query: name, then description."""
    width = max((len(q.name) for q in queries), default=0) + 2
    return "".join(f"{q.name:<{width}}{q.description}\n" for q in queries)


def saved_list_rows(queries: list[SavedQuery]) -> list[dict[str, Any]]:
    """``kg query --list`` as rows for --format json, csv or tsv: name, description, parameters."""
    return [{"name": q.name, "description": q.description, "parameters": [p.describe() for p in q.params]}
            for q in queries]


def saved_query_text(query: SavedQuery) -> str:
    """What ``kg query --show`` prints: description, parameters, an example, the Cypher."""
    lines = [f"{query.name}: {query.description}", "parameters:"]
    lines += [f"  {p.describe()}" for p in query.params] or ["  (none)"]
    example = " ".join(f"--param {p.name}={_cli_value(p.example)}" for p in query.params if p.example is not None)
    lines += ["example:", f"  kg query {query.name} {example}".rstrip()]
    for dialect, cypher in query.variants.items():
        lines.append("cypher:" if dialect == "*" else f"cypher ({dialect}):")
        lines += [f"  {line}" for line in cypher.splitlines()]
    return "\n".join(lines) + "\n"


def _cli_value(value: Any) -> str:
    if isinstance(value, str):
        return value if value and not any(c.isspace() for c in value) else json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return json.dumps(value)
