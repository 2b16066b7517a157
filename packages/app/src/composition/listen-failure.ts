/**
 * The one line to log when the HTTP address cannot be bound, or null for a failure that is not
 * about the address (logged with its error then). `port` is the configured port.
 */
export function listenFailureMessage(error: unknown, port: number): string | null {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const other = port === 8123 ? 8124 : 8123;
  if (code === 'EADDRINUSE') {
    return `port ${port} is in use; set PORT to another port (PORT=${other} npm start)`;
  }
  if (code === 'EACCES') {
    return `port ${port} is not permitted for this user; set PORT to a port above 1023 (PORT=${other} npm start)`;
  }
  if (code === 'EADDRNOTAVAIL') {
    return `the listen address is not on this machine; unset HOST or set it to 127.0.0.1`;
  }
  return null;
}
