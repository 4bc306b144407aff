/** Articles larger than this are refused: no news article is, and the API body limit is 2 MB. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** Input that is not an article text; the message says what is wrong and is safe to show. */
export class IngestInputError extends Error {
  override readonly name = 'IngestInputError';
}

/** C0 control characters other than tab, newlines and form feed (and DEL) do not occur in prose. */
function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) n++;
  }
  return n;
}

/** Decodes a file's bytes as an article text, or throws an IngestInputError saying why it cannot be one. */
export function decodeArticleBytes(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new IngestInputError(`${source} is empty: there is no text to ingest.`);
  refuseOversized(bytes.length, source);
  if (bytes.includes(0))
    throw new IngestInputError(`${source} looks binary (it contains NUL bytes), not like article text.`);
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt !== null) {
    throw new IngestInputError(
      `${source} is not valid UTF-8 (first invalid byte at offset ${invalidAt}); save it as UTF-8 and retry.`,
    );
  }
  return checkArticleText(new TextDecoder('utf-8').decode(bytes), source);
}

/** Checks text that arrived as a string (the GraphQL mutation): same rules as for files. */
export function checkArticleText(text: string, source: string): string {
  refuseOversized(Buffer.byteLength(text, 'utf8'), source);
  if (text.trim().length === 0) throw new IngestInputError(`${source} is empty: there is no text to ingest.`);
  const controls = countControls(text);
  // One stray control character can be a copy-paste accident; many mean it is not text at all.
  if (text.includes('\u0000') || controls > Math.max(1, text.length / 1000)) {
    throw new IngestInputError(
      `${source} looks binary (${controls} control characters), not like article text.`,
    );
  }
  if (text.includes('\uFFFD')) {
    throw new IngestInputError(
      `${source} contains U+FFFD replacement characters: it was decoded from something that was not UTF-8.`,
    );
  }
  return text;
}

/** Longer than any real article address; a longer one is refused rather than stored. */
export const MAX_URL_LENGTH = 2048;

/**
 * The article's address, when given: only absolute http(s) URLs are stored, since front ends render
 * it as a link (`javascript:` or `data:` there would run in the reader's browser).
 */
export function checkArticleUrl(url: string | null, source: string): string | null {
  if (url === null) return null;
  const shown = url.length > 80 ? `${JSON.stringify(url.slice(0, 80))}…` : JSON.stringify(url);
  if (url.length > MAX_URL_LENGTH)
    throw new IngestInputError(
      `${source} is ${url.length} characters; URLs over ${MAX_URL_LENGTH} are refused.`,
    );
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new IngestInputError(
      `${source} ${shown} is not an absolute URL; give the article's http(s) address.`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new IngestInputError(
      `${source} ${shown} uses ${parsed.protocol.replace(/:$/, '')}; only http and https article addresses are stored.`,
    );
  return url;
}

function refuseOversized(bytes: number, source: string): void {
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new IngestInputError(
      `${source} is ${bytes.toLocaleString('en')} bytes; articles over 1 MB (${MAX_ARTICLE_BYTES.toLocaleString('en')} bytes) are refused.`,
    );
  }
}

/** The offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or > U+10FFFF), or null. */
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const [length, min] =
      b < 0x80
        ? [1, 0]
        : b >= 0xc2 && b < 0xe0
          ? [2, 0x80]
          : b >= 0xe0 && b < 0xf0
            ? [3, 0x800]
            : b >= 0xf0 && b < 0xf5
              ? [4, 0x10000]
              : [0, 0];
    if (length === 0 || i + length > bytes.length) return i;
    let code = length === 1 ? b : b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] as number;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return null;
}
