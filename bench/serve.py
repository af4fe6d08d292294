#!/usr/bin/env python3
"""Times the preview's rebuild of one changed article: `java -jar target/dossier.jar serve` on a copy
of the shared synthetic corpus, edited the way a writer edits.

Copies the corpus (made by ../shared/bench/make-corpus.py when absent, as bench/bench.py does) to a
scratch folder, starts serve on a free 127.0.0.1 port, waits for the first build, makes a few warm-up
edits of each kind, then RUNS timed edits of each kind, each on another article, waiting each time
for serve's "rebuilt 1 article, N files written in X ms, Y ms after the file event" line. Prints,
per kind, the median, min and max of serve's own "ms after the file event" figure, of its rebuild
time, of the CPU time serve used (all its threads, from the save to the line: on a busy machine the
figure that still means something) and of the files written; then stops serve (SIGINT, as Ctrl-C does) and removes the copy.

Kinds of edit: body (a sentence added at the end), title (a new title of an article reporting
events), tags (a common tag added to an article reporting none). Files are written as most editors do:
a temporary file beside the article renamed over it; --save truncate writes the article in place.

Usage: bench/serve.py [--size 10000] [--runs 10] [--warmup 3] [--kinds body,title,tags]
                      [--save rename|truncate] [--work /tmp/dossier-bench] [--java-opts "..."] [--jfr FILE]
Run it from the repository root after `mvn package`. Not a test: figures depend on the machine's load.
--jfr records with JFR's "profile" settings, or with the .jfc file the JFC environment variable names.
"""
import argparse
import os
import queue
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_BENCH = REPO.parent / "shared" / "bench"
REBUILT = re.compile(r"rebuilt (\d+) articles?, (\d+) files? written in (\d+) ms, (\d+) ms after the file event")
TIMEOUT = 120


def corpus(tool, size, work):
    folder = work / f"c{size}"
    articles = folder / "content" / "articles"
    if not articles.is_dir() or len(list(articles.glob("*.md"))) != size:
        subprocess.run([sys.executable, str(tool), "--articles", str(size), "--out", str(folder)], check=True,
                       stdout=subprocess.DEVNULL)
    return folder / "content"


class Serve:
    """The serve process, its output lines read on a thread into a queue."""

    def __init__(self, cmd):
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, pattern, timeout=TIMEOUT):
        """The first line matching pattern (others are echoed when they say something went wrong)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = self.lines.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                break
            if line is None:
                sys.exit(f"serve ended (exit {self.proc.wait()})")
            match = re.search(pattern, line)
            if match:
                return match
            if "error" in line or "failure" in line:
                print("  serve:", line)
        sys.exit(f"no line matching {pattern!r} within {timeout} s")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def cpu_ms(pid):
    """The process's user+system CPU time so far, in ms (Linux /proc; 10 ms steps): robust to the machine's load."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def save(path, text, how):
    if how == "truncate":
        path.write_text(text, encoding="utf-8")
        return
    temporary = path.with_name(".~" + path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def front_matter_end(text):
    return text.index("\n---", 3)


def body_edit(text, n):
    return text.rstrip("\n") + f"\n\nUne phrase ajoutée à la relecture numéro {n}.\n"


def title_edit(text, n):
    return re.sub(r'(?m)^title: "(.*)"$', lambda m: f'title: "{m.group(1)[:60]} (revu {n})"', text, count=1)


COMMON_TAGS = ["diplomatie", "sécurité", "défense", "Togo", "Russie"]


def tags_edit(text, n):
    """Adds a tag other articles carry (the corpus's tags), so no tag page is added."""
    head = text[:front_matter_end(text)]
    tag = next(t for t in COMMON_TAGS if f'"{t}"' not in head)
    return re.sub(r"(?m)^tags:\n", f'tags:\n  - "{tag}"\n', text, count=1)


EDITS = {"body": (body_edit, lambda head: True),
         "title": (title_edit, lambda head: "\nevents:" in head),
         "tags": (tags_edit, lambda head: "\nevents:" not in head and "\ntags:\n" in head)}


def candidates(articles, kind, count):
    """count articles fit for the kind of edit, spread over the corpus."""
    files = sorted(articles.glob("*.md"))
    fit = EDITS[kind][1]
    step = max(1, len(files) // (count * 3))
    chosen = []
    for i in range(0, len(files) * step, step):
        path = files[(i + list(EDITS).index(kind)) % len(files)]
        text = path.read_text(encoding="utf-8")
        if path not in chosen and fit(text[:front_matter_end(text)]):
            chosen.append(path)
        if len(chosen) == count:
            return chosen
    sys.exit(f"not {count} articles fit for a {kind} edit")


def edit_series(serve, paths, kind, how, first=0):
    """Edits each file of paths in turn; returns serve's figures for each edit."""
    edit = EDITS[kind][0]
    samples = []
    for n, path in enumerate(paths, start=first):
        text = path.read_text(encoding="utf-8")
        changed = edit(text, n)
        if changed == text:
            sys.exit(f"the {kind} edit changes nothing in {path.name}")
        time.sleep(0.3)  # the last rebuild's stragglers (a second event) are over
        cpu = cpu_ms(serve.proc.pid)
        save(path, changed, how)
        match = serve.wait_for(REBUILT.pattern)
        samples.append((int(match.group(4)), int(match.group(3)), int(match.group(2)),
                            round(cpu_ms(serve.proc.pid) - cpu)))
    return samples


def line(label, values, unit):
    return (f"{label} median {statistics.median(values):7.1f}{unit} (min {min(values)}, max {max(values)})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--kinds", default="body,title,tags")
    parser.add_argument("--save", choices=["rename", "truncate"], default="rename")
    parser.add_argument("--work", default="/tmp/dossier-bench")
    parser.add_argument("--jar", default=str(REPO / "target" / "dossier.jar"))
    parser.add_argument("--corpus-tool", default=str(SHARED_BENCH / "make-corpus.py"))
    parser.add_argument("--java-opts", default="", help="JVM options placed before -jar")
    parser.add_argument("--jfr", help="records a JFR profile of the timed edits alone (not the first build nor the"
                        " warm-up) to this file")
    args = parser.parse_args()

    source = corpus(Path(args.corpus_tool), args.size, Path(args.work))
    scratch = Path(tempfile.mkdtemp(prefix="dossier-serve-bench-"))
    serve = None
    try:
        content = scratch / "content"
        shutil.copytree(source, content)
        cmd = ["java", *args.java_opts.split(), "-jar", args.jar, "serve", "--content", str(content),
               "--port", "0", "--build-date", "2026-01-01"]
        started = time.monotonic()
        serve = Serve(cmd)
        built = serve.wait_for(r"site built, (\d+) files in (\d+) ms", timeout=600)
        serve.wait_for(r"serving http://127\.0\.0\.1:\d+/")
        print(f"{args.size} articles: first build {built.group(2)} ms, {built.group(1)} files "
              f"({time.monotonic() - started:.1f} s from start); load {os.getloadavg()[0]:.2f}; "
              f"{args.warmup} warm-up + {args.runs} timed edits per kind, saved by {args.save}")
        kinds = args.kinds.split(",")
        chosen = {kind: candidates(content / "articles", kind, args.warmup + args.runs) for kind in kinds}
        for kind in kinds:
            edit_series(serve, chosen[kind][:args.warmup], kind, args.save)
        if args.jfr:
            subprocess.run(["jcmd", str(serve.proc.pid), "JFR.start", "name=edits", "settings=" + os.environ.get("JFC", "profile")], check=True,
                           stdout=subprocess.DEVNULL)
        for kind in kinds:
            samples = edit_series(serve, chosen[kind][args.warmup:], kind, args.save, first=args.warmup)
            after, render, written, cpu = zip(*samples)
            print(f"  {kind:6} " + line("after event", after, " ms") + "   " + line("rebuild", render, " ms")
                  + "   " + line("cpu", cpu, " ms") + "   " + line("written", written, ""))
        print(f"load at the end {os.getloadavg()[0]:.2f}")
        if args.jfr:
            subprocess.run(["jcmd", str(serve.proc.pid), "JFR.stop", "name=edits", f"filename={Path(args.jfr).resolve()}"],
                           check=True, stdout=subprocess.DEVNULL)
    finally:
        if serve:
            serve.stop()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
