"""``kg report``: a relationship report (entity, relationship type or whole graph) as Markdown and HTML."""

from __future__ import annotations

import click

from policy_kg.graph.ontology import RELATION_TYPES
from policy_kg.viz.report import DEFAULT_DIR, FORMATS, write_report

from .common import Settings, err, pass_settings


@click.command()
@click.option("--entity", metavar="NAME", help="Report on this entity (its name or an alias).")
@click.option("--type", "rel_type", type=click.Choice(list(RELATION_TYPES)), metavar="TYPE",
              help="Report on every relationship of this type (FINANCED_BY, APPROVED_BY, ...).")
@click.option("--overview", is_flag=True, help="Report on the whole graph.")
@click.option("--format", "formats", type=click.Choice(FORMATS), multiple=True,
              help="md (Markdown with PNG pictures beside it) or html (one self-contained file). Default: both.")
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False), default=str(DEFAULT_DIR), show_default=True,
              help="Folder to write the report into.")
@pass_settings
def report(settings: Settings, entity: str | None, rel_type: str | None, overview: bool, formats: tuple[str, ...],
           out_dir: str) -> None:
    """Write a report for readers who will never run a query.

    Give one of --entity, --type or --overview. Every section comes from the
    saved queries (`kg query --list`) and networkx, so the report says what
    `kg query` says. Quotes cite the document (and article) of each piece of
    evidence. The HTML file needs no network: pictures and the interactive
    view are inside it.

    \b
    Examples:
      kg report --entity 中国进出口银行重庆分行
      kg report --type FINANCED_BY --format md -o out/financing/
      kg report --overview --format html
    """
    with settings.open() as store:
        written = write_report(store, out_dir, entity=entity, rel_type=rel_type, overview=overview,
                               formats=formats or FORMATS)
    for path in written.paths:
        err.print(f"wrote {path}", highlight=False)
