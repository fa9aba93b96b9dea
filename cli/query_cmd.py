"""``kg query`` (saved queries) and ``kg cypher`` (ad-hoc Cypher)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from policy_kg.cypher.library import SavedQuery, get_saved, guess_value, list_saved, parse_param_strings, split_pairs
from policy_kg.cypher.output import (
    FORMATS,
    SUFFIX_FORMATS,
    format_rows,
    rows_table,
    saved_list_rows,
    saved_list_text,
    saved_query_text,
)
from policy_kg.cypher.runner import run_saved, run_statement
from policy_kg.graph.errors import NotFoundError
from policy_kg.graph.files import atomic_write
from policy_kg.graph.store import GraphStore, split_statements

from .common import Settings, err, out, pass_settings, stdout_format

_PARAM_HELP = "A parameter as KEY=VALUE; repeat for several."
_FORMAT = click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                       help="table for reading, json, csv or tsv for other tools, md for a Markdown table "
                            "(default: from -o's extension, else table on a terminal and tsv into a pipe).")
_OUT = click.option("-o", "--out", "path", type=click.Path(dir_okay=False),
                    help="Write the rows to this file instead of the terminal.")
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 10_000
_TIMEOUT = click.option("--timeout", type=click.FloatRange(min=0.1), default=DEFAULT_TIMEOUT, show_default=True,
                        help="Seconds a query may run; the database stops it after that.")
_LIMIT = click.option("--limit", "max_rows", type=click.IntRange(min=1), default=DEFAULT_MAX_ROWS, show_default=True,
                      help="Rows shown at most; a longer result says so.")


@click.command()
@click.argument("name", required=False)
@click.option("--list", "show_list", is_flag=True, help="List the saved queries with their descriptions.")
@click.option("--show", "show_name", metavar="NAME", help="Print a saved query: parameters, example, Cypher.")
@click.option("-p", "--param", "pairs", multiple=True, metavar="KEY=VALUE", help=_PARAM_HELP)
@_FORMAT
@_OUT
@_TIMEOUT
@_LIMIT
@pass_settings
def query(settings: Settings, name: str | None, show_list: bool, show_name: str | None,
          pairs: tuple[str, ...], fmt: str, path: str | None, timeout: float, max_rows: int) -> None:
    """Run a saved, documented query (read-only).

    Each parameter value is converted to the type the query declares (int,
    float, bool, string; a list as JSON or comma-separated). Names match an
    entity's name or any of its aliases. Your own queries, .cypher files
    with the same header as the built-in ones, live in the folder KG_QUERIES
    names (default ./queries/ when it exists) and are listed after them.

    \b
    Examples:
      kg query --list
      kg query --list --format json
      kg query --show bank_borrowers
      kg query bank_borrowers --param bank=中国进出口银行重庆分行
      kg query neighbourhood -p name=两江新区 -p depth=2 --format json -o out/liangjiang.json
      kg query top_connected -p label=Zone -p limit=5 --format csv
      KG_QUERIES=~/kg-queries kg query --list
    """
    if show_list:
        queries = list_saved(settings.queries)
        if fmt in (None, "table") and not path:
            click.echo(saved_list_text(queries), nl=False)
        else:
            _emit(saved_list_rows(queries), fmt, path, len(queries))
        return
    if show_name:
        click.echo(saved_query_text(get_saved(show_name, settings.queries)), nl=False)
        return
    if not name:
        raise click.UsageError("name a saved query (see `kg query --list`), or use --list / --show NAME")
    query = get_saved(name, settings.queries)
    params = parse_param_strings(query, list(pairs))
    with settings.open(create=False) as store:
        rows = run_saved(name, params, store, timeout=timeout, max_rows=max_rows + 1, user_dir=settings.queries)
        _say_if_empty(rows, store)
        if not rows and not store.is_empty():
            _refuse_unknown_names(query, params, store)
    _emit(rows, fmt, path, max_rows)


def _refuse_unknown_names(query: SavedQuery, params: dict[str, Any], store: GraphStore) -> None:
    """No rows because a name parameter names no entity: say which, with the names closest to it."""
    for param in query.entity_params:
        value = params.get(param)
        if not isinstance(value, str) or not value or _named(store, value):
            continue
        close = next((rows for text in (value, value[:4], value[-4:]) if (rows := _search(store, text))), [])
        shown = "、".join(r["name"] for r in close[:5])
        raise NotFoundError(f"no entity named {value!r} (parameter {param})",
                            hint=(f"close matches: {shown}; " if shown else "")
                            + f"search with kg query search_entities -p text={value[:4]}")


def _search(store: GraphStore, text: str) -> list[dict[str, Any]]:
    return run_saved("search_entities", {"text": text, "limit": 5}, store)


def _named(store: GraphStore, name: str) -> bool:
    """An entity has this name or alias, or this id (Zone:重庆高新区: the report queries take ids too)."""
    return any(row["rank"] == 0 for row in _search(store, name)) or bool(run_saved("entity_card", {"id": name}, store))


@click.command()
@click.argument("cypher_text", metavar="CYPHER", required=False)
@click.option("-f", "--file", "script", type=click.File("r", encoding="utf-8"),
              help="Read the Cypher from this file ('-' for standard input); statements separated by ';' run in order.")
@click.option("-p", "--param", "pairs", multiple=True, metavar="KEY=VALUE",
              help=_PARAM_HELP + " VALUE is read as JSON when it parses (5, true, [1,2], \"5\"), else as text.")
@click.option("--write", is_flag=True, help="Allow the query to change the graph (otherwise writes are refused).")
@click.option("--explain", is_flag=True, help="Print the database's plan of each statement instead of running it.")
@_FORMAT
@_OUT
@_TIMEOUT
@_LIMIT
@pass_settings
def cypher(settings: Settings, cypher_text: str | None, script: Any, pairs: tuple[str, ...], write: bool,
           explain: bool, fmt: str | None, path: str | None, timeout: float, max_rows: int) -> None:
    """Run ad-hoc Cypher, read-only unless --write.

    In read-only mode a query that would write is refused before it runs,
    and so are LOAD CSV, administration commands and procedure calls
    (except db.labels(), db.relationshipTypes(), db.propertyKeys(),
    db.meta.stats()). Pass values as parameters ($name in the query,
    --param name=... here), never inside the text. A read stops after
    --timeout seconds and shows at most --limit rows. The database's
    warnings (a label it does not know) are printed, and so is what a
    --write changed (nodes and relationships created, properties set).

    \b
    Examples:
      kg cypher "MATCH (z:Zone) RETURN z.name AS zone ORDER BY zone"
      kg cypher "MATCH (e:Entity {name: \\$name})--(o) RETURN o.name AS other" -p name=重庆高新区
      kg cypher "MATCH (e:Entity {name: \\$name}) SET e.kind = 'city'" -p name=重庆市 --write
      kg cypher -f checks.cypher --format csv -o out/checks.csv
      kg cypher --explain "MATCH (z:Zone) WHERE z.name = \\$name RETURN z" -p name=两江新区
    """
    if (cypher_text is None) == (script is None):
        raise click.UsageError("give the query as CYPHER or with -f FILE (one of the two)")
    statements = split_statements(script.read() if script is not None else cypher_text)
    if not statements:
        raise click.UsageError("no Cypher statement to run")
    params: dict[str, Any] = {key: guess_value(text) for key, text in split_pairs(list(pairs)).items()}
    with settings.open(create=write) as store:
        if explain:
            click.echo("\n\n".join("\n".join(store.explain(statement, params)) for statement in statements))
            return
        for statement in statements:  # the rows of the last statement are shown
            outcome = run_statement(statement, params, store, write=write, timeout=timeout, max_rows=max_rows + 1)
            for note in outcome.notifications:
                err.print(f"warning: {note}", highlight=False, markup=False)
            if write:
                changed = ", ".join(f"{name.replace('_', ' ')}: {n}" for name, n in outcome.counters.items())
                err.print(changed or "nothing changed", highlight=False)
        _say_if_empty(outcome.rows, store)
    _emit(outcome.rows, fmt, path, max_rows)


def _say_if_empty(rows: list[dict[str, Any]], store: GraphStore) -> None:
    """No rows from a store that holds nothing is not an answer: say so, and where the store is."""
    if not rows and store.is_empty():
        where = getattr(getattr(store, "server", None), "data_dir", None) or getattr(store, "uri", "")
        err.print(f"the store holds no data ({store.name} store at {where}; KG_HOME and --data-dir choose the "
                  "embedded folder): load documents first, e.g. kg load examples/", highlight=False, markup=False)


def _chosen_format(fmt: str | None, path: str | None) -> str:
    """--format, else what -o's extension says, else a table for a person and TSV for a pipe."""
    if fmt:
        return fmt
    if path:
        return SUFFIX_FORMATS.get(Path(path).suffix.lower(), "table")
    return stdout_format()


def _emit(rows: list[dict[str, Any]], fmt: str | None, path: str | None, max_rows: int) -> None:
    fmt = _chosen_format(fmt, path)
    # One row more than the limit was asked for: its presence says the result was cut.
    if len(rows) > max_rows:
        rows = rows[:max_rows]
        err.print(f"only the first {max_rows} rows are shown; raise --limit for more", highlight=False)
    if path:
        atomic_write(path, format_rows(rows, fmt))
        err.print(f"wrote {len(rows)} rows to {path}", highlight=False)
    elif fmt == "table":
        if rows:
            out.print(rows_table(rows))
        err.print(f"{len(rows)} rows", highlight=False)
    else:
        click.echo(format_rows(rows, fmt), nl=False)
