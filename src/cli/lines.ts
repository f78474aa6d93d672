/**
 * Streaming line splitter: yields one string per `\n`-terminated line (a trailing `\r` is
 * dropped) and the byte count consumed so far. Lines are split on `\n` only — not on a lone
 * `\r` as readline does — so a JSON line never breaks on white space inside it. The stream is
 * consumed with `for await`, so it is paused while the consumer is busy (backpressure).
 */
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

export interface Line {
  text: string;
  /** Bytes of input read so far (for progress). */
  bytesRead: number;
}

export async function* readLines(stream: Readable): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let pending: string[] = [];
  let bytesRead = 0;
  for await (const chunk of stream) {
    const buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytesRead += buf.length;
    const s = decoder.write(buf);
    let from = 0;
    for (;;) {
      const nl = s.indexOf('\n', from);
      if (nl < 0) break;
      pending.push(s.slice(from, nl));
      const line = pending.length === 1 ? pending[0] : pending.join('');
      pending = [];
      yield { text: stripCr(line), bytesRead };
      from = nl + 1;
    }
    if (from < s.length) pending.push(s.slice(from));
  }
  const tail = decoder.end();
  if (tail) pending.push(tail);
  const last = pending.join('');
  // A final line without a newline still counts; a file ending in "\n" has no extra line.
  if (last.length > 0) yield { text: stripCr(last), bytesRead };
}

function stripCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}
