// Offline and installable: registers the service worker Workbox wrote at build time (sw.js, vite-plugin-pwa with
// registerType 'prompt'). It precaches every file of the site, so after one visit both views, the operator's worker
// and the XLSX reader open without a connection. A new version never replaces the running one silently: it waits,
// the page says "a new version is ready", and the user chooses when to reload. Workbox's own protocol: the waiting
// worker activates on the message { type: 'SKIP_WAITING' }. Twenty lines here instead of workbox-window, which would
// add its 2,5 kB to the calculator's budget for the same three events.

/** Registers sw.js; `siap` is called once when a new version waits, with the function that switches to it. */
export function pasangPekerjaLayanan(siap: (perbarui: () => void) => void, luring: () => void): void {
  // Under `vite` (no build) there is no sw.js: the registration fails and is ignored.
  if (!('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  let muatUlang = false;
  sw.addEventListener('controllerchange', () => {
    if (muatUlang) location.reload();
  });
  const menunggu = (w: ServiceWorker) =>
    siap(() => {
      muatUlang = true;
      w.postMessage({ type: 'SKIP_WAITING' });
    });
  sw.register('./sw.js', { scope: './' }).then(
    (reg) => {
      if (reg.waiting !== null && sw.controller !== null) menunggu(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const baru = reg.installing;
        baru?.addEventListener('statechange', () => {
          if (baru.state !== 'installed') return;
          // With a worker in control this is an update; without one, the first install: the site now works offline.
          if (sw.controller !== null) menunggu(baru);
          else luring();
        });
      });
    },
    () => undefined,
  );
}
