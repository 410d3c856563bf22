import type { PhraseEntry } from './phrase-schema.ts';

/*
 * Spanish recruiter phrases people look up, with what each usually means, in plain Spanish
 * and with "usted" (respectful and read the same in Spain and Latin America). Plain data,
 * checked against `phraseEntrySchema` in the tests. Patterns are written without accents: the
 * text is read with its accents folded away.
 */

const cvWord = '{cv|curriculum|curriculo|hoja de vida|perfil|candidatura|datos|postulacion}';

/** The Spanish phrases, in no particular order: where two overlap, the longer is shown. */
export const phraseCatalogEs: readonly PhraseEntry[] = [
  {
    id: 'still-interviewing',
    phrase: 'Todavía estamos entrevistando a otros candidatos',
    patterns: [
      '{todavia|aun|seguimos} {estamos |}{entrevistando|viendo|conociendo|terminando de entrevistar} a {otros|mas|algunos otros|los demas} {candidatos|candidatas|postulantes|perfiles}',
      '{terminando|terminar} de entrevistar a {otros|mas|los demas} {candidatos|postulantes|perfiles}',
    ],
    meaning:
      'Aún no hay decisión y usted sigue en el proceso. Suele significar una espera de una o dos semanas mientras terminan las entrevistas. No es un no.',
  },
  {
    id: 'cv-on-file',
    phrase: 'Guardaremos su currículum en nuestra base de datos',
    patterns: [
      `{guardaremos|guardamos|conservaremos|mantendremos|tendremos en cuenta|quedara} {su|tu} ${cvWord} {en nuestra base de datos|en nuestros archivos|para futuras oportunidades|para futuros procesos}`,
      `{su|tu} ${cvWord} {quedara|queda} {en nuestra base de datos|registrado|registrada|archivado|archivada}`,
    ],
    meaning:
      'Casi siempre es un no amable para este puesto. A veces sí vuelven a llamar si se abre algo parecido, así que vale la pena agradecerlo y seguir atento a sus ofertas.',
  },
  {
    id: 'other-candidates',
    phrase: 'Hemos decidido seguir adelante con otros candidatos',
    patterns: [
      '{seguir|continuar|avanzar|continuamos|seguimos|avanzamos|avanzar} {adelante |}con {otros|otro|otra|otras} {candidatos|candidato|candidata|candidatas|perfiles|perfil|postulantes}',
      '{decidido|decidio|optado|opto} por otro {candidato|perfil|postulante}',
    ],
    meaning:
      'Suele ser un no amable para este puesto. Casi siempre tiene que ver con el encaje para esta vacante concreta, no con un juicio sobre usted.',
  },
  {
    id: 'not-progressing',
    phrase: 'No vamos a continuar con su candidatura',
    patterns: [
      '{no vamos a|no podemos|no podremos|decidio no|decidimos no|hemos decidido no} {continuar|seguir|avanzar} {con su|con tu|contigo|con usted|en el proceso con} {candidatura|postulacion|proceso|}',
      '{su|tu} perfil no {fue|ha sido} seleccionad{o|a}',
    ],
    meaning:
      'Es un no para este puesto, dicho con las palabras formales de una plantilla. No suele decir lo cerca que estuvo; pedir una o dos líneas de comentarios es correcto.',
  },
  {
    id: 'on-hold',
    phrase: 'El proceso está en pausa',
    patterns: [
      '{proceso|puesto|vacante|busqueda|posicion|contratacion} {esta|queda|quedo|ha quedado|se ha quedado|} {en pausa|en stand by|en standby|congelad{o|a}|paralizad{o|a}}',
      '{congelo|congelaron|paralizo|paralizaron|pauso|pausaron|ha congelado|han congelado} {la|el} {busqueda|proceso|puesto|vacante|contratacion}',
    ],
    meaning:
      'Han parado la contratación por ahora, muchas veces por presupuesto o por un cambio de planes. Suele decir poco de usted. Los procesos se reactivan, así que preguntar con amabilidad en unas semanas es razonable.',
  },
  {
    id: 'references',
    phrase: 'Nos gustaría contactar con sus referencias',
    patterns: [
      '{contactar|hablar|llamar} {con |a |}{sus|tus|dos de sus|dos de tus} referencias',
      '{pedir|pedirle|pedirte|solicitar|solicitarle} {sus|tus|unas|dos|} referencias',
    ],
    meaning:
      'Es buena señal. Las empresas suelen pedir referencias de las personas que esperan contratar, a menudo de su primera opción. Aún no es una oferta: avise a sus referencias de que pueden llamarles.',
    ahead: true,
  },
  {
    id: 'keep-you-posted',
    phrase: 'Le mantendremos informado',
    patterns: [
      '{le|te|lo|la} {mantendremos|mantendre|mantenemos|mantengo} {informado|informada|al tanto|al corriente}',
      '{te|le} {aviso|avisamos|avisare|avisaremos} {apenas|en cuanto|cuando} {sepa|sepamos|tenga|tengamos}',
    ],
    meaning:
      'Aún no hay noticias. Suele ser sincero, pero los plazos se alargan; si pasa más de una semana del plazo que le dieron, escribir para preguntar es normal.',
  },
  {
    id: 'running-behind',
    phrase: 'El proceso se está alargando',
    patterns: [
      '{proceso|decision|respuesta} se {esta|ha} {alargando|alargado|retrasando|retrasado|demorando|demorado}',
      'mas de lo {previsto|esperado|que pensabamos}',
    ],
    meaning:
      'Van con retraso, algo muy habitual: vacaciones, agendas o aprobaciones internas. Por sí solo no es mala señal para usted.',
  },
  {
    id: 'salary-expectations',
    phrase: '¿Cuáles son sus pretensiones salariales?',
    patterns: [
      '{pretensiones|pretension|expectativas|expectativa|aspiraciones|aspiracion} {salariales|salarial|economicas|economica}',
      '{cuanto|que sueldo|que salario} {estas buscando|esta buscando|buscas|busca|pides|pide|quieres|quiere}',
    ],
    meaning:
      'Quieren saber si su cifra encaja en el presupuesto. Suele llegar cuando ya hay interés. Dar un rango bien pensado, basado en el mercado, es lo habitual.',
  },
  {
    id: 'notice-period',
    phrase: '¿Cuánto preaviso tiene que dar?',
    patterns: [
      '{cuanto|que} {preaviso|aviso previo|plazo de preaviso}',
      '{periodo|plazo|dias} de preaviso',
    ],
    meaning:
      'Quieren saber cuándo podría empezar. Suelen preguntarlo cuando piensan en una oferta, pero a veces es una pregunta de rutina al principio.',
  },
  {
    id: 'feedback-offered',
    phrase: 'Si quiere, le puedo dar feedback',
    patterns: [
      '{te|le} {puedo|podemos|podria|podriamos} dar {un poco de |algo de |}{feedback|retroalimentacion|devolucion|comentarios}',
    ],
    meaning:
      'Una oferta sincera de comentarios, casi siempre tras un no. Aceptarla con una llamada corta le ayuda en el próximo proceso y deja buena impresión.',
  },
  {
    id: 'next-step',
    phrase: 'El siguiente paso sería…',
    patterns: ['{el |}{siguiente|proximo} paso {es|sera|seria|consiste en|consistira en}'],
    meaning:
      'Sigue en el proceso: le cuentan qué viene después. Conviene preguntar la fecha aproximada y quién estará.',
    ahead: true,
  },
];
