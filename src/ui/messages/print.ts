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
  answersHeading: 'Your answers',
  /** `{address}` is the sheet's full address, on its own line. */
  reopen: 'Reopen this sheet: {address}',
  /** Under the QR code of the sheet's link. */
  scanToOpen: 'Scan to open this prep on your phone, ticks included',
  /** What the QR code is, for a screen reader. */
  qrLabel: 'QR code of the link to this prep',
  /** Under the title, when both are known. Example: `'Data analyst at Acme'`. */
  roleAtCompany: '{role} at {company}',
  /** Under the title, when only the company is known. */
  companyOnly: 'Call with {company}',
  /** Under the title, when only the role is known. */
  roleOnly: 'Role: {role}',
} as const;
