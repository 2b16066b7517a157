import { Temporal } from 'temporal-polyfill';

/**
 * Returns the time zone id Temporal uses for `id` (IANA names in their canonical letter case,
 * such as `America/New_York` for `america/new_york`, or a fixed offset such as `+05:30`), or null
 * when Temporal does not know the zone. Strings that merely contain a zone (an ISO date-time with
 * a bracketed zone) are not accepted: the whole input must be the id.
 *
 * Legacy IANA links (`Asia/Calcutta`, `US/Eastern`) are valid and keep their own name.
 */
export function canonicalTimeZone(id: string): string | null {
  const trimmed = id.trim();
  if (trimmed === '') {
    return null;
  }
  const resolved = tryResolve(trimmed);
  return resolved !== null && resolved.toLowerCase() === trimmed.toLowerCase() ? resolved : null;
}

function tryResolve(id: string): string | null {
  try {
    return Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(id).timeZoneId;
  } catch (error) {
    // Temporal signals an unknown zone with RangeError; anything else is a real fault.
    if (error instanceof RangeError) {
      return null;
    }
    throw error;
  }
}
