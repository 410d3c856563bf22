/**
 * The Spanish readers of facts (round, days, contact, caller, signatures), time expressions
 * and recruiter phrases, shaped as the English ones in facts.ts and time.ts. Every pattern is
 * written without accents: `suggestAnswers` hands these readers the text with its accents
 * folded away (same positions), so "llámame" and "llamame" read alike.
 */
import type { Caller, Contact, Round, Topic } from '../codes.ts';
import {
  daysBackTo,
  daysBackToDate,
  hitsIn,
  isProperName,
  MAX_DAYS_READ,
  readToday,
  roundsIn,
  sentenceAround,
  tenseIn,
  type FactMatch,
  type FactReaders,
  type RoundReading,
  type TenseWords,
} from './facts.ts';
import { findPhrases } from './phrases.ts';
import { timePhrasesWith } from './time.ts';

// ---------------------------------------------------------------------------------------------
// Footers and signatures

const FOOTER =
  /(?:^|\n)[ \t>]*(?:este (?:correo|mensaje|e-?mail)(?: electronico)?(?: y sus (?:anexos|adjuntos))? (?:es|son|puede|contiene|se dirige|va dirigido)|aviso (?:legal|de confidencialidad)|clausula de confidencialidad|en cumplimiento de|de conformidad con (?:la|el) (?:ley|reglamento)|proteccion de datos|si (?:usted )?(?:ha recibido|recibio|no es el destinatario)|antes de imprimir)/i;

const SIGN_OFF =
  /\n[ \t]*(?:(?:un |muchos |cordiales |afectuosos )?saludos?(?: cordiales| afectuosos)?|un cordial saludo|reciba un cordial saludo|atentamente|cordialmente|saludos cordiales|un abrazo|abrazos?|besos|gracias(?: de antemano)?|muchas gracias|mil gracias|quedo atent[oa]|quedamos atent[oa]s|hasta pronto|hablamos|nos vemos|exitos|mucho exito|!mucho exito)[ \t]*[,!.]?[ \t]*(?=\n)/gi;

function footerStart(text: string): number {
  const found = FOOTER.exec(text);
  return found ? found.index : text.length;
}

/** How many short lines may follow a sign-off in a signature. */
const SIGNATURE_LINES = 8;

function signatureStart(text: string, end = text.length): number {
  // Only the last few lines can hold a signature: looking no further back keeps a long paste
  // of many signed messages from being read again after each sign-off.
  let from = end;
  for (let lines = 0; from > 0 && lines <= SIGNATURE_LINES;) {
    const lineStart = text.lastIndexOf('\n', from - 1);
    if (text.slice(lineStart + 1, from).trim() !== '') lines += 1;
    from = Math.max(0, lineStart);
  }
  SIGN_OFF.lastIndex = 0;
  for (const found of text.slice(from, end).matchAll(SIGN_OFF)) {
    found.index += from;
    const after = text.slice(found.index + found[0].length, end);
    const lines = after.split('\n').filter((line) => line.trim() !== '');
    if (lines.length <= SIGNATURE_LINES && lines.every((line) => line.length <= 80)) {
      return found.index + found[0].length;
    }
  }
  return end;
}

// ---------------------------------------------------------------------------------------------
// Past or ahead

const WEEKDAYS = ['domingo', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado'];
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const MONTH = `(?:${MONTHS.join('|')}|setiembre)`;

const PAST_BEFORE = new RegExp(
  [
    '\\b(?:tras|despues de|luego de|durante|desde(?! (?:el |la )?(?:area|departamento|equipo|gestion|recursos|capital|seleccion|reclutamiento|atraccion|people|talento|rrhh|rh|nuestr[oa]s?)\\b)|pasaste|superaste|has superado|ha superado|hiciste|hizo|tuviste|tuvimos|tuvo|realizaste|realizo|hicimos|te fue en|le fue en|participacion en|participar en)\\b',
    // "ya pasó" is a step behind only right before it: "ya pasó la primera entrevista y quieren verte"
    '\\bya paso(?=\\s+(?:la|el|tu|su)\\s+(?:\\S+\\s+)?$)',
    '\\b(?:muchas |mil )?gracias(?: de nuevo| otra vez)? por\\b',
    '\\b(?:un placer|encantad[oa] de|fue un gusto)\\b',
    '\\b(?:feedback|devolucion|retroalimentacion|retro|comentarios|resultado|resultados) (?:de|sobre|del)\\b',
    '\\b(?:el|la|del|de la) (?:pasad[oa]|anterior|ultima vez)\\b',
    '\\bcomo (?:te|le) (?:comentamos|comente|dije|dijimos) en\\b',
    `\\b(?:ayer|anteayer|antier|esta manana|hace (?:un|una|dos|tres|cuatro|\\d{1,2}) (?:dias?|semanas?))\\b`,
  ].join('|'),
  'gi',
);

const FUTURE_BEFORE = new RegExp(
  [
    '\\b(?:proxim[oa]|siguiente|otra|nueva|invitar(?:te|lo|la|le)?|agendar(?:te|le)?|programar|organizar|preparar|antes de|queremos|quiere|quieren|vas a|va a|tendras|tendra|tendremos|mover|confirmar|cuadrar|coordinar|ofrecerte|ofrecerle|pasar a|pasas a|pasa a|has pasado a|ha pasado a|te toca|le toca|recordamos)\\b',
    '\\b(?:para|a) (?:una|la|tu|su)\\b',
    `\\b(?:el|este) (?:proximo )?${WEEKDAY} que viene\\b`,
    '\\b(?:manana|pasado manana)\\b',
  ].join('|'),
  'gi',
);

const PAST_AFTER = new RegExp(
  `^[^.!?\\n]{0,30}?\\b(?:fue|salio|estuvo|de ayer|del pasado|de la semana pasada|de esta manana|del ${WEEKDAY}|que tuvimos|que hicimos|que hiciste)\\b`,
  'i',
);
const FUTURE_AFTER =
  /^[^.!?\n]{0,25}?\b(?:sera|seria|es el|la semana que viene|la proxima semana|(?<!esta )manana|el proximo|que viene)\b/i;

const spanishTense: TenseWords = {
  pastBefore: PAST_BEFORE,
  futureBefore: FUTURE_BEFORE,
  pastAfter: PAST_AFTER,
  futureAfter: FUTURE_AFTER,
};

/** Whether a mention between `start` and `end` is behind the candidate, ahead, or not plain. */
function tenseOf(text: string, start: number, end: number): 'past' | 'future' | undefined {
  return tenseIn(spanishTense, text, start, end);
}

// ---------------------------------------------------------------------------------------------
// Round

const INTERVIEW = '(?:entrevista|entrevistas|ronda|etapa|fase|reunion|charla|conversacion)';
const ROUND_WORDS: readonly [Round, RegExp][] = [
  [
    'final',
    new RegExp(
      `\\b${INTERVIEW}(?: presencial| individual)? final\\b|\\bultima ${INTERVIEW}\\b|(?<!primera |segunda )\\b${INTERVIEW} con (?:la|el) (?:direccion|director|directora|ceo|gerente general|comite de direccion)\\b|\\b(?:que|la cual) (?:fue|era) la ultima\\b`,
      'gi',
    ),
  ],
  [
    'middle',
    new RegExp(
      `\\b(?:segunda|tercera|2a|2ª) ${INTERVIEW}\\b|(?<!primera )\\b${INTERVIEW} (?:tecnica|con el equipo|con el jefe|con la jefa|con el gerente|con la gerente|con el responsable|con la responsable|de panel|con el panel|por competencias|con el hiring manager)\\b|\\b(?:la|tu|su) tecnica\\b`,
      'gi',
    ),
  ],
  [
    'screen',
    new RegExp(
      `\\b(?:llamada|entrevista|conversacion|charla|videollamada) (?:inicial|telefonica|de preseleccion|por telefono|de filtro|con (?:recursos humanos|rrhh|seleccion))\\b|\\bprimera ${INTERVIEW}\\b|\\bprimer (?:contacto|filtro)\\b`,
      'gi',
    ),
  ],
];
function readRound(text: string, end = text.length): RoundReading {
  return roundsIn(ROUND_WORDS, tenseOf, text, end);
}

// ---------------------------------------------------------------------------------------------
// Days

const DAY_EXPRESSION = new RegExp(
  [
    '\\b(?<dayBefore>anteayer|antier|antes de ayer)\\b',
    '\\b(?<yesterday>ayer)\\b',
    '\\bhace (?<agoCount>un|una|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince|\\d{1,2}) (?<agoUnit>dias?|semanas?)\\b',
    '\\b(?<today>hoy|esta manana|esta tarde)\\b',
    `\\b(?:el |del )?(?<last>pasado) (?<lastDay>${WEEKDAY})\\b`,
    `\\b(?:el |del )(?<weekDay>${WEEKDAY}) de la semana (?<week>pasada|antepasada)\\b`,
    `\\b(?:el |del )(?<lastDay2>${WEEKDAY}) pasado\\b`,
    '\\b(?:el |del )?pasado dia (?<pastDate>\\d{1,2})\\b',
    `\\b(?:el |del |este )(?<day>${WEEKDAY})(?! que viene| proximo)\\b`,
    `\\b(?:el |del )?(?<dateDay>\\d{1,2}) de (?<dateMonth>${MONTH})\\b`,
  ].join('|'),
  'gi',
);
// "hace dos semanas": the number words a span is said with.
const COUNTS: Readonly<Record<string, number>> = {
  un: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  diez: 10,
  quince: 15,
};
const INTERVIEW_WORD =
  /\b(?:entrevista|entrevistas|ronda|reunion|llamada|hablamos|conocimos|conocerte|conocerle|vernos|charla|charlamos|videollamada|conversacion|panel|prueba|tecnica|vinistes?|viniste|estuviste|venir|acercarte|acercarse|presentacion|mantuvimos)\b/i;
const PAST_VERB =
  /\b(?:conocimos|hablamos|charlamos|tuvimos|tuviste|fue|estuvo|salio|gracias por|tras|despues de|luego de|viniste|estuviste|hiciste|pasado|pasada|quedo|quedamos|ha quedado|han quedado|gusto|encanto|retroalimentacion|devolucion|feedback)\b/i;
const FUTURE_NEAR =
  /\b(?:proximo|hasta el|antes del|para el|al|a partir del|desde el|disponible el|libre el)\s+$/i;
// Day 0 (1970-01-01) was a Thursday.
const dayOfWeek = (dayNumber: number) => (dayNumber + 4) % 7;

// "el pasado día 5": this month's 5th, or last month's when that is still ahead.
function daysBackToDayOfMonth(day: number, todayNumber: number): number | undefined {
  const today = new Date(todayNumber * 86_400_000);
  const month = today.getUTCMonth() + 1;
  if (day <= today.getUTCDate()) return daysBackToDate(day, month, todayNumber);
  return daysBackToDate(day, month === 1 ? 12 : month - 1, todayNumber);
}

function readDays(
  text: string,
  today: string | undefined,
  end = text.length,
): FactMatch<number> | undefined {
  const todayNumber = readToday(today);
  if (todayNumber === undefined) return undefined;
  const body = text.slice(0, end);
  let best: FactMatch<number> | undefined;
  let seen = 0;
  DAY_EXPRESSION.lastIndex = 0;
  for (const m of body.matchAll(DAY_EXPRESSION)) {
    seen += 1;
    if (seen > MAX_DAYS_READ) break;
    const g = m.groups ?? {};
    const start = m.index;
    const stop = start + m[0].length;
    const { sentence } = sentenceAround(body, start, stop);
    if (!INTERVIEW_WORD.test(sentence)) continue;
    if (FUTURE_NEAR.test(body.slice(Math.max(0, start - 25), start))) continue;
    let days: number | undefined;
    let plainlyPast = false;
    if (g.dayBefore) {
      days = 2;
      plainlyPast = true;
    } else if (g.agoCount && g.agoUnit) {
      const count = COUNTS[g.agoCount.toLowerCase()] ?? Number(g.agoCount);
      days = g.agoUnit.toLowerCase().startsWith('semana') ? count * 7 : count;
      plainlyPast = true;
    } else if (g.yesterday) {
      days = 1;
      plainlyPast = true;
    } else if (g.today) {
      days = 0;
    } else if (g.last && g.lastDay) {
      days = daysBackTo(WEEKDAYS.indexOf(g.lastDay.toLowerCase()), todayNumber);
      plainlyPast = true;
    } else if (g.lastDay2) {
      days = daysBackTo(WEEKDAYS.indexOf(g.lastDay2.toLowerCase()), todayNumber);
      plainlyPast = true;
    } else if (g.weekDay && g.week) {
      // "el jueves de la semana antepasada": weeks start on Monday.
      const mondayBased = (day: number) => (day + 6) % 7;
      const weeks = g.week.toLowerCase() === 'antepasada' ? 2 : 1;
      const back =
        mondayBased(dayOfWeek(todayNumber)) -
        mondayBased(WEEKDAYS.indexOf(g.weekDay.toLowerCase()));
      days = back + 7 * weeks;
      plainlyPast = true;
    } else if (g.pastDate) {
      days = daysBackToDayOfMonth(Number(g.pastDate), todayNumber);
      plainlyPast = true;
    } else if (g.day) {
      days = daysBackTo(WEEKDAYS.indexOf(g.day.toLowerCase()), todayNumber);
    } else if (g.dateDay && g.dateMonth) {
      const month = g.dateMonth.toLowerCase();
      const index = month === 'setiembre' ? 8 : MONTHS.indexOf(month);
      days = daysBackToDate(Number(g.dateDay), index + 1, todayNumber);
    }
    if (days === undefined || days > 365) continue;
    if (!plainlyPast && tenseOf(body, start, stop) !== 'past' && !PAST_VERB.test(sentence)) {
      continue;
    }
    if (!best || days < best.value) best = { value: days, start, end: stop };
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Contact

const WRITTEN = [
  /^\s*(?:asunto|re|rv|fw|fwd)\s*:/im,
  /^\s*(?:estimad[oa]s?|apreciad[oa]s?|querid[oa]s?|senor|senora|sr\.|sra\.)\b/im,
  /^\s*(?:hola|buenos dias|buenas tardes|buenas|saludos)\b[^\n]{0,40}[,:]?\s*\n\s*\n/i,
  SIGN_OFF,
  /\b(?:adjunto|adjuntamos|te escribo|le escribo|te envio|le envio|por correo|por mail|x mail|enviado desde mi|https?:\/\/|www\.|me escribio|me escribieron|correo de|mail de|email de)\b/i,
  // A chat's own marks: emoji, "!!", shorthand.
  /\p{Extended_Pictographic}|[!?]{2}|\b(?:q|xq|pq|porfa|xfa|x fa|x favor|tb|tmb|pls|plis|jaja|dnd|pa|che|bss|besis|ok|link)\b/iu,
  // A transcript starts with a capital; a chat often does not: "hola! q tal?", "oye una pregunta".
  /^\s*(?:hola|buenas|buenos|oye|ey|porfa|sin problema|perfecto|genial|vale)\b/,
  /\b(?:linkedin|inmail|whatsapp|wsp|teams|meet|zoom)\b/i,
  // a job portal's or an ATS's footer, a form's fields, a sign-off inside one line
  /\b(?:cancelar suscripcion|darse de baja|date de baja|desuscribite|dejar de recibir|no respondas a este correo|no responda a este correo|correo automatico|mensaje automatico|generado automaticamente)\b/i,
  /^\s*(?:fecha|hora|lugar|de|para|enviado)\s*:/im,
  /[.!]\s+(?:[Ss]aludos|[Uu]n saludo|[Aa]tentamente|[Cc]ordialmente),\s+\p{Lu}/u,
];
const GREETING =
  /^\s*(?:[Hh]ola|[Bb]uenas|[Bb]uenos dias|[Bb]uenas tardes)\s+\p{Lu}[\p{L}]+\s*[,!:]/u;
// What a phone's own app writes above the words settles it: a voicemail transcript, a text
// message, a chat export ("[12/03/26 09:15] Laura RRHH: …"). A transcript never holds an emoji.
const VOICEMAIL_APP = /^\s*(?:mensaje de voz|transcripcion(?: del buzon de voz)?)\b/i;
const TEXT_APP =
  /^\s*(?:sms|mensaje de texto|nuevo mensaje)\b|^\s*\[\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2}|\p{Extended_Pictographic}/imu;
// A transcript of speech rarely ends on "!"; a chat message often does.
const WRITTEN_END = [/\s[-–—]\s?[A-Z][a-z]+(?:,? [A-Za-z@ ()]{0,30})?\s*$/, /!\s*$/];
const SPOKEN_END = [
  /\b(?:chau|chao|adios|hasta luego|un beso|besos|venga|abrazo|hablamos|quedo atent[oa]|quedo en espera de su llamada)\s*[.!]?\s*$/i,
];
const SPOKEN = [
  /\b(?:te llamo(?! (?:manana|luego|mas tarde|en un rato|esta tarde))|le llamo(?! (?:manana|luego|mas tarde|en un rato|esta tarde))|te llamaba|le llamaba|te llama|le llama|te habla|le habla|le saluda|te saluda|la llamo|lo llamo)\b/i,
  /\b(?:llamame|llameme|devuelveme la llamada|devuelvame la llamada|regresa(?:r|rme)? la llamada|me regresas? la llamada|me (?:puedes|puede|podes) llamar|a este numero|mi (?:numero|telefono|movil|celular) es)\b/i,
  /\b(?:buzon de voz|mensaje de voz|te dejo (?:un|este) mensaje|le dejo (?:un|este) mensaje|no te pille|no te localizo|no le localizo)\b/i,
];
const NOTES_SPOKE =
  /^[^.!?\n]{0,60}?\b(?:hable con|llamada con|me llamo (?!\w+ de\b)|me llamaron|conversacion con|charla con)\b|\b(?:reclutadora|reclutador|rrhh|recursos humanos|la agencia|el jefe) (?:dice|dijo|me dijo|llamo)\b|^\s*me llamo\b/i;
const NOTES_MISSED = /\bllamadas? perdidas?\b/i;
const NO_MESSAGE = /\b(?:no (?:dejo|dejaron) (?:mensaje|buzon|nada)|sin mensaje)\b/i;

function readContact(text: string): FactMatch<Contact> | undefined {
  const found = readContactAt(text);
  if (!found) return undefined;
  const words = text.slice(found.start, found.end);
  const lead = words.length - words.trimStart().length;
  const line =
    words
      .trim()
      .split('\n')[0]
      ?.replace(/[\s,]+$/, '') ?? '';
  return { ...found, start: found.start + lead, end: found.start + lead + line.length };
}

function readContactAt(text: string): FactMatch<Contact> | undefined {
  const head = text.slice(0, 4000);
  const missed = NOTES_MISSED.exec(head);
  if (missed && NO_MESSAGE.test(head)) {
    return { value: 'missed', start: missed.index, end: missed.index + missed[0].length };
  }
  const app = VOICEMAIL_APP.exec(head) ?? undefined;
  if (app) return { value: 'voicemail', start: app.index, end: app.index + app[0].length };
  const textApp = TEXT_APP.exec(head) ?? undefined;
  if (textApp)
    return { value: 'email', start: textApp.index, end: textApp.index + textApp[0].length };
  const tailStart = Math.max(0, text.length - 300);
  const tail = text.slice(tailStart);
  const firstHit = (patterns: readonly RegExp[], ends: readonly RegExp[]) =>
    hitsIn(head, tail, tailStart, patterns, ends);
  const written = firstHit(WRITTEN, WRITTEN_END);
  const spoken = firstHit(SPOKEN, SPOKEN_END);
  const spokenNotes = NOTES_SPOKE.exec(head);
  if (spokenNotes && !/^\s*(?:hola|buenas|buenos|estimad|que tal)/i.test(head)) {
    if (written.hits === 0 || /^\s*(?:hable|llamada con|me llamo)/i.test(head)) {
      return {
        value: 'spoke',
        start: spokenNotes.index,
        end: spokenNotes.index + spokenNotes[0].length,
      };
    }
  }
  const lines = head.trim().split('\n').length;
  const spokenWins = spoken.hits > written.hits || (spoken.hits === written.hits && lines <= 3);
  if (spoken.first && spokenWins) return { ...spoken.first, value: 'voicemail' };
  if (written.first) return { ...written.first, value: 'email' };
  // "Hola Juan, soy Carmen de RRHH, me llamas cuando puedas?": a greeting to a name and none
  // of speech's marks is a text.
  const greeting = spoken.hits === 0 ? GREETING.exec(head) : null;
  if (greeting)
    return { value: 'email', start: greeting.index, end: greeting.index + greeting[0].length };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Caller

const AGENCY_NAME =
  /\b[A-Z][\p{L}&'-]+(?: [A-Z][\p{L}&'-]+)? (?:Consulting|Consultores|Consultoria|Headhunters|Search|Talent Partners|Recruitment|Staffing|Seleccion y Consultoria|Human Capital|Talent(?! Acquisition| Partner))\b/u;
const AGENCY_TITLE =
  /\b(?:consultor|consultora)(?: (?:senior|de seleccion|de talento|de reclutamiento))?\b|\bheadhunter\b/i;
const MANAGER_SELF = new RegExp(
  [
    '\\b(?:soy|le habla|te habla|habla)\\s+(?:[A-Z][a-z]+,?\\s+)?(?:el|la|tu|su)\\s+(?:[\\w-]+\\s+){0,2}?(?:responsable|jefe|jefa|director|directora|gerente|manager|lead|ceo|cto|fundador|fundadora)\\b',
    '\\b(?:sere|seria) (?:tu|su) (?:jefe|jefa|responsable|manager)\\b',
    '\\b(?:tu|su) futur[oa] (?:jefe|jefa|responsable)\\b',
    '^\\s*(?:director|directora|gerente|jefe|jefa|responsable|head of|ceo|cto|fundador|fundadora|cofundador|cofundadora)\\b[^\\n]*',
  ].join('|'),
  'im',
);
const RECRUITER_TITLE =
  /\b(?:recursos humanos|rrhh|rr\.? ?hh\.?|seleccion|reclutamiento|reclutadora|reclutador|talento(?: humano)?|personas|people|talent|hr|gestion humana|capital humano|recruiter|recruiting|compensaciones)\b/i;

function readCaller(text: string, signature: number): FactMatch<Caller> | undefined {
  const head = text.slice(0, 20_000);
  const agency = AGENCY_NAME.exec(head);
  if (agency) return { value: 'agency', start: agency.index, end: agency.index + agency[0].length };
  const signed = head.slice(signature);
  const title = AGENCY_TITLE.exec(signed);
  if (title) {
    const start = signature + title.index;
    return { value: 'agency', start, end: start + title[0].length };
  }
  const self = MANAGER_SELF.exec(head.slice(0, signature));
  if (self && !RECRUITER_TITLE.test(self[0])) {
    return { value: 'hiring-manager', start: self.index, end: self.index + self[0].length };
  }
  const signedRecruiter = RECRUITER_TITLE.exec(signed);
  if (signedRecruiter) {
    const start = signature + signedRecruiter.index;
    return { value: 'recruiter', start, end: start + signedRecruiter[0].length };
  }
  // A text signs off on its last line: "Marta (RRHH)", "Leire - Talent".
  const lastWords = /[.!?]\s+([^.!?\n]{1,40})\s*$/.exec(head);
  if (lastWords?.[1] && RECRUITER_TITLE.test(lastWords[1])) {
    const start = lastWords.index + lastWords[0].indexOf(lastWords[1]);
    return { value: 'recruiter', start, end: start + lastWords[1].length };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Time expressions

const WHEN = [
  `(?:antes del?|hasta el|el|este|el proximo) (?:${WEEKDAY}|\\d{1,2}(?: de ${MONTH})?|fin de semana)`,
  '(?:en|dentro de) (?:los |las )?(?:proxim[oa]s )?(?:\\d{1,2}|un|una|dos|tres|cuatro|cinco|diez|quince|unos|unas|pocos|pocas) (?:dias|semanas|horas|dias habiles)',
  '(?:a |para )?(?:finales|principios|mediados) de(?: la)? (?:mes|semana|la semana que viene|la proxima semana)',
  '(?:la )?(?:proxima|otra) semana|la semana que viene|esta semana|(?:antes de )?(?:final|fin) de mes|en breve|pronto|cuanto antes|manana',
].join('|');
const ABOUT_THEM =
  '(?:respuesta|decision|decisiones|decidir|decidimos|deciden|decide|noticias|novedades|resolucion|resultado|avisar(?:te|le)?|te aviso|le aviso|te avisamos|le avisamos|te confirmo|le confirmo|confirmar(?:te|le)?|informar(?:te|le)|respuesta definitiva)';
const TIMELINE = new RegExp(`\\b${ABOUT_THEM}\\s+(?:[\\w]+\\s+){0,3}?(?:${WHEN})\\b`, 'gi');
const START = new RegExp(
  `\\b(?:empezar|empieces|empiece|comenzar|incorporarte|incorporarse|incorporacion|ingreso|ingresar|ingreses|arrancar|alta)\\b(?: \\w+){0,2}? (?:el|a partir del?|desde el) (?:\\d{1,2}(?: de ${MONTH})?|${WEEKDAY}(?: \\d{1,2})?|1 de ${MONTH})\\b`,
  'gi',
);

function timePhrases(
  text: string,
  end: number,
): [number, number, { question: 'topics'; value: Topic }[]][] {
  return timePhrasesWith(TIMELINE, START, text, end);
}

/** The Spanish readers, for `suggestAnswers`. */
export const spanishFacts: FactReaders = {
  footerStart,
  signatureStart,
  readRound,
  readCaller,
  readContact,
  readDays,
  tenseOf,
  isProperName,
  timePhrases,
  findPhrases: (text) => findPhrases(text, 'es'),
};
