import { useApp } from '../store-context.tsx';

/** "Continue where you left off", offered when the bare app opens and a session was saved. */
export function ResumeOffer() {
  const resumable = useApp((s) => s.resumable);
  const resume = useApp((s) => s.resume);
  const setResumeAside = useApp((s) => s.setResumeAside);
  if (!resumable) return null;
  const when = new Date(resumable.savedAt);
  const date = Number.isNaN(when.getTime())
    ? null
    : when.toLocaleDateString(undefined, { day: 'numeric', month: 'long' });
  return (
    <section className="panel" aria-labelledby="resume-title">
      <h2 id="resume-title">Continue where you left off?</h2>
      <p>
        You started getting ready for a call{date ? ` on ${date}` : ''}. Your answers and ticks are
        saved on this device.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={resume}>
          Continue where you left off
        </button>
        <button type="button" className="button button-secondary" onClick={setResumeAside}>
          Start fresh
        </button>
      </div>
    </section>
  );
}
