"""`kg serve`'s application over a seeded store, for the API and browser tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from policy_kg.graph.store import GraphStore
from policy_kg.loaders.articles import stored_text
from policy_kg.viz.serve import create_app

ROOT = Path(__file__).parent.parent


def seed_text(document: dict[str, Any]) -> str:
    """The seed document's text, its relative source read from the repository root whatever the working folder."""
    return stored_text({**document, "source": str(ROOT / document["source"])} if document.get("source") else document)


def app(store: GraphStore, **options: Any) -> Any:
    return create_app(store, **{"text_of": seed_text, **options})


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def running(store: GraphStore, **options: Any) -> Iterator[str]:
    """The explorer served by uvicorn on 127.0.0.1 and a free port, in a thread; yields its base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app(store, **options), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the explorer did not start on 127.0.0.1:{port}")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
