"""Relationship reports: an entity, a relationship type or the whole graph, as Markdown, self-contained HTML or Word.

Every section comes from the saved queries of ``cypher/`` (and networkx), so a
report says what ``kg query`` says::

    from policy_kg.graph import open_store
    from policy_kg.viz.report import write_report

    with open_store() as store:
        written = write_report(store, "out", entity="中国进出口银行重庆分行")
    written.paths  # [out/entity-中国进出口银行重庆分行.md, ...-neighbourhood.png, ....html]
    write_report(store, "out/bank.docx", entity="中国进出口银行重庆分行", lang="en")  # one Word file, in English
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from policy_kg.graph.errors import QueryError
from policy_kg.graph.files import atomic_write
from policy_kg.graph.store import GraphStore

from .content import Report
from .entity import EntityData, entity_data, entity_report
from .figures import FontMissingError, cjk_font
from .output import DOCX, FORMATS, render_files, to_docx, to_html_report, to_markdown, write_files
from .overview import OverviewData, overview_data, overview_report
from .relation_type import TypeData, type_data, type_report
from .ui import DEFAULT_LANG, LANGS, Words

DEFAULT_DIR = Path("out")
# An -o path with one of these extensions is that one file, never a folder made with its name.
REPORT_FILES = {DOCX: "docx", ".html": "html", ".htm": "html", ".md": "md"}

__all__ = ["DEFAULT_DIR", "DEFAULT_LANG", "DOCX", "FORMATS", "LANGS", "EntityData", "FontMissingError", "OverviewData",
           "Report", "TypeData", "Words", "Written", "cjk_font", "entity_data", "entity_report", "make_report",
           "overview_data", "overview_report", "render_files", "report_file_format", "to_docx", "to_html_report",
           "to_markdown", "type_data", "type_report", "write_files", "write_report"]


@dataclass
class Written:
    """A written report: what it says (``data``), its sections, and the files."""

    data: EntityData | TypeData | OverviewData
    report: Report
    paths: list[Path]


def make_report(store: GraphStore, *, entity: str | None = None, rel_type: str | None = None,
                overview: bool = False, lang: str = DEFAULT_LANG) -> tuple[EntityData | TypeData | OverviewData, Report]:
    """The data and sections of one report in ``lang`` (zh or en); give one of ``entity``, ``rel_type``, ``overview=True``."""
    words = Words(lang)
    chosen = [k for k, given in (("entity", entity), ("type", rel_type), ("overview", overview)) if given]
    if len(chosen) != 1:
        raise QueryError(f"choose one report, got {', '.join(chosen) or 'none'}",
                         hint="give one of --entity NAME, --type TYPE or --overview")
    if entity:
        data = entity_data(store, entity)
        return data, entity_report(data, words)
    if rel_type:
        data = type_data(store, rel_type)
        return data, type_report(data, words)
    data = overview_data(store)
    return data, overview_report(data, words)


def write_report(store: GraphStore, out: str | Path = DEFAULT_DIR, *, entity: str | None = None,
                 rel_type: str | None = None, overview: bool = False, formats: Iterable[str] = FORMATS,
                 lang: str = DEFAULT_LANG) -> Written:
    """Build one report and write it into the folder ``out`` in ``formats`` (md: .md and .png files; html: one
    .html). A file path writes that one file instead, its format from the extension (``formats`` unused): .docx
    a Word document, .html the self-contained page, .md the Markdown with its pictures beside it."""
    formats = tuple(formats)
    file_format = report_file_format(out)
    cjk_font()  # fail before any query if pictures cannot show Chinese
    data, report = make_report(store, entity=entity, rel_type=rel_type, overview=overview, lang=lang)
    if file_format == "docx":
        return Written(data, report, [atomic_write(out, to_docx(report))])
    if file_format:
        own_name = f"{report.slug}.{file_format}"
        files = {(Path(out).name if name == own_name else name): content
                 for name, content in render_files(report, (file_format,)).items()}
        return Written(data, report, write_files(files, Path(out).parent))
    return Written(data, report, write_files(render_files(report, formats), out))


def report_file_format(out: str | Path) -> str | None:
    """The format an -o path names as one file (docx, html or md), or None for a folder."""
    return REPORT_FILES.get(Path(out).suffix.lower())
