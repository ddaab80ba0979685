import type { ServerResponse } from 'node:http';

/** What endless answers sent: body bytes written, and how many answers the client hung up on. */
export interface EndlessTally {
  bytesSent: number;
  closedByClient: number;
}

/**
 * Answers 200 with `prefix` and then `{},` forever, as JSON that never closes, pausing whenever
 * the socket buffer is full, so it sends only as fast as the client reads, and stopping when the
 * client hangs up. `contentLength` declares a length up front (a lie: the body never ends there).
 */
export function sendEndlessBody(
  response: ServerResponse,
  options: { readonly prefix: string; readonly contentLength?: number },
  tally: EndlessTally,
): void {
  const headers: Record<string, string | number> = { 'Content-Type': 'application/json' };
  if (options.contentLength !== undefined) headers['Content-Length'] = options.contentLength;
  response.writeHead(200, headers);
  const chunk = Buffer.from('{},'.repeat(21_845));
  let open = true;
  response.on('close', () => {
    if (open) tally.closedByClient += 1;
    open = false;
  });
  let prefix: Buffer | undefined = Buffer.from(options.prefix);
  const pump = (): void => {
    while (open && !response.destroyed) {
      const data = prefix ?? chunk;
      prefix = undefined;
      tally.bytesSent += data.length;
      if (!response.write(data)) {
        response.once('drain', pump);
        return;
      }
    }
  };
  pump();
}
