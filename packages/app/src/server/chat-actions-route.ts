import type { Request, Response } from 'express';
import { z } from 'zod';
import { confirmDraft } from '../intake/confirm-draft';
import type { ChatRouteContext } from './chat-route';

/** The body of `POST /chat/actions`: one of the `actions` a `/chat` reply returned. */
export const chatActionRequestSchema = z.strictObject({
  action: z.strictObject({
    kind: z.literal('confirmPrescription'),
    prescriptionId: z.string().trim().min(1, 'must not be empty').max(200),
    /** Accepted so a client can send an action back exactly as `/chat` returned it. */
    label: z.string().optional(),
  }),
});

/**
 * `POST /chat/actions` `{"action": {"kind": "confirmPrescription", "prescriptionId": "..."}}`
 * presses a button a `/chat` reply offered, for the `/chat` user, through the same confirm
 * path as the Telegram button:
 * - `200 {"result": "saved", "prescriptionId", "reply"}` when the draft is saved now;
 * - `200 {"result": "alreadySaved", ...}` when it was saved before (nothing changes);
 * - `404` when no such prescription exists for this user (unknown or expired draft);
 * - `400` when the body is not such an action.
 */
export function chatActionsRoute(deps: ChatRouteContext) {
  return async (request: Request, response: Response): Promise<void> => {
    const parsed = chatActionRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      response.status(400).json({ error: `invalid chat action: ${firstProblem(parsed.error)}` });
      return;
    }
    const { prescriptionId } = parsed.data.action;
    const userId = await deps.chatUserId();
    const outcome = await deps.lanes.run(userId, () =>
      confirmDraft(deps.prescriptions, userId, prescriptionId),
    );
    if (outcome.kind === 'notFound') {
      response.status(404).json({
        error: `no prescription ${prescriptionId} to confirm: it expired or is unknown; send it again`,
      });
      return;
    }
    const { medication } = outcome.prescription;
    response.status(200).json({
      result: outcome.kind,
      prescriptionId,
      reply:
        outcome.kind === 'saved' ? `Saved \u2705 ${medication}` : `Already saved: ${medication}`,
    });
  };
}

function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue === undefined || issue.path.length === 0 ? 'body' : issue.path.join('.');
  return `${path}: ${issue?.message ?? 'invalid'}`;
}
