import type { assessmentPrep as english } from '../../../../../domain/catalog/prep/assessment.ts';
import type { Translated } from '../../../../translated.ts';

/** Cómo prepararse para «Una prueba o una tarea»: the Spanish prep/assessment.ts (docs/decisions/008). */
export const assessmentPrep = {
  meaning: [
    'Muchas empresas añaden un paso práctico, como una prueba en línea, un ejercicio de programación, un caso práctico o una tarea corta para hacer en casa.',
    'Una llamada sobre esto suele querer decir que quieren ver cómo trabaja, no solo cómo lo cuenta.',
    'No quiere decir que duden de lo que dijo en la entrevista. A menudo es un paso normal que hacen también otras personas, y no quiere decir que el puesto ya sea suyo.',
  ],
  checklist: [
    {
      id: 'assess-reread-posting',
      text: 'Vuelva a leer la oferta y marque lo que una prueba podría medir.',
    },
    {
      id: 'assess-find-time',
      text: 'Mire su semana y busque unas horas tranquilas que pueda dedicar a la tarea.',
    },
    {
      id: 'assess-busy-dates',
      text: 'Anote los días en que no podrá, por trabajo, viajes u otras entrevistas.',
      first: true,
    },
    {
      id: 'assess-check-setup',
      text: 'Compruebe que su equipo, su navegador y su conexión funcionan bien, por si la prueba es en línea.',
    },
    {
      id: 'assess-practice',
      text: 'Haga una prueba corta de práctica del mismo tipo, para que el formato no le sorprenda.',
    },
    {
      id: 'assess-list-adjustments',
      text: 'Anote las adaptaciones que pueda necesitar, como más tiempo, pausas o un lector de pantalla.',
    },
    {
      id: 'assess-list-questions',
      text: 'Escriba lo que quiere saber: el formato, el tiempo, las herramientas y el plazo.',
      first: true,
    },
    {
      id: 'assess-quiet-place',
      text: 'Piense en un sitio tranquilo donde pueda hacer la tarea sin que le molesten.',
    },
  ],
  haveAtHand: [
    'Su agenda, para elegir una hora o un plazo que de verdad le vaya bien.',
    'La oferta del puesto y sus notas de las entrevistas.',
    'Una lista de las adaptaciones que necesite.',
    'Papel y bolígrafo.',
  ],
  howToAnswer:
    'Dé las gracias y diga que con gusto la hará. Luego pida los detalles: el formato, el tiempo, las herramientas que puede usar, el plazo y cómo la van a valorar. Si necesita una adaptación, pídala ahora, con calma y claridad.',
  script: [
    'Gracias por llamarme. Con gusto hago la prueba.',
    '¿Me puede contar cómo funciona y cuánto tiempo debería llevarme?',
    '¿Qué herramientas puedo usar, y cuál es el plazo?',
    '¿A quién me dirijo si necesito una adaptación o si tengo algún problema?',
    'Gracias. Miraré mi correo para ver los detalles.',
  ],
  questions: [
    '¿Qué tipo de tarea es: una prueba, una tarea para casa, un caso práctico o un ejercicio de programación?',
    '¿Cuánto tiempo tengo? ¿Hay un reloj en marcha una vez que empiece?',
    '¿Qué herramientas, notas o páginas web puedo usar?',
    '¿Cuál es el plazo?',
    '¿Cómo se valorará mi trabajo, y quién lo revisará?',
    '¿Pueden hacer adaptaciones, como darme más tiempo, si lo necesito?',
  ],
  avoid: [
    'Aceptar un plazo que no puede cumplir. Puede pedir unos días más sin problema.',
    'Callar una adaptación que necesita. Pedirla es normal, y les ayuda a valorarle de forma justa.',
    'Empezar antes de conocer las reglas, como el tiempo y las herramientas que puede usar.',
    'Dedicar mucho más tiempo del que le pidieron. Si la tarea parece demasiado grande, pregunte qué esperan.',
  ],
  reply: {
    subject: 'La prueba para {role}',
    body: [
      'Hola, {theirName}:',
      'Con gusto haré la prueba, y me alegra tener la ocasión de mostrar lo que sé hacer.',
      'Para confirmar que lo he entendido bien: haré la tarea de la que hablamos y se la enviaré dentro del plazo acordado.',
      'Si hay algo más que deba saber antes de empezar, como las herramientas que puedo usar o cómo se valorará, dígamelo, por favor.',
      'Un saludo,\n{myName}',
    ],
  },
} as const satisfies Translated<typeof english>;
