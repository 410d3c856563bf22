import type { Question } from '../domain/index.ts';

/** One question, as a fieldset whose legend is the page heading. */
export function QuestionPage({ question }: { question: Question }) {
  const hintId = `${question.key}-hint`;
  return (
    <form>
      <fieldset aria-describedby={hintId}>
        <legend>
          <h1>{question.prompt}</h1>
        </legend>
        <p id={hintId}>{question.hint}</p>
        {question.options.map((option) => (
          <div key={option.value}>
            <input
              type={question.kind === 'multi' ? 'checkbox' : 'radio'}
              id={`${question.key}-${option.value}`}
              name={question.key}
              value={option.value}
            />
            <label htmlFor={`${question.key}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit">Continue</button>
    </form>
  );
}
