#!/usr/bin/env python3
"""Times `java -jar target/dossier.jar build` on the shared synthetic corpus, side by side with Hugo.

For each corpus size: one warm-up run of each generator, then RUNS runs alternating
(dossier, hugo, dossier, hugo, ...) so machine noise hits both alike. Reports medians and the
min-max spread of wall time, user+system CPU and peak resident memory (from wait4, per process),
the dossier/Hugo wall-time ratio, and how the cost grows from the smallest size to the largest,
with each generator's CPU split by a straight line through the smallest and largest sizes: a fixed
part (JVM start, JIT compiling, templates) and a part per article.

At the end it checks the targets of the largest size: dossier/Hugo wall time <= 0.5, dossier peak
RSS <= 1 GiB, and largest/smallest wall time <= 1.1 x the ratio of article counts.

By default every run builds over the output of the run before, as an editor rebuilds: each generator
may keep what it finds there (Dossier keeps the preview images whose texts did not change). With
--fresh, each generator's output folder is removed and the disk synced before each of its runs (not
timed): first builds.

Usage: bench/bench.py [--sizes 1000,10000] [--runs 5] [--work /tmp/dossier-bench] [--no-hugo] [--fresh]
                      [--java-opts "-XX:TieredStopAtLevel=1"]
Run it from the repository root after `mvn package`.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_BENCH = REPO.parent / "shared" / "bench"


def run_once(cmd, log):
    """Runs cmd; returns (wall seconds, cpu seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=log, stderr=log)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"command failed ({proc.returncode}): {' '.join(map(str, cmd))}; see {log.name}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def summary(label, samples):
    walls, cpus, rss = zip(*samples)
    print(f"  {label:8} wall {statistics.median(walls):6.2f} s  (min {min(walls):.2f}, max {max(walls):.2f})"
          f"   cpu {statistics.median(cpus):6.2f} s   peak RSS {statistics.median(rss):7.0f} MiB (max {max(rss):.0f})")
    return statistics.median(walls), statistics.median(cpus)


def corpus(tool, size, work):
    folder = work / f"c{size}"
    if not (folder / "content" / "articles").is_dir() or len(list((folder / "content" / "articles").glob("*.md"))) != size:
        subprocess.run([sys.executable, str(tool), "--articles", str(size), "--out", str(folder)], check=True,
                       stdout=subprocess.DEVNULL)
    return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", default="/tmp/dossier-bench")
    parser.add_argument("--jar", default=str(REPO / "target" / "dossier.jar"))
    parser.add_argument("--corpus-tool", default=str(SHARED_BENCH / "make-corpus.py"))
    parser.add_argument("--hugo-build", default=str(SHARED_BENCH / "hugo-build.sh"))
    parser.add_argument("--no-hugo", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="remove the output and sync before each run: first builds")
    parser.add_argument("--java-opts", default="", help="JVM options placed before -jar, to compare settings")
    args = parser.parse_args()

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    hugo = shutil.which("hugo") if not args.no_hugo else None
    if not args.no_hugo and not hugo:
        print("hugo not found (apt-get install hugo): timing the dossier generator alone")
    log = open(work / "bench.log", "w")
    medians = {}
    cpu = {}
    peaks = {}
    for size in [int(s) for s in args.sizes.split(",")]:
        folder = corpus(Path(args.corpus_tool), size, work)
        outputs = {"dossier": work / f"dossier-out-{size}", "hugo": work / f"hugo-out-{size}"}
        dossier = ["java", *args.java_opts.split(), "-jar", args.jar, "build", "--content", str(folder / "content"),
                   "--out", str(outputs["dossier"])]
        commands = {"dossier": dossier}
        if hugo:
            site = work / f"hugo-site-{size}"
            if not site.is_dir():
                subprocess.run(["bash", args.hugo_build, "prepare", str(folder), str(site)], check=True, stdout=log)
            commands["hugo"] = [hugo, "--quiet", "-s", str(site), "-d", str(outputs["hugo"])]

        def timed_run(name):
            if args.fresh:
                shutil.rmtree(outputs[name], ignore_errors=True)
                # the last run's files reach the disk before this one is timed, not while it runs
                os.sync()
            return run_once(commands[name], log)

        for name in commands:
            timed_run(name)
        samples = {name: [] for name in commands}
        for _ in range(args.runs):
            for name in commands:
                samples[name].append(timed_run(name))
        kind = "first builds (output removed before each)" if args.fresh else "rebuilds over the last output"
        print(f"{size} articles, median of {args.runs} runs after a warm-up, {kind}:")
        timed = {name: summary(name, s) for name, s in samples.items()}
        medians[size] = {name: wall for name, (wall, _) in timed.items()}
        cpu[size] = {name: seconds for name, (_, seconds) in timed.items()}
        peaks[size] = statistics.median(r for _, _, r in samples["dossier"])
        if "hugo" in medians[size]:
            print(f"  ratio    dossier / hugo wall time = {medians[size]['dossier'] / medians[size]['hugo']:.2f}")
    sizes = sorted(medians)
    large = sizes[-1]
    checks = [(f"peak RSS at {large} <= 1024 MiB", peaks[large], peaks[large] <= 1024)]
    if "hugo" in medians[large]:
        ratio = medians[large]["dossier"] / medians[large]["hugo"]
        checks.append((f"wall time at {large} <= 0.5 x Hugo's", ratio, ratio <= 0.5))
    if len(sizes) > 1:
        small = sizes[0]
        growth = medians[large]["dossier"] / medians[small]["dossier"]
        print(f"growth   dossier {large}/{small}: {growth:.1f}x for {large / small:.0f}x the articles")
        checks.append((f"growth {large}/{small} <= {1.1 * large / small:.0f}x", growth, growth <= 1.1 * large / small))
        # a straight line through the two CPU medians: what a build costs whatever its size, and per article
        for name in cpu[large]:
            per = (cpu[large][name] - cpu[small][name]) / (large - small)
            print(f"cpu split {name:7} {cpu[small][name] - per * small:5.2f} s fixed + {1000 * per:.2f} ms per article")
    print("targets:")
    for label, value, met in checks:
        print(f"  {'met    ' if met else 'NOT MET'}  {label}: {value:.2f}")


if __name__ == "__main__":
    main()
