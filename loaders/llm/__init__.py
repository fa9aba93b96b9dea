"""Model-assisted extraction (optional): any OpenAI-compatible chat endpoint, grounded in the text.

``--extractor rules`` (the default) needs nothing of this package; ``llm`` and
``hybrid`` read the endpoint from KG_LLM_BASE_URL, KG_LLM_MODEL and
KG_LLM_API_KEY and need the ``openai`` package (``pip install 'policy-kg[llm]'``).
"""

from __future__ import annotations

from pathlib import Path

from .client import ModelSettings
from .extractor import ModelExtractor, method
from .grounding import REASONS
from .prompts import MODES, PROMPT_VERSION

EXTRACTORS = ("rules", *MODES)

__all__ = ["EXTRACTORS", "PROMPT_VERSION", "REASONS", "ModelExtractor", "ModelSettings", "make_extractor", "method"]


def make_extractor(name: str, data_dir: str | Path) -> ModelExtractor | None:
    """The extractor called ``name`` for one run: None for the rules (the default pipeline), else a model
    extractor whose answers are cached under ``data_dir``. Settings are checked here, before any file is read."""
    if name == "rules":
        return None
    return ModelExtractor(name, ModelSettings.from_env(), data_dir)
