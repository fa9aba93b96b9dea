"""`kg serve` in a real headless Chromium: search, expand, side panel, document view, a saved query's form,
no console error and no request leaving this machine. Screenshots go to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from policy_kg.graph import Graph
from policy_kg.graph.store import GraphStore
from tests.chromium import console_errors, requested_urls
from tests.serving import running
from tests.test_cypher_queries import BANK_CQ, BANK_CQ_BORROWERS, DOC
from tests.test_viz import HOSTILE_NAME, HOSTILE_SENTENCE, hostile_graph

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).parent / "artifacts"
BANK = f"Enterprise:{BANK_CQ}"
TIMEOUT = 20


def wait(browser: Any, script: str, timeout: float = TIMEOUT) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, timeout).until(lambda d: d.execute_script(script))


def open_explorer(browser: Any, url: str) -> None:
    console_errors(browser)  # reading the logs empties them
    requested_urls(browser)
    browser.get(url + "/")
    wait(browser, "return !!(window.kg && kg.ready)")


def search_and_start(browser: Any, text: str) -> None:
    from selenium.webdriver.common.keys import Keys

    box = browser.find_element("id", "kg-search")
    box.send_keys(text)
    wait(browser, "return document.querySelectorAll('#kg-suggestions li').length > 0")
    box.send_keys(Keys.ENTER)
    wait(browser, "return kg.pending === 0 && kg.selected !== null && document.querySelector('#kg-entity h2') !== null")


def node_offset(browser: Any, node_id: str) -> tuple[int, int]:
    """Where a node is drawn, as an offset from the centre of the canvas (selenium's origin)."""
    return tuple(browser.execute_script("""
        var net = kg.network, canvas = document.querySelector('#kg-canvas canvas');
        var dom = net.canvasToDOM(net.getPositions([arguments[0]])[arguments[0]]);
        return [Math.round(dom.x - canvas.clientWidth / 2), Math.round(dom.y - canvas.clientHeight / 2)];
    """, node_id))


def follow(browser: Any, name: str) -> None:
    """Click the fact linking the side panel's entity to ``name``, and wait for ``name``'s panel."""
    link = browser.find_element("xpath", f"//div[@class='kg-fact']/a[text()='{name}']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    wait(browser, f"return kg.pending === 0 && document.querySelector('#kg-entity h2').textContent === '{name}'")


def screenshot(browser: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    browser.save_screenshot(str(path))
    return path


def test_search_expand_read_the_evidence_and_run_a_query(browser: Any, seed_store: GraphStore, seed_graph: Graph) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    with running(seed_store) as url:
        open_explorer(browser, url)
        browser.find_element("id", "kg-search").send_keys("进出口银行")
        wait(browser, "return document.querySelectorAll('#kg-suggestions li').length === 2")
        assert [li.get_attribute("data-id") for li in browser.find_elements("css selector", "#kg-suggestions li")] == [
            "Enterprise:中国进出口银行", BANK]
        browser.find_element("id", "kg-search").clear()
        search_and_start(browser, BANK_CQ)

        # the bank and its neighbours: 14 borrowers, its head office, two supervisors; no document
        borrowers = browser.execute_script("""var bank = arguments[0]; return kg.edges.get().filter(function (e) {
            return e.kg_type === 'FINANCED_BY' && e.to === bank; }).map(function (e) { return e.from; })""", BANK)
        assert sorted(borrowers) == sorted(f"{label}:{name}" for name, label in BANK_CQ_BORROWERS)
        assert browser.execute_script("return [kg.view.nodes.length, kg.view.edges.length]") == [18, 17]
        assert browser.find_element("id", "kg-status").text == f"18 nodes, 17 relationships · selected: {BANK_CQ}"
        headings = [h.text for h in browser.find_elements("css selector", "#kg-entity h3")]
        assert headings == ["FINANCED_BY (14)", "PART_OF (1)", "SUPERVISED_BY (2)"]
        reports = [(a.text, a.get_attribute("href").split("/", 3)[3])
                   for a in browser.find_elements("css selector", "#kg-entity a.kg-report")]
        assert reports == [(f"report ({name})", f"api/report?id={quote(BANK, safe='')}&format={fmt}")
                           for name, fmt in (("HTML", "html"), ("Word", "docx"))]
        supervised = browser.find_elements("css selector", "#kg-entity .kg-fact")[-1]
        assert [(m.text, m.get_attribute("class")) for m in supervised.find_elements("tag name", "mark")] == [
            ("进出口银行重庆分行", ""), ("重庆银保监局", "kg-other")]  # the branch by its alias, the other end
        screenshot(browser, "serve_bank.png")

        # documents only when asked for: ticking the box brings the selection's
        browser.find_element("id", "kg-documents").click()
        wait(browser, "return kg.pending === 0 && kg.view.nodes.length === 19")
        assert browser.execute_script("return kg.view.nodes.get({filter: function (n) { return n.kg.label === 'Document'; }})"
                                      ".map(function (n) { return n.id; })") == [DOC]
        browser.find_element("id", "kg-documents").click()
        assert browser.execute_script("return [kg.view.nodes.length, kg.view.edges.length]") == [18, 17]

        # double-click the head office: its own neighbours join the canvas
        head = "Enterprise:中国进出口银行"
        browser.execute_script("kg.network.focus(arguments[0], {scale: 1.0})", head)
        canvas = browser.find_element("css selector", "#kg-canvas canvas")
        ActionChains(browser).move_to_element_with_offset(canvas, *node_offset(browser, head)).double_click().perform()
        wait(browser, "return kg.pending === 0 && kg.view.nodes.length > 18")
        neighbours = browser.execute_script("return kg.network.getConnectedNodes(arguments[0])", head)
        assert len(neighbours) == len(set(neighbours)) > 1

        # the panel follows the clicks: the head office, back to the branch through its fact, then a borrower
        wait(browser, "return kg.pending === 0 && document.querySelector('#kg-entity h2').textContent === '中国进出口银行'")
        follow(browser, BANK_CQ)
        follow(browser, "宗申集团")
        # the evidence sentence with the borrower highlighted, then its document
        evidence = browser.find_element("css selector", "#kg-entity .kg-evidence")
        marks = [(m.text, m.get_attribute("class")) for m in evidence.find_elements("tag name", "mark")]
        assert marks == [("宗申集团", "")]  # the lender is not named in it (该行)
        evidence.find_element("css selector", ".kg-source a").click()
        wait(browser, "return kg.pending === 0 && !document.getElementById('kg-document').hidden")
        focus = browser.execute_script("""return Array.from(document.querySelectorAll('#kg-document-text mark.focus'))
            .map(function (m) { return m.textContent; }).join('')""")  # cut where mentions begin and end
        assert focus == ("支持传统型制造企业,助力其巩固优势、稳步发展、逐步升级,为宗申集团提供促进境内对外开放流动资金类贷款,"
                         "为隆鑫通用提供出口卖方信贷,支持摩托车整车制造转型升级及对外出口;")
        assert browser.find_element("id", "kg-document-meta").text.startswith(DOC)
        marks = browser.execute_script("return document.querySelectorAll('#kg-document-text mark').length")
        assert marks >= 40  # every evidence sentence of the page is marked (some are cut where others overlap)
        screenshot(browser, "serve_document.png")
        browser.find_element("id", "kg-document-close").click()

        # the shortest paths between two picked entities
        browser.find_element("css selector", "#kg-tabs button[data-tab=paths]").click()
        browser.find_element("id", "kg-path-from-set").click()  # 宗申集团, selected
        browser.find_element("css selector", "#kg-tabs button[data-tab=entity]").click()
        follow(browser, BANK_CQ)
        follow(browser, "重庆银保监局")
        browser.find_element("css selector", "#kg-tabs button[data-tab=paths]").click()
        browser.find_element("id", "kg-path-to-set").click()
        browser.find_element("id", "kg-path-find").click()
        wait(browser, "return kg.pending === 0 && document.querySelectorAll('#kg-path-list li').length > 0")
        assert [li.text for li in browser.find_elements("css selector", "#kg-path-list li")] == [
            f"宗申集团 — {BANK_CQ} — 重庆银保监局"]
        assert sorted(browser.execute_script("return kg.network.getSelectedNodes()")) == sorted(
            ["Enterprise:宗申集团", BANK, "Agency:重庆银保监局"])

        # bank_borrowers from its form
        browser.find_element("css selector", "#kg-tabs button[data-tab=queries]").click()
        from selenium.webdriver.support.ui import Select

        Select(browser.find_element("id", "kg-query-name")).select_by_visible_text("bank_borrowers")
        browser.find_element("css selector", "#kg-query-form input[name=bank]").send_keys(BANK_CQ)
        browser.find_element("css selector", "#kg-query-form button[type=submit]").click()
        wait(browser, "return kg.pending === 0 && document.querySelectorAll('#kg-query-result tr').length > 1")
        cells = browser.execute_script("""return Array.from(document.querySelectorAll('#kg-query-result tr'))
            .slice(1).map(function (tr) { return tr.children[0].textContent; })""")
        assert cells == [name for name, _ in BANK_CQ_BORROWERS]
        # a required parameter left empty is refused before any request
        browser.find_element("css selector", "#kg-query-form input[name=bank]").clear()
        browser.find_element("css selector", "#kg-query-form button[type=submit]").click()
        assert browser.find_element("css selector", "#kg-query-result .kg-error").text == "bank is required"

        assert console_errors(browser) == []
        # read-only Cypher: a write comes back as the CLI's error (Chromium logs the refusal's status)
        browser.find_element("css selector", "#kg-tabs button[data-tab=cypher]").click()
        browser.find_element("id", "kg-cypher-text").send_keys("MATCH (n) DETACH DELETE n")
        browser.find_element("id", "kg-cypher-run").click()
        wait(browser, "return kg.pending === 0 && !!document.querySelector('#kg-cypher-result .kg-error')")
        assert browser.find_element("css selector", "#kg-cypher-result .kg-error").text.startswith("[E310]")
        assert console_errors(browser) == [
            f"{url}/api/cypher - Failed to load resource: the server responded with a status of 403 (Forbidden)"]
        # a read whose rows hold nodes and relationships: onto the canvas
        browser.find_element("id", "kg-cypher-text").clear()
        browser.find_element("id", "kg-cypher-text").send_keys("MATCH (s:Entity)-[r:PART_OF]->(t:Entity) RETURN s, r, t")
        browser.find_element("id", "kg-cypher-run").click()
        wait(browser, "return kg.pending === 0 && document.querySelectorAll('#kg-cypher-result tr').length === 10")
        browser.find_element("partial link text", "on the canvas").click()
        part_of = sorted(f"{r.source}|PART_OF|{r.target}" for r in seed_graph.relations.values() if r.type == "PART_OF")
        assert browser.execute_script("""return kg.edges.getIds().filter(function (id) {
            return id.indexOf('|PART_OF|') > 0; }).sort()""") == part_of
        assert [li.text for li in browser.find_elements("css selector", "#kg-cypher-history li")] == [
            "MATCH (s:Entity)-[r:PART_OF]->(t:Entity) RETURN s, r, t", "MATCH (n) DETACH DELETE n"]

        # the canvas as PNG, as GraphML and as an offline page (made by the server)
        browser.find_element("id", "kg-png").click()
        assert browser.execute_script("return kg.png.slice(0, 22)") == "data:image/png;base64,"
        browser.find_element("id", "kg-graphml").click()
        wait(browser, "return kg.pending === 0 && !!kg.exported")
        exported = browser.execute_script("return kg.exported")
        assert (exported["format"], exported["type"]) == ("graphml", "application/graphml+xml")
        assert exported["bytes"] > 5_000
        screenshot(browser, "serve_query.png")

        assert console_errors(browser) == []
        urls = requested_urls(browser)
        assert urls and all(u.startswith((url + "/", "data:")) for u in urls), urls


def test_hostile_names_and_sentences_stay_text(browser: Any, store: GraphStore) -> None:
    if store.name != "embedded":
        pytest.skip("one store is enough for the page")
    store.load(hostile_graph())
    with running(store) as url:
        open_explorer(browser, url)
        search_and_start(browser, "img")
        assert browser.find_element("css selector", "#kg-entity h2").text == HOSTILE_NAME
        assert browser.find_element("css selector", "#kg-entity .kg-evidence").text.startswith(HOSTILE_SENTENCE)
        browser.find_element("xpath", "//p[starts-with(., 'documents:')]/a[text()='d1']").click()
        wait(browser, "return kg.pending === 0 && !document.getElementById('kg-document').hidden")
        assert browser.find_element("id", "kg-document-title").text == "<b>标题</b>"
        assert browser.find_element("css selector", "#kg-document-text .kg-error").text == (
            "[E120] document 'd1' names no source file\nfix: load it from a file")
        assert browser.execute_script("return [document.querySelectorAll('img, svg, b, i').length, window.pwned]") == [0, None]
        assert console_errors(browser) == []


def test_with_a_token_the_page_works_and_nothing_else_gets_in(browser: Any, store: GraphStore) -> None:
    if store.name != "embedded":
        pytest.skip("one store is enough for the token")
    store.load(hostile_graph())
    with running(store, token="s3cret") as url:
        browser.get(url + "/api/search?q=img")
        assert '"message":"this server needs its token"' in browser.find_element("tag name", "body").text
        browser.get(url + "/?token=s3cret")  # once: the page keeps the token in a cookie
        wait(browser, "return !!(window.kg && kg.ready)")
        console_errors(browser)  # the refusals above (the API, its favicon) are logged as failed loads
        search_and_start(browser, "img")
        assert browser.find_element("css selector", "#kg-entity h2").text == HOSTILE_NAME
        assert browser.execute_script("return kg.view.nodes.getIds().sort()") == sorted(
            [f"Enterprise:{HOSTILE_NAME}", "Enterprise:银行"])
        browser.find_element("link text", "pin / unpin").click()
        assert browser.execute_script("return kg.nodes.get(arguments[0]).fixed", f"Enterprise:{HOSTILE_NAME}") is True
        browser.find_element("link text", "collapse").click()  # the bank hangs on it alone: it goes
        assert browser.execute_script("return kg.view.nodes.getIds()") == [f"Enterprise:{HOSTILE_NAME}"]
        assert console_errors(browser) == []
        assert browser.execute_script("return document.cookie") == ""  # HttpOnly: no script reads it
