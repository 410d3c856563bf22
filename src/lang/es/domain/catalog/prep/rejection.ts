import type { rejectionPrep as english } from '../../../../../domain/catalog/prep/rejection.ts';
import type { Translated } from '../../../../translated.ts';

/** Cómo prepararse para «No le han elegido esta vez»: the Spanish prep/rejection.ts (docs/decisions/008). */
export const rejectionPrep = {
  meaning: [
    'Algunas empresas llaman para dar un no como un gesto amable y personal, sobre todo tras las últimas entrevistas.',
    'Si es un no, se refiere a este puesto en este momento: a menudo se presentan varias personas muy válidas, y solo se puede elegir a una.',
    'No es un juicio sobre lo que usted vale ni sobre lo que sabe hacer. Una llamada así aún puede abrir puertas: una opinión útil, un puesto futuro o un contacto que vale la pena conservar.',
  ],
  checklist: [
    {
      id: 'reject-slow-breaths',
      text: 'Respire despacio unas cuantas veces antes de llamar, y tómese un momento si lo necesita.',
      first: true,
    },
    {
      id: 'reject-private-spot',
      text: 'Llame desde un sitio tranquilo y privado, donde pueda quedarse un rato después.',
      first: true,
    },
    {
      id: 'reject-thank-you-line',
      text: 'Tenga lista una frase corta para dar las gracias con calma y amabilidad, digan lo que digan.',
    },
    {
      id: 'reject-feedback-question',
      text: 'Escriba una pregunta sencilla para pedir su opinión sobre usted.',
    },
    {
      id: 'reject-future-roles',
      text: 'Prepare una frase para pedirles que le tengan en cuenta para otros puestos.',
    },
    {
      id: 'reject-save-contact',
      text: 'Guarde el nombre y el correo de la persona que llamó, para seguir en contacto.',
    },
    {
      id: 'reject-plan-something-kind',
      text: 'Planee algo agradable para después, como un paseo o una charla con alguien de confianza.',
    },
    {
      id: 'reject-keep-applying',
      text: 'Siga con sus otras candidaturas, para que una sola llamada no frene su búsqueda.',
    },
  ],
  haveAtHand: [
    'Una frase corta para dar las gracias.',
    'Su pregunta para pedir una opinión sobre usted.',
    'Papel y bolígrafo, para anotar lo que le digan.',
    'Un vaso de agua, y unos minutos de calma para usted después.',
  ],
  howToAnswer:
    'Mantenga la elegancia: agradezca la llamada y su tiempo, aunque duela. No discuta ni intente que cambien de idea; pídales mejor su opinión sobre su candidatura. Luego pida que le tengan en cuenta para otros puestos: así se despide en buenos términos y no cierra la puerta.',
  script: [
    'Gracias por decírmelo, y por tomarse el tiempo de llamar.',
    'Me da pena, pero disfruté mucho conociendo al equipo.',
    '¿Me podría contar algo que me ayude a hacerlo mejor la próxima vez?',
    'Me encantaría que pensaran en mí para otros puestos. ¿Me tendrán en cuenta?',
    'Gracias de nuevo. Espero que sigamos en contacto.',
  ],
  questions: [
    '¿Me puede dar su opinión sobre mis entrevistas?',
    '¿Hubo alguna habilidad o experiencia que habría marcado la diferencia?',
    '¿Me podrían tener en cuenta para otros puestos que encajen conmigo?',
    '¿Tienen ahora otros puestos abiertos que me puedan encajar?',
    '¿Le parece bien que sigamos en contacto?',
  ],
  avoid: [
    'Discutir o intentar que cambien de idea. La decisión está tomada, e insistir puede cerrar la puerta.',
    'Responder con sequedad o frialdad. Mantenga la amabilidad y dé las gracias, aunque se sienta mal.',
    'Colgar sin pedir su opinión, o sin pedirles que le tengan en cuenta para otros puestos.',
    'Romper la relación, por ejemplo con un correo o una publicación de enfado. Quienes le conocieron pueden acordarse de usted cuando haya otro puesto.',
    'Tomarlo como un juicio sobre lo que vale. Es una decisión, para un puesto, en un momento.',
  ],
  reply: {
    subject: 'Gracias por avisarme',
    body: [
      'Hola, {theirName}:',
      'Le agradezco que me haya comunicado su decisión, y disfruté mucho conociendo al equipo de {company}.',
      'Si tiene algún comentario que me ayude para la próxima vez, se lo agradecería mucho.',
      'Me encantaría que me tuvieran en cuenta para futuros puestos. Espero que sigamos en contacto.',
      'Un saludo,\n{myName}',
    ],
  },
} as const satisfies Translated<typeof english>;
