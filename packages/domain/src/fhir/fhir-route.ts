import type { CodeableConcept } from '@medplum/fhirtypes';
import type { Route } from '../sig/sig-reading';

/** SNOMED CT, the code system of the FHIR R4 route-codes value set. */
export const SNOMED_SYSTEM = 'http://snomed.info/sct';

interface RouteCode {
  readonly code: string;
  readonly display: string;
  /** Lower-case words a sender may write in `route.text` for this route. */
  readonly words: readonly string[];
}

const ROUTE_CODES: Readonly<Record<Route, RouteCode>> = {
  oral: { code: '26643006', display: 'Oral route', words: ['oral', 'by mouth', 'po', 'orally'] },
  topical: { code: '6064005', display: 'Topical route', words: ['topical', 'topically', 'skin'] },
  inhaled: {
    code: '447694001',
    display: 'Respiratory tract route',
    words: ['inhaled', 'inhalation', 'respiratory tract', 'inh'],
  },
  subcutaneous: {
    code: '34206005',
    display: 'Subcutaneous route',
    words: ['subcutaneous', 'subcutaneously', 'sc', 'sq', 'subcut'],
  },
  intramuscular: {
    code: '78421000',
    display: 'Intramuscular route',
    words: ['intramuscular', 'intramuscularly', 'im'],
  },
  ophthalmic: { code: '54485002', display: 'Ophthalmic route', words: ['ophthalmic', 'eye'] },
  otic: { code: '10547007', display: 'Otic route', words: ['otic', 'ear', 'auricular'] },
  nasal: { code: '46713006', display: 'Nasal route', words: ['nasal', 'intranasal', 'nose'] },
  rectal: { code: '37161004', display: 'Rectal route', words: ['rectal', 'rectally', 'pr'] },
  vaginal: { code: '16857009', display: 'Vaginal route', words: ['vaginal', 'vaginally', 'pv'] },
  transdermal: { code: '45890007', display: 'Transdermal route', words: ['transdermal'] },
  sublingual: { code: '37839007', display: 'Sublingual route', words: ['sublingual', 'sl'] },
  intravenous: {
    code: '47625008',
    display: 'Intravenous route',
    words: ['intravenous', 'intravenously', 'iv'],
  },
};

const ROUTES = Object.keys(ROUTE_CODES) as Route[];

/**
 * Codes a route as FHIR `Dosage.route`: one SNOMED CT coding from the R4 route-codes value set,
 * with the route name as `text`.
 */
export function routeToCodeableConcept(route: Route): CodeableConcept {
  const { code, display } = ROUTE_CODES[route];
  return { coding: [{ system: SNOMED_SYSTEM, code, display }], text: route };
}

/**
 * Reads a FHIR `Dosage.route`: a SNOMED CT coding wins, then the text or a coding's display
 * matched against known route words (case-insensitive). Returns null when nothing matches.
 */
export function routeFromCodeableConcept(concept: CodeableConcept): Route | null {
  for (const coding of concept.coding ?? []) {
    if (coding.system !== SNOMED_SYSTEM) continue;
    const route = ROUTES.find((r) => ROUTE_CODES[r].code === coding.code);
    if (route) return route;
  }
  const labels = [concept.text, ...(concept.coding ?? []).map((c) => c.display)];
  for (const label of labels) {
    const route = label === undefined ? null : routeFromWords(label);
    if (route) return route;
  }
  return null;
}

function routeFromWords(label: string): Route | null {
  const normalized = label
    .toLowerCase()
    .replace(/\broute\b/g, '')
    .trim();
  return ROUTES.find((r) => r === normalized || ROUTE_CODES[r].words.includes(normalized)) ?? null;
}
