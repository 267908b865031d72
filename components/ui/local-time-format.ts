/** Fixed-width times for pages rendered on the server and hydrated in the browser (pure; unit-tested). */

export type TimeLayout = 'time' | 'datetime';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * "14:03:22", or "25/11/2026, 14:03:22" (the en-GB layout), in the local time
 * zone. Built by hand, not with Intl, so the layout (and its width) is the same
 * in Node and in every browser.
 */
export function formatLocalTime(at: number | string | Date, layout: TimeLayout = 'time'): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '–';
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return layout === 'time' ? time : `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${pad(d.getFullYear(), 4)}, ${time}`;
}

/** FIGURE DASH: as wide as a digit, so the placeholder takes the room of the time it stands for. */
const FIGURE_DASH = '\u2012';

/** What renders until the browser's time zone is known: the layout with a figure dash for every digit. */
export function timePlaceholder(layout: TimeLayout = 'time'): string {
  return formatLocalTime(0, layout).replace(/\d/g, FIGURE_DASH);
}
