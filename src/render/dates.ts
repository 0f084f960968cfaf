// Dates of a rendering. The cover shows --date or the manifest's date; the PDF's creation date is
// pinned by --date, then SOURCE_DATE_EPOCH (reproducible builds), then the manifest's date, so
// the same input renders the same bytes. Only a guideline with none of these gets "now".

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** SOURCE_DATE_EPOCH as a Date; undefined when unset or empty, null when it is not a number. */
export function sourceDateEpoch(value: string | undefined): Date | null | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d+$/.test(value.trim())) return null;
  const date = new Date(Number(value.trim()) * 1000);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function creationDate(options: { date?: string; epoch?: Date; manifestDate?: string; now: () => Date }): Date {
  if (options.date !== undefined) return new Date(`${options.date}T00:00:00Z`);
  if (options.epoch !== undefined) return options.epoch;
  if (options.manifestDate !== undefined && isIsoDate(options.manifestDate)) return new Date(`${options.manifestDate}T00:00:00Z`);
  return options.now();
}
