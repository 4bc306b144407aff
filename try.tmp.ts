import { loadSeedFiles } from './src/seed/validate';
import { SEED_DIR } from './src/seed/paths';
import { extractArticle } from './src/ingest/plan/extract';
const seed = loadSeedFiles(SEED_DIR);
const snap = { actors: seed.actors, places: seed.places, events: seed.events };
for (const t of process.argv.slice(2)) {
  const x = extractArticle(t, { title: null, outlet: null, published: '2023-05-10', url: null }, snap);
  console.log('>>', t);
  for (const s of x.statements) console.log(`   [${s.evidence.form}/${s.evidence.by}] ${s.speaker.name} | ${s.stance} | ${s.text}`);
}
const y = extractArticle('Oleg Ivanov, a spokesman for the UN Security Council, said the attack was repelled. Maria Lopez, spokeswoman for the European Union, said talks would resume. Artem Dekhtyarenko, spokesman for Ukraine\'s Security Service, said the station was hit.', { title: null, outlet: null, published: '2023-05-10', url: null }, snap);
console.log(JSON.stringify(y.newActors), y.statements.map(s=>s.speaker.name));
