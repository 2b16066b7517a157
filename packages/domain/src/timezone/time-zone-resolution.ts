/** One zone a patient may have meant, with a label to show them. */
export interface TimeZoneCandidate {
  /** IANA name or fixed offset Temporal accepts (`Asia/Kolkata`, `+05:30`). */
  readonly timeZone: string;
  /** What to show the patient: `India (Asia/Kolkata)`. */
  readonly label: string;
}

/**
 * What a typed time zone, city, country, abbreviation or offset means. Only a `resolved` zone
 * may be stored; `ambiguous` asks the patient to pick one candidate; `invalid` is rejected with
 * `suggestions` (names the patient could type instead, closest first, possibly none).
 */
export type TimeZoneResolution =
  | { readonly kind: 'resolved'; readonly timeZone: string; readonly label: string }
  | {
      readonly kind: 'ambiguous';
      readonly candidates: readonly TimeZoneCandidate[];
      readonly message: string;
    }
  | { readonly kind: 'invalid'; readonly message: string; readonly suggestions: readonly string[] };
