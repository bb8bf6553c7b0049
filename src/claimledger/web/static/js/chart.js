// Figure charts: estimates over time, drawn as SVG from the series JSON of the API.
// Each <div class="chart" data-src="/api/v1/..." data-series="i"> gets one chart: the
// reconciled low–high band and best estimate as known at each date (the series'
// history), and every statement as a point coloured by the stating party's side (a
// stated range as a bar; "at least" an upward triangle, "up to" a downward one).
// Hovering or focusing a point shows who said it, where and when. Text from the ledger
// is only ever set as textContent: never parsed as HTML.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var W = 640, H = 300, M = { top: 16, right: 16, bottom: 36, left: 64 };
  var cache = {};

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function fetchJSON(url) {
    if (!cache[url]) {
      cache[url] = fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status + " for " + url);
        return r.json();
      });
    }
    return cache[url];
  }

  function day(iso) { return Date.parse(iso.slice(0, 10) + "T00:00:00Z"); }
  function fmt(v) { return v === null || v === undefined ? "–" : Number(v).toLocaleString("en-US"); }
  function sideClass(side) { return "side-" + (side ? String(side).toUpperCase().replace(/[^A-Z0-9]/g, "") : "none"); }

  function describe(st) {
    var value = st.low !== null && st.high !== null ? fmt(st.low) + "–" + fmt(st.high) : fmt(st.value);
    if (st.bound === "min") value = "at least " + value;
    if (st.bound === "max") value = "up to " + value;
    if (st.approximate && !st.bound) value = "~" + value;
    return value + " — " + (st.speaker || "the report") + (st.speaker_side ? " (" + st.speaker_side + ")" : "") +
      " — " + (st.outlet || "") + ", " + (st.date || "undated") + (st.place ? " — at " + st.place : "");
  }

  function draw(box, series) {
    var dated = series.statements.filter(function (s) { return s.date && !s.copy_of; });
    var history = (series.history || []).filter(function (h) { return h.date; });
    var times = dated.map(function (s) { return day(s.date); }).concat(history.map(function (h) { return day(h.date); }));
    var values = [0];
    dated.forEach(function (s) { values.push(s.high !== null ? s.high : s.value); });
    history.forEach(function (h) { if (h.high !== null) values.push(h.high); });
    if (!times.length) {
      var note = document.createElement("p");
      note.className = "meta";
      note.textContent = "No dated statement to place on a chart.";
      box.appendChild(note);
      box.dataset.drawn = "empty";
      return;
    }
    var t0 = Math.min.apply(null, times), t1 = Math.max.apply(null, times);
    if (t1 === t0) { t0 -= 86400000; t1 += 86400000; }
    var vmax = Math.max.apply(null, values) * 1.15 || 1;
    var x = function (t) { return M.left + (t - t0) / (t1 - t0) * (W - M.left - M.right); };
    var y = function (v) { return H - M.bottom - v / vmax * (H - M.top - M.bottom); };

    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, class: "chart-svg", "aria-hidden": "false" });
    var title = el("title", {}, svg);
    title.textContent = series.label;
    // axes and ticks
    el("line", { x1: M.left, y1: H - M.bottom, x2: W - M.right, y2: H - M.bottom, class: "axis" }, svg);
    el("line", { x1: M.left, y1: M.top, x2: M.left, y2: H - M.bottom, class: "axis" }, svg);
    for (var i = 0; i <= 4; i++) {
      var v = vmax / 1.15 * i / 4;
      el("line", { x1: M.left, y1: y(v), x2: W - M.right, y2: y(v), class: "grid" }, svg);
      var label = el("text", { x: M.left - 6, y: y(v) + 4, class: "tick", "text-anchor": "end" }, svg);
      label.textContent = fmt(Math.round(v));
    }
    var days = Math.round((t1 - t0) / 86400000), step = Math.max(1, Math.ceil(days / 6));
    for (var t = t0; t <= t1; t += step * 86400000) {
      var tick = el("text", { x: x(t), y: H - M.bottom + 16, class: "tick", "text-anchor": "middle" }, svg);
      tick.textContent = new Date(t).toISOString().slice(5, 10);
    }
    // the band: low–high as known at each date, held until the next date
    var band = history.filter(function (h) { return h.low !== null && h.high !== null; });
    if (band.length) {
      var top = [], bottom = [];
      band.forEach(function (h, k) {
        var a = x(day(h.date)), b = k + 1 < band.length ? x(day(band[k + 1].date)) : Math.max(a + 8, x(t1));
        top.push(a + "," + y(h.high), b + "," + y(h.high));
        bottom.unshift(b + "," + y(h.low), a + "," + y(h.low));  // walked back from the right
      });
      el("polygon", { points: top.concat(bottom).join(" "), class: "band" }, svg);
      var best = band.filter(function (h) { return h.best !== null; }).map(function (h) {
        return x(day(h.date)) + "," + y(h.best);
      });
      if (best.length > 1) el("polyline", { points: best.join(" "), class: "best" }, svg);
    }
    // the statements
    dated.forEach(function (st) {
      var g = el("g", { class: "point " + sideClass(st.speaker_side), tabindex: "0", role: "img" }, svg);
      var cx = x(day(st.date));
      var tip = el("title", {}, g);
      tip.textContent = describe(st);
      g.setAttribute("aria-label", describe(st));
      if (st.low !== null && st.high !== null) {
        el("line", { x1: cx, x2: cx, y1: y(st.low), y2: y(st.high), class: "range" }, g);
      }
      var cy = y(st.value), shape;
      if (st.bound === "min" || st.vague) {
        shape = el("path", { d: "M" + cx + "," + (cy - 7) + " l6,10 h-12 z" }, g);
      } else if (st.bound === "max") {
        shape = el("path", { d: "M" + cx + "," + (cy + 7) + " l6,-10 h-12 z" }, g);
      } else {
        shape = el("circle", { cx: cx, cy: cy, r: 5.5 }, g);
      }
      shape.setAttribute("class", st.approximate ? "mark hollow" : "mark");
      g.addEventListener("click", function () {
        window.location.href = "/reports/" + encodeURIComponent(st.document) + "#" + encodeURIComponent(st.figure);
      });
      g.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter") window.location.href = "/reports/" + encodeURIComponent(st.document) + "#" + encodeURIComponent(st.figure);
      });
    });
    box.appendChild(svg);
    // legend: one entry per party
    var legend = document.createElement("ul");
    legend.className = "legend-list";
    var seen = {};
    dated.forEach(function (st) {
      var key = st.speaker_side || st.party || "";
      if (seen[key]) return;
      seen[key] = true;
      var li = document.createElement("li");
      li.className = sideClass(st.speaker_side);
      li.textContent = "● " + (st.speaker_side || st.party || "no stated side");
      legend.appendChild(li);
    });
    box.appendChild(legend);
    box.dataset.drawn = "1";
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".chart[data-src]"), function (box) {
      fetchJSON(box.dataset.src).then(function (data) {
        var list = Array.isArray(data) ? data : data.series;
        var series = list[Number(box.dataset.series || 0)];
        if (series) draw(box, series);
      }).catch(function (err) {
        box.textContent = "The chart could not be drawn: " + err.message;
        box.dataset.drawn = "error";
      });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
