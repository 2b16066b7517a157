/**
 * Non-English sig phrases that the corpus holds (Spanish with stripped accents, Thai, Tamil),
 * rewritten into the English forms the rest of the parser reads.
 */
const FOREIGN_PHRASES: readonly (readonly [RegExp, string])[] = [
  // Spanish (accents are often lost in EHR exports: "vía" → "va", "día" → "da").
  [/\bseg[uú]?n se necesite\b/g, ' as needed '],
  [/\bpor v[ií]?a oral\b/g, ' by mouth '],
  [/\bveces al d[ií]?a\b/g, ' times a day '],
  [/\bal d[ií]?a\b/g, ' a day '],
  [/\bpor (\d)/g, ' for $1'],
  // Instruction verbs (infinitive, formal and familiar imperative) are never drug names.
  [/\b(?:tomar|tome|toma|tomen)\b/g, ' take '],
  [/\b(?:aplicar|aplique|aplica|apliquen)\b/g, ' apply '],
  [/\b(?:instilar|instile|instila|instilen)\b/g, ' instill '],
  [/\b(?:usar|usa|usen)\b/g, ' use '],
  [/\b(?:inyectar|inyecte|inyecta)\b/g, ' inject '],
  [/\b(?:colocar|coloque|coloca|insertar|inserte)\b/g, ' insert '],
  [/\b(?:inhalar|inhale)\b/g, ' inhale '],
  [/\bc[aá]psulas?\b/g, ' capsule '],
  [/\bgotas?\b/g, ' drop '],
  [/\bojos?\b/g, ' eye '],
  [/\bvez\b/g, ' times '],
  [/\b(?:diariamente|diario)\b/g, ' daily '],
  [/\bsemanas?\b/g, ' weeks '],
  [/\bnoche\b/g, ' night '],
  [/\bma[nñ]ana\b/g, ' morning '],
  [/\buna?\b/g, ' 1 '],
  [/\bdos\b/g, ' 2 '],
  [/\btres\b/g, ' 3 '],
  [/\bcada\b/g, ' every '],
  [/\bhoras\b/g, ' hours '],
  [/\bd[ií]?as\b/g, ' days '],
  // Thai.
  [/หยอดตา/g, ' instill eye '],
  [/ขวา/g, ' right '],
  [/ซ้าย/g, ' left '],
  [/วันละ\s*(\d+)\s*ครั้ง/g, ' $1 times a day '],
  [/ก่อนอาหาร/g, ' before meals '],
  [/หลังอาหาร/g, ' after meals '],
  [/ก่อนนอน/g, ' bedtime '],
  [/กลางวัน/g, ' noon '],
  [/เช้า/g, ' morning '],
  [/เย็น/g, ' evening '],
  [/เม็ด/g, ' tablet '],
  [/วัน/g, ' days '],
  [/หยด/g, ' drop '],
  // Tamil.
  [/உணவுக்குப்\s*பின்/g, ' after food '],
  [/உணவுக்கு\s*முன்/g, ' before food '],
  [/நாட்கள்/g, ' days '],
];

/** Rewrites the known Spanish, Thai and Tamil sig phrases into English (input lower-cased). */
export function translateForeignSigWords(text: string): string {
  return FOREIGN_PHRASES.reduce(
    (current, [pattern, english]) => current.replace(pattern, english),
    text,
  );
}
