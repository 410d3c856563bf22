import { act, screen, waitFor, within } from '@testing-library/react';
import { newCall, writeCall } from '../../src/state/calls.ts';
import { openApp } from './render-app.tsx';

/*
 * What changed for a newcomer, in the Spanish build's words: the build swaps each English words
 * module for its twin under src/lang/es/ (scripts/language-plugin.ts); here the modules these
 * parts read are swapped the same way, so the page speaks Spanish where it matters.
 */
vi.mock(
  '../../src/ui/messages/results.ts',
  () => import('../../src/lang/es/ui/messages/results.ts'),
);
vi.mock(
  '../../src/ui/messages/after-call.ts',
  () => import('../../src/lang/es/ui/messages/after-call.ts'),
);
vi.mock('../../src/ui/messages/prep.ts', () => import('../../src/lang/es/ui/messages/prep.ts'));
vi.mock('../../src/ui/messages/calls.ts', () => import('../../src/lang/es/ui/messages/calls.ts'));
vi.mock(
  '../../src/ui/messages/call-details.ts',
  () => import('../../src/lang/es/ui/messages/call-details.ts'),
);
vi.mock(
  '../../src/domain/catalog/reason-words.ts',
  () => import('../../src/lang/es/domain/catalog/reason-words.ts'),
);

const offerLink =
  'caller=recruiter&contact=email&round=final&days=2&topics=salary,start-date&tone=warm&view=results';

beforeEach(() => {
  document.documentElement.lang = 'es';
});
afterEach(() => {
  document.documentElement.lang = '';
});

describe('in Spanish: once what it was is noted', () => {
  it('heads the page with what it was and names the list as what the answers suggested', async () => {
    const { user } = await openApp(offerLink);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Lo más probable: Una oferta de trabajo');
    const afterCall = screen.getByRole('region', { name: 'Después de la llamada' });
    await user.selectOptions(
      within(afterCall).getByLabelText('¿Qué era?'),
      'Una consulta de referencias',
    );
    await user.click(within(afterCall).getByRole('button', { name: 'Guardar qué era' }));

    expect(heading).toHaveTextContent('Resultó ser: Una consulta de referencias');
    expect(heading).not.toHaveTextContent(/probable|suposición/);
    expect(document.querySelector('[data-confidence]')).toHaveTextContent(
      'Usted lo anotó después de la llamada.',
    );
    expect(
      screen.getByRole('region', { name: 'A qué apuntaban sus respuestas' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ver cómo prepararse para esto' }));
    expect(screen.getByRole('heading', { level: 2, name: /^Cómo prepararse/ })).toHaveTextContent(
      'Una consulta de referencias',
    );
  });
});

describe('in Spanish: the follow-up email', () => {
  it('asks for the names above the email and shows marked gaps inside it', async () => {
    const { user } = await openApp(offerLink);
    const section = screen.getByRole('region', { name: 'Un correo breve para enviarles' });
    const email = within(section).getByRole('group', { name: 'El correo' });
    expect(email.querySelector('input')).toBeNull();
    expect(email).toHaveTextContent('Hola, [nombre de la persona de contacto]:');
    // contact=email reads "Un correo o un mensaje pidiendo una llamada": the thanks fits both.
    expect(email).toHaveTextContent('Asunto: Gracias por su mensaje');
    expect(email).toHaveTextContent('Gracias por su mensaje. Sigo teniendo mucho interés');
    expect(email).not.toHaveTextContent(/Gracias por su correo/);
    const copy = within(section).getByRole('button', { name: 'Copiar' });
    await user.click(copy);
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/\n\nHola, \[nombre de la persona de contacto\]:\n\n/);
    expect(copied).toMatch(/\nUn cordial saludo,\n\[su nombre\]$/);
    expect(copied).not.toMatch(/Hola, :/);
    expect(within(section).getByRole('status')).toHaveTextContent(
      'Correo copiado, pero aún faltan 3 datos por completar: nombre de la persona de contacto, nombre de la empresa, su nombre. Añádalos aquí',
    );
    const names = within(section).getByRole('group', { name: 'Nombres en el correo' });
    await user.type(within(names).getByLabelText('Nombre de la persona de contacto'), 'Dana');
    await user.type(within(names).getByLabelText('Su nombre'), 'Sam');
    expect(email).toHaveTextContent('Hola, Dana:');
    expect(email).toHaveTextContent(/Un cordial saludo,\s*Sam/);
    await user.click(copy);
    expect(within(section).getByRole('status')).toHaveTextContent(
      /^Correo copiado, pero aún falta un dato por completar: nombre de la empresa\. Añádalo aquí/,
    );
    expect(window.location.search).not.toMatch(/Dana|Sam/);
  });
});

describe('in Spanish: the calendar files', () => {
  it('downloads the call-back reminder under a Spanish name', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:calendar');
    URL.revokeObjectURL = vi.fn();
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    const { user } = await openApp(offerLink);
    const form = screen.getByRole('form', { name: 'Devolverles la llamada' });
    await user.click(within(form).getByRole('button', { name: 'Descargar .ics' }));
    await waitFor(() => expect(saved).toEqual(['callback-devolver-llamada.ics']));
    click.mockRestore();
  });
});

describe('in Spanish: the calls page', () => {
  it('opens each call with a clear button and speaks calmly about the device', async () => {
    writeCall(() => window.localStorage, {
      ...newCall('acme0001', 'caller=recruiter&round=final', new Date(2026, 10, 1)),
      company: 'Acme',
    });
    const { store } = await openApp('view=calls');
    const open = screen.getByRole('link', { name: 'Abrir la llamada con Acme' });
    expect(open).toHaveTextContent(/^Abrir$/);
    const section = screen.getByRole('region', { name: 'Qué significa “en este dispositivo”' });
    expect(section).toHaveTextContent(
      'Cualquier persona que use este navegador en este dispositivo, con el mismo perfil, también puede verlas.',
    );
    expect(screen.getByText(/^Guarda un archivo con cada llamada/)).toHaveTextContent(
      'El archivo no lleva contraseña',
    );
    expect(document.body).not.toHaveTextContent(/prometido|cualquiera que lo abra/i);
    act(() => store.setState({ mayBeCleared: true }));
    expect(section).toHaveTextContent(
      'Si este dispositivo se queda sin espacio, el navegador puede borrar los datos que los sitios web guardan en él, también sus llamadas.',
    );
    expect(section).not.toHaveTextContent(/reservado|conservarlos/);
  });
});
