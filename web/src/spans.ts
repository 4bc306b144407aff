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

export function segments<S extends Span>(text: string, spans: S[]): Segment<S>[] {
  const valid = spans.filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end);
  const cuts = new Set<number>([0, text.length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
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
