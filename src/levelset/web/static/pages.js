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
      fetch("/equity?" + query, { headers: { accept: "text/html" }, credentials: "same-origin" })
        .then(function (answer) { return answer.ok ? answer.text() : null; })
        .then(function (html) {
          if (!html || mine !== asked) return;
          var fresh = new DOMParser().parseFromString(html, "text/html");
          var results = fresh.getElementById("whatif-results");
          if (results) document.getElementById("whatif-results").innerHTML = results.innerHTML;
          var field = document.querySelector('#whatif-form [name="' + range.name + '"]');
          if (field) field.value = range.value;
          window.history.replaceState(null, "", "/equity?" + query);
        })
        .catch(function () { /* the button still submits the form */ });
    };
  }
})();
