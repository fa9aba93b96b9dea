"""Answers of the model, kept in the data folder so that unchanged documents never cost a call again.

An answer is filed under the hash of everything that decides it: the model, the
prompt version and the exact messages sent (the article's text, and in hybrid
mode the facts the rules found). Only answers that parsed as JSON are kept.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from policy_kg.graph.errors import ConfigError
from policy_kg.graph.files import atomic_write

from .client import Reply

CACHE_FOLDER = "llm-cache"


def cache_key(model: str, prompt_version: str, messages: list[dict[str, str]]) -> str:
    """The sha256 of (model, prompt version, messages)."""
    payload = json.dumps([model, prompt_version, messages], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class AnswerCache:
    """One JSON file per answer under ``<data folder>/llm-cache/``."""

    def __init__(self, data_dir: str | Path) -> None:
        self.folder = Path(data_dir) / CACHE_FOLDER

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Reply | None:
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            return Reply(data["content"], data["prompt_tokens"], data["completion_tokens"])
        except (OSError, ValueError, KeyError, TypeError):  # absent or damaged: ask the model again
            return None

    def put(self, key: str, reply: Reply, **about: Any) -> None:
        data = {**about, "content": reply.content, "prompt_tokens": reply.prompt_tokens,
                "completion_tokens": reply.completion_tokens}
        try:
            atomic_write(self._path(key), json.dumps(data, ensure_ascii=False, indent=1))
        except OSError as exc:
            raise ConfigError(f"cannot write the model cache in {self.folder}: {exc.strerror}",
                              hint="set KG_HOME or --data-dir to a folder you can write") from None
