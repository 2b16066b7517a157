import type { TimeZoneCandidate } from '@ctrl-alt-heal/domain';
import { InlineKeyboard } from 'grammy';

/** Callback data of the "keep my zone" button. */
export const KEEP_ZONE_DATA = 'tz:keep';

/** Telegram's limit on callback data, in bytes. */
const CALLBACK_DATA_MAX_BYTES = 64;
const ZONE_DATA = /^tz:([tl]):(\d):(.+)$/s;
const COORDINATES = /^(-?\d{1,2}(?:\.\d{1,4})?),(-?\d{1,3}(?:\.\d{1,4})?)$/;

/**
 * Where a zone choice came from, so a button press can re-resolve it instead of trusting the
 * zone in its data: the text the patient typed, or the location they shared.
 */
export type ZoneSource =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'location'; readonly latitude: number; readonly longitude: number };

/** A pressed zone button: the source to resolve again and the candidate index. */
export interface ZoneChoice {
  readonly source: ZoneSource;
  readonly index: number;
}

/** A location rounded to 4 decimals (about 11 m), as it travels in callback data. */
export function roundLocation(latitude: number, longitude: number): ZoneSource {
  const round = (value: number): number => Math.round(value * 10_000) / 10_000;
  return { kind: 'location', latitude: round(latitude), longitude: round(longitude) };
}

/**
 * One button per candidate (index and source in the data) plus "keep my zone"; null when the
 * source is too long for Telegram's 64-byte callback data (then the candidates are only listed).
 */
export function zoneChoiceKeyboard(
  source: ZoneSource,
  candidates: readonly TimeZoneCandidate[],
  label: (candidate: TimeZoneCandidate) => string = (candidate) => candidate.label,
): InlineKeyboard | null {
  const rows = candidates.slice(0, 10).map((candidate, index) => {
    const data = zoneChoiceData(source, index);
    return data === null ? null : [InlineKeyboard.text(label(candidate).slice(0, 60), data)];
  });
  if (rows.some((row) => row === null)) return null;
  return InlineKeyboard.from([
    ...rows.flatMap((row) => (row === null ? [] : [row])),
    [InlineKeyboard.text('Keep my time zone', KEEP_ZONE_DATA)],
  ]);
}

/** Reads a zone button's data; null for anything we did not issue. */
export function parseZoneChoiceData(data: string): ZoneChoice | null {
  const match = ZONE_DATA.exec(data);
  if (match === null) return null;
  const [, kind, digit, rest = ''] = match;
  const index = Number(digit);
  if (kind === 't') return { source: { kind: 'text', text: rest }, index };
  const coordinates = COORDINATES.exec(rest);
  if (coordinates === null) return null;
  return { source: roundLocation(Number(coordinates[1]), Number(coordinates[2])), index };
}

function zoneChoiceData(source: ZoneSource, index: number): string | null {
  const data =
    source.kind === 'text'
      ? `tz:t:${index}:${source.text}`
      : `tz:l:${index}:${source.latitude},${source.longitude}`;
  return Buffer.byteLength(data) <= CALLBACK_DATA_MAX_BYTES ? data : null;
}
