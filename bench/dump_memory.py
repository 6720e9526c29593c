"""Large dumps in bounded memory: the loader alone, a whole index run, and a killed run resumed.

    python bench/dump_memory.py jsonl     # loader only: 12,000 MultiHop-RAG records repeated (78 MB)
    python bench/dump_memory.py json      # the same as NewsAPI's {"articles": [...]}
    python bench/dump_memory.py index --records 1000 [--code DIR] [--steps 6]   # peak RSS of an index run
    python bench/dump_memory.py generate --records 100000 --out /tmp/big/dump.jsonl   # ~600 MB
    python bench/dump_memory.py run --dump /tmp/big/dump.jsonl --home /tmp/big/home --seconds 240

``index`` writes a JSONL dump of N distinct news-sized records (the MultiHop-RAG articles,
then copies rewritten as ``bench/growth.py`` does), indexes it in a child process (the
code in ``--code``, default this checkout, so an older commit can be measured the same
way) and prints that process's peak RSS and its model processes'; ``--steps K`` stops the
run after its K-th write step (both versions report progress once per step), so dumps of
different sizes are compared over the same work. ``run`` starts
``byline -v index DUMP`` as a user would, samples its memory and progress lines every
second, and kills it with SIGKILL after ``--seconds``; run it again on the same home to
see the next run resume (its first progress line says how many articles it passed over).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import growth
from extraction_set import SHARED

from index.loaders import load_file

ROOT = Path(__file__).resolve().parents[1]
MULTIHOP = SHARED / "bench" / "multihop_rag"
N_RECORDS = 12_000

RUN_ONE = """
import json, re, resource, sys, time
from pathlib import Path
from byline.offline import go_offline
go_offline()
from byline.settings import Settings
from index import index_paths

class Enough(Exception):
    pass

steps, cap = [], int(sys.argv[3])

def step(done, total):  # called after each write step, by the code before and after the change alike
    status = Path("/proc/self/status").read_text()
    steps.append(int(re.search(r"VmRSS:\\s+(\\d+)", status).group(1)) // 1024)
    if cap and len(steps) >= cap:
        raise Enough

began = time.perf_counter()
try:
    report = index_paths([Path(sys.argv[1])], Settings(home=Path(sys.argv[2])), progress=step)
    added = report.added
except Enough:
    added = None
print(json.dumps({
    "seconds": round(time.perf_counter() - began, 1),
    "added": added,
    "write_steps": len(steps),
    "rss_mib_after_steps_1_2_3_last": steps[:3] + steps[-1:],
    "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    "model_processes_peak_rss_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
}))
"""


def write_repeated(path: Path, kind: str) -> None:
    """The 609 articles repeated to ``N_RECORDS`` (loader test: records may repeat)."""
    with (MULTIHOP / "corpus_first6000chars.jsonl").open(encoding="utf-8") as f:
        source = [json.loads(line) for line in f]
    with path.open("w", encoding="utf-8") as out:
        out.write('{"articles": [\n' if kind == "json" else "")
        for i in range(N_RECORDS):
            record = json.dumps(dict(source[i % len(source)], doc_id=f"x{i}"))
            last = i == N_RECORDS - 1
            out.write(record + ("\n" if kind == "jsonl" or last else ",\n"))
        out.write("]}\n" if kind == "json" else "")


def write_distinct(path: Path, records: int) -> None:
    """One JSONL dump of ``records`` distinct articles (``bench/growth.py``'s rewritten copies)."""
    growth.DATA = MULTIHOP  # growth finds the corpus beside /work/main; a worktree names it here
    parts = path.parent / f"{path.stem}-parts"
    growth.rewritten_corpus(records, parts)
    with path.open("wb") as out:
        for part in sorted(parts.glob("copy-*.jsonl")):
            with part.open("rb") as handle:
                shutil.copyfileobj(handle, out)
    shutil.rmtree(parts)


def read_only(kind: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"dump.{kind}"
        write_repeated(path, kind)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        began = time.perf_counter()
        articles = sum(hasattr(item, "text") for item in load_file(path, 20_000_000))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{kind}: {path.stat().st_size / 1e6:.0f} MB, {articles} articles in "
            f"{time.perf_counter() - began:.0f} s; peak RSS {peak:.0f} MiB ({before:.0f} MiB before reading)"
        )


def rss_mib(pid: int) -> float:
    """Resident memory of one process now (0 once it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    match = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(match.group(1)) / 1024 if match else 0.0


def env_for(code: Path) -> dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(code),
        HF_HUB_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
        GRADIO_ANALYTICS_ENABLED="False",
    )


def index_once(records: int, code: Path, steps: int) -> None:
    with tempfile.TemporaryDirectory(prefix="byline-dump-memory-") as tmp:
        dump = Path(tmp) / "dump.jsonl"
        write_distinct(dump, records)
        result = subprocess.run(
            [sys.executable, "-c", RUN_ONE, str(dump), str(Path(tmp) / "home"), str(steps)],
            cwd=code,
            env=env_for(code),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            sys.exit(result.stderr[-3000:])
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        print(json.dumps({"records": records, "dump_mb": round(dump.stat().st_size / 1e6, 1), **figures}))


def children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (the run's model processes)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def run_and_kill(dump: Path, home: Path, seconds: float) -> None:
    """``byline -v index DUMP`` for ``seconds``, sampled every second, then SIGKILL."""
    began = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "-v", "index", str(dump)],
        cwd=ROOT,
        env=dict(env_for(ROOT), BYLINE_HOME=str(home)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    progress: list[tuple[float, str]] = []

    def follow() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            if re.search(r"stored|interrupted|applying|Traceback|Error", line):
                progress.append((time.monotonic() - began, line.strip()))

    threading.Thread(target=follow, daemon=True).start()
    peak, peak_models, samples = 0.0, 0.0, []
    while time.monotonic() - began < seconds and proc.poll() is None:
        rss = rss_mib(proc.pid)
        models = sum(rss_mib(child) for child in children(proc.pid))
        peak, peak_models = max(peak, rss), max(peak_models, models)
        samples.append((round(time.monotonic() - began), round(rss)))
        time.sleep(1.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    time.sleep(0.5)  # the reader thread takes the last lines
    print(
        f"killed after {time.monotonic() - began:.0f} s; peak RSS of the run {peak:.0f} MiB, "
        f"of its model processes together {peak_models:.0f} MiB"
    )
    print("RSS of the run (s, MiB) every 30 s:", samples[::30])
    storing = [p for p in progress if re.search(r"stored [1-9]", p[1])]
    for label, line in (
        ("first progress line", progress[:1]),
        ("first line with articles stored", storing[:1]),
        ("last progress line", progress[-1:]),
    ):
        for at, text in line:
            print(f"{label} at {at:.0f} s: {text[text.find('stored') if 'stored' in text else 0 :]}")
    for at, text in progress:
        if "applying" in text or "interrupted" in text or "Error" in text:
            print(f"  at {at:.0f} s: {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("mode", choices=["jsonl", "json", "index", "generate", "run"])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose index run is measured")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--home", type=Path)
    parser.add_argument("--seconds", type=float, default=240.0)
    parser.add_argument("--steps", type=int, default=0, help="index: stop after this many write steps")
    args = parser.parse_args(argv)
    if args.mode in ("jsonl", "json"):
        read_only(args.mode)
    elif args.mode == "index":
        index_once(args.records, args.code.resolve(), args.steps)
    elif args.mode == "generate":
        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_distinct(args.out, args.records)
        print(f"{args.out}: {args.records} records, {args.out.stat().st_size / 1e6:.0f} MB")
    else:
        run_and_kill(args.dump, args.home, args.seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
