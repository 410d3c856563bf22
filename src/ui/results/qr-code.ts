import { encode } from 'uqr';

/** Light modules around the code, as the QR standard asks, so a camera finds its edges. */
const QUIET_ZONE = 4;

/** A QR code ready to draw: `size` modules a side, quiet zone included, and its dark modules. */
export interface QrDrawing {
  /** Modules a side, the quiet zone included. Example: `65`. */
  size: number;
  /** The dark modules as one SVG path in module units. Example: `'M4 4h7v1h-7z…'`. */
  path: string;
}

/**
 * The dark modules of a QR matrix as one SVG path: each run of dark modules in a row is one
 * rectangle, `M x y h width v 1 h -width z`, in module units.
 */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      parts.push(`M${String(start)} ${String(y)}h${String(x - start)}v1h-${String(x - start)}z`);
    }
  });
  return parts.join('');
}

/**
 * The QR code of a link, made in the page by `uqr` (nothing is fetched). Plain data, no React:
 * this file loads on demand with `uqr`, and importing React's JSX runtime here would split
 * that runtime out of the first page's chunk into a file of its own (measured with
 * `npm run budget`; docs/decisions/007).
 * Example: `drawQr('https://example.org/?view=results').size` is `29`.
 */
export function drawQr(url: string): QrDrawing {
  // Level M survives a fold or a coffee ring on paper; a results link still fits in a small code.
  const { size, data } = encode(url, { ecc: 'M', border: QUIET_ZONE });
  return { size, path: qrPath(data) };
}
