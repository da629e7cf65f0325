// The offline queue (docs/design.md, "Offline caching"): forms a learner posted offline,
// in IndexedDB (idb-keyval), under keys that start with their account's hash, so one
// account's queue is never read for another. Each form is replayed as posted, with
// X-Basira-Queued naming its account; the server refuses it (409) under another account's
// session, and a quiz form's signed attempt token makes a second delivery find the first
// attempt (literacy/offline_queue.py). An entry leaves the queue only once the server has
// answered it in JSON (graded, recorded or refused and kept in the learner's data); its
// answer then waits as a notice until a page of the same account shows it.
import { createStore, del, get, keys, set } from "idb-keyval";

export const SYNC_TAG = "basira-replay";
const store = createStore("basira-offline", "queue");
let running = Promise.resolve();

export function enqueue(account, url, body) {
  const id = Date.now().toString(36).padStart(9, "0") + Math.random().toString(36).slice(2, 8);
  if (new URL(url, self.location.href).origin !== self.location.origin) {
    return Promise.reject(new Error("not this site"));
  }
  return set(`${account}/q/${id}`, { url, body }, store);
}

// One replay at a time: the online event of two tabs and a sync may come together.
export function replay(account, csrf) {
  const run = running.then(() => replayNow(account, csrf));
  running = run.catch(() => null);
  return run;
}

async function replayNow(account, csrf) {
  const all = await keys(store);
  const queued = all.filter((key) => key.startsWith(`${account}/q/`)).sort();
  let waiting = 0;
  for (const key of queued) {
    const entry = await get(key, store);
    const body = new URLSearchParams(entry.body);
    // The page's own token: the one stored may be from before a new sign-in.
    if (csrf) body.set("csrfmiddlewaretoken", csrf);
    let answer = null;
    try {
      const response = await fetch(entry.url, {
        method: "POST", body, credentials: "same-origin", redirect: "manual",
        headers: { "X-Basira-Queued": account },
      });
      if (response.ok && /json/.test(response.headers.get("Content-Type") || "")) {
        answer = await response.json();
      }
    } catch (offline) {
      answer = null;
    }
    if (!answer) { waiting += 1; continue; } // offline, signed out, another account: kept
    await set(key.replace("/q/", "/n/"), answer, store);
    await del(key, store);
  }
  return waiting;
}

// The answers not shown yet, once: a page of the account shows them.
export async function takeNotices(account) {
  const notices = [];
  for (const key of (await keys(store)).filter((k) => k.startsWith(`${account}/n/`)).sort()) {
    notices.push(await get(key, store));
    await del(key, store);
  }
  return notices;
}

// How many of this account's forms still wait to be sent: signing out or forgetting the
// device deletes them (Clear-Site-Data), so the page asks first (literacy/js/sign-out.js).
export async function countWaiting(account) {
  return (await keys(store)).filter((key) => key.startsWith(`${account}/q/`)).length;
}
