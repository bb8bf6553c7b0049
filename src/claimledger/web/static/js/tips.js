// Tooltips for keyboard and touch: a marked claim, figure or place shows its title
// (speaker, cue, hedge; value and source) in a box while it has focus, as a mouse
// hover shows the browser's own tooltip. The text is set with textContent only.
(function () {
  "use strict";
  var box = null;

  function show(ev) {
    var target = ev.target.closest ? ev.target.closest("mark.claim, a.figure, span.place") : null;
    if (!target || !target.title) return;
    if (!box) {
      box = document.createElement("div");
      box.className = "tip";
      box.setAttribute("role", "tooltip");
      document.body.appendChild(box);
    }
    box.textContent = target.title;
    var r = target.getBoundingClientRect();
    box.style.left = Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - 320)) + "px";
    box.style.top = (window.scrollY + r.bottom + 6) + "px";
    box.hidden = false;
  }

  function hide() { if (box) box.hidden = true; }

  document.addEventListener("focusin", show);
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") hide(); });
})();
