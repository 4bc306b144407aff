import { type ScoredStatement, type Tally, addTallies, tally } from '../../../../src/ingest/eval/score';
import { extract } from '../knownGraph';

/**
 * A small held-out set: invented articles in several house styles (wire copy, a rewritten press
 * release, a live blog) about conflicts the unit-test graph mostly does not know. Each expected
 * statement names the speaker (any of the accepted names, compared case-insensitively) and a piece
 * of the article's text that is the statement's span. Written to test general attribution rules,
 * never to be tuned against sentence by sentence.
 */
export interface HeldOutArticle {
  id: string;
  published: string;
  text: string;
  expected: { speaker: string[]; span: string }[];
}

export const HELD_OUT: HeldOutArticle[] = [
  {
    id: 'ap-armenia-border',
    published: '2024-02-13',
    text: [
      "YEREVAN, Armenia (AP) — Two Armenian soldiers were killed on Tuesday in a shooting on the border with Azerbaijan, Armenia's Defense Ministry said, accusing Azerbaijani forces of opening fire on a military post near the village of Nerkin Hand.",
      "Azerbaijan's State Border Service denied the accusation, saying its troops had responded to a provocation by Armenian units.",
      'U.S. Secretary of State Antony Blinken urged both countries to show restraint and to return to the negotiating table.',
      '"There is no military solution," Blinken said in a post on X. "We urge the leaders to resume talks without delay."',
      'Armenian Prime Minister Nikol Pashinyan told reporters in Yerevan that the government would not be drawn into a wider conflict.',
      '"We will respond to every provocation, but we want peace," he said.',
      "The European Union's foreign policy chief, Josep Borrell, condemned the shooting and called on both sides to investigate it.",
      'Hikmet Hajiyev, a foreign policy adviser to President Ilham Aliyev, blamed Yerevan for the escalation. "Armenia is trying to derail the peace process," Hajiyev told The Associated Press.',
      '',
    ].join('\n'),
    expected: [
      {
        speaker: ["Armenia's Defense Ministry", 'Ministry of Defense of Armenia'],
        span: 'Two Armenian soldiers were killed on Tuesday in a shooting on the border with Azerbaijan',
      },
      {
        speaker: ["Armenia's Defense Ministry", 'Ministry of Defense of Armenia'],
        span: 'accusing Azerbaijani forces of opening fire on a military post near the village of Nerkin Hand',
      },
      {
        speaker: ['State Border Service', "Azerbaijan's State Border Service"],
        span: 'denied the accusation',
      },
      {
        speaker: ['State Border Service', "Azerbaijan's State Border Service"],
        span: 'saying its troops had responded to a provocation by Armenian units',
      },
      {
        speaker: ['Antony Blinken'],
        span: 'urged both countries to show restraint and to return to the negotiating table',
      },
      { speaker: ['Antony Blinken'], span: 'There is no military solution' },
      { speaker: ['Antony Blinken'], span: 'We urge the leaders to resume talks without delay.' },
      { speaker: ['Nikol Pashinyan'], span: 'the government would not be drawn into a wider conflict' },
      { speaker: ['Nikol Pashinyan'], span: 'We will respond to every provocation, but we want peace' },
      { speaker: ['Josep Borrell'], span: 'condemned the shooting' },
      { speaker: ['Josep Borrell'], span: 'called on both sides to investigate it' },
      { speaker: ['Hikmet Hajiyev'], span: 'blamed Yerevan for the escalation' },
      { speaker: ['Hikmet Hajiyev'], span: 'Armenia is trying to derail the peace process' },
    ],
  },
  {
    id: 'reuters-kosovo',
    published: '2023-09-25',
    text: [
      'BELGRADE/PRISTINA, Sept 25 (Reuters) - Kosovo Prime Minister Albin Kurti accused Serbia on Monday of backing a group of armed men who attacked police in the north of Kosovo, killing one officer.',
      '"Official Belgrade is financing and supporting this terrorist attack," Kurti told a news conference in Pristina.',
      'Serbian President Aleksandar Vucic denied that Belgrade had any role in the violence and said the gunmen were local Serbs who had rebelled against "Kurti\'s terror".',
      'Vucic said Serbia would declare a day of mourning for three Serbs killed in the clashes.',
      '"All the facts about this heinous attack must be established," EU foreign policy chief Josep Borrell said in a statement.',
      'NATO said its peacekeeping force in Kosovo, KFOR, was monitoring the situation and was ready to act if needed.',
      'According to Kosovo police, the gunmen fled toward the Serbian border after an hours-long gunfight at a monastery.',
      'The Serbian Defence Ministry said it had not raised the army\'s combat readiness, dismissing reports of troop movements near the border as "fake news".',
      'Kosovo Interior Minister Xhelal Svecla said police had seized weapons and explosives worth millions of euros. "This was not an improvised attack," Svecla said. "It was planned for months."',
      '',
    ].join('\n'),
    expected: [
      {
        speaker: ['Albin Kurti'],
        span: 'accused Serbia on Monday of backing a group of armed men who attacked police in the north of Kosovo, killing one officer',
      },
      {
        speaker: ['Albin Kurti'],
        span: 'Official Belgrade is financing and supporting this terrorist attack',
      },
      { speaker: ['Aleksandar Vucic'], span: 'denied that Belgrade had any role in the violence' },
      {
        speaker: ['Aleksandar Vucic'],
        span: 'the gunmen were local Serbs who had rebelled against "Kurti\'s terror"',
      },
      {
        speaker: ['Aleksandar Vucic'],
        span: 'Serbia would declare a day of mourning for three Serbs killed in the clashes',
      },
      { speaker: ['Josep Borrell'], span: 'All the facts about this heinous attack must be established' },
      {
        speaker: ['NATO'],
        span: 'its peacekeeping force in Kosovo, KFOR, was monitoring the situation and was ready to act if needed',
      },
      {
        speaker: ['Kosovo police', 'Police of Kosovo'],
        span: 'the gunmen fled toward the Serbian border after an hours-long gunfight at a monastery',
      },
      {
        speaker: ['Serbian Defence Ministry', 'Ministry of Defence of Serbia'],
        span: "it had not raised the army's combat readiness",
      },
      {
        speaker: ['Serbian Defence Ministry', 'Ministry of Defence of Serbia'],
        span: 'dismissing reports of troop movements near the border as "fake news"',
      },
      {
        speaker: ['Xhelal Svecla'],
        span: 'police had seized weapons and explosives worth millions of euros',
      },
      { speaker: ['Xhelal Svecla'], span: 'This was not an improvised attack' },
      { speaker: ['Xhelal Svecla'], span: 'It was planned for months.' },
    ],
  },
  {
    id: 'aljazeera-lebanon',
    published: '2024-02-14',
    text: [
      'Israel and Hezbollah trade fire after deadly strike in south Lebanon',
      'Hezbollah has fired dozens of rockets at northern Israel, the Israeli military said, after an Israeli air raid killed a senior commander of the Lebanese group in the southern town of Nabatieh.',
      'The Israeli army said in a statement that its air defences had intercepted most of the projectiles and that no injuries were reported.',
      'Hezbollah said in a statement it had targeted an Israeli military base "in response to the assassination" of its commander.',
      'Lebanon\'s caretaker Prime Minister Najib Mikati condemned the Israeli raid, calling it "a flagrant violation of Lebanese sovereignty".',
      'Speaking to Al Jazeera, Mikati said Lebanon did not want war but would not accept "daily aggression" against its people.',
      'Israeli Defence Minister Yoav Gallant warned that Israel could "copy-paste" what it was doing in Gaza to Beirut.',
      '"We urge all parties to put down their weapons," UNIFIL spokesperson Andrea Tenenti told Al Jazeera.',
      "According to Lebanon's health ministry, at least 11 people were killed in Israeli strikes on Tuesday, including two children.",
      'Iranian foreign ministry spokesman Nasser Kanaani blamed the United States for the escalation, saying Washington had given Israel "a green light".',
      '',
    ].join('\n'),
    expected: [
      {
        speaker: ['Israeli military', 'Israel', 'Israeli army', 'Armed Forces of Israel'],
        span: 'Hezbollah has fired dozens of rockets at northern Israel',
      },
      {
        speaker: ['Israeli military', 'Israel', 'Israeli army', 'Armed Forces of Israel'],
        span: 'its air defences had intercepted most of the projectiles and that no injuries were reported',
      },
      {
        speaker: ['Hezbollah'],
        span: 'it had targeted an Israeli military base "in response to the assassination" of its commander',
      },
      { speaker: ['Najib Mikati'], span: 'condemned the Israeli raid' },
      { speaker: ['Najib Mikati'], span: 'calling it "a flagrant violation of Lebanese sovereignty"' },
      {
        speaker: ['Najib Mikati'],
        span: 'Lebanon did not want war but would not accept "daily aggression" against its people',
      },
      { speaker: ['Yoav Gallant'], span: 'Israel could "copy-paste" what it was doing in Gaza to Beirut' },
      { speaker: ['Andrea Tenenti', 'UNIFIL'], span: 'We urge all parties to put down their weapons' },
      {
        speaker: ["Lebanon's health ministry", 'Ministry of Health of Lebanon'],
        span: 'at least 11 people were killed in Israeli strikes on Tuesday, including two children',
      },
      { speaker: ['Nasser Kanaani'], span: 'blamed the United States for the escalation' },
      { speaker: ['Nasser Kanaani'], span: 'Washington had given Israel "a green light"' },
    ],
  },
  {
    id: 'press-release-ethiopia',
    published: '2024-01-11',
    text: [
      'ADDIS ABABA — Ethiopia\'s Ministry of Foreign Affairs on Thursday rejected what it called "baseless allegations" by Eritrea that Ethiopian troops had crossed the border near the town of Zalambessa.',
      'In a statement posted on its website, the ministry said Ethiopia remained "fully committed" to the 2018 peace agreement and to the decision of the boundary commission.',
      'The ministry accused the Eritrean government of "spreading disinformation to mislead the international community".',
      'Ethiopian Foreign Minister Taye Atske Selassie told diplomats in Addis Ababa that the country had no territorial ambitions in the region.',
      '"Ethiopia seeks access to the sea through peaceful means and mutual benefit," Taye said.',
      'He added that Addis Ababa was ready to resume talks "at any time and at any level".',
      'Eritrea\'s Information Minister Yemane Gebremeskel dismissed the statement as "hollow rhetoric" in a post on X.',
      'The African Union Commission chairperson, Moussa Faki Mahamat, called on both countries to exercise restraint and to settle their differences through dialogue.',
      '',
    ].join('\n'),
    expected: [
      {
        speaker: ["Ethiopia's Ministry of Foreign Affairs", 'Ministry of Foreign Affairs of Ethiopia'],
        span: 'rejected what it called "baseless allegations" by Eritrea that Ethiopian troops had crossed the border near the town of Zalambessa',
      },
      {
        speaker: ["Ethiopia's Ministry of Foreign Affairs", 'Ministry of Foreign Affairs of Ethiopia'],
        span: 'Ethiopia remained "fully committed" to the 2018 peace agreement and to the decision of the boundary commission',
      },
      {
        speaker: ["Ethiopia's Ministry of Foreign Affairs", 'Ministry of Foreign Affairs of Ethiopia'],
        span: 'accused the Eritrean government of "spreading disinformation to mislead the international community"',
      },
      { speaker: ['Taye Atske Selassie'], span: 'the country had no territorial ambitions in the region' },
      {
        speaker: ['Taye Atske Selassie'],
        span: 'Ethiopia seeks access to the sea through peaceful means and mutual benefit',
      },
      {
        speaker: ['Taye Atske Selassie'],
        span: 'Addis Ababa was ready to resume talks "at any time and at any level"',
      },
      { speaker: ['Yemane Gebremeskel'], span: 'dismissed the statement as "hollow rhetoric"' },
      {
        speaker: ['Moussa Faki Mahamat'],
        span: 'called on both countries to exercise restraint and to settle their differences through dialogue',
      },
    ],
  },
  {
    id: 'live-blog-kalbajar',
    published: '2023-06-20',
    text: [
      'Live: Armenia-Azerbaijan border tensions',
      '10:42 GMT — Azerbaijan accuses Armenia of shelling positions in Kalbajar',
      "Azerbaijan's Defense Ministry said Armenian forces fired on its positions in the Kalbajar district overnight, using large-caliber weapons.",
      '"The Armenian side bears full responsibility for the escalation," the ministry said.',
      '11:15 GMT — Yerevan rejects claims',
      'Armenia\'s Foreign Ministry dismissed the accusations as "an attempt to justify new aggression".',
      'Foreign Ministry spokesperson Ani Badalyan told journalists that no Armenian unit had opened fire overnight.',
      '12:03 GMT — Moscow urges calm',
      'Russian Foreign Minister Sergei Lavrov called on Baku and Yerevan to "refrain from steps that could lead to an escalation".',
      'Lavrov said Russian peacekeepers were ready to help, adding that Moscow had been in contact with both capitals.',
      '13:30 GMT — EU reacts',
      '"We are following the situation closely," an EU spokesperson said. "Any use of force is unacceptable."',
      'Georgian Prime Minister Irakli Garibashvili offered to host talks between the two sides in Tbilisi, his office said.',
      '',
    ].join('\n'),
    expected: [
      {
        speaker: ['Ministry of Defense of Azerbaijan'],
        span: 'Armenian forces fired on its positions in the Kalbajar district overnight, using large-caliber weapons',
      },
      {
        speaker: ['Ministry of Defense of Azerbaijan'],
        span: 'The Armenian side bears full responsibility for the escalation',
      },
      {
        speaker: ['Ministry of Foreign Affairs of Armenia'],
        span: 'dismissed the accusations as "an attempt to justify new aggression"',
      },
      { speaker: ['Ani Badalyan'], span: 'no Armenian unit had opened fire overnight' },
      {
        speaker: ['Sergei Lavrov'],
        span: 'called on Baku and Yerevan to "refrain from steps that could lead to an escalation"',
      },
      { speaker: ['Sergei Lavrov'], span: 'Russian peacekeepers were ready to help' },
      { speaker: ['Sergei Lavrov'], span: 'Moscow had been in contact with both capitals' },
      { speaker: ['European Union'], span: 'We are following the situation closely' },
      { speaker: ['European Union'], span: 'Any use of force is unacceptable.' },
      {
        speaker: ['Irakli Garibashvili'],
        span: 'offered to host talks between the two sides in Tbilisi',
      },
    ],
  },
];

interface Scored extends ScoredStatement {
  text: string;
}

/** Runs the extractor on one held-out article and scores it; `misses` lists what went wrong. */
export function scoreArticle(a: HeldOutArticle): { tally: Tally; misses: string[] } {
  const x = extract(a.text, { published: a.published, outlet: 'Held-out' });
  const predicted: Scored[] = x.statements.map((s) => ({
    speaker: s.speaker.name.toLowerCase(),
    start: s.start,
    end: s.end,
    stance: s.stance,
    respondsTo: [],
    text: s.text,
  }));
  const gold: (Scored & { accepted: string[] })[] = a.expected.map((e) => {
    const start = a.text.indexOf(e.span);
    if (start < 0) throw new Error(`${a.id}: span not in text: ${e.span}`);
    const accepted = e.speaker.map((n) => n.toLowerCase());
    return {
      speaker: accepted[0] as string,
      accepted,
      start,
      end: start + e.span.length,
      stance: '',
      respondsTo: [],
      text: e.span,
    };
  });
  // The scorer compares one speaker string: take the predicted one when it is among those accepted.
  const aligned = gold.map((g) => {
    const p = predicted.find((x) => g.accepted.includes(x.speaker) && overlaps(g, x));
    return p ? { ...g, speaker: p.speaker } : g;
  });
  const t = tally(aligned, predicted);
  const misses: string[] = [];
  for (const g of aligned) {
    const p = predicted.find((x) => overlaps(g, x));
    if (!p) misses.push(`missed   [${g.accepted[0]}] ${g.text}`);
    else if (p.speaker !== g.speaker)
      misses.push(`speaker  ${p.speaker} (expected ${g.accepted[0]}) ${g.text}`);
  }
  for (const p of predicted)
    if (!aligned.some((g) => overlaps(g, p))) misses.push(`extra    [${p.speaker}] ${p.text}`);
  return { tally: { ...t, stanceCorrect: 0, eventCorrect: 0 }, misses };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap * 2 >= Math.min(a.end - a.start, b.end - b.start);
};

export function scoreAll(): { tally: Tally; misses: string[] } {
  const results = HELD_OUT.map((a) => ({ id: a.id, ...scoreArticle(a) }));
  return {
    tally: addTallies(results.map((r) => r.tally)),
    misses: results.flatMap((r) => r.misses.map((m) => `${r.id}: ${m}`)),
  };
}
