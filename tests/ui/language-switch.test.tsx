import { screen } from '@testing-library/react';
import { openApp } from './render-app.tsx';

describe('the language switch', () => {
  it('links to this same page in Spanish, with the answers, ticks and page in the link', async () => {
    await openApp('caller=recruiter&round=final&view=results&done=offer-know-your-number');
    const spanish = screen.getByRole('link', { name: 'Español' });
    expect(spanish).toHaveAttribute('lang', 'es');
    expect(spanish).toHaveAttribute('hreflang', 'es');
    expect(spanish).toHaveAttribute(
      'href',
      '?caller=recruiter&round=final&view=results&done=offer-know-your-number&lang=es',
    );
  });

  it('keeps a chosen language in the links to other pages', async () => {
    await openApp('caller=recruiter&view=check&lang=en');
    expect(screen.getByRole('link', { name: 'How it decides' })).toHaveAttribute(
      'href',
      '?caller=recruiter&view=how&lang=en',
    );
    expect(screen.getByRole('link', { name: 'Español' })).toHaveAttribute(
      'href',
      '?caller=recruiter&view=check&lang=es',
    );
  });

  it('leads home in the language the page is in, not the browser’s', async () => {
    await openApp('caller=recruiter&view=check');
    expect(screen.getByRole('link', { name: 'Callback' })).toHaveAttribute('href', '/?lang=en');
  });
});
