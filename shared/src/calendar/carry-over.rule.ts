// Law on Holidays art. 5: when a national or state holiday falls on a day off (Saturday or Sunday), the next
// working day after the holiday is a day off; consecutive holidays push the carry-overs further (Nauryz 21–23 March
// on Saturday–Monday gives 24 and 25 March). Religious days off are never carried over (Labour Code art. 84 p.5)
// but a carry-over does not land on one.
import type { CarryOverEntry, HolidayEntry, ReligiousDayEntry } from './calendar.types';
import { fromDayNumber, toDayNumber, weekdayOfDayNumber } from '../dates/iso-date';

/** The Art. 5 carry-overs of a year's holidays. */
export function computeCarryOvers(
  holidays: readonly HolidayEntry[],
  religiousDaysOff: readonly ReligiousDayEntry[] = [],
): CarryOverEntry[] {
  const weekend = (dn: number): boolean => weekdayOfDayNumber(dn) >= 6;
  const taken = new Set<number>([...holidays, ...religiousDaysOff].map((h) => toDayNumber(h.date)));
  const out: CarryOverEntry[] = [];
  for (const h of [...holidays].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    const dn = toDayNumber(h.date);
    if (!weekend(dn)) continue;
    let next = dn + 1;
    while (weekend(next) || taken.has(next)) next++;
    taken.add(next);
    out.push({ date: fromDayNumber(next), holidayDate: h.date, holiday: h.holiday });
  }
  return out;
}
