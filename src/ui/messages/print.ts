/*
 * The words only the printed sheet shows. They load with what shows below the results' list
 * (src/ui/results/below-the-list.ts): a results link shows its list without them. See
 * docs/decisions/005-messages-are-data.md.
 */

/** What only the printed sheet shows. */
export const printMessages = {
  title: 'Call prep sheet',
  /** `{date}` is today, in the browser's own long format. */
  madeOn: 'Made with Callback on {date}',
  /** At the top of every page after the first, naming the call as far as it is known. */
  runningHead: {
    roleAtCompany: 'Call prep sheet: {role} at {company}',
    companyOnly: 'Call prep sheet: call with {company}',
    roleOnly: 'Call prep sheet: {role}',
    neither: 'Call prep sheet',
  },
  /** At the foot of every page; the browser fills in both numbers. */
  pageNumber: 'Page {page} of {pages}',
  answersHeading: 'Your answers',
  /** `{address}` is the sheet's full address, on its own line. */
  reopen: 'Reopen this sheet: {address}',
  /** Under the QR code of the sheet's link. */
  scanToOpen: 'Scan to open this prep on your phone, ticks included',
  /** What the QR code is, for a screen reader. */
  qrLabel: 'QR code of the link to this prep',
  /** Under the title, naming the call as far as it is known; nothing when neither is. */
  call: {
    /** Example: `'Data analyst at Acme'`. */
    roleAtCompany: '{role} at {company}',
    companyOnly: 'Call with {company}',
    roleOnly: 'Role: {role}',
    neither: '',
  },
} as const;
