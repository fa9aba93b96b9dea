"""HTML reports in a real headless Chromium: no console errors, no network, pictures and views drawn.

Uses the browser fixture of test_viz_browser (skips without chromium, chromium-driver and selenium,
unless KG_REQUIRE_BROWSER=1). Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from policy_kg.graph.store import GraphStore
from tests.chromium import console_errors, requested_urls
from tests.test_viz_browser import ARTIFACTS
from policy_kg.viz.report import write_report

pytestmark = pytest.mark.browser


def open_report(driver: Any, path: Path) -> None:
    """Load the report, wait until every interactive view inside it has drawn its network."""
    from selenium.webdriver.support.ui import WebDriverWait

    console_errors(driver), requested_urls(driver)  # drop earlier logs
    driver.get(path.resolve().as_uri())
    for frame in driver.find_elements("css selector", "iframe.view"):
        # Chromium does not draw a sandboxed (cross-origin) frame until it is on screen
        driver.execute_script("arguments[0].scrollIntoView()", frame)
        driver.switch_to.frame(frame)
        WebDriverWait(driver, 60).until(lambda d: d.execute_script("return !!(window.kg && window.kg.drawnAt)"))
        driver.switch_to.default_content()


@pytest.mark.parametrize(("kind", "headings"), [
    ({"entity": "中国进出口银行重庆分行"}, ["概况", "关系", "各币种融资", "关系最近的实体", "邻域"]),
    ({"rel_type": "APPROVED_BY"}, ["概要", "图"]),
    ({"overview": True}, ["数量", "最核心的实体", "社区", "图", "园区与产业", "机构", "文档"])],
    ids=["entity", "type", "overview"])
def test_report_opens_offline_without_errors(browser: Any, seed_store: GraphStore, tmp_path: Path,  # noqa: F811
                                             kind: dict, headings: list[str]) -> None:
    [page] = write_report(seed_store, tmp_path, formats=["html"], **kind).paths
    open_report(browser, page)
    assert console_errors(browser) == []
    assert browser.execute_script("return [document.documentElement.lang, "
                                  "Array.from(document.querySelectorAll('h2'), h => h.textContent)]") == ["zh-CN", headings]
    urls = requested_urls(browser)
    assert urls and all(u.startswith(("file://", "data:", "about:srcdoc")) for u in urls), urls
    images = browser.execute_script(
        "return Array.from(document.images).map(i => [i.complete, i.naturalWidth > 100])")
    assert images and all(ok == [True, True] for ok in images)
    frame = browser.find_element("css selector", "iframe.view")
    browser.switch_to.frame(frame)
    nodes = browser.execute_script("return kg.nodes.length")
    browser.switch_to.default_content()
    assert nodes > 1
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / f"report_{page.stem}.png"))
