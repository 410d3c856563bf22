import type { referenceCheckPrep as english } from '../../../../../domain/catalog/prep/reference-check.ts';
import type { Translated } from '../../../../translated.ts';

/** Cómo prepararse para «Una consulta de referencias»: the Spanish prep/reference-check.ts (docs/decisions/008). */
export const referenceCheckPrep = {
  meaning: [
    'Las empresas suelen pedir referencias al final, a menudo tras la última entrevista y justo antes de una oferta.',
    'Por eso es buena señal: le están teniendo muy en cuenta.',
    'Aun así, no es una oferta. Algunas empresas piden referencias de dos o tres personas antes de elegir, y otras lo hacen antes en el proceso.',
  ],
  checklist: [
    {
      id: 'ref-pick-people',
      text: 'Elija a dos o tres personas que conozcan bien su trabajo, como un antiguo jefe.',
      first: true,
    },
    {
      id: 'ref-ask-first',
      text: 'Pregunte a cada una si está de acuerdo en darle referencias antes de dar su nombre.',
      first: true,
    },
    {
      id: 'ref-contact-details',
      text: 'Compruebe que tiene el teléfono, el correo y el cargo actuales de cada una.',
    },
    {
      id: 'ref-brief-them',
      text: 'Cuénteles cómo es el puesto y qué es lo que más le importa a la empresa.',
    },
    {
      id: 'ref-remind-projects',
      text: 'Recuérdeles una o dos cosas que hicieron juntos y que encajan con este puesto.',
    },
    {
      id: 'ref-warn-timing',
      text: 'Avíseles de cuándo podrían llamarles, para que estén atentos al teléfono.',
    },
    {
      id: 'ref-write-list',
      text: 'Haga una lista corta con los nombres, sus cargos y de qué le conoce cada uno.',
    },
    {
      id: 'ref-current-boss',
      text: 'Decida si ya está de acuerdo en que llamen a su jefe actual.',
    },
  ],
  haveAtHand: [
    'Su lista de referencias, con nombre, cargo, teléfono y correo.',
    'Una nota de qué le conoce cada persona y cuándo trabajaron juntos.',
    'Su agenda, por si le preguntan por plazos o por la fecha de inicio.',
    'Papel y bolígrafo.',
  ],
  howToAnswer:
    'Muestre alegría y ganas de ayudar. Dé los nombres que le pidan, o diga que se los enviará hoy por correo. Pregunte a quién piensan llamar y cuándo, para poder avisar a sus referencias.',
  script: [
    'Gracias por llamarme. Con gusto le doy referencias.',
    'Tengo en mente a varias personas que conocen bien mi trabajo.',
    '¿Cuántas necesita? ¿Quiere hablar con alguien en concreto?',
    'Les avisaré de que va a contactarles. ¿Le parece bien que le envíe sus datos hoy por correo?',
  ],
  questions: [
    '¿Cuántas referencias necesita, y de qué trabajos?',
    '¿Prefiere a un antiguo jefe, o le vale también un compañero?',
    '¿Les llamará, les escribirá o les enviará un formulario?',
    '¿Cuándo piensa contactarles?',
    '¿Esperará a que yo le diga que sí antes de hablar con mi jefe actual?',
    '¿Cuáles son los siguientes pasos cuando terminen con las referencias?',
  ],
  avoid: [
    'Dar el nombre de alguien sin habérselo preguntado antes.',
    'Decir a sus referencias lo que tienen que decir. Recuérdeles los hechos y deje que hablen por sí mismas.',
    'Tomarlo como una oferta y dejar su trabajo actual.',
  ],
  reply: {
    subject: 'Referencias para {role}',
    body: [
      'Hola, {theirName}:',
      'Me alegra que el proceso siga adelante.',
      'Como acordamos, en breve le enviaré los nombres y datos de contacto de mis referencias. Ya les he avisado de que puede llamarles pronto, así que estarán listas para hablar.',
      'Si necesita algo más de mi parte, no dude en decírmelo.',
      'Un saludo,\n{myName}',
    ],
  },
} as const satisfies Translated<typeof english>;
