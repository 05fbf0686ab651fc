/**
 * Moment.js-style date formats (`YYYYMMDD`, `YYYY-MM-DDTHH:mm:ss`, `[at] HH`)
 * in an IANA time zone, as metadata-action's {{date}} and {{commit_date}}
 * take them. Zone arithmetic comes from Node's Intl (ICU), so no zone data is
 * bundled. Supports the tokens people put in tags; other letters are printed as
 * they are (as moment prints unknown letters). Pure.
 */
import { PipelineError } from '../../errors.js';

interface Fields {
  Y: number;
  M: number;
  D: number;
  H: number;
  m: number;
  s: number;
  ms: number;
  /** Day of week 0 (Sunday) - 6. */
  d: number;
  /** Offset from UTC in minutes. */
  offset: number;
}

function fieldsIn(date: Date, tz: string): Fields {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
  } catch {
    throw new PipelineError('INPUT', `time zone '${tz}' is not known`, { hint: "Use an IANA name such as tz='UTC' or tz='Europe/Paris'." });
  }
  const parts = Object.fromEntries(fmt.formatToParts(date).map((p) => [p.type, p.value]));
  const n = (k: string): number => Number(parts[k]);
  const f: Fields = {
    Y: n('year'),
    M: n('month'),
    D: n('day'),
    H: n('hour') % 24,
    m: n('minute'),
    s: n('second'),
    ms: date.getUTCMilliseconds(),
    d: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? ''),
    offset: 0,
  };
  const asUtc = Date.UTC(f.Y, f.M - 1, f.D, f.H, f.m, f.s, f.ms);
  f.offset = Math.round((asUtc - date.getTime()) / 60000);
  return f;
}

const pad = (v: number, w: number): string => String(Math.abs(v)).padStart(w, '0');
const zone = (offset: number, sep: string): string =>
  `${offset < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(offset) / 60), 2)}${sep}${pad(Math.abs(offset) % 60, 2)}`;
const ordinal = (n: number): string => {
  const t = n % 100;
  const s = t >= 11 && t <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};

// Longest first, so YYYY wins over YY and MM over M.
const TOKENS = /\[([^\]]*)\]|YYYY|YY|Qo|Q|MMMM|MMM|MM|Mo|M|DDDD|DDD|DD|Do|D|dddd|ddd|d|HH|H|hh|h|kk|k|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|X|x|./g;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** No format: ISO 8601 with the offset, or a literal Z when the offset is 0 (moment's defaults). */
export function formatDate(date: Date, formatOrDefault: string | undefined, tz = 'UTC'): string {
  const f = fieldsIn(date, tz);
  const format = formatOrDefault ?? (f.offset === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ');
  const dayOfYear = Math.round((Date.UTC(f.Y, f.M - 1, f.D) - Date.UTC(f.Y, 0, 1)) / 86400000) + 1;
  const h12 = f.H % 12 === 0 ? 12 : f.H % 12;
  return format.replace(TOKENS, (tok, lit: string | undefined) => {
    if (lit !== undefined) return lit;
    switch (tok) {
      case 'YYYY':
        return pad(f.Y, 4);
      case 'YY':
        return pad(f.Y % 100, 2);
      case 'Q':
        return String(Math.ceil(f.M / 3));
      case 'Qo':
        return ordinal(Math.ceil(f.M / 3));
      case 'MMMM':
        return MONTHS[f.M - 1] ?? '';
      case 'MMM':
        return (MONTHS[f.M - 1] ?? '').slice(0, 3);
      case 'MM':
        return pad(f.M, 2);
      case 'Mo':
        return ordinal(f.M);
      case 'M':
        return String(f.M);
      case 'DDDD':
        return pad(dayOfYear, 3);
      case 'DDD':
        return String(dayOfYear);
      case 'DD':
        return pad(f.D, 2);
      case 'Do':
        return ordinal(f.D);
      case 'D':
        return String(f.D);
      case 'dddd':
        return DAYS[f.d] ?? '';
      case 'ddd':
        return (DAYS[f.d] ?? '').slice(0, 3);
      case 'd':
        return String(f.d);
      case 'HH':
        return pad(f.H, 2);
      case 'H':
        return String(f.H);
      case 'hh':
        return pad(h12, 2);
      case 'h':
        return String(h12);
      case 'kk':
        return pad(f.H === 0 ? 24 : f.H, 2);
      case 'k':
        return String(f.H === 0 ? 24 : f.H);
      case 'mm':
        return pad(f.m, 2);
      case 'm':
        return String(f.m);
      case 'ss':
        return pad(f.s, 2);
      case 's':
        return String(f.s);
      case 'SSS':
        return pad(f.ms, 3);
      case 'SS':
        return pad(Math.trunc(f.ms / 10), 2);
      case 'S':
        return String(Math.trunc(f.ms / 100));
      case 'A':
        return f.H < 12 ? 'AM' : 'PM';
      case 'a':
        return f.H < 12 ? 'am' : 'pm';
      case 'Z':
        return zone(f.offset, ':');
      case 'ZZ':
        return zone(f.offset, '');
      case 'X':
        return String(Math.floor(date.getTime() / 1000));
      case 'x':
        return String(date.getTime());
      default:
        return tok;
    }
  });
}
