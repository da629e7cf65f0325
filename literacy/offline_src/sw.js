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
import { enqueue, replay, SYNC_TAG, takeNotices } from "./queue.js";

const PREFIX = "basira-offline-";
const META = "basira-offline-meta";
const ACCOUNT_KEY = "/__basira/account";
const MARK = "X-Basira-Offline";
// Django varies pages on Cookie and Accept-Language; the saved copy is the account's own.
const MATCH = { ignoreVary: true };

// The shell: the self-hosted fonts (public, the same for everyone).
precacheAndRoute(self.__WB_MANIFEST);

self.addEventListener("install", () => self.skipWaiting());
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
    return strategy.handle(options);
  }
);

// Files a saved lesson uses (stylesheet, fonts, phone-sized images): the saved copy if
// there is one, else the network.
registerRoute(
  ({ request, url }) => request.method === "GET" && url.origin === self.location.origin
    && request.mode !== "navigate" && /^\/(static|media)\//.test(url.pathname),
  async ({ request }) => (await fromAccount(request)) || fetch(request)
);
