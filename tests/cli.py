"""Running the real ``kg`` command in a subprocess, on an embedded store of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_kg(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    environment.update(KG_HOME=str(home), KG_STORE="embedded", **env)
    return subprocess.run([sys.executable, "-m", "policy_kg.cli", *args], capture_output=True, text=True, env=environment,
                          timeout=120)
