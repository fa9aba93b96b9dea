"""``kg serve``: the live explorer in the browser."""

from __future__ import annotations

import threading

import click

from policy_kg.loaders.articles import stored_text
from policy_kg.viz.serve import run

from .common import Settings, err, pass_settings


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; any other than this machine's own needs --token.")
@click.option("--port", type=click.IntRange(0, 65535), default=7475, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="KG_SERVE_TOKEN", default=None,
              help="A secret every request must carry (open /?token=... once). [env: KG_SERVE_TOKEN]")
@click.option("--open", "open_page", is_flag=True, help="Open the explorer in the default browser.")
@pass_settings
def serve(settings: Settings, host: str, port: int, token: str | None, open_page: bool) -> None:
    """Explore the store in the browser: search, expand, read the evidence (read-only).

    Serves a page and a JSON API (/api/search, /api/entities/ID,
    /api/neighbourhood, /api/paths, /api/documents/ID, /api/queries,
    /api/cypher, /api/report) until Ctrl-C. Nothing can write to the store through it,
    and the page loads nothing from the network. Document text is read
    again from the loaded files, so serve from where you loaded. The
    query forms include your own saved queries (KG_QUERIES, ./queries/).

    \b
    Examples:
      kg serve --open
      kg serve --port 8080
      curl -G http://127.0.0.1:7475/api/search --data-urlencode q=进出口银行
      KG_SERVE_TOKEN=s3cret kg serve --host 0.0.0.0   # others on the network, with the token
    """
    def ready(url: str) -> None:
        err.print(f"kg serve: {store.name} store, explorer at {url} (Ctrl-C stops it)", highlight=False)
        if open_page:  # once the server listens
            threading.Timer(1.0, click.launch, [url]).start()

    with settings.open(create=False) as store:
        run(store, host=host, port=port, token=token, text_of=stored_text, user_queries=settings.queries, ready=ready)
