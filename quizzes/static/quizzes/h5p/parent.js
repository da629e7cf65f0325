/* Lesson page side of an H5P activity: loads the sandboxed frame when it comes near the
   screen, fetches the player's files for it, sizes it, relays its results to the server
   and tells the learner (and the editors' log) when it cannot start. Messages are
   accepted only from our own iframes' windows, and only with the opaque origin ("null")
   that a frame sandboxed without allow-same-origin has. */
(function () {
  'use strict';
  if (window.basiraH5PParent) { return; }
  window.basiraH5PParent = true;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe.h5p-activity__frame'));
  }

  function statusBox(frame) {
    return frame.parentNode.querySelector('.h5p-activity__status');
  }

  function status(frame, text) {
    var box = statusBox(frame);
    if (box && text) { box.textContent = text; }
  }

  // An activity that cannot start says so in words (the template's translated text), the
  // rest of the lesson stays usable, and the editors' log gets one line (no learner data).
  function fail(frame, reason, detail) {
    if (frame.getAttribute('data-ready') === 'true' || frame.getAttribute('data-failed') === 'true') { return; }
    var box = statusBox(frame);
    frame.setAttribute('data-failed', 'true');
    frame.hidden = true;
    if (box) { box.classList.add('h5p-activity__status--failed'); }
    status(frame, box && box.dataset.failedText);
    if (frame.dataset.failureUrl) {
      fetch(frame.dataset.failureUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', 'X-CSRFToken': frame.dataset.csrf},
        body: JSON.stringify({activity: frame.dataset.activity, reason: reason,
                              detail: String(detail || '').slice(0, 200)})
      }).catch(function () { /* the notice is what matters */ });
    }
  }

  function recover(frame) {
    // A slow activity that loads after all: show it again and drop the message.
    frame.setAttribute('data-ready', 'true');
    if (frame.getAttribute('data-failed') === 'true') {
      frame.removeAttribute('data-failed');
      frame.hidden = false;
      var box = statusBox(frame);
      if (box) {
        box.textContent = '';
        box.classList.remove('h5p-activity__status--failed');
      }
    }
  }

  // The frame loads when it comes within a screen of the viewport (loading="lazy" alone
  // loaded every frame at once); from then on it has data-load-timeout seconds to start.
  function load(frame) {
    if (frame.getAttribute('src') || !frame.dataset.src) { return; }
    frame.src = frame.dataset.src;
    var seconds = parseInt(frame.dataset.loadTimeout, 10);
    if (seconds > 0) {
      window.setTimeout(function () { fail(frame, 'timeout', seconds + 's'); }, seconds * 1000);
    }
  }

  if (window.IntersectionObserver) {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          load(entry.target);
        }
      });
    }, {rootMargin: '100% 0px'});
    frames().forEach(function (frame) { observer.observe(frame); });
  } else {
    frames().forEach(load);
  }

  // --- the player's files, fetched here where the browser can keep them -----------------
  var cache = {};

  function mayRelay(frame, url) {
    var prefixes = (frame.dataset.relay || '').split(' ').filter(Boolean);
    var parsed;
    try { parsed = new URL(url); } catch (e) { return false; }
    return parsed.href === url && prefixes.some(function (prefix) { return url.indexOf(prefix) === 0; });
  }

  function relay(frame, data) {
    var url = String(data.url || '');
    var answer = function (ok, status, body) {
      try {
        // The frame's origin is opaque, so it cannot be named; what is sent is public.
        frame.contentWindow.postMessage({source: 'basira-h5p-parent', type: 'fetched', id: data.id,
                                         ok: ok, status: status, body: body}, '*');
      } catch (e) { /* the frame went away */ }
    };
    if (!mayRelay(frame, url)) { answer(false, 403, null); return; }
    // The player's static files are this site's own: fetched from here (no CORS needed).
    var map = (frame.dataset.staticMap || '').split(' ');
    var source = map.length === 2 && map[0] && url.indexOf(map[0]) === 0
      ? map[1] + url.slice(map[0].length) : url;
    if (!cache[url]) {
      cache[url] = fetch(source, {credentials: 'omit', mode: 'cors', referrerPolicy: 'no-referrer'})
        .then(function (response) {
          if (!response.ok) { throw response.status; }
          return response.arrayBuffer();
        });
      cache[url].catch(function () { delete cache[url]; });
    }
    cache[url].then(function (body) { answer(true, 200, body); },
                    function (status) { answer(false, typeof status === 'number' ? status : 0, null); });
  }

  // --- results ----------------------------------------------------------------------------
  function isResult(statement) {
    var id = statement && statement.object && statement.object.id;
    return statement && statement.result && typeof id === 'string' && id.indexOf('?') === -1;
  }

  function send(frame, statement) {
    if (frame.dataset.canRecord !== 'true' || !isResult(statement)) { return; }
    fetch(frame.dataset.resultsUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-CSRFToken': frame.dataset.csrf},
      body: JSON.stringify({activity: frame.dataset.activity, statement: statement})
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (data) {
      var box = statusBox(frame);
      if (data && data.recorded) {
        status(frame, box && box.dataset.savedText);
        frame.dispatchEvent(new CustomEvent('basira:h5p-result', {bubbles: true, detail: data}));
      } else if (!data) {
        status(frame, box && box.dataset.errorText);
      }
    }).catch(function () {
      var box = statusBox(frame);
      status(frame, box && box.dataset.errorText);
    });
  }

  window.addEventListener('message', function (event) {
    var frame = frames().filter(function (f) { return f.contentWindow === event.source; })[0];
    if (!frame || event.origin !== 'null') { return; }
    var data = event.data;
    if (!data || data.source !== 'basira-h5p') { return; }
    if (data.type === 'resize') {
      var height = Math.min(Math.max(parseInt(data.height, 10) || 0, 120), 4000);
      frame.style.blockSize = height + 'px';
    } else if (data.type === 'fetch') {
      relay(frame, data);
    } else if (data.type === 'xapi') {
      send(frame, data.statement);
    } else if (data.type === 'ready') {
      recover(frame);
    } else if (data.type === 'error') {
      fail(frame, String(data.reason || 'error'), data.detail);
    }
  });
})();
