import type { ReactNode } from 'react';
import { etiquette } from '../../domain/etiquette.ts';
import { fill, type Reason } from '../../domain/core.ts';
import { prepMessages } from '../messages/prep.ts';
import { Checklist } from './checklist.tsx';
import { VoicemailScript } from './voicemail-script.tsx';

/** A titled block of prep, as a list. `print` says whether it belongs on the paper sheet. */
function ListBlock({
  id,
  title,
  items,
  ordered = false,
  print = false,
  children,
}: {
  id: string;
  title: string;
  items: readonly string[];
  ordered?: boolean;
  print?: boolean;
  children?: ReactNode;
}) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <section className={print ? 'prep-block' : 'prep-block no-print'} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
      <List className={ordered ? 'script' : undefined}>
        {items.map((line) => (
          <li key={line}>{ordered ? fill(prepMessages.quoted, { line }) : line}</li>
        ))}
      </List>
    </section>
  );
}

/** Everything to get ready for one reason: checklist, words to use, questions, what it may mean. */
export function Prep({ reason }: { reason: Reason }) {
  return (
    <>
      {/* What to do comes first, minutes before a call back; what it may mean follows. */}
      <Checklist reason={reason} />
      <ListBlock
        id="at-hand-title"
        title={prepMessages.atHandHeading}
        items={reason.haveAtHand}
        print
      />
      <ListBlock id="say-title" title={prepMessages.sayHeading} items={reason.script} ordered print>
        <p>{reason.howToAnswer}</p>
      </ListBlock>
      <VoicemailScript />
      <ListBlock id="ask-title" title={prepMessages.askHeading} items={reason.questions} print />
      <ListBlock id="avoid-title" title={prepMessages.avoidHeading} items={reason.avoid} print />
      <section className="prep-block no-print" aria-labelledby="meaning-title">
        <h3 id="meaning-title">{prepMessages.meaningHeading}</h3>
        {reason.meaning.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </section>
      <ListBlock id="etiquette-title" title={etiquette.title} items={etiquette.tips} />
    </>
  );
}
