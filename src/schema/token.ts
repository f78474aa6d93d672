import * as z from 'zod';

/** The kinds of token the tokenizer produces. */
export const TokenKindSchema = z.enum(['arabic', 'number', 'latin', 'punct', 'symbol', 'url', 'hashtag', 'handle', 'other']);

/** A token as `tokenize` returns it, with its offsets and clitic analysis. */
export const TokenSchema = z.object({
  text: z.string().describe('input.slice(start, end)'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  normalized: z.string(),
  kind: TokenKindSchema,
  proclitics: z.array(z.string()).describe('Normalised proclitics before the body, in order: و ف ب ك ل س (لل gives one ل here)'),
  article: z.boolean().describe('The body begins with the article ال (or لل was read as ل + ال)'),
  enclitic: z.string().nullable().describe('A pronoun suffix split off the end (ها, هم, …)'),
  stem: z.string().describe('Normalised word without proclitics, article and enclitic'),
  bodyStart: z.number().int().nonnegative().describe('Original offset where a mention of this word begins: after the proclitics, article kept'),
  bodyEnd: z.number().int().nonnegative().describe('Original offset where the body ends: before an enclitic'),
});

/** A token kind. */
export type TokenKind = z.infer<typeof TokenKindSchema>;
/** A token. */
export type Token = z.infer<typeof TokenSchema>;
