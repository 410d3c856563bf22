import { fill } from '../../domain/core.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { resumeMessages } from '../messages/wizard.ts';
import { NavLink } from '../nav-link.tsx';
import { plural } from '../plural.ts';
import { useApp } from '../store-context.tsx';
import { whenChanged } from '../when-changed.ts';

/**
 * "Continue where you left off", offered when the bare app opens and a call was saved: the
 * latest call, and a link to all of them. After "Start a new call", a word that the call
 * left is kept.
 */
export function ResumeOffer() {
  const resumable = useApp((s) => s.resumable);
  const kept = useApp((s) => s.keptCall);
  const count = useApp((s) => s.calls.length);
  const resume = useApp((s) => s.resume);
  const setResumeAside = useApp((s) => s.setResumeAside);
  const now = useApp((s) => s.now);
  if (kept) {
    const calls = <NavLink to={{ view: 'calls' }}>{resumeMessages.calls}</NavLink>;
    const company = kept.company.trim();
    return (
      <p className="notice">
        {company
          ? fillNodes(resumeMessages.kept, { company, calls })
          : fillNodes(resumeMessages.keptUnnamed, { calls })}
      </p>
    );
  }
  if (!resumable) return null;
  const when = whenChanged(resumable.updatedAt, now());
  const company = resumable.company.trim();
  return (
    <section className="panel" aria-labelledby="resume-title">
      <h2 id="resume-title">{resumeMessages.heading}</h2>
      <p>
        {company
          ? fill(resumeMessages.startedWith, { company, when })
          : fill(resumeMessages.startedOn, { when })}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={resume}>
          {resumeMessages.resume}
        </button>
        <button type="button" className="button button-secondary" onClick={setResumeAside}>
          {resumeMessages.startFresh}
        </button>
      </div>
      <p>
        <NavLink to={{ view: 'calls' }}>
          {fill(plural(count, resumeMessages.allCalls), { count })}
        </NavLink>
      </p>
    </section>
  );
}
