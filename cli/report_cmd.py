"""``kg report``: a relationship report (entity, relationship type or whole graph) as Markdown, HTML or Word."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import click

from policy_kg.graph.ontology import RELATION_TYPES
from policy_kg.viz.report import DEFAULT_DIR, DEFAULT_LANG, FORMATS, LANGS, report_file_format, write_report

from .common import Settings, err, pass_settings


@click.command()
@click.option("--entity", metavar="NAME",
              help="Report on this entity: its name, an alias, or its id (Label:name) when two entities share the name.")
@click.option("--type", "rel_type", type=click.Choice(list(RELATION_TYPES)), metavar="TYPE",
              help="Report on every relationship of this type (FINANCED_BY, APPROVED_BY, ...).")
@click.option("--overview", is_flag=True, help="Report on the whole graph.")
@click.option("--format", "formats", type=click.Choice(FORMATS), multiple=True,
              help="md (Markdown with PNG pictures beside it) or html (one self-contained file). Default: both.")
@click.option("-o", "--out", "out_dir", type=click.Path(), default=str(DEFAULT_DIR), show_default=True,
              help="Folder to write the report into, or one file: .html (self-contained), .md (pictures beside it) "
                   "or .docx (Word).")
@click.option("--lang", type=click.Choice(LANGS), default=DEFAULT_LANG, show_default=True,
              help="Language of the headings and labels: zh (Chinese) or en (English).")
@click.option("--open", "show", is_flag=True, help="Open the HTML report in the web browser once written.")
@pass_settings
def report(settings: Settings, entity: str | None, rel_type: str | None, overview: bool, formats: tuple[str, ...],
           out_dir: str, lang: str, show: bool) -> None:
    """Write a report for readers who will never run a query.

    Give one of --entity, --type or --overview. Every section comes from the
    saved queries (`kg query --list`) and networkx, so the report says what
    `kg query` says. Quotes cite the document (and article) of each piece of
    evidence, with the entity in bold; a sentence that states several facts
    is quoted once. Headings and labels are in Chinese unless --lang en. The
    HTML file needs no network: pictures and the interactive view are inside
    it. An -o path ending in .html, .md or .docx writes that one file
    instead (a Markdown file's pictures go beside it).

    \b
    Examples:
      kg report --entity 中国进出口银行重庆分行
      kg report --type FINANCED_BY --format md -o out/financing/
      kg report --overview --format html --lang en --open
      kg report --entity 国家发展改革委 -o 发改委.docx
      kg report --type APPROVED_BY -o approvals.html
    """
    file_format = report_file_format(out_dir)
    if file_format and formats and set(formats) != {file_format}:
        raise click.UsageError(f"-o {out_dir} writes {file_format} but --format says {', '.join(formats)}: "
                               "drop --format, or give a folder")
    writes_html = file_format == "html" if file_format else "html" in (formats or FORMATS)
    if show and not writes_html:
        raise click.UsageError("--open shows the HTML report: write one (--format html, or -o a folder or .html file)")
    with settings.open(create=False) as store:
        written = write_report(store, out_dir, entity=entity, rel_type=rel_type, overview=overview,
                               formats=formats or FORMATS, lang=lang)
    for path in written.paths:
        err.print(f"wrote {path}", highlight=False)
    if show:
        open_in_browser(next(p for p in written.paths if p.suffix == ".html"))


def open_in_browser(page: Path) -> None:
    """Show ``page`` in the user's web browser (tests replace this function)."""
    webbrowser.open(page.resolve().as_uri())
