"""``kg correct``: analyst corrections, written to the corrections file and applied to the store at once."""

from __future__ import annotations

import json
from typing import Any

import click
import yaml
from rich.table import Table

from policy_kg.graph import corrections as C
from policy_kg.loaders.documents import locate_sentence, reread

from .common import Settings, corrections_option, err, format_option, out, pass_settings, print_rows

_NOTE = click.option("--note", default="", help="Why: kept with the correction (and in a curated fact's evidence).")


@click.group()
@corrections_option
@click.pass_context
def correct(ctx: click.Context, corrections: str | None) -> None:
    """Correct the graph: merge, rename, relabel, remove, add relations, set properties.

    Each correction goes to the corrections file (default corrections.yaml in
    the data folder; --corrections or KG_CORRECTIONS to keep it elsewhere,
    e.g. under version control) with who made it (KG_USER or the login name)
    and when, and is applied to the store at once. `kg load` applies the
    whole file again after extraction, so corrections survive re-loads.
    Entities are named by id (Enterprise:宗申集团) or by a name only one
    entity has.

    \b
    Example:
      kg correct remove-relation 宗申集团 FINANCED_BY 中国进出口银行重庆分行 --note "a loan to 隆鑫通用"
    """
    ctx.obj = ctx.find_object(Settings).with_corrections(corrections)


def _record(settings: Settings, action: str, note: str, **given: Any) -> None:
    path = settings.corrections_file
    with settings.open() as store:
        outcome = C.record(store, path, action, locate=locate_sentence, note=note, **given)
    c = outcome.correction
    state = "applied" if outcome.applied else "kept (nothing in the store to apply it to yet)"
    err.print(f"{c.describe()}: {state}; recorded in {path}", highlight=False, markup=False)
    for relation in outcome.dropped:
        err.print(f"  dropped {relation}: the ontology does not allow it any more", highlight=False, markup=False)


@correct.command()
@click.argument("entity")
@click.argument("into")
@_NOTE
@pass_settings
def merge(settings: Settings, entity: str, into: str, note: str) -> None:
    """Merge ENTITY into INTO: INTO keeps both names (ENTITY's as aliases) and all relations.

    \b
    Example:
      kg correct merge Enterprise:进出口银行重庆分行 Enterprise:中国进出口银行重庆分行
    """
    _record(settings, "merge", note, entity=entity, into=into)


@correct.command()
@click.argument("entity")
@click.argument("name")
@_NOTE
@pass_settings
def rename(settings: Settings, entity: str, name: str, note: str) -> None:
    """Give ENTITY the canonical NAME; the old name stays as an alias.

    \b
    Example:
      kg correct rename 宗申集团 宗申产业集团
    """
    _record(settings, "rename", note, entity=entity, name=name)


@correct.command()
@click.argument("entity")
@click.option("--label", help="The new ontology label (Plan, Zone, Industry, Enterprise, Project, Agency).")
@click.option("--kind", help="The new kind (bank, city ...).")
@_NOTE
@pass_settings
def relabel(settings: Settings, entity: str, label: str | None, kind: str | None, note: str) -> None:
    """Change ENTITY's label or kind; relations the ontology no longer allows are dropped.

    \b
    Example:
      kg correct relabel 宗申集团 --kind company
    """
    _record(settings, "relabel", note, entity=entity, label=label, kind=kind)


@correct.command()
@click.argument("entity")
@_NOTE
@pass_settings
def remove(settings: Settings, entity: str, note: str) -> None:
    """Remove ENTITY and its relations.

    \b
    Example:
      kg correct remove Enterprise:该行 --note "not a bank's name"
    """
    _record(settings, "remove", note, entity=entity)


@correct.command("remove-relation")
@click.argument("source")
@click.argument("type", metavar="TYPE")
@click.argument("target")
@_NOTE
@pass_settings
def remove_relation(settings: Settings, source: str, type: str, target: str, note: str) -> None:
    """Remove the relation SOURCE -[TYPE]-> TARGET, whatever documents support it.

    \b
    Example:
      kg correct remove-relation 宗申集团 FINANCED_BY 中国进出口银行重庆分行
    """
    _record(settings, "remove-relation", note, source=source, type=type, target=target)


@correct.command("add-relation")
@click.argument("source")
@click.argument("type", metavar="TYPE")
@click.argument("target")
@click.option("--document", required=True, help="The id of the document that supports it.")
@click.option("--sentence", required=True, help="The supporting sentence, as the document writes it.")
@_NOTE
@pass_settings
def add_relation(settings: Settings, source: str, type: str, target: str, document: str, sentence: str,
                 note: str) -> None:
    """Add SOURCE -[TYPE]-> TARGET, supported by a sentence of a document.

    The sentence must occur in the document's text when kg can read it
    (from the file it was loaded from). The relation's evidence is that
    sentence, with the rule "curated by WHO at WHEN: NOTE".

    \b
    Example:
      kg correct add-relation 隆鑫通用 FINANCED_BY 中国进出口银行重庆分行 --document 000_023085569cee03f2 \\
        --sentence "为隆鑫通用提供出口卖方信贷"
    """
    _record(settings, "add-relation", note, source=source, type=type, target=target, document=document,
            sentence=sentence)


def _scalar(text: str) -> str | int | float | bool:
    """A value as YAML reads it (12, 1.5, true), or the text itself."""
    try:
        value = yaml.safe_load(text)
    except yaml.YAMLError:
        return text
    return value if isinstance(value, (str, int, float, bool)) else text


@correct.command("set")
@click.argument("key")
@click.argument("value", required=False)
@click.option("--entity", help="The entity whose property it is.")
@click.option("--relation", nargs=3, metavar="SOURCE TYPE TARGET", help="The relation whose property it is.")
@click.option("--unset", is_flag=True, help="Remove the property instead.")
@_NOTE
@pass_settings
def set_(settings: Settings, key: str, value: str | None, entity: str | None, relation: tuple[str, str, str] | None,
         unset: bool, note: str) -> None:
    """Set property KEY to VALUE (12, 1.5, true or text) on an entity or a relation; --unset removes it.

    \b
    Examples:
      kg correct set adcode 500000 --entity 重庆市
      kg correct set amount_value 5000000000 --relation 宗申集团 FINANCED_BY 中国进出口银行重庆分行
      kg correct set level --unset --entity 重庆市
    """
    if (value is None) != unset:
        raise click.UsageError("give a VALUE, or --unset (not both)")
    ends = dict(zip(("source", "type", "target"), relation)) if relation else {}
    _record(settings, "unset" if unset else "set", note, key=key, value=None if unset else _scalar(value),
            entity=entity, **ends)


@correct.command("list")
@format_option
@pass_settings
def list_(settings: Settings, fmt: str) -> None:
    """List the corrections, oldest first, and whether each still finds its target in the store.

    JSON has every field of each correction; csv and tsv the table's columns.

    \b
    Example:
      kg correct list
      kg correct list --format csv > corrections.csv
    """
    path = settings.corrections_file
    corrections = C.read_corrections(path)
    with settings.open(create=False) as store:
        graph = store.export()
    rows = [{"number": i, "holds": C.holds(c, graph), **c.to_dict()} for i, c in enumerate(corrections, 1)]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if fmt != "table":
        print_rows([{"number": i, "correction": c.describe(), "by": c.by, "at": c.at, "note": c.note,
                     "holds": row["holds"]} for i, (c, row) in enumerate(zip(corrections, rows), 1)], fmt)
        return
    table = Table(title=f"{len(rows)} corrections in {path}", title_justify="left")
    for column in ("#", "correction", "by", "at", "note", "status"):
        table.add_column(column)
    for i, c in enumerate(corrections, 1):
        status = "holds" if rows[i - 1]["holds"] else "target not in the store (kept)"
        table.add_row(str(i), c.describe(), c.by, c.at, c.note, status)
    out.print(table)


@correct.command()
@click.argument("number", type=click.IntRange(min=1), required=False)
@pass_settings
def undo(settings: Settings, number: int | None) -> None:
    """Take back correction NUMBER (see kg correct list; default the newest), in the file and the store.

    What a merge, rename, relabel or removal took away is read again from
    the documents' source files, with the other corrections applied.

    \b
    Example:
      kg correct undo        # the newest
      kg correct undo 3
    """
    path = settings.corrections_file
    with settings.open() as store:
        correction, unread = C.undo(store, path, number, reread)
    err.print(f"undone: {correction.describe()}", highlight=False, markup=False)
    if unread:
        err.print(f"load these documents again to bring back what the correction took away (their source files are "
                  f"gone): {', '.join(unread)}", highlight=False, markup=False)

