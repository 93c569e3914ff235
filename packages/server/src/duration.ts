/** Parses a retention period such as `2y`, `6m`, `30d`, `12w` into the cutoff date before `now`. */
export function cutoffFor(period: string, now = new Date()): Date {
  const match = /^(\d{1,4})([dwmy])$/.exec(period.trim());
  if (!match) throw new Error(`Cannot read the period "${period}": use e.g. 30d, 12w, 6m or 2y.`);
  const amount = Number(match[1]);
  const cutoff = new Date(now);
  switch (match[2]) {
    case 'd':
      cutoff.setUTCDate(cutoff.getUTCDate() - amount);
      break;
    case 'w':
      cutoff.setUTCDate(cutoff.getUTCDate() - amount * 7);
      break;
    case 'm':
      cutoff.setUTCMonth(cutoff.getUTCMonth() - amount);
      break;
    default:
      cutoff.setUTCFullYear(cutoff.getUTCFullYear() - amount);
  }
  return cutoff;
}
