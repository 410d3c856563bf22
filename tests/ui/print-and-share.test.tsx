import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import jsQR from 'jsqr';
import { PrintHeader } from '../../src/ui/results/print-header.tsx';
import { PrintQr } from '../../src/ui/results/print-qr.tsx';
import { drawQr } from '../../src/ui/results/qr-code.ts';
import { ShareButtons } from '../../src/ui/results/share-button.tsx';
import { openApp } from './render-app.tsx';

const offerLink =
  'caller=recruiter&contact=spoke&round=final&days=2&topics=salary,start-date&tone=warm&view=results';

/** Reads a QR drawing back as a phone would: its path painted into pixels, then decoded. */
function decode(url: string): string | undefined {
  const { size, path } = drawQr(url);
  const scale = 4;
  const side = size * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * scale; row < (Number(y) + 1) * scale; row++) {
      const from = (row * side + Number(x) * scale) * 4;
      pixels.fill(0, from, from + Number(width) * scale * 4);
      // Alpha stays opaque.
      for (let i = from + 3; i < from + Number(width) * scale * 4; i += 4) pixels[i] = 255;
    }
  }
  return jsQR(pixels, side, side)?.data;
}

describe('the QR code of the printed sheet', () => {
  it.each([
    'https://example.org/?caller=recruiter&view=results',
    'http://127.0.0.1:4173/?caller=recruiter&contact=spoke&round=final&days=3&topics=references,salary&tone=warm&view=results&reason=offer&done=offer-know-your-number,offer-research-pay,offer-list-priorities,offer-check-start-date,offer-benefits-questions,offer-other-processes,offer-thank-you-line,offer-pen-and-paper',
  ])('draws a code that reads back as the link itself: %s', (url) => {
    expect(decode(url)).toBe(url);
  });

  it('keeps a quiet zone of four light modules on every side', () => {
    const { size, path } = drawQr('https://example.org/?view=results');
    const cells = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map(([, x, y, w]) => [
      Number(x),
      Number(y),
      Number(w),
    ]);
    expect(Math.min(...cells.map(([x]) => x!))).toBe(4);
    expect(Math.min(...cells.map(([, y]) => y!))).toBe(4);
    expect(Math.max(...cells.map(([x, , w]) => x! + w!))).toBe(size - 4);
    expect(Math.max(...cells.map(([, y]) => y!))).toBe(size - 5);
  });

  it('renders an svg marked data-qr with the link, and its caption', async () => {
    const url = 'https://example.org/?caller=agency&view=results';
    const { container } = render(<PrintQr url={url} />);
    const qr = await screen.findByRole('img', { name: 'QR code of the link to this prep' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr).toHaveAttribute('data-qr', url);
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    expect(container.querySelector('[style]')).toBeNull();
    expect(
      screen.getByText('Scan to open this prep on your phone, ticks included'),
    ).toBeInTheDocument();
  });

  it('is on the results page, for the page’s own full address in the page’s language', async () => {
    const { container } = await openApp(offerLink);
    await waitFor(() => expect(container.querySelector('svg[data-qr]')).not.toBeNull());
    // With its language, so a phone set to another one opens the prep as it was printed.
    expect(container.querySelector('svg[data-qr]')).toHaveAttribute(
      'data-qr',
      `${window.location.href}&lang=en`,
    );
  });
});

describe('the printed sheet’s header', () => {
  it.each([
    ['Acme', 'Data analyst', 'Data analyst at Acme'],
    ['Acme', '', 'Call with Acme'],
    ['', 'Data analyst', 'Role: Data analyst'],
  ])('names the call: %j, %j', (company, role, words) => {
    render(<PrintHeader {...{ company, role }} />);
    expect(screen.getByRole('banner')).toHaveTextContent(words);
  });

  it('says nothing about the call when neither is known', () => {
    // `role` here is the job, not an ARIA role, which a linter cannot tell from a literal.
    render(<PrintHeader {...{ company: '', role: '  ' }} />);
    expect(screen.getByRole('banner').textContent).toBe('Call prep sheet');
  });

  it.each([
    ['Acme', 'Data analyst', '"Call prep sheet: Data analyst at Acme"'],
    ['Acme', '', '"Call prep sheet: call with Acme"'],
    ['', '', '"Call prep sheet"'],
    ['Say "hi" \\ co', '', '"Call prep sheet: call with Say \\"hi\\" \\\\ co"'],
  ])('heads the pages after the first and numbers every page: %j, %j', (company, role, head) => {
    // print.css draws both in the page margins from these two properties of the root.
    const root = document.documentElement.style;
    const { unmount } = render(<PrintHeader {...{ company, role }} />);
    expect(root.getPropertyValue('--print-running-head')).toBe(head);
    expect(root.getPropertyValue('--print-page-number')).toBe(
      '"Page " counter(page) " of " counter(pages)',
    );
    // Gone with the sheet, so no other page prints them.
    unmount();
    expect(root.getPropertyValue('--print-running-head')).toBe('');
    expect(root.getPropertyValue('--print-page-number')).toBe('');
  });

  it('on the results page, shows the company and role typed for the call', async () => {
    const { user } = await openApp(offerLink);
    const call = screen.getByRole('region', { name: 'About this call' });
    await user.type(within(call).getByLabelText('Company'), 'Northwind');
    await user.type(within(call).getByLabelText('Job title'), 'Data analyst');
    expect(screen.getByText('Data analyst at Northwind')).toBeInTheDocument();
  });
});

describe('Share', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'share');
  });

  /** A browser with a share sheet that does what `share` does. */
  function withShareSheet(share: (data: ShareData) => Promise<void>) {
    const spy = vi.fn(share);
    Object.defineProperty(navigator, 'share', { value: spy, configurable: true });
    return spy;
  }

  function renderShare() {
    const user = userEvent.setup();
    const statuses: string[] = [];
    render(
      <ShareButtons
        url="https://example.org/?view=results"
        title="My call prep: A job offer"
        onStatus={(status) => statuses.push(status)}
      />,
    );
    return { user, statuses };
  }

  it('offers only Copy link where the browser has no share sheet, as Share would only copy', async () => {
    const { user } = await openApp(offerLink);
    expect('share' in navigator).toBe(false);
    const actions = screen.getByRole('button', { name: 'Copy link' }).parentElement!;
    expect(within(actions).queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.href}&lang=en`);
    // Said in the page's polite live region.
    expect(screen.getByText(/^Link copied/)).toHaveAttribute('role', 'status');
  });

  it('offers Share beside Copy link where the browser has a share sheet', async () => {
    withShareSheet(() => Promise.resolve());
    await openApp(offerLink);
    const actions = screen.getByRole('button', { name: 'Copy link' }).parentElement!;
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Copy link', 'Share', 'Print prep sheet', 'Start a new call']);
  });

  it('says so in plain words when the share sheet refuses and the link cannot be copied', async () => {
    withShareSheet(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
    const { user } = await openApp(offerLink);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByText(/could not copy the link/)).toHaveAttribute('role', 'status');
  });

  it('opens the share sheet with the title and link, and copies nothing', async () => {
    const share = withShareSheet(() => Promise.resolve());
    const { user, statuses } = renderShare();
    await navigator.clipboard.writeText('before');
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({
      title: 'My call prep: A job offer',
      url: 'https://example.org/?view=results',
    });
    expect(await navigator.clipboard.readText()).toBe('before');
    await waitFor(() => expect(statuses).toEqual(['', '']));
  });

  it('says nothing when the person closes the share sheet', async () => {
    withShareSheet(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    const { user, statuses } = renderShare();
    await navigator.clipboard.writeText('before');
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(statuses).toHaveLength(2));
    expect(statuses).toEqual(['', '']);
    expect(await navigator.clipboard.readText()).toBe('before');
  });

  it('copies instead when the share sheet refuses', async () => {
    withShareSheet(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
    const { user, statuses } = renderShare();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(statuses.at(-1)).toMatch(/^Link copied/));
    expect(await navigator.clipboard.readText()).toBe('https://example.org/?view=results');
  });
});
