#!/usr/bin/env bash
# The map step of a distributed job, emulated on one machine with `kashif batch`.
#
#   bash examples/distributed/run-local.sh [INPUT.jsonl]
#
# 1. split INPUT (JSON Lines {id, text, referenceDate?, forwardDates?}) into SHARDS contiguous
#    shards, the way an engine cuts its input into splits (without INPUT, a sample is built
#    from the paragraphs of fixtures/*.txt);
# 2. run one `kashif batch --workers 1` process per shard, PARALLEL at a time (one core each:
#    the parallelism is across processes, as on a cluster);
# 3. commit each task's output as out/part-NNNNN.jsonl only when the task succeeded;
# 4. check that every part has exactly as many lines as its shard and that the ids line up,
#    line by line; then write out/_SUCCESS.
# Concatenating out/part-*.jsonl in name order gives one result line per input line, in input
# order.
#
# Environment (all optional):
#   KASHIF        command that runs kashif, split on spaces (default: node <repo>/dist/cli.js;
#                 e.g. KASHIF=kashif for an installed package)
#   KASHIF_ARGS   extra options for every task, split on spaces (e.g. "--reference-date 2024-01-01")
#   SHARDS        number of shards = map tasks (default: number of cores)
#   PARALLEL      tasks running at once (default: number of cores)
#   WORK          working directory for in/, out/, logs/ (default: a new temporary directory)
#   SAMPLE_LINES  lines in the generated sample when no INPUT is given (default: every
#                 paragraph of the fixture articles, 60 lines; more repeats them with new ids)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
SELF="$HERE/$(basename "$0")"

kashif_cmd() { # fills the array CMD with the kashif command
  if [ -n "${KASHIF:-}" ]; then
    read -r -a CMD <<<"$KASHIF"
  else
    CMD=(node "$REPO/dist/cli.js")
  fi
}

# ---------------------------------------------------------------- one map task (run by xargs)
if [ "${1:-}" = "--task" ]; then
  shard=$2
  name=$(basename "$shard")
  kashif_cmd
  EXTRA=()
  [ -n "${KASHIF_ARGS:-}" ] && read -r -a EXTRA <<<"$KASHIF_ARGS"
  attempt="$WORK/out/.$name.attempt" # a failed or killed task leaves no part file
  TIMEFORMAT=%R
  if { time "${CMD[@]}" batch --workers 1 --no-progress --input "$shard" --output "$attempt" ${EXTRA[@]+"${EXTRA[@]}"} \
    2>"$WORK/logs/$name.log"; } 2>"$WORK/logs/$name.seconds"; then
    mv -f "$attempt" "$WORK/out/$name"
  else
    status=$?
    echo "run-local: task $name failed (exit $status); its stderr is in $WORK/logs/$name.log" >&2
    exit 1
  fi
  exit 0
fi

# ---------------------------------------------------------------- the driver
CORES=$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc 2>/dev/null || echo 2)
SHARDS=${SHARDS:-$CORES}
PARALLEL=${PARALLEL:-$CORES}
case "$SHARDS$PARALLEL" in *[!0-9]*) echo "run-local: SHARDS and PARALLEL must be positive integers" >&2; exit 2 ;; esac
[ "$SHARDS" -ge 1 ] && [ "$PARALLEL" -ge 1 ] || { echo "run-local: SHARDS and PARALLEL must be at least 1" >&2; exit 2; }

if [ -z "${KASHIF:-}" ] && [ ! -f "$REPO/dist/cli.js" ]; then
  if [ -d "$REPO/node_modules" ]; then
    echo "run-local: dist/cli.js is missing; building it (npm run build)" >&2
    (cd "$REPO" && npm run build --silent)
  else
    echo "run-local: $REPO/dist/cli.js is missing: run \`npm install && npm run build\` in $REPO first, or set KASHIF=\"kashif\"" >&2
    exit 2
  fi
fi

WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/kashif-map.XXXXXX")}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
rm -rf "$WORK/in" "$WORK/out" "$WORK/logs"
mkdir -p "$WORK/in" "$WORK/out" "$WORK/logs"
export KASHIF KASHIF_ARGS WORK

if [ $# -ge 1 ]; then
  INPUT=$1
  [ -f "$INPUT" ] || { echo "run-local: cannot read $INPUT" >&2; exit 2; }
else
  # Sample: one line per paragraph of each fixture article, with the article's date as
  # referenceDate (as a crawler would record the publication date): most paragraphs have no
  # dateline of their own.
  INPUT="$WORK/input.jsonl"
  node - "$REPO/fixtures" "${SAMPLE_LINES:-0}" >"$INPUT" <<'JS'
const fs = require('fs'), path = require('path');
const [dir, wanted] = [process.argv[2], Number(process.argv[3])];
const paras = [];
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const name = f.replace(/\.txt$/, '');
  const gold = JSON.parse(fs.readFileSync(path.join(dir, name + '.gold.json'), 'utf8'));
  const ps = fs.readFileSync(path.join(dir, f), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  ps.forEach((text, i) => paras.push({ id: `${name}/p${String(i + 1).padStart(2, '0')}`, text, referenceDate: gold.documentDate }));
}
const n = wanted > 0 ? wanted : paras.length;
const out = [];
for (let i = 0; i < n; i++) {
  const p = paras[i % paras.length], copy = Math.floor(i / paras.length);
  out.push(JSON.stringify(copy ? { ...p, id: `${p.id}#${copy + 1}` } : p));
}
process.stdout.write(out.join('\n') + '\n');
JS
fi

# Contiguous shards, cut at line boundaries: GNU split -n l/N balances them by bytes; elsewhere
# (BSD split has no l/N) awk balances them by lines.
if ! split -n "l/$SHARDS" -d -a 5 --additional-suffix=.jsonl "$INPUT" "$WORK/in/part-" 2>/dev/null; then
  rm -f "$WORK/in"/part-*
  total=$(wc -l <"$INPUT" | tr -d ' ')
  awk -v dir="$WORK/in" -v per=$(((total + SHARDS - 1) / SHARDS)) \
    '{ f = sprintf("%s/part-%05d.jsonl", dir, int((NR - 1) / (per ? per : 1))); print > f }' "$INPUT"
fi

kashif_cmd
echo "kashif map step: $(wc -l <"$INPUT" | tr -d ' ') lines in $(ls "$WORK/in" | wc -l | tr -d ' ') shards, at most $PARALLEL running at once, each task: ${CMD[*]} batch --workers 1${KASHIF_ARGS:+ $KASHIF_ARGS}"
t0=$(node -p 'Date.now()')
status=0
for f in "$WORK/in"/part-*.jsonl; do printf '%s\0' "$f"; done | xargs -0 -n 1 -P "$PARALLEL" bash "$SELF" --task || status=$?
t1=$(node -p 'Date.now()')
if [ "$status" -ne 0 ]; then
  echo "run-local: some map tasks failed; nothing was marked _SUCCESS. Re-running re-does them: the output is deterministic." >&2
  exit 1
fi

# The check: same number of lines, and the same id on line i of a shard and line i of its part.
node - "$INPUT" "$WORK" "$t0" "$t1" <<'JS'
const fs = require('fs'), path = require('path');
const [input, work, t0, t1] = process.argv.slice(2);
const lines = (file) => { // as kashif batch reads them: split on \n, a trailing \r dropped
  const s = fs.readFileSync(file, 'utf8');
  if (s === '') return [];
  const ls = s.split('\n');
  if (ls[ls.length - 1] === '') ls.pop();
  return ls.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
};
const idOf = (line) => { // the id kashif echoes: a string or a finite number, else null
  try {
    const v = JSON.parse(line);
    if (v && typeof v === 'object' && !Array.isArray(v) && (typeof v.id === 'string' || Number.isFinite(v.id))) return v.id;
  } catch {}
  return null;
};
const inDir = path.join(work, 'in'), outDir = path.join(work, 'out');
const parts = fs.readdirSync(inDir).filter((f) => /^part-\d+\.jsonl$/.test(f)).sort();
const problems = [];
const shardLines = parts.flatMap((p) => lines(path.join(inDir, p)));
const inputLines = lines(input);
if (shardLines.length !== inputLines.length || shardLines.some((l, i) => l !== inputLines[i])) problems.push('the shards, concatenated, are not the input');
let totIn = 0, totOut = 0, totErr = 0, totBytes = 0;
console.log('part              in   out  ids       errors  seconds');
for (const p of parts) {
  const src = lines(path.join(inDir, p));
  const outFile = path.join(outDir, p);
  const dst = fs.existsSync(outFile) ? lines(outFile) : null;
  let ids = 'match', errors = 0;
  if (!dst) { ids = 'MISSING'; problems.push(`${p}: no output`); }
  else {
    if (dst.length !== src.length) problems.push(`${p}: ${src.length} lines in, ${dst.length} out`);
    for (let i = 0; i < Math.max(src.length, dst.length); i++) {
      let got;
      try { const o = JSON.parse(dst[i]); got = o.id; if (o.error) errors++; } catch { got = '(not JSON)'; }
      if (i >= src.length || i >= dst.length || got !== idOf(src[i])) {
        ids = 'MISMATCH';
        problems.push(`${p} line ${i + 1}: input id ${JSON.stringify(idOf(src[i] ?? ''))}, output id ${JSON.stringify(got)}`);
        break;
      }
    }
  }
  const secsFile = path.join(work, 'logs', p + '.seconds');
  const secs = fs.existsSync(secsFile) ? fs.readFileSync(secsFile, 'utf8').trim() : '-';
  totIn += src.length; totOut += dst ? dst.length : 0; totErr += errors; totBytes += fs.statSync(path.join(inDir, p)).size;
  console.log(`${p.padEnd(16)} ${String(src.length).padStart(4)} ${String(dst ? dst.length : '-').padStart(5)}  ${ids.padEnd(9)} ${String(errors).padStart(6)}  ${secs.padStart(7)}`);
}
const wall = (Number(t1) - Number(t0)) / 1000;
console.log(`total            ${String(totIn).padStart(4)} ${String(totOut).padStart(5)}  ${problems.length ? 'FAILED' : 'match'}     ${String(totErr).padStart(6)}  ${wall.toFixed(2).padStart(7)} wall`);
const size = totBytes >= 1e6 ? `${(totBytes / 1e6).toFixed(2)} MB` : `${(totBytes / 1e3).toFixed(1)} kB`;
console.log(`${size} of input in ${wall.toFixed(2)} s${totBytes < 5e6 ? ' (on so small an input, mostly process start-up: not a throughput figure)' : ''}`);
if (problems.length) {
  for (const m of problems.slice(0, 20)) console.error('run-local: ' + m);
  process.exit(1);
}
fs.writeFileSync(path.join(outDir, '_SUCCESS'), '');
console.log(`ok: ${outDir}/part-*.jsonl, one line per input line; \`cat ${outDir}/part-*.jsonl\` is in input order`);
JS
