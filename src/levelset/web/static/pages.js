// levelset: the equity slider updates its result as it moves, and the job board moves cards
// by drag and drop. Both pages work without this file: a form per action does the same.
(function () {
  "use strict";

  function money(value, format) {
    var n = Number(value);
    if (format === "short") {
      if (n >= 1e9) return "$" + (n / 1e9).toFixed(1) + "B";
      if (n >= 1e6) return "$" + (n / 1e6).toFixed(1) + "M";
      if (n >= 1e3) return "$" + Math.round(n / 1e3) + "k";
      return "$" + Math.round(n);
    }
    return "$" + n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  // A client's pages live under their own address (/c/<client>): the layout names it.
  var rootMeta = document.querySelector('meta[name="root"]');
  var root = rootMeta ? rootMeta.content : "";

  // The equity what-if: the page itself is fetched for the new exit and its results swapped in.
  var slider = document.getElementById("whatif-slider");
  if (slider) {
    var range = slider.querySelector("input[type=range]");
    var out = document.getElementById("w-slide-out");
    var timer = null;
    var asked = 0;
    range.addEventListener("input", function () {
      out.textContent = money(range.value, range.dataset.format);
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 120);
    });
    var update = function () {
      var query = new URLSearchParams(new FormData(slider)).toString();
      var mine = ++asked;
      fetch(root + "/equity?" + query, { headers: { accept: "text/html" }, credentials: "same-origin" })
        .then(function (answer) { return answer.ok ? answer.text() : null; })
        .then(function (html) {
          if (!html || mine !== asked) return;
          var fresh = new DOMParser().parseFromString(html, "text/html");
          var results = fresh.getElementById("whatif-results");
          if (results) document.getElementById("whatif-results").innerHTML = results.innerHTML;
          var field = document.querySelector('#whatif-form [name="' + range.name + '"]');
          if (field) field.value = range.value;
          window.history.replaceState(null, "", root + "/equity?" + query);
        })
        .catch(function () { /* the button still submits the form */ });
    };
  }

  // The job board: a card dragged onto a column sends the same form its Move button does.
  var board = document.getElementById("board");
  if (board) {
    var dragged = null;
    board.querySelectorAll(".board-card").forEach(function (card) {
      card.setAttribute("draggable", "true");
      card.addEventListener("dragstart", function (event) {
        dragged = card;
        card.classList.add("dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", card.dataset.card);
      });
      card.addEventListener("dragend", function () {
        card.classList.remove("dragging");
        dragged = null;
      });
    });
    // On a phone the stages scroll sideways: the link of the stage in view is marked.
    var links = document.querySelectorAll(".board-jump a[data-stage]");
    var markStage = function () {
      var left = board.getBoundingClientRect().left;
      var shown = null;
      var sideways = board.scrollWidth > board.clientWidth + 1;  // a phone: one stage to a screen
      if (sideways) board.querySelectorAll(".board-column").forEach(function (column) {
        if (column.getBoundingClientRect().right > left + 40 && !shown) shown = column.dataset.column;
      });
      links.forEach(function (link) {
        if (link.dataset.stage === shown) link.setAttribute("aria-current", "true");
        else link.removeAttribute("aria-current");
      });
    };
    board.addEventListener("scroll", function () {
      window.clearTimeout(markStage.timer);
      markStage.timer = window.setTimeout(markStage, 80);
    });
    markStage();
    board.querySelectorAll(".board-column").forEach(function (column) {
      column.addEventListener("dragover", function (event) {
        if (!dragged) return;
        event.preventDefault();
        column.classList.add("drop-target");
      });
      column.addEventListener("dragleave", function () { column.classList.remove("drop-target"); });
      column.addEventListener("drop", function (event) {
        event.preventDefault();
        column.classList.remove("drop-target");
        if (!dragged || dragged.closest(".board-column") === column) return;
        var form = dragged.querySelector("form.board-move");
        var to = column.dataset.column === "closed" ? "rejected" : column.dataset.column;
        form.querySelector("select[name=to]").value = to;
        form.submit();
      });
    });
  }
})();
