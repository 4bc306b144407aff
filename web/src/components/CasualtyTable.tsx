import { Link } from 'react-router';
import { graphql } from '../gql';
import type { CasualtyClaimCellFragment } from '../gql/graphql';
import { pagePath, spanPath } from '../ids';

export const CasualtyClaimFields = graphql(`
  fragment CasualtyClaimCell on CasualtyClaim {
    id
    killed
    wounded
    captured
    claimant {
      id
      name
    }
    side {
      id
      name
    }
    statement {
      id
      text
    }
    sources {
      start
      end
      article {
        id
        title
        outlet
      }
    }
  }
`);

type Claim = CasualtyClaimCellFragment;
const UNKNOWN_SIDE = { id: '', name: 'Side not stated' };

export function figures(claim: Pick<Claim, 'killed' | 'wounded' | 'captured'>): string {
  const parts = [
    claim.killed !== null && claim.killed !== undefined ? `${claim.killed} killed` : null,
    claim.wounded !== null && claim.wounded !== undefined ? `${claim.wounded} wounded` : null,
    claim.captured !== null && claim.captured !== undefined ? `${claim.captured} captured` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(', ') : 'no figure';
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/**
 * What each claimant said about each side's casualties, side by side: one row per side whose people
 * were hit, one column per claimant. A row whose claimants give different figures is marked.
 */
export function CasualtyTable({ claims }: { claims: Claim[] }) {
  if (claims.length === 0) return <p className="muted">No casualty figures are recorded for this event.</p>;
  const claimants = uniqueBy(
    claims.map((claim) => claim.claimant),
    (actor) => actor.id,
  );
  const sides = uniqueBy(
    claims.map((claim) => claim.side ?? UNKNOWN_SIDE),
    (actor) => actor.id,
  );
  const cell = (sideId: string, claimantId: string) =>
    claims.filter((claim) => (claim.side?.id ?? '') === sideId && claim.claimant.id === claimantId);
  return (
    <>
      <table className="casualties">
        <caption>
          Each column is one claimant; each row is the side whose people were killed, wounded or captured.
          These are claims, not verified counts.
        </caption>
        <thead>
          <tr>
            <th scope="col">Casualties of</th>
            {claimants.map((claimant) => (
              <th scope="col" key={claimant.id}>
                According to <Link to={pagePath('actor', claimant.id)}>{claimant.name}</Link>
              </th>
            ))}
            <th scope="col">Do the claims agree?</th>
          </tr>
        </thead>
        <tbody>
          {sides.map((side) => {
            const rowClaims = claims.filter((claim) => (claim.side?.id ?? '') === side.id);
            const distinct = new Set(rowClaims.map(figures));
            const verdict =
              rowClaims.length < 2
                ? `Only one claimant gives a figure`
                : distinct.size > 1
                  ? 'Claims differ'
                  : 'Claimants give the same figures';
            return (
              <tr key={side.id} className={distinct.size > 1 ? 'disagree' : undefined}>
                <th scope="row">
                  {side.id ? <Link to={pagePath('actor', side.id)}>{side.name}</Link> : side.name}
                </th>
                {claimants.map((claimant) => (
                  <td key={claimant.id}>
                    {cell(side.id, claimant.id).map((claim) => (
                      <div key={claim.id}>
                        <strong>{figures(claim)}</strong>
                      </div>
                    ))}
                    {cell(side.id, claimant.id).length === 0 && (
                      <span className="muted">no figure given</span>
                    )}
                  </td>
                ))}
                <td className={distinct.size > 1 ? 'flag' : 'muted'}>{verdict}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className="claim-quotes">
        {claims.map((claim) => (
          <li key={claim.id}>
            <strong>{claim.claimant.name}</strong> on {claim.side?.name ?? 'an unstated side'}: “
            {claim.statement.text}”
            <span className="small">
              {' '}
              {claim.sources.map((source, index) => (
                <span key={`${source.article.id}-${source.start}`}>
                  {index === 0 ? ' Read it in ' : ', '}
                  <Link to={spanPath(source)}>{source.article.outlet ?? source.article.title}</Link>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
