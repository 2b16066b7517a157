import {
  runTurn,
  streamTurn,
  type AgentDeps,
  type ProfileStore,
  type TurnResult,
  type VerifiedUser,
} from '@ctrl-alt-heal/agent';
import type { TurnReply, TurnRunner, TurnStreamEvent } from '../intake/turn-runner';

/** What {@link createAgentTurnRunner} needs. */
export interface AgentTurnRunnerOptions {
  readonly agent: AgentDeps;
  readonly profiles: Pick<ProfileStore, 'get'>;
  /** The app's clock. */
  readonly now: () => Date;
}

/**
 * Adapts the agent's turn loop to the app's {@link TurnRunner}: reads the user's zone from the
 * profile, stamps the turn with the clock and keeps only what the adapters need.
 */
export function createAgentTurnRunner(options: AgentTurnRunnerOptions): TurnRunner {
  const verifiedUser = async (userId: string): Promise<VerifiedUser> => {
    const profile = await options.profiles.get(userId);
    return { userId, timeZone: profile?.timeZone ?? null };
  };
  return {
    run: async (userId: string, text: string): Promise<TurnReply> => {
      const user = await verifiedUser(userId);
      return toReply(await runTurn({ user, text, now: options.now() }, options.agent));
    },
    stream: async function* (userId: string, text: string): AsyncIterable<TurnStreamEvent> {
      const user = await verifiedUser(userId);
      for await (const event of streamTurn({ user, text, now: options.now() }, options.agent)) {
        yield event.kind === 'textDelta'
          ? event
          : { kind: 'result', result: toReply(event.result) };
      }
    },
  };
}

function toReply(result: TurnResult): TurnReply {
  return {
    text: result.text,
    actions: result.actions,
    modelId: result.modelId,
    usage: result.usage,
  };
}
