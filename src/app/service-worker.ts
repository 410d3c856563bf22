/**
 * Registers the service worker that makes the app work offline, and tells the app when a new
 * version is waiting. It never reloads by itself: someone may be halfway through their
 * answers, so the page offers "reload" and waits to be asked.
 */
export function registerServiceWorker(onUpdateReady: (reload: () => void) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const workers = navigator.serviceWorker;
  // Listened to from the start, because another tab may apply the new version first: every
  // tab then gets this event at once, before the person here has asked for anything.
  let reloadOnChange = false;
  workers.addEventListener('controllerchange', () => {
    if (reloadOnChange) window.location.reload();
  });
  const register = async () => {
    const registration = await workers.register('/sw.js', { scope: '/' });
    // Asks the newest waiting worker to take over, then reloads so the page and its files
    // match. With none waiting, another tab has already applied it: a reload is all it takes.
    const reload = () => {
      const waiting = registration.waiting;
      if (!waiting) {
        window.location.reload();
        return;
      }
      reloadOnChange = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    };
    // A worker is only an update if one already controls this page.
    if (registration.waiting && workers.controller) onUpdateReady(reload);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed' && workers.controller) onUpdateReady(reload);
      });
    });
  };
  const start = () => void register().catch(() => undefined); // offline use is a bonus, never a failure
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
