#!/usr/bin/env bash
# kashif as the mapper of a map-only Hadoop Streaming job over JSON Lines on HDFS.
#
#   INPUT='/data/news/2024/*.jsonl' OUTPUT=/data/news-entities/2024 bash hadoop-streaming.sh
#   DRY_RUN=1 bash hadoop-streaming.sh   # no Hadoop needed: build the bundle, run one task's
#                                        # mapper locally on 3 lines, print the hadoop command
#
# Run it on a machine with `hadoop` and npm (an edge node). It
#   1. builds kashif-bundle.tgz once: kashif and its runtime dependencies (node_modules, no dev
#      dependencies), shipped to the task nodes with -archives and unpacked there as ./kashif;
#   2. writes kashif-mapper.sh, shipped with -files: it runs
#        node kashif/node_modules/kashif/dist/cli.js batch --workers 1 [KASHIF_ARGS]
#      with ./node/bin/node if a Node tarball was shipped (NODE_TGZ), else `node` on PATH;
#   3. submits the job: no reducers (-D mapreduce.job.reduces=0), so every map task's output is
#      one file OUTPUT/part-NNNNN with exactly one line per input line of its split, in order.
#
# Hadoop Streaming feeds a mapper one record per line on stdin and takes its stdout lines as
# output records. Two things matter for a JSON Lines mapper:
#   - Keys on the mapper's input. With the default TextInputFormat, streaming passes only the
#     line (the byte-offset key is dropped). With any other input format, e.g. NLineInputFormat,
#     it writes "KEY<TAB>LINE", and every line would be INVALID_JSON for kashif: set
#     -D stream.map.input.ignoreKey=true (done below when LINES_PER_MAP is set).
#   - Keys on the output. Streaming splits each output line at its first tab into key and value.
#     kashif's lines contain no raw tab (JSON escapes it inside strings), so the whole line is the
#     key; TextOutputFormat may then end the line with the separator (a tab) before the empty
#     value. A trailing tab is JSON white space, so JSON readers accept the line as it is.
# The mapper must write exactly one line per input line: `kashif batch` does, even for a line
# that is not JSON or has no text (an {id, error} line in its place), and it never exits
# non-zero because of the data. Nothing checks this for you on a cluster, so check a sample of
# the output the way run-local.sh does (line counts, ids).
#
# Environment:
#   INPUT, OUTPUT    HDFS paths (OUTPUT must not exist)
#   KASHIF_ARGS      extra options for kashif batch, e.g. "--reference-date 2024-01-01"
#   KASHIF_PKG       what to bundle: this repository (default; needs dist/, `npm run build`) or a
#                    registry spec such as kashif@0.1.0
#   NODE_TGZ         optional .tar.gz of a Node >= 18 install with bin/node at its top (Hadoop
#                    unpacks .tar.gz, .tgz, .tar, .zip and .jar, not the .tar.xz Node ships as):
#                      tar -C node-v20.20.2-linux-x64 -czf node.tgz .
#                    Without it, `node` must be on the PATH of every task node.
#   LINES_PER_MAP    use NLineInputFormat with this many lines per task (default: TextInputFormat,
#                    one task per HDFS block, 128 MB ≈ 1.5 min at ≈1.5 MB/s per core)
#   MAP_MEMORY_MB    container size per map task (default 1536: the task JVM with -Xmx512m, plus
#                    the kashif process, ~300 MB, and headroom)
#   STREAMING_JAR    hadoop-streaming jar (default: found under $HADOOP_HOME)
#   BUILD            where the bundle and the mapper script are written (default ./kashif-hadoop)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
KASHIF_PKG=${KASHIF_PKG:-$REPO}
KASHIF_ARGS=${KASHIF_ARGS:-}
BUILD=${BUILD:-$PWD/kashif-hadoop}
MAP_MEMORY_MB=${MAP_MEMORY_MB:-1536}
mkdir -p "$BUILD"
BUNDLE="$BUILD/kashif-bundle.tgz"
MAPPER="$BUILD/kashif-mapper.sh"

# 1. The bundle: node_modules/kashif and its dependencies, nothing else.
if [ ! -f "$BUNDLE" ]; then
  stage=$(mktemp -d)
  if [ -d "$KASHIF_PKG" ]; then
    [ -f "$KASHIF_PKG/dist/cli.js" ] || { echo "hadoop-streaming: $KASHIF_PKG/dist is missing: run npm run build there first" >&2; exit 2; }
    (cd "$KASHIF_PKG" && npm pack --silent --pack-destination "$stage" >/dev/null)
    spec=$(ls "$stage"/kashif-*.tgz)
  else
    spec=$KASHIF_PKG
  fi
  (cd "$stage" && echo '{"private":true}' >package.json &&
    npm install --silent --omit=dev --no-audit --no-fund --no-package-lock "$spec" &&
    tar -czf "$BUNDLE" node_modules)
  rm -rf "$stage"
fi

# 2. The mapper. It runs in the task's working directory, where -archives unpacked the bundle
#    as ./kashif (and Node as ./node). Input is stdin, output stdout: exactly one line per line.
cat >"$MAPPER" <<'SH'
#!/bin/sh
# Hadoop Streaming mapper: kashif batch, one process, one core.
NODE=node
if [ -x ./node/bin/node ]; then NODE=./node/bin/node; fi
exec "$NODE" ./kashif/node_modules/kashif/dist/cli.js batch --workers 1 --no-progress "$@"
SH

# 3. The job. Generic options (-D, -files, -archives) must come before the streaming options.
ARCHIVES="$BUNDLE#kashif${NODE_TGZ:+,$NODE_TGZ#node}"
GENERIC=(
  -D "mapreduce.job.name=kashif ${OUTPUT:-OUTPUT}"
  -D mapreduce.job.reduces=0
  -D "mapreduce.map.memory.mb=$MAP_MEMORY_MB"
  -D mapreduce.map.java.opts=-Xmx512m
  -D mapreduce.map.maxattempts=4
  -D mapreduce.output.fileoutputformat.compress=true
  -D mapreduce.output.fileoutputformat.compress.codec=org.apache.hadoop.io.compress.GzipCodec
)
STREAM=()
if [ -n "${LINES_PER_MAP:-}" ]; then
  GENERIC+=(-D "mapreduce.input.lineinputformat.linespermap=$LINES_PER_MAP" -D stream.map.input.ignoreKey=true)
  STREAM+=(-inputformat org.apache.hadoop.mapred.lib.NLineInputFormat)
fi
GENERIC+=(-files "$MAPPER" -archives "$ARCHIVES")
STREAM+=(-input "${INPUT:-INPUT}" -output "${OUTPUT:-OUTPUT}" -mapper "sh kashif-mapper.sh${KASHIF_ARGS:+ $KASHIF_ARGS}")

if [ -n "${DRY_RUN:-}" ]; then
  # What one map task does, without Hadoop: the bundle unpacked as ./kashif in a task directory,
  # the mapper run with a few lines on stdin, one output line per input line.
  task=$(mktemp -d)
  mkdir "$task/kashif" && tar -C "$task/kashif" -xzf "$BUNDLE" && cp "$MAPPER" "$task/"
  printf '%s\n' \
    '{"id":"n1","text":"زار الرئيس الفرنسي القاهرة يوم 9 يناير 2022"}' \
    'not json' \
    '{"id":"n3","text":"ارتفع التضخم في مصر إلى 35.2% في يناير","referenceDate":"2024-02-10"}' >"$task/split.jsonl"
  # shellcheck disable=SC2086 # KASHIF_ARGS is a list of options
  (cd "$task" && sh kashif-mapper.sh $KASHIF_ARGS <split.jsonl >part-00000)
  node -e '
    const fs = require("fs");
    const ids = (f) => fs.readFileSync(f, "utf8").trim().split("\n").map((l) => { try { return JSON.parse(l).id ?? null; } catch { return null; } });
    const [a, b] = [ids(process.argv[1]), ids(process.argv[2])];
    console.log(`one task, locally: ${a.length} lines in, ${b.length} out, ids ${JSON.stringify(b)}`);
    if (JSON.stringify(a) !== JSON.stringify(b)) process.exit(1);' "$task/split.jsonl" "$task/part-00000"
  rm -rf "$task"
  echo "bundle: $BUNDLE ($(du -k "$BUNDLE" | cut -f1) KB); mapper: $MAPPER"
  printf 'hadoop jar %s' "${STREAMING_JAR:-\$HADOOP_HOME/share/hadoop/tools/lib/hadoop-streaming-*.jar}"
  printf ' \\\n  %q %q' "${GENERIC[@]}" "${STREAM[@]}"
  echo
  exit 0
fi

: "${INPUT:?set INPUT to the HDFS input path (JSON Lines)}" "${OUTPUT:?set OUTPUT to a new HDFS output directory}"
STREAMING_JAR=${STREAMING_JAR:-$(ls "${HADOOP_HOME:?set HADOOP_HOME or STREAMING_JAR}"/share/hadoop/tools/lib/hadoop-streaming-*.jar | head -n 1)}
hadoop jar "$STREAMING_JAR" "${GENERIC[@]}" "${STREAM[@]}"
echo "done: $OUTPUT/part-* (gzip), one line per input line; each line carries its id"
