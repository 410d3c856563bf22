import type { calendarFileMessages as english } from '../../../../ui/messages/calendar-file.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/calendar-file.ts (docs/decisions/008). */

/** How making a calendar file went. */
export const calendarFileMessages = {
  notMade: 'No pudimos crear el archivo de calendario. Revise la fecha y la hora.',
  downloaded: 'Archivo de calendario descargado. Ábralo para añadir el evento a su calendario.',
} as const satisfies Translated<typeof english>;
