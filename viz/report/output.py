"""Writing a report as Markdown (with PNG files beside it) and as one self-contained HTML file.

Every text of the report is escaped for its format: names may hold ``*``,
``_``, ``[``, ``<`` and the like. The HTML file inlines its pictures (data
URIs) and its interactive views (the `kg viz` page in a sandboxed iframe), so
it opens offline, anywhere. All files are rendered in memory first and then
moved into place, so an error leaves no half-written report.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from urllib.parse import quote

import jinja2

from policy_kg.graph.errors import QueryError

from .. import to_html
from .content import Block, Fact, Facts, Figure, Interactive, Report, Table, Text

FORMATS = ("md", "html")
TEMPLATES = Path(__file__).parent / "templates"
# Markdown punctuation that could start emphasis, links, HTML, code, tables or headings
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+!|~&])")  # ( ) only matter after ], which is escaped
_MD_LINE_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)|^([-=])")  # a list item, a setext underline


def md_escape(value: object) -> str:
    """``value`` as Markdown text that shows exactly those characters (one line)."""
    text = " ".join(str(value).split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)


# ------------------------------------------------------------------ Markdown
def to_markdown(report: Report) -> str:
    """The report as Markdown; figures are linked as ``<name>.png`` files beside it."""
    lines = [f"# {md_escape(report.title)}", ""]
    for section in report.sections:
        lines += [f"{'#' * section.level} {md_escape(section.title)}", ""]
        for block in section.blocks:
            lines += _md_block(block)
    return "\n".join(lines).rstrip() + "\n"


def _md_block(block: Block) -> list[str]:
    if isinstance(block, Text):
        return [md_escape(block.text), ""]
    if isinstance(block, Table):
        return _md_table(block) + [""]
    if isinstance(block, Facts):
        return [line for fact in block.items for line in _md_fact(fact)]
    if isinstance(block, Figure):
        return [f"![{md_escape(block.caption)}]({quote(block.name)})", "", f"*{md_escape(block.caption)}*", ""]
    return []  # an interactive view exists in the HTML report only


def _md_table(table: Table) -> list[str]:
    if not table.rows:
        return ["(none)"]
    header = [md_escape(c) or " " for c in table.columns]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(md_escape(cell) for cell in row) + " |" for row in table.rows]
    return lines


def _md_fact(fact: Fact) -> list[str]:
    lines = [f"- **{md_escape(fact.heading)}**"]
    if fact.properties:
        lines[0] += " · " + "; ".join(f"{md_escape(k)}: {md_escape(v)}" for k, v in fact.properties)
    for q in fact.quotes:
        lines += ["", f"  > {md_escape(q.sentence)}", "  >",
                  f"  > — {md_escape(q.document.citation)} \\[{md_escape(q.document.id)}\\]"
                  + (f" · {md_escape(q.provenance)}" if q.provenance else "")]
    return lines + [""]


# --------------------------------------------------------------------- HTML
@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["data_uri"] = lambda png: "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    # autoescape escapes the page once, as an attribute value must be
    env.filters["srcdoc"] = lambda block: to_html(block.graph, title=block.title, documents=False)
    env.tests.update({kind.__name__.lower(): (lambda b, k=kind: isinstance(b, k))
                      for kind in (Text, Table, Facts, Figure, Interactive)})
    return env


def to_html_report(report: Report) -> str:
    """The report as one HTML document with everything inlined."""
    return _environment().get_template("report.html").render(report=report)


# ------------------------------------------------------------------- writing
def render_files(report: Report, formats: Iterable[str] = FORMATS) -> dict[str, bytes]:
    """File name -> content of every file of the report in these formats."""
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise QueryError(f"unknown report format(s) {', '.join(unknown)}", hint=f"use {' or '.join(FORMATS)}")
    files: dict[str, bytes] = {}
    if "md" in formats:
        files[f"{report.slug}.md"] = to_markdown(report).encode("utf-8")
        files.update((figure.name, figure.png) for figure in report.figures)
    if "html" in formats:
        files[f"{report.slug}.html"] = to_html_report(report).encode("utf-8")
    return files


def write_files(files: dict[str, bytes], out_dir: str | Path) -> list[Path]:
    """Write every file into ``out_dir``: all as ``.part`` first, then renamed, so none is ever half-written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    parts = []
    try:
        for name, content in files.items():
            part = out / f"{name}.part"
            part.write_bytes(content)
            parts.append(part)
    except BaseException:
        for part in parts:
            part.unlink(missing_ok=True)
        raise
    return [part.replace(out / part.name[: -len(".part")]) for part in parts]
