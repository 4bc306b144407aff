import { segments } from '../../../web/src/spans';

describe('segments (the article page cuts its text at every statement boundary)', () => {
  const text = 'Armenia said A. Azerbaijan said B and C.';
  const spans = [
    { id: 'outer', start: 16, end: 40 },
    { id: 'inner', start: 32, end: 33 },
    { id: 'first', start: 0, end: 15 },
  ];

  it('gives the text back unchanged, piece by piece', () => {
    expect(
      segments(text, spans)
        .map((piece) => piece.text)
        .join(''),
    ).toBe(text);
  });

  it('marks each piece with every span that covers it, nested ones included', () => {
    const pieces = segments(text, spans);
    const covering = (id: string) =>
      pieces
        .filter((piece) => piece.spans.some((span) => span.id === id))
        .map((piece) => piece.text)
        .join('');
    for (const span of spans) expect(covering(span.id)).toBe(text.slice(span.start, span.end));
    expect(pieces.find((piece) => piece.text === 'B')?.spans.map((span) => span.id)).toEqual([
      'outer',
      'inner',
    ]);
    expect(pieces.find((piece) => piece.text === ' ')?.spans).toEqual([]);
  });

  it('ignores spans outside the text and cuts at extra boundaries', () => {
    const pieces = segments(text, [{ id: 'bad', start: 30, end: 400 }], [8, 12]);
    expect(pieces.map((piece) => piece.text)).toEqual([text.slice(0, 8), text.slice(8, 12), text.slice(12)]);
    expect(pieces.every((piece) => piece.spans.length === 0)).toBe(true);
  });
});
