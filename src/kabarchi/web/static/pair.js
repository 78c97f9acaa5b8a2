// The pair page's trade chart. Data comes from the page's JSON block (no inline script: the CSP forbids it);
// clicking a point opens the document at the sentence the figure was read from.
(function () {
  "use strict";
  var holder = document.getElementById("chart");
  var block = document.getElementById("chart-data");
  if (!holder || !block || typeof Plotly === "undefined") { return; }
  var data = JSON.parse(block.textContent);
  var style = {
    // figures cover different periods (a quarter, a year): points, not a line that would imply a series
    actual: { mode: "markers", marker: { size: 10, color: "#1f6feb", symbol: "circle" } },
    target: { mode: "markers+lines", line: { color: "#e0a100", width: 2, dash: "dash" },
              marker: { size: 15, color: "#f2c94c", symbol: "star", line: { color: "#b58100", width: 1 } } },
    conflict: { mode: "markers", marker: { size: 16, color: "#d62728", symbol: "x-thin-open",
                                           line: { color: "#d62728", width: 3 } } }
  };
  var traces = data.traces.filter(function (t) { return t.x.length > 0; }).map(function (t) {
    var s = style[t.kind];
    return {
      type: "scatter", name: data.labels[t.kind] || t.name, x: t.x, y: t.y, customdata: t.customdata,
      mode: s.mode, line: s.line || {}, marker: s.marker,
      hovertemplate: "%{x}<br><b>%{y:,.4s} " + (data.unit || "") + "</b><br>%{customdata[3]}<br>" +
        "<i>%{customdata[1]} (%{customdata[2]})</i><extra>" + (data.labels[t.kind] || t.name) + "</extra>"
    };
  });
  var layout = {
    margin: { l: 70, r: 20, t: 10, b: 40 }, hovermode: "closest",
    xaxis: { type: "date", title: { text: "" } }, yaxis: { title: { text: data.unit || "" }, rangemode: "tozero" },
    legend: { orientation: "h", y: -0.15 }, paper_bgcolor: "#fff", plot_bgcolor: "#fff"
  };
  Plotly.newPlot(holder, traces, layout, { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["sendDataToCloud"] })
    .then(function () {
      holder.setAttribute("data-rendered", "1");
      holder.on("plotly_click", function (ev) {
        var p = ev && ev.points && ev.points[0];
        if (p && p.customdata && typeof p.customdata[0] === "string" && p.customdata[0].charAt(0) === "/") {
          window.location.assign(p.customdata[0]);
        }
      });
    });
})();
