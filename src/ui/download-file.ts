/**
 * Downloads text as a file made in the page: a Blob behind an `<a download>`, which no CSP
 * directive blocks and which sends nothing anywhere. Example:
 * `downloadFile('callback-call-back.ics', ics, 'text/calendar;charset=utf-8')`.
 */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked a moment later: some browsers start the download only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
