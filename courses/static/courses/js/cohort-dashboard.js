/* Live cohort dashboard: a websocket updates cells and figures; when it is down the
   page refreshes its data from a small JSON endpoint every 30 seconds. No framework. */
(function () {
  "use strict";
  var root = document.getElementById("cohort-dashboard");
  if (!root) { return; }
  var status = root.querySelector("[data-live-status]");
  var jsonUrl = root.getAttribute("data-json-url");
  var wsPath = root.getAttribute("data-ws-path");
  var socket = null;
  var retry = 0;
  var pollTimer = null;
  var POLL_MS = 30000;
  // The server's formatting policy (literacy/formatting.py): digits and percent sign.
  var numberLocale = root.getAttribute("data-number-locale") || undefined;
  var percentPattern = root.getAttribute("data-percent-pattern") || "{n}%";

  function formatNumber(n) {
    try { return new Intl.NumberFormat(numberLocale, {maximumFractionDigits: 0}).format(n); }
    catch (e) { return String(n); }
  }

  function formatPercent(n) { return percentPattern.replace("{n}", formatNumber(n)); }

  function setStatus(state) {
    if (!status) { return; }
    status.setAttribute("data-state", state);
    status.textContent = root.getAttribute("data-label-" + state) || state;
    root.setAttribute("data-live", state);
  }

  function flash(el, cls) {
    el.classList.remove(cls);
    void el.offsetWidth; // restart the animation
    el.classList.add(cls);
    window.setTimeout(function () { el.classList.remove(cls); }, 1700);
  }

  function updateCell(userId, cell, highlight) {
    var td = root.querySelector('[data-cell="' + userId + "-" + cell.module + '"]');
    if (!td) { return; }
    var done = td.querySelector('[data-part="done"]');
    var score = td.querySelector('[data-part="score"]');
    var text = formatNumber(cell.done) + "/" + formatNumber(cell.total);
    var scoreText = cell.score === null || cell.score === undefined ? "" : formatPercent(cell.score);
    var changed = done.textContent !== text || score.textContent !== scoreText;
    done.textContent = text;
    score.textContent = scoreText;
    td.classList.toggle("cell--done", cell.total > 0 && cell.done >= cell.total);
    td.classList.toggle("cell--started", cell.done > 0 && cell.done < cell.total);
    // The score band (courses/cohorts/bands.py) comes with the cell: no thresholds here.
    ["low", "mid", "high"].forEach(function (band) {
      td.classList.toggle("cell--band-" + band, cell.band === band);
    });
    if (changed && highlight) { flash(td, "cell--flash"); }
  }

  /* The learner's totals and last activity on their row (when it is on this page): a
     progress event carries every cell of the learner, so the sum is the whole. */
  function updateRow(userId, cells) {
    var progress = root.querySelector('[data-progress="' + userId + '"]');
    if (progress && cells.length) {
      var done = 0, total = 0;
      cells.forEach(function (c) { done += Math.min(c.done, c.total); total += c.total; });
      progress.textContent = formatNumber(done) + "/" + formatNumber(total);
    }
    var last = root.querySelector('[data-last-active="' + userId + '"]');
    var matrix = root.querySelector("[data-section=matrix]");
    if (last && matrix) {
      var stamp = document.createElement("time");
      stamp.setAttribute("datetime", matrix.getAttribute("data-now") || "");
      stamp.textContent = matrix.getAttribute("data-today") || "";
      last.textContent = "";
      last.appendChild(stamp);
      flash(last, "cell--flash");
    }
  }

  function setFigure(name, text) {
    var dd = root.querySelector('[data-figure="' + name + '"]');
    if (!dd) { return; }
    if (dd.textContent.trim() !== String(text).trim()) {
      dd.textContent = text;
      flash(dd.parentNode, "figure--flash");
    }
  }

  function updateFigures(figures) {
    if (!figures) { return; }
    setFigure("members", formatNumber(figures.members));
    setFigure("active", formatNumber(figures.active));
    if (figures.completion_rate !== null && figures.completion_rate !== undefined) {
      setFigure("completion_rate", formatPercent(figures.completion_rate));
    }
  }

  function refresh() {
    if (!window.fetch) { return; }
    fetch(jsonUrl, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        updateFigures(data.figures);
        data.cells.forEach(function (c) { updateCell(c.user, c, true); });
      })
      .catch(function () { /* next poll will try again */ });
  }

  /* Someone joined, left or moved: fetch the changing sections alone (figures, needs
     attention, this page of the matrix) and swap them in place, so new rows appear
     without a reload. A burst of joins is coalesced: one fetch at a time, at most one
     a second, and one more after the burst if anything happened meanwhile. */
  var sectionsUrl = root.getAttribute("data-sections-url");
  var SECTIONS_GAP_MS = 1000;
  // Progress (many events in a busy cohort) brings the sections back in line less often:
  // the cell and the feed change at once, the counts, worklist and gain within this.
  var PROGRESS_GAP_MS = 10000;
  var progressTimer = null;

  function refreshSectionsSoon() {
    if (progressTimer) { return; }
    progressTimer = window.setTimeout(function () {
      progressTimer = null;
      refreshSections();
    }, PROGRESS_GAP_MS);
  }

  /* A line at the top of the activity feed for a progress event (ids only arrive: the
     pseudonym is read from the learner's row when it is on this page). */
  function addActivity(event) {
    var feed = root.querySelector("[data-section=activity]");
    var list = feed && feed.querySelector("[data-activity]");
    if (!list) { return; }
    var cell = root.querySelector('[data-cell^="' + event.user + '-"]');
    var nameCell = cell && cell.parentNode.querySelector("th bdi");
    var item = document.createElement("li");
    var who = document.createElement("bdi");
    who.textContent = nameCell ? nameCell.textContent : feed.getAttribute("data-label-someone");
    item.appendChild(who);
    item.appendChild(document.createTextNode(" " + (feed.getAttribute(
      "data-label-" + (event.kind === "quiz" ? "quiz" : "lesson")) || "")));
    var when = document.createElement("span");
    when.className = "muted";
    when.textContent = " · " + (feed.getAttribute("data-label-now") || "");
    item.appendChild(when);
    var empty = list.querySelector("[data-activity-empty]");
    if (empty) { empty.remove(); }
    list.insertBefore(item, list.firstChild);
    while (list.children.length > 10) { list.removeChild(list.lastChild); }
    flash(item, "figure--flash");
  }
  var sectionsBusy = false;
  var sectionsWanted = false;
  var sectionsLast = 0;

  function refreshSections() {
    if (!window.fetch || !window.DOMParser || !sectionsUrl) { return; }
    sectionsWanted = true;
    if (sectionsBusy) { return; }
    var wait = sectionsLast + SECTIONS_GAP_MS - Date.now();
    if (wait > 0) {
      sectionsBusy = true;
      window.setTimeout(function () { sectionsBusy = false; refreshSections(); }, wait);
      return;
    }
    sectionsWanted = false;
    sectionsBusy = true;
    sectionsLast = Date.now();
    fetch(sectionsUrl, {credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var picked = selectedIds();
        ["[data-section=figures]", "[data-section=matrix]", "[data-section=attention]",
         "[data-section=activity]"]
          .forEach(function (sel) {
            var now = root.querySelector(sel);
            var next = fresh.querySelector(sel);
            if (now && next) { now.replaceWith(document.importNode(next, true)); }
          });
        restoreSelection(picked);
      })
      .catch(function () { /* the next event or poll will try again */ })
      .then(function () {
        sectionsBusy = false;
        if (sectionsWanted) { refreshSections(); }
      });
  }

  /* Bulk actions: the matrix's checkboxes belong to the form below it (form="bulk-form").
     A swap of the matrix keeps what was ticked; the header box ticks the whole page. */
  function rowBoxes() { return root.querySelectorAll('input[name="ids"][form="bulk-form"]'); }

  function selectedIds() {
    var ids = {};
    Array.prototype.forEach.call(rowBoxes(), function (box) { if (box.checked) { ids[box.value] = true; } });
    return ids;
  }

  function restoreSelection(ids) {
    Array.prototype.forEach.call(rowBoxes(), function (box) { if (ids[box.value]) { box.checked = true; } });
    syncPageBox();
  }

  function syncPageBox() {
    var all = root.querySelector("[data-select-page]");
    if (!all) { return; }
    all.hidden = false;
    var boxes = rowBoxes();
    var ticked = Array.prototype.filter.call(boxes, function (box) { return box.checked; }).length;
    all.checked = boxes.length > 0 && ticked === boxes.length;
    all.indeterminate = ticked > 0 && ticked < boxes.length;
  }

  root.addEventListener("change", function (event) {
    var target = event.target;
    if (target.hasAttribute && target.hasAttribute("data-select-page")) {
      Array.prototype.forEach.call(rowBoxes(), function (box) { box.checked = target.checked; });
    }
    if (target.name === "ids" || target.hasAttribute("data-select-page")) { syncPageBox(); }
  });
  syncPageBox();

  function startPolling() {
    if (pollTimer) { return; }
    pollTimer = window.setInterval(refresh, POLL_MS);
  }

  function stopPolling() {
    if (pollTimer) { window.clearInterval(pollTimer); pollTimer = null; }
  }

  function connect() {
    if (!("WebSocket" in window)) { setStatus("polling"); startPolling(); return; }
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + window.location.host + wsPath);
    socket.onopen = function () {
      retry = 0;
      setStatus("live");
      if (pollTimer) { stopPolling(); refresh(); } // catch up on what we missed
    };
    socket.onmessage = function (message) {
      var event;
      try { event = JSON.parse(message.data); } catch (e) { return; }
      if (event.type === "cohort.progress") {
        (event.cells || []).forEach(function (c) { updateCell(event.user, c, true); });
        updateRow(event.user, event.cells || []);
        updateFigures(event.figures);
        addActivity(event);
        refreshSectionsSoon();
      } else if (event.type === "cohort.figures") {
        updateFigures(event.figures);
      } else if (event.type === "cohort.members") {
        refreshSections();
      }
    };
    socket.onclose = function (closeEvent) {
      socket = null;
      // 4401: this session ended (signed out, password changed): reloading shows the
      // sign-in page instead of retrying a socket that will never open again.
      if (closeEvent.code === 4401) { stopPolling(); window.location.reload(); return; }
      if (closeEvent.code === 4403) { setStatus("polling"); startPolling(); return; }
      setStatus("reconnecting");
      startPolling();
      retry = Math.min(retry + 1, 6);
      window.setTimeout(connect, 1000 * Math.pow(2, retry - 1) + Math.random() * 500);
    };
  }

  connect();
})();
