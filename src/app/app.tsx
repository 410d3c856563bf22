import { questions } from '../domain/index.ts';
import { QuestionPage } from '../ui/question-page.tsx';

/** The app's shell. */
export function App() {
  const first = questions[0];
  return <main id="main">{first && <QuestionPage question={first} />}</main>;
}
