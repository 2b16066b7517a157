/** Severity of a log line; `debug` is off in production. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Variable data of a log line: ids, counts, codes. Never message text, health data or secrets. */
export type LogFields = Readonly<Record<string, unknown>>;

/**
 * The one logger every component receives. `msg` is a constant lowercase phrase so log
 * queries can group on it; everything variable goes in `fields`. Errors go in a field named
 * `err` and are written with their cause chain.
 */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line it writes. */
  child(fields: LogFields): Logger;
}

/** Numeric order of the levels, lowest first. */
export const LOG_LEVEL_ORDER: Readonly<Record<LogLevel, number>> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
};
