/**
 * States and provinces people type as their location, for the countries whose regions keep
 * different clocks (United States, Canada, Australia). Each maps to its zones, main one first;
 * a region whose parts keep different clocks lists each part, and the patient is asked which.
 */
export interface TimeZoneRegion {
  readonly name: string;
  readonly country: string;
  /** `[timeZone, part]` pairs; `part` names where in the region that zone applies. */
  readonly zones: readonly (readonly [timeZone: string, part: string])[];
}

const NY = 'America/New_York';
const CHI = 'America/Chicago';
const DEN = 'America/Denver';
const LA = 'America/Los_Angeles';

function us(name: string, ...zones: (readonly [string, string])[]): TimeZoneRegion {
  return { name, country: 'United States', zones };
}

const whole = (timeZone: string): readonly [string, string] => [timeZone, 'most of the state'];

/** The regions table. */
export const TIME_ZONE_REGIONS: readonly TimeZoneRegion[] = [
  us('Alabama', whole(CHI)),
  us('Alaska', whole('America/Anchorage'), ['America/Adak', 'Aleutian Islands']),
  us('Arizona', whole('America/Phoenix'), [DEN, 'Navajo Nation']),
  us('Arkansas', whole(CHI)),
  us('California', whole(LA)),
  us('Colorado', whole(DEN)),
  us('Connecticut', whole(NY)),
  us('Delaware', whole(NY)),
  us('District of Columbia', whole(NY)),
  us('Florida', whole(NY), [CHI, 'western Panhandle (Pensacola)']),
  us('Georgia', whole(NY)),
  us('Hawaii', whole('Pacific/Honolulu')),
  us('Idaho', ['America/Boise', 'southern Idaho (Boise)'], [LA, 'northern Idaho']),
  us('Illinois', whole(CHI)),
  us('Indiana', whole('America/Indiana/Indianapolis'), [CHI, 'north-west and south-west corners']),
  us('Iowa', whole(CHI)),
  us('Kansas', whole(CHI), [DEN, 'western border counties']),
  us(
    'Kentucky',
    ['America/Kentucky/Louisville', 'eastern Kentucky (Louisville)'],
    [CHI, 'western Kentucky'],
  ),
  us('Louisiana', whole(CHI)),
  us('Maine', whole(NY)),
  us('Maryland', whole(NY)),
  us('Massachusetts', whole(NY)),
  us('Michigan', whole('America/Detroit'), [
    'America/Menominee',
    'Upper Peninsula border counties',
  ]),
  us('Minnesota', whole(CHI)),
  us('Mississippi', whole(CHI)),
  us('Missouri', whole(CHI)),
  us('Montana', whole(DEN)),
  us('Nebraska', whole(CHI), [DEN, 'western Nebraska']),
  us('Nevada', whole(LA)),
  us('New Hampshire', whole(NY)),
  us('New Jersey', whole(NY)),
  us('New Mexico', whole(DEN)),
  us('New York State', whole(NY)),
  us('North Carolina', whole(NY)),
  us('North Dakota', whole(CHI), [DEN, 'south-western North Dakota']),
  us('Ohio', whole(NY)),
  us('Oklahoma', whole(CHI)),
  us('Oregon', whole(LA), ['America/Boise', 'Malheur County']),
  us('Pennsylvania', whole(NY)),
  us('Rhode Island', whole(NY)),
  us('South Carolina', whole(NY)),
  us('South Dakota', whole(CHI), [DEN, 'western South Dakota']),
  us('Tennessee', whole(CHI), [NY, 'eastern Tennessee (Knoxville, Chattanooga)']),
  us('Texas', whole(CHI), [DEN, 'far west Texas (El Paso)']),
  us('Utah', whole(DEN)),
  us('Vermont', whole(NY)),
  us('Virginia', whole(NY)),
  us('Washington State', whole(LA)),
  us('West Virginia', whole(NY)),
  us('Wisconsin', whole(CHI)),
  us('Wyoming', whole(DEN)),
  {
    name: 'Ontario',
    country: 'Canada',
    zones: [
      ['America/Toronto', 'most of Ontario'],
      ['America/Winnipeg', 'north-western Ontario'],
    ],
  },
  { name: 'Quebec', country: 'Canada', zones: [['America/Toronto', 'most of Quebec']] },
  {
    name: 'British Columbia',
    country: 'Canada',
    zones: [
      ['America/Vancouver', 'most of British Columbia'],
      ['America/Edmonton', 'south-eastern British Columbia'],
    ],
  },
  { name: 'Alberta', country: 'Canada', zones: [['America/Edmonton', 'all of Alberta']] },
  { name: 'Saskatchewan', country: 'Canada', zones: [['America/Regina', 'most of Saskatchewan']] },
  { name: 'Manitoba', country: 'Canada', zones: [['America/Winnipeg', 'all of Manitoba']] },
  {
    name: 'New Brunswick',
    country: 'Canada',
    zones: [['America/Moncton', 'all of New Brunswick']],
  },
  { name: 'Nova Scotia', country: 'Canada', zones: [['America/Halifax', 'all of Nova Scotia']] },
  {
    name: 'Prince Edward Island',
    country: 'Canada',
    zones: [['America/Halifax', 'all of Prince Edward Island']],
  },
  {
    name: 'Newfoundland',
    country: 'Canada',
    zones: [['America/St_Johns', 'the island of Newfoundland']],
  },
  { name: 'Yukon', country: 'Canada', zones: [['America/Whitehorse', 'all of Yukon']] },
  {
    name: 'Northwest Territories',
    country: 'Canada',
    zones: [['America/Edmonton', 'all of the Northwest Territories']],
  },
  {
    name: 'Nunavut',
    country: 'Canada',
    zones: [
      ['America/Iqaluit', 'eastern Nunavut (Iqaluit)'],
      ['America/Rankin_Inlet', 'central Nunavut'],
      ['America/Cambridge_Bay', 'western Nunavut'],
    ],
  },
  {
    name: 'New South Wales',
    country: 'Australia',
    zones: [
      ['Australia/Sydney', 'most of New South Wales'],
      ['Australia/Broken_Hill', 'Broken Hill'],
    ],
  },
  {
    name: 'Australian Capital Territory',
    country: 'Australia',
    zones: [['Australia/Sydney', 'all of the ACT']],
  },
  { name: 'Victoria', country: 'Australia', zones: [['Australia/Melbourne', 'all of Victoria']] },
  {
    name: 'Queensland',
    country: 'Australia',
    zones: [['Australia/Brisbane', 'all of Queensland']],
  },
  {
    name: 'South Australia',
    country: 'Australia',
    zones: [['Australia/Adelaide', 'all of South Australia']],
  },
  {
    name: 'Western Australia',
    country: 'Australia',
    zones: [['Australia/Perth', 'most of Western Australia']],
  },
  { name: 'Tasmania', country: 'Australia', zones: [['Australia/Hobart', 'all of Tasmania']] },
  {
    name: 'Northern Territory',
    country: 'Australia',
    zones: [['Australia/Darwin', 'all of the Northern Territory']],
  },
];

/** Alternative names of regions, folded like place names: the US state Washington, New York. */
export const REGION_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  washington: 'Washington State',
  'washington dc': 'District of Columbia',
  'washington d c': 'District of Columbia',
  dc: 'District of Columbia',
  'new york': 'New York State',
  nsw: 'New South Wales',
  act: 'Australian Capital Territory',
  qld: 'Queensland',
  tasmania: 'Tasmania',
  pei: 'Prince Edward Island',
  'newfoundland and labrador': 'Newfoundland',
});
