/* Lesson page side of an H5P activity: sizes the sandboxed frame and relays its results
   to the server. Messages are accepted only from our own iframes' windows, and only with
   the opaque origin ("null") that a frame sandboxed without allow-same-origin has. */
(function () {
  'use strict';
  if (window.basiraH5PParent) { return; }
  window.basiraH5PParent = true;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe.h5p-activity__frame'));
  }

  function status(frame, text) {
    var box = frame.parentNode.querySelector('.h5p-activity__status');
    if (box && text) { box.textContent = text; }
  }

  // An activity that cannot load says so in words (the template's translated text), and
  // the rest of the lesson stays usable: on the frame's "error" message, or when no
  // "ready" came within data-load-timeout seconds of the frame nearing the screen (a
  // missing library script leaves the player waiting forever, without an error).
  function fail(frame) {
    if (frame.getAttribute('data-ready') === 'true') { return; }
    var box = frame.parentNode.querySelector('.h5p-activity__status');
    frame.setAttribute('data-failed', 'true');
    frame.hidden = true;
    if (box) { box.classList.add('h5p-activity__status--failed'); }
    status(frame, box && box.dataset.failedText);
  }

  function recover(frame) {
    // A slow activity that loads after all: show it again and drop the message.
    frame.setAttribute('data-ready', 'true');
    if (frame.getAttribute('data-failed') === 'true') {
      frame.removeAttribute('data-failed');
      frame.hidden = false;
      var box = frame.parentNode.querySelector('.h5p-activity__status');
      if (box) {
        box.textContent = '';
        box.classList.remove('h5p-activity__status--failed');
      }
    }
  }

  function watchLoading(frame) {
    var seconds = parseInt(frame.dataset.loadTimeout, 10);
    if (!(seconds > 0)) { return; }
    var start = function () {
      window.setTimeout(function () { fail(frame); }, seconds * 1000);
    };
    if (!window.IntersectionObserver) { start(); return; }
    // The frame loads lazily: start counting when it comes near the screen.
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        observer.disconnect();
        start();
      }
    }, {rootMargin: '200px'});
    observer.observe(frame);
  }

  frames().forEach(watchLoading);

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
      var box = frame.parentNode.querySelector('.h5p-activity__status');
      if (data && data.recorded) {
        status(frame, box && box.dataset.savedText);
        frame.dispatchEvent(new CustomEvent('basira:h5p-result', {bubbles: true, detail: data}));
      } else if (!data) {
        status(frame, box && box.dataset.errorText);
      }
    }).catch(function () {
      var box = frame.parentNode.querySelector('.h5p-activity__status');
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
    } else if (data.type === 'xapi') {
      send(frame, data.statement);
    } else if (data.type === 'ready') {
      recover(frame);
    } else if (data.type === 'error') {
      fail(frame);
    }
  });
})();
