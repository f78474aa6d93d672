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

/**
 * The lines of a block of whole input lines, split as `readLines` splits a stream: on `\n`
 * only, a trailing `\r` dropped; the block's last line may lack its `\n` (the input's last line).
 */
export function blockLines(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  while (from < text.length) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    out.push(stripCr(text.slice(from, nl)));
    from = nl + 1;
  }
  return out;
}

/** UTF-8 text of a block of input bytes (invalid sequences become U+FFFD, as in `readLines`). */
export function decodeBlock(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

export interface Block {
  /** Whole input lines, raw UTF-8, in an ArrayBuffer of their own. */
  bytes: Uint8Array;
  /** Bytes of input read so far (for progress). */
  bytesRead: number;
}

/**
 * Streaming block cutter for the worker threads: cuts the raw input at `\n` bytes into blocks
 * of at most `maxLines` lines, closing a block once it holds `maxBytes` bytes. Nothing is
 * decoded here: a `\n` byte never occurs inside a multi-byte UTF-8 sequence, so every block is
 * whole lines and the worker decodes it exactly as `readLines` would. The input's last line
 * may lack its `\n`; it ends the last block.
 */
export async function* readBlocks(stream: Readable, maxLines: number, maxBytes: number): AsyncGenerator<Block> {
  let parts: Uint8Array[] = [];
  let partBytes = 0;
  let lines = 0;
  let bytesRead = 0;
  const cut = (last: Uint8Array | null): Uint8Array => {
    const size = partBytes + (last ? last.byteLength : 0);
    const block = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      block.set(p, at);
      at += p.byteLength;
    }
    if (last) block.set(last, at);
    parts = [];
    partBytes = 0;
    lines = 0;
    return block;
  };
  for await (const chunk of stream) {
    const buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytesRead += buf.length;
    let start = 0;
    let from = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, from);
      if (nl < 0) break;
      from = nl + 1;
      lines++;
      if (lines >= maxLines || partBytes + (from - start) >= maxBytes) {
        yield { bytes: cut(buf.subarray(start, from)), bytesRead };
        start = from;
      }
    }
    if (start < buf.length) {
      // Copied, as the stream may reuse its buffer: whole lines not yet making a block, and the start of the next line.
      const rest = Uint8Array.prototype.slice.call(buf, start) as Uint8Array;
      parts.push(rest);
      partBytes += rest.byteLength;
    }
  }
  if (partBytes > 0) yield { bytes: cut(null), bytesRead };
}
