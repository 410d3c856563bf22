/**
 * Runs `task` once the page has painted what it shows now, and returns a function that
 * cancels it. For downloads the page does not need for its first screen (the prep words,
 * the catalog's checklist ids): started earlier, they compete with that first paint on a slow
 * phone. A timeout set from the next animation frame runs after that frame is painted. A tab
 * in the background paints nothing and runs no animation frames until it is shown, so there
 * (and where there are no animation frames at all, as in a test without layout) a plain
 * timeout: the downloads are ready by the time the person looks.
 */
export function afterPaint(task: () => void): () => void {
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    timeout = setTimeout(task);
  };
  const painting =
    typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible';
  const frame = painting ? requestAnimationFrame(later) : 0;
  if (!frame) later();
  return () => {
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(timeout);
  };
}
