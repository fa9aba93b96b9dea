"""The saved queries: one ``.cypher`` file each in ``cypher/queries/`` (and in the user's folder, KG_QUERIES or
./queries/), with a header.

A file starts with comment lines that document it::

    // name: bank_borrowers
    // description: Borrowers of a bank (or of its branches) with instruments and amounts.
    // param: bank: string (example: "中国进出口银行重庆分行")
    // param: limit: int = 100

A parameter without ``= default`` is required; a default is a JSON literal
(``null`` makes the parameter optional). Types: string, int, float, bool,
list. The Cypher follows the header. Where Neo4j and FalkorDB need different
forms, the file holds a ``// variant: neo4j`` and a ``// variant: falkordb``
section, each a complete query.

Entities are looked up by name or alias, on the ``Entity`` label (indexed on
``name``, and on ``aliases`` in FalkorDB), and the lookup ends in
``WITH DISTINCT e``: without that step Neo4j may plan an ORDER BY ... LIMIT
query from the ordered side, sorting the whole graph before it filters.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from policy_kg.graph.errors import ConfigError, QueryError

QUERY_DIR = Path(__file__).parent / "queries"
TYPES = ("string", "int", "float", "bool", "list")
VARIANTS = ("neo4j", "falkordb")
# store.name -> the dialect it speaks
DIALECTS = {"neo4j": "neo4j", "embedded": "falkordb"}

_NO_DEFAULT = object()
_HEADER = re.compile(r"^//\s*(name|description|param|variant):\s*(.*?)\s*$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s*:\s*(?P<type>\w+)"
    r"(?:\s*=\s*(?P<default>.+?))?"
    r"(?:\s*\(example:\s*(?P<example>.+)\))?$"
)
_TRUE = {"true", "yes", "1"}
_FALSE = {"false", "no", "0"}


@dataclass(frozen=True)
class Param:
    """One declared parameter of a saved query."""

    name: str
    type: str
    default: Any = _NO_DEFAULT
    example: Any = None

    @property
    def required(self) -> bool:
        return self.default is _NO_DEFAULT

    def describe(self) -> str:
        """``name: type`` plus the default or ``(required)``, as help text shows it."""
        text = f"{self.name}: {self.type}"
        text += " (required)" if self.required else f" = {json.dumps(self.default, ensure_ascii=False)}"
        if self.example is not None:
            text += f", e.g. {json.dumps(self.example, ensure_ascii=False)}"
        return text


@dataclass(frozen=True)
class SavedQuery:
    """A named, documented, parameterised query; ``variants`` maps dialect (or ``*``) to Cypher."""

    name: str
    description: str
    params: tuple[Param, ...]
    variants: dict[str, str] = field(hash=False)
    path: Path | None = None

    @property
    def entity_params(self) -> tuple[str, ...]:
        """The parameters the query compares with an entity's name and aliases (``$bank IN b.aliases``)."""
        found = {m.group(1) for text in self.variants.values() for m in _NAMED_BY.finditer(text)}
        return tuple(p.name for p in self.params if p.name in found)

    def cypher_for(self, store_name: str) -> str:
        """The Cypher to send to a store whose ``name`` is ``store_name``."""
        if "*" in self.variants:
            return self.variants["*"]
        dialect = DIALECTS.get(store_name, store_name)
        if dialect not in self.variants:
            raise QueryError(f"saved query {self.name!r} has no variant for the {store_name} store",
                             hint=f"add a `// variant: {dialect}` section to {self.path}")
        return self.variants[dialect]


_NAMED_BY = re.compile(r"\$(\w+) IN \w+\.aliases")


# ------------------------------------------------------------------ parsing
def parse_query(text: str, path: Path | None = None) -> SavedQuery:
    """Read one ``.cypher`` file's text (header, then Cypher)."""
    where = str(path or "<text>")
    header: dict[str, str] = {}
    params: list[Param] = []
    variants: dict[str, list[str]] = {}
    current = "*"
    for line in text.splitlines():
        found = _HEADER.match(line.strip())
        if found and found.group(1) == "param":
            params.append(_parse_param(found.group(2), where))
        elif found and found.group(1) == "variant":
            current = found.group(2)
            if current not in VARIANTS:
                raise QueryError(f"{where}: unknown variant {current!r}", hint=f"use one of {', '.join(VARIANTS)}")
            variants[current] = []
        elif found:
            header[found.group(1)] = found.group(2)
        elif line.strip() and not line.lstrip().startswith("//"):  # other comments are for readers only
            variants.setdefault(current, []).append(line)
    missing = [key for key in ("name", "description") if key not in header]
    if missing:
        raise QueryError(f"{where}: header lacks {', '.join(missing)}", hint="start the file with `// name: ...` "
                         "and `// description: ...` lines")
    if "*" in variants and len(variants) > 1:
        raise QueryError(f"{where}: Cypher outside the variant sections",
                         hint="put every statement under `// variant: neo4j` or `// variant: falkordb`")
    bodies = {k: "\n".join(lines) for k, lines in variants.items() if lines}
    if not bodies:
        raise QueryError(f"{where}: no Cypher after the header", hint="write the query below the comment lines")
    return SavedQuery(header["name"], header["description"], tuple(params), bodies, path)


def _parse_param(spec: str, where: str) -> Param:
    found = _PARAM.match(spec)
    if not found or found.group("type") not in TYPES:
        raise QueryError(f"{where}: cannot read parameter {spec!r}",
                         hint=f"write `// param: name: type = default (example: value)`, type one of {', '.join(TYPES)}")
    name, kind = found.group("name"), found.group("type")
    default = _literal(found.group("default"), where) if found.group("default") else _NO_DEFAULT
    example = _literal(found.group("example"), where) if found.group("example") else None
    param = Param(name, kind, default, example)
    if not param.required and default is not None:
        check_type(param, default, where)
    return param


def _literal(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise QueryError(f"{where}: {text!r} is not a JSON literal", hint='quote strings: "like this"') from exc


# ---------------------------------------------------------------- the library
@cache
def _library(directory: Path) -> dict[str, SavedQuery]:
    queries: dict[str, SavedQuery] = {}
    for path in sorted(directory.glob("*.cypher")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot read the saved query: {exc}", hint="save it as UTF-8 text") from exc
        query = parse_query(text, path)
        if query.name != path.stem:
            raise QueryError(f"{path}: header name {query.name!r} differs from the file name",
                             hint=f"rename the file to {query.name}.cypher or fix `// name:`")
        queries[query.name] = query
    return queries


def _with_user_queries(user_dir: str | Path | None) -> dict[str, SavedQuery]:
    """The built-in queries, then those of ``user_dir``, which may not take a built-in name (reports,
    views and kg serve run the built-in ones by name)."""
    library = _library(QUERY_DIR)
    if user_dir is None:
        return library
    folder = Path(user_dir)
    if not folder.is_dir():
        raise ConfigError(f"the saved-query folder {folder} is not a folder",
                          hint="point KG_QUERIES at a folder of .cypher files, or unset it")
    own = _library(folder.resolve())
    taken = sorted(set(own) & set(library))
    if taken:
        raise QueryError(f"{own[taken[0]].path}: {taken[0]!r} is the name of a built-in saved query",
                         hint="give the file and its `// name:` line another name")
    return library | own


def list_saved(user_dir: str | Path | None = None) -> list[SavedQuery]:
    """Every saved query: the built-in ones by name, then those of ``user_dir`` (KG_QUERIES) by name."""
    return list(_with_user_queries(user_dir).values())


def get_saved(name: str, user_dir: str | Path | None = None) -> SavedQuery:
    """The saved query called ``name`` (built in, or in ``user_dir``); QueryError naming the others if there is none."""
    library = _with_user_queries(user_dir)
    if name not in library:
        raise QueryError(f"no saved query {name!r}", hint=f"use one of {', '.join(library)} (kg query --list)")
    return library[name]


# ---------------------------------------------------------------- parameters
def check_params(query: SavedQuery, params: dict[str, Any]) -> dict[str, Any]:
    """``params`` checked against the declaration, defaults filled in; QueryError otherwise."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(declared))
    missing = [p.name for p in query.params if p.required and p.name not in params]
    if unknown or missing:
        problem = "; ".join(filter(None, (
            f"unknown parameter(s) {', '.join(unknown)}" if unknown else "",
            f"missing parameter(s) {', '.join(missing)}" if missing else "",
        )))
        raise QueryError(f"{query.name}: {problem}", hint=_declared(query))
    checked = {name: p.default for name, p in declared.items() if not p.required}
    for name, value in params.items():
        param = declared[name]
        if value is None and param.default is None and not param.required:
            checked[name] = None
            continue
        checked[name] = check_type(param, value, query.name)
    return checked


def check_type(param: Param, value: Any, query: str = "") -> Any:
    """``value`` if it has the declared type (an int is accepted for a float)."""
    ok = {
        "string": isinstance(value, str),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "float": isinstance(value, (int, float)) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "list": isinstance(value, list),
    }[param.type]
    if not ok:
        raise QueryError(f"{query + ': ' if query else ''}parameter {param.name} must be {param.type}, "
                         f"got {type(value).__name__} {value!r}", hint=f"declared: {param.describe()}")
    # Every int a saved query takes is a count, a depth or a limit; the stores take 64-bit integers.
    if param.type == "int" and not 0 <= value < 2**63:
        raise QueryError(f"{query + ': ' if query else ''}parameter {param.name} must be a whole number "
                         f"from 0 to 2^63-1, got {value}", hint=f"declared: {param.describe()}")
    return float(value) if param.type == "float" else value


def parse_param_strings(query: SavedQuery, pairs: list[str]) -> dict[str, Any]:
    """``key=value`` strings from the command line, converted to each parameter's declared type."""
    declared = {p.name: p for p in query.params}
    params: dict[str, Any] = {}
    for key, text in split_pairs(pairs).items():
        if key not in declared:
            raise QueryError(f"{query.name}: unknown parameter {key}", hint=_declared(query))
        params[key] = _convert(declared[key], text, query.name)
    return check_params(query, params)


def split_pairs(pairs: list[str]) -> dict[str, str]:
    """``["k=v", ...]`` as a dict; QueryError for an item without ``=``."""
    result: dict[str, str] = {}
    for pair in pairs:
        key, sep, text = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"parameter {pair!r} is not key=value", hint="write --param name=重庆高新区")
        result[key.strip()] = text
    return result


def guess_value(text: str) -> Any:
    """An undeclared (ad-hoc) parameter: a JSON literal if it reads as one, else the text."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _convert(param: Param, text: str, query: str) -> Any:
    try:
        if param.type == "int":
            return int(text)
        if param.type == "float":
            return float(text)
        if param.type == "bool" and text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        if param.type == "list":
            return json.loads(text) if text.lstrip().startswith("[") else [t.strip() for t in text.split(",") if t.strip()]
        if param.type == "string":
            return text
    except ValueError:
        pass
    raise QueryError(f"{query}: parameter {param.name} must be {param.type}, got {text!r}",
                     hint=f"declared: {param.describe()}")


def _declared(query: SavedQuery) -> str:
    if not query.params:
        return f"{query.name} takes no parameters"
    return f"{query.name} takes: " + "; ".join(p.describe() for p in query.params)
