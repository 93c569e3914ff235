/** Small formatting helpers shared by the workspace's views. */

const number = new Intl.NumberFormat('en-GB');
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

export const formatNumber = (n: number) => number.format(n);
export const formatPercent = (share: number) => percent.format(share);

/** `YYYY-MM-DD` of a date, in UTC (the server counts UTC days). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function daysAgo(days: number, from = new Date()): string {
  return isoDay(new Date(from.getTime() - days * 86_400_000));
}

/** The first and last day of the calendar month before `now`. */
export function lastMonth(now = new Date()): { from: string; to: string } {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  return { from: isoDay(first), to: isoDay(last) };
}

export const CHANNEL_NAMES: Record<string, string> = { email: 'Email', sms: 'SMS', post: 'Post' };

/** Saves a blob as a file through a temporary object URL. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
