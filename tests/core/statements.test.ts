import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/core/document.js';
import { extractStatements } from '../../src/core/statements/index.js';
import { splitSentences } from '../../src/core/text/sentences.js';
import type { MentionRecord, StatementRecord } from '../../src/core/types.js';

const seeds = fileURLToPath(new URL('../../seeds/', import.meta.url));

// Person mentions by surface form → canonical entity, standing in for the
// entity extractor so these tests judge the statement rules alone.
function personMentions(text: string, people: Record<string, string>, from = 0): MentionRecord[] {
  const out: MentionRecord[] = [];
  const names = Object.keys(people).sort((a, b) => b.length - a.length);
  const taken: boolean[] = [];
  for (const name of names) {
    let i = text.indexOf(name, from);
    while (i >= 0) {
      const end = i + name.length;
      const boundary = !/[\p{L}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}]/u.test(text[end] ?? ' ');
      if (boundary && !taken.slice(i, end).some(Boolean)) {
        for (let k = i; k < end; k++) taken[k] = true;
        out.push({ doc: 't', sentence: 0, start: i, end, text: name, type: 'person', entity: people[name]!, id: null, form: name === people[name] ? 'name' : 'short', role: null, country: null });
      }
      i = text.indexOf(name, end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function run(text: string, people: Record<string, string> = {}): StatementRecord[] {
  const doc = parseDocument({ id: 't', text });
  const sentences = splitSentences(doc.text, doc.bodyStart, doc.text.length);
  return extractStatements(doc, sentences, [], personMentions(doc.text, people, doc.bodyStart));
}

describe('the seed article (Global Times, Wang Yi and Lavrov)', () => {
  const text = readFileSync(`${seeds}2020-12-23-global-times-wang-yi-lavrov-call.txt`, 'utf8');
  const people = { 'Wang Yi': 'Wang Yi', Wang: 'Wang Yi', 'Sergei Lavrov': 'Sergei Lavrov', Lavrov: 'Sergei Lavrov' };
  const got = run(text, people);

  it('finds all 15 statements, in order, with their cues and speakers', () => {
    expect(got.map((s) => [s.cue, s.speaker, s.speakers.join(' + ')])).toEqual([
      ['said', 'Wang Yi', 'Wang Yi'],
      ['slammed', 'the two ministers', 'Wang Yi + Sergei Lavrov'],
      ['stressed', 'Wang', 'Wang Yi'],
      ['noted', 'Wang', 'Wang Yi'],
      ['said', 'He', 'Wang Yi'],
      ['said', 'he', 'Wang Yi'],
      ['expressed strong opposition to', 'Lavrov', 'Sergei Lavrov'],
      ['said', 'He', 'Sergei Lavrov'],
      ['said', 'Wang', 'Wang Yi'],
      ['noted', 'He', 'Wang Yi'],
      ['adding', 'He', 'Wang Yi'],
      ['said', 'Wang', 'Wang Yi'],
      ['agreed', 'The two ministers', 'Wang Yi + Sergei Lavrov'],
      ['spoke highly of', 'Lavrov', 'Sergei Lavrov'],
      ['said', 'He', 'Sergei Lavrov'],
    ]);
  });

  it('takes the content before an inverted cue, without the speaker', () => {
    expect(got[0]!.content).toBe('The more turbulent the world becomes, the more stable China-Russia relations should be');
    expect(got[8]!.content).toBe('The upcoming year of 2021 has a special meaning for both China and Russia');
  });

  it('splits two cues of one sentence and drops the framing that', () => {
    expect(got[2]!.content).toBe('the importance and value of bilateral comprehensive strategic coordination between the two neighboring countries');
    expect(got[3]!.content).toBe('China-Russia relations remain at a high level and special');
    expect(got[10]!.content).toBe('the high-level bilateral ties should be maintained');
    expect(got[9]!.content.endsWith('over the past two decades')).toBe(true);
  });

  it('keeps offsets that point back at the text', () => {
    for (const s of got) {
      expect(text.slice(s.cueStart, s.cueEnd)).toBe(s.cue);
      expect(text.slice(s.contentStart, s.contentEnd)).toBe(s.content);
      expect(text.slice(s.speakerStart!, s.speakerEnd!)).toBe(s.speaker);
      expect(s.direct).toBe(false);
    }
  });
});

// Real sentences from seeds/ and ../shared/corpus/whitehouse-readouts, with
// what a reader takes from them.
const table: Array<{ text: string; people?: Record<string, string>; want: Array<[string, string, string[], string]> }> = [
  {
    // whitehouse-2021-02-10 (seed): a light verb phrase, and a phrase cue with a gerund.
    text: 'President Joseph R. Biden, Jr. spoke today with President Xi Jinping of China. President Biden underscored his fundamental concerns about Beijing’s coercive and unfair economic practices. President Biden committed to pursuing practical, results-oriented engagements when it advances the interests of the American people.',
    people: { 'Joseph R. Biden': 'Joseph R. Biden', Biden: 'Joseph R. Biden', 'Xi Jinping': 'Xi Jinping' },
    want: [
      ['underscored', 'Biden', ['Joseph R. Biden'], 'his fundamental concerns about Beijing’s coercive and unfair economic practices'],
      ['committed to', 'Biden', ['Joseph R. Biden'], 'pursuing practical, results-oriented engagements when it advances the interests of the American people'],
    ],
  },
  {
    // A title resolved through the person who holds it; `He` to the last speaker.
    text: 'President Joseph R. Biden Jr. spoke today with Prime Minister Mustafa Al-Kadhimi of Iraq. The President commended Prime Minister Kadhimi’s personal leadership during escalating tensions. He praised the performance of the Iraqi Security Forces and extended condolences to the families of those killed in the recent fighting.',
    people: { 'Joseph R. Biden': 'Joseph R. Biden', 'Mustafa Al-Kadhimi': 'Mustafa Al-Kadhimi', Kadhimi: 'Mustafa Al-Kadhimi' },
    want: [
      ['commended', 'The President', ['Joseph R. Biden'], 'Prime Minister Kadhimi’s personal leadership during escalating tensions'],
      ['praised', 'He', ['Joseph R. Biden'], 'the performance of the Iraqi Security Forces'],
      ['extended condolences to', 'He', ['Joseph R. Biden'], 'the families of those killed in the recent fighting'],
    ],
  },
  {
    // A subject before a parenthetical, and a verb whose addressee is not content.
    text: 'President Joseph R. Biden, Jr., spoke today with Prime Minister James Marape of Papua New Guinea. President Biden, calling from Air Force One, personally conveyed that he would be unable to travel to Papua New Guinea. Mr. Finer reassured Haitian officials of U.S. support for such a transition.',
    people: { 'Joseph R. Biden': 'Joseph R. Biden', Biden: 'Joseph R. Biden', 'James Marape': 'James Marape', Finer: 'Jon Finer' },
    want: [
      ['conveyed', 'Biden', ['Joseph R. Biden'], 'he would be unable to travel to Papua New Guinea'],
      ['reassured', 'Finer', ['Jon Finer'], 'U.S. support for such a transition'],
    ],
  },
  {
    // A direct quote before an inverted cue (whitehouse-readouts, LIHEAP release).
    text: 'Governor Mills of Maine: “Maine is putting to good use the American Rescue Plan’s unprecedented resources to keep Maine people warm this winter,” said Governor Janet Mills.',
    people: { 'Janet Mills': 'Janet Mills', Mills: 'Janet Mills' },
    want: [['said', 'Janet Mills', ['Janet Mills'], 'Maine is putting to good use the American Rescue Plan’s unprecedented resources to keep Maine people warm this winter']],
  },
  {
    // A group, and `they` after a non-cue sentence with a plural subject.
    text: 'President Joseph R. Biden, Jr. met today with His Majesty King Abdullah II of Jordan. The leaders discussed the political and economic benefits of further regional integration. They agreed to remain in regular touch.',
    people: { 'Joseph R. Biden': 'Joseph R. Biden', 'Abdullah II': 'Abdullah II' },
    want: [['agreed', 'They', ['Joseph R. Biden', 'Abdullah II'], 'to remain in regular touch']],
  },
  {
    // Two titles joined, each resolved to its holder.
    text: 'Today, Prime Minister Jacinda Ardern of New Zealand and Vice President Kamala Harris met at the White House. The Prime Minister and the Vice President welcomed the completion of negotiations on the bilateral Space Framework Agreement.',
    people: { 'Jacinda Ardern': 'Jacinda Ardern', 'Kamala Harris': 'Kamala Harris' },
    want: [['welcomed', 'The Prime Minister and the Vice President', ['Jacinda Ardern', 'Kamala Harris'], 'the completion of negotiations on the bilateral Space Framework Agreement']],
  },
  {
    // `according to` with an unnamed source, and a quote split by its cue.
    text: 'The talks will resume next week, according to a senior administration official. “We are ready,” the spokesperson said, “to meet them halfway.”',
    want: [
      ['according to', 'a senior administration official', [], 'The talks will resume next week'],
      ['said', 'the spokesperson', [], 'We are ready to meet them halfway'],
    ],
  },
];

describe('statements in real sentences', () => {
  for (const [n, row] of table.entries()) {
    it(`row ${n}: ${row.text.slice(0, 60)}…`, () => {
      const got = run(row.text, row.people ?? {});
      expect(got.map((s) => [s.cue, s.speaker, s.speakers, s.content])).toEqual(row.want);
    });
  }

  it('marks quotations as direct and indirect speech as not', () => {
    const got = run(table[6]!.text);
    expect(got.map((s) => s.direct)).toEqual([false, true]);
  });
});

// Sentences that name no act of saying and must give no statement.
const notStatements = [
  // Verbs of meeting and talking with someone report no content.
  'The leaders discussed recent engagements with Russia in multiple formats.',
  'The President and the Prime Minister discussed ongoing efforts to secure the release of all remaining hostages held by Hamas.',
  'He also reviewed the additional sanctions and humanitarian assistance announced last week.',
  'President Zelenskyy updated President Biden on the status of Ukraine’s negotiations with Russia.',
  // A purpose infinitive and a readout's own present tense.
  'President Joseph R. Biden, Jr. met today with NATO Allies to underscore the U.S. commitment to Transatlantic security.',
  'The President looks forward to welcoming Prime Minister Starmer to the Washington Summit next week.',
  // Passives, adjectives and nouns.
  'As you all know, Treasury Secretary Janet Yellen was just confirmed.',
  'The said agreement will enter into force next year.',
  'Representatives of member states met in Geneva.',
  // A rule, not a source; a belief verb with a preposition.
  'According to the plan, the troops will leave by May.',
  'When he thinks of climate change, his first thought is about jobs.',
];

describe('non-statements stay out', () => {
  for (const text of notStatements) {
    it(text.slice(0, 70), () => {
      expect(run(text, { 'Joseph R. Biden': 'Joseph R. Biden', Zelenskyy: 'Zelenskyy', Biden: 'Joseph R. Biden', 'Janet Yellen': 'Janet Yellen', Starmer: 'Keir Starmer' })).toEqual([]);
    });
  }
});
