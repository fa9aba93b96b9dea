/* The explorer of `kg serve`: a vis-network canvas fed by the JSON API of the same server.
 * Every text from the store reaches the page through textContent (never as HTML). */
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };
  // The page's state; window.kg lets the browser tests (and a curious user's console) read it.
  var kg = window.kg = {
    nodes: new vis.DataSet(), edges: new vis.DataSet(), schema: null, selected: null,
    pending: 0, ready: false, more: null, pathEnds: {from: null, to: null}
  };
  var SEARCH_DELAY_MS = 150;
  var EXPAND_LIMIT = 100;

  // ------------------------------------------------------------------ API
  function api(path, body) {
    kg.pending += 1;
    var init = body === undefined ? {} : {method: "POST", headers: {"Content-Type": "application/json"},
                                          body: JSON.stringify(body)};
    return fetch(path, init).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) { throw data.error || {message: response.statusText}; }
        return data;
      });
    }).finally(function () { kg.pending -= 1; });
  }

  function errorText(error) {
    var code = error.code ? "[" + error.code + "] " : "";
    return code + (error.message || String(error)) + (error.hint ? "\nfix: " + error.hint : "");
  }

  function status(text) { $("kg-status").textContent = text; }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function link(text, action) {
    var a = el("a", text);
    a.href = "#";
    a.addEventListener("click", function (event) { event.preventDefault(); action(); });
    return a;
  }

  // --------------------------------------------------------------- canvas
  function showDocuments() { return $("kg-documents").checked; }

  function visNode(node) {
    var style = kg.schema.styles[node.label] || {colour: "#999", shape: "dot"};
    var name = node.name.length > 24 ? node.name.slice(0, 23) + "…" : node.name;
    var lines = [node.name, node.label + (node.kind ? " · " + node.kind : "")];
    if (node.aliases && node.aliases.length) { lines.push("aliases: " + node.aliases.join(", ")); }
    return {id: node.id, label: name, title: lines.join("\n"), color: style.colour, shape: style.shape,
            kg: node};
  }

  function visEdge(edge) {
    var colour = kg.schema.edge_colours[edge.type] || kg.schema.edge_colours["default"];
    return {id: edge.id, from: edge.from, to: edge.to, label: edge.type, title: edge.type, arrows: "to",
            color: colour, kg_type: edge.type};
  }

  function addGraph(graph) {
    kg.nodes.update(graph.nodes.filter(function (n) { return !kg.nodes.get(n.id); }).map(visNode));
    kg.edges.update(graph.edges.map(visEdge));
    describeCanvas();
  }

  function describeCanvas() {
    var shown = kg.view.nodes.length, edges = kg.view.edges.length;
    status(shown + " nodes, " + edges + " relationships" + (kg.selected ? " · selected: " + nodeName(kg.selected) : ""));
  }

  function nodeName(id) { var n = kg.nodes.get(id); return n ? n.kg.name : id; }

  function expand(id, limit) {
    var types = showDocuments() ? "&types=" + kg.schema.types.join(",") : "";
    limit = limit || EXPAND_LIMIT;
    return api("/api/neighbourhood?id=" + encodeURIComponent(id) + "&limit=" + limit + types).then(function (graph) {
      addGraph(graph);
      kg.more = graph.more && limit < kg.schema.max_rows ? {id: id, limit: Math.min(limit * 2, kg.schema.max_rows)} : null;
      $("kg-more").hidden = !kg.more;
      if (graph.more) { status($("kg-status").textContent + " · more neighbours of " + nodeName(id) + " not shown"); }
    }).catch(function (error) { status(errorText(error)); });
  }

  function start(node) {
    addGraph({nodes: [node], edges: []});
    return expand(node.id).then(function () {
      select(node.id);
      kg.network.fit({animation: false});
    });
  }

  function select(id) {
    kg.selected = id;
    kg.network.selectNodes([id]);
    describeCanvas();
    var node = kg.nodes.get(id);
    if (node && node.kg.label === "Document") { return openDocument(id); }
    return showEntity(id);
  }

  function collapse(id) {
    // the neighbours that hang on this node alone go; the rest of the canvas stays
    var gone = kg.network.getConnectedNodes(id).filter(function (other) {
      return kg.network.getConnectedNodes(other).length === 1;
    });
    kg.edges.remove(kg.edges.get({filter: function (e) { return gone.indexOf(e.from) >= 0 || gone.indexOf(e.to) >= 0; }}));
    kg.nodes.remove(gone);
    describeCanvas();
  }

  function pin(id) {
    var node = kg.nodes.get(id);
    var position = kg.network.getPositions([id])[id];
    kg.nodes.update({id: id, fixed: !node.fixed, x: position.x, y: position.y, borderWidth: node.fixed ? 1 : 3});
  }

  function exportPng() {
    var source = document.querySelector("#kg-canvas canvas");
    var copy = document.createElement("canvas");
    copy.width = source.width;
    copy.height = source.height;
    var context = copy.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, copy.width, copy.height);
    context.drawImage(source, 0, 0);
    var a = document.createElement("a");
    a.download = "policy-kg.png";
    a.href = copy.toDataURL("image/png");
    kg.png = a.href;
    a.click();
  }

  // The nodes on the canvas (those shown) as one offline HTML page or GraphML, made by the server.
  function exportFile(format) {
    var ids = kg.view.nodes.getIds();
    if (!ids.length) { return status("nothing on the canvas to export"); }
    kg.pending += 1;
    return fetch("/api/export", {method: "POST", headers: {"Content-Type": "application/json"},
                                 body: JSON.stringify({format: format, nodes: ids})})
      .then(function (response) {
        if (!response.ok) { return response.json().then(function (data) { throw data.error; }); }
        return response.blob();
      }).then(function (blob) {
        var a = document.createElement("a");
        a.download = "policy-kg." + format;
        a.href = URL.createObjectURL(blob);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
        kg.exported = {format: format, bytes: blob.size, type: blob.type};
      }).catch(function (error) { status(errorText(error)); })
      .finally(function () { kg.pending -= 1; });
  }

  // --------------------------------------------------------------- search
  var searchTimer = null, suggestions = [], active = -1;

  function suggest() {
    var text = $("kg-search").value.trim(), label = $("kg-label").value;
    if (!text) { return renderSuggestions([]); }
    var query = "/api/search?q=" + encodeURIComponent(text) + (label ? "&label=" + encodeURIComponent(label) : "");
    return api(query).then(function (found) {
      if ($("kg-search").value.trim() === text) { renderSuggestions(found); }
    }).catch(function (error) { status(errorText(error)); });
  }

  function renderSuggestions(found) {
    suggestions = found;
    active = found.length ? 0 : -1;
    var list = $("kg-suggestions");
    list.textContent = "";
    found.forEach(function (node, i) {
      var li = el("li");
      li.dataset.id = node.id;
      var name = el("span", node.name);
      var aka = node.aliases.filter(function (a) { return a.indexOf($("kg-search").value.trim()) >= 0; });
      if (aka.length) { name.appendChild(el("span", " (" + aka.join(", ") + ")", "kg-aka")); }
      var badge = el("span", node.label, "kg-badge");
      badge.style.background = (kg.schema.styles[node.label] || {colour: "#999"}).colour;
      li.appendChild(name);
      li.appendChild(badge);
      li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
      list.appendChild(li);
    });
    highlightSuggestion();
  }

  function highlightSuggestion() {
    Array.prototype.forEach.call($("kg-suggestions").children, function (li, i) {
      li.classList.toggle("active", i === active);
    });
  }

  function choose(i) {
    var node = suggestions[i];
    renderSuggestions([]);
    $("kg-search").value = node.name;
    return start(node);
  }

  // ----------------------------------------------------------- side panel
  function showTab(name) {
    Array.prototype.forEach.call(document.querySelectorAll("#kg-tabs button"), function (b) {
      b.classList.toggle("active", b.dataset.tab === name);
    });
    Array.prototype.forEach.call(document.querySelectorAll(".kg-tab"), function (s) {
      s.hidden = s.id !== "kg-tab-" + name;
    });
  }

  function properties(values) {
    var dl = el("dl", null, "kg-props");
    Object.keys(values).forEach(function (key) {
      var value = values[key];
      dl.appendChild(el("dt", key));
      dl.appendChild(el("dd", typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)));
    });
    return dl;
  }

  // The sentence as text nodes: each occurrence of the entity's names in a <mark>, of the other end's name
  // in a <mark class="kg-other">.
  function highlighted(sentence, names, otherName) {
    var p = el("span"), at = 0;
    var marks = names.filter(Boolean).map(function (n) { return [n, ""]; }).concat([[otherName, "kg-other"]])
      .sort(function (a, b) { return b[0].length - a[0].length; });
    while (at < sentence.length) {
      var best = -1, found = null;
      marks.forEach(function (mark) {
        var i = sentence.indexOf(mark[0], at);
        if (i >= 0 && (best < 0 || i < best)) { best = i; found = mark; }
      });
      if (best < 0) { break; }
      p.appendChild(document.createTextNode(sentence.slice(at, best)));
      p.appendChild(el("mark", found[0], found[1]));
      at = best + found[0].length;
    }
    p.appendChild(document.createTextNode(sentence.slice(at)));
    return p;
  }

  function showEntity(id) {
    showTab("entity");
    return api("/api/entities/" + encodeURIComponent(id)).then(function (entity) {
      var box = $("kg-entity");
      box.textContent = "";
      box.dataset.id = entity.id;
      box.appendChild(el("h2", entity.name));
      var badge = el("span", entity.label + (entity.kind ? " · " + entity.kind : ""), "kg-badge");
      badge.style.background = kg.schema.styles[entity.label].colour;
      box.appendChild(badge);
      var actions = el("p");
      actions.appendChild(link("expand", function () { expand(entity.id); }));
      actions.appendChild(document.createTextNode(" · "));
      actions.appendChild(link("collapse", function () { collapse(entity.id); }));
      actions.appendChild(document.createTextNode(" · "));
      actions.appendChild(link("pin / unpin", function () { pin(entity.id); }));
      // kg report --entity, as one offline page or a Word file (downloaded: the report carries its own view)
      ["html", "docx"].forEach(function (format) {
        actions.appendChild(document.createTextNode(" · "));
        var report = el("a", "report (" + (format === "html" ? "HTML" : "Word") + ")", "kg-report");
        report.href = "/api/report?id=" + encodeURIComponent(entity.id) + "&format=" + format;
        report.setAttribute("download", "");
        actions.appendChild(report);
      });
      box.appendChild(actions);
      var own = {id: entity.id};
      if (entity.aliases.length) { own.aliases = entity.aliases.join(", "); }
      Object.keys(entity.properties).forEach(function (k) { own[k] = entity.properties[k]; });
      box.appendChild(properties(own));
      if (entity.documents.length) {
        var docs = el("p", "documents: ", "kg-help");
        entity.documents.forEach(function (doc, i) {
          if (i) { docs.appendChild(document.createTextNode(", ")); }
          docs.appendChild(link(doc, function () { openDocument(doc); }));
        });
        box.appendChild(docs);
      }
      if (entity.more) { box.appendChild(el("p", "Only the first " + kg.schema.max_rows + " relationships are listed.", "kg-help")); }
      var names = [entity.name].concat(entity.aliases);
      Object.keys(entity.relationships).forEach(function (type) {
        var facts = entity.relationships[type];
        box.appendChild(el("h3", type + " (" + facts.length + ")"));
        facts.forEach(function (fact) { box.appendChild(factBlock(fact, names)); });
      });
    }).catch(function (error) { $("kg-entity").textContent = errorText(error); });
  }

  function factBlock(fact, names) {
    var div = el("div", null, "kg-fact");
    div.appendChild(document.createTextNode(fact.direction === "out" ? "→ " : "← "));
    div.appendChild(link(fact.other.name, function () {
      var known = kg.nodes.get(fact.other.id);
      if (!known) { addGraph({nodes: [{id: fact.other.id, label: fact.other.label, name: fact.other.name, aliases: []}], edges: []}); }
      select(fact.other.id);
    }));
    div.appendChild(el("span", " " + fact.other.label, "kg-help"));
    if (Object.keys(fact.properties).length) { div.appendChild(properties(fact.properties)); }
    fact.evidence.forEach(function (ev) {
      var p = el("p", null, "kg-evidence");
      p.appendChild(highlighted(ev.sentence, names, fact.other.name));
      var source = el("span", " — ", "kg-source");
      source.appendChild(link("《" + ev.title + "》", function () { openDocument(ev.document, ev.start, ev.end); }));
      p.appendChild(source);
      div.appendChild(p);
    });
    return div;
  }

  // -------------------------------------------------------- document view
  function openDocument(id, focusStart, focusEnd) {
    return api("/api/documents/" + encodeURIComponent(id)).then(function (doc) {
      $("kg-document-title").textContent = doc.title;
      $("kg-document-meta").textContent = [doc.id, doc.published, doc.properties.source].filter(Boolean).join(" · ");
      var article = $("kg-document-text");
      article.textContent = "";
      if (doc.text === null) {
        article.appendChild(el("p", errorText(doc.text_error), "kg-error"));
      } else {
        renderSpans(article, doc.text, doc.spans, focusStart, focusEnd);
      }
      $("kg-document").hidden = false;
      var focus = article.querySelector("mark.focus");
      if (focus) { focus.scrollIntoView({block: "center"}); }
    }).catch(function (error) { status(errorText(error)); });
  }

  // The text cut at every span boundary; a piece inside an evidence sentence is a clickable <mark>.
  function renderSpans(article, text, spans, focusStart, focusEnd) {
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.filter(function (c, i, all) { return c >= 0 && c <= text.length && all.indexOf(c) === i; })
               .sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var over = spans.filter(function (s) { return s.start <= a && b <= s.end; });
      var facts = over.filter(function (s) { return s.kind === "evidence"; });
      var piece = text.slice(a, b), node;
      if (facts.length) {
        node = el("mark", piece);
        node.title = facts.map(function (s) { return nodeLabel(s.source) + " " + s.type + " " + nodeLabel(s.target); })
                          .filter(function (t, j, all) { return all.indexOf(t) === j; }).join("\n");
        node.dataset.source = facts[0].source;
        if (focusStart !== undefined && facts.some(function (s) { return s.start === focusStart && s.end === focusEnd; })) {
          node.classList.add("focus");
        }
        node.addEventListener("click", evidenceClicked);
      } else if (over.length) {
        node = el("span", piece, "mention");
      } else {
        node = document.createTextNode(piece);
      }
      article.appendChild(node);
    }
  }

  function nodeLabel(id) { return id ? id.slice(id.indexOf(":") + 1) : ""; }

  function evidenceClicked(event) {
    var id = event.currentTarget.dataset.source;
    $("kg-document").hidden = true;
    if (!kg.nodes.get(id)) {
      addGraph({nodes: [{id: id, label: id.slice(0, id.indexOf(":")), name: nodeLabel(id), aliases: []}], edges: []});
    }
    select(id);
  }

  // --------------------------------------------------------------- paths
  function setPathEnd(which) {
    if (!kg.selected) { return status("select an entity on the canvas first"); }
    kg.pathEnds[which] = kg.selected;
    $("kg-path-" + which).textContent = nodeName(kg.selected);
  }

  function findPaths() {
    var ends = kg.pathEnds;
    if (!ends.from || !ends.to) { return status("pick both ends first"); }
    return api("/api/paths?from=" + encodeURIComponent(ends.from) + "&to=" + encodeURIComponent(ends.to)).then(function (found) {
      addGraph(found);
      var list = $("kg-path-list");
      list.textContent = "";
      found.paths.forEach(function (path) { list.appendChild(el("li", path.map(nodeName).join(" — "))); });
      if (!found.paths.length) { list.appendChild(el("li", "no path of up to 4 steps")); }
      kg.network.selectNodes(found.nodes.map(function (n) { return n.id; }));
    }).catch(function (error) { $("kg-path-list").textContent = errorText(error); });
  }

  // -------------------------------------------------------------- queries
  function loadQueries() {
    return api("/api/queries").then(function (saved) {
      kg.queries = saved;
      var select = $("kg-query-name");
      saved.forEach(function (q) { select.appendChild(el("option", q.name)); });
      buildForm();
    });
  }

  function buildForm() {
    var query = kg.queries.filter(function (q) { return q.name === $("kg-query-name").value; })[0];
    $("kg-query-description").textContent = query.description;
    var form = $("kg-query-form");
    form.textContent = "";
    form.noValidate = true;  // formParams checks, and says what is wrong in the panel
    query.params.forEach(function (param) {
      var label = el("label", param.name + " (" + param.type + (param.required ? ", required" : "") + ")");
      var input = el("input");
      input.name = param.name;
      input.dataset.type = param.type;
      if (param.type === "bool") {
        input.type = "checkbox";
        input.checked = param["default"] === true;
      } else {
        input.type = param.type === "int" || param.type === "float" ? "number" : "text";
        if (param.type === "float") { input.step = "any"; }
        if (param.type === "int") { input.step = "1"; input.min = "0"; }
        input.required = param.required;
        var shown = param.required ? null : param["default"];
        if (shown !== null && shown !== undefined) { input.value = param.type === "list" ? JSON.stringify(shown) : shown; }
        if (param.example !== null) { input.placeholder = "e.g. " + JSON.stringify(param.example); }
      }
      label.appendChild(input);
      form.appendChild(label);
    });
    var run = el("button", "Run");
    run.type = "submit";
    form.appendChild(run);
  }

  // A form's values in the types the query declares; a message for the first that is not.
  function formParams(form) {
    var params = {};
    Array.prototype.forEach.call(form.querySelectorAll("input"), function (input) {
      var type = input.dataset.type, text = input.value.trim();
      if (type === "bool") { params[input.name] = input.checked; return; }
      if (text === "") {
        if (input.required) { throw {message: input.name + " is required"}; }
        return;
      }
      if (type === "int") {
        if (!/^\d+$/.test(text)) { throw {message: input.name + " must be a whole number, got " + text}; }
        params[input.name] = parseInt(text, 10);
      } else if (type === "float") {
        if (isNaN(Number(text))) { throw {message: input.name + " must be a number, got " + text}; }
        params[input.name] = Number(text);
      } else if (type === "list") {
        params[input.name] = text.charAt(0) === "[" ? JSON.parse(text)
          : text.split(",").map(function (t) { return t.trim(); }).filter(Boolean);
      } else {
        params[input.name] = text;
      }
    });
    return params;
  }

  function runQuery(event) {
    event.preventDefault();
    var out = $("kg-query-result"), params;
    try { params = formParams($("kg-query-form")); } catch (error) {
      out.textContent = "";
      return out.appendChild(el("p", errorText(error), "kg-error"));
    }
    return api("/api/queries/" + encodeURIComponent($("kg-query-name").value), params).then(function (result) {
      showRows(out, result);
    }).catch(function (error) { out.textContent = ""; out.appendChild(el("p", errorText(error), "kg-error")); });
  }

  function cell(value) {
    if (value === null || value === undefined) { return ""; }
    if (Array.isArray(value)) { return value.map(cell).join(", "); }
    if (typeof value === "object") { return value.name || value.title || value.type || JSON.stringify(value); }
    return String(value);
  }

  // Nodes (dicts with id and label) anywhere in the rows, and an edge wherever a row holds one
  // relationship between two nodes (neighbourhood's source, relationship, target).
  function rowsGraph(rows) {
    var nodes = {}, edges = [];
    function visit(value, found) {
      if (Array.isArray(value)) { value.forEach(function (v) { visit(v, found); }); return; }
      if (value && typeof value === "object") {
        if (value.id && value.label) { nodes[value.id] = value; found.nodes.push(value); }
        else if (value.type) { found.rels.push(value); }
      }
    }
    rows.forEach(function (row) {
      var found = {nodes: [], rels: []};
      Object.keys(row).forEach(function (k) { visit(row[k], found); });
      if (found.nodes.length === 2 && found.rels.length === 1) {
        var a = found.nodes[0].id, b = found.nodes[1].id, type = found.rels[0].type;
        edges.push({id: a + "|" + type + "|" + b, from: a, to: b, type: type});
      }
    });
    return {nodes: Object.keys(nodes).map(function (id) {
      var n = nodes[id];
      return {id: id, label: n.label, name: n.name || n.title || id, kind: n.kind, aliases: n.aliases || []};
    }), edges: edges};
  }

  function showRows(out, result) {
    out.textContent = "";
    out.appendChild(el("p", result.rows.length + " rows" + (result.more ? " (more not shown)" : ""), "kg-help"));
    var graph = rowsGraph(result.rows);
    if (graph.nodes.length) {
      out.appendChild(link("show " + graph.nodes.length + " nodes on the canvas", function () { addGraph(graph); kg.network.fit(); }));
    }
    if (!result.rows.length) { return; }
    var table = el("table", null, "kg-rows"), head = el("tr");
    result.columns.forEach(function (c) { head.appendChild(el("th", c)); });
    table.appendChild(head);
    result.rows.forEach(function (row) {
      var tr = el("tr");
      result.columns.forEach(function (c) { tr.appendChild(el("td", cell(row[c]))); });
      table.appendChild(tr);
    });
    out.appendChild(table);
  }

  // --------------------------------------------------------------- cypher
  var history = [];

  function runCypher() {
    var text = $("kg-cypher-text").value.trim(), out = $("kg-cypher-result");
    if (!text) { return; }
    if (history[0] !== text) {
      history.unshift(text);
      var li = el("li", text);
      li.addEventListener("click", function () { $("kg-cypher-text").value = text; });
      $("kg-cypher-history").insertBefore(li, $("kg-cypher-history").firstChild);
    }
    return api("/api/cypher", {query: text}).then(function (result) { showRows(out, result); })
      .catch(function (error) { out.textContent = ""; out.appendChild(el("p", errorText(error), "kg-error")); });
  }

  // ---------------------------------------------------------------- start
  function init(schema) {
    kg.schema = schema;
    schema.labels.forEach(function (label) { $("kg-label").appendChild(el("option", label)); });
    var visible = function (item) { return showDocuments() || (item.kg ? item.kg.label !== "Document" : item.kg_type !== "MENTIONS"); };
    kg.view = {nodes: new vis.DataView(kg.nodes, {filter: visible}), edges: new vis.DataView(kg.edges, {filter: visible})};
    kg.network = new vis.Network($("kg-canvas"), kg.view, {
      nodes: {font: {size: 14, face: getComputedStyle(document.body).fontFamily}, borderWidth: 1},
      edges: {font: {size: 10, color: "#555", strokeWidth: 3, align: "middle"}, arrows: {to: {scaleFactor: 0.5}},
              smooth: {type: "continuous"}},
      physics: {solver: "forceAtlas2Based", forceAtlas2Based: {gravitationalConstant: -80, springLength: 120},
                stabilization: {iterations: 200}},
      interaction: {hover: true, tooltipDelay: 150},
      layout: {randomSeed: 7}
    });
    kg.network.on("click", function (p) { if (p.nodes.length) { select(p.nodes[0]); } });
    kg.network.on("doubleClick", function (p) { if (p.nodes.length) { expand(p.nodes[0]); } });

    $("kg-search").addEventListener("input", function () {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(suggest, SEARCH_DELAY_MS);
    });
    $("kg-search").addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        active = Math.max(0, Math.min(suggestions.length - 1, active + (event.key === "ArrowDown" ? 1 : -1)));
        highlightSuggestion();
      } else if (event.key === "Enter" && active >= 0) {
        choose(active);
      } else if (event.key === "Escape") {
        renderSuggestions([]);
      }
    });
    $("kg-search").addEventListener("blur", function () { renderSuggestions([]); });
    $("kg-label").addEventListener("change", suggest);
    $("kg-documents").addEventListener("change", function () {
      kg.view.nodes.refresh();
      kg.view.edges.refresh();
      describeCanvas();
      if (showDocuments() && kg.selected) { expand(kg.selected); }  // asked for: the selection's documents come
    });
    $("kg-more").addEventListener("click", function () { if (kg.more) { expand(kg.more.id, kg.more.limit); } });
    $("kg-fit").addEventListener("click", function () { kg.network.fit(); });
    $("kg-clear").addEventListener("click", function () { kg.nodes.clear(); kg.edges.clear(); kg.selected = null; describeCanvas(); });
    $("kg-png").addEventListener("click", exportPng);
    $("kg-html").addEventListener("click", function () { exportFile("html"); });
    $("kg-graphml").addEventListener("click", function () { exportFile("graphml"); });
    Array.prototype.forEach.call(document.querySelectorAll("#kg-tabs button"), function (b) {
      b.addEventListener("click", function () { showTab(b.dataset.tab); });
    });
    $("kg-document-close").addEventListener("click", function () { $("kg-document").hidden = true; });
    $("kg-document").addEventListener("click", function (event) {
      if (event.target === $("kg-document")) { $("kg-document").hidden = true; }
    });
    $("kg-path-from-set").addEventListener("click", function () { setPathEnd("from"); });
    $("kg-path-to-set").addEventListener("click", function () { setPathEnd("to"); });
    $("kg-path-find").addEventListener("click", findPaths);
    $("kg-query-name").addEventListener("change", buildForm);
    $("kg-query-form").addEventListener("submit", runQuery);
    $("kg-cypher-run").addEventListener("click", runCypher);
    $("kg-cypher-text").addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { runCypher(); }
    });
    return loadQueries().then(function () { kg.ready = true; });
  }

  api("/api/schema").then(init).catch(function (error) { status(errorText(error)); });
})();
