import type { Stance } from '../gql/graphql';
import { STANCE_ORDER, STANCES } from '../stance';

export function StanceTag({ stance }: { stance: Stance }) {
  const { label, colour } = STANCES[stance];
  return (
    <span className="stance-tag" style={{ backgroundColor: colour }}>
      {label}
    </span>
  );
}

/** The key to the colours, with what each stance means in plain words. */
export function StanceLegend({ only }: { only?: Stance[] }) {
  const shown = only ? STANCE_ORDER.filter((stance) => only.includes(stance)) : STANCE_ORDER;
  return (
    <ul className="legend" aria-label="Colour key">
      {shown.map((stance) => (
        <li key={stance}>
          <span className="swatch" style={{ backgroundColor: STANCES[stance].colour }} />
          {STANCES[stance].label}
        </li>
      ))}
    </ul>
  );
}
