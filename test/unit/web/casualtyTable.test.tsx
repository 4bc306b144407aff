import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { CasualtyTable, figures } from '../../../web/src/components/CasualtyTable';
import type { CasualtyClaimCellFragment } from '../../../web/src/gql/graphql';

/** The event page's side-by-side claims, rendered without a browser. */
const actor = (id: string, name: string) => ({ id, name });
const armenia = actor('actor:armenia', 'Armenia');
const azerbaijan = actor('actor:azerbaijan', 'Azerbaijan');
const mod = (side: typeof armenia) => actor(`actor:mod-${side.id}`, `Ministry of Defense of ${side.name}`);

function claim(
  id: string,
  claimant: ReturnType<typeof actor>,
  side: ReturnType<typeof actor> | null,
  killed: number | null,
  wounded: number | null = null,
): CasualtyClaimCellFragment {
  return {
    id,
    killed,
    wounded,
    captured: null,
    claimant,
    side,
    statement: { id: `statement:${id}`, text: `claim ${id}` },
    sources: [
      {
        start: 10,
        end: 20,
        article: { id: 'article:a', title: 'A', outlet: 'UPI' },
      },
    ],
  };
}

const render = (claims: CasualtyClaimCellFragment[]) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <CasualtyTable claims={claims} />
    </MemoryRouter>,
  );

const cellTexts = (html: string) =>
  [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      (cell[1] ?? '').replace(/<[^>]+>/g, ''),
    ),
  );

it('puts claimants side by side and flags sides whose figures differ', () => {
  const html = render([
    claim('1', mod(armenia), armenia, 3, 2),
    claim('2', mod(azerbaijan), armenia, 10),
    claim('3', mod(azerbaijan), azerbaijan, 1),
  ]);
  expect(cellTexts(html)).toEqual([
    [
      'Casualties of',
      'According to Ministry of Defense of Armenia',
      'According to Ministry of Defense of Azerbaijan',
      'Do the claims agree?',
    ],
    ['Armenia', '3 killed, 2 wounded', '10 killed', 'Claims differ'],
    ['Azerbaijan', 'no figure given', '1 killed', 'Only one claimant gives a figure'],
  ]);
  expect(html).toContain('class="disagree"');
  expect(html).toContain('href="/articles/a#10-20"');
});

it('says when there is nothing to compare', () => {
  expect(render([])).toContain('No casualty figures are recorded for this event.');
  expect(figures({ killed: 0, wounded: null, captured: 4 })).toBe('0 killed, 4 captured');
});
