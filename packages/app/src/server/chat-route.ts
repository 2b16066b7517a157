import type { PrescriptionStore } from '@ctrl-alt-heal/agent';
import type { Request, Response } from 'express';
import type { TurnRunner } from '../intake/turn-runner';
import { parseChatRequest } from './chat-request';
import type { ChatTurnLanes } from './chat-turn-lanes';

/** What the chat routes need. */
export interface ChatRouteDeps {
  readonly turns: TurnRunner;
  /** The internal user `/chat` speaks for (one local user). */
  readonly chatUserId: () => Promise<string>;
  /** Where `POST /chat/actions` confirms drafts (the same store the Telegram button uses). */
  readonly prescriptions: Pick<PrescriptionStore, 'get' | 'confirm'>;
}

/** The chat routes' dependencies plus the per-user lanes {@link createHttpApp} owns. */
export type ChatRouteContext = ChatRouteDeps & { readonly lanes: ChatTurnLanes };

/**
 * `POST /chat` `{"prompt": "..."}` → `200 {"reply": "...", "actions": [...]}`; 400 when the
 * body is not `{prompt: non-empty string}`. A user's turns run one at a time in their lane
 * (503 when too many wait). Other failures go to the error boundary (500).
 */
export function chatRoute(deps: ChatRouteContext) {
  return async (request: Request, response: Response): Promise<void> => {
    const parsed = parseChatRequest(request.body);
    if (!parsed.ok) {
      response.status(400).json({ error: `invalid chat request: ${parsed.problem}` });
      return;
    }
    const userId = await deps.chatUserId();
    const reply = await deps.lanes.run(userId, () => deps.turns.run(userId, parsed.prompt));
    response.status(200).json({ reply: reply.text, actions: reply.actions });
  };
}
