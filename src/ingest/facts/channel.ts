import { normWord } from '../text/sentences';
import type { Channel } from '../types';

const CHANNELS: [RegExp, Channel][] = [
  [/\b(tweet\w*|twitter|on x)\b/, 'TWEET'],
  [/\bdecree\b/, 'DECREE'],
  [/\b((tele)?phone (call|conversation|talk)s?|by (tele)?phone|telephone meeting)\b/, 'PHONE_CALL'],
  [/\b((press|news) (briefing|conference)|briefing|told (reporters|journalists))\b/, 'PRESS_BRIEFING'],
  [/\binterview\b/, 'INTERVIEW'],
  [/\b(speech|addressing|address to)\b/, 'SPEECH'],
  [/\bstatement\b/, 'STATEMENT'],
];

/**
 * How the words were delivered, read from the attribution ("said in a statement", "tweeted",
 * "held phone conversations … urging"). A bare "said" says nothing about it: OTHER.
 */
export function channelOf(attribution: string, lemma: string): Channel {
  const text = `${lemma === 'tweet' ? 'tweet ' : ''}${lemma === 'sign' ? 'decree ' : ''}${normWord(attribution)}`;
  for (const [pattern, channel] of CHANNELS) if (pattern.test(text)) return channel;
  return 'OTHER';
}
