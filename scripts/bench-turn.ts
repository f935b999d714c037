// `npm run bench:turn`: CPU time of the conversation engine alone (no HTTP, no storage), steadier than a
// load run on a shared machine:
//  - the turns `npm run load` sends (Slack: one code; Teams: an error text, then the platform answer),
//    best of three passes;
//  - each hostile input of `npm run bench` (scripts/adversarial-inputs.ts) in the three conversation states
//    it is sent in, min and median of six runs, with the part the matcher took and how often it was asked.
// A turn in the running bot costs more (storage, rendering, HTTP); this is the part the engine decides.
// Dev-only.
import { parseArgs } from 'node:util';
import { loadKnowledgeBase } from '../src/content/load-knowledge.ts';
import { loadTriageRules } from '../src/content/load-triage-rules.ts';
import { createConversationEngine } from '../src/core/conversation/engine.ts';
import { createMatcher } from '../src/core/matcher/create-matcher.ts';
import type { Matcher } from '../src/core/matcher/match-result.ts';
import { createTranslator } from '../src/i18n/translator.ts';
import { driveConversation } from '../test/fakes/drive-conversation.ts';
import { adversarialInputs } from './adversarial-inputs.ts';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '2000' } } });
const repeat = Number(values.repeat);

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const kb = loadKnowledgeBase();
const real = createMatcher(kb);
/** What the matcher took during the turn being measured. */
const matched = { calls: 0, ms: 0 };
const matcher: Matcher = {
  ...real,
  match(text, options) {
    matched.calls++;
    const since = process.cpuUsage();
    const result = real.match(text, options);
    matched.ms += cpuMs(since);
    return result;
  },
};
const engine = createConversationEngine({
  kb,
  matcher,
  translator: createTranslator(),
  rules: loadTriageRules(),
});
/** A conversation as an adapter keeps it (the state goes through JSON between turns, as in storage). */
const chat = () => driveConversation(engine);

const loadTurns = {
  'Slack (one command: a code)': (i: number) => {
    chat().send('0x80CF0437', `U${i}`);
  },
  'Teams (an error text, then the platform)': (i: number) => {
    const teams = chat();
    teams.send('Profile installation failed', `T${i}`);
    teams.send('iOS', `T${i}`);
  },
};

const out: string[] = ['Engine CPU a request, as the load runs send them:', ''];
for (const [name, run] of Object.entries(loadTurns)) {
  for (let i = 0; i < 300; i++) run(i);
  const passes: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const since = process.cpuUsage();
    for (let i = 0; i < repeat; i++) run(i);
    passes.push(cpuMs(since) / repeat);
  }
  out.push(`- ${name}: ${Math.min(...passes).toFixed(3)} ms (best of 3 × ${repeat})`);
}

const states: [string, string | undefined][] = [
  ['first message', undefined],
  ['a question waits', 'device cap reached'],
  ['the message is asked for', 'enrollment failed'],
];
out.push(
  '',
  'Engine CPU a hostile turn, min / median of 6 (matcher: its part of the min run, and how often asked):',
  '',
  `| input | ${states.map(([s]) => s).join(' | ')} |`,
  `| ----- | ${states.map(() => '---').join(' | ')} |`,
);
let worst = 0;
for (const { name, text } of adversarialInputs()) {
  const cells = states.map(([, opener]) => {
    const runs: { ms: number; matchMs: number; calls: number }[] = [];
    for (let r = 0; r < 7; r++) {
      const conversation = chat();
      if (opener) conversation.send(opener);
      matched.calls = 0;
      matched.ms = 0;
      const since = process.cpuUsage();
      conversation.send(text);
      // The first run warms the code up.
      if (r > 0) runs.push({ ms: cpuMs(since), matchMs: matched.ms, calls: matched.calls });
    }
    runs.sort((a, b) => a.ms - b.ms);
    const min = runs[0] as (typeof runs)[number];
    const median = runs[Math.floor(runs.length / 2)] as (typeof runs)[number];
    worst = Math.max(worst, min.ms);
    return `${min.ms.toFixed(1)} / ${median.ms.toFixed(1)} (matcher ${min.matchMs.toFixed(1)}, ${min.calls}×)`;
  });
  out.push(`| ${name} | ${cells.join(' | ')} |`);
}
out.push('', `Worst hostile turn, engine alone (min of 6): ${worst.toFixed(1)} ms CPU`);
process.stdout.write(`${out.join('\n')}\n`);
