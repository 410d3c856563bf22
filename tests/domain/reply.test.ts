import fc from 'fast-check';
import { reasons, reasonSchema } from '../../src/domain/index.ts';
// Straight from the files until the domain's public entry exports them.
import { fillReply, type ReplyNames } from '../../src/domain/reply.ts';
import { MAX_NAME } from '../../src/domain/schema.ts';
import { REPLY_PLACEHOLDERS, type Reply } from '../../src/domain/schema.ts';

/** Every placeholder once, alone on its own line, so each filled value can be read back. */
const probe: Reply = {
  subject: '{role} at {company}',
  body: ['{theirName}', '{company}', '{role}', 'Best wishes,\n{myName}'],
};

const typed: ReplyNames = {
  theirName: 'Dana',
  company: 'Acme',
  role: 'Data Analyst',
  myName: 'Sam Lee',
};

/** What a person might type, control characters, braces and lone surrogates included. */
const nameArb = fc.option(fc.string({ unit: 'binary', maxLength: 200 }), { nil: undefined });
const namesArb = fc.record(
  { theirName: nameArb, company: nameArb, role: nameArb, myName: nameArb },
  { requiredKeys: [] },
);

describe('reply templates in the catalog', () => {
  it.each(reasons.map((r) => [r.id, r] as const))('%s has a valid reply', (_id, reason) => {
    const result = reasonSchema.shape.reply.safeParse(reason.reply);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('uses only the four placeholders, and no other braces', () => {
    for (const reason of reasons) {
      for (const text of [reason.reply.subject, ...reason.reply.body]) {
        for (const [, name] of text.matchAll(/\{([^{}]*)\}/g)) {
          expect(REPLY_PLACEHOLDERS, `${reason.id}: {${name}}`).toContain(name);
        }
        expect(text.replace(/\{[^{}]*\}/g, ''), reason.id).not.toMatch(/[{}]/);
      }
    }
  });

  it('greets by name and signs off with the candidate name', () => {
    for (const reason of reasons) {
      const { body } = reason.reply;
      expect(body[0], reason.id).toBe('Hi {theirName},');
      expect(body.at(-1), reason.id).toMatch(/^Best wishes,\n\{myName\}$/);
      // Only after "Hi" does the stand-in "there" read well.
      const all = [reason.reply.subject, ...body].join('\n');
      expect(all.split('{theirName}').length - 1, reason.id).toBe(1);
    }
  });

  it('never writes a figure: numbers come from the call, not the app', () => {
    for (const reason of reasons) {
      expect([reason.reply.subject, ...reason.reply.body].join(' '), reason.id).not.toMatch(/\d/);
    }
  });

  it('refuses an unknown placeholder or a stray brace', () => {
    const reply = reasonSchema.shape.reply;
    expect(reply.safeParse({ subject: 'Hi {name}', body: ['One.', 'Two.'] }).success).toBe(false);
    expect(reply.safeParse({ subject: 'Hi {role', body: ['One.', 'Two.'] }).success).toBe(false);
    expect(reply.safeParse({ subject: 'Hi', body: ['One.', 'Two {myName.'] }).success).toBe(false);
    expect(reply.safeParse({ subject: 'Hi', body: ['One {myName}.'] }).success).toBe(false);
  });
});

describe('fillReply', () => {
  it('fills in every placeholder with the typed names', () => {
    expect(fillReply(probe, typed)).toEqual({
      subject: 'Data Analyst at Acme',
      body: 'Dana\n\nAcme\n\nData Analyst\n\nBest wishes,\nSam Lee',
    });
  });

  it('reads well with every name left blank', () => {
    const blank = { theirName: '', company: '   ', role: '\t\n' };
    expect(fillReply(probe, blank)).toEqual({
      subject: 'the role at the company',
      body: 'there\n\nthe company\n\nthe role\n\nBest wishes,',
    });
    expect(fillReply(probe, {})).toEqual(fillReply(probe, blank));
  });

  it('fills a catalog reply into a whole email', () => {
    const offer = reasons.find((r) => r.id === 'offer')!;
    const filled = fillReply(offer.reply, typed);
    expect(filled.subject).toBe('Thank you: offer for Data Analyst at Acme');
    expect(filled.body).toMatch(/^Hi Dana,\n\nI was really glad to hear that Acme would like/);
    expect(filled.body).toMatch(/\n\nBest wishes,\nSam Lee$/);
    expect(fillReply(offer.reply, {}).body).toMatch(/^Hi there,\n\n[\s\S]*\n\nBest wishes,$/);
  });

  it('trims names and strips control characters', () => {
    const filled = fillReply(probe, {
      theirName: '  Dana\u0000 ',
      company: 'Acme\r\nLtd',
      role: '\u202eData\tAnalyst',
      myName: '\u0007',
    });
    expect(filled.subject).toBe('Data Analyst at Acme Ltd');
    expect(filled.body).toBe('Dana\n\nAcme Ltd\n\nData Analyst\n\nBest wishes,');
  });

  it('cuts each name at 80 characters, never splitting a character', () => {
    const filled = fillReply(probe, { theirName: 'a'.repeat(200), company: '😀'.repeat(100) });
    const [theirName, company] = filled.body.split('\n\n');
    expect(theirName).toBe('a'.repeat(MAX_NAME));
    expect(Array.from(company!)).toEqual(Array(MAX_NAME).fill('😀'));
  });

  it('treats typed text as plain text, never as a placeholder', () => {
    const filled = fillReply(probe, { theirName: '{company}', role: '$& $1 <b>' });
    expect(filled.body.split('\n\n')[0]).toBe('company');
    expect(filled.subject).toBe('$& $1 <b> at the company');
  });

  it('never throws, never leaves a brace or a control character, and caps every name', () => {
    fc.assert(
      fc.property(fc.constantFrom(probe, ...reasons.map((r) => r.reply)), namesArb, (reply, n) => {
        const filled = fillReply(reply, n);
        for (const text of [filled.subject, filled.body]) {
          expect(text).not.toMatch(/[{}]/);
          // Line breaks are the template's own; every other control character is gone.
          expect(text).not.toMatch(/[^\P{Cc}\n]|[\u202a-\u202e\u2066-\u2069]/u);
        }
        if (reply === probe) {
          for (const part of filled.body.split(/\n+/)) {
            expect(Array.from(part).length).toBeLessThanOrEqual(MAX_NAME);
          }
        }
      }),
    );
  });
});
