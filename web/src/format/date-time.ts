/** The UK's clock, whatever the browser's: a finance team reads times as recorded in London. */
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "2026-11-30T18:43:39.738Z" → "30 Nov 2026, 18:43" (London time, GMT or BST as the date has it); text that is not a time is shown as given. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const parts = Object.fromEntries(LONDON.formatToParts(time).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`;
}
