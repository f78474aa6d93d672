/**
 * Streaming line splitter: yields one string per `\n`-terminated line (a trailing `\r` is
 * dropped) and the byte count consumed so far. Lines are split on `\n` only — not on a lone
 * `\r` as readline does — so a JSON line never breaks on white space inside it. The stream is
 * consumed with `for await`, so it is paused while the consumer is busy (backpressure).
 */
import { Buffer } from 'node:buffer';
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
  /** 1-based number of the block's first line in the input (BOM and skipped lines counted as the input has them). */
  firstLine: number;
  /** Lines in the block (its last line may lack its `\n` only at the end of the input). */
  lines: number;
  /** Bytes of input read so far (for progress). */
  bytesRead: number;
}

export interface BlockOptions {
  /** Leave out the first N lines of the input (`--resume`): they are not yielded, but counted in `firstLine`. */
  skipLines?: number;
  /** Drop a UTF-8 byte-order mark at the very start of the input (default true). */
  stripBom?: boolean;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * The input's chunks as bytes, less a UTF-8 BOM at its very start (the BOM may arrive split
 * over several chunks).
 */
export async function* withoutBom(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  let head: number[] | null = [];
  for await (const chunk of stream) {
    const buf: Uint8Array = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (head === null) {
      yield buf;
      continue;
    }
    let i = 0;
    while (i < buf.length && head.length < 3 && buf[i] === BOM[head.length]) head.push(buf[i++]);
    if (head.length === 3) {
      head = null;
      if (i < buf.length) yield buf.subarray(i);
    } else if (i < buf.length) {
      // Not a BOM: give back the bytes held so far, then the rest.
      const held = Uint8Array.from(head);
      head = null;
      if (held.length > 0) yield held;
      yield buf.subarray(i);
    }
  }
  if (head !== null && head.length > 0) yield Uint8Array.from(head);
}

/**
 * Streaming block cutter for batch: cuts the raw input at `\n` bytes into blocks of at most
 * `maxLines` lines, closing a block once it holds `maxBytes` bytes. Nothing is decoded here: a
 * `\n` byte never occurs inside a multi-byte UTF-8 sequence, so every block is whole lines and
 * is decoded exactly as `readLines` would. The input's last line may lack its `\n`; it ends
 * the last block. The stream's buffers are copied, never kept (a stream may reuse them).
 */
export async function* readBlocks(stream: AsyncIterable<Uint8Array | string>, maxLines: number, maxBytes: number, options: BlockOptions = {}): AsyncGenerator<Block> {
  let toSkip = Math.max(0, options.skipLines ?? 0);
  let parts: Uint8Array[] = [];
  let partBytes = 0;
  let lines = 0;
  let nextLine = toSkip + 1;
  let bytesRead = 0;
  const cut = (last: Uint8Array | null, complete: number): Block => {
    const size = partBytes + (last ? last.byteLength : 0);
    const block = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      block.set(p, at);
      at += p.byteLength;
    }
    if (last) block.set(last, at);
    const out: Block = { bytes: block, firstLine: nextLine, lines: complete, bytesRead };
    nextLine += complete;
    parts = [];
    partBytes = 0;
    lines = 0;
    return out;
  };
  const source = options.stripBom === false ? stream : withoutBom(stream);
  for await (const chunk of source) {
    const buf: Uint8Array = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytesRead += buf.length;
    let start = 0;
    let from = 0;
    while (toSkip > 0) {
      const nl = buf.indexOf(0x0a, from);
      if (nl < 0) break;
      from = start = nl + 1;
      toSkip--;
    }
    if (toSkip > 0) continue;
    for (;;) {
      const nl = buf.indexOf(0x0a, from);
      if (nl < 0) break;
      from = nl + 1;
      lines++;
      if (lines >= maxLines || partBytes + (from - start) >= maxBytes) {
        yield cut(buf.subarray(start, from), lines);
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
  // The rest: whole lines, and perhaps a last line without its newline.
  if (partBytes > 0) {
    const last = parts[parts.length - 1];
    yield cut(null, lines + (last[last.length - 1] === 0x0a ? 0 : 1));
  }
}
