"""`kg viz` pages in a real headless Chromium: offline, complete, searchable, clickable, escaped.

Needs Debian's chromium and chromium-driver and the selenium package; without
them these tests skip, unless KG_REQUIRE_BROWSER=1 makes them fail (CI).
Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from policy_kg.graph import Graph
from tests.chromium import console_errors, open_page, requested_urls
from tests.test_viz import BANK, HOSTILE_NAME, hostile_graph, zone_chain
from policy_kg.viz import render, show
from policy_kg.viz.view import DOCUMENT

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).parent / "artifacts"


def load(browser: Any, graph: Graph, path: Path) -> None:
    """Open the page of ``graph``, wait until its layout has settled, drop earlier logs."""
    from selenium.webdriver.support.ui import WebDriverWait

    console_errors(browser)  # reading the logs empties them
    requested_urls(browser)
    open_page(browser, render(graph, path, title="测试 view"))
    WebDriverWait(browser, 30).until(lambda d: d.execute_script("return kg.settled === true"))


def screenshot(browser: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    browser.save_screenshot(str(path))
    return path


def node_offset(browser: Any, node_id: str) -> tuple[int, int]:
    """Where a node is drawn, as an offset from the centre of the canvas (selenium's origin)."""
    return tuple(browser.execute_script("""
        var net = kg.network, canvas = document.querySelector('#kg-network canvas');
        var dom = net.canvasToDOM(net.getPositions([arguments[0]])[arguments[0]]);
        return [Math.round(dom.x - canvas.clientWidth / 2), Math.round(dom.y - canvas.clientHeight / 2)];
    """, node_id))


def test_seed_page_loads_offline_with_all_its_data(browser: Any, seed_graph: Graph, tmp_path: Path) -> None:
    load(browser, seed_graph, tmp_path / "seed.html")
    assert console_errors(browser) == []
    urls = requested_urls(browser)
    assert urls and all(u.startswith(("file://", "data:")) for u in urls), urls
    expected = seed_graph.to_networkx()
    assert browser.execute_script("return [kg.nodes.length, kg.edges.length]") == [
        expected.number_of_nodes(), expected.number_of_edges()]
    assert browser.find_element("id", "kg-status").text == "65 of 65 nodes, 125 of 125 edges"
    assert screenshot(browser, "viz_seed.png").stat().st_size > 10_000


def test_search_finds_and_focuses_the_bank(browser: Any, seed_graph: Graph, tmp_path: Path) -> None:
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    load(browser, seed_graph, tmp_path / "seed.html")
    box = browser.find_element("id", "kg-search")
    box.send_keys("进出口银行")
    shown = [li.get_attribute("data-id") for li in browser.find_elements("css selector", "#kg-matches li")]
    assert shown == ["Enterprise:中国进出口银行", BANK]  # its alias 进出口银行 matches exactly: first
    box.clear()
    box.send_keys("中国进出口银行重庆分行", Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return kg.network.getSelectedNodes()") == [BANK])
    assert browser.find_element("id", "kg-status").text.endswith("selected: 中国进出口银行重庆分行")
    WebDriverWait(browser, 5).until(lambda d: d.execute_script("return kg.network.getScale() > 1.4"))  # zoomed in
    screenshot(browser, "viz_search.png")
    assert console_errors(browser) == []


def test_click_highlights_the_neighbourhood(browser: Any, seed_graph: Graph, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    load(browser, seed_graph, tmp_path / "seed.html")
    browser.execute_script("kg.network.focus(arguments[0], {scale: 1.0})", BANK)  # centred, not selected
    canvas = browser.find_element("css selector", "#kg-network canvas")
    ActionChains(browser).move_to_element_with_offset(canvas, *node_offset(browser, BANK)).pause(0.1).click().perform()
    WebDriverWait(browser, 5).until(lambda d: d.execute_script("return kg.network.getSelectedNodes()") == [BANK])
    near = set(browser.execute_script("return kg.network.getConnectedNodes(arguments[0])", BANK)) | {BANK}
    colours = browser.execute_script("return kg.nodes.map(function (n) { return [n.id, n.color]; })")
    dimmed = {node for node, colour in colours if colour.startswith("rgba(200,200,200")}
    assert dimmed == {node for node, _ in colours} - near
    assert len(near) == 19  # the bank, its 17 neighbours, the document


def test_filters_hide_labels_and_relationship_types(browser: Any, seed_graph: Graph, tmp_path: Path) -> None:
    load(browser, seed_graph, tmp_path / "seed.html")
    browser.find_element("css selector", f'#kg-labels input[data-key="{DOCUMENT}"]').click()
    assert browser.execute_script("return [kg.nodeView.length, kg.edgeView.length]") == [64, 61]
    browser.find_element("css selector", '#kg-types input[data-key="FINANCED_BY"]').click()
    assert browser.execute_script("return [kg.nodeView.length, kg.edgeView.length]") == [64, 46]
    assert browser.find_element("id", "kg-status").text == "64 of 65 nodes, 46 of 125 edges"
    browser.find_element("id", "kg-reset").click()
    assert browser.execute_script("return [kg.nodeView.length, kg.edgeView.length]") == [65, 125]


def test_hostile_names_and_sentences_stay_text(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    load(browser, hostile_graph(), tmp_path / "hostile.html")
    node = f"Enterprise:{HOSTILE_NAME}"
    canvas = browser.find_element("css selector", "#kg-network canvas")
    ActionChains(browser).move_to_element_with_offset(canvas, *node_offset(browser, node)).perform()
    tooltip = WebDriverWait(browser, 5).until(
        lambda d: d.execute_script("""var t = document.querySelector('.vis-tooltip');
                                      return t && t.style.visibility === 'visible' ? t : null;"""))
    assert tooltip.text == f"{HOSTILE_NAME}\nEnterprise · company\naliases: <svg onload=alert(2)>"
    # innerText turns the line breaks into <br>: the only elements in the tooltip
    assert browser.execute_script("return Array.from(arguments[0].children).map(c => c.tagName)", tooltip) == ["BR", "BR"]
    browser.find_element("id", "kg-search").send_keys("img")
    assert [li.text for li in browser.find_elements("css selector", "#kg-matches li")] == [f"{HOSTILE_NAME}Enterprise"]
    assert browser.execute_script("return [document.querySelectorAll('img, svg').length, window.pwned]") == [0, None]
    assert console_errors(browser) == []


def test_large_page_has_fixed_positions(browser: Any, tmp_path: Path) -> None:
    graph = zone_chain(800)
    load(browser, graph, tmp_path / "chain.html")
    assert browser.execute_script("return [kg.nodes.length, kg.edges.length]") == [801, 1599]
    moved = browser.execute_script("""var p = kg.network.getPositions();
        return kg.nodes.get().filter(function (n) { return p[n.id].x !== n.x || p[n.id].y !== n.y; }).length""")
    assert moved == 0
    assert console_errors(browser) == []


def test_notebook_frame_runs_the_page(browser: Any, seed_graph: Graph, tmp_path: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    notebook = tmp_path / "notebook.html"
    notebook.write_text(f"<!DOCTYPE html><html><body>{show(seed_graph)._repr_html_()}</body></html>", encoding="utf-8")
    console_errors(browser)
    requested_urls(browser)
    browser.get(notebook.as_uri())
    browser.switch_to.frame(browser.find_element("tag name", "iframe"))
    try:
        WebDriverWait(browser, 30).until(lambda d: d.execute_script("return !!(window.kg && kg.drawnAt)"))
        assert browser.execute_script("return [kg.nodes.length, kg.edges.length]") == [65, 125]
    finally:
        browser.switch_to.default_content()
    assert console_errors(browser) == []
    assert all(u.startswith(("file://", "data:", "about:")) for u in requested_urls(browser))
