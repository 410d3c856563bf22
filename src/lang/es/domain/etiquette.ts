import type { etiquette as english } from '../../../domain/etiquette.ts';
import type { Translated } from '../../translated.ts';

/* The Spanish src/domain/etiquette.ts (docs/decisions/008). */

/** Advice that holds for every call back, shown with every result. */
export const etiquette = {
  title: 'Para cualquier llamada',
  tips: [
    'Devuelva la llamada desde un lugar tranquilo, donde oiga bien y pueda pensar con calma.',
    'Si le llaman en mal momento, puede decirlo sin problema y pedir devolver la llamada en unos minutos.',
    'Intente llamar en menos de un día, y el mismo día si puede.',
    'Antes de marcar, tenga delante sus preguntas, sus notas y un bolígrafo.',
    'Empiece por su nombre, el de la persona que le llamó y el puesto. Por ejemplo: “Hola, soy Ana. Le devuelvo la llamada a María por el puesto de diseñadora”.',
    'Si el puesto le sigue interesando, dígalo. Una frase sencilla como “El puesto me sigue interesando mucho” ayuda más de lo que parece.',
    'Puede pedir que le repitan algo, o decir “Déjeme pensarlo un momento”.',
    'Si salta el buzón de voz, deje su nombre, el puesto, su número de teléfono y una buena hora para localizarle.',
    'Después, envíe un correo breve de agradecimiento que resuma lo que hablaron.',
  ],
} as const satisfies Translated<typeof english>;
