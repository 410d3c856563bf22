import fc from 'fast-check';
import { findPhoneNumbers, telHref } from '../../src/domain/phone.ts';

describe('telHref: a typed call-back number as a tel: link', () => {
  it.each([
    ['+1 (555) 010-0200 ext. 12', 'tel:+15550100200;ext=12'],
    ['020 7946 0958', 'tel:02079460958'],
    ['+44 20 7946 0958', 'tel:+442079460958'],
    ['  555.010.0200  ', 'tel:5550100200'],
    ['(212) 555 0187 x 23', 'tel:2125550187;ext=23'],
    ['(212) 555 0187x23', 'tel:2125550187;ext=23'],
    ['212-555-0187 extension 4', 'tel:2125550187;ext=4'],
    ['212-555-0187 Ext: 4', 'tel:2125550187;ext=4'],
    ['212-555-0187 #4', 'tel:2125550187;ext=4'],
    ['030/1234567', 'tel:0301234567'],
    ['+33 1 23 45 67 89', 'tel:+33123456789'],
    ['06 12 34 56 78', 'tel:0612345678'],
    ['912 345 678', 'tel:912345678'],
    ['911', 'tel:911'],
    ['0800 – 123 456', 'tel:0800123456'],
    ['+1\u00a0555\u00a0010\u00a00200', 'tel:+15550100200'],
  ])('%s → %s', (typed, href) => {
    expect(telHref(typed)).toBe(href);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'only spaces'],
    ['12', 'two digits'],
    ['+1', 'a country code alone'],
    ['555-CALL-NOW', 'letters of a vanity number'],
    ['call me on 555 0100', 'words around it'],
    ['555 0100 or 555 0101', 'two numbers'],
    ['555+0100', 'a + inside it'],
    ['++44 20 7946 0958', 'two +'],
    ['1234567890123456', 'more digits than any phone number'],
    ['555 0100 ext. 1234567', 'an extension too long to be one'],
    ['555 0100 ext.', 'an extension marker without digits'],
    ['555*0100', 'a star'],
    ['555_0100', 'an underscore'],
    ['javascript:alert(1)', 'a script'],
    ['tel:5550100', 'a link instead of a number'],
  ])('%s is no number to call (%s)', (typed) => {
    expect(telHref(typed)).toBeNull();
  });

  it('gives a link of only digits, + and ;ext= for anything typed, or null', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (typed) => {
        const href = telHref(typed);
        if (href !== null) expect(href).toMatch(/^tel:\+?\d{3,15}(;ext=\d{1,6})?$/);
      }),
    );
  });

  it('keeps every digit of a typed number, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^\d{1,4}$/), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(' ', '-', '.', ' - '),
        fc.boolean(),
        (groups, separator, plus) => {
          const digits = groups.join('');
          fc.pre(digits.length >= 3 && digits.length <= 15);
          const typed = `${plus ? '+' : ''}${groups.join(separator)}`;
          expect(telHref(typed)).toBe(`tel:${plus ? '+' : ''}${digits}`);
        },
      ),
    );
  });
});

describe('findPhoneNumbers: numbers in pasted text', () => {
  it.each([
    ['Hi, this is Dana from Acme, call me back at 555-010-0200. Thanks!', ['555-010-0200']],
    ['You can reach me on +44 20 7946 0958 any time today.', ['+44 20 7946 0958']],
    ['My direct line is (212) 555 0187 x 23.', ['(212) 555 0187 x 23']],
    ['Direct: (212)555-0187 ext. 9', ['(212)555-0187 ext. 9']],
    ['Please ring 020 7946 0958 or my mobile 07700 900123.', ['020 7946 0958', '07700 900123']],
    ['Call 555.010.0200', ['555.010.0200']],
    ['Mobile:+1 555 010 0200', ['+1 555 010 0200']],
    ['Tel. 0612345678', ['0612345678']],
    ['Llámame al 912 345 678, por favor.', ['912 345 678']],
    ['Appelez le 01 23 45 67 89.', ['01 23 45 67 89']],
    ['Mi número es +34 612 34 56 78', ['+34 612 34 56 78']],
    ['(555 010 0200)', ['555 010 0200']],
    // The same number twice, written two ways, is offered once.
    ['Call 555-010-0200. Again, that is 555 010 0200.', ['555-010-0200']],
    ['Call me at 10:30 on 555 0100 please', ['555 0100']],
    ['Call 555 0100\n2026 was a good year', ['555 0100']],
  ])('finds the number in %j', (text, numbers) => {
    expect(findPhoneNumbers(text)).toEqual(numbers);
  });

  it.each([
    ['The interview is on 2026-11-28 at 10:30.', 'an ISO date and a time'],
    ['We spoke on 28.11.2026 and again on 11/28/2026.', 'dates with dots and slashes'],
    ['Start date 01 12 2026 works for us', 'a date with spaces'],
    ['We can meet 9.30 - 10.30 on Tuesday', 'a span of time'],
    ['Meet at 14:00-15:30', 'times with colons'],
    ['The range is $120,000 - $140,000 a year.', 'a salary range with dollars'],
    ['The band is 90000-110000 depending on experience.', 'a bare salary range'],
    ['Salary 95000 to 105000', 'salary figures after the word'],
    ['Base pay of 1 200 000 per year', 'a round figure in spaced thousands'],
    ['An offer of 1.200.000 before tax', 'a round figure in dotted thousands'],
    ['1200000 USD total', 'an amount with its currency after it'],
    ['£45,000 to £50,000', 'pounds'],
    ['I worked there 2019-2021 and 2021 - 2024.', 'spans of years'],
    ['Between 2018 2019 2020 I led the team', 'years in a row'],
    ['Our office: 350 Fifth Avenue, New York, NY 10118-0110', 'a ZIP+4 code'],
    ['Send it to Av. Paulista 1000, 01310-100 São Paulo', 'a Brazilian postcode'],
    ['zip code 100-0001', 'a Japanese postcode after the word'],
    ['Your reference number is 123 456 789.', 'a reference number'],
    ['Order #55501002 has shipped', 'an order number'],
    ['Candidate ID: 5550100200', 'an id'],
    ['It takes 3 to 5 business days, about 40 hours', 'small numbers'],
    ['Version 1.2.3.4567 is out', 'a version number'],
    ['Code 5550100', 'seven digits in one run'],
    ['We grew 1234567%', 'a percentage'],
    ['ab5550100200', 'digits inside a word'],
    ['', 'nothing'],
  ])('finds nothing in %j (%s)', (text) => {
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('finds each number of a voicemail with dates, times and money around them', () => {
    const voicemail =
      'Hi Sam, it is Dana Reyes from Acme, Friday 28 November 2026 at 4:15. ' +
      'Great news about the role; the package is around $95,000. ' +
      'Please call me back at (555) 010-0200 extension 12 before 5.30 tomorrow, ' +
      'or try my colleague on +1 555 010 0300. Our address is 1 Main St, Springfield 12345.';
    expect(findPhoneNumbers(voicemail)).toEqual(['(555) 010-0200 extension 12', '+1 555 010 0300']);
  });

  it('every number it finds makes a tel: link', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const number of findPhoneNumbers(text)) expect(telHref(number)).not.toBeNull();
      }),
    );
    const found = findPhoneNumbers('call (212) 555 0187 x 23 or +44 20 7946 0958');
    expect(found.map(telHref)).toEqual(['tel:2125550187;ext=23', 'tel:+442079460958']);
  });

  it('never throws and stays quick on long runs of digits and separators', () => {
    const long = `${'1 '.repeat(20_000)}x`;
    const started = Date.now();
    expect(() => findPhoneNumbers(long)).not.toThrow();
    expect(() => findPhoneNumbers('(('.repeat(10_000))).not.toThrow();
    expect(() => findPhoneNumbers('1-'.repeat(10_000))).not.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
