"""`pip install .` puts one import name on the path, with every data file, and setuptools does not warn."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_the_wheel_holds_only_policy_kg_with_its_data_files(tmp_path: Path) -> None:
    # no build isolation: the virtualenv's setuptools (scripts/setup.sh) builds it, offline
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, check=True)
    assert "absent from the `packages` configuration" not in build.stdout + build.stderr
    [wheel] = tmp_path.glob("policy_kg-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {name.split("/")[0] for name in names} == {"policy_kg", wheel.name.split("-py3")[0] + ".dist-info"}
    for folder, pattern in [("cypher/queries", "*.cypher"), ("loaders/llm/prompts/v1", "*"),
                            ("viz/assets", "*"), ("viz/report/templates", "*"), ("viz/serve/static", "*.*")]:
        in_repo = {path.name for path in (ROOT / folder).glob(pattern) if path.is_file()}
        in_wheel = {Path(name).name for name in names if name.startswith(f"policy_kg/{folder}/") and
                    name.count("/") == folder.count("/") + 2}
        assert in_wheel == in_repo, folder
