import { LOG_LEVEL_ORDER, type LogFields, type LogLevel, type Logger } from './logger';
import { RedactionList } from './redaction-list';
import { serializeError } from './serialize-error';

/** Settings of {@link createJsonLogger}. */
export interface JsonLoggerOptions {
  /** Written as `service` on every line. */
  readonly service: string;
  /** Lowest level written. Default `info`. */
  readonly level?: LogLevel;
  /** Receives each line without its newline. Default: `process.stdout`. */
  readonly write?: (line: string) => void;
  /** Clock for the `time` field. Default `() => new Date()`. */
  readonly now?: () => Date;
  /** Secret values replaced by `[redacted]` in every line. Default: an empty list. */
  readonly redaction?: RedactionList;
}

/**
 * A {@link Logger} writing one JSON object per line: `level`, `time`, `msg`, `service`, then
 * the fields. A field named `err` is written with its cause chain. Every line passes through the
 * redaction list last, so a secret never leaves the process even inside an error message.
 */
export function createJsonLogger(options: JsonLoggerOptions): Logger {
  const settings: LoggerSettings = {
    service: options.service,
    threshold: LOG_LEVEL_ORDER[options.level ?? 'info'],
    write: options.write ?? ((line: string): void => void process.stdout.write(`${line}\n`)),
    now: options.now ?? ((): Date => new Date()),
    redaction: options.redaction ?? new RedactionList(),
  };
  return buildLogger(settings, {});
}

interface LoggerSettings {
  readonly service: string;
  readonly threshold: number;
  readonly write: (line: string) => void;
  readonly now: () => Date;
  readonly redaction: RedactionList;
}

function buildLogger(settings: LoggerSettings, bound: LogFields): Logger {
  const log =
    (level: LogLevel) =>
    (msg: string, fields?: LogFields): void => {
      if (LOG_LEVEL_ORDER[level] < settings.threshold) return;
      settings.write(formatLine(settings, level, msg, { ...bound, ...fields }));
    };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (fields: LogFields): Logger => buildLogger(settings, { ...bound, ...fields }),
  };
}

function formatLine(
  settings: LoggerSettings,
  level: LogLevel,
  msg: string,
  fields: LogFields,
): string {
  const entry: Record<string, unknown> = {
    level,
    time: settings.now().toISOString(),
    msg,
    service: settings.service,
  };
  for (const [key, value] of Object.entries(fields)) {
    if (key in entry) continue;
    entry[key] = key === 'err' ? serializeError(value) : value;
  }
  return settings.redaction.apply(safeStringify(entry));
}

function safeStringify(entry: Record<string, unknown>): string {
  try {
    return JSON.stringify(entry, (_key, value: unknown) =>
      typeof value === 'bigint' ? value.toString() : value,
    );
  } catch (error) {
    // A circular field must not lose the line: write the constant parts and say why.
    return JSON.stringify({
      level: entry.level,
      time: entry.time,
      msg: entry.msg,
      service: entry.service,
      logError: error instanceof Error ? error.message : 'unserializable fields',
    });
  }
}
