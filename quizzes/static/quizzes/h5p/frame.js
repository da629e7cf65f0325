/* The H5P player frame. Runs in a sandboxed iframe (opaque origin, no cookies) served
   from the H5P origin; talks to the lesson page only through postMessage. */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('h5p-config').textContent);
  var container = document.getElementById('h5p-container');

  function post(message) {
    message.source = 'basira-h5p';
    try {
      window.parent.postMessage(message, config.parentOrigin);
    } catch (e) { /* the parent went away */ }
  }

  function reportHeight() {
    post({type: 'resize', height: Math.ceil(document.documentElement.scrollHeight)});
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
  }).catch(function () {
    post({type: 'error'});
  });

  if (window.ResizeObserver) {
    new ResizeObserver(reportHeight).observe(document.body);
  }
  window.addEventListener('load', reportHeight);
  setInterval(reportHeight, 1000);
})();
