import type { ToolContext } from '../tools/agent-tool';
import type { ReplyAction } from '../tools/reply-action';

/** A tool context for tests, with the actions it collected. */
export interface ToolContextFixture {
  readonly context: ToolContext;
  readonly actions: ReplyAction[];
}

/**
 * Builds a tool context for tests. Defaults: user `user-1`, zone `Asia/Kolkata` (the user's own), now
 * `2026-12-04T04:30:00Z` (10:00 local).
 */
export function buildToolContext(
  overrides: Partial<Omit<ToolContext, 'addAction'>> = {},
): ToolContextFixture {
  const actions: ReplyAction[] = [];
  return {
    actions,
    context: {
      userId: 'user-1',
      timeZone: 'Asia/Kolkata',
      timeZoneIsUsers: true,
      now: new Date('2026-12-04T04:30:00Z'),
      ...overrides,
      addAction: (action) => {
        actions.push(action);
      },
    },
  };
}
