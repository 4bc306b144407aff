import { listedExtractions } from './spans/devArticles';
import { goldActorFor } from './speakerMatch';

/**
 * New actors that speak, by the kind the extractor gave them against the gold actor they stand for
 * (issue 13, speakers13b): a tally per corpus, and with `--list` each mismatch with its uses in the text.
 * Corpus O's check half (1550–1599) is never listed. `npx tsx src/ingest/eval/newActorKinds.ts [--list] [A … N O1]`
 */
function main(): void {
  const list = process.argv.includes('--list');
  const wanted = process.argv.slice(2).filter((w) => !w.startsWith('--'));
  const tally = new Map<string, number>();
  for (const { a, part, x } of listedExtractions(wanted)) {
    const speaking = new Set(x.statements.map((s) => s.speaker.id));
    for (const actor of x.newActors) {
      if (!speaking.has(actor.id) || actor.described) continue;
      const gold = goldActorFor(
        { id: actor.id, isNew: true, names: [actor.name, ...actor.aliases] },
        a.actors,
      );
      const goldKind = a.actors.find((g) => g.id === gold)?.kind ?? 'NONE';
      const key = `${part}\t${actor.kind}→${goldKind}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
      if (list && goldKind !== 'NONE' && goldKind !== actor.kind) {
        const uses: string[] = [];
        for (
          let i = a.text.indexOf(actor.name);
          i >= 0 && uses.length < 3;
          i = a.text.indexOf(actor.name, i + 1)
        )
          uses.push(a.text.slice(Math.max(0, i - 50), i + actor.name.length + 50).replace(/\s+/g, ' '));
        console.info(
          [part, a.folder.slice(0, 30), `${actor.name} ${actor.kind}→${goldKind}`, ...uses].join('\t'),
        );
      }
    }
  }
  const rows = [...tally].sort();
  for (const [key, n] of rows) console.info(`${key}\t${n}`);
}

main();
