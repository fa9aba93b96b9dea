"""Print the text layer of one PDF: run as a separate, isolated process.

``loaders.reading`` starts this file with ``python -I pdf_worker.py FILE`` so a
hostile PDF (a parser loop, a memory bomb) can be killed after a timeout and
cannot take the caller down with it. It imports nothing from the project, so it
runs the same whether the project is installed or not.

Output: the pages' text on stdout (UTF-8), pages separated by a blank line.
Failure: one line on stderr and exit status 2.
"""

from __future__ import annotations

import resource
import sys

MEMORY_LIMIT_BYTES = 2 * 1024**3


def pdf_text(path: str) -> str:
    from pypdf import PdfReader

    reader = PdfReader(path, strict=False)
    if reader.is_encrypted:
        raise ValueError("the PDF is encrypted")
    return "\n\n".join((page.extract_text() or "").strip() for page in reader.pages)


def main() -> int:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    try:
        text = pdf_text(sys.argv[1])
    except Exception as exc:  # noqa: BLE001 - any parser failure is "malformed" to the caller
        reason = " ".join(str(exc).split()) or type(exc).__name__
        sys.stderr.write(f"{type(exc).__name__}: {reason}\n")
        return 2
    sys.stdout.buffer.write(text.encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
