"""Read a source document into plain text, whatever its format.

``read_source`` turns a ``.txt``/``.md``/``.html``/``.htm``/``.pdf``/``.docx``
file into a :class:`SourceText`: the text, paragraphs separated by blank lines,
plus the encoding and format it was read with. Every failure is an
:class:`~graph.errors.InputError` subclass whose message names the file and the
problem and whose hint says how to fix it, so a batch can report the file and
go on with the others.
"""

from __future__ import annotations

import codecs
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from policy_kg.graph.errors import InputError

from .dates import docx_date, meta_date, pdf_date

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_PARSE_TIMEOUT = 30.0
# How many times --max-bytes the members of a .docx archive may add up to.
DOCX_UNPACK_FACTOR = 10
# Tried in this order when no encoding is given; utf-8-sig is only used (and
# recorded) when the file starts with a byte-order mark.
CANDIDATE_ENCODINGS = ("utf-8-sig", "utf-8", "gb18030")
PARSE_WORKER = Path(__file__).with_name("parse_worker.py")

_FORMATS = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
_UTF8_BOM = b"\xef\xbb\xbf"
# Control characters that do not occur in text files; many of them mean binary.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01


class EmptyInputError(InputError):
    """The file holds no text (zero bytes, only whitespace, no text layer)."""

    code = "E121"


class BinaryInputError(InputError):
    """The file is not text at all (NUL bytes, control characters)."""

    code = "E122"


class UndecodableInputError(InputError):
    """The bytes are not valid in any candidate (or the given) encoding."""

    code = "E123"


class MalformedInputError(InputError):
    """An HTML, PDF or DOCX file its parser cannot read."""

    code = "E124"


class InputTooLargeError(InputError):
    """The file is over the configured size limit."""

    code = "E125"


class UnsupportedInputError(InputError):
    """A suffix no reader handles."""

    code = "E126"


class ParseTimeoutError(InputError):
    """Parsing took longer than the configured limit (a hostile or broken PDF)."""

    code = "E127"


@dataclass(frozen=True)
class SourceText:
    """The text of one source file and how it was read."""

    path: Path
    text: str
    encoding: str | None  # None for formats that carry their own (PDF, DOCX)
    format: str  # text, markdown, html, pdf or docx
    header: dict[str, str] = field(default_factory=dict)  # source:, title:, date: lines above a --- line; an HTML date tag


# A saved page may open with `source: URL`, `title: ...`, `date: ...` lines and a `---` line.
_HEADER_LINE = re.compile(r"(source|url|title|date|author)s?:[ \t]*(.*)", re.IGNORECASE)
_HEADER_END = re.compile(r"-{3,}[ \t]*")
_MAX_HEADER_LINES = 12


def split_header(text: str) -> tuple[str, dict[str, str]]:
    """The text with its header lines blanked (so offsets still map to the file), and the header's fields.

    The page's title stays, where it stands, as the text's first line: it is the article's headline
    (国务院批复设立X), and a reader would read its facts."""
    lines = text.split("\n")
    fields: dict[str, str] = {}
    for i, line in enumerate(lines[:_MAX_HEADER_LINES]):
        if _HEADER_END.fullmatch(line.strip()) and fields:
            blank = "\n".join(_blanked(item) for item in lines[:i + 1])
            return blank + text[len(blank):], fields
        m = _HEADER_LINE.fullmatch(line.strip())
        if m is None:
            break
        fields[m.group(1).lower()] = m.group(2).strip()
    return text, {}


def _blanked(line: str) -> str:
    """A header line as spaces, except a title's words."""
    m = _HEADER_LINE.fullmatch(line.strip())
    if m is None or m.group(1).lower() != "title" or not line.startswith(m.group(1)):
        return " " * len(line)
    return " " * m.start(2) + line[m.start(2):]


def read_source(
    path: str | Path,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    parse_timeout: float = DEFAULT_PARSE_TIMEOUT,
) -> SourceText:
    """The text of ``path``, paragraphs separated by blank lines.

    ``encoding`` overrides the candidates for text, Markdown and HTML files;
    ``max_bytes`` bounds the file size and ``parse_timeout`` (seconds) the time a
    PDF may take to parse.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _FORMATS:
        raise UnsupportedInputError(
            f"{path}: unsupported file type {suffix or '(no suffix)'}",
            hint=f"convert it to one of {', '.join(SUPPORTED_SUFFIXES)}",
        )
    data = _read_bytes(path, max_bytes)
    fmt = _FORMATS[suffix]
    header: dict[str, str] = {}
    if fmt == "pdf":
        text, used = _pdf_text(path, data, parse_timeout), None
        header.update({"date": published} if (published := pdf_date(data)) else {})
    elif fmt == "docx":
        text, used = _docx_text(path, max_bytes, parse_timeout), None
        header.update({"date": published} if (published := _docx_created(path)) else {})
    else:
        text, used = decode_text(path, data, encoding, declared=_declared_charset(data) if fmt == "html" else None)
        if fmt == "html" and (published := meta_date(text)):
            header["date"] = published  # from a <meta> tag, which the text loses
        text = _html_text(path, text, parse_timeout) if fmt == "html" else _markdown_text(text) if fmt == "markdown" else text
    text, header = split_header(text) if fmt in ("text", "markdown") else (text, header)
    if not text.strip():
        raise EmptyInputError(f"{path}: no text found in this {fmt} file", hint=_EMPTY_HINTS[fmt])
    return SourceText(path=path, text=text, encoding=used, format=fmt, header=header)


_EMPTY_HINTS = {
    "text": "give a file with text in it",
    "markdown": "give a file with text in it",
    "html": "give a page whose main content is text (scripts and navigation are ignored)",
    "pdf": "the PDF has no text layer (a scan?): run OCR on it first",
    "docx": "give a document with paragraphs of text",
}


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLargeError(
                f"{path}: file is {size:,} bytes, over the limit of {max_bytes:,}",
                hint="split the file, or raise the size limit (--max-bytes)",
            )
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file", hint="name the files, or the folder as a whole") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file", hint="check the path") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})", hint="check the file's permissions") from None
    if not data:
        raise EmptyInputError(f"{path}: empty file (0 bytes)", hint="give a file with text in it")
    return data


def decode_text(path: Path, data: bytes, encoding: str | None = None, declared: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was decoded with.

    Without ``encoding``: UTF-8 (``utf-8-sig`` when a byte-order mark is
    present), then the ``declared`` charset (an HTML <meta>), then GB18030.
    UTF-8 goes first because bytes that happen to be valid UTF-8 almost never
    are anything else. NUL bytes or many control characters mean binary.
    """
    if encoding:
        return _decode_as(path, data, encoding), encoding
    if b"\x00" in data:
        raise BinaryInputError(
            f"{path}: binary file (contains NUL bytes)",
            hint="give a text file; for UTF-16 text pass --encoding utf-16",
        )
    candidates = _candidates(data.startswith(_UTF8_BOM), declared)
    for candidate in candidates:
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        _refuse_control_chars(path, text)
        return text, candidate
    raise UndecodableInputError(
        f"{path}: bytes are not valid {', '.join(candidates)}",
        hint="pass the file's encoding with --encoding (e.g. big5, utf-16)",
    )


def _candidates(has_bom: bool, declared: str | None) -> tuple[str, ...]:
    first, *rest = CANDIDATE_ENCODINGS[0 if has_bom else 1 :]
    return tuple(dict.fromkeys([first, *([declared] if declared else []), *rest]))


def _decode_as(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(f"{path}: unknown encoding {encoding!r}", hint="use a Python codec name such as gb18030") from None
    except UnicodeDecodeError as exc:
        raise UndecodableInputError(
            f"{path}: bytes are not valid {encoding} (at byte {exc.start})",
            hint="pass the right --encoding, or leave it out to try utf-8 and gb18030",
        ) from None


def _refuse_control_chars(path: Path, text: str) -> None:
    # GB18030 decodes many byte strings, so random binary can pass the codec:
    # control characters betray it.
    if len(_CONTROL_CHARS.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise BinaryInputError(f"{path}: binary file (control characters)", hint="give a text file")


_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# Declared charsets that name a subset of an encoding that decodes more.
_WIDER_CHARSET = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "ascii": "utf-8", "us-ascii": "utf-8"}


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if it is one Python knows."""
    if not (match := _META_CHARSET.search(data[:4096])):
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(_WIDER_CHARSET.get(name, name)).name
    except LookupError:
        return None


# ---------------------------------------------------------------- HTML

_HAS_TAG = re.compile(r"<[A-Za-z!/]")


def _html_text(path: Path, html: str, timeout: float) -> str:
    """The main text of a page, parsed in the bounded worker (deeply nested markup is slow to parse)."""
    if not _HAS_TAG.search(html):
        raise MalformedInputError(f"{path}: not HTML (no tags found)", hint="rename it to .txt if it is plain text")
    return _in_worker(path, "html", timeout, stdin=html.encode("utf-8"))


# ---------------------------------------------------------------- Markdown

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def _markdown_text(text: str) -> str:
    """Markdown without the markup that would pollute titles and names: headings, emphasis, links, images."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)


# ---------------------------------------------------------------- PDF and DOCX


def _pdf_text(path: Path, data: bytes, timeout: float) -> str:
    """The PDF's text layer."""
    if b"%PDF-" not in data[:1024]:
        raise MalformedInputError(
            f"{path}: not a PDF (no %PDF- header)", hint="check the file; rename it if it is another format"
        )
    return _in_worker(path, "pdf", timeout)


def _docx_text(path: Path, max_bytes: int, timeout: float) -> str:
    """The paragraphs of a Word document, table cells included, in document order."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise MalformedInputError(f"{path}: malformed DOCX (not a zip archive)", hint=_DOCX_HINT) from None
    # A .docx is a zip: a small file can unpack to gigabytes (a zip bomb).
    limit = max_bytes * DOCX_UNPACK_FACTOR
    if unpacked > limit:
        raise InputTooLargeError(
            f"{path}: DOCX unpacks to {unpacked:,} bytes, over the limit of {limit:,}",
            hint=f"split the document, or raise --max-bytes (a DOCX may unpack to {DOCX_UNPACK_FACTOR}x that)",
        )
    return _in_worker(path, "docx", timeout)


def _docx_created(path: Path) -> str | None:
    """The creation date in a Word document's core properties (read once the document was found sound)."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open("docProps/core.xml") as member:
            core = member.read(64 * 1024).decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return None
    return docx_date(core)


_DOCX_HINT = "open and re-save it in a word processor; .doc files must be converted to .docx"
_MALFORMED_HINTS = {
    "pdf": "re-export or repair the PDF (e.g. print it to a new PDF)",
    "docx": _DOCX_HINT,
    "html": "check the file; save the page again from a browser",
}


def _in_worker(path: Path, fmt: str, timeout: float, stdin: bytes | None = None) -> str:
    """Parse in an isolated process killed after ``timeout`` seconds, so a hostile file cannot hang or sink kg."""
    command = [sys.executable, "-I", str(PARSE_WORKER), fmt, str(path.resolve())]
    try:
        done = subprocess.run(command, input=stdin, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise ParseTimeoutError(
            f"{path}: {fmt.upper()} parsing took over {timeout:g} s and was stopped",
            hint="check the file, or raise the time limit (--parse-timeout)",
        ) from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise MalformedInputError(
            f"{path}: malformed {fmt.upper()} ({reason[-1] if reason else f'parser exit status {done.returncode}'})",
            hint=_MALFORMED_HINTS[fmt],
        )
    return done.stdout.decode("utf-8")
