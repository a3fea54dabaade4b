// role-quiz service worker: the app offline, and deploys that never leave a visitor on a broken
// or stale copy. The prerender step puts `const CACHE = …; const FILES = [...];` above this file
// (the build's file list and a hash of its contents).
//
// - Files whose names carry a content hash never change: they are taken from the HTTP cache
//   whatever its freshness, so the first visit downloads each of them once.
// - Pages name their build (`<meta name="role-quiz-build">`, written by the prerender step): a
//   page of another build (a stale copy in the HTTP cache) is fetched again past that cache; if
//   it still is not this build's, the install fails and the previous complete copy stays.
// - Everything else is revalidated with the server.
// - Every file but the pages must match its sum from the build (`SUMS`): a wasm cut short or a
//   script swapped on the way (both status 200) fails the install, and the previous complete
//   copy stays in charge, offline too.
'use strict';
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|svg|txt)(\.gz)?$/;
const OURS = `<meta name="role-quiz-build" content="${CACHE}">`;

/** 32-bit FNV-1a in hex, as the build computes it (offline.rs `sum`). */
function sum(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return (h >>> 0).toString(16);
}

async function get(file) {
  if (HASHED.test(file)) return fetch(new Request(file, { cache: 'force-cache' }));
  if (!file.endsWith('/') && !file.endsWith('.html')) return fetch(new Request(file, { cache: 'no-cache' }));
  for (const cache of ['force-cache', 'reload']) {
    const res = await fetch(new Request(file, { cache }));
    if (res.ok && (await res.clone().text()).includes(OURS)) return res;
  }
  throw new Error(`${file} is from another deploy`);
}

self.addEventListener('install', (e) => {
  e.waitUntil((async () => {
    const responses = await Promise.all(FILES.map(async (f) => {
      const res = await get(f);
      if (!res.ok) throw new Error(`${f}: ${res.status}`);
      const want = SUMS[f];
      if (want && !want.split(' ').includes(sum(new Uint8Array(await res.clone().arrayBuffer())))) {
        throw new Error(`${f} is not as built`);
      }
      return [f, res];
    }));
    // All or nothing: the cache is written only once every file is in hand.
    const c = await caches.open(CACHE);
    await Promise.all(responses.map(([f, res]) => c.put(f, res)));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (e) => {
  e.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k.startsWith('role-quiz-') && k !== CACHE).map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (e) => {
  const r = e.request;
  if (r.method !== 'GET' || new URL(r.url).origin !== location.origin) return;
  if (r.mode === 'navigate') {
    // Pages from the network, revalidated past the HTTP cache (a heuristically "fresh" old page
    // would name files a deploy removed); the cached copy when offline.
    e.respondWith(fetch(r.url, { cache: 'no-cache', credentials: 'same-origin' })
      .then((res) => (res.redirected ? fetch(r) : res))
      .catch(async () => {
        const c = await caches.open(CACHE);
        return (await c.match(r, { ignoreSearch: true })) || (await c.match('./'));
      }));
    return;
  }
  e.respondWith(caches.open(CACHE).then((c) => c.match(r)).then((m) => m || fetch(r)));
});
