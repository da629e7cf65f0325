// Basira's service worker (docs/design.md, "Offline caching"). Built by
// scripts/build_sw.mjs (esbuild bundles the Workbox modules, workbox-build injects the
// precache list) into static/vendor/sw/sw.js, served at /sw.js by literacy/offline.py.
//
// It keeps only what a learner saved with "Save this course for offline use", in a cache
// of their own account ("basira-offline-<hash of the user id>"). Pages are stored only if
// the server marked them with X-Basira-Offline; everything else passes to the network.
//
// It also keeps the forms a learner sent offline (quiz answers, "mark as complete") in
// IndexedDB, keyed by that account, and sends them when the connection returns: on the
// Background Sync event where the browser has it, else when a page of the same account
// asks (offline.js, on each visit and on "online"). See ./queue.js.
import { precacheAndRoute } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { NetworkFirst } from "workbox-strategies";
import { countWaiting, enqueue, replay, SYNC_TAG, takeNotices } from "./queue.js";

const PREFIX = "basira-offline-";
const META = "basira-offline-meta";
const ACCOUNT_KEY = "/__basira/account";
const MARK = "X-Basira-Offline";
// Django varies pages on Cookie and Accept-Language; the saved copy is the account's own.
const MATCH = { ignoreVary: true };

// The shell: the self-hosted fonts (public, the same for everyone).
precacheAndRoute(self.__WB_MANIFEST);

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("install", (event) => event.waitUntil(keepFallbackPages()));
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// Learner pages tell the worker whose account is signed in ("" when nobody is): offline,
// only that account's cache answers.
self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type !== "basira-account") return;
  event.waitUntil(
    caches.open(META).then((meta) =>
      meta.put(ACCOUNT_KEY, new Response(String(data.account || ""))))
  );
});

// Offline forms: queued by the page of the account that sent them; replayed and answered
// (the notices, for that account only) when a page of that account asks.
self.addEventListener("message", (event) => {
  const data = event.data || {};
  const port = event.ports && event.ports[0];
  if (!port || !/^[0-9a-f]{16}$/.test(data.account || "")) return;
  if (data.type === "basira-queue") {
    event.waitUntil(enqueue(data.account, data.url, data.body).then(async () => {
      if (self.registration.sync) await self.registration.sync.register(SYNC_TAG).catch(() => null);
      return true;
    }, () => false).then((queued) => port.postMessage({ queued })));
  } else if (data.type === "basira-replay") {
    event.waitUntil(replay(data.account, data.csrf).then(async (waiting) =>
      port.postMessage({ waiting, notices: await takeNotices(data.account) })));
  } else if (data.type === "basira-waiting") {
    event.waitUntil(countWaiting(data.account).then((waiting) => port.postMessage({ waiting })));
  }
});

// Background Sync: the account signed in last on this phone, only.
self.addEventListener("sync", (event) => {
  if (event.tag !== SYNC_TAG) return;
  event.waitUntil(signedInAccount().then(async (account) => {
    if (!account) return;
    if (await replay(account, "")) throw new Error("still offline: the browser retries the sync");
    const pages = await self.clients.matchAll({ type: "window" });
    pages.forEach((page) => page.postMessage({ type: "basira-replayed" }));
  }));
});

async function signedInAccount() {
  const meta = await caches.open(META);
  const stored = await meta.match(ACCOUNT_KEY);
  return stored ? stored.text() : "";
}

async function accountCache() {
  const account = await signedInAccount();
  return account ? PREFIX + account : null;
}

// Refresh a saved copy when online, never add a page the learner did not save, and never
// store a response the server did not mark as cacheable.
const onlyMarkedAndSaved = {
  cacheWillUpdate: async ({ request, response }) => {
    if (!response || response.status !== 200 || !response.headers.has(MARK)) return null;
    const name = await accountCache();
    if (!name) return null;
    const cache = await caches.open(name);
    return (await cache.match(request, MATCH)) ? response : null;
  },
};

async function fromAccount(request) {
  const name = await accountCache();
  if (!name) return undefined;
  const cache = await caches.open(name);
  return cache.match(request, MATCH);
}

// Pages: the network first; offline, the account's saved copy.
registerRoute(
  ({ request, url }) => request.mode === "navigate" && url.origin === self.location.origin,
  async (options) => {
    const name = (await accountCache()) || PREFIX + "none";
    const strategy = new NetworkFirst({
      cacheName: name, networkTimeoutSeconds: 10, plugins: [onlyMarkedAndSaved],
      matchOptions: MATCH,
    });
    try {
      return await strategy.handle(options);
    } catch (error) {
      return (await offlineFallback(options.request)) || Promise.reject(error);
    }
  }
);

// Files a saved lesson uses (stylesheet, fonts, phone-sized images): the saved copy if
// there is one, else the network.
registerRoute(
  ({ request, url }) => request.method === "GET" && url.origin === self.location.origin
    && request.mode !== "navigate" && /^\/(static|media)\//.test(url.pathname),
  async ({ request }) => (await fromAccount(request)) || fetch(request)
);

// The offline page (literacy/offline.py, fallback_page), one per language, kept at install
// without cookies: offline, a page that was not saved shows it instead of the browser's
// error page, listing what this account saved (the records offline.js writes).
const FALLBACK = "basira-offline-fallback";
const SAVED_RECORDS = "/__basira/saved/";
const SAVED_SLOT = /<!--basira-saved-->[\s\S]*?<!--\/basira-saved-->/;

async function keepFallbackPages() {
  const pages = Object.values(self.BASIRA_OFFLINE_PAGES || {});
  const cache = await caches.open(FALLBACK);
  await Promise.all(pages.map((url) =>
    fetch(url, { credentials: "omit" }).then((response) =>
      response.ok ? cache.put(url, response) : null).catch(() => null)));
}

function escapeHtml(text) {
  return String(text || "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function savedRecords() {
  const name = await accountCache();
  if (!name || !(await caches.has(name))) return [];
  const cache = await caches.open(name);
  const records = [];
  for (const request of await cache.keys()) {
    if (!new URL(request.url).pathname.startsWith(SAVED_RECORDS)) continue;
    const response = await cache.match(request);
    try { records.push(await response.json()); } catch (error) { /* a broken record */ }
  }
  return records;
}

function savedList(records) {
  const link = (page) => `<a href="${escapeHtml(page.url)}">${escapeHtml(page.title || page.url)}</a>`;
  const items = records.filter((record) => record.course).map((record) => {
    const pages = (record.pages || []).map((page) => `<li>${link(page)}</li>`).join("");
    return `<li>${link(record.course)}${pages ? `<ul>${pages}</ul>` : ""}</li>`;
  });
  return `<ul class="offline-fallback__saved">${items.join("")}</ul>`;
}

async function offlineFallback(request) {
  const pages = self.BASIRA_OFFLINE_PAGES || {};
  const language = new URL(request.url).pathname.split("/")[1];
  const url = pages[language] || self.BASIRA_OFFLINE_DEFAULT;
  const page = url && (await (await caches.open(FALLBACK)).match(url));
  if (!page) return null;
  const records = await savedRecords();
  let html = await page.text();
  if (records.some((record) => record.course)) html = html.replace(SAVED_SLOT, savedList(records));
  return new Response(html, { status: 200, headers: page.headers });
}
