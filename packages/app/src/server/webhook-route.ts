import type { Request, Response } from 'express';
import type { UpdateIntake } from '../intake/update-intake';
import type { Logger } from '../logging/logger';
import { parseTelegramUpdate } from '../telegram/telegram-update-schema';

/**
 * `POST /webhook` after the secret check and JSON parsing: validates the update (400 with the
 * first bad field), then claims and queues it and answers 200 before the turn runs. A
 * duplicate gets 200 too. When the claim cannot be decided or the queue is full the answer is
 * 503, so Telegram redelivers later; once claimed, nothing that happens later changes the 200.
 * Telegram redelivers a 400 as well, so the update schema checks only the fields the handlers
 * read and lets every other update type through (it is then ignored, answered 200).
 */
export function webhookRoute(intake: UpdateIntake, logger: Logger) {
  return async (request: Request, response: Response): Promise<void> => {
    const parsed = parseTelegramUpdate(request.body);
    if (!parsed.ok) {
      response.status(400).json({ error: `invalid Telegram update: ${parsed.problem}` });
      return;
    }

    const updateId = parsed.update.update_id;
    try {
      const outcome = await intake.accept(parsed.update);
      if (outcome === 'busy') {
        response.status(503).set('Retry-After', '5').json({ error: 'busy, retry later' });
        return;
      }
      response.status(200).json({ ok: true });
    } catch (error) {
      logger.error('update claim failed', { update_id: updateId, err: error });
      response.status(503).json({ error: 'temporarily unavailable, retry later' });
    }
  };
}
