"""Parse one PDF, DOCX or HTML file into text: run as a separate, isolated process.

``policy_kg.loaders.reading`` starts this file with ``python -I parse_worker.py FORMAT FILE``
(HTML: the decoded page on stdin) so a hostile file (a parser loop, deeply
nested markup, a memory bomb) can be killed after a timeout and cannot take
the caller down with it. It imports nothing from the project, so it runs the
same whether the project is installed or not.

Output: the text on stdout (UTF-8), paragraphs separated by a blank line.
Failure: one line on stderr and exit status 2.
"""

from __future__ import annotations

import re
import resource
import sys
from typing import Any

MEMORY_LIMIT_BYTES = 2 * 1024**3


def pdf_text(path: str) -> str:
    from pypdf import PdfReader

    reader = PdfReader(path, strict=False)
    if reader.is_encrypted:
        raise ValueError("the PDF is encrypted")
    return "\n\n".join((page.extract_text() or "").strip() for page in reader.pages)


def docx_text(path: str) -> str:
    """The paragraphs of a Word document, table cells included, in document order."""
    import docx
    from docx.table import Table

    paragraphs: list[str] = []
    for block in docx.Document(path).iter_inner_content():
        if isinstance(block, Table):
            paragraphs += [cell.text for row in block.rows for cell in row.cells]
        else:
            paragraphs.append(block.text)
    return "\n\n".join(text.strip() for text in paragraphs if text.strip())


_BOILERPLATE_TAGS = ["script", "style", "noscript", "template", "nav", "aside", "iframe", "svg", "form", "button", "head"]
_BOILERPLATE_ROLES = (
    '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [hidden], [aria-hidden="true"]'
)
_BLOCK_TAGS = (
    "p, div, section, article, main, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, pre, tr, td, th, "
    "table, ul, ol, dl, figcaption, figure, address, center, hr"
)
_BLOCK_MARK = "\ue000"  # a private-use character marking block boundaries
_SPACE_RUN = re.compile(r"\s+")
_CJK = "\u3000-\u9fff\uff00-\uffef"
# A source line break next to Chinese text (and not between two Latin words) is not a space.
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])\s*\n\s*(?=[^\sA-Za-z0-9])|(?<=[^\sA-Za-z0-9])\s*\n\s*(?=[{_CJK}])")


def html_text(html: str) -> str:
    """The main text of a page: no scripts, styles, navigation, headers, footers or asides."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    tree.strip_tags(_BOILERPLATE_TAGS)
    for node in tree.css(_BOILERPLATE_ROLES):
        node.decompose()
    for node in tree.css("header, footer"):
        if not _inside_content(node):
            node.decompose()
    root = tree.css_first("main") or tree.body or tree.root
    if root is None:
        return ""
    for node in root.css("br"):
        node.replace_with(_BLOCK_MARK)
    for node in root.css(_BLOCK_TAGS):
        node.insert_before(_BLOCK_MARK)
        node.insert_after(_BLOCK_MARK)
    chunks = (_tidy_html_chunk(chunk) for chunk in root.text(deep=True).split(_BLOCK_MARK))
    return "\n\n".join(chunk for chunk in chunks if chunk)


def _inside_content(node: Any) -> bool:
    """True for a <header>/<footer> of an article (its title lives there), not of the site."""
    parent = node.parent
    while parent is not None:
        if parent.tag in ("article", "main"):
            return True
        parent = parent.parent
    return False


def _tidy_html_chunk(chunk: str) -> str:
    return _SPACE_RUN.sub(" ", _CJK_GAP.sub("", chunk)).strip()



def main() -> int:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    fmt, path = sys.argv[1], sys.argv[2]
    try:
        if fmt == "html":
            text = html_text(sys.stdin.buffer.read().decode("utf-8"))
        else:
            text = {"pdf": pdf_text, "docx": docx_text}[fmt](path)
    except Exception as exc:  # noqa: BLE001 - any parser failure is "malformed" to the caller
        reason = " ".join(str(exc).split()) or type(exc).__name__
        sys.stderr.write(f"{type(exc).__name__}: {reason}\n")
        return 2
    sys.stdout.buffer.write(text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
