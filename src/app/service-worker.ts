/**
 * Registers the service worker that makes the app work offline, and tells the app when a new
 * version is waiting. It never reloads by itself: someone may be halfway through their
 * answers, so the page offers "reload" and waits to be asked.
 */
export function registerServiceWorker(onUpdateReady: (reload: () => void) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const register = async () => {
    const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    const offer = (worker: ServiceWorker) =>
      onUpdateReady(() => {
        // Reload once the new worker has taken over, so the page and its files match.
        navigator.serviceWorker.addEventListener('controllerchange', () =>
          window.location.reload(),
        );
        worker.postMessage({ type: 'SKIP_WAITING' });
      });
    // A worker is only an update if one already controls this page.
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed' && navigator.serviceWorker.controller)
          offer(installing);
      });
    });
  };
  const start = () => void register().catch(() => undefined); // offline use is a bonus, never a failure
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
