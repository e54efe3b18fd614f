// levelset: small progressive enhancements; every form also works without them.
(function () {
  "use strict";

  function token() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  // On a phone the menu is one row that scrolls sideways: bring the current page's link into it.
  var menu = document.querySelector(".nav");
  var here = menu && menu.querySelector('a[aria-current="page"]');
  if (here && menu.scrollWidth > menu.clientWidth) {
    menu.scrollLeft = here.offsetLeft - menu.offsetLeft - (menu.clientWidth - here.offsetWidth) / 2;
  }

  // "Go back" on error pages returns to the form with what was typed still there.
  document.querySelectorAll("[data-back]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (window.history.length > 1) {
        event.preventDefault();
        window.history.back();
      }
    });
  });

  // A suggested value fills its field: the whole field, or in a list ("A; B") the part that
  // was not known.
  document.querySelectorAll("button[data-fill]").forEach(function (button) {
    button.addEventListener("click", function () {
      var input = document.getElementById(button.dataset.fill);
      if (!input) return;
      var wrong = button.dataset.wrong;
      var parts = input.value.split(";").map(function (part) { return part.trim(); });
      var at = wrong ? parts.indexOf(wrong) : -1;
      if (parts.length > 1 && at >= 0) {
        parts[at] = button.value;
        input.value = parts.join("; ");
      } else {
        input.value = button.value;
      }
      input.removeAttribute("aria-invalid");
      input.focus();
    });
  });

  // Narrative score as you type: the server scores, this only shows the answer.
  function showScore(box, result) {
    box.querySelector("[data-score-value]").textContent = String(result.score);
    var bar = box.querySelector("[data-score-bar]");
    bar.value = result.score;
    bar.textContent = result.score + " / 100";
    var list = box.querySelector("[data-score-findings]");
    list.replaceChildren();
    if (result.findings.length === 0 && result.words > 0) {
      var clean = document.createElement("li");
      clean.textContent = "Nothing in this message costs points.";
      list.appendChild(clean);
    }
    result.findings.slice(0, 6).forEach(function (finding) {
      var item = document.createElement("li");
      var cost = document.createElement("strong");
      cost.textContent = "\u2212" + finding.points + " ";
      item.appendChild(cost);
      item.appendChild(document.createTextNode(finding.message + " "));
      if (finding.span && finding.span.text) {
        var mark = document.createElement("mark");
        mark.className = "hl-cost";
        mark.textContent = finding.span.text;
        item.appendChild(mark);
      }
      item.appendChild(document.createElement("br"));
      var fix = document.createElement("span");
      fix.className = "muted";
      fix.textContent = finding.fix;
      item.appendChild(fix);
      list.appendChild(item);
    });
  }

  function setStatus(box, text) {
    var status = box.querySelector("[data-score-status]");
    if (status) status.textContent = text;
  }

  function scoreNow(area, box) {
    var body = JSON.stringify({ text: area.value, stage: area.dataset.stage || null });
    setStatus(box, " · scoring…");
    var root = document.querySelector('meta[name="root"]');  // a client's pages: /c/<client>
    fetch((root ? root.content : "") + "/narrative/score.json", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": token() },
      body: body,
      credentials: "same-origin"
    })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (result) {
        showScore(box, result);
        setStatus(box, "");
      })
      .catch(function () {
        setStatus(box, " · could not score (is the server still running?)");
      });
  }

  document.querySelectorAll("textarea[data-score]").forEach(function (area) {
    var box = document.getElementById(area.id + "-score");
    if (!box) return;
    var timer = null;
    area.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { scoreNow(area, box); }, 250);
    });
  });

  // A draft as it stands in its fields (edits not saved yet included): copied to the
  // clipboard, or opened in the mail program. Without a script the mail link carries the
  // saved version and the copy button stays hidden.
  function draftText(box) {
    var subject = document.getElementById(box.dataset.subject || "");
    var body = document.getElementById(box.dataset.body || "");
    return { subject: subject ? subject.value : "", body: body ? body.value : "" };
  }

  document.querySelectorAll("[data-send]").forEach(function (box) {
    var copy = box.querySelector("button[data-copy]");
    var said = box.querySelector("[data-copied]");
    var mail = box.querySelector("a[data-mail]");
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener("click", function () {
        var draft = draftText(box);
        var text = (draft.subject ? "Subject: " + draft.subject + "\n\n" : "") + draft.body;
        navigator.clipboard.writeText(text).then(function () {
          if (said) said.textContent = "Copied.";
        }, function () {
          if (said) said.textContent = "Could not copy: select the text and copy it.";
        });
      });
    }
    if (mail) {
      mail.addEventListener("click", function () {
        var draft = draftText(box);
        mail.href = "mailto:?subject=" + encodeURIComponent(draft.subject) +
          "&body=" + encodeURIComponent(draft.body);
      });
    }
  });

  // A chart's value beside the mark under the pointer or the keyboard's focus (the marks'
  // data-value; their <title> says it without a script). Escape hides it; it stays while the
  // pointer is on the mark or on the tip itself, or the focus is on the mark.
  var tip = null;
  function showTip(mark) {
    if (!tip) {
      tip = document.createElement("div");
      tip.className = "chart-tip";
      tip.setAttribute("aria-hidden", "true");  // the focused mark's own name says it
      document.body.appendChild(tip);
    }
    tip.textContent = mark.getAttribute("data-value");
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var left = Math.min(Math.max(box.left + box.width / 2 - tip.offsetWidth / 2, 4),
      document.documentElement.clientWidth - tip.offsetWidth - 4);
    var top = box.top - tip.offsetHeight - 6;
    if (top < 4) top = box.bottom + 6;
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (top + window.scrollY) + "px";
  }
  var hiding = 0;
  function hideTip() {
    clearTimeout(hiding);
    if (tip) tip.hidden = true;
  }
  function markOf(target) {
    return target && target.closest ? target.closest("svg [data-value]") : null;
  }
  // The pointer may cross the gap from the mark to the tip and rest on it (the tip is
  // hoverable): leaving the mark hides the tip only after a moment, unless the pointer
  // reaches the tip or another mark first.
  document.addEventListener("mouseover", function (event) {
    var mark = markOf(event.target);
    clearTimeout(hiding);
    if (mark) showTip(mark);
    else if (tip && event.target === tip) return;
    else if (document.activeElement && markOf(document.activeElement)) showTip(document.activeElement);
    else if (tip && !tip.hidden) hiding = setTimeout(hideTip, 400);
  });
  document.addEventListener("focusin", function (event) {
    var mark = markOf(event.target);
    if (mark) showTip(mark);
    else hideTip();
  });
  document.addEventListener("focusout", hideTip);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hideTip();
  });

  // A table wider than its frame (a phone) says so in words under the frame, beside the
  // edge shadow: "Scroll sideways for more columns". The hint goes when the table fits.
  function markOverflow(wrap) {
    var hint = wrap.nextElementSibling;
    var has = hint && hint.classList.contains("scroll-hint");
    var wide = wrap.scrollWidth > wrap.clientWidth + 1;
    if (wide && !has) {
      hint = document.createElement("p");
      hint.className = "scroll-hint small muted";
      hint.textContent = "Scroll sideways for more columns \u2192";
      wrap.insertAdjacentElement("afterend", hint);
    } else if (!wide && has) {
      hint.remove();
    }
  }
  function markAll() {
    document.querySelectorAll(".table-wrap").forEach(markOverflow);
  }
  // On a phone a table with column heads reads as one block per row, each value beside the
  // name of its column (app.css, .stackable); without script the table scrolls sideways.
  // Tables that fold their own columns for a phone (.narrow-only parts) are left as they are.
  function stackable(wrap) {
    var table = wrap.querySelector("table");
    if (!table || !table.tHead || !table.tHead.rows.length || table.querySelector(".narrow-only")) return;
    var rows = table.tHead.rows, last = rows[rows.length - 1], heads = [];
    Array.prototype.forEach.call(last.cells, function (cell) {
      for (var s = 0; s < (cell.colSpan || 1); s++) heads.push(cell.textContent.trim());
    });
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        var col = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          if (!cell.hasAttribute("data-label")) cell.setAttribute("data-label", heads[col] || "");
          col += cell.colSpan || 1;
        });
      });
    });
    wrap.classList.add("stackable");
  }
  document.querySelectorAll(".table-wrap").forEach(stackable);
  markAll();
  window.addEventListener("resize", function () {
    window.clearTimeout(markAll.timer);
    markAll.timer = window.setTimeout(markAll, 150);
  });
})();
