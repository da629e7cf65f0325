/* The H5P player frame. Runs in a sandboxed iframe (opaque origin, no cookies) served
   from the H5P origin; talks to the lesson page only through postMessage.

   An opaque-origin document gets no HTTP cache, so the player, the libraries and their
   fonts are asked of the lesson page, which fetches them in its own cache and hands the
   bytes over ("fetch" → "fetched"); they run from blob: URLs here. The package's small
   JSON files come inline with this document (quizzes/h5p/player.py). */
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
  var own = Object.prototype.hasOwnProperty;
  var ready = false;
  var failed = false;

  function post(message) {
    message.source = 'basira-h5p';
    try {
      window.parent.postMessage(message, config.parentOrigin);
    } catch (e) { /* the parent went away */ }
  }

  // Every way of not starting is told to the lesson page at once: a file that could not
  // be had, a script the policy refused, the player's promise rejected. Errors after
  // "ready" are the content's own business.
  function fail(reason, detail) {
    if (ready || failed) { return; }
    failed = true;
    post({type: 'error', reason: reason, detail: String(detail || '').slice(0, 200)});
  }

  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target.tagName === 'SCRIPT') {
      fail('script', target.getAttribute('data-h5p') || target.src);
    }
  }, true);
  document.addEventListener('securitypolicyviolation', function (event) {
    if (String(event.effectiveDirective || event.violatedDirective).indexOf('script-src') === 0) {
      fail('blocked', event.effectiveDirective + ' ' + (event.blockedURI || ''));
    }
  });

  // --- files asked of the lesson page -------------------------------------------------
  var waiting = {};
  var nextId = 0;
  var fetched = {};

  function relayable(url) {
    return config.relay.some(function (prefix) { return url.indexOf(prefix) === 0; });
  }

  function versioned(url) {
    for (var folder in config.versions) {
      if (own.call(config.versions, folder) && url.indexOf(folder) === 0) {
        return url + (url.indexOf('?') === -1 ? '?' : '&') + 'v=' + config.versions[folder];
      }
    }
    return url;
  }

  function relay(url) {
    if (!fetched[url]) {
      fetched[url] = new Promise(function (resolve, reject) {
        var id = ++nextId;
        waiting[id] = {resolve: resolve, reject: reject, url: url};
        post({type: 'fetch', id: id, url: versioned(url)});
      });
    }
    return fetched[url];
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.source !== window.parent || !data || data.source !== 'basira-h5p-parent') { return; }
    var entry = waiting[data.id];
    if (data.type !== 'fetched' || !entry) { return; }
    delete waiting[data.id];
    if (data.ok) {
      entry.resolve(data.body);
    } else {
      entry.reject(new Error('could not fetch ' + entry.url + ' (' + data.status + ')'));
    }
  });

  function blobUrl(body, type) {
    return URL.createObjectURL(new Blob([body], {type: type}));
  }

  function text(body) {
    return typeof body === 'string' ? body : new TextDecoder('utf-8').decode(body);
  }

  // Fonts named by a stylesheet: the best format of each face is fetched through the
  // lesson page too (a font loaded by the frame itself would be downloaded on every view).
  var FORMATS = [['woff2', /\.woff2(?:[?#]|$)/i], ['woff', /\.woff(?:[?#]|$)/i],
                 ['truetype', /\.ttf(?:[?#]|$)/i], ['opentype', /\.otf(?:[?#]|$)/i]];

  function absoluteUrls(css, base) {
    return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, function (match, quote, url) {
      if (/^(data:|blob:|#)/i.test(url)) { return match; }
      return 'url("' + new URL(url, base).href + '")';
    });
  }

  function relayFonts(css) {
    var faces = css.match(/@font-face\s*{[^}]*}/gi) || [];
    return Promise.all(faces.map(function (face) {
      var urls = [];
      face.replace(/url\("([^"]+)"\)/g, function (match, url) { urls.push(url); return match; });
      var best = null;
      FORMATS.some(function (format) {
        var url = urls.filter(function (u) { return format[1].test(u) && relayable(u); })[0];
        if (url) { best = {url: url.replace(/[?#].*$/, ''), format: format[0]}; }
        return !!best;
      });
      if (!best) { return face; }
      return relay(best.url).then(function (body) {
        var src = 'src: url("' + blobUrl(body, 'font/' + best.format) + '") format("' + best.format + '");';
        return face.replace(/src\s*:[^;}]*(;|(?=}))/gi, '').replace(/;?\s*}\s*$/, ';' + src + '}');
      }, function () { return face; });
    })).then(function (rewritten) {
      faces.forEach(function (face, index) { css = css.replace(face, rewritten[index]); });
      return css;
    });
  }

  // Fonts of the libraries' stylesheets are what their content shows (icon fonts,
  // mostly), fetched with them; the player's own stylesheet declares many faces it seldom
  // uses, left for the browser to load when one is used (config.eagerFonts).
  function eagerFonts(url) {
    return config.eagerFonts.some(function (prefix) { return url.indexOf(prefix) === 0; });
  }

  function relayStyle(link, url) {
    link.removeAttribute('href');
    relay(url).then(function (body) {
      var css = absoluteUrls(text(body), url);
      return eagerFonts(url) ? relayFonts(css) : css;
    }).then(function (css) {
      link.href = blobUrl(css, 'text/css');
    }, function () {
      link.href = url;  // unstyled is better than absent: let the frame try itself
    });
  }

  // Scripts keep their order: h5p-standalone inserts them with async=false and waits for
  // each onload; the bytes arrive in any order, the sources are set in insertion order.
  var scriptsInOrder = Promise.resolve();

  function relayScript(script, url) {
    script.removeAttribute('src');
    var body = relay(url);
    scriptsInOrder = scriptsInOrder.then(function () { return body; }).then(function (code) {
      script.src = blobUrl(code, 'text/javascript');
    }, function (error) {
      fail('script', url);
      throw error;
    });
  }

  function intercept(node) {
    if (node && node.tagName === 'SCRIPT' && node.src && relayable(node.src)) {
      var scriptUrl = node.src;
      // Set the source after insertion: a connected script prepares when src is set.
      return function () { relayScript(node, scriptUrl); };
    }
    if (node && node.tagName === 'LINK' && node.rel === 'stylesheet' && relayable(node.href)) {
      var styleUrl = node.href;
      return function () { relayStyle(node, styleUrl); };
    }
    return null;
  }

  [Element.prototype, Node.prototype].forEach(function (proto) {
    ['append', 'appendChild'].forEach(function (name) {
      var native = proto[name];
      if (!native || own.call(proto, '__basira_' + name)) { return; }
      proto['__basira_' + name] = true;
      proto[name] = function () {
        var after = [];
        var nodes = Array.prototype.slice.call(arguments).map(function (node) {
          var then = intercept(node);
          if (then) {
            after.push(then);
            if (node.tagName === 'SCRIPT') { node.removeAttribute('src'); }
            if (node.tagName === 'LINK') { node.removeAttribute('href'); }
          }
          return node;
        });
        var result = native.apply(this, nodes);
        after.forEach(function (then) { then(); });
        return result;
      };
    });
  });

  // h5p-standalone reads h5p.json, content.json and every library.json with fetch().
  var nativeFetch = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var url = new URL(typeof input === 'string' ? input : input.url, document.baseURI).href;
    if (own.call(config.inline, url)) {
      return Promise.resolve(new Response(config.inline[url],
        {headers: {'Content-Type': 'application/json'}}));
    }
    if (relayable(url)) {
      return relay(url).then(function (body) { return new Response(body); });
    }
    return nativeFetch(input, init);
  };

  // --- the player -----------------------------------------------------------------------
  var lastHeight = 0;
  function reportHeight() {
    // The content's own height, not the viewport's (which follows the iframe's size):
    // the content type's root where there is one (some wrappers stretch to the frame).
    var root = container.querySelector('.h5p-content > *') || container;
    var height = Math.ceil(root.getBoundingClientRect().bottom + window.scrollY);
    if (height && height !== lastHeight) {
      lastHeight = height;
      post({type: 'resize', height: height});
    }
  }

  function start() {
    new H5PStandalone.H5P(container, config.options).then(function () {
      window.H5P.externalDispatcher.on('xAPI', function (event) {
        post({type: 'xapi', statement: event.data.statement});
      });
      ready = true;
      post({type: 'ready'});
      reportHeight();
    }).catch(function (error) {
      fail('exception', error && (error.message || error));
    });
  }

  var player = document.createElement('script');
  player.src = config.mainJs;
  player.onload = start;
  document.head.appendChild(player);

  if (window.ResizeObserver) {
    new ResizeObserver(reportHeight).observe(document.body);
  }
  window.addEventListener('load', reportHeight);
  setInterval(reportHeight, 1000);
})();
