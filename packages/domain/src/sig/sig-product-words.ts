/** Vocabulary that tells a drug name from the instructions around it. */

/** Words of the instructions themselves: a "name" holding one of them is no drug name. */
export const SIG_WORDS = new Set(
  (
    'take tk use apply inject instill place give insert spray swish swallow shake discard follow ' +
    'have inhale chew dissolve rinse mix put administer infuse sig po by mouth oral orally daily ' +
    'once twice thrice every each day days week weeks month times time dose doses as needed prn ' +
    'directed qd od bid bd tid tds qid qds qw qhs hs qod morning evening night bedtime nocte mane ' +
    'before after with food meals meal breakfast lunch dinner then and for to in on at of the a ' +
    'up taper rapid initially until stat q x per tablet tablets iv im sc subq eye eyes ear ears ' +
    'start starting increase decrease reduce continue stop then repeat nebulize nebulise ' +
    'gargle wash soak massage rub cleanse dab dilute sprinkle suck drink squirt irrigate instil ' +
    'rx label directions instructions mitte disp wear remove leave wait check monitor avoid store keep them it this these those your my medicine medication med meds drug contents all both affected area skin please only if needed required'
  ).split(' '),
);

/** Dose-form words and the dose unit each names (null when it names none). */
export const FORM_WORDS: Readonly<Record<string, string | null>> = {
  // "T. Pantop 40": a lone T before the name is the tablet prefix.
  t: 'tablet',
  tab: 'tablet',
  tabs: 'tablet',
  tablet: 'tablet',
  tablets: 'tablet',
  cap: 'capsule',
  caps: 'capsule',
  capsule: 'capsule',
  capsules: 'capsule',
  ampoule: 'ampoule',
  ampoules: 'ampoule',
  vial: 'vial',
  vials: 'vial',
  suppository: 'suppository',
  suppositories: 'suppository',
  patch: 'patch',
  implant: 'implant',
  implants: 'implant',
  patches: 'patch',
  syrup: null,
  syp: null,
  suspension: null,
  solution: null,
  injection: null,
  inj: null,
  cream: null,
  ointment: null,
  oint: null,
  ung: null,
  gel: null,
  lotion: null,
  liquid: null,
  medicated: null,
  plaster: 'plaster',
  plasters: 'plaster',
  transdermal: null,
  drops: null,
  inhaler: null,
  for: null,
};
