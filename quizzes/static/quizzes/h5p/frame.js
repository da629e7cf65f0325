/* The H5P player frame. Runs in a sandboxed iframe (opaque origin, no cookies) served
   from the H5P origin; talks to the lesson page only through postMessage. */
(function () {
  'use strict';
  // The frame has an opaque origin (sandbox without allow-same-origin): reading
  // localStorage or document.cookie throws, which H5P core does not expect. Give it a
  // storage that lives as long as the frame, and no cookies.
  function memoryStorage() {
    var items = {};
    return {
      getItem: function (key) { return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null; },
      setItem: function (key, value) { items[key] = String(value); },
      removeItem: function (key) { delete items[key]; },
      clear: function () { items = {}; },
      key: function (index) { return Object.keys(items)[index] || null; },
      get length() { return Object.keys(items).length; }
    };
  }
  ['localStorage', 'sessionStorage'].forEach(function (name) {
    try { window[name].getItem('probe'); } catch (e) {
      Object.defineProperty(window, name, {value: memoryStorage(), configurable: true});
    }
  });
  try { void document.cookie; } catch (e) {
    Object.defineProperty(document, 'cookie', {get: function () { return ''; }, set: function () {}, configurable: true});
  }

  var config = JSON.parse(document.getElementById('h5p-config').textContent);
  var container = document.getElementById('h5p-container');

  function post(message) {
    message.source = 'basira-h5p';
    try {
      window.parent.postMessage(message, config.parentOrigin);
    } catch (e) { /* the parent went away */ }
  }

  var lastHeight = 0;
  function reportHeight() {
    // The content's own height, not the viewport's (which follows the iframe's size).
    var height = Math.ceil(container.getBoundingClientRect().height);
    if (height && height !== lastHeight) {
      lastHeight = height;
      post({type: 'resize', height: height});
    }
  }

  function followDirection() {
    var inner = container.querySelector('iframe');
    try {
      if (inner && inner.contentDocument) {
        inner.contentDocument.documentElement.setAttribute('dir', config.dir);
        inner.contentDocument.documentElement.setAttribute('lang', config.lang);
      }
    } catch (e) { /* not reachable: keep H5P's default */ }
  }

  new H5PStandalone.H5P(container, config.options).then(function () {
    followDirection();
    window.H5P.externalDispatcher.on('xAPI', function (event) {
      post({type: 'xapi', statement: event.data.statement});
    });
    post({type: 'ready'});
    reportHeight();
  }).catch(function (error) {
    post({type: 'error', message: String(error && error.stack || error).slice(0, 500)});
  });

  if (window.ResizeObserver) {
    new ResizeObserver(reportHeight).observe(document.body);
  }
  window.addEventListener('load', reportHeight);
  setInterval(reportHeight, 1000);
})();
