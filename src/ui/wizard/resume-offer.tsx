import { fill } from '../../domain/core.ts';
import { resumeMessages } from '../messages/wizard.ts';
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
      <h2 id="resume-title">{resumeMessages.heading}</h2>
      <p>{date ? fill(resumeMessages.startedOn, { date }) : resumeMessages.started}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={resume}>
          {resumeMessages.resume}
        </button>
        <button type="button" className="button button-secondary" onClick={setResumeAside}>
          {resumeMessages.startFresh}
        </button>
      </div>
    </section>
  );
}
