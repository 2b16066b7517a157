import type { Request, Response } from 'express';
import type { TurnRunner } from '../intake/turn-runner';
import { parseChatRequest } from './chat-request';

/** What the chat routes need. */
export interface ChatRouteDeps {
  readonly turns: TurnRunner;
  /** The internal user `/chat` speaks for (one local user). */
  readonly chatUserId: () => Promise<string>;
}

/**
 * `POST /chat` `{"prompt": "..."}` → `200 {"reply": "...", "actions": [...]}`; 400 when the
 * body is not `{prompt: non-empty string}`. Failures go to the error boundary (500).
 */
export function chatRoute(deps: ChatRouteDeps) {
  return async (request: Request, response: Response): Promise<void> => {
    const parsed = parseChatRequest(request.body);
    if (!parsed.ok) {
      response.status(400).json({ error: `invalid chat request: ${parsed.problem}` });
      return;
    }
    const userId = await deps.chatUserId();
    const reply = await deps.turns.run(userId, parsed.prompt);
    response.status(200).json({ reply: reply.text, actions: reply.actions });
  };
}
