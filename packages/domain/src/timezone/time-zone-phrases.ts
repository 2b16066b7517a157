/**
 * Spoken names of time zones ("Eastern", "Central European"), folded like place names and
 * without a trailing "time", mapped to a key of `TIME_ZONE_ABBREVIATIONS` or, where that key
 * would be ambiguous ("Indian" for IST), straight to an IANA zone. Names of countries
 * and cities ("UK time", "Moscow time") need no entry: the place tables answer them.
 */
export const TIME_ZONE_PHRASES: Readonly<Record<string, string>> = Object.freeze({
  eastern: 'ET',
  'us eastern': 'ET',
  central: 'CT',
  'us central': 'CT',
  mountain: 'MT',
  'us mountain': 'MT',
  pacific: 'PT',
  'us pacific': 'PT',
  alaska: 'AKST',
  hawaii: 'HST',
  atlantic: 'ADT',
  newfoundland: 'NST',
  'greenwich mean': 'GMT',
  greenwich: 'GMT',
  british: 'Europe/London',
  'british summer': 'Europe/London',
  irish: 'Europe/Dublin',
  indian: 'Asia/Kolkata',
  'central european': 'CET',
  'eastern european': 'EET',
  'western european': 'WET',
  'australian eastern': 'AEST',
  'australian central': 'ACST',
  'australian western': 'AWST',
  'gulf standard': 'GST',
  gulf: 'GST',
});
