"""One root exception, stable codes.

Every error the library raises on purpose is a :class:`KGError`. Its ``code``
never changes between releases so that scripts and tests can match on it, and
its message says what went wrong *and* how to fix it. The CLI maps each class
to an exit code.
"""

from __future__ import annotations


class KGError(Exception):
    """Root of every error policy-kg raises on purpose."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = message
        self.hint = hint
        super().__init__(message if not hint else f"{message} ({hint})")

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text}\n  fix: {self.hint}" if self.hint else text


class OntologyError(KGError):
    """A label, relationship type or endpoint outside ONTOLOGY.md."""

    code = "E100"
    exit_code = 65


class ExchangeFormatError(KGError):
    """An exchange-JSON file that does not have the documented shape."""

    code = "E110"
    exit_code = 65


class InputError(KGError):
    """A source document that cannot be read (encoding, size, format)."""

    code = "E120"
    exit_code = 66


class DocumentConflictError(KGError):
    """Two different source files would get the same document id."""

    code = "E130"
    exit_code = 65


class ExtractionError(KGError):
    """The rules stopped on an article: a fault of policy-kg, not of the file, which fails alone."""

    code = "E140"
    exit_code = 70


class ConfigError(KGError):
    """A setting that cannot work: a store URI of the wrong scheme, an unusable data folder."""

    code = "E410"
    exit_code = 78


class NoStoreError(ConfigError):
    """A command that only reads was pointed at a data folder that holds no store (it creates none)."""

    code = "E420"
    exit_code = 66


class StoreUnavailableError(KGError):
    """The database cannot be reached or refused the credentials."""

    code = "E200"
    exit_code = 69


class StoreError(KGError):
    """The database answered with an error."""

    code = "E210"
    exit_code = 70


class QueryError(KGError):
    """A saved or ad-hoc query that cannot run as asked."""

    code = "E300"
    exit_code = 64


class ReadOnlyViolationError(QueryError):
    """A query that would write, or reach outside the database, in read-only mode."""

    code = "E310"


class QueryTimeoutError(QueryError):
    """A query ran past its time limit and was stopped."""

    code = "E320"


class NotFoundError(QueryError):
    """A name or an id that names no node of the store."""

    code = "E330"


class BackupError(KGError):
    """A backup that cannot be written, or a file that is no backup of the embedded store."""

    code = "E220"
    exit_code = 66


class CorrectionError(KGError):
    """A corrections file, or a correction, that cannot be applied as written."""

    code = "E600"
    exit_code = 65


class EntityReferenceError(CorrectionError):
    """A name that matches no entity, or several; the message lists the close ones."""

    code = "E610"
