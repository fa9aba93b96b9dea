"""`kg serve`: a live, read-only explorer of the store in the browser, and its JSON API."""

from .app import create_app, run

__all__ = ["create_app", "run"]
