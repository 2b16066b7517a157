/**
 * Production entry, bundled into dist/main.js for the image. Runs in aws mode when the deployed
 * tables and secret ids are set, and in embedded mode otherwise (the end-to-end test boots this
 * bundle with CAH_RUNTIME_MODE=embedded). Telegram updates arrive on /webhook.
 */
import { runEntry } from './composition/run-entry';

void runEntry({ entryDir: __dirname, defaultUpdateMode: 'webhook', greet: false });
