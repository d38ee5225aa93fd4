/* careergraph view: draws the data embedded as JSON in #cg-data with vis-network.
   Guide text only ever reaches the page as JSON data: labels are drawn on the canvas and
   tooltips are plain strings (vis-network sets them with innerText). */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("cg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("cg-network");
  var status = document.getElementById("cg-status");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var state = { ready: false, nodes: nodes, edges: edges, data: data };
  window.network = network; // for tests and for exploring from the console
  window.careergraph = state;

  function settled() {
    // Physics has done its work: freeze the layout so a large graph stops using the CPU.
    network.setOptions({ physics: { enabled: false } });
    network.fit({ animation: false });
    // a little margin, so the band labels at the right edge stay clear of the nodes
    network.moveTo({ scale: network.getScale() * 0.92, animation: false });
    status.textContent = "";
    state.ready = true;
    document.body.setAttribute("data-ready", "true");
  }

  if (data.options.physics && data.options.physics.enabled) {
    status.textContent = "Laying out…";
    network.on("stabilizationProgress", function (p) {
      status.textContent = "Laying out… " + Math.round((100 * p.iterations) / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", settled);
  } else {
    network.once("afterDrawing", function () { window.setTimeout(settled, 0); });
  }

  // Seniority bands (career map) and step columns (route view), under the graph.
  network.on("beforeDrawing", function (ctx) {
    var bands = data.bands || [];
    var columns = data.columns || [];
    if (!bands.length && !columns.length) { return; }
    var scale = network.getScale();
    var tl = network.DOMtoCanvas({ x: 0, y: 0 });
    var br = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    ctx.save();
    ctx.textBaseline = "middle";
    ctx.font = "600 " + (12 / scale) + "px system-ui, sans-serif";
    bands.forEach(function (band, i) {
      if (i % 2 === 0) {
        ctx.fillStyle = "rgba(148, 163, 184, 0.09)";
        ctx.fillRect(tl.x, band.y - band.height / 2, br.x - tl.x, band.height);
      }
      // right-aligned on a light pill: the title and legend cards sit on the left
      var width = ctx.measureText(band.label).width;
      var pad = 6 / scale;
      ctx.fillStyle = "rgba(248, 250, 252, 0.85)";
      ctx.fillRect(br.x - 14 / scale - width - pad, band.y - 10 / scale, width + 2 * pad, 20 / scale);
      ctx.fillStyle = "#64748b";
      ctx.textAlign = "right";
      ctx.fillText(band.label, br.x - 14 / scale, band.y);
    });
    columns.forEach(function (column) {
      ctx.fillStyle = "#64748b";
      ctx.textAlign = "center";
      ctx.fillText(column.label, column.x, column.y);
    });
    ctx.restore();
  });
})();
