/**
 * Cuts an article's text at every span boundary, so each piece is covered by the same set of spans
 * (statements may overlap or nest). Joining the pieces' text gives the article back unchanged.
 */
export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment<S extends Span> {
  start: number;
  end: number;
  text: string;
  spans: S[];
}

/** `cuts` adds boundaries of its own (a stretch the address asks for that is no statement's span). */
export function segments<S extends Span>(text: string, spans: S[], cuts: number[] = []): Segment<S>[] {
  const valid = spans.filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end);
  const boundaries = new Set<number>([0, text.length, ...cuts.filter((cut) => cut > 0 && cut < text.length)]);
  for (const span of valid) {
    boundaries.add(span.start);
    boundaries.add(span.end);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const pieces: Segment<S>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    pieces.push({
      start,
      end,
      text: text.slice(start, end),
      spans: valid.filter((span) => span.start <= start && span.end >= end),
    });
  }
  return pieces;
}
