/**
 * The batch block cutter (raw bytes → blocks of whole lines, decoded in the workers) against
 * the streaming line reader it replaced in the batch path (still used for --resume files):
 * the same lines for any bytes, any read sizes and any block limits.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { blockLines, decodeBlock, readBlocks, readLines } from '../src/node/lines';

function streamOf(bytes: Uint8Array, cuts: number[]): Readable {
  const pieces: Buffer[] = [];
  let at = 0;
  for (const c of cuts) {
    const end = Math.min(bytes.length, at + c);
    if (end > at) pieces.push(Buffer.from(bytes.subarray(at, end)));
    at = end;
  }
  if (at < bytes.length) pieces.push(Buffer.from(bytes.subarray(at)));
  return Readable.from(pieces, { objectMode: false });
}

async function viaLines(bytes: Uint8Array, cuts: number[]): Promise<string[]> {
  const out: string[] = [];
  for await (const l of readLines(streamOf(bytes, cuts))) out.push(l.text);
  return out;
}

async function viaBlocks(bytes: Uint8Array, cuts: number[], maxLines: number, maxBytes: number): Promise<{ lines: string[]; blocks: Uint8Array[] }> {
  const lines: string[] = [];
  const blocks: Uint8Array[] = [];
  for await (const b of readBlocks(streamOf(bytes, cuts), maxLines, maxBytes)) {
    blocks.push(b.bytes);
    for (const l of blockLines(decodeBlock(b.bytes))) lines.push(l);
  }
  return { lines, blocks };
}

// Bytes weighted towards what matters: newlines, CR, multi-byte UTF-8 lead and continuation bytes, invalid bytes.
const byte = fc.oneof(
  fc.constantFrom(0x0a, 0x0d, 0x22, 0x7b, 0x7d),
  fc.constantFrom(0xd8, 0xd9, 0xa7, 0x84, 0x85, 0xe2, 0x80, 0xf0, 0x9f, 0xff, 0xc0),
  fc.integer({ min: 0x20, max: 0x7e }),
);

describe('readBlocks + blockLines = readLines', () => {
  test('random bytes, random read sizes, random block limits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(byte, { maxLength: 400 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 64 }),
        async (arr, cuts, maxLines, maxBytes) => {
          const bytes = Uint8Array.from(arr);
          const { lines, blocks } = await viaBlocks(bytes, cuts, maxLines, maxBytes);
          expect(lines).toEqual(await viaLines(bytes, cuts));
          // Blocks are the input, in order, cut only after a newline, within the line limit.
          expect(Buffer.concat(blocks).equals(Buffer.from(bytes))).toBe(true);
          for (const b of blocks.slice(0, -1)) expect(b[b.length - 1]).toBe(0x0a);
          for (const b of blocks) expect(b.filter((x) => x === 0x0a).length).toBeLessThanOrEqual(maxLines);
          // Each block owns its ArrayBuffer exactly (a structured clone copies no more than the block).
          for (const b of blocks) expect(b.buffer.byteLength).toBe(b.byteLength);
        },
      ),
      { numRuns: 300 },
    );
  });

  test.each([
    ['empty input', ''],
    ['one newline', '\n'],
    ['no final newline', 'a\nb'],
    ['CRLF and a lone CR at the end', 'a\r\nb\r\n\r'],
    ['blank lines', '\n\n\nx\n'],
  ])('%s', async (_name, text) => {
    const bytes = Buffer.from(text);
    for (const cuts of [[], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]) {
      expect((await viaBlocks(bytes, cuts, 2, 1 << 18)).lines).toEqual(await viaLines(bytes, cuts));
    }
  });
});
