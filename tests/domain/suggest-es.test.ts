import fc from 'fast-check';
import { MAX_TEXT, suggestAnswers } from '../../src/domain/index.ts';
import { detectLanguage } from '../../src/domain/paste/detect.ts';
import { phraseCatalog } from '../../src/domain/paste/phrase-catalog.ts';
import { phraseCatalogEs } from '../../src/domain/paste/phrase-catalog-es.ts';
import { phraseEntrySchema } from '../../src/domain/paste/phrase-schema.ts';
import { findPhrases } from '../../src/domain/paste/phrases.ts';
import {
  freshMessages,
  messages,
  scoreSuggestions,
  spanishMessages,
  spanishToday,
  spanishTrainingMessages,
  summary,
} from '../fixtures/suggest-quality.ts';

const topicsOf = (text: string) => suggestAnswers(text).answers.topics ?? [];

describe('suggestAnswers in Spanish', () => {
  it.each([
    ['¿Cuáles son sus pretensiones salariales?', ['salary']],
    ['Le enviamos el detalle del sueldo y las prestaciones.', ['benefits', 'salary']],
    ['¿Cuál sería su fecha de incorporación? ¿Cuánto preaviso tiene?', ['start-date']],
    ['Por favor, envíenos dos referencias laborales.', ['references']],
    ['Necesitamos su certificado de antecedentes penales.', ['background-check']],
    ['¿Nos podría mandar su hoja de vida actualizada?', ['resume']],
    ['Te mando el currículum revisado por el cliente, ¿lo miras?', ['resume']],
    ['El siguiente paso es una prueba técnica que podrá hacer desde casa.', ['assessment']],
    [
      'Queremos invitarle a una entrevista presencial en nuestras oficinas.',
      ['next-interview', 'onsite'],
    ],
    ['Para el alta necesitamos su CURP, RFC y comprobante de domicilio.', ['documents']],
    ['¿Está en otros procesos de selección o tiene alguna otra oferta?', ['competing-offers']],
    ['Hola, soy Marta de Recursos Humanos, llámame cuando puedas.', ['nothing']],
  ])('reads %j', (text, topics) => {
    expect(topicsOf(text)).toEqual(topics);
  });

  it('reads the text in Spanish without being told, and in English when told', () => {
    const text = 'Hola Ana, ¿nos podrías enviar dos referencias? Gracias, Marta (RRHH)';
    expect(suggestAnswers(text).answers.topics).toEqual(['references']);
    expect(suggestAnswers(text, 'es').answers.topics).toEqual(['references']);
    expect(suggestAnswers(text, 'en').answers.topics).toBeUndefined();
  });

  it('takes accents as optional and quotes the words as written', () => {
    for (const text of ['Hablemos de la remuneración.', 'Hablemos de la remuneracion.']) {
      const { answers, matches } = suggestAnswers(text);
      expect(answers.topics).toEqual(['salary']);
      const match = matches.find((m) => m.value === 'salary');
      expect(match && text.slice(match.start, match.end)).toBe(match?.phrase);
    }
    const [match] = suggestAnswers('Adjunte su CURRÍCULUM, por favor.').matches;
    expect(match?.phrase).toBe('CURRÍCULUM');
  });

  it.each([
    ['No hace falta que me mandes las referencias, ya hablamos con tu jefa.', 'references'],
    ['En tu caso no será necesaria la prueba técnica.', 'assessment'],
    ['No necesitamos que nos envíe el currículum otra vez.', 'resume'],
    ['Puede venir sin el DNI, lo miramos después.', 'documents'],
  ])('leaves out what is said not to apply: %j', (text, topic) => {
    expect(topicsOf(text)).not.toContain(topic);
  });

  it('keeps what only looks like a negation', () => {
    expect(topicsOf('No te olvides de mandar las referencias antes del viernes.')).toEqual([
      'references',
    ]);
    expect(topicsOf('El salario no es negociable.')).toEqual(['salary']);
  });

  it('reads WhatsApp shorthand as a written message from an agency', () => {
    const { answers } = suggestAnswers(
      'hola!! porfa me mandas el cv q el cliente lo pide en pdf? gracias!! Vane - Randstad',
    );
    expect(answers).toMatchObject({ topics: ['resume'], caller: 'agency', contact: 'email' });
  });

  it('reads a voicemail from Latin America, with the round done and the days since it', () => {
    const { answers } = suggestAnswers(
      'Hola Martín, te habla Gabriela de Recursos Humanos. Después de la entrevista final de ayer queremos avanzar con vos. Llamame cuando puedas así charlamos de la remuneración. Chau.',
      undefined,
      { today: '2026-03-12' },
    );
    expect(answers).toMatchObject({
      caller: 'recruiter',
      contact: 'voicemail',
      round: 'final',
      days: 1,
      topics: ['salary'],
      tone: 'warm',
    });
  });

  it.each([
    ['¿Cuál es tu renta líquida pretendida?', ['salary']],
    ['Compártenos tus expectativas económicas, por favor.', ['salary']],
    ['Tenemos seguro dental y vales de comida.', ['benefits']],
    ['Con el visto bueno del equipo, ya puedes presentar tu carta de renuncia.', ['start-date']],
    ['Mándanos los contactos de tus jefes anteriores.', ['references']],
    ['Haremos una consulta en buró de crédito.', ['background-check']],
    ['Envíe copia de la cédula de identidad y su título profesional.', ['documents']],
    ['Le invitamos a una evaluación psicotécnica en línea.', ['assessment']],
    ['¿Puedes venir a nuestras oficinas el jueves?', ['onsite']],
    ['Tenemos que mover la entrevista con la gerente.', ['next-interview']],
    ['Le estaremos informando sobre el resultado.', ['timeline']],
    ['Te puedo dar feedback: me dio retroalimentación el panel.', ['feedback']],
    ['Llamada perdida, sin mensaje. Número de Madrid, creo que de la consultora.', ['nothing']],
  ])('reads regional and everyday words: %j', (text, topics) => {
    expect(topicsOf(text)).toEqual(topics);
  });

  it('does not read "sin duda" as a negation of the phrase after it', () => {
    const [found] = findPhrases('Sin duda le tendremos en cuenta para futuras búsquedas.', 'es');
    expect(found?.phrase).toBe('le tendremos en cuenta');
  });

  it('does not count "the next step is a request" as another interview', () => {
    expect(topicsOf('Como siguiente paso te pedimos dos referencias laborales.')).toEqual([
      'references',
    ]);
  });

  it.each([
    ['¡Tengo buenas noticias! Me alegra contarte que vamos muy bien.', 'warm'],
    ['Lamento comunicarte que no podremos avanzar con tu candidatura.', 'hesitant'],
    ['Sentimos comunicarle que no ha sido seleccionado para la siguiente fase.', 'hesitant'],
  ])('hears the tone in %j', (text, tone) => {
    expect(suggestAnswers(text).answers.tone).toBe(tone);
  });

  it.each([
    ['Estimada Paula: le escribo de parte de la firma de selección Korn Ferry.', 'agency'],
    ['Hola Mateo, soy Rodrigo, seré tu jefe directo si todo sale bien.', 'hiring-manager'],
    ['Te escribe Camila, líder del área de Marketing.', 'hiring-manager'],
    ['Hablé con Ximena, la que sería mi jefa.', 'hiring-manager'],
    ['hola, el cliente quedó contento con la entrevista.', 'agency'],
    ['Hola Hugo, la oferta va esta semana.\n\nSaludos,\nPaty\nRH', 'recruiter'],
  ])('knows who writes: %j', (text, caller) => {
    expect(suggestAnswers(text).answers.caller).toBe(caller);
  });

  it.each([
    ['Te llamo por la entrevista de anteayer, quedamos muy contentos.', 2],
    ['La entrevista fue hace dos semanas.', 14],
    ['Nuestro cliente ha quedado muy satisfecho con la entrevista del lunes.', 3],
    ['Te escribo para darte retroalimentación sobre la entrevista técnica del 5 de marzo.', 7],
  ])('counts the days since the interview in %j', (text, days) => {
    expect(suggestAnswers(text, undefined, { today: '2026-03-12' }).answers.days).toBe(days);
  });

  it.each([
    'hola cata! te llamo mañana pa ver lo del sueldo, ya? saludos',
    'oye una pregunta, tienes otras ofertas? Dani',
    'Hola Natalia, vi tu perfil en LinkedIn. ¿Tendrías 15 minutos para platicar?',
  ])('reads a chat or InMail as written: %j', (text) => {
    expect(suggestAnswers(text).answers.contact).toBe('email');
  });

  it('finds Spanish recruiter phrases with a meaning in Spanish, not when negated', () => {
    const [found] = suggestAnswers(
      'Por ahora el proceso está en pausa, le mantendremos informado.',
    ).phrases;
    expect(found?.phrase).toBe('proceso está en pausa');
    expect(found && detectLanguage(found.meaning)).toBe('es');
    expect(findPhrases('El proceso no está en pausa, seguimos adelante.', 'es')).toEqual([]);
  });

  it('never throws and only quotes the text, whatever Spanish-looking text it gets', () => {
    const piece = fc.constantFrom(
      'no',
      'sin',
      'referencias',
      'remuneración',
      'ñ',
      '¿',
      '¡',
      'e\u0301',
      '😊',
      '\n',
      ' ',
      'el',
      'de',
      'que',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        const { matches, phrases } = suggestAnswers(text, 'es', { today: '2026-03-12' });
        for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.phrase);
        for (const p of phrases) expect(text).toContain(p.phrase);
      }),
      { numRuns: 300 },
    );
    expect(() => suggestAnswers('de que '.repeat(MAX_TEXT))).not.toThrow();
  });
});

describe('detectLanguage', () => {
  it('reads every English message of the English tables as English', () => {
    const spanish = [...messages, ...freshMessages].filter((m) => detectLanguage(m.text) === 'es');
    expect(spanish.map((m) => m.id)).toEqual([]);
  });

  it('reads every Spanish message of the Spanish tables as Spanish', () => {
    const all = [...spanishMessages, ...spanishTrainingMessages].filter(
      (m) => m.kind !== 'text' || !m.id.endsWith('-en'),
    );
    expect(all.filter((m) => detectLanguage(m.text) !== 'es').map((m) => m.id)).toEqual([]);
  });

  it('reads a message that is neither as English, as before', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('OK 👍 14:30')).toBe('en');
  });
});

describe('the Spanish recruiter phrases', () => {
  it('are valid entries with unique ids, and their words read as Spanish', () => {
    const english = new Map(phraseCatalog.map((e) => [e.id, e]));
    for (const entry of phraseCatalogEs) {
      expect(phraseEntrySchema.safeParse(entry).success).toBe(true);
      expect(detectLanguage(`${entry.phrase} ${entry.meaning}`)).toBe('es');
      expect(entry.meaning).not.toBe(english.get(entry.id)?.meaning);
    }
    expect(new Set(phraseCatalogEs.map((e) => e.id)).size).toBe(phraseCatalogEs.length);
  });
});

describe('the held-out Spanish table', () => {
  it('is read with precision and recall of at least 0.85', () => {
    const quality = scoreSuggestions(spanishMessages, undefined, spanishToday);
    console.log(`Spanish held out: ${summary(quality)}`);
    expect(quality.messages).toBeGreaterThanOrEqual(50);
    expect(quality.precision).toBeGreaterThanOrEqual(0.85);
    expect(quality.recall).toBeGreaterThanOrEqual(0.85);
    expect(quality.oppositeTones).toEqual([]);
  });
});

describe('Spanish look-alikes and rounds done (third round)', () => {
  it('reads "una pregunta" that announces another topic as that topic, not a follow-up question', () => {
    expect(
      topicsOf('Hola Javier, una pregunta rápida: ¿desde qué fecha podrías incorporarte?'),
    ).toEqual(['start-date']);
    expect(topicsOf('hola Pau, una pregunta: cuál es tu expectativa de sueldo bruto?')).toEqual([
      'salary',
    ]);
    expect(topicsOf('Me quedó una pregunta de la entrevista: ¿cómo escalaron el sistema?')).toEqual(
      ['follow-up-question'],
    );
  });

  it('does not read a word used in another sense as its topic', () => {
    expect(
      topicsOf('En referencia a su postulación, queremos agendar una entrevista con la gerencia.'),
    ).toEqual(['next-interview']);
    expect(
      topicsOf('¿Cuáles son tus pretensiones de crecimiento en la empresa? Cuéntame por aquí.'),
    ).not.toContain('salary');
    expect(topicsOf('¿Me pasás tus pretensiones? El cliente quedó contento.')).toContain('salary');
  });

  it('does not read a salary already agreed as a salary to talk about', () => {
    expect(
      topicsOf(
        'Con el sueldo ya acordado, solo falta tu fecha de incorporación. ¿Podrías empezar el 1 de abril?',
      ),
    ).toEqual(['start-date']);
  });

  it("does not read the writer's office, an ID for the building or the first day's team as a visit or an interview", () => {
    expect(
      topicsOf(
        'hola Mica! estoy saliendo de la ofi, te llamo para contarte la devolución de la entrevista',
      ),
    ).toEqual(['feedback']);
    expect(
      topicsOf(
        'Che Juli, el jueves te esperamos en la ofi de Palermo. Traé el DNI para entrar al edificio!',
      ),
    ).toEqual(['onsite']);
    expect(
      topicsOf(
        '¡Bienvenida! Tu primer día será el lunes 6 de abril. Ese día vas a conocer al equipo.',
      ),
    ).toEqual(['start-date']);
  });

  it('reads the round done said many ways, and an interview ahead as none', () => {
    const roundOf = (text: string) => suggestAnswers(text, 'es').answers.round;
    expect(
      roundOf('Hola Gabi! Ya pasaste la técnica, ahora te toca la entrevista con el director.'),
    ).toBe('middle');
    expect(
      roundOf(
        'Gracias por la primera entrevista con el gerente de ventas. Queremos invitarte a una segunda.',
      ),
    ).toBe('screen');
    expect(
      roundOf(
        'Después de tu entrevista con la gerente, que fue la última del proceso, pedimos referencias.',
      ),
    ).toBe('final');
    expect(roundOf('Hola Mafe, ¿cómo te fue en la entrevista técnica de esta mañana?')).toBe(
      'middle',
    );
    expect(
      roundOf('Agradecemos su participación en la entrevista con el panel del pasado viernes.'),
    ).toBe('middle');
    expect(
      roundOf('Te invitamos a la entrevista final con el gerente general el lunes 16.'),
    ).toBeUndefined();
  });
});

describe('Spanish as portals, phone apps and people write it (fourth round)', () => {
  const read = (text: string) => suggestAnswers(text, 'es', { today: '2026-03-12' }).answers;

  it('reads a rejection said politely as hesitant, not warm', () => {
    expect(
      read(
        'Estimado Hernán: Muchas gracias por participar en nuestro proceso. Queremos informarte que la vacante ya fue cubierta. Te deseamos mucho éxito en tu búsqueda laboral.',
      ).tone,
    ).toBe('hesitant');
    expect(
      read(
        'Hola Camila: Te agradecemos tu tiempo. Por ahora no vamos a seguir adelante con tu proceso.',
      ).tone,
    ).toBe('hesitant');
    expect(
      read(
        'La empresa ha actualizado el estado de tu inscripción en la oferta «Conductor»: Descartado.',
      ).tone,
    ).toBe('hesitant');
  });

  it('reads good news said the way people say it as warm, and courtesy alone as no tone', () => {
    expect(read('Hola Pili!! te tengo buenas nuevas, el gerente quiere verte otra vez.').tone).toBe(
      'warm',
    );
    expect(read('Tu candidatura ha avanzado a la fase «Entrevista con el responsable».').tone).toBe(
      'warm',
    );
    expect(
      read(
        'Estimado/a candidato/a: Le informamos que el proceso continúa en curso. Quedamos atentos. Saludos cordiales, Recursos Humanos',
      ).tone,
    ).toBeUndefined();
  });

  it('does not read a CV the employer already saw as a request for one', () => {
    expect(
      read('La empresa vio tu CV y te invita a realizar una prueba psicométrica en línea.').topics,
    ).toEqual(['assessment']);
  });

  it('takes a phone app’s marks as the contact: a voicemail transcript, a text, a chat export', () => {
    expect(
      read(
        'Mensaje de voz de +52 55 4123 8890\nTranscripción: Hola, habla Fernanda de Reclutamiento, le llamo por la entrevista.',
      ).contact,
    ).toBe('voicemail');
    expect(
      read('SMS de 600 123 456: Hola Irene, soy Jaime. Por favor llámame cuando puedas.').contact,
    ).toBe('email');
    expect(
      read('[12/03/26 09:15] Laura RRHH: Buenos días Andrés, llámame cuando puedas').contact,
    ).toBe('email');
    expect(
      read('Tienes 2 llamadas perdidas de +57 310 555 7788. El llamante no dejó mensaje.').contact,
    ).toBe('missed');
    expect(
      read(
        'Lamentablemente el empleador ha decidido no avanzar con tu postulación. Cancelar suscripción',
      ).contact,
    ).toBe('email');
  });

  it('reads a caller from a firm’s name or an HR area with no title', () => {
    expect(
      read('Soy Rodrigo, de Andes Human Capital. ¿Me compartes dos contactos de referencia?')
        .caller,
    ).toBe('agency');
    expect(
      read('Por favor completa la evaluación en línea.\n\nGracias,\nAmazon Recruiting').caller,
    ).toBe('recruiter');
    expect(
      read('Fuiste preseleccionada. La empresa revisó tu CV.\n\nBumeran | Encontrá tu trabajo')
        .caller,
    ).toBeUndefined();
  });

  it('reads a step passed said formally as warm', () => {
    expect(
      read(
        'Le informamos que ha avanzado a la etapa de verificación de antecedentes.\n\nAtentamente,\nRecursos Humanos',
      ).tone,
    ).toBe('warm');
    expect(read('Llamada de Sandra: dice que soy finalista y que deciden antes del 20.').tone).toBe(
      'warm',
    );
  });

  it('reads an interview offered as portals and ATS templates word it', () => {
    const topicsOf = (text: string) => read(text).topics;
    expect(topicsOf('La empresa revisó tu CV y quiere coordinar una entrevista con vos.')).toEqual([
      'next-interview',
    ]);
    expect(
      topicsOf(
        'Desde Gestión del Talento te compartimos el enlace para la entrevista virtual, el viernes 13 a las 15:00.',
      ),
    ).toEqual(['next-interview']);
    expect(
      topicsOf('¿Puedes venir a entrevista mañana a las 11 a nuestra sucursal de Polanco?'),
    ).toEqual(['next-interview', 'onsite']);
  });

  it('reads a short text that greets by name and has no marks of speech as written', () => {
    expect(read('Hola Juan, soy Carmen de RRHH, me llamas cuando puedas? gracias').contact).toBe(
      'email',
    );
    expect(
      read('Hola Pedro, soy Ana de Recursos Humanos. Llámame cuando puedas, por favor. Adiós.')
        .contact,
    ).toBe('voicemail');
  });

  it('counts the days since the interview said many ways, from today', () => {
    expect(read('Ana Luisa, gracias por venir el lunes pasado.').days).toBe(3);
    expect(
      read('En relación con la entrevista que mantuvimos el pasado día 5, seguimos.').days,
    ).toBe(7);
    expect(
      read('El cliente ya tiene la devolución de la entrevista del jueves de la semana antepasada.')
        .days,
    ).toBe(14);
    expect(read('Hace quince días hiciste la entrevista con nosotros.').days).toBe(15);
  });
});
