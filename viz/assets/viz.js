// Search, filters, legend and neighbourhood highlight of a `kg viz` page.
// Names come from documents: they are only ever written with textContent.
(function () {
  "use strict";
  var DIM_NODE = "rgba(200,200,200,0.35)";
  var DIM_EDGE = "rgba(200,200,200,0.25)";
  var MAX_MATCHES = 20;

  function readJSON(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  var nodes = new vis.DataSet(readJSON("kg-nodes"));
  var edges = new vis.DataSet(readJSON("kg-edges"));
  var legend = readJSON("kg-legend");
  var hiddenLabels = new Set();
  var hiddenTypes = new Set();
  var labelOf = {};
  nodes.forEach(function (n) { labelOf[n.id] = n.kg_label; });
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !hiddenLabels.has(n.kg_label); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) {
    return !hiddenTypes.has(e.kg_type) && !hiddenLabels.has(labelOf[e.from]) && !hiddenLabels.has(labelOf[e.to]);
  } });
  var baseNodeColour = {};
  nodes.forEach(function (n) { baseNodeColour[n.id] = n.color; });
  var baseEdgeColour = {};
  edges.forEach(function (e) { baseEdgeColour[e.id] = e.color; });

  var options = readJSON("kg-options");
  var network = new vis.Network(document.getElementById("kg-network"), { nodes: nodeView, edges: edgeView }, options);
  var highlighted = null;
  var kg = { nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView, network: network,
             drawnAt: null, focus: focusNode };
  window.kg = kg;
  // Physics lays a small graph out, then stops: a view that keeps drifting is hard to read (and to click).
  // kg.settled: the layout no longer moves (screenshots and tests wait for it).
  if (options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      kg.settled = true;
    });
  } else {
    kg.settled = true;
  }
  network.once("afterDrawing", function () {
    kg.drawnAt = performance.now();
    document.body.setAttribute("data-drawn", "1");
  });

  // ------------------------------------------------------------ highlight
  // Each node and edge has a look: "base", "near" (edge of the highlighted node) or "dim". Only items whose
  // look changes are updated: on 20,000 edges a full update takes seconds, a change of highlight much less.
  var nodeLook = {};
  var edgeLook = {};
  var EDGE_LOOKS = {
    near: function () { return { color: "#444444", width: 1.5 }; },
    dim: function () { return { color: DIM_EDGE, width: 1 }; },
    base: function (id) { return { color: baseEdgeColour[id], width: 1 }; }
  };

  function paint(nearNodes, nearEdges) {
    var nodeChanges = [];
    var edgeChanges = [];
    nodes.forEach(function (n) {
      var look = !nearNodes || nearNodes.has(n.id) ? "base" : "dim";
      if ((nodeLook[n.id] || "base") !== look) {
        nodeLook[n.id] = look;
        nodeChanges.push({ id: n.id, color: look === "dim" ? DIM_NODE : baseNodeColour[n.id] });
      }
    });
    edges.forEach(function (e) {
      var look = !nearEdges ? "base" : nearEdges.has(e.id) ? "near" : "dim";
      if ((edgeLook[e.id] || "base") !== look) {
        edgeLook[e.id] = look;
        edgeChanges.push(Object.assign({ id: e.id }, EDGE_LOOKS[look](e.id)));
      }
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
  }

  function highlight(id) {
    var near = new Set(network.getConnectedNodes(id));
    near.add(id);
    paint(near, new Set(network.getConnectedEdges(id)));
    highlighted = id;
  }

  function clearHighlight() {
    if (highlighted === null) return;
    paint(null, null);
    highlighted = null;
  }

  network.on("click", function (params) {
    if (params.nodes.length > 0) {
      highlight(params.nodes[0]);
      showStatus("selected: " + nodes.get(params.nodes[0]).name);
    } else if (params.edges.length === 0) {
      clearHighlight();
      showStatus();
    }
  });

  // --------------------------------------------------------------- search
  var search = document.getElementById("kg-search");
  var list = document.getElementById("kg-matches");

  function matches(text) {
    var q = text.trim().toLowerCase();
    if (!q) return [];
    function hits(s) { return s.toLowerCase().indexOf(q) >= 0; }
    function exact(n) { return n.name.toLowerCase() === q || n.aliases.some(function (a) { return a.toLowerCase() === q; }); }
    var found = nodes.get({ filter: function (n) { return hits(n.name) || n.aliases.some(hits); } });
    found.sort(function (a, b) {
      return (exact(b) - exact(a)) || (a.name.length - b.name.length) || (a.name < b.name ? -1 : 1);
    });
    return found.slice(0, MAX_MATCHES);
  }

  function showMatches() {
    list.textContent = "";
    matches(search.value).forEach(function (n, i) {
      var item = document.createElement("li");
      item.setAttribute("role", "option");
      item.setAttribute("data-id", n.id);
      if (i === 0) item.className = "active";
      item.textContent = n.name;
      var kind = document.createElement("span");
      kind.className = "kg-kind";
      kind.textContent = n.kg_label;
      item.appendChild(kind);
      item.addEventListener("mousedown", function (event) {
        event.preventDefault();
        focusNode(n.id);
      });
      list.appendChild(item);
    });
  }

  function focusNode(id) {
    var node = nodes.get(id);
    if (!node) return false;
    if (hiddenLabels.has(node.kg_label)) setLabelShown(node.kg_label, true);
    list.textContent = "";
    network.selectNodes([id]);
    network.focus(id, { scale: 1.5, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    highlight(id);
    showStatus("selected: " + node.name);
    return true;
  }

  search.addEventListener("input", showMatches);
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var first = list.querySelector("li");
      if (first) focusNode(first.getAttribute("data-id"));
    } else if (event.key === "Escape") {
      list.textContent = "";
    }
  });
  search.addEventListener("blur", function () { list.textContent = ""; });

  // ------------------------------------------------------ legend, filters
  function countBy(dataSet, field) {
    var counts = {};
    dataSet.forEach(function (item) { counts[item[field]] = (counts[item[field]] || 0) + 1; });
    return counts;
  }

  function checkbox(container, key, text, count, symbol, onChange) {
    var row = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-key", key);
    box.addEventListener("change", function () { onChange(key, box.checked); });
    row.appendChild(box);
    if (symbol) {
      var mark = document.createElement("span");
      mark.className = "kg-symbol";
      mark.style.color = symbol.color;
      mark.textContent = symbol.symbol;
      row.appendChild(mark);
    }
    row.appendChild(document.createTextNode(text));
    var n = document.createElement("span");
    n.className = "kg-count";
    n.textContent = String(count);
    row.appendChild(n);
    container.appendChild(row);
  }

  function setLabelShown(label, shown) {
    if (shown) hiddenLabels.delete(label); else hiddenLabels.add(label);
    var box = document.querySelector('#kg-labels input[data-key="' + label + '"]');
    if (box) box.checked = shown;
    nodeView.refresh();
    edgeView.refresh();
    showStatus();
  }

  function setTypeShown(type, shown) {
    if (shown) hiddenTypes.delete(type); else hiddenTypes.add(type);
    edgeView.refresh();
    showStatus();
  }

  var labelCounts = countBy(nodes, "kg_label");
  legend.forEach(function (entry) {
    if (labelCounts[entry.label]) {
      checkbox(document.getElementById("kg-labels"), entry.label, entry.label, labelCounts[entry.label], entry, setLabelShown);
    }
  });
  var typeCounts = countBy(edges, "kg_type");
  Object.keys(typeCounts).sort().forEach(function (type) {
    checkbox(document.getElementById("kg-types"), type, type, typeCounts[type], null, setTypeShown);
  });

  document.getElementById("kg-reset").addEventListener("click", function () {
    search.value = "";
    list.textContent = "";
    document.querySelectorAll("#kg-panel input[type=checkbox]").forEach(function (box) { box.checked = true; });
    hiddenLabels.clear();
    hiddenTypes.clear();
    nodeView.refresh();
    edgeView.refresh();
    clearHighlight();
    network.unselectAll();
    network.fit();
    showStatus();
  });

  function showStatus(text) {
    var counts = nodeView.length + " of " + nodes.length + " nodes, " + edgeView.length + " of " + edges.length + " edges";
    document.getElementById("kg-status").textContent = text ? counts + " · " + text : counts;
  }
  showStatus();
})();
