"""kashif as the map step of a PySpark job: RDD.pipe streams every partition through one
`kashif batch --workers 1` process, and saveAsTextFile writes one part file per partition.

    spark-submit --master yarn \\
        --archives kashif-bundle.tgz#kashif \\
        --conf spark.executor.cores=4 \\
        --conf spark.executor.memoryOverhead=1g \\
        spark_pipe.py hdfs:///data/news/2024 hdfs:///data/news-entities/2024 --bundle

    spark-submit --master 'local[2]' spark_pipe.py articles.jsonl out/ --kashif 'node dist/cli.js'

Input: JSON Lines {id, text, referenceDate?, forwardDates?}, one document per line (a text file
per line of which is one record, so sc.textFile splits it like any text). Output: one JSON line
per input line, the extract result plus its id, or {id, error: {code, message}}.

- RDD.pipe starts one process per partition, writes the partition's lines to its stdin in order
  and yields its stdout lines in order. `kashif batch` writes exactly one line per input line, in
  input order, so part-NNNNN holds partition NNNNN's results line for line; and every line
  carries its id, so nothing downstream depends on the order anyway (join on id).
- One process is one core (--workers 1); the parallelism is Spark's: choose about as many
  partitions as executor cores (--partitions; default sc.defaultParallelism). sc.textFile also
  cuts at HDFS blocks, so a large input gets more: a 128 MB block takes ~1.5 min at ≈1.5 MB/s per
  core, a good task size. Each process costs ~0.3 s of start-up and ~300 MB of memory outside
  the JVM: count spark.executor.cores × 300 MB in spark.executor.memoryOverhead.
- PySpark's pipe runs the command with exactly the environment it is given, and by default that
  is empty: no PATH, so neither `node` nor `kashif` would be found. This script passes PATH
  explicitly (the driver's, or --path).
- checkCode=True: a process that exits non-zero fails the task, and Spark retries it
  (spark.task.maxFailures). A retry reproduces the same output, since extract is deterministic
  given the text and the reference date; documents with no dateline and no referenceDate
  resolve relative dates against the day they run, so give --reference-date (or a per-line
  referenceDate, which wins over it) for reproducible output.
- The Scala RDD.pipe works the same way, without a Python worker in between.
"""
import argparse
import os
import shlex
import sys


def kashif_command(args):
    """The command line each partition is piped through (split by shlex on the executors)."""
    if args.bundle:
        # --archives kashif-bundle.tgz#kashif (built by hadoop-streaming.sh) unpacks into the
        # executor's working directory, which is where the piped process starts.
        base = ["node", "./kashif/node_modules/kashif/dist/cli.js"]
    else:
        base = shlex.split(args.kashif)
    cmd = base + ["batch", "--workers", "1", "--no-progress"]
    if args.reference_date:
        cmd += ["--reference-date", args.reference_date]
    if args.forward_dates:
        cmd += ["--forward-dates"]
    if args.types:
        cmd += ["--types", args.types]
    return " ".join(shlex.quote(c) for c in cmd)


def parse_args(argv):
    p = argparse.ArgumentParser(description="Extract entities from JSON Lines with kashif, one process per Spark partition.")
    p.add_argument("input", help="JSON Lines input path (file, directory or glob; .gz is read too)")
    p.add_argument("output", help="output directory (must not exist): part-NNNNN files, one line per input line")
    p.add_argument("--partitions", type=int, default=0, help="minimum partitions (default: sc.defaultParallelism, i.e. the executor cores)")
    p.add_argument("--kashif", default="kashif", help="command that runs kashif on the executors (default: kashif on PATH)")
    p.add_argument("--bundle", action="store_true", help="run kashif from the --archives kashif-bundle.tgz#kashif bundle")
    p.add_argument("--path", default=None, help="PATH for the kashif processes (default: the driver's PATH)")
    p.add_argument("--reference-date", default=None, help="reference date for lines without one, e.g. 2024-01-01")
    p.add_argument("--forward-dates", action="store_true", help="resolve bare weekdays forward")
    p.add_argument("--types", default=None, help="only these mention types, e.g. person,organization")
    p.add_argument("--gzip", action="store_true", help="gzip the part files (the output is ~4-5x the input)")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark import SparkContext  # imported here so that --help works without pyspark

    sc = SparkContext(appName="kashif " + args.output)
    partitions = args.partitions or sc.defaultParallelism
    command = kashif_command(args)
    env = {"PATH": args.path or os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin")}

    lines = sc.textFile(args.input, minPartitions=partitions)
    results = lines.pipe(command, env=env, checkCode=True)
    codec = "org.apache.hadoop.io.compress.GzipCodec" if args.gzip else None
    results.saveAsTextFile(args.output, compressionCodecClass=codec)
    print("kashif: %s -> %s/part-* (%d partitions, each through: %s)" % (args.input, args.output, lines.getNumPartitions(), command))
    sc.stop()


if __name__ == "__main__":
    main()
