/**
 * `npm start` entry: embedded defaults at http://127.0.0.1:8000 and a short greeting saying how
 * to try /chat with curl. With TELEGRAM_BOT_TOKEN set it long-polls Telegram (no public URL
 * needed) unless TELEGRAM_UPDATE_MODE=webhook.
 */
import { runEntry } from './composition/run-entry';

void runEntry({
  entryDir: __dirname,
  defaultUpdateMode: 'polling',
  greet: true,
  stopWithLaunchers: true,
});
