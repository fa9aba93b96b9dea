"""The ``kg`` command: thin wrappers that parse arguments, call the library, map errors.

Each command's docstring is its ``--help``.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from typing import Any

import click
from rich.table import Table

from policy_kg.graph import STORES, KGError, resolve_settings
from policy_kg.graph.embedded import EmbeddedServer
from policy_kg.graph.export import FORMATS, export_graph

from .common import Settings, err, format_option, out, pass_settings, print_rows


# No envvar= here: resolve_settings reads the variables, so flags, environment and defaults meet in one place.
@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--store", type=click.Choice(STORES), default=None,
              help="Where the graph lives. Default: embedded, or neo4j when a Neo4j URI is given. [env: KG_STORE]")
@click.option("--data-dir", type=click.Path(file_okay=False), default=None,
              help="Folder of the embedded store. Default: ./.kg [env: KG_HOME]")
@click.option("--uri", default=None, help="Neo4j Bolt URI. [env: NEO4J_URI]")
@click.option("--user", "username", default=None, help="Neo4j user. [env: NEO4J_USERNAME]")
@click.option("--password", default=None, help="Neo4j password. [env: NEO4J_PASSWORD]")
@click.option("--database", default=None, help="Neo4j database. [env: NEO4J_DATABASE]")
@click.option("-v", "--verbose", is_flag=True, help="Show the full traceback of an error.")
@click.version_option(package_name="policy-kg")
@click.pass_context
def cli(ctx: click.Context, verbose: bool, **flags: Any) -> None:
    """policy-kg: Chinese policy documents in, a knowledge graph out.

    \b
    Typical session on the embedded store (no server to install):
      kg load examples/            # read documents, store their graph
      kg stats                     # what is in it
      kg export --format json -o out/graph.json

    \b
    Use Neo4j instead:
      export NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=...
      kg stats                     # NEO4J_URI set: the neo4j store is used
    """
    # verbose is read by main, which reports errors after the command has ended.
    ctx.obj = resolve_settings(os.environ, **flags)


# ---------------------------------------------------------------- inspecting
@cli.command()
@format_option
@pass_settings
def stats(settings: Settings, fmt: str) -> None:
    """Count nodes by label and relationships by type.

    JSON is one object (labels, types); csv and tsv are kind, name, count rows.

    \b
    Example:
      kg stats --format json
    """
    with settings.open(create=False) as store:
        counts = store.stats()
    if fmt == "json":
        click.echo(json.dumps(counts.to_dict(), ensure_ascii=False, indent=2))
        return
    if fmt != "table":
        print_rows([{"kind": kind, "name": name, "count": n} for kind, data in (("label", counts.labels),
                                                                               ("type", counts.types))
                    for name, n in data.items()], fmt)
        return
    for title, column, data in (("Nodes", "label", counts.labels), ("Relationships", "type", counts.types)):
        table = Table(title=title, title_justify="left")
        table.add_column(column)
        table.add_column("count", justify="right")
        for name, n in data.items():
            table.add_row(name, str(n))
        out.print(table)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option("-o", "--out", "path", type=click.Path(), required=True,
              help="File to write (a folder for csv: documents, entities, mentions and relations as "
                   "neo4j-admin database import reads them, with --array-delimiter='|').")
@pass_settings
def export(settings: Settings, fmt: str, path: str) -> None:
    """Write the whole graph as exchange JSON, GraphML, CSV or a Cypher script.

    The output is deterministic: the same graph gives byte-identical files,
    whichever store holds it.

    \b
    Examples:
      kg export --format json -o out/graph.json
      kg export --format graphml -o out/graph.graphml   # for Gephi, yEd
      kg export --format csv -o out/csv/          # for neo4j-admin database import --array-delimiter='|'
      kg export --format cypher -o out/graph.cypher  # cypher-shell -f out/graph.cypher rebuilds it in Neo4j
    """
    with settings.open(create=False) as store:
        graph = store.export()
        written = export_graph(graph, fmt, path)
    for key in sorted(k for k, r in graph.relations.items() if not r.evidence):
        err.print(f"warning: relation {'-'.join(key)} has no evidence (written with kg cypher --write?): kg load "
                  "refuses it; record it with kg correct add-relation, or kg correct remove-relation",
                  highlight=False, markup=False)
    for file in written:
        err.print(f"wrote {file}", highlight=False)


@cli.command()
@click.option("--yes", is_flag=True, help="Confirm: delete everything in the store.")
@pass_settings
def clear(settings: Settings, yes: bool) -> None:
    """Delete the whole graph from the store.

    \b
    Example:
      kg clear --yes
    """
    if not yes:
        raise click.UsageError("clear deletes the whole graph: add --yes to confirm")
    with settings.open() as store:
        store.clear()
    err.print("graph cleared")


# -------------------------------------------------------------- the embedded
@cli.group()
def store() -> None:
    """Manage the embedded FalkorDB server (start, status, stop, backup, restore).

    Every kg command starts the embedded server when it needs it and stops
    it afterwards; `kg store start` keeps one running so that commands skip
    the start-up.
    """


def _server(settings: Settings) -> EmbeddedServer:
    return EmbeddedServer(settings.data_dir)


@store.command("start")
@pass_settings
def store_start(settings: Settings) -> None:
    """Start the embedded server and leave it running.

    \b
    Example:
      kg store start && kg load examples/ && kg stats && kg store stop
    """
    server = _server(settings)
    started = server.start()
    err.print(f"{'started' if started else 'already running'}: socket {server.socket}", highlight=False)


@store.command("status")
@pass_settings
def store_status(settings: Settings) -> None:
    """Say whether the embedded server runs, with its pid, socket and folder.

    Exits 0 when it runs, 3 when it does not.

    \b
    Example:
      kg store status || kg store start
    """
    status = _server(settings).status()
    state = f"running (pid {status.pid})" if status.running else "stopped"
    data = f"{status.data_bytes:,} bytes" if status.data_bytes is not None else "(start the server to see it)"
    compacted = f"{status.last_compaction:%Y-%m-%d %H:%M:%S} UTC" if status.last_compaction else "never"
    click.echo(f"embedded store: {state}\n  data dir: {status.data_dir}\n  socket:   {status.socket}\n"
               f"  data:     {data}\n  on disk:  {status.file_bytes:,} bytes (compacted when the server stops)\n"
               f"  last compaction: {compacted}")
    if not status.running:
        sys.exit(3)


@store.command("stop")
@pass_settings
def store_stop(settings: Settings) -> None:
    """Stop the embedded server; the graph stays on disk.

    \b
    Example:
      kg --data-dir ~/policy.kg store stop
    """
    stopped = _server(settings).stop()
    err.print("stopped" if stopped else "was not running")


@store.command("backup")
@click.argument("file", type=click.Path(dir_okay=False))
@pass_settings
def store_backup(settings: Settings, file: str) -> None:
    """Write a snapshot of the embedded store to FILE (consistent even while loads run).

    For Neo4j use neo4j-admin database dump (see the README).

    \b
    Example:
      kg store backup backups/kg-$(date +%F).rdb
    """
    written = _server(settings).backup(file)
    err.print(f"wrote {written}", highlight=False)


@store.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_settings
def store_restore(settings: Settings, file: str) -> None:
    """Replace the embedded store by the snapshot in FILE (as written by kg store backup).

    A file that is no such snapshot is refused and the store left as it was.

    \b
    Example:
      kg store restore backups/kg-2026-11-29.rdb
    """
    _server(settings).restore(file)
    err.print(f"restored {file}", highlight=False)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, turning library errors into one line and an exit code."""
    try:
        cli.main(args=argv, standalone_mode=False)
    except click.exceptions.Abort:
        err.print("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except KGError as exc:
        _report(exc, exc.exit_code, sys.argv[1:] if argv is None else argv)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


def _report(exc: BaseException, code: int, args: list[str]) -> None:
    # The group's own --verbose flag, read here because the command has ended.
    if "-v" in args or "--verbose" in args:
        err.print(traceback.format_exc(), highlight=False, markup=False)
    err.print(f"error: {exc}", highlight=False, markup=False)
    sys.exit(code)


# Commands of the other areas register here, so `kg --help` lists them all.
# (imports at the end: they use the group defined above)
from .loader_cmd import evaluate, extract, load  # noqa: E402

cli.add_command(extract)
cli.add_command(load)
cli.add_command(evaluate)

from .query_cmd import cypher, query  # noqa: E402

cli.add_command(query)
cli.add_command(cypher)

from .viz_cmd import viz  # noqa: E402

cli.add_command(viz)

from .report_cmd import report  # noqa: E402

cli.add_command(report)

from .correct_cmd import correct  # noqa: E402

cli.add_command(correct)

from .serve_cmd import serve  # noqa: E402

cli.add_command(serve)
