import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterPaint } from '../after-paint.ts';
import { fillNodes } from '../fill-nodes.tsx';
import { printMessages } from '../messages/print.ts';

type QrModule = typeof import('./qr-code.ts');

/** The QR code's code once here; the download is shared by every caller. */
let loaded: QrModule | undefined;
let loading: Promise<QrModule | undefined> | undefined;

/**
 * Fetches the QR code's code (with `uqr`) once, and resolves with it, or with `undefined` if it
 * cannot come (offline before it was cached): the sheet then prints without the code, its
 * written link still on it. Never rejects.
 */
export function loadQrCode(): Promise<QrModule | undefined> {
  loading ??= import('./qr-code.ts').then(
    (module) => (loaded = module),
    () => {
      loading = undefined;
      return undefined;
    },
  );
  return loading;
}

/**
 * The printed sheet's QR code of `url`, marked `data-qr` (docs/contract.md §4), drawn as SVG
 * elements with presentation attributes (the CSP allows no inline style). It shows only on
 * paper, so its code is not part of the results page's download: it is fetched once the page
 * has painted, and again when printing starts if that failed. `beforeprint` renders it at
 * once, since the browser lays the page out for paper right after that event. Its caption
 * carries the written link too, so the code never prints on a page of its own.
 */
export function PrintQr({ url }: { url: string }) {
  const [qr, setQr] = useState(loaded);
  useEffect(() => {
    if (qr) return;
    let live = true;
    const show = () => {
      void loadQrCode().then((module) => {
        if (live && module) setQr(module);
      });
    };
    const cancel = afterPaint(show);
    const beforePrint = () => {
      if (loaded) flushSync(() => setQr(loaded));
      else show();
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      live = false;
      cancel();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [qr]);
  // Encoded once per link, not on every keystroke in the notes that re-renders the page.
  const drawing = useMemo(() => qr?.drawQr(url), [qr, url]);
  if (!drawing) return null;
  const { size, path } = drawing;
  return (
    <figure className="print-only print-qr">
      <svg
        data-qr={url}
        role="img"
        aria-label={printMessages.qrLabel}
        viewBox={`0 0 ${String(size)} ${String(size)}`}
        shapeRendering="crispEdges"
      >
        <rect width={size} height={size} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      {/* The written link beside the code, not above it: the two stay together on one page,
          and print.css hides the separate link (PrintLink) that stands in when there is no code. */}
      <figcaption>
        <p className="print-reopen">
          {fillNodes(printMessages.reopen, { address: <span>{url}</span> })}
        </p>
        <p>{printMessages.scanToOpen}</p>
      </figcaption>
    </figure>
  );
}
