import { findQuestion, pageOf } from '../../domain/core.ts';
import { useApp } from '../store-context.tsx';
import { QuestionPage } from './question-page.tsx';

/**
 * The questions: one chunk, loaded ahead of the first render on a visit that opens there (the
 * prerendered first question waits for it to hydrate), and after the list on a results link,
 * which never waits for it (docs/decisions/003). The check page is a chunk of its own.
 */
export function WizardPage() {
  const link = useApp((s) => s.link);
  const moves = useApp((s) => s.moves);
  const setInterviewDate = useApp((s) => s.setInterviewDate);
  const page = pageOf(link);
  if (page.kind !== 'question') return null;
  return (
    // A fresh question on every move, so a question opened again starts from its answer.
    <QuestionPage
      key={`${page.step}-${String(moves)}`}
      question={findQuestion(page.step)}
      // The call keeps the day itself, so its reminders and sheet can name real dates.
      onInterviewDate={(date) => setInterviewDate(date ?? undefined)}
    />
  );
}
