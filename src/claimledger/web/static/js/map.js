// The map: the bundled world outline (Natural Earth 1:110m) under the ledger's places
// and events, with Leaflet from the bundled files; online tiles only when the server was
// started with --tiles. Popups and the list under the map are built with DOM nodes and
// textContent: text from the ledger is never parsed as HTML.
// /api/v1/geo answers a page of reports at a time: the pages are followed by their "next"
// cursor until data-reports reports are read (or no page is left); a place named on several
// pages is one point, its reports and mentions added up.
(function () {
  "use strict";

  function sideClass(side) { return "side-" + (side ? String(side).toUpperCase().replace(/[^A-Z0-9]/g, "") : "none"); }

  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  var reports = {};  // id -> {published, title}: the pages' "documents", named by position in features

  // Each page's features with its positions read as report ids; places of earlier pages merged.
  function merge(pages) {
    var places = {}, placeList = [], events = [];
    pages.forEach(function (geo) {
      var listed = geo.documents || [];
      listed.forEach(function (d) { reports[d.id] = d; });
      function id(n) { return (listed[n] || {}).id; }
      geo.features.forEach(function (f) {
        var p = f.properties;
        if (p.kind === "place") {
          var key = p.name + "|" + f.geometry.coordinates.join(",");
          var ids = (p.documents || []).map(id);
          var seen = places[key];
          if (seen) {  // pages read newer reports first: this page's come after
            seen.properties.reports += p.reports;
            seen.properties.mentions += p.mentions;
            seen.properties.documents = seen.properties.documents.concat(ids).slice(0, 5);
          } else {
            places[key] = { type: "Feature", geometry: f.geometry, properties: Object.assign({}, p, { documents: ids }) };
            placeList.push(places[key]);
          }
        } else {
          var d = reports[id(p.document)] || {};
          events.push({ type: "Feature", geometry: f.geometry,
                        properties: Object.assign({}, p, { document: id(p.document), published: d.published }) });
        }
      });
    });
    placeList.sort(function (a, b) { return b.properties.reports - a.properties.reports; });
    return { type: "FeatureCollection", features: placeList.concat(events) };
  }

  // The pages of the map data from url, following "next" until `wanted` reports are read.
  function pages(url, wanted) {
    var read = [];
    function more(next) {
      return fetch(next).then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      }).then(function (geo) {
        read.push(geo);
        var count = read.reduce(function (n, g) { return n + (g.reports || 0); }, 0);
        if (geo.next && count < wanted) return more(url + (url.indexOf("?") < 0 ? "?" : "&") + "cursor=" + encodeURIComponent(geo.next));
        return read;
      });
    }
    return more(url);
  }

  function reportLink(id) {
    var d = reports[id] || {};
    return link("/reports/" + encodeURIComponent(id), (d.published || "undated") + " " + (d.title || id));
  }

  function popup(p) {
    var div = document.createElement("div");
    var head = document.createElement("strong");
    if (p.kind === "place") {
      head.textContent = p.name + (p.country ? " (" + p.country + ")" : "");
      div.appendChild(head);
      var meta = document.createElement("p");
      meta.textContent = p.reports + " report(s), " + p.mentions + " mention(s)";
      div.appendChild(meta);
      (p.documents || []).forEach(function (id) {
        div.appendChild(reportLink(id));
        div.appendChild(document.createElement("br"));
      });
    } else {
      head.textContent = p.type.replace(/_/g, " ") + (p.place ? " at " + p.place : "");
      div.appendChild(head);
      var text = document.createElement("p");
      text.textContent = p.text;
      div.appendChild(text);
      div.appendChild(reportLink(p.document));
    }
    return div;
  }

  function start() {
    var node = document.getElementById("map");
    if (!node || !window.L) return;
    var map = window.L.map(node, { worldCopyJump: true, minZoom: 1 }).setView([20, 20], 2);
    if (node.dataset.tiles) {
      window.L.tileLayer(node.dataset.tiles, { maxZoom: 12, attribution: "map tiles: " + new URL(node.dataset.tiles.replace("{s}", "a")).host }).addTo(map);
    }
    var world = fetch(node.dataset.world).then(function (r) { return r.json(); }).then(function (geo) {
      window.L.geoJSON(geo, { style: { color: "#7a8591", weight: 0.7, fillColor: "#e9edf1", fillOpacity: 1 }, interactive: false }).addTo(map);
    });
    var list = document.getElementById("map-list");
    var points = pages(node.dataset.geo, Number(node.dataset.reports) || 200).then(function (read) {
      var geo = merge(read);
      var layer = window.L.geoJSON(geo, {
        pointToLayer: function (feature, latlng) {
          var p = feature.properties;
          return window.L.circleMarker(latlng, {
            radius: p.kind === "place" ? Math.min(12, 4 + p.reports) : 6,
            className: "map-point " + (p.kind === "place" ? "map-place" : "map-event " + sideClass(p.side))
          });
        },
        onEachFeature: function (feature, marker) { marker.bindPopup(popup(feature.properties)); }
      }).addTo(map);
      if (geo.features.length) map.fitBounds(layer.getBounds(), { maxZoom: 6, padding: [20, 20] });
      var ul = document.createElement("ul");
      geo.features.forEach(function (f) {
        var p = f.properties, li = document.createElement("li");
        var label = p.kind === "place" ? p.name + " — " + p.reports + " report(s)" : p.type.replace(/_/g, " ") + " at " + (p.place || "?") + ", " + (p.published || "undated");
        var a = link("#map", label);
        a.addEventListener("click", function (ev) {
          ev.preventDefault();
          map.setView([f.geometry.coordinates[1], f.geometry.coordinates[0]], 6);
          window.L.popup().setLatLng([f.geometry.coordinates[1], f.geometry.coordinates[0]]).setContent(popup(p)).openOn(map);
        });
        li.appendChild(a);
        ul.appendChild(li);
      });
      list.appendChild(ul);
      node.dataset.points = String(geo.features.length);
    });
    Promise.all([world, points]).then(function () { node.dataset.drawn = "1"; }).catch(function (err) {
      node.dataset.drawn = "error";
      list.textContent = "The map could not be drawn: " + err.message;
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
