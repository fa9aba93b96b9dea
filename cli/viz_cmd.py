"""``kg viz``: an interactive HTML view of the graph."""

from __future__ import annotations

import click

from policy_kg.cypher.library import get_saved, parse_param_strings
from policy_kg.viz.select import view_from_store

from .common import Settings, err, pass_settings


@click.command()
@click.option("--entity", metavar="NAME", help="View this entity's neighbourhood (name, alias or Label:name).")
@click.option("--depth", type=click.IntRange(1, 3), default=1, show_default=True,
              help="How many relationships away from --entity to go (the saved query neighbourhood's).")
@click.option("--path", "ends", nargs=2, metavar="A B", help="View the shortest paths between two entities.")
@click.option("--query", "query_name", metavar="NAME", help="View the nodes and relationships of a saved query's rows.")
@click.option("-p", "--param", "pairs", multiple=True, metavar="KEY=VALUE",
              help="A parameter of --query; repeat for several.")
@click.option("--all", "whole", is_flag=True, help="View the whole graph.")
@click.option("--no-documents", is_flag=True, help="Leave Document nodes and their MENTIONS out.")
@click.option("-o", "--out", type=click.Path(dir_okay=False), help="HTML file to write. Default: out/<view>.html")
@click.option("--open", "open_page", is_flag=True, help="Open the page in the default browser.")
@pass_settings
def viz(settings: Settings, entity: str | None, depth: int, ends: tuple[str, str] | None, query_name: str | None,
        pairs: tuple[str, ...], whole: bool, no_documents: bool, out: str | None, open_page: bool) -> None:
    """Write an interactive view of the graph as one HTML file.

    The file needs no server and no network: open it anywhere. Colours and
    shapes show labels (legend on the left, with filters by label and by
    relationship type); hover for names, aliases and evidence sentences;
    click a node to highlight its neighbours; the search box finds a node
    by name or alias.

    \b
    Examples:
      kg viz --entity 中国进出口银行重庆分行 --open
      kg viz --entity 两江新区 --depth 2 -o out/liangjiang.html
      kg viz --path 宗申集团 重庆银保监局
      kg viz --query bank_borrowers --param bank=中国进出口银行重庆分行
      kg viz --all --no-documents
    """
    if pairs and not query_name:
        raise click.UsageError("--param goes with --query NAME")
    params = parse_param_strings(get_saved(query_name, settings.queries), list(pairs)) if query_name else None
    with settings.open(create=False) as store:
        written = view_from_store(store, out, entity=entity, depth=depth, path=ends, query=query_name,
                                  params=params, whole=whole, documents=not no_documents, user_dir=settings.queries)
    err.print(f"wrote {written}", highlight=False)
    if open_page:
        click.launch(str(written))
