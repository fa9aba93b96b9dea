"""What every kg command shares: settings of the group, consoles, the progress bar."""

from __future__ import annotations

from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from policy_kg.graph import GraphStore, open_store

err = Console(stderr=True, soft_wrap=True)
out = Console()


class Settings:
    """Options of the ``kg`` group, shared by every command."""

    def __init__(self, **options: Any) -> None:
        options.pop("verbose")  # read by policy_kg.cli.app.main, which reports errors after the command
        self.options = options

    def store(self, **extra: Any) -> GraphStore:
        return open_store(**self.options, **extra)


pass_settings = click.make_pass_decorator(Settings)



def progress_bar() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True)


