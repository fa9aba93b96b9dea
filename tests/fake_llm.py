"""A small OpenAI-compatible chat-completions server for the tests, on 127.0.0.1 and a free port.

It checks the key and the model as a real endpoint does (401, 404 with a model
message), answers ``/v1/chat/completions`` from a queue of canned replies (a
status, a body, a delay) or else with ``answer(request)``, and records every
request it received.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODEL, KEY = "fake-model", "test-key"


@dataclass
class Canned:
    """One reply: the message content of a 200, or another status with its body and headers."""

    content: str = ""
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class FakeLLM:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.in_flight = self.most_in_flight = 0  # concurrent chat requests, now and at most
        self._lock = threading.Lock()
        self.replies: deque[Canned] = deque()
        self.answer: Callable[[dict[str, Any]], str] = lambda request: '{"entities": [], "relations": []}'
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def env(self, **changes: str) -> dict[str, str]:
        """KG_LLM_* pointing at this server."""
        return {"KG_LLM_BASE_URL": self.url, "KG_LLM_MODEL": MODEL, "KG_LLM_API_KEY": KEY, **changes}

    def reply(self, request: dict[str, Any], key: str) -> Canned:
        if key != f"Bearer {KEY}":
            return Canned(status=401, body={"error": {"message": "Incorrect API key provided", "code": "invalid_api_key"}})
        if request.get("model") != MODEL:
            return Canned(status=404, body={"error": {"message": f"The model `{request.get('model')}` does not exist",
                                                      "code": "model_not_found"}})
        self.requests.append(request)
        return self.replies.popleft() if self.replies else Canned(self.answer(request))

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                data = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.path != "/v1/chat/completions":
                    return self._send(Canned(status=404, body="404 page not found"))
                with fake._lock:
                    fake.in_flight += 1
                    fake.most_in_flight = max(fake.most_in_flight, fake.in_flight)
                try:
                    self._send(fake.reply(json.loads(data), self.headers.get("Authorization", "")))
                finally:
                    with fake._lock:
                        fake.in_flight -= 1

            def _send(self, canned: Canned) -> None:
                time.sleep(canned.delay)
                body = canned.body
                if canned.status == 200:
                    body = {"id": "x", "object": "chat.completion", "created": 0, "model": MODEL,
                            "choices": [{"index": 0, "finish_reason": "stop",
                                         "message": {"role": "assistant", "content": canned.content}}],
                            "usage": {"prompt_tokens": 100, "completion_tokens": 10, "total_tokens": 110}}
                raw = (body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)).encode()
                try:
                    self.send_response(canned.status)
                    self.send_header("Content-Type", "text/plain" if isinstance(body, str) else "application/json")
                    self.send_header("Content-Length", str(len(raw)))
                    for name, value in canned.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(raw)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting (timeout tests)
                    pass

        return Handler


@contextmanager
def fake_llm() -> Iterator[FakeLLM]:
    fake = FakeLLM()
    thread = threading.Thread(target=fake.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake.server.shutdown()
        fake.server.server_close()
