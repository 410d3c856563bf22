import type { printMessages as english } from '../../../../ui/messages/print.ts';
import type { Translated } from '../../../translated.ts';

/* The Spanish src/ui/messages/print.ts (docs/decisions/008). */

/** What only the printed sheet shows. */
export const printMessages = {
  title: 'Hoja de preparación para la llamada',
  madeOn: 'Hecha con Callback el {date}',
  runningHead: {
    roleAtCompany: 'Hoja de preparación: {role} en {company}',
    companyOnly: 'Hoja de preparación: llamada con {company}',
    roleOnly: 'Hoja de preparación: {role}',
    neither: 'Hoja de preparación para la llamada',
  },
  pageNumber: 'Página {page} de {pages}',
  answersHeading: 'Sus respuestas',
  reopen: 'Vuelva a abrir esta hoja en: {address}',
  scanToOpen:
    'Escanee el código para abrir esta preparación en su teléfono, con las casillas marcadas',
  qrLabel: 'Código QR del enlace a esta preparación',
  call: {
    roleAtCompany: '{role} en {company}',
    companyOnly: 'Llamada con {company}',
    roleOnly: 'Puesto: {role}',
    neither: '',
  },
} as const satisfies Translated<typeof english>;
