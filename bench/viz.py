"""How fast a large `kg viz` page is written and drawn: 5,000 nodes / 20,000 edges by default.

The graph is bench/load.py's synthetic one (20 documents, entities each
mentioned once, relations with one evidence sentence each), sized so that the
page has exactly the asked number of nodes and edges, documents and MENTIONS
included. Prints: seconds to write the HTML (median of --runs; target <= 2 s),
its size, then in headless Chromium the time until the network is first
drawn, the time of one frame while panning, and of highlighting a node's
neighbourhood. Asserts nothing.

    python bench/viz.py [--nodes 5000] [--edges 20000] [--runs 3] [--keep out/bench-viz.html]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any


from load import DOCUMENTS, synthetic_graph
from policy_kg.graph import Graph
from tests.chromium import chromium, console_errors, find_chromium, open_page
from policy_kg.viz import render

PANS = 10


def write_times(graph: Graph, path: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render(graph, path, title="bench")
        times.append(time.perf_counter() - start)
    return times


def browser_times(path: Path) -> dict[str, float]:
    """Milliseconds: page navigation to first drawing (page clock), wall clock, one pan redraw."""
    with chromium() as driver:
        start = time.perf_counter()
        open_page(driver, path, timeout=300)
        wall = (time.perf_counter() - start) * 1000
        driver.set_script_timeout(300)
        drawn = driver.execute_script("return kg.drawnAt")
        counts = driver.execute_script("return [kg.nodes.length, kg.edges.length]")
        redraw = _median_redraw(driver, dragging=False)
        drag = _median_redraw(driver, dragging=True)
        highlight = driver.execute_script("""
            var ids = kg.nodes.getIds(), times = [];
            [ids[100], ids[200]].forEach(function (id) {
                var t = performance.now();
                kg.focus(id);  // what a search hit or a click does: select, centre, highlight the neighbours
                times.push(performance.now() - t);
            });
            return times;""")
        errors = console_errors(driver)
    return {"drawn": drawn, "wall": wall, "redraw": redraw, "drag": drag, "first_highlight": highlight[0],
            "next_highlight": highlight[1], "nodes": counts[0], "edges": counts[1],
            "errors": len(errors)}


def _median_redraw(driver: Any, dragging: bool) -> float:
    """Median ms of one frame while panning."""
    times = sorted(pan_frames(driver, dragging))
    return times[len(times) // 2]


def pan_frames(driver: Any, dragging: bool, pans: int = PANS) -> list[float]:
    """Milliseconds of each frame while panning ``window.kg.network``; a drag hides the edges
    (hideEdgesOnDrag), as a user's drag does (bench/serve_canvas.py pans the explorer the same way)."""
    return driver.execute_script("""
        var net = kg.network, start = net.getViewPosition(), times = [];
        net.renderer.dragging = arguments[1];  // vis-network's own drag flag
        for (var i = 0; i < arguments[0]; i++) {
            var t = performance.now();
            net.moveTo({position: {x: start.x + 40 * (i + 1), y: start.y}});
            net.redraw();
            times.push(performance.now() - t);
        }
        net.renderer.dragging = false;
        return times;""", pans, dragging)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="Write the page here and keep it.")
    args = parser.parse_args(argv)
    entities = args.nodes - DOCUMENTS  # each entity adds one MENTIONS edge
    graph = synthetic_graph(entities, args.edges - entities)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench-viz.html"
        times = write_times(graph, path, args.runs)
        size = path.stat().st_size / 1e6
        print(f"graph: {len(graph.documents) + len(graph.entities)} nodes, "
              f"{len(graph.entities) + len(graph.relations)} edges")
        print(f"write html: median {statistics.median(times):.2f} s over {args.runs} runs "
              f"(min {min(times):.2f}, max {max(times):.2f}; target <= 2 s), {size:.1f} MB")
        if find_chromium() is None:
            print("chromium: skipped (apt-get install chromium chromium-driver)")
            return
        b = browser_times(path)
        print(f"chromium: {b['nodes']} nodes, {b['edges']} edges in the page; first drawn {b['drawn'] / 1000:.2f} s "
              f"after navigation ({b['wall'] / 1000:.2f} s wall clock incl. waiting); "
              f"one frame while panning: {b['drag']:.0f} ms dragging (edges hidden), {b['redraw']:.0f} ms with all "
              f"edges; highlighting a neighbourhood: {b['first_highlight']:.0f} ms the first time, "
              f"{b['next_highlight']:.0f} ms the next; console errors: {b['errors']}")


if __name__ == "__main__":
    main()
