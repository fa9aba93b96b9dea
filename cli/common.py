"""What every kg command shares: the settings the group resolved, consoles, the progress bar."""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from policy_kg.cypher.output import FORMATS, format_rows
from policy_kg.graph import Settings

err = Console(stderr=True, soft_wrap=True)
out = Console()

# The group resolves the settings once (policy_kg.graph.settings) and every command receives them.
pass_settings = click.make_pass_decorator(Settings)


def stdout_format() -> str:
    """A table for a person at a terminal, TSV into a pipe (no box drawing, no wrapped Chinese)."""
    return "table" if sys.stdout.isatty() else "tsv"


# One output flag on every command that prints results, as on kg query (no --json here and --format there).
format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                             callback=lambda _ctx, _param, value: value or stdout_format(),
                             help="table for reading; json, csv or tsv for other tools, md for a Markdown table "
                                  "(default: table on a terminal, tsv into a pipe).")


def print_rows(rows: list[dict], fmt: str) -> None:
    """``rows`` on stdout as json, csv, tsv or md (the table of each command is its own)."""
    click.echo(format_rows(rows, fmt), nl=False)


# The variable is read with the group's settings: the option only overrides it (Settings.with_corrections).
corrections_option = click.option(
    "--corrections", type=click.Path(dir_okay=False), default=None,
    help="The corrections file. Default: corrections.yaml in the data folder. [env: KG_CORRECTIONS]")


def progress_bar() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True)


