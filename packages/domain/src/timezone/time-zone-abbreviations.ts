import type { TimeZoneCandidate } from './time-zone-resolution';

/**
 * Time zone abbreviations people type, mapped to the zone they most likely live in. An
 * abbreviation that names a summer or winter time (EST, EDT) maps to the zone that keeps both,
 * so the reminders follow the clock changes. Abbreviations used by several regions with
 * different clocks list each of them, and the patient is asked which one is meant: IST (India,
 * Ireland, Israel), CST (US Central, China, Cuba), BST (British Summer Time, Bangladesh), GMT
 * (UTC all year, or UK time with summer time), and also AST, MST, AEST and ACST, where a
 * neighbour keeps no daylight saving.
 */
export const TIME_ZONE_ABBREVIATIONS: Readonly<Record<string, readonly TimeZoneCandidate[]>> =
  Object.freeze({
    EST: [zone('America/New_York', 'US Eastern Time')],
    EDT: [zone('America/New_York', 'US Eastern Time')],
    ET: [zone('America/New_York', 'US Eastern Time')],
    CST: [
      zone('America/Chicago', 'US Central Time'),
      zone('Asia/Shanghai', 'China Standard Time'),
      zone('America/Havana', 'Cuba Standard Time'),
    ],
    CDT: [zone('America/Chicago', 'US Central Time')],
    CT: [zone('America/Chicago', 'US Central Time')],
    MST: [
      zone('America/Denver', 'US Mountain Time (with daylight saving)'),
      zone('America/Phoenix', 'Arizona (no daylight saving)'),
    ],
    MDT: [zone('America/Denver', 'US Mountain Time')],
    MT: [zone('America/Denver', 'US Mountain Time')],
    PST: [zone('America/Los_Angeles', 'US Pacific Time')],
    PDT: [zone('America/Los_Angeles', 'US Pacific Time')],
    PT: [zone('America/Los_Angeles', 'US Pacific Time')],
    AKST: [zone('America/Anchorage', 'Alaska Time')],
    AKDT: [zone('America/Anchorage', 'Alaska Time')],
    HST: [zone('Pacific/Honolulu', 'Hawaii Time')],
    AST: [
      zone('America/Halifax', 'Atlantic Time (Canada)'),
      zone('America/Puerto_Rico', 'Atlantic Time (Puerto Rico, no daylight saving)'),
      zone('Asia/Riyadh', 'Arabia Standard Time'),
    ],
    ADT: [zone('America/Halifax', 'Atlantic Time (Canada)')],
    NST: [zone('America/St_Johns', 'Newfoundland Time')],
    NDT: [zone('America/St_Johns', 'Newfoundland Time')],
    GMT: [
      zone('UTC', 'GMT all year, no daylight saving'),
      zone('Europe/London', 'UK time (GMT in winter, BST in summer)'),
    ],
    BST: [
      zone('Europe/London', 'British Summer Time (UK)'),
      zone('Asia/Dhaka', 'Bangladesh Standard Time'),
    ],
    IST: [
      zone('Asia/Kolkata', 'India Standard Time'),
      zone('Europe/Dublin', 'Irish Standard Time'),
      zone('Asia/Jerusalem', 'Israel Standard Time'),
    ],
    WET: [zone('Europe/Lisbon', 'Western European Time')],
    WEST: [zone('Europe/Lisbon', 'Western European Time')],
    CET: [zone('Europe/Paris', 'Central European Time')],
    CEST: [zone('Europe/Paris', 'Central European Time')],
    EET: [zone('Europe/Athens', 'Eastern European Time')],
    EEST: [zone('Europe/Athens', 'Eastern European Time')],
    MSK: [zone('Europe/Moscow', 'Moscow Time')],
    TRT: [zone('Europe/Istanbul', 'Turkey Time')],
    GST: [zone('Asia/Dubai', 'Gulf Standard Time')],
    IRST: [zone('Asia/Tehran', 'Iran Standard Time')],
    PKT: [zone('Asia/Karachi', 'Pakistan Standard Time')],
    NPT: [zone('Asia/Kathmandu', 'Nepal Time')],
    ICT: [zone('Asia/Bangkok', 'Indochina Time')],
    WIB: [zone('Asia/Jakarta', 'Western Indonesia Time')],
    WITA: [zone('Asia/Makassar', 'Central Indonesia Time')],
    WIT: [zone('Asia/Jayapura', 'Eastern Indonesia Time')],
    SGT: [zone('Asia/Singapore', 'Singapore Time')],
    MYT: [zone('Asia/Kuala_Lumpur', 'Malaysia Time')],
    PHT: [zone('Asia/Manila', 'Philippine Time')],
    PHST: [zone('Asia/Manila', 'Philippine Time')],
    HKT: [zone('Asia/Hong_Kong', 'Hong Kong Time')],
    JST: [zone('Asia/Tokyo', 'Japan Standard Time')],
    KST: [zone('Asia/Seoul', 'Korea Standard Time')],
    AWST: [zone('Australia/Perth', 'Australian Western Time')],
    ACST: [
      zone('Australia/Adelaide', 'Australian Central Time (South Australia, with daylight saving)'),
      zone('Australia/Darwin', 'Australian Central Time (Northern Territory, no daylight saving)'),
    ],
    ACDT: [zone('Australia/Adelaide', 'Australian Central Daylight Time')],
    AEST: [
      zone('Australia/Sydney', 'Australian Eastern Time (NSW, Victoria, Tasmania, ACT)'),
      zone('Australia/Brisbane', 'Australian Eastern Time (Queensland, no daylight saving)'),
    ],
    AEDT: [zone('Australia/Sydney', 'Australian Eastern Daylight Time')],
    LHST: [zone('Australia/Lord_Howe', 'Lord Howe Time')],
    NZST: [zone('Pacific/Auckland', 'New Zealand Time')],
    NZDT: [zone('Pacific/Auckland', 'New Zealand Time')],
    SAST: [zone('Africa/Johannesburg', 'South Africa Standard Time')],
    WAT: [zone('Africa/Lagos', 'West Africa Time')],
    CAT: [zone('Africa/Maputo', 'Central Africa Time')],
    EAT: [zone('Africa/Nairobi', 'East Africa Time')],
    BRT: [zone('America/Sao_Paulo', 'Brasília Time')],
    ART: [zone('America/Argentina/Buenos_Aires', 'Argentina Time')],
    CLT: [zone('America/Santiago', 'Chile Time')],
    COT: [zone('America/Bogota', 'Colombia Time')],
    PET: [zone('America/Lima', 'Peru Time')],
  });

function zone(timeZone: string, name: string): TimeZoneCandidate {
  return { timeZone, label: `${name} (${timeZone})` };
}
