import type { Request, Response } from 'express';
import type { Logger } from '../logging/logger';
import { parseChatRequest } from './chat-request';
import type { ChatRouteContext } from './chat-route';

/**
 * `POST /chat-streaming` `{"prompt": "..."}` answers as Server-Sent Events
 * (`text/event-stream`), written as the model produces text:
 * - `event: delta` with `data: {"text": "..."}` for each piece of text;
 * - `event: done` with `data: {"reply": "...", "actions": [...]}` once at the end;
 * - `event: error` with `data: {"error": "..."}` if the turn fails after streaming began
 *   (the status is already 200 by then, so the failure travels in the stream).
 * A bad body gets 400 JSON before any event. A user's turns run one at a time in their lane
 * (shared with `/chat`); 503 JSON when too many wait.
 */
export function chatStreamingRoute(deps: ChatRouteContext, logger: Logger) {
  return async (request: Request, response: Response): Promise<void> => {
    const parsed = parseChatRequest(request.body);
    if (!parsed.ok) {
      response.status(400).json({ error: `invalid chat request: ${parsed.problem}` });
      return;
    }
    const userId = await deps.chatUserId();
    const release = await deps.lanes.acquire(userId);
    try {
      await streamTurn(deps, userId, parsed.prompt, response, logger);
    } finally {
      release();
    }
  };
}

async function streamTurn(
  deps: ChatRouteContext,
  userId: string,
  prompt: string,
  response: Response,
  logger: Logger,
): Promise<void> {
  response.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    'X-Accel-Buffering': 'no',
  });
  response.flushHeaders();
  try {
    for await (const event of deps.turns.stream(userId, prompt)) {
      if (event.kind === 'textDelta') writeEvent(response, 'delta', { text: event.text });
      else
        writeEvent(response, 'done', { reply: event.result.text, actions: event.result.actions });
    }
  } catch (error) {
    logger.error('chat stream failed', { err: error });
    writeEvent(response, 'error', { error: 'the turn failed; please try again' });
  }
  response.end();
}

function writeEvent(response: Response, event: string, data: unknown): void {
  response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}
