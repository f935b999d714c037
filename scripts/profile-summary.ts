// `node scripts/profile-summary.ts FILE.cpuprofile [--top 40] [--per N] [--skip MS]`: where a V8 CPU profile
// (`node --cpu-prof`, or `npm run load -- … --profile DIR`) spent its time. Prints the functions with
// the most self time, and the most total time (self plus what they called, each counted once a
// stack), grouped by package or source file; with `--per N`, in milliseconds per request for N
// requests. Dev-only.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '40' }, per: { type: 'string' }, skip: { type: 'string' } },
});
const file = positionals[0];
if (!file) {
  process.stderr.write(
    'usage: node scripts/profile-summary.ts FILE.cpuprofile [--top N] [--per REQUESTS] [--skip MS]\n',
  );
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const top = Number(values.top);
const per = values.per ? Number(values.per) : undefined;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** A readable place: the package (node_modules/x), else the path inside the repository, else node's own. */
function where(url: string): string {
  if (!url) return '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  const src = /\/((?:src|scripts|dialogs|locales)\/.*)$/.exec(url);
  if (src) return src[1] as string;
  return url.replace(/^node:/, 'node:');
}
const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

// Sample time: each sample lasts until the next one. `--skip MS` leaves out the start (loading modules).
const skipUs = Number(values.skip ?? 0) * 1000;
const selfUs = new Map<number, number>();
let at = 0;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  if (at < skipUs) return;
  const dt = profile.timeDeltas[i + 1] ?? 0;
  selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
});
const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);
const idle = [...selfUs].filter(([id]) =>
  /^\((idle|program)\)$/.test(byId.get(id)?.callFrame.functionName ?? ''),
);
const idleUs = idle.reduce((a, [, us]) => a + us, 0);

const selfBy = new Map<string, number>();
const totalBy = new Map<string, number>();
const placeTotal = new Map<string, number>();
for (const [id, us] of selfUs) {
  const node = byId.get(id) as ProfileNode;
  selfBy.set(label(node), (selfBy.get(label(node)) ?? 0) + us);
  const seen = new Set<string>();
  const seenPlace = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const n = byId.get(at) as ProfileNode;
    const key = label(n);
    if (!seen.has(key)) {
      seen.add(key);
      totalBy.set(key, (totalBy.get(key) ?? 0) + us);
    }
    const place = where(n.callFrame.url);
    if (!seenPlace.has(place)) {
      seenPlace.add(place);
      placeTotal.set(place, (placeTotal.get(place) ?? 0) + us);
    }
  }
}

const fmt = (us: number) =>
  per
    ? `${(us / 1000 / per).toFixed(3)} ms/req`
    : `${(us / 1000).toFixed(0)} ms (${((100 * us) / totalUs).toFixed(1)} %)`;
const list = (title: string, map: Map<string, number>) => {
  process.stdout.write(`\n${title}\n`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`  ${fmt(us).padStart(22)}  ${key}\n`);
};
process.stdout.write(
  `profile: ${(totalUs / 1000).toFixed(0)} ms sampled, ${((totalUs - idleUs) / 1000).toFixed(0)} ms busy${per ? `, ${((totalUs - idleUs) / 1000 / per).toFixed(2)} ms busy a request over ${per}` : ''}\n`,
);
list('self time, by function', selfBy);
list('total time (self and callees), by function', totalBy);
list('total time, by package or file', placeTotal);
