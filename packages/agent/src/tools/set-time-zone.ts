import { resolveTimeZone, type TimeZoneResolution } from '@ctrl-alt-heal/domain';
import { z } from 'zod';

import { type AgentTool, defineTool, type ToolOutcome } from './agent-tool';
import { joinWords } from './schedule-description';
import type { ToolDeps } from './tool-deps';

/** Name the model calls. */
export const SET_TIME_ZONE = 'set_time_zone';

/** Longest zone text accepted, in characters. */
export const MAX_ZONE_TEXT_LENGTH = 100;

/** The outcome for a zone that cannot be stored: the question or the suggestions. */
function unresolvedOutcome(
  resolution: Exclude<TimeZoneResolution, { kind: 'resolved' }>,
): ToolOutcome {
  if (resolution.kind === 'ambiguous') {
    const candidates = resolution.candidates.map(({ timeZone, label }) => ({ timeZone, label }));
    const choices = candidates.map((candidate) => `- ${candidate.label}`).join('\n');
    return {
      status: 'error',
      summary: `${resolution.message}\n${choices}`,
      data: { kind: resolution.kind, candidates },
    };
  }
  const suggestions = [...resolution.suggestions];
  const hint = suggestions.length === 0 ? '' : ` Did you mean ${joinWords(suggestions)}?`;
  return {
    status: 'error',
    summary: `${resolution.message}${hint}`,
    data: { kind: resolution.kind, suggestions },
  };
}

/**
 * `set_time_zone {zone}`: resolves what the patient said ("London", "IST", "Asia/Kolkata")
 * to an IANA zone and stores it in their profile. An ambiguous or unknown zone stores
 * nothing and returns the question or suggestions to pass on.
 */
export function createSetTimeZoneTool(deps: ToolDeps): AgentTool {
  return defineTool({
    name: SET_TIME_ZONE,
    description:
      "Sets the patient's time zone from a place or zone name they gave, so times and reminders follow their local clock.",
    input: z.strictObject({
      zone: z
        .string()
        .trim()
        .min(1)
        .max(MAX_ZONE_TEXT_LENGTH)
        .describe('A city, country or time zone name as the patient said it.'),
    }),
    run: async ({ zone }, context): Promise<ToolOutcome> => {
      const resolved = resolveTimeZone(zone);
      if (resolved.kind !== 'resolved') {
        return unresolvedOutcome(resolved);
      }
      await deps.profiles.setTimeZone(context.userId, resolved.timeZone);
      return {
        status: 'success',
        summary: `Thank you. Your time zone is now ${resolved.label}. Times and reminders will follow your local clock.`,
        data: { kind: 'resolved', timeZone: resolved.timeZone },
      };
    },
  });
}
