"""The model extractors: ``llm`` (the model alone) and ``hybrid`` (the rules, then the model's additions).

A :class:`ModelExtractor` is one run: it takes a page's articles and returns
their graph, like :func:`~..extract.pipeline.extract_documents`, and counts
what the run cost and what grounding dropped (:meth:`ModelExtractor.summary`).
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from policy_kg.graph.model import Graph

from ..articles import Article
from ..extract.pipeline import extract_documents
from .cache import AnswerCache, cache_key
from .chunks import chunks
from .client import ChatClient, ModelSettings, Reply
from .errors import AnswerError
from .grounding import Grounder
from .prompts import PROMPT_VERSION, messages

_FENCE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)


def method(mode: str, model: str) -> str:
    """What a model fact's evidence records as its rule: ``llm:v1:deepseek-chat`` (mode, prompt version, model)."""
    return f"{mode}:{PROMPT_VERSION}:{model}"


class ModelExtractor:
    """Extraction with a model through an OpenAI-compatible endpoint, grounded in the text, cached in ``data_dir``."""

    def __init__(self, mode: str, settings: ModelSettings, data_dir: str | Path) -> None:
        self.mode, self.settings = mode, settings
        self.method = method(mode, settings.model)
        self.client = ChatClient(settings)
        self.cache = AnswerCache(data_dir)
        self.requests = self.cache_hits = self.prompt_tokens = self.completion_tokens = 0
        self.dropped: Counter[str] = Counter()
        self._lock = threading.Lock()

    def __call__(self, articles: list[Article]) -> Graph:
        """The graph of one page's articles (the same contract as ``extract_documents``)."""
        rules = extract_documents(articles) if self.mode == "hybrid" else None
        known = {article.id: _facts_of(rules, article.id) for article in articles}
        jobs = [(article, chunk) for article in articles for chunk in chunks(article.text)]
        answers = self._ask_all([messages(self.mode, chunk.text, _payload(known[article.id])) for article, chunk in jobs],
                                [article.id for article, _ in jobs])
        found = Graph()
        for (article, chunk), answer in zip(jobs, answers):
            grounder = Grounder(article, self.method, self.dropped, known[article.id])
            found.merge(grounder.ground(answer, (chunk.start, chunk.end)))
        if rules is not None:
            return self._additions(rules, found)
        graph = Graph()
        for article in articles:
            graph.add_document(article.to_document())
        return graph.merge(found)

    def _additions(self, rules: Graph, found: Graph) -> Graph:
        """The rules' graph with the model's new entities and relations; what the rules found stays as it was."""
        for entity in found.entities.values():
            if entity.id not in rules.entities:
                rules.add_entity(entity)
        for relation in found.relations.values():
            if relation.key in rules.relations:
                self.dropped["relation_already_found"] += 1
            else:
                rules.add_relation(relation)
        return rules

    # ------------------------------------------------------------------- calls
    def _ask_all(self, requests: list[list[dict[str, str]]], documents: list[str]) -> list[dict[str, Any]]:
        """The answers to ``requests``, at most KG_LLM_CONCURRENCY at a time; the first error stops the rest."""
        pool = ThreadPoolExecutor(max_workers=self.settings.concurrency)
        futures: list[Future] = [pool.submit(self._ask, request, document) for request, document in zip(requests, documents)]
        try:
            return [future.result() for future in futures]
        finally:
            pool.shutdown(cancel_futures=True)

    def _ask(self, request: list[dict[str, str]], document: str) -> dict[str, Any]:
        key = cache_key(self.settings.model, PROMPT_VERSION, request)
        reply = self.cache.get(key)
        cached = reply is not None
        if reply is None:
            reply = self.client.complete(request)
        answer = parse_answer(reply, self.settings.model, document)
        with self._lock:
            self.requests += 1
            self.cache_hits += cached
            self.prompt_tokens += 0 if cached else reply.prompt_tokens
            self.completion_tokens += 0 if cached else reply.completion_tokens
        if not cached:
            self.cache.put(key, reply, model=self.settings.model, prompt_version=PROMPT_VERSION, mode=self.mode,
                           document=document)
        return answer

    # ----------------------------------------------------------------- summary
    def counts(self) -> dict[str, Any]:
        """What the run cost and what grounding dropped, as data."""
        return {"model": self.settings.model, "prompt_version": PROMPT_VERSION, "mode": self.mode,
                "requests": self.requests, "cache_hits": self.cache_hits, "calls": self.client.calls,
                "retries": self.client.retries, "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens, "dropped": dict(sorted(self.dropped.items()))}

    def summary(self) -> str:
        """One paragraph for the end of a run."""
        c = self.counts()
        dropped = ", ".join(f"{reason} {n}" for reason, n in c["dropped"].items()) or "nothing"
        return (f"model {c['model']} ({c['mode']}, prompt {c['prompt_version']}): {c['requests']} requests, "
                f"{c['cache_hits']} from the cache, {c['calls']} calls ({c['retries']} retries), "
                f"{c['prompt_tokens']} prompt + {c['completion_tokens']} completion tokens; "
                f"dropped {sum(self.dropped.values())}: {dropped}")


def parse_answer(reply: Reply, model: str, document: str) -> dict[str, Any]:
    """The JSON object of an answer (a ```json fence around it is tolerated)."""
    text = reply.content.strip()
    fenced = _FENCE.match(text)
    try:
        answer = json.loads(fenced.group(1) if fenced else text)
    except json.JSONDecodeError as exc:
        raise AnswerError(f"{document}: {model} answered with something that is not JSON ({exc.msg}): {text[:80]!r}",
                          hint="use a model that supports JSON output (response_format json_object); "
                               "nothing of this document was stored") from None
    if not isinstance(answer, dict):
        raise AnswerError(f"{document}: {model} answered JSON that is not an object: {text[:80]!r}",
                          hint="use a model that follows the prompt's JSON shape; nothing of this document was stored")
    return answer


def _facts_of(rules: Graph | None, document: str) -> Graph | None:
    """The rules' entities and relations found in ``document`` (None when there are no rules to consult)."""
    if rules is None:
        return None
    known = Graph()
    for entity in rules.entities.values():
        if any(m.document == document for m in entity.mentions):
            known.add_entity(entity)
    for relation in rules.relations.values():
        if any(e.document == document for e in relation.evidence) and {relation.source, relation.target} <= set(known.entities):
            known.add_relation(relation)
    return known


def _payload(known: Graph | None) -> dict[str, Any] | None:
    if known is None:
        return None
    return {"entities": sorted(known.entities),
            "relations": [{"source": r.source, "type": r.type, "target": r.target} for _, r in sorted(known.relations.items())]}

