/**
 * The one place times are formatted for people: every time on every page is
 * laid out by this module, in the visitor's locale (12- or 24-hour, day or
 * month first, as their browser says), in the browser's time zone. Pure;
 * unit-tested with explicit locales.
 *
 * Server-rendered times go through <LocalTime>, which shows
 * timePlaceholder() until hydration: the server knows neither the visitor's
 * zone nor their locale, and a server-formatted time would not match.
 */

export type TimeLayout = 'time' | 'datetime' | 'clock' | 'weekday-clock';

const OPTIONS: Record<TimeLayout, Intl.DateTimeFormatOptions> = {
  // "14:03:22" / "02:03:22 PM"
  time: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  // "25/11/2026, 14:03:22" / "11/25/2026, 02:03:22 PM"
  datetime: { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' },
  // Chart axes: "14:05" / "02:05 PM"
  clock: { hour: '2-digit', minute: '2-digit' },
  // Chart axes over days: "Mon 14:00" / "Mon 02:00 PM"
  'weekday-clock': { weekday: 'short', hour: '2-digit', minute: '2-digit' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(layout: TimeLayout, locale: string | undefined): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${layout}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, OPTIONS[layout]);
    formatters.set(key, f);
  }
  return f;
}

/** `locale`: for tests; left out, the browser's (navigator.language). */
export function formatLocalTime(at: number | string | Date, layout: TimeLayout = 'time', locale?: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '–';
  return formatter(layout, locale).format(d);
}

/** FIGURE DASH: as wide as a digit, so the placeholder takes the room of the time it stands for. */
const FIGURE_DASH = '\u2012';

const PLACEHOLDER_SHAPE: Record<TimeLayout, string> = {
  time: '00:00:00',
  datetime: '00/00/0000, 00:00:00',
  clock: '00:00',
  'weekday-clock': 'Mon 00:00',
};

/**
 * What renders until the browser is known: the 24-hour shape with a figure
 * dash for every digit. The same on the server and in every browser (it must
 * be, for hydration), whatever the locale the time then appears in.
 */
export function timePlaceholder(layout: TimeLayout = 'time'): string {
  return PLACEHOLDER_SHAPE[layout].replace(/\d/g, FIGURE_DASH);
}
