"""What every kg command shares: settings of the group, consoles, the progress bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from policy_kg.graph import GraphStore, open_store
from policy_kg.graph.corrections import default_path
from policy_kg.graph.embedded import default_data_dir

err = Console(stderr=True, soft_wrap=True)
out = Console()


class Settings:
    """Options of the ``kg`` group, shared by every command."""

    def __init__(self, **options: Any) -> None:
        options.pop("verbose")  # read by policy_kg.cli.app.main, which reports errors after the command
        self.options = options
        self.corrections: str | None = None  # --corrections of the command, where it has one

    def store(self, **extra: Any) -> GraphStore:
        return open_store(**self.options, **extra)


pass_settings = click.make_pass_decorator(Settings)

corrections_option = click.option(
    "--corrections", type=click.Path(dir_okay=False), envvar="KG_CORRECTIONS", default=None,
    help="The corrections file. Default: corrections.yaml in the data folder. [env: KG_CORRECTIONS]")


def corrections_path(settings: Settings) -> Path:
    """The corrections file: --corrections / KG_CORRECTIONS, else corrections.yaml in the data folder."""
    if settings.corrections:
        return Path(settings.corrections)
    return default_path(settings.options.get("data_dir") or default_data_dir())


def progress_bar() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True)


