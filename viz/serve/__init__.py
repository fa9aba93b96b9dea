"""`kg serve`: a live, read-only explorer of the store in the browser, and its JSON API."""

from .app import check_assets, create_app

__all__ = ["check_assets", "create_app"]
