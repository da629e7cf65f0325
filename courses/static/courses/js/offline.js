// Offline reading (docs/design.md, "Offline caching"). On every learner page: if this
// phone has Basira's service worker, tell it (through a small cache entry) whose account
// is signed in, so that offline only this account's saved courses answer. On a course
// page: "Save this course for offline use" registers the worker, then stores the course
// page, its lessons (only responses the server marked X-Basira-Offline), the files they
// use and their images at the size this phone shows, in the account's own cache.
(function () {
  "use strict";
  var script = document.currentScript;
  var account = script && script.getAttribute("data-account");
  if (!account || !("serviceWorker" in navigator) || !("caches" in window)) return;
  var CACHE = "basira-offline-" + account;
  var META = "basira-offline-meta";
  var MARK = "X-Basira-Offline";
  var RECORD = "/__basira/saved";
  var number = new Intl.NumberFormat(script.getAttribute("data-locale") || undefined);

  function rememberAccount() {
    return caches.open(META).then(function (meta) {
      return meta.put("/__basira/account", new Response(account));
    });
  }
  navigator.serviceWorker.getRegistration("/").then(function (registration) {
    if (!registration) return;
    rememberAccount();
    window.basiraOffline = { queue: queueForm };
    replay();
    window.addEventListener("online", replay);
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.type === "basira-replayed") replay();
    });
  });

  // Forms sent offline (the quiz script calls queue; "mark as complete" forms carry
  // data-offline-queue) wait in the worker's queue of this account until the connection
  // returns; the server's answers come back as notices (docs/design.md, "Offline caching").
  function ask(message) {
    return navigator.serviceWorker.ready.then(function (registration) {
      return new Promise(function (resolve) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) { resolve(event.data); };
        message.account = account;
        registration.active.postMessage(message, [channel.port2]);
      });
    });
  }
  function queueForm(form) {
    var body = new URLSearchParams(new FormData(form)).toString();
    return ask({ type: "basira-queue", url: form.action, body: body }).then(function (answer) {
      if (!answer.queued) throw new Error("not queued");
      replay();
    });
  }
  function csrf() {
    var field = document.querySelector("[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }
  var replaying = false, again = false;
  function replay() {
    if (replaying) { again = true; return; } // once more when this one ends
    replaying = true;
    function end() { replaying = false; if (again) { again = false; replay(); } }
    ask({ type: "basira-replay", csrf: csrf() }).then(function (answer) {
      showNotices(answer.notices, answer.waiting);
      end();
    }, end);
  }
  function noticeBox() {
    var box = document.querySelector("[data-offline-notices]");
    if (!box) {
      box = document.createElement("div");
      box.className = "offline-notices";
      box.setAttribute("data-offline-notices", "");
      box.setAttribute("role", "status");
      var main = document.querySelector("main") || document.body;
      main.insertBefore(box, main.firstChild);
    }
    return box;
  }
  function showNotices(notices, waiting) {
    var box = noticeBox();
    var line = box.querySelector("[data-offline-waiting]");
    if (waiting) {
      if (!line) {
        line = document.createElement("p");
        line.setAttribute("data-offline-waiting", "");
        box.appendChild(line);
      }
      line.textContent = script.getAttribute("data-waiting").replace("{n}", number.format(waiting));
    } else if (line) {
      line.remove();
    }
    (notices || []).forEach(function (notice) {
      var p = document.createElement("p");
      p.className = "offline-notice offline-notice--" + notice.outcome;
      p.textContent = notice.message + " ";
      var link = document.createElement("a");
      link.href = notice.url;
      link.textContent = notice.link;
      p.appendChild(link);
      box.appendChild(p);
    });
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (navigator.onLine !== false || !form.hasAttribute("data-offline-queue") ||
        !window.basiraOffline) return;
    event.preventDefault();
    queueForm(form).then(function () {
      var p = document.createElement("p");
      p.className = "offline-notice";
      p.setAttribute("role", "status");
      p.textContent = script.getAttribute("data-queued");
      form.replaceWith(p);
    });
  });

  var box = document.querySelector("[data-offline-save]");
  if (!box) return;
  var words = {};
  Array.prototype.forEach.call(
    box.querySelector("[data-offline-words]").content.querySelectorAll("[data-word]"),
    function (node) { words[node.getAttribute("data-word")] = node.textContent; });
  function say(key, values) {
    var text = words[key];
    Object.keys(values || {}).forEach(function (name) {
      text = text.split("{" + name + "}").join(values[name]);
    });
    return text;
  }
  function kb(bytes) { return say("kb", { n: number.format(Math.max(1, Math.round(bytes / 1024))) }); }

  var status = box.querySelector("[data-offline-status]");
  var bar = box.querySelector("[data-offline-progress]");
  var start = box.querySelector("[data-offline-start]");
  var remove = box.querySelector("[data-offline-remove]");
  var saved = box.querySelector("[data-offline-saved]");
  var coursePath = window.location.pathname;
  var recordKey = RECORD + coursePath;
  var lessons = (box.getAttribute("data-lessons") || "").split(" ").filter(Boolean);
  // Saved with the lessons: the course's glossary.
  var extraPages = (box.getAttribute("data-pages") || "").split(" ").filter(Boolean);

  function show(record) {
    saved.hidden = !record;
    remove.hidden = !record;
    start.hidden = !!record;
    if (record) box.querySelector("[data-offline-size]").textContent = kb(record.bytes);
  }
  function readRecord(cache) {
    return cache.match(recordKey).then(function (r) { return r ? r.json() : null; });
  }
  caches.has(CACHE).then(function (exists) {
    return exists ? caches.open(CACHE).then(readRecord) : null;
  }).then(function (record) { show(record); box.hidden = false; });

  function sameOrigin(url) { return new URL(url, window.location.href).origin === window.location.origin; }

  // The image this phone would show: a detached <img> picks from srcset and sizes as the
  // page will, and its currentSrc is then the one to keep.
  function chosenImage(img) {
    return new Promise(function (resolve) {
      var probe = new Image();
      probe.onload = probe.onerror = function () { resolve(probe.currentSrc || probe.src); };
      if (img.getAttribute("sizes")) probe.sizes = img.getAttribute("sizes");
      if (img.getAttribute("srcset")) probe.srcset = img.getAttribute("srcset");
      probe.src = img.getAttribute("src") || "";
    });
  }

  function titleOf(doc) {
    var heading = doc.querySelector("h1");
    return (heading ? heading.textContent : doc.title).trim();
  }

  function filesOf(doc, base) {
    var urls = [];
    doc.querySelectorAll("link[rel=stylesheet][href], link[rel=preload][as=font][href], script[src]")
      .forEach(function (node) {
        urls.push(new URL(node.getAttribute(node.tagName === "SCRIPT" ? "src" : "href"), base).href);
      });
    var images = Array.prototype.map.call(doc.querySelectorAll("img[src]"), chosenImage);
    return Promise.all(images).then(function (srcs) {
      return urls.concat(srcs.map(function (src) { return new URL(src, base).href; }))
        .filter(sameOrigin);
    });
  }

  function fontsOf(css, base) {
    var found = [], pattern = /url\(\s*["']?([^"')]+\.woff2[^"')]*)["']?\s*\)/g, match;
    while ((match = pattern.exec(css))) found.push(new URL(match[1], base).href);
    return found.filter(sameOrigin);
  }

  function save() {
    start.disabled = true;
    bar.hidden = false;
    var pages = [coursePath].concat(lessons, extraPages);
    var files = [], done = 0, bytes = 0, stored = [], titled = [];
    function progress() {
      bar.max = pages.length;
      bar.value = done;
      status.textContent = say("saving", { done: number.format(done), total: number.format(pages.length), size: kb(bytes) });
    }
    function keep(cache, url, response) {
      return response.clone().blob().then(function (body) {
        bytes += body.size;
        stored.push(url);
        return cache.put(url, response);
      });
    }
    progress();
    return navigator.serviceWorker.register("/sw.js", { scope: "/" })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(rememberAccount)
      .then(function () { return caches.open(CACHE); })
      .then(function (cache) {
        var chain = Promise.resolve();
        pages.forEach(function (url) {
          chain = chain.then(function () {
            return fetch(url, { credentials: "same-origin" }).then(function (response) {
              if (!response.ok) throw new Error(url);
              if (!response.headers.has(MARK)) { done += 1; progress(); return null; }
              return response.clone().text().then(function (html) {
                var doc = new DOMParser().parseFromString(html, "text/html");
                // For the offline page's list of what is saved (sw.js, offlineFallback).
                titled.push({ url: url, title: titleOf(doc) });
                return keep(cache, url, response).then(function () {
                  return filesOf(doc, new URL(url, window.location.href));
                });
              }).then(function (found) {
                found.forEach(function (file) { if (files.indexOf(file) < 0) files.push(file); });
                done += 1;
                progress();
              });
            });
          });
        });
        return chain.then(function () {
          var index = 0;
          function next() {
            if (index >= files.length) return Promise.resolve();
            var url = files[index++];
            return fetch(url, { credentials: "same-origin" }).then(function (response) {
              if (!response.ok) return null;
              var work = keep(cache, url, response.clone());
              if (/\.css(\?|$)/.test(url)) {
                work = work.then(function () { return response.text(); }).then(function (css) {
                  fontsOf(css, new URL(url)).forEach(function (font) {
                    if (files.indexOf(font) < 0) files.push(font);
                  });
                });
              }
              return work;
            }).then(function () { progress(); return next(); });
          }
          return next();
        }).then(function () {
          var record = { bytes: bytes, urls: stored, saved: Date.now(),
                         course: titled[0], pages: titled.slice(1) };
          return cache.put(recordKey, new Response(JSON.stringify(record),
            { headers: { "Content-Type": "application/json" } })).then(function () { return record; });
        });
      })
      .then(function (record) {
        status.textContent = say("done");
        show(record);
      })
      .catch(function () { status.textContent = say("failed"); })
      .then(function () { start.disabled = false; bar.hidden = true; });
  }

  function removeCopy() {
    return caches.open(CACHE).then(function (cache) {
      return cache.keys().then(function (requests) {
        var others = requests.filter(function (r) {
          var path = new URL(r.url).pathname;
          return path.indexOf(RECORD) === 0 && path !== recordKey;
        });
        if (!others.length) return caches.delete(CACHE);
        // Another saved course still uses the shared files: drop this course's pages only.
        var drops = [coursePath].concat(lessons, extraPages, [recordKey]);
        return Promise.all(drops.map(function (url) { return cache.delete(url); }));
      });
    }).then(function () { show(null); status.textContent = say("removed"); });
  }

  start.addEventListener("click", save);
  remove.addEventListener("click", removeCopy);
})();
