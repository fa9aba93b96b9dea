"""Writing a report as Markdown (with PNG files beside it), as one self-contained HTML file, or as a Word file.

Every text of the report is escaped for its format: names may hold ``*``,
``_``, ``[``, ``<`` and the like. The HTML file inlines its pictures (data
URIs) and its interactive views (the `kg viz` page in a sandboxed iframe), so
it opens offline, anywhere. All files are rendered in memory first and then
moved into place, so an error leaves no half-written report.
"""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
import markupsafe

from policy_kg.graph.errors import QueryError

from .. import to_html
from .content import Block, Fact, Facts, Figure, Interactive, Report, Table, Text
from .ui import Words

FORMATS = ("md", "html")
DOCX = ".docx"  # an -o path ending so is one Word file, not a folder
TEMPLATES = Path(__file__).parent / "templates"
# Markdown punctuation that could start emphasis, links, HTML, code, tables or headings
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+!|~&])")  # ( ) only matter after ], which is escaped
_MD_LINE_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)|^([-=])")  # a list item, a setext underline


def md_escape(value: object) -> str:
    """``value`` as Markdown text that shows exactly those characters (one line)."""
    return _md_line_start(_md_chars(" ".join(str(value).split())))


def _md_chars(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_line_start(text: str) -> str:
    return _MD_LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text)


def md_marked(sentence: str, names: Iterable[str]) -> str:
    """``sentence`` as Markdown with ``names`` in bold.

    Punctuation at the edges of a name stays outside the ``**``: CommonMark
    does not close emphasis after punctuation followed by a letter (``**中新(重庆)**的``).
    """
    parts = []
    for part, name in marked(" ".join(sentence.split()), names):
        lead, core, trail = re.fullmatch(r"(\W*)(.*?)(\W*)", part, re.S).groups() if name else ("", "", "")
        parts.append(_md_chars(lead) + f"**{_md_chars(core)}**" + _md_chars(trail) if core else _md_chars(part))
    return _md_line_start("".join(parts))


# ------------------------------------------------------------------ Markdown
def to_markdown(report: Report) -> str:
    """The report as Markdown; figures are linked as ``<name>.png`` files beside it."""
    lines = [f"# {md_escape(report.title)}", ""]
    for section in report.sections:
        lines += [f"{'#' * section.level} {md_escape(section.title)}", ""]
        for block in section.blocks:
            lines += _md_block(block, report.words)
    return "\n".join(lines).rstrip() + "\n"


def marked(sentence: str, names: Iterable[str]) -> list[tuple[str, bool]]:
    """``sentence`` cut into (text, is one of ``names``) parts, the longest name matched first."""
    found = sorted({n for n in names if n and n in sentence}, key=len, reverse=True)
    if not found:
        return [(sentence, False)]
    parts: list[tuple[str, bool]] = []
    for n, part in enumerate(re.split("(" + "|".join(map(re.escape, found)) + ")", sentence)):
        if parts and part and parts[-1][1] == (n % 2 == 1):  # two names side by side are one mark
            parts[-1] = (parts[-1][0] + part, parts[-1][1])
        elif part:
            parts.append((part, n % 2 == 1))
    return parts


def _md_block(block: Block, words: Words) -> list[str]:
    if isinstance(block, Text):
        return [md_escape(block.text), ""]
    if isinstance(block, Table):
        return _md_table(block, words) + [""]
    if isinstance(block, Facts):
        return [line for fact in block.items for line in _md_fact(fact, words)]
    if isinstance(block, Figure):
        return [f"![{md_escape(block.caption)}]({quote(block.name)})", "", f"*{md_escape(block.caption)}*", ""]
    return []  # an interactive view exists in the HTML report only


def _md_table(table: Table, words: Words) -> list[str]:
    if not table.rows:
        return [md_escape(words("none"))]
    header = [md_escape(c) or " " for c in table.columns]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(md_escape(cell) for cell in row) + " |" for row in table.rows]
    return lines


def _md_fact(fact: Fact, words: Words) -> list[str]:
    lines = [f"- **{md_escape(fact.heading)}**"]
    if fact.properties:
        lines[0] += " · " + "; ".join(f"{md_escape(k)}: {md_escape(v)}" for k, v in fact.properties)
    for q in fact.quotes:
        if q.above:
            lines += ["", f"  {md_escape(words('quoted_above', heading=q.above))}"
                      + (f" · {md_escape(q.provenance)}" if q.provenance else "")]
            continue
        lines += ["", f"  > {md_marked(q.sentence, fact.highlight)}", "  >",
                  f"  > — {md_escape(q.document.cite(words))} \\[{md_escape(q.document.id)}\\]"
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
    env.filters["marked"] = lambda quote, fact: markupsafe.Markup("").join(
        markupsafe.Markup("<mark>%s</mark>") % part if name else part for part, name in marked(quote.sentence, fact.highlight))
    env.tests.update({kind.__name__.lower(): (lambda b, k=kind: isinstance(b, k))
                      for kind in (Text, Table, Facts, Figure, Interactive)})
    return env


def to_html_report(report: Report) -> str:
    """The report as one HTML document with everything inlined."""
    return _environment().get_template("report.html").render(report=report)


# --------------------------------------------------------------------- Word
def to_docx(report: Report) -> bytes:
    """The report as a Word document: headings, tables, quotes with the names in bold, pictures inline."""
    import docx
    from docx.shared import Inches

    document = docx.Document()
    document.core_properties.title = report.title
    document.add_heading(report.title, 0)
    words = report.words
    for section in report.sections:
        document.add_heading(section.title, section.level - 1)
        for block in section.blocks:
            if isinstance(block, Text):
                document.add_paragraph(block.text)
            elif isinstance(block, Table):
                _docx_table(document, block, words)
            elif isinstance(block, Facts):
                for fact in block.items:
                    _docx_fact(document, fact, words)
            elif isinstance(block, Figure):
                document.add_picture(io.BytesIO(block.png), width=Inches(6))
                document.add_paragraph(block.caption, style="Caption")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx_table(document: Any, table: Table, words: Words) -> None:
    if not table.rows:
        document.add_paragraph(words("none"))
        return
    grid = document.add_table(rows=1, cols=len(table.columns), style="Table Grid")
    for cell, column in zip(grid.rows[0].cells, table.columns):
        cell.text = str(column)
    for row in table.rows:
        for cell, value in zip(grid.add_row().cells, row):
            cell.text = str(value)


def _docx_fact(document: Any, fact: Fact, words: Words) -> None:
    paragraph = document.add_paragraph(style="List Bullet")
    paragraph.add_run(fact.heading).bold = True
    if fact.properties:
        paragraph.add_run(" · " + "; ".join(f"{k}: {v}" for k, v in fact.properties))
    for q in fact.quotes:
        if q.above:
            document.add_paragraph(words("quoted_above", heading=q.above) + (f" · {q.provenance}" if q.provenance else ""))
            continue
        quote = document.add_paragraph(style="Quote")
        for part, name in marked(q.sentence, fact.highlight):
            quote.add_run(part).bold = name
        document.add_paragraph(f"— {q.document.cite(words)} [{q.document.id}]"
                               + (f" · {q.provenance}" if q.provenance else ""))


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
