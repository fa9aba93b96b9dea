"""``kg extract``, ``kg load`` and ``kg eval``: documents in, graph out."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, Callable

import click
from rich.markup import escape
from rich.table import Table

from policy_kg.graph import KGError
from policy_kg.graph.corrections import apply as apply_corrections, holds, read_corrections
from policy_kg.graph.errors import StoreUnavailableError
from policy_kg.graph.model import write_exchange
from policy_kg.loaders import LOADABLE_SUFFIXES, extract_files, read_graph
from policy_kg.loaders.dates import date_documents
from policy_kg.loaders.evaluate import Score, evaluate_paths
from policy_kg.loaders.llm import EXTRACTORS, ModelExtractor, make_extractor
from policy_kg.loaders.llm.errors import ModelUnavailableError
from policy_kg.loaders.reading import DEFAULT_MAX_BYTES, DEFAULT_PARSE_TIMEOUT
from policy_kg.loaders.sources import collect_files, id_conflicts

from .common import Settings, corrections_option, err, format_option, out, pass_settings, print_rows, progress_bar


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?", value):
        raise click.BadParameter(f"{value!r} is not an ISO date; write 2024-06-28, 2024-06 or 2024")
    return value


def reading_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--encoding, --max-bytes, --parse-timeout (which the readers' hints name) and --date."""
    command = click.option("--date", callback=_iso_date, metavar="YYYY[-MM[-DD]]",
                           help="Publication date of documents whose source states none.")(command)
    command = click.option("--parse-timeout", "--pdf-timeout", "parse_timeout", type=click.FloatRange(min=1),
                           default=DEFAULT_PARSE_TIMEOUT, show_default=True,
                           help="Seconds a PDF, DOCX or HTML file may take to parse.")(command)
    command = click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                           help="Refuse files larger than this.")(command)
    return click.option("--encoding", default=None,
                        help="Text encoding of .txt/.md files (default: UTF-8 with or without BOM, then GB18030).")(command)


def extractor_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """--extractor: the rules (default), the model alone, or both."""
    return click.option("--extractor", "extractor_name", type=click.Choice(EXTRACTORS), default="rules", show_default=True,
                        help="rules: built in; llm: the model at KG_LLM_BASE_URL alone; hybrid: the rules, then "
                             "what the model adds. Model answers are cached in the data folder.")(command)


def _extractor(settings: Settings, name: str) -> ModelExtractor | None:
    return make_extractor(name, settings.data_dir)


def _report_model(extractor: ModelExtractor | None) -> None:
    if extractor is not None:
        err.print(extractor.summary(), highlight=False, markup=False)


def _report_failures(failures: list[tuple[Path, KGError]]) -> None:
    for path, exc in failures:
        err.print(f"[red]failed[/red] {escape(str(path))}: {escape(str(exc))}", highlight=False)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--out", "output", type=click.Path(dir_okay=False), required=True,
              help="Exchange-JSON file to write.")
@reading_options
@extractor_option
@pass_settings
def extract(settings: Settings, paths: tuple[str, ...], output: str, date: str | None, encoding: str | None,
            max_bytes: int, parse_timeout: float, extractor_name: str) -> None:
    """Read documents and write their graph as exchange JSON (nothing is stored).

    PATHS are files (.txt .md .html .pdf .docx) or folders. A newspaper page
    becomes one Document per article. Files that cannot be read are listed
    and skipped; the exit code is 1 if any failed.

    \b
    Example:
      kg extract examples/ -o out/graph.json
      kg extract examples/ -o out/hybrid.json --extractor hybrid   # with KG_LLM_* set
    """
    extractor = _extractor(settings, extractor_name)
    result = extract_files(paths, encoding=encoding, max_bytes=max_bytes, parse_timeout=parse_timeout, extract=extractor)
    _report_failures(result.failures)
    _report_model(extractor)
    if result.files:
        write_exchange(date_documents(result.graph, date), output)
        g = result.graph
        err.print(f"wrote {output}: {len(g.documents)} documents, {len(g.entities)} entities, "
                  f"{len(g.relations)} relations from {len(result.files)} files", highlight=False)
    if result.failures or not result.files:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--batch-size", type=click.IntRange(1), default=None, help="Rows per UNWIND batch (default 2000).")
@click.option("--replace", is_flag=True,
              help="Let a file replace a stored document of the same id that came from another file.")
@corrections_option
@reading_options
@extractor_option
@pass_settings
def load(settings: Settings, paths: tuple[str, ...], batch_size: int | None, replace: bool, corrections: str | None,
         date: str | None, encoding: str | None, max_bytes: int, parse_timeout: float, extractor_name: str) -> None:
    """Read documents (or exchange JSON) and store their graph.

    PATHS are files (.txt .md .html .pdf .docx, or .json as written by
    `kg extract` / `kg export`) or folders. Each file is stored atomically
    and replaces what it stored before, so loading twice equals loading
    once. A file that fails leaves nothing behind; the others still load,
    and the exit code is 1. A document's id is its path below the folder
    named (or the file's stem); a different file with a stored id is
    refused unless --replace is given. The corrections file (see kg correct)
    is applied to each file's graph before it is stored; corrections whose
    target is not in the store are listed, and kept.

    \b
    Examples:
      kg load examples/
      kg load clippings/2020-06-22/ --date 2020-06-22
      kg --store neo4j load reports/2024/ --encoding gb18030
      kg load examples/ --extractor llm    # with KG_LLM_* set; a second load asks the model nothing
    """
    extractor = _extractor(settings, extractor_name)
    files, skipped = collect_files(paths, LOADABLE_SUFFIXES)
    failures: list[tuple[Path, KGError]] = list(skipped)
    if not files and not failures:
        raise click.UsageError(f"no loadable files in {', '.join(paths)} (looked for {', '.join(LOADABLE_SUFFIXES)})")
    conflicts = id_conflicts(files)
    fixes = read_corrections(settings.with_corrections(corrections).corrections_file)
    added = replaced = 0
    not_loaded: list[Path] = []
    with settings.open(batch_size=batch_size) as store, progress_bar() as progress:
        task = progress.add_task("loading", total=len(files))
        for i, source in enumerate(files):
            progress.update(task, description=escape(source.path.name))
            try:
                if source.path in conflicts:
                    raise conflicts[source.path]
                graph = date_documents(read_graph(source.path, encoding, max_bytes, parse_timeout, source.doc_id,
                                                  extractor), date)
                apply_corrections(fixes, graph)
                summary = store.load(graph, replace=replace)
                added += len(summary.added)
                replaced += len(summary.replaced)
            except StoreUnavailableError as exc:
                # The store is gone: every further file would fail the same way.
                failures.append((source.path, exc))
                not_loaded = [f.path for f in files[i + 1:]]
                break
            except ModelUnavailableError:
                raise  # the model cannot serve any file; the files already stored stay
            except KGError as exc:
                failures.append((source.path, exc))
            progress.advance(task)
        reachable = not any(isinstance(exc, StoreUnavailableError) for _, exc in failures)
        stored = store.export() if fixes and reachable else None
    _report_failures(failures)
    _report_model(extractor)
    for number, fix in enumerate(fixes, 1):
        if stored is not None and not holds(fix, stored):
            err.print(f"correction {number} ({fix.describe()}): its target is not in the store; kept",
                      highlight=False, markup=False)
    err.print(f"{added} documents added, {replaced} replaced, {len(failures)} files failed", highlight=False)
    if not_loaded:
        err.print(f"stopped: the store could not be reached; {len(not_loaded)} more files were not loaded. "
                  "Run the same kg load again once it is back: files already stored are replaced, not doubled.",
                  highlight=False, markup=False)
    if failures:
        sys.exit(1)


@click.command("eval")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--gold", "golds", multiple=True, required=True, type=click.Path(exists=True, path_type=Path),
              help="A *.gold.yaml annotation; repeat for several documents.")
@format_option
@click.option("--by-rule", is_flag=True, help="Also print, for each rule, how often it fired and its precision.")
@click.option("--corrections", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Score the extraction with these corrections applied (see kg correct); default without.")
@extractor_option
@pass_settings
def evaluate(settings: Settings, files: tuple[Path, ...], golds: tuple[Path, ...], fmt: str, by_rule: bool,
             corrections: Path | None, extractor_name: str) -> None:
    """Score extraction against gold annotations (precision, recall, F1).

    Scoring follows docs/ONTOLOGY.md: names compared after NFKC and without
    whitespace, 《》 or quotes; optional gold items neither rewarded nor
    punished; alternatives; micro-averaged over the files. Missed and
    spurious items are listed.

    \b
    With --by-rule, each relation rule's scored relations and precision
    show which rules are dead or harmful. --extractor llm or hybrid scores
    the model the same way (its facts' rule is llm:v1:<model>).

    JSON has every score, missed and spurious item; csv and tsv the score
    table's rows.

    \b
    Example:
      kg eval --gold tests/data/000_023085569cee03f2.gold.yaml examples/000_023085569cee03f2.txt
      kg eval --format json --gold tests/data/000_023085569cee03f2.gold.yaml examples/000_023085569cee03f2.txt
      kg eval --by-rule --gold tests/data/real/dev/d17_*.gold.yaml tests/data/real/dev/d17_*.txt
      kg eval --extractor hybrid --gold tests/data/real/dev/*.gold.yaml tests/data/real/dev/*.txt
      kg eval --corrections .kg/corrections.yaml --gold tests/data/000_023085569cee03f2.gold.yaml \\
        examples/000_023085569cee03f2.txt
    """
    extractor = _extractor(settings, extractor_name)
    score = evaluate_paths(list(files), list(golds), extractor, read_corrections(corrections) if corrections else [])
    _report_model(extractor)
    if fmt == "json":
        click.echo(json.dumps(score.to_dict(), ensure_ascii=False, indent=2))
        return
    if fmt != "table":
        print_rows(score.rows(), fmt)
        return
    out.print(_score_table(score))
    if by_rule:
        out.print(_rule_table(score))
    for title, items in (("missed", score.missed), ("spurious", score.spurious)):
        if items:
            out.print(f"\n{title} ({len(items)}):", highlight=False)
            for item in items:
                out.print(f"  {item}", highlight=False, markup=False)


def _score_table(score: Score) -> Table:
    table = Table(title=f"Extraction scores ({score.documents} documents, micro-averaged)", title_justify="left")
    for column in ("", "name", "precision", "recall", "F1", "predicted", "gold"):
        table.add_column(column, justify="left" if column in ("", "name") else "right")
    for row in score.rows():
        table.add_row(row["kind"], row["name"], f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{row['f1']:.3f}",
                      str(row["predicted"]), str(row["gold"]), style="bold" if row["name"] == "ALL" else None)
    return table


def _rule_table(score: Score) -> Table:
    table = Table(title="Relations by rule (scored relations only)", title_justify="left")
    for column in ("rule", "fired", "right", "precision"):
        table.add_column(column, justify="left" if column == "rule" else "right")
    for rule, counts in sorted(score.by_rule.items(), key=lambda item: (-item[1].predicted, item[0])):
        table.add_row(rule, str(counts.predicted), str(counts.predicted_matched), f"{counts.precision:.2f}")
    return table
