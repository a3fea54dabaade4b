// Offline support: the service worker the build writes (sw.js). Release builds only, as this
// boot script is: a cached app would fight `trunk serve`'s live reload. Absent on plain http and
// in some private modes, and a refused registration only means no offline copy.
navigator.serviceWorker?.register('sw.js').catch(() => {});
