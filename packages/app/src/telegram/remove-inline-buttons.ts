import type { Context } from 'grammy';
import type { Logger } from '../logging/logger';

/**
 * Removes the inline keyboard of the message whose button was pressed, so a choice cannot be
 * made twice by accident. A failure is only logged: what the button did is already done, and
 * every button handler is safe to run again.
 */
export async function removeInlineButtons(ctx: Context, logger: Logger): Promise<void> {
  if (ctx.callbackQuery?.message === undefined) return;
  try {
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } });
  } catch (error) {
    logger.warn('inline buttons not removed', { err: error });
  }
}
