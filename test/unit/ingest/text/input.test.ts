import {
  IngestInputError,
  MAX_ARTICLE_BYTES,
  checkArticleText,
  checkArticleUrl,
  decodeArticleBytes,
  firstInvalidUtf8,
} from '../../../../src/ingest/text/input';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('article input', () => {
  it('accepts UTF-8 text with accents and curly quotes, unchanged', () => {
    const text = 'Le ministre a déclaré: “Nous répondrons.”\n';
    expect(decodeArticleBytes(utf8(text), 'a.txt')).toBe(text);
  });

  it('refuses an empty file and a file of only whitespace', () => {
    expect(() => decodeArticleBytes(bytes(), 'empty.txt')).toThrow(
      'empty.txt is empty: there is no text to ingest.',
    );
    expect(() => decodeArticleBytes(utf8(' \n\t\n'), 'blank.txt')).toThrow(/blank\.txt is empty/);
  });

  it('refuses binary content', () => {
    expect(() => decodeArticleBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a), 'photo.txt')).toThrow(
      /photo\.txt looks binary \(it contains NUL bytes\)/,
    );
    expect(() => checkArticleText('x\u0001\u0002\u0003\u0004y', 'input.text')).toThrow(
      /input\.text looks binary \(4 control characters\)/,
    );
  });

  it('refuses bytes that are not UTF-8, saying where', () => {
    // "café" in Latin-1: é is the lone byte 0xE9.
    expect(() => decodeArticleBytes(bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b), 'latin1.txt')).toThrow(
      'latin1.txt is not valid UTF-8 (first invalid byte at offset 3); save it as UTF-8 and retry.',
    );
    expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0x80))).toBe(1); // overlong encoding of NUL
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidUtf8(utf8('Ереван “ok” 🇦🇲'))).toBeNull();
  });

  it('refuses more than 1 MB, and accepts exactly 1 MB', () => {
    expect(() => decodeArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), 'big.txt')).toThrow(
      'big.txt is 1,048,577 bytes; articles over 1 MB (1,048,576 bytes) are refused.',
    );
    expect(decodeArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61), 'edge.txt')).toHaveLength(
      MAX_ARTICLE_BYTES,
    );
    expect(() => checkArticleText('é'.repeat(MAX_ARTICLE_BYTES / 2 + 1), 'input.text')).toThrow(
      IngestInputError,
    );
  });

  it('keeps http(s) article URLs and no URL at all', () => {
    expect(checkArticleUrl('https://example.org/a?b=1', 'url')).toBe('https://example.org/a?b=1');
    expect(checkArticleUrl('http://example.org/', 'url')).toBe('http://example.org/');
    expect(checkArticleUrl(null, 'url')).toBeNull();
  });

  it.each([
    ['javascript:alert(1)', 'uses javascript; only http and https'],
    ['data:text/html,hi', 'uses data; only http and https'],
    ['file:///etc/passwd', 'uses file; only http and https'],
    ['example.org/news', 'is not an absolute URL'],
    [`https://example.org/${'a'.repeat(3000)}`, 'URLs over 2048 are refused'],
  ])('refuses %s, saying why', (url, reason) => {
    expect(() => checkArticleUrl(url, 'url')).toThrow(IngestInputError);
    expect(() => checkArticleUrl(url, 'url')).toThrow(reason);
  });
});
