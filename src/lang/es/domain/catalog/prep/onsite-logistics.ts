import type { onsiteLogisticsPrep as english } from '../../../../../domain/catalog/prep/onsite-logistics.ts';
import type { Translated } from '../../../../translated.ts';

/** Cómo prepararse para «Una visita en persona»: the Spanish prep/onsite-logistics.ts (docs/decisions/008). */
export const onsiteLogisticsPrep = {
  meaning: [
    'Antes de una entrevista en persona, es normal que alguien llame para fijar el día y la hora, y para explicar adónde ir y con quién hablará.',
    'Suele querer decir que quieren conocerle cara a cara, y eso es un paso adelante en el proceso.',
    'No quiere decir que el puesto sea suyo, y la llamada no es una prueba. Sirve sobre todo para organizarse, para que llegue con calma y a tiempo.',
  ],
  checklist: [
    {
      id: 'onsite-pick-times',
      text: 'Mire su agenda y elija dos o tres horas en las que podría ir.',
      first: true,
    },
    {
      id: 'onsite-time-off',
      text: 'Mire si necesita pedir permiso en su trabajo, y por cuánto tiempo.',
    },
    {
      id: 'onsite-list-questions',
      text: 'Anote lo que necesita saber: el día, la hora, la dirección, por quién preguntar y cuánto durará.',
      first: true,
    },
    {
      id: 'onsite-plan-route',
      text: 'Cuando tenga la dirección, planee cómo llegar y cuente con tiempo de sobra por si hay retrasos.',
    },
    {
      id: 'onsite-travel-costs',
      text: 'Calcule más o menos lo que costaría el viaje, para poder preguntar quién lo paga.',
    },
    {
      id: 'onsite-access-needs',
      text: 'Anote lo que necesite para moverse bien, como una entrada sin escalones, dónde aparcar o una sala tranquila.',
    },
    {
      id: 'onsite-photo-id',
      text: 'Busque un documento con foto, porque en muchos edificios lo piden en la entrada.',
    },
    {
      id: 'onsite-what-to-wear',
      text: 'Piense qué ropa llevaría, para preguntar por el código de vestimenta si tiene dudas.',
    },
  ],
  haveAtHand: [
    'Su agenda, con las horas en las que puede ir.',
    'Una aplicación de mapas, para ver la dirección y cuánto se tarda en llegar.',
    'Una nota con lo que necesite para moverse bien.',
    'Papel y bolígrafo.',
  ],
  howToAnswer:
    'Dé las gracias y acuerde un día y una hora en que de verdad pueda ir. Anote cada detalle y repáselo en voz alta con ellos al final. Pregunte con naturalidad por los gastos del viaje y por lo que necesite: son preguntas normales.',
  script: [
    'Gracias por llamarme. Me encantará ir.',
    'Tengo libres estas horas. ¿Cuál le viene mejor?',
    '¿Me puede dar la dirección, y decirme por quién debo preguntar al llegar?',
    'Se lo repito, para comprobar que lo he anotado bien.',
    'Gracias. ¿Me lo podría enviar también por correo?',
  ],
  questions: [
    '¿Cuál es la dirección exacta, y por qué entrada debo pasar?',
    '¿Por quién pregunto al llegar, y con quién voy a hablar?',
    '¿Cuánto durará la visita?',
    '¿Pagan ustedes el viaje? Si es así, ¿cómo lo solicito?',
    '¿Hay un código de vestimenta? ¿Debo llevar mi documento de identidad o algo más?',
    '¿Es fácil moverse por el edificio? ¿Pueden ayudarme con lo que necesite?',
  ],
  avoid: [
    'Aceptar una hora a la que no puede ir. Es mejor proponer otra ahora que cancelar luego.',
    'Colgar sin la dirección, la hora y el nombre de alguien por quien preguntar.',
    'Sentir vergüenza por preguntar quién paga el viaje. Es una pregunta normal.',
    'Callar algo que necesita para moverse bien. Si lo dice pronto, tendrán tiempo de ayudarle.',
  ],
  reply: {
    subject: 'Mi visita a {company}',
    body: [
      'Hola, {theirName}:',
      'Tengo muchas ganas de conocer al equipo en persona.',
      'Le confirmo que iré el día y a la hora que acordamos. ¿Me podría enviar la dirección, y decirme adónde ir y por quién preguntar al llegar?',
      '¿Me podría decir también si hay algo que deba saber sobre el viaje, dónde aparcar o cómo entrar en el edificio?',
      'Un saludo,\n{myName}',
    ],
  },
} as const satisfies Translated<typeof english>;
