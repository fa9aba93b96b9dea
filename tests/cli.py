"""Running the real ``kg`` command in a subprocess, on an embedded store of its own."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

# A kg command that runs longer hangs: the test fails with what it was doing.
TIMEOUT_S = 120


def run_kg(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    # PYTHONFAULTHANDLER: SIGABRT makes a hung kg print every thread's stack before it dies
    environment.update(KG_HOME=str(home), KG_STORE="embedded", PYTHONFAULTHANDLER="1", **env)
    command = [sys.executable, "-m", "policy_kg.cli", *args]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment) as kg:
        try:
            out, err = kg.communicate(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            server = _server_state(home)
            kg.send_signal(signal.SIGABRT)
            out, err = kg.communicate()
            pytest.fail(f"kg {' '.join(args)} hung for {TIMEOUT_S} s\n--- its stderr:\n{err}\n--- the server:\n{server}")
    return subprocess.CompletedProcess(command, kg.returncode, out, err)


def _server_state(home: Path) -> str:
    """What the embedded server of ``home`` was doing (its clients and their commands), then stopped."""
    from policy_kg.graph.embedded import EmbeddedServer

    server = EmbeddedServer(home)
    try:
        client = server._client(timeout=5)
        state = f"clients: {client.client_list()}\npersistence: {client.info('persistence')}"
    except Exception as exc:  # noqa: BLE001 - any answer or none is the diagnosis
        state = f"no answer: {exc!r}"
    state += f"\nlog: {server._log_tail(20)}"
    server._end(signal.SIGKILL)  # a hung server must not outlive the test
    return state
