"""Dates and amounts as a reader wants them, for tooltips and reports: ``5亿元 = 500,000,000 CNY``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# How a date was known (ONTOLOGY.md, "Typed facts"), in words.
BASES = {"sentence": "stated in its sentence", "document": "its document's date", "header": "the page's header",
         "meta": "the page's date tag", "dateline": "the dateline", "option": "given with --date"}
MONEY = ("amount", "investment")  # properties holding money as written, with <name>_value and currency beside
_SHOWN_WITH = {"date_basis", "currency", "amount_value", "amount_qualifier", "investment_value", "published_basis"}


def when(date: str, basis: Any = None) -> str:
    """``2020-03-05 (stated in its sentence)``."""
    return f"{date} ({BASES.get(basis, basis)})" if basis else date


def money(text: str, value: Any = None, currency: Any = None) -> str:
    """``不超过70亿元 = 7,000,000,000 CNY``; the text alone when it was not read as a number."""
    if value is None or not currency:
        return text
    number = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"
    return f"{text} = {number} {currency}"


def property_lines(properties: Mapping[str, Any]) -> list[str]:
    """``key: value`` lines, the date and the money first and readable, their parts folded in."""
    lines = [f"date: {when(properties['date'], properties.get('date_basis'))}"] if "date" in properties else []
    if "published" in properties:
        lines.append(f"published: {when(properties['published'], properties.get('published_basis'))}")
    lines += [f"{key}: {money(properties[key], properties.get(f'{key}_value'), properties.get('currency'))}"
              for key in MONEY if key in properties]
    shown = {"date", "published", *MONEY, *_SHOWN_WITH}
    return lines + [f"{key}: {value}" for key, value in sorted(properties.items()) if key not in shown]
