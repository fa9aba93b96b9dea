"""Calls to an OpenAI-compatible chat-completions endpoint, through the ``openai`` package.

The package is an optional dependency (``pip install 'policy-kg[llm]'``), imported only
when a model is used. Retries are ours, not the package's, so that the run's
summary can count them and the run's time limit bounds them: 429 and 5xx answers
are retried with exponential backoff (or the Retry-After the server asks for); a
request may wait as long as the run has left; everything else is an error with
its own code at once.
"""

from __future__ import annotations

import os
import random
import threading
import time
from dataclasses import dataclass
from typing import Any

from .errors import (
    AnswerError,
    EndpointError,
    KeyRefusedError,
    ModelNotFoundError,
    ModelSettingError,
    RetriesExhaustedError,
    RunTimeoutError,
)

ENV_BASE_URL, ENV_MODEL, ENV_API_KEY = "KG_LLM_BASE_URL", "KG_LLM_MODEL", "KG_LLM_API_KEY"
ENV_TIMEOUT, ENV_CONCURRENCY = "KG_LLM_TIMEOUT", "KG_LLM_CONCURRENCY"
DEFAULT_TIMEOUT = 900.0  # seconds for all the calls of one run
DEFAULT_CONCURRENCY = 4
ATTEMPTS = 5  # one call and four retries
BACKOFF = 1.0  # seconds before the first retry, doubled each time
MAX_WAIT = 60.0  # the longest pause between two attempts, whatever Retry-After says


@dataclass(frozen=True)
class ModelSettings:
    """Where the model is, which one, the key, and the run's limits."""

    base_url: str
    model: str
    api_key: str
    timeout: float = DEFAULT_TIMEOUT
    concurrency: int = DEFAULT_CONCURRENCY

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> ModelSettings:
        """The settings from KG_LLM_* variables; raises E510 naming whatever is missing or wrong."""
        env = os.environ if environ is None else environ
        missing = [name for name in (ENV_BASE_URL, ENV_MODEL, ENV_API_KEY) if not env.get(name, "").strip()]
        if missing:
            raise ModelSettingError(
                f"--extractor llm/hybrid needs {', '.join(missing)}",
                hint=f"export {ENV_BASE_URL}=http://localhost:11434/v1 {ENV_MODEL}=qwen2.5:7b {ENV_API_KEY}=... "
                     "(any non-empty key for a server that needs none, such as Ollama)",
            )
        base_url = env[ENV_BASE_URL].strip()
        if not base_url.startswith(("http://", "https://")):
            raise ModelSettingError(f"{ENV_BASE_URL}={base_url!r} is not an http(s) URL",
                                    hint="give the endpoint's base URL, e.g. https://api.deepseek.com/v1")
        return cls(base_url, env[ENV_MODEL].strip(), env[ENV_API_KEY].strip(),
                   _number(env, ENV_TIMEOUT, DEFAULT_TIMEOUT, float), _number(env, ENV_CONCURRENCY, DEFAULT_CONCURRENCY, int))


def _number(env: Any, name: str, default: float | int, kind: type) -> Any:
    raw = env.get(name, "").strip()
    try:
        value = kind(raw) if raw else default
    except ValueError:
        value = 0
    if value <= 0:
        raise ModelSettingError(f"{name}={raw!r} is not a positive {kind.__name__}", hint=f"unset it for {default}")
    return value


@dataclass
class Reply:
    """The message content of one answer and the tokens it cost."""

    content: str
    prompt_tokens: int = 0
    completion_tokens: int = 0


class ChatClient:
    """One run's connection to the endpoint: its deadline and its call counts."""

    def __init__(self, settings: ModelSettings) -> None:
        try:
            import openai
        except ImportError:
            raise ModelSettingError("--extractor llm/hybrid needs the openai package",
                                    hint="pip install 'policy-kg[llm]'") from None
        self.settings = settings
        self._openai = openai
        self._client = openai.OpenAI(base_url=settings.base_url, api_key=settings.api_key, max_retries=0)
        self.deadline = time.monotonic() + settings.timeout
        self.calls = self.retries = 0
        self._lock = threading.Lock()

    def complete(self, messages: list[dict[str, str]]) -> Reply:
        """The model's JSON answer to ``messages``, retrying what a retry can fix."""
        openai = self._openai
        for attempt in range(ATTEMPTS):
            remaining = self._remaining()
            with self._lock:
                self.calls += 1
                self.retries += attempt > 0
            try:
                response = self._client.chat.completions.create(
                    model=self.settings.model, messages=messages, temperature=0,
                    response_format={"type": "json_object"}, timeout=remaining)
            except openai.APITimeoutError:
                wait = 0.0  # the run's time is up (or nearly): the next attempt says so
            except openai.APIConnectionError as exc:
                raise EndpointError(f"cannot reach the model endpoint {self.settings.base_url} ({exc.__cause__ or exc})",
                                    hint="check KG_LLM_BASE_URL (host, port, /v1 path) and that the server runs") from None
            except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
                raise KeyRefusedError(f"the endpoint {self.settings.base_url} refused the key ({exc.status_code})",
                                      hint="check KG_LLM_API_KEY") from None
            except openai.NotFoundError as exc:
                raise self._not_found(exc) from None
            except (openai.RateLimitError, openai.InternalServerError) as exc:
                asked = _retry_after(exc)
                wait = BACKOFF * 2**attempt * (1 + random.random() / 4) if asked is None else asked
            except openai.APIStatusError as exc:
                raise EndpointError(f"the endpoint answered {exc.status_code}: {_message(exc)}",
                                    hint="check that it serves OpenAI chat completions with JSON output") from None
            else:
                return _reply(response, self.settings.model)
            if attempt + 1 < ATTEMPTS:
                time.sleep(min(wait, MAX_WAIT, max(self._remaining(), 0)))
        raise RetriesExhaustedError(f"the model endpoint was still busy or failing after {ATTEMPTS} attempts",
                                    hint="run again later (answers already received are cached), or lower KG_LLM_CONCURRENCY")

    def _remaining(self) -> float:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise RunTimeoutError(f"the calls to the model took longer than {self.settings.timeout:g} s",
                                  hint="raise KG_LLM_TIMEOUT, or run again: answers already received are cached")
        return remaining

    def _not_found(self, exc: Any) -> Exception:
        # A 404 that speaks of the model is about the model; any other 404 is a wrong path.
        message = _message(exc)
        if "model" in message.lower():
            return ModelNotFoundError(f"the endpoint has no model {self.settings.model!r}: {message}",
                                      hint="set KG_LLM_MODEL to a model it lists (GET /models; `ollama list`)")
        return EndpointError(f"{self.settings.base_url} has no chat-completions endpoint (404)",
                             hint="KG_LLM_BASE_URL usually ends with /v1")


def _reply(response: Any, model: str) -> Reply:
    try:
        content = response.choices[0].message.content
    except (AttributeError, IndexError, TypeError):
        content = None
    if not isinstance(content, str):
        raise AnswerError(f"{model} answered without a message", hint="check that the endpoint is OpenAI-compatible")
    usage = getattr(response, "usage", None)
    return Reply(content, getattr(usage, "prompt_tokens", 0) or 0, getattr(usage, "completion_tokens", 0) or 0)


def _retry_after(exc: Any) -> float | None:
    try:
        return max(float(exc.response.headers.get("retry-after", "")), 0.0)
    except (AttributeError, ValueError):
        return None


def _message(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        body = body.get("message") or body.get("error") or body
    if isinstance(body, dict):
        body = body.get("message") or body
    return str(body or getattr(exc, "message", "") or exc)[:200]
