import { z } from 'zod';

/** Longest prompt `/chat` accepts, in characters. */
export const MAX_PROMPT_LENGTH = 4000;

/** The body of `POST /chat` and `POST /chat-streaming`. */
export const chatRequestSchema = z.object({
  prompt: z.string().trim().min(1, 'must not be empty').max(MAX_PROMPT_LENGTH),
});

/** Parses a chat body into the prompt, or a problem naming the bad field. */
export function parseChatRequest(
  body: unknown,
):
  | { readonly ok: true; readonly prompt: string }
  | { readonly ok: false; readonly problem: string } {
  const result = chatRequestSchema.safeParse(body);
  if (result.success) return { ok: true, prompt: result.data.prompt };
  const issue = result.error.issues[0];
  const path = issue === undefined || issue.path.length === 0 ? 'body' : issue.path.join('.');
  return { ok: false, problem: `${path}: ${issue?.message ?? 'invalid'}` };
}
