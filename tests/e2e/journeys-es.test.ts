import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { franc } from 'franc-min';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
// @ts-expect-error: a plain ES module without types, shared with the scripts.
import { serveDist } from '../../scripts/serve-dist.mjs';
import { REASON_IDS } from '../../src/domain/index.ts';
import { printToPdf } from './pdf.ts';
import {
  expectClean,
  installWorker,
  rankedReasons,
  useBrowser,
  watchedContext,
} from './browser.ts';
import { englishOn, englishWordsIn, expectNoEnglish } from './no-english.ts';
import { WORDS } from './languages.ts';

/* The main journeys of journeys.test.ts, print.test.ts and offline.test.ts, done in Spanish by
   a Spanish-speaking browser, by the Spanish words a person reads (issue 12). */

const baseURL = inject('baseURL');
const browser = useBrowser();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'callback-es-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A browser whose person reads Spanish first: the app follows it, with no `lang` in the link. */
const spanishBrowser = () => watchedContext(browser(), baseURL, { locale: 'es-ES' });

const offerLink =
  'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=results';

const heading = (page: Page) => page.locator('main h1').textContent();

/** Reads a text as Spanish or English, as the catalog tests do. */
const language = (text: string) => franc(text, { only: ['spa', 'eng'], minLength: 10 });

/** Prints the page to PDF and returns its page count, its text and page 1's text. */
async function printed(page: Page, name: string, format: 'A4' | 'Letter' = 'A4') {
  const { pages, text, byPage } = await printToPdf(
    page,
    join(dir, `${name}-${format}.pdf`),
    format,
  );
  return { pages, text, first: byPage[0] ?? '' };
}

/** The words of an .ics file a calendar shows a person: each event's and reminder's title and text. */
function calendarWords(ics: string): string[] {
  // Long lines are folded onto lines that start with a space (RFC 5545 §3.1).
  const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  return lines
    .filter((line) => /^(SUMMARY|DESCRIPTION)[;:]/.test(line))
    .map((line) =>
      line
        .slice(line.indexOf(':') + 1)
        .replace(/\\n/gi, '\n')
        .replace(/\\([,;\\])/g, '$1'),
    );
}

describe('journeys in Spanish, in a real browser', () => {
  it('has a check for English that finds it on a Spanish page, unless it is marked', async () => {
    const { context, open } = await spanishBrowser();
    const page = await open();
    expect(await englishOn(page)).toEqual([]);
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const add = (text: string, lang?: string) => {
        const p = main.appendChild(document.createElement('p'));
        p.textContent = text;
        if (lang) p.lang = lang;
      };
      add('Continue to your results');
      add('Back to the start', 'en');
      main.querySelector('button')!.setAttribute('aria-label', 'Check the answers');
    });
    const found = await englishOn(page);
    expect(found.map((piece) => piece.words)).toEqual([
      ['Continue', 'to', 'your', 'results'],
      ['Check', 'the', 'answers'],
    ]);
    await context.close();
  });

  it('answers the six questions by their Spanish words, then shows the results in Spanish', async () => {
    const { context, watch, open } = await spanishBrowser();
    const page = await open();
    const next = async (title: string) => {
      await page.getByRole('button', { name: 'Continuar' }).click();
      await expect.poll(() => heading(page)).toBe(title);
      await expectNoEnglish(page);
    };

    expect(await heading(page)).toBe('¿Quién le llamó?');
    await expectNoEnglish(page);
    await page.getByLabel('Recursos Humanos o alguien de selección de la empresa').check();
    await next('¿Cómo se pusieron en contacto?');
    await page.getByLabel('Hablamos por teléfono').check();
    await next('¿Cuál fue su entrevista más reciente?');
    await page.getByLabel('La fase final').check();
    await next('¿Hace cuántos días fue esa entrevista?');
    // What cannot be read is said in Spanish, in the error summary and by the field.
    await page.getByLabel('Días desde la entrevista').fill('pronto');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByText('Hay un problema').count()).toBe(1);
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    await expectNoEnglish(page);
    await page.getByLabel('Días desde la entrevista').fill('2');
    await next('¿Qué le mencionaron o qué le preguntaron?');
    await page.getByLabel('El sueldo o el salario').check();
    await page.getByLabel('Cuándo podría empezar, o su plazo de preaviso').check();
    await next('¿Cómo le sonaron?');
    await page.getByLabel('Animados y cordiales').check();
    await next('Revise sus respuestas');
    // The same codes as in English: links mean the same in every language.
    expect(new URL(page.url()).search).toContain(
      'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=check',
    );
    expect(await page.getByText('Animados y cordiales').count()).toBe(1);

    await page.getByRole('button', { name: 'Ver qué significa probablemente la llamada' }).click();
    await expect.poll(() => heading(page)).toBe('Lo más probable: Una oferta de trabajo');
    expect((await rankedReasons(page))[0]).toBe('offer');
    await page.getByLabel(/Decida el sueldo más bajo/).check();
    await expect.poll(() => page.url()).toContain('done=offer-know-your-number');
    expect(await page.getByText(/^1 de \d+ hechas$/).count()).toBe(1);
    await expectNoEnglish(page);

    await page.getByRole('link', { name: 'Cómo decide', exact: true }).click();
    await expect.poll(() => heading(page)).toBe('Cómo decide Callback');
    await expectNoEnglish(page);
    await page.getByRole('link', { name: 'Sus llamadas guardadas' }).click();
    await expect.poll(() => heading(page)).toBe('Sus llamadas guardadas');
    await page.locator('li[data-call]').first().waitFor();
    await expectNoEnglish(page);
    await expectClean(context, watch);
    await context.close();
  });

  it('says every part of the results in Spanish: each meaning and its why, each kind of prep', async () => {
    const { context, watch, open } = await spanishBrowser();
    const page = await open(offerLink);
    await page.getByRole('button', { name: /^Mostrar los \d+ significados$/ }).click();
    // Each "Por qué" loads its words when it opens.
    const summaries = page.locator('details.why > summary');
    expect(await summaries.count()).toBe(11);
    for (const summary of await summaries.all()) await summary.click();
    await expect.poll(() => page.getByText('Un momento…').count()).toBe(0);
    const whys = await page.locator('details.why').allInnerTexts();
    expect(whys.every((text) => text.length > 60)).toBe(true);
    await expectNoEnglish(page);
    // Another meaning's prep, and the low-confidence prep for any of the likely few.
    await page.goto(`/?${offerLink}&reason=rejection`);
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    await expectNoEnglish(page);
    await page.goto('/?contact=missed&view=results');
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    await expectNoEnglish(page);
    await expectClean(context, watch);
    await context.close();
  });

  it('reads a pasted Spanish voicemail and says what it found in Spanish', async () => {
    const { context, watch, open } = await spanishBrowser();
    const page = await open();
    await page.getByText(/Péguelos y le ayudamos a responder/).click();
    await page
      .getByLabel('Pegue el mensaje de voz, el correo o sus notas de la llamada')
      .fill(
        'Hola, soy Lucía, de Recursos Humanos. Quería hablar con usted sobre sus pretensiones salariales y la fecha de incorporación. Mi número es 612 345 678. ¡Gracias!',
      );
    await page.getByRole('button', { name: 'Sugerir respuestas' }).click();
    await page.getByRole('heading', { name: 'Lo que encontramos' }).waitFor();
    expect(await page.getByRole('button', { name: 'Usar el 612 345 678' }).count()).toBe(1);
    await expectNoEnglish(page);
    await page.getByRole('button', { name: 'Usar estas respuestas' }).click();
    await expect.poll(() => new URL(page.url()).search).toContain('topics=salary,start-date');
    await expectNoEnglish(page);
    await expectClean(context, watch);
    await context.close();
  });

  it('renames, deletes, brings back, backs up and clears saved calls in Spanish', async () => {
    const { context, watch, open } = await spanishBrowser();
    const page = await open(offerLink);
    await page.locator('[data-field="company"]').fill('Acme');
    await page.getByRole('link', { name: 'Sus llamadas guardadas' }).click();
    await expect.poll(() => heading(page)).toBe('Sus llamadas guardadas');
    await page.locator('li[data-call]').first().waitFor();

    await page.getByRole('button', { name: 'Cambiar el nombre de Acme' }).click();
    await page.getByLabel('Empresa o nombre de esta llamada').waitFor();
    await expectNoEnglish(page);
    await page.getByRole('button', { name: 'Cancelar' }).click();

    await page.locator('[data-action="delete-call"]').click();
    await page.getByText('¿Borrar la llamada con Acme y sus notas?').waitFor();
    await expectNoEnglish(page);
    await page.locator('[data-action="confirm"]').click();
    await page.getByText('Se borró la llamada con Acme.').waitFor();
    await expectNoEnglish(page);
    await page.locator('[data-action="undo"]').click();
    await page.getByText('Se recuperó 1 llamada.').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="backup"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await page.getByText(/^Se descargó 1 llamada en el archivo/).waitFor();
    await expectNoEnglish(page);

    await page.locator('[data-action="clear-all"]').click();
    await page.getByText(/^Esto borra 1 llamada y sus notas/).waitFor();
    await expectNoEnglish(page);
    await page.locator('[data-action="confirm"]').click();
    await page.getByText('Se borró 1 llamada y sus notas de este navegador.').waitFor();
    await expectNoEnglish(page);
    await expectClean(context, watch);
    await context.close();
  });

  it('offers in Spanish to continue where you left off', async () => {
    const { context, watch, open } = await spanishBrowser();
    const page = await open(offerLink);
    await page.locator('[data-field="company"]').fill('Acme');
    await page.getByLabel('Mis notas para la llamada').fill('¿Hay bonus?');
    await page.goto('/');
    await page.locator('html[data-ready]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: '¿Quiere seguir donde lo dejó?' }).waitFor();
    await expectNoEnglish(page);
    await page.getByRole('button', { name: 'Seguir donde lo dejé' }).click();
    await expect.poll(() => heading(page)).toBe('Acme: lo más probable es una oferta de trabajo');
    expect(await page.getByLabel('Mis notas para la llamada').inputValue()).toBe('¿Hay bonus?');
    await expectClean(context, watch);
    await context.close();
  });

  it('prints the prep sheet in Spanish', async () => {
    const { context, watch, open } = await spanishBrowser();
    const page = await open(`${offerLink}&done=offer-know-your-number`);
    await page.getByLabel('Mis notas para la llamada').fill('Llamar a Dana el lunes');
    const { text } = await printed(page, 'offer');

    expect(text).toContain('Hoja de preparación para la llamada');
    expect(text).toContain('Lo más probable: Una oferta de trabajo');
    expect(text).toContain('Decida el sueldo más bajo que aceptaría y la cifra que le gustaría.');
    expect(text).toContain('Cómo responder y qué decir');
    expect(text).toContain('Sus respuestas');
    expect(text).toContain('Tenga a mano');
    expect(text).toContain('Qué evitar');
    expect(text).toContain('Llamar a Dana el lunes');
    expect(text).toMatch(/Página 1 de \d/);
    expect(language(text)).toBe('spa');
    expect(englishWordsIn(text)).toEqual([]);
    await expectClean(context, watch);
    await context.close();
  });

  it('downloads a Spanish calendar file for the call back', async () => {
    const { context, watch, open } = await spanishBrowser();
    const page = await open(offerLink);
    await page.locator('[data-field="company"]').fill('Acme');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar .ics' }).click(),
    ]);
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('TRIGGER:-PT15M');
    const words = calendarWords(ics);
    // The event, its text and its reminder's text.
    expect(words).toHaveLength(3);
    expect(words).toContain('Devolver la llamada a Acme sobre el empleo');
    expect(words.join('\n')).toContain('Probablemente: Una oferta de trabajo.');
    for (const text of words) expect(englishWordsIn(text), text).toEqual([]);
    expect(await page.getByText(/^Archivo de calendario descargado/).count()).toBe(1);
    await expectClean(context, watch);
    await context.close();
  });

  it('says in Spanish what it could not read in a damaged link', async () => {
    const { context, watch, open } = await spanishBrowser();
    const page = await open(
      'caller=boss&round=final&days=-3&topics=salary,%E0%A4%A,llamas&view=results&done=nope',
    );
    await expect
      .poll(() => page.getByText('No pudimos leer una parte de este enlace').count())
      .toBe(1);
    expect(await page.getByText(/número entero entre 0 y 365/).count()).toBe(1);
    expect((await rankedReasons(page))[0]).toBe('offer');
    // The address is cleaned as in English: the same codes, and no `lang` added.
    // Salary survives beside the damaged topic and the unknown one.
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?round=final&topics=salary&view=results');
    await expectNoEnglish(page);
    await expectClean(context, watch);
    await context.close();
  });

  it('says in Spanish that storage is blocked, and keeps working', async () => {
    const { context, watch, open } = await spanishBrowser();
    await context.addInitScript(() => {
      const deny = () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: deny });
    });
    const page = await open();
    // The words about saving load when the notice needs them.
    await expect.poll(() => page.getByText(/no deja que Callback guarde nada/).count()).toBe(1);
    await expectNoEnglish(page);
    await page.getByLabel('Su posible jefe o alguien que le entrevistó').check();
    await page.getByRole('button', { name: 'Continuar' }).click();
    await expect.poll(() => heading(page)).toBe('¿Cómo se pusieron en contacto?');
    await expectClean(context, watch);
    await context.close();
  });
});

/* The rest of journeys.test.ts in Spanish, with the words taken from the Spanish modules. The
   keyboard-only wizard is not repeated: its keys and focus are the same code in both languages,
   and the Spanish questions' targets and focus are checked in look and accessibility. */
describe('more journeys in Spanish', () => {
  const { questions, storage } = WORDS.es;

  it('follows the browser’s Back and Forward buttons in Spanish, answers kept', async () => {
    const { context, watch, open } = await spanishBrowser();
    const page = await open();
    const agency = questions.caller.options.agency.label;
    const voicemail = questions.contact.options.voicemail.label;
    const next = WORDS.es.wizard.questionMessages.continue;
    await page.getByLabel(agency).check();
    await page.getByRole('button', { name: next }).click();
    await page.getByLabel(voicemail).check();
    await page.getByRole('button', { name: next }).click();
    await expect.poll(() => heading(page)).toBe(questions.round.prompt);

    await page.goBack();
    await expect.poll(() => heading(page)).toBe(questions.contact.prompt);
    expect(await page.getByLabel(voicemail).isChecked()).toBe(true);
    await expectNoEnglish(page);
    await page.goBack();
    await expect.poll(() => heading(page)).toBe(questions.caller.prompt);
    expect(await page.getByLabel(agency).isChecked()).toBe(true);
    await expectNoEnglish(page);
    await page.goForward();
    await page.goForward();
    await expect.poll(() => heading(page)).toBe(questions.round.prompt);
    await expectNoEnglish(page);
    await expectClean(context, watch);
    await context.close();
  });

  it('leaves saved data it cannot read as it is, and says so in Spanish', async () => {
    const { context, watch, open } = await spanishBrowser();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('callback:v1', '{"version":1,"query":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await open();
    await expect.poll(() => page.getByText(storage['set-aside']).count()).toBe(1);
    expect(await heading(page)).toBe(questions.caller.prompt);
    await expectNoEnglish(page);
    // Never deleted: a later version may read it.
    expect(await page.evaluate(() => localStorage.getItem('callback:v1'))).toBe(
      '{"version":1,"query":',
    );
    await expectClean(context, watch);
    await context.close();
  });
});

interface Server {
  url: string;
  close: () => Promise<void>;
  stop: () => void;
}

// Every sheet on both papers: A4, where Spanish is mostly read, and Letter, where it is read in
// the United States. print.test.ts adds the call's details and a long company name.
describe.each(['A4', 'Letter'] as const)('the Spanish prep sheet on %s', (format) => {
  it.each([...REASON_IDS])('fits %s in two pages, its checklist on page 1', async (id) => {
    const { context, watch, open } = await spanishBrowser();
    const page = await open(`${offerLink}&reason=${id}`);
    await page.getByLabel('Mis notas para la llamada').fill('Llamar a Dana el lunes');
    const items = await page.locator('.checklist label').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    const { pages, text, first } = await printed(page, id, format);
    // Spanish runs about a fifth longer than English: it must still fit where English does.
    expect(pages).toBeLessThanOrEqual(2);
    for (const item of items) expect(first).toContain(item.replace(/\s+/g, ' '));
    expect(first).toContain('Cómo responder y qué decir');
    expect(text).toContain(`Página 1 de ${pages}`);
    expect(englishWordsIn(text)).toEqual([]);
    await expectClean(context, watch);
    await context.close();
  });
});

describe('offline in Spanish', () => {
  it('opens the results and a question in Spanish with the server gone, and after a reload', async () => {
    // A server of its own, so that stopping it proves the service worker alone serves the app.
    const server = (await serveDist({ root: 'dist', port: 0 })) as Server;
    const context = await browser().newContext({ locale: 'es-ES' });
    let up = true;
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await installWorker(page);
      server.stop();
      await server.close();
      up = false;

      const offline = await context.newPage();
      await offline.goto(`${server.url}/?${offerLink}&done=offer-know-your-number`);
      await offline.locator('html[data-ready]').waitFor({ state: 'attached' });
      await offline.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
      expect(await heading(offline)).toBe('Lo más probable: Una oferta de trabajo');
      expect(await offline.locator('input[data-item="offer-know-your-number"]').isChecked()).toBe(
        true,
      );
      await expectNoEnglish(offline);

      await offline.reload();
      await offline.locator('html[data-ready]').waitFor({ state: 'attached' });
      await offline.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
      expect(await heading(offline)).toBe('Lo más probable: Una oferta de trabajo');
      await expectNoEnglish(offline);

      // A link that names the language opens in it offline too.
      await offline.goto(`${server.url}/?lang=es&step=tone`);
      await offline.locator('html[data-ready]').waitFor({ state: 'attached' });
      expect(await heading(offline)).toBe('¿Cómo le sonaron?');
      await expectNoEnglish(offline);
    } finally {
      await context.close();
      if (up) {
        server.stop();
        await server.close();
      }
    }
  });
});
