import { franc } from 'franc-min';
import { MAX_TEXT, suggestAnswers } from '../../src/domain/index.ts';
import { detectLanguage } from '../../src/domain/paste/detect.ts';
import { phraseCatalog } from '../../src/domain/paste/phrase-catalog.ts';
import { phraseCatalogEs } from '../../src/domain/paste/phrase-catalog-es.ts';
import { phraseEntrySchema } from '../../src/domain/paste/phrase-schema.ts';
import { findPhrases } from '../../src/domain/paste/phrases.ts';
import { fernandezHuerta } from '../../scripts/spanish-readability.ts';

/**
 * For each Spanish phrase: a realistic sentence that holds it (the words found are quoted as
 * written), and look-alikes that must not find it (said not to apply, behind the candidate,
 * inside a longer word, or other words that share some of its own).
 */
const examples: Record<string, { says: string; quote: string; lookAlikes: string[] }> = {
  'still-interviewing': {
    says: 'Gracias por su tiempo. Todavía estamos entrevistando a otros candidatos esta semana.',
    quote: 'Todavía estamos entrevistando a otros candidatos',
    lookAlikes: ['Yo también estoy entrevistando con otras empresas, para que lo sepa.'],
  },
  'cv-on-file': {
    says: 'Guardaremos su currículum en nuestra base de datos por si surge algo parecido.',
    quote: 'Guardaremos su currículum en nuestra base de datos',
    lookAlikes: ['Por favor, guarden mi currículum para otras ofertas.'],
  },
  'other-candidates': {
    says: 'Tras valorarlo con calma, hemos decidido avanzar con otros candidatos.',
    quote: 'avanzar con otros candidatos',
    lookAlikes: ['No vamos a avanzar con otros candidatos hasta hablar con usted.'],
  },
  'not-progressing': {
    says: 'Lamentablemente, no vamos a continuar con su candidatura.',
    quote: 'no vamos a continuar con su candidatura',
    lookAlikes: ['Vamos a continuar con su candidatura y se la pasamos al responsable hoy.'],
  },
  'on-hold': {
    says: 'Siento decirle que la vacante está en pausa hasta el año que viene.',
    quote: 'vacante está en pausa',
    lookAlikes: ['Buenas noticias: el proceso no está en pausa, así que seguimos.'],
  },
  references: {
    says: 'Nos gustaría contactar con sus referencias esta semana, ¿le parece bien?',
    quote: 'contactar con sus referencias',
    lookAlikes: ['No hará falta contactar con sus referencias por ahora.'],
  },
  'keep-you-posted': {
    says: 'Aún no tenemos novedades, pero le mantendremos informado.',
    quote: 'le mantendremos informado',
    lookAlikes: ['Manténgase informado de nuestras ofertas en la web.'],
  },
  'running-behind': {
    says: 'Disculpe, el proceso se está alargando más de lo previsto.',
    quote: 'proceso se está alargando',
    lookAlikes: ['Perdone, llego tarde a la llamada, deme cinco minutos.'],
  },
  'salary-expectations': {
    says: 'Antes de seguir, ¿cuáles son sus pretensiones salariales?',
    quote: 'pretensiones salariales',
    lookAlikes: ['El salario lo fija el convenio de la empresa.'],
  },
  'notice-period': {
    says: '¿Me recuerda cuánto preaviso tiene que dar en su empresa?',
    quote: 'cuánto preaviso',
    lookAlikes: ['Le aviso de que el aparcamiento cierra a las ocho.'],
  },
  'feedback-offered': {
    says: 'Si le sirve, le puedo dar feedback de la entrevista por teléfono.',
    quote: 'le puedo dar feedback',
    lookAlikes: ['Nos encantaría conocer su opinión sobre el proceso.'],
  },
  'next-step': {
    says: 'El siguiente paso sería una entrevista con la directora.',
    quote: 'El siguiente paso sería',
    lookAlikes: ['Gracias por la entrevista: fue un paso importante para nosotros.'],
  },
  unsuccessful: {
    says: 'Sentimos comunicarle que su candidatura no ha sido seleccionada.',
    quote: 'su candidatura no ha sido seleccionada',
    lookAlikes: ['Su candidatura ha sido seleccionada para la siguiente entrevista.'],
  },
  'on-this-occasion': {
    says: 'Lamentablemente, en esta ocasión hemos elegido a otra persona.',
    quote: 'Lamentablemente, en esta ocasión',
    lookAlikes: ['En esta ocasión, la entrevista será por videollamada.'],
  },
  'not-the-right-fit': {
    says: 'Creemos que su experiencia no encaja del todo con lo que buscamos ahora.',
    quote: 'no encaja del todo con lo que buscamos',
    lookAlikes: ['Su experiencia encaja con lo que buscamos.'],
  },
  'good-fit': {
    says: 'Le cuento que su perfil encaja muy bien con el equipo.',
    quote: 'su perfil encaja muy bien',
    lookAlikes: ['No creo que su perfil encaje muy bien con este puesto.'],
  },
  'internal-candidate': {
    says: 'Al final el equipo ha optado por un candidato interno.',
    quote: 'por un candidato interno',
    lookAlikes: ['Nuestra reclutadora interna, Marta, le llamará para fijar la hora.'],
  },
  'hear-either-way': {
    says: 'Esperamos decidir el viernes y le escribiremos en cualquier caso.',
    quote: 'escribiremos en cualquier caso',
    lookAlikes: ['En cualquier caso, muchas gracias por venir.'],
  },
  'stay-in-touch': {
    says: 'Ha sido un placer conocerle. ¡Seguimos en contacto!',
    quote: 'Seguimos en contacto',
    lookAlikes: ['Póngase en contacto con Marta si tiene dudas sobre el día.'],
  },
  'next-steps': {
    says: '¿Me puede llamar? Nos gustaría hablar de los próximos pasos.',
    quote: 'hablar de los próximos pasos',
    lookAlikes: ['Por ahora no hay próximos pasos, lo siento.'],
  },
  'next-stage': {
    says: 'Enhorabuena, ha pasado a la siguiente fase del proceso.',
    quote: 'pasado a la siguiente fase',
    lookAlikes: ['Lo sentimos, no ha pasado a la siguiente fase.'],
  },
  'final-stage': {
    says: 'Ya estamos en la fase final y queda muy poca gente.',
    quote: 'la fase final',
    lookAlikes: ['La final del torneo es el domingo, por si quiere verla.'],
  },
  shortlisted: {
    says: 'Buenas noticias: ha quedado entre los tres finalistas.',
    quote: 'finalistas',
    lookAlikes: ['Lamentablemente, no ha sido preseleccionada esta vez.'],
  },
  'quick-chat': {
    says: 'La responsable quiere tener una llamada rápida con usted el jueves.',
    quote: 'una llamada rápida',
    lookAlikes: ['Gracias por la llamada rápida de ayer con la responsable.'],
  },
  'informal-chat': {
    says: '¿Podría el viernes para una charla informal con Sara?',
    quote: 'charla informal',
    lookAlikes: ['Gracias por la charla informal de ayer.'],
  },
  'meet-the-team': {
    says: 'Nos gustaría conocerle en persona la semana que viene.',
    quote: 'conocerle en persona',
    lookAlikes: ['Gracias por venir a conocer al equipo el lunes.'],
  },
  availability: {
    says: '¿Me puede indicar su disponibilidad para la semana que viene?',
    quote: 'indicar su disponibilidad',
    lookAlikes: ['Lo siento, esta semana no tengo disponibilidad.'],
  },
  'start-date': {
    says: 'Si todo va bien, ¿cuándo podría incorporarse?',
    quote: 'cuándo podría incorporarse',
    lookAlikes: ['Cuando pueda, llámeme, por favor.'],
  },
  'interviewing-elsewhere': {
    says: 'Para organizarnos, ¿tiene otros procesos abiertos ahora mismo?',
    quote: 'tiene otros procesos',
    lookAlikes: ['Tengo otros procesos abiertos, así que les di mis fechas.'],
  },
  'check-application': {
    says: 'Para seguir, necesitamos unos datos más de su parte.',
    quote: 'necesitamos unos datos más',
    lookAlikes: ['Hemos revisado todos los datos de su candidatura y están en orden.'],
  },
  offer: {
    says: 'Nos alegra decirle que le haremos llegar una propuesta esta tarde.',
    quote: 'le haremos llegar una propuesta',
    lookAlikes: ['Lo siento, no podemos hacerle una oferta en este momento.'],
  },
  'good-news': {
    says: 'Hola, Lucía, le llamo para darle una buena noticia.',
    quote: 'darle una buena noticia',
    lookAlikes: ['Lo siento, no tengo buenas noticias.'],
  },
  paperwork: {
    says: 'Esta tarde le enviaremos el contrato para que lo revise.',
    quote: 'le enviaremos el contrato',
    lookAlikes: ['No podemos enviar el contrato hasta que se apruebe el sueldo.'],
  },
  'conditional-offer': {
    says: 'Podemos ofrecerle el puesto, sujeto a referencias satisfactorias.',
    quote: 'sujeto a referencias',
    lookAlikes: ['Las referencias serán el tema de nuestra próxima reunión.'],
  },
  budget: {
    says: 'Estamos cerrando el presupuesto del puesto y le diremos algo pronto.',
    quote: 'cerrando el presupuesto',
    lookAlikes: ['Mi presupuesto para la mudanza es ajustado.'],
  },
  'strong-applicants': {
    says: 'Hemos recibido muchas candidaturas para este puesto.',
    quote: 'muchas candidaturas',
    lookAlikes: ['Aún no hemos recibido muchas candidaturas.'],
  },
  'role-filled': {
    says: 'Quería avisarle de que el puesto ya está cubierto.',
    quote: 'puesto ya está cubierto',
    lookAlikes: ['El puesto todavía no está cubierto, así que hay tiempo.'],
  },
  'role-withdrawn': {
    says: 'Me temo que la vacante se ha cancelado por ahora.',
    quote: 'vacante se ha cancelado',
    lookAlikes: ['El portal de candidaturas está cerrado el fin de semana.'],
  },
  're-advertise': {
    says: 'Hemos decidido volver a publicar la oferta en primavera.',
    quote: 'volver a publicar la oferta',
    lookAlikes: ['Publicamos la oferta en marzo y tuvimos buena respuesta.'],
  },
  'future-opportunities': {
    says: 'Contaremos con usted para futuras oportunidades en la empresa.',
    quote: 'Contaremos con usted para futuras oportunidades',
    lookAlikes: ['Este puesto ofrece futuras oportunidades de crecimiento.'],
  },
  'keep-you-in-mind': {
    says: 'Por supuesto, le tendremos en cuenta.',
    quote: 'le tendremos en cuenta',
    lookAlikes: ['Tenga en cuenta que la oficina cierra el viernes.'],
  },
  'count-on-us': {
    says: 'Para cualquier duda, cuente con nosotros.',
    quote: 'cuente con nosotros',
    lookAlikes: ['Cuente con dos horas para la entrevista.'],
  },
  'awaiting-you': {
    says: 'Le adjunto la descripción del puesto. Quedamos atentos a sus comentarios.',
    quote: 'Quedamos atentos',
    lookAlikes: ['Esté atento al teléfono el viernes, por favor.'],
  },
  'decision-by': {
    says: 'Esperamos tener una decisión a finales de la semana que viene.',
    quote: 'tener una decisión a finales de',
    lookAlikes: ['La decisión es solo suya, tómese su tiempo.'],
  },
  'in-due-course': {
    says: 'Le responderemos a la mayor brevedad.',
    quote: 'Le responderemos a la mayor brevedad',
    lookAlikes: ['El curso empieza en breve, en otoño.'],
  },
  'no-reply-means-no': {
    says: 'Si no recibe respuesta en quince días, entienda que no ha sido seleccionado.',
    quote: 'Si no recibe respuesta en',
    lookAlikes: ['Si recibe este mensaje, llámeme en cuanto pueda.'],
  },
  patience: {
    says: 'Muchas gracias por su paciencia mientras terminábamos las entrevistas.',
    quote: 'Muchas gracias por su paciencia',
    lookAlikes: ['La paciencia es clave cuando se esperan noticias.'],
  },
  impressed: {
    says: 'Todo el equipo quedó muy impresionado con su presentación.',
    quote: 'quedó muy impresionado',
    lookAlikes: ['Sinceramente, no quedaron impresionados con el local.'],
  },
  'close-decision': {
    says: 'Ha sido una decisión muy difícil entre usted y otra persona.',
    quote: 'decisión muy difícil',
    lookAlikes: ['Es una decisión fácil de tomar, así que no se preocupe.'],
  },
  'preferred-candidate': {
    says: 'Puedo adelantarle que usted es nuestra primera opción.',
    quote: 'es nuestra primera opción',
    lookAlikes: ['La primera opción es hacer la entrevista en persona.'],
  },
  'still-interested': {
    says: 'Antes de seguir, ¿sigue interesado en el puesto?',
    quote: 'sigue interesado',
    lookAlikes: ['Sigo interesado en el puesto, por si le sirve.'],
  },
  'under-review': {
    says: 'Su candidatura sigue en revisión y le avisaremos pronto.',
    quote: 'candidatura sigue en revisión',
    lookAlikes: ['Su candidatura ya no está en revisión.'],
  },
  'panel-meeting': {
    says: 'El comité se reúne el miércoles para valorar a todas las personas.',
    quote: 'comité se reúne',
    lookAlikes: ['Nos reunimos con el comité el miércoles para ver el calendario.'],
  },
  'more-senior': {
    says: 'Para este puesto buscamos un perfil con más experiencia.',
    quote: 'buscamos un perfil con más experiencia',
    lookAlikes: ['Buscamos a alguien que pueda empezar en marzo.'],
  },
  overqualified: {
    says: 'Nos preocupaba que estuviera sobrecualificada para el puesto.',
    quote: 'sobrecualificada',
    lookAlikes: ['Está muy bien cualificada para este puesto.'],
  },
  'culture-fit': {
    says: 'La última charla es más sobre el encaje cultural que sobre lo técnico.',
    quote: 'encaje cultural',
    lookAlikes: ['Aquí hay mucha cultura de deporte, con gimnasio en la oficina.'],
  },
  assessment: {
    says: 'El siguiente paso es una prueba técnica de unas dos horas.',
    quote: 'prueba técnica',
    lookAlikes: ['Gracias por hacer la prueba técnica la semana pasada.'],
  },
  'background-check': {
    says: 'El último paso es una verificación de antecedentes, que suele tardar una semana.',
    quote: 'verificación de antecedentes',
    lookAlikes: ['Le dejo unos antecedentes del equipo: somos seis.'],
  },
  'right-to-work': {
    says: '¿Tiene permiso de trabajo en España? Tráigalo el lunes, por favor.',
    quote: 'permiso de trabajo',
    lookAlikes: ['Pida permiso para salir antes del trabajo si lo necesita.'],
  },
  'hr-in-touch': {
    says: 'Recursos Humanos se pondrá en contacto con usted mañana.',
    quote: 'Recursos Humanos se pondrá',
    lookAlikes: ['Recursos Humanos no se pondrá en contacto hasta enero.'],
  },
  'circle-back': {
    says: 'Lo consulto con el equipo y le digo algo mañana.',
    quote: 'Lo consulto con el equipo y le digo',
    lookAlikes: ['Le dije todo lo que sabía del puesto.'],
  },
};

/** Any of these words, whole: JavaScript's `\\b` takes "ú" for a word's edge. */
const wholeWords = (alternatives: string) =>
  new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'iu');
/** The text with its accents taken off, as people often type on a phone. */
const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const english = new Map(phraseCatalog.map((e) => [e.id, e]));
const byMeaning = new Map(phraseCatalogEs.map((entry) => [entry.meaning, entry.id]));
/** The ids of the Spanish phrases found in a text, with the words quoted. */
const found = (text: string) =>
  findPhrases(text, 'es').map((p) => ({ id: byMeaning.get(p.meaning), quote: p.phrase }));

describe('the Spanish recruiter phrase catalog', () => {
  it('holds at least 45 phrases, each once, each passing the schema', () => {
    expect(phraseCatalogEs.length).toBeGreaterThanOrEqual(45);
    expect(new Set(phraseCatalogEs.map((e) => e.id)).size).toBe(phraseCatalogEs.length);
    expect(new Set(phraseCatalogEs.map((e) => e.phrase)).size).toBe(phraseCatalogEs.length);
    expect(new Set(phraseCatalogEs.map((e) => e.meaning)).size).toBe(phraseCatalogEs.length);
    for (const entry of phraseCatalogEs) {
      const result = phraseEntrySchema.safeParse(entry);
      expect(result.success, `${entry.id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it('has an example and a look-alike for every phrase, and none for a phrase it lacks', () => {
    expect(Object.keys(examples).sort()).toEqual(phraseCatalogEs.map((e) => e.id).sort());
  });

  it.each(phraseCatalogEs.map((e) => [e.id, e] as const))(
    '%s is explained in Spanish, honestly, with usted and nothing gendered about the reader',
    (id, entry) => {
      expect(franc(entry.meaning, { only: ['spa', 'eng'] })).toBe('spa');
      expect(detectLanguage(`${entry.phrase} ${entry.meaning}`)).toBe('es');
      expect(entry.meaning).not.toBe(english.get(id)?.meaning);
      // Hedged: "suele", "a menudo", "a veces", "puede"…, never a promise.
      expect(entry.meaning).toMatch(
        wholeWords('suele|suelen|a menudo|a veces|puede|pueden|casi|probable|aún|todavía'),
      );
      expect(entry.meaning).not.toMatch(
        wholeWords('(?<!casi )siempre|seguro|segura|garantiza\\p{L}*|sin duda|definitivamente'),
      );
      // Usted, not tú; and no adjective that guesses who reads ("interesado", "preparada").
      expect(entry.meaning).not.toMatch(wholeWords('tú|tu|tus|te|ti|contigo'));
      expect(entry.meaning).not.toMatch(
        wholeWords('(?:interesad|preparad|atent|seleccionad|elegid|nervios|tranquil)[oa]s?'),
      );
    },
  );

  it('explains in plain words: a Fernández-Huerta score of at least 70, "bastante fácil"', () => {
    const score = fernandezHuerta(phraseCatalogEs.map((e) => e.meaning));
    console.log(`Fernández-Huerta, Spanish phrase meanings: ${score.toFixed(1)}`);
    expect(score).toBeGreaterThanOrEqual(70);
  });
});

describe('findPhrases in Spanish', () => {
  it.each(Object.entries(examples))(
    '%s: found as written, without accents and in lower case; its look-alikes not',
    (id, example) => {
      expect(found(example.says)).toContainEqual({ id, quote: example.quote });
      expect(found(plain(example.says))).toContainEqual({ id, quote: plain(example.quote) });
      expect(found(example.says.toLowerCase())).toContainEqual({
        id,
        quote: example.quote.toLowerCase(),
      });
      for (const lookAlike of example.lookAlikes) {
        expect(
          found(lookAlike).map((p) => p.id),
          lookAlike,
        ).not.toContain(id);
      }
    },
  );

  it('reads WhatsApp forms and both sides of the Atlantic', () => {
    const ids = (text: string) => found(text).map((p) => p.id);
    expect(ids('Hola! Te mantengo al tanto, quedo atento 🙏')).toEqual([
      'keep-you-posted',
      'awaiting-you',
    ]);
    expect(ids('ok, seguimos en contacto!!')).toEqual(['stay-in-touch']);
    expect(ids('Buen día, ¿cuál es tu expectativa salarial?')).toEqual(['salary-expectations']);
    expect(ids('Quedaste en la terna final, te aviso apenas sepa algo')).toEqual([
      'shortlisted',
      'keep-you-posted',
    ]);
    expect(ids('Nos gustaría hacerte una propuesta económica')).toEqual(['offer']);
    expect(ids('Quedo a su entera disposición.')).toEqual(['count-on-us']);
    expect(ids('Buen día! Te comparto que pasaste a la siguiente etapa 🎉')).toEqual([
      'next-stage',
    ]);
    expect(ids('Te cuento q al final la vacante se cubrió internamente')).toEqual([
      'internal-candidate',
    ]);
    expect(ids('Te llamo para darte una devolución de la entrevista')).toEqual([
      'feedback-offered',
    ]);
    expect(ids('No te preocupes, lo hablo con Laura y te digo.')).toEqual(['circle-back']);
  });

  it('does not find a phrase inside a longer word', () => {
    expect(found('Los preseleccionadores revisan las hojas de vida.')).toEqual([]);
    expect(found('Es la fase finalizada del proyecto.')).toEqual([]);
    expect(found('Los permisos de trabajadores temporales.')).toEqual([]);
    expect(found('La prueba tecnológica del móvil.')).toEqual([]);
  });

  it('lists each phrase once, in the order of the text, the longer of two that overlap', () => {
    const text =
      'Hemos recibido muchas candidaturas. Lamentablemente, su candidatura no ha sido seleccionada, pero guardaremos su CV en nuestra base de datos. ¡Seguimos en contacto! Seguimos en contacto.';
    expect(found(text)).toEqual([
      { id: 'strong-applicants', quote: 'muchas candidaturas' },
      { id: 'unsuccessful', quote: 'su candidatura no ha sido seleccionada' },
      { id: 'cv-on-file', quote: 'guardaremos su CV en nuestra base de datos' },
      { id: 'stay-in-touch', quote: 'Seguimos en contacto' },
    ]);
  });

  it('comes with suggestAnswers when the text is Spanish', () => {
    const { phrases } = suggestAnswers(
      'Hola, Marta: estamos en la fase final y le haremos llegar una propuesta el lunes.',
    );
    expect(phrases.map((p) => p.phrase)).toEqual([
      'la fase final',
      'le haremos llegar una propuesta',
    ]);
  });

  it('reads 100,000 characters of Spanish phrases quickly', () => {
    const sentences = Object.values(examples).flatMap((e) => [e.says, ...e.lookAlikes]);
    let text = '';
    while (text.length < MAX_TEXT) text += `${sentences.join(' ')}\n`;
    text = text.slice(0, MAX_TEXT);
    findPhrases(text, 'es'); // builds the patterns once
    // Processor time, not wall time: the machine running the tests may be busy with others.
    const start = process.cpuUsage();
    for (let i = 0; i < 5; i += 1) findPhrases(text, 'es');
    const used = process.cpuUsage(start);
    const each = (used.user + used.system) / 1000 / 5;
    console.log(`findPhrases, 100,000 characters of Spanish: ${each.toFixed(1)} ms`);
    // The whole of paste reading must stay under 20 ms, as in English.
    expect(each).toBeLessThan(20);
  });
});
