import type { offerPrep as english } from '../../../../../domain/catalog/prep/offer.ts';
import type { Translated } from '../../../../translated.ts';

/** Cómo prepararse para «Una oferta de trabajo»: the Spanish prep/offer.ts (docs/decisions/008). */
export const offerPrep = {
  meaning: [
    'Muchas empresas llaman a la persona que han elegido, porque una llamada es más cercana que un correo y les deja resolver dudas al momento.',
    'Si tras la última entrevista le hablan de sueldo, beneficios o fecha de inicio, es la señal más clara.',
    'Eso no quiere decir que la oferta sea definitiva. Las cifras, las fechas y las condiciones aún pueden cambiar, así que nada está cerrado hasta que lo tenga por escrito.',
  ],
  checklist: [
    {
      id: 'offer-know-your-number',
      text: 'Decida el sueldo más bajo que aceptaría y la cifra que le gustaría.',
      first: true,
    },
    {
      id: 'offer-research-pay',
      text: 'Mire cuánto se paga en su zona por puestos parecidos, para que sus cifras se basen en datos.',
    },
    {
      id: 'offer-list-priorities',
      text: 'Anote las tres cosas que más le importan además del sueldo.',
    },
    {
      id: 'offer-check-start-date',
      text: 'Calcule la primera fecha en la que podría empezar, contando el preaviso que deba dar.',
      first: true,
    },
    {
      id: 'offer-benefits-questions',
      text: 'Apunte lo que quiere saber sobre vacaciones, seguro médico, jubilación y bonos.',
    },
    {
      id: 'offer-other-processes',
      text: 'Tenga claro cómo van sus otros procesos de selección, por si se lo preguntan.',
    },
    {
      id: 'offer-thank-you-line',
      text: 'Prepare una frase corta para dar las gracias, así las primeras palabras le saldrán solas.',
    },
    {
      id: 'offer-pen-and-paper',
      text: 'Tenga a mano papel y bolígrafo para anotar cada cifra y cada fecha que le digan.',
      first: true,
    },
  ],
  haveAtHand: [
    'Sus cifras de sueldo: lo mínimo que aceptaría y lo que le gustaría.',
    'La oferta publicada y sus notas de las entrevistas.',
    'Su agenda, para fechas de inicio y plazos.',
    'Papel y bolígrafo.',
  ],
  howToAnswer:
    'Muestre su alegría, dé las gracias y escuche. Anote cada cifra y cada fecha. No tiene que aceptar nada en esta llamada: pida la oferta por escrito y unos días para pensarlo.',
  script: [
    'Muchas gracias, me alegra mucho tener noticias suyas.',
    '¿Me puede contar los detalles? Me gustaría ir apuntándolos.',
    'Suena muy bien. ¿Me lo podría enviar por escrito, para leerlo con calma?',
    '¿Para cuándo necesita mi respuesta?',
  ],
  questions: [
    '¿Me puede enviar la oferta completa por escrito?',
    '¿Cuál es el sueldo base? ¿Hay bonos u otros pagos aparte?',
    '¿Qué beneficios tiene el puesto, como vacaciones, seguro médico o plan de jubilación?',
    '¿En qué fecha de inicio había pensado?',
    '¿La oferta depende de algún trámite, como las referencias o una verificación de antecedentes?',
    '¿Para qué fecha le gustaría tener mi respuesta?',
  ],
  avoid: [
    'Decir que sí en el momento. Dé las gracias y pida tiempo para leer la oferta por escrito.',
    'Negociar por teléfono antes de ver la oferta completa.',
    'Dejar su trabajo actual antes de tener la oferta por escrito y todos los trámites en regla.',
  ],
  reply: {
    subject: 'Gracias: oferta para {role} en {company}',
    body: [
      'Hola, {theirName}:',
      'Me alegró mucho saber que en {company} quieren ofrecerme el puesto, y disfruté repasando los detalles con usted.',
      'Para poder revisarlo todo con calma, ¿podría enviarme la oferta completa por escrito? ¿Me podría decir también hasta qué fecha tengo para responder?',
      'Gracias de nuevo. Quedo a la espera de sus noticias.',
      'Un saludo,\n{myName}',
    ],
  },
} as const satisfies Translated<typeof english>;
