"""Errors of model-assisted extraction, each with a stable code (listed in the README).

:class:`ModelUnavailableError` and its subclasses mean the endpoint cannot
serve any document (a setting, the URL, the key, the model, the time limit):
a run stops at the first one instead of failing every file the same way.
An answer that is not JSON fails only the document it was about.
"""

from __future__ import annotations

from policy_kg.graph.errors import KGError


class ModelUnavailableError(KGError):
    """The model endpoint cannot serve any document: the run stops."""

    code = "E500"
    exit_code = 69


class ModelSettingError(ModelUnavailableError):
    """A KG_LLM_* setting is missing or unusable, or the openai package is not installed."""

    code = "E510"
    exit_code = 78


class EndpointError(ModelUnavailableError):
    """The endpoint cannot be reached at KG_LLM_BASE_URL, or refused the request."""

    code = "E520"
    exit_code = 69


class KeyRefusedError(ModelUnavailableError):
    """The endpoint refused KG_LLM_API_KEY (401/403)."""

    code = "E530"
    exit_code = 77


class ModelNotFoundError(ModelUnavailableError):
    """The endpoint has no model named KG_LLM_MODEL."""

    code = "E540"
    exit_code = 78


class AnswerError(KGError):
    """The model's answer is not a JSON object."""

    code = "E550"
    exit_code = 76


class RetriesExhaustedError(ModelUnavailableError):
    """The endpoint kept answering 429 or 5xx after every retry."""

    code = "E560"
    exit_code = 75


class RunTimeoutError(ModelUnavailableError):
    """The run's calls to the model went past KG_LLM_TIMEOUT."""

    code = "E570"
    exit_code = 75
