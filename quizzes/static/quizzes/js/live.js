/* Live workshop quiz: the learner's phone and the facilitator's projector.
   The server pushes the whole screen state over a websocket; when websockets cannot
   connect, the page polls the same state as JSON every 2 s and sends answers and
   commands by POST. No framework, no inline script (the CSP forbids it). */
(function () {
  "use strict";
  var root = document.getElementById("live");
  var initialNode = document.getElementById("live-initial");
  if (!root || !initialNode) { return; }
  var role = root.getAttribute("data-role");
  var presenter = role === "presenter";
  var csrfInput = root.querySelector("input[name=csrfmiddlewaretoken]") ||
    document.querySelector("input[name=csrfmiddlewaretoken]");
  var csrf = csrfInput ? csrfInput.value : "";
  var POLL_MS = 2000;
  var current = null;       // the state on screen
  var questionId = null;    // id of the question whose buttons are built
  var selected = [];        // multiple-response choices not yet sent
  var socket = null;
  var socketOpen = false;
  var failures = 0;
  var pollTimer = null;
  var sending = false;
  var answered = {};        // question id -> highest "answered" count seen

  function $(sel) { return root.querySelector(sel); }
  function label(name) { return root.getAttribute("data-label-" + name) || ""; }
  // Numbers as the server writes them (literacy/formatting.py): the page gives the
  // Intl locale (with its digits) and the percent pattern.
  var numberLocale = root.getAttribute("data-number-locale") || undefined;
  var percentPattern = root.getAttribute("data-percent-pattern") || "{n}%";
  function num(n) {
    try { return new Intl.NumberFormat(numberLocale, {maximumFractionDigits: 1}).format(n); }
    catch (e) { return String(n); }
  }
  function pct(n) { return percentPattern.replace("{n}", num(n)); }
  function fill(template, n, t) {
    return template.replace("__N__", num(n)).replace("__T__", num(t));
  }
  function show(el, visible) { if (el) { el.hidden = !visible; } }
  function text(sel, value) { var el = $(sel); if (el) { el.textContent = value || ""; } }

  function setStatus(state) {
    var el = $("[data-live-status]");
    root.setAttribute("data-live", state);
    if (el) { el.textContent = label(state); }
  }

  function setError(message) { text("[data-error]", message || ""); }

  // --- rendering -------------------------------------------------------------------

  function renderMockup(q) {
    var box = $("[data-mockup]");
    var post = q && q.post, message = q && q.message, feed = q && q.feed;
    show($("[data-post]"), !!post);
    show($("[data-headline]"), !!(q && q.headline));
    show($("[data-message]"), !!message);
    show($("[data-feed]"), !!feed);
    show(box, !!(post || message || feed || (q && q.headline)));
    if (feed) { renderFeed($("[data-feed]"), feed); }
    if (post) {
      text("[data-post-name]", post.display_name);
      text("[data-post-handle]", post.handle);
      text("[data-post-text]", post.text);
      show($("[data-post-verified]"), !!post.verified);
    }
    if (q && q.headline) {
      text("[data-headline-title]", q.headline);
      text("[data-headline-outlet]", q.outlet);
    }
    if (message) {
      text("[data-message-name]", message.sender_name);
      text("[data-message-sender]", message.sender);
      text("[data-message-subject]", message.subject);
      text("[data-message-body]", message.body);
      var links = $("[data-message-links]");
      links.textContent = "";
      (message.links || []).forEach(function (href) {
        var li = document.createElement("li");
        li.dir = "ltr";
        li.textContent = href;  // shown, never a live link
        links.appendChild(li);
      });
    }
  }

  // A simulated feed: numbered posts, as text only (the buttons name them by number).
  function renderFeed(list, feed) {
    list.textContent = "";
    feed.forEach(function (p) {
      var li = document.createElement("li");
      li.className = "live-feed__post";
      var who = document.createElement("p");
      who.className = "live-post__who";
      var n = document.createElement("span");
      n.className = "live-feed__number";
      n.textContent = p.number;
      var name = document.createElement("bdi");
      name.textContent = p.display_name;
      var handle = document.createElement("span");
      handle.className = "live-post__handle";
      handle.dir = "ltr";
      handle.textContent = p.handle;
      var time = document.createElement("span");
      time.className = "live-post__handle";
      time.textContent = p.time_label;
      who.appendChild(n);
      who.appendChild(document.createTextNode(" "));
      who.appendChild(name);
      who.appendChild(document.createTextNode(" "));
      who.appendChild(handle);
      who.appendChild(document.createTextNode(" · "));
      who.appendChild(time);
      var body = document.createElement("p");
      body.className = "live-post__text";
      body.dir = "auto";
      body.textContent = p.text;
      li.appendChild(who);
      li.appendChild(body);
      list.appendChild(li);
    });
  }

  function screen(name) {
    root.querySelectorAll("[data-screen]").forEach(function (el) {
      el.hidden = el.getAttribute("data-screen") !== name;
    });
  }

  function buildButtons(q) {
    var box = $("[data-buttons]");
    box.textContent = "";
    box.className = "live-answers" + (q.scale ? " live-answers--scale" : "");
    q.buttons.forEach(function (b) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "live-answer";
      button.setAttribute("data-value", b.value);
      button.setAttribute("aria-pressed", "false");
      button.dir = "auto";
      button.textContent = b.label;
      button.addEventListener("click", function () { choose(b.value); });
      box.appendChild(button);
    });
    selected = [];
  }

  // The question screen both views share; null (the lobby shown) before the first one.
  function showQuestion(s) {
    if (!s.question) { screen("lobby"); return null; }
    screen("question");
    var q = s.question;
    text("[data-progress]", fill(label("progress"), s.index + 1, s.total));
    text("[data-prompt]", q.prompt);
    renderMockup(q);
    show($("[data-scale-hint]"), q.scale);
    return q;
  }

  function renderLearner(s) {
    if (s.state === "ended") {
      screen("ended");
      if (s.score !== undefined) { text("[data-score]", fill(label("score"), s.score, s.asked)); }
      return;
    }
    var q = showQuestion(s);
    if (!q) { return; }
    if (questionId !== q.id) { questionId = q.id; buildButtons(q); }
    var mine = s.mine === null || s.mine === undefined ? null :
      (Array.isArray(s.mine) ? s.mine : [s.mine]);
    var open = s.state === "open" && !s.paused;
    var right = s.reveal ? s.reveal.right : [];
    root.querySelectorAll(".live-answer").forEach(function (button) {
      var value = button.getAttribute("data-value");
      var chosen = mine ? mine.indexOf(value) >= 0 : selected.indexOf(value) >= 0;
      button.setAttribute("aria-pressed", chosen ? "true" : "false");
      button.disabled = !open || mine !== null || sending;
      button.classList.toggle("is-right", right.indexOf(value) >= 0);
    });
    show($("[data-send]"), q.multiple && open && mine === null);
    var send = $("[data-send]");
    if (send) { send.disabled = selected.length === 0 || sending; }
    show($("[data-locked]"), mine !== null && s.state === "open");
    show($("[data-paused]"), s.state === "open" && s.paused && mine === null);
    show($("[data-closed]"), s.state === "revealed" && mine === null);
    show($("[data-verdict]"), !!s.reveal);
    if (s.reveal) {
      var verdict = $("[data-verdict]");
      var known = s.reveal.correct !== undefined;
      verdict.classList.toggle("live-verdict--right", known && s.reveal.correct);
      verdict.classList.toggle("live-verdict--wrong", known && !s.reveal.correct);
      text("[data-verdict-text]", !known ? label("unanswered") :
        (s.reveal.correct ? label("right") : label("wrong")));
      text("[data-explanation]", s.reveal.explanation);
    }
  }

  function chart(series) {
    var figure = document.createElement("figure");
    figure.className = "live-chart" + (series.current ? " live-chart--current" : "");
    if (series.label) {
      var caption = document.createElement("figcaption");
      caption.textContent = series.label;
      figure.appendChild(caption);
    }
    var total = series.bars.reduce(function (sum, b) { return sum + b.count; }, 0);
    var list = document.createElement("ol");
    list.className = "live-bars";
    series.bars.forEach(function (b) {
      var li = document.createElement("li");
      li.className = "live-bar" + (b.right ? " live-bar--right" : "");
      var name = document.createElement("span");
      name.className = "live-bar__label";
      name.dir = "auto";
      name.textContent = b.label;
      var track = document.createElement("span");
      track.className = "live-bar__track";
      var fillEl = document.createElement("span");
      fillEl.className = "live-bar__fill";
      fillEl.style.inlineSize = (total ? Math.round(100 * b.count / total) : 0) + "%";
      track.appendChild(fillEl);
      var count = document.createElement("span");
      count.className = "live-bar__count";
      count.textContent = num(b.count);
      li.appendChild(name);
      li.appendChild(track);
      li.appendChild(count);
      list.appendChild(li);
    });
    figure.appendChild(list);
    return figure;
  }

  function renderPresenter(s) {
    text("[data-joined]", num(s.joined));
    var qid = s.question ? s.question.id : null;
    var count = Math.max(s.answered || 0, answered[qid] || 0);
    answered[qid] = count;
    text("[data-answered]", num(count));
    var controls = $("[data-controls]");
    var can = {
      next: s.state !== "ended" && !s.last, reveal: s.state === "open",
      pause: s.state === "open" && !s.paused, resume: s.state === "open" && s.paused,
      leaderboard: s.state !== "ended", end: s.state !== "ended",
    };
    controls.querySelectorAll("[data-action]").forEach(function (button) {
      var action = button.getAttribute("data-action");
      button.disabled = !can[action];
      button.hidden = (action === "pause" && s.paused) || (action === "resume" && !s.paused);
    });
    var board = $("[data-leaderboard]");
    controls.querySelector('[data-action="leaderboard"]')
      .setAttribute("aria-pressed", s.leaderboard ? "true" : "false");
    show(board, !!s.leaderboard);
    if (s.leaderboard) {
      var leaders = $("[data-leaders]");
      leaders.textContent = "";
      s.leaderboard.forEach(function (row) {
        var li = document.createElement("li");
        var who = document.createElement("bdi");
        who.textContent = row.name;
        li.appendChild(who);
        li.appendChild(document.createTextNode(" · " + num(row.points)));
        leaders.appendChild(li);
      });
    }
    show(controls, s.state !== "ended");
    if (s.state === "ended") {
      screen("ended");
      var body = $("[data-summary]");
      body.textContent = "";
      (s.summary || []).forEach(function (row) {
        var tr = document.createElement("tr");
        [num(row.number) + ". " + row.prompt, num(row.answered),
         row.share_correct === null ? "—" : pct(row.share_correct),
         row.common_wrong ? row.common_wrong.label + " (" + num(row.common_wrong.count) + ")" : "—"]
          .forEach(function (value, i) {
            var cell = document.createElement(i === 0 ? "th" : "td");
            if (i === 0) { cell.scope = "row"; }
            cell.dir = "auto";
            cell.textContent = value;
            tr.appendChild(cell);
          });
        body.appendChild(tr);
      });
      return;
    }
    var q = showQuestion(s);
    if (!q) { return; }
    var options = $("[data-options]");
    options.textContent = "";
    // the chart replaces the list once revealed (its bars carry the same labels)
    options.hidden = q.scale || !!s.reveal;
    var right = s.reveal ? s.reveal.right : [];
    q.buttons.forEach(function (b) {
      var li = document.createElement("li");
      li.dir = "auto";
      li.textContent = b.label;
      li.classList.toggle("is-right", right.indexOf(b.value) >= 0);
      options.appendChild(li);
    });
    show($("[data-paused]"), s.state === "open" && s.paused);
    show($("[data-reveal]"), !!s.reveal);
    var charts = $("[data-charts]");
    charts.textContent = "";
    if (s.reveal) {
      charts.classList.toggle("live-charts--pair", s.reveal.series.length > 1);
      s.reveal.series.forEach(function (series) { charts.appendChild(chart(series)); });
      text("[data-explanation]", s.reveal.explanation);
    }
  }

  function render(s) {
    if (current && s.version < current.version) { return; }
    current = s;
    root.setAttribute("data-state", s.state);
    root.setAttribute("data-version", String(s.version));
    if (presenter) { renderPresenter(s); } else { renderLearner(s); }
    if (s.state === "ended") { finish(); }
  }

  // Once ended nothing changes any more: the connection is closed and the status no
  // longer says "Live" (a room reads that as "the quiz is still running").
  var finished = false;
  function finish() {
    if (finished) { return; }
    finished = true;
    stopPolling();
    if (socket) { socket.close(1000); }
    setStatus("ended");
  }

  // --- actions: over the socket when it is open, else by POST ---------------------------

  function post(url, body) {
    return fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRFToken": csrf},
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) { throw new Error(data.error || String(response.status)); }
        return data;
      });
    });
  }

  function choose(value) {
    if (!current || !current.question) { return; }
    if (current.question.multiple) {
      var at = selected.indexOf(value);
      if (at >= 0) { selected.splice(at, 1); } else { selected.push(value); }
      render(current);
      return;
    }
    send(value);
  }

  function send(value) {
    var q = current.question;
    setError("");
    sending = true;
    render(current);
    var message = {type: "answer", question: q.id, value: value};
    if (socketOpen) {
      socket.send(JSON.stringify(message));
      return;
    }
    post(root.getAttribute("data-answer-url"), message).then(onMessage, function (error) {
      sending = false;
      setError(error.message);
      render(current);
    });
  }

  function onMessage(data) {
    if (data.type === "state") {
      sending = false;
      render(data);
    } else if (data.type === "answered") {
      sending = false;
      if (current && current.question && current.question.id === data.question) {
        current.mine = data.value;
        render(current);
      }
    } else if (data.type === "count") {
      if (data.question) { answered[data.question] = Math.max(answered[data.question] || 0, data.answered); }
      if (current) {
        if (data.joined !== null && data.joined !== undefined) { current.joined = data.joined; }
        if (current.question && current.question.id === data.question) {
          current.answered = answered[data.question];
        }
        render(current);
      }
    } else if (data.type === "error") {
      sending = false;
      setError(data.message);
      if (current) { render(current); }
    }
  }

  var sendButton = $("[data-send]");
  if (sendButton) {
    sendButton.addEventListener("click", function () {
      if (selected.length) { send(selected.slice()); }
    });
  }

  var controls = $("[data-controls]");
  if (controls) {
    controls.addEventListener("submit", function (event) {
      var action = event.submitter && event.submitter.value;
      if (!action) { return; }
      event.preventDefault();
      setError("");
      if (socketOpen) {
        socket.send(JSON.stringify({type: "command", action: action}));
        return;
      }
      post(root.getAttribute("data-control-url"), {action: action})
        .then(onMessage, function (error) { setError(error.message); });
    });
  }

  // --- connection: websocket first, polling while it is down ------------------------------

  function poll() {
    fetch(root.getAttribute("data-state-url"), {credentials: "same-origin",
                                                 headers: {"Accept": "application/json"}})
      .then(function (response) { return response.json(); })
      .then(function (data) { if (data.type === "state") { render(data); } })
      .catch(function () {});
  }

  function startPolling() {
    if (pollTimer) { return; }
    setStatus("polling");
    poll();
    pollTimer = window.setInterval(poll, POLL_MS);
  }

  function stopPolling() {
    if (pollTimer) { window.clearInterval(pollTimer); pollTimer = null; }
  }

  function connect() {
    if (finished) { return; }
    if (typeof window.WebSocket !== "function") {
      startPolling();
      return;
    }
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    try {
      socket = new WebSocket(scheme + window.location.host + root.getAttribute("data-ws-path"));
    } catch (e) {
      startPolling();
      return;
    }
    socket.addEventListener("open", function () {
      if (finished) { socket.close(1000); return; }
      socketOpen = true;
      failures = 0;
      stopPolling();
      setStatus("live");
    });
    socket.addEventListener("message", function (event) {
      try { onMessage(JSON.parse(event.data)); } catch (e) { /* ignore a bad frame */ }
    });
    socket.addEventListener("close", function (event) {
      socketOpen = false;
      socket = null;
      if (finished) { return; }
      failures += 1;
      sending = false;
      // 4401: the session ended; the reloaded page asks to sign in again.
      if (event.code === 4401) { stopPolling(); window.location.reload(); return; }
      if (event.code >= 4400 && event.code < 4500) { startPolling(); return; }
      if (failures >= 2) { startPolling(); }
      else { setStatus("reconnecting"); }
      // keep trying the socket: it replaces polling as soon as it opens again
      window.setTimeout(connect, Math.min(10000, 1000 * failures));
    });
  }

  render(JSON.parse(initialNode.textContent));
  connect();
}());
