import type { FhirIssue } from '@ctrl-alt-heal/domain';
import { fhirIssuesReplyHtml, MAX_LISTED_ISSUES } from './fhir-import-reply';

function issue(n: number, severity: FhirIssue['severity'] = 'error'): FhirIssue {
  return { severity, code: 'required', path: `Bundle.entry[${n}]`, message: 'is <missing>' };
}

describe('fhirIssuesReplyHtml', () => {
  describe('when there are more errors than are listed', () => {
    it('lists the first ones escaped, counts the rest and leaves out warnings', () => {
      const issues = [issue(0, 'warning'), ...Array.from({ length: 10 }, (_, n) => issue(n + 1))];

      const lines = fhirIssuesReplyHtml(issues).split('\n');

      expect(lines).toHaveLength(MAX_LISTED_ISSUES + 2);
      expect(lines[0]).toBe('I could not use that file, so I saved nothing. What is wrong:');
      expect(lines[1]).toBe('\u2022 Bundle.entry[1]: is &lt;missing&gt;');
      expect(lines.at(-1)).toBe('\u2022 and 2 more');
    });
  });
});
