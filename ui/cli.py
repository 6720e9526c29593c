"""The ``byline`` command: index, ask, serve, list, remove.

It builds the one Settings from flags and environment and hands it to ``index``,
``rag`` or ``ui``. Each subcommand imports only what it needs, so ``byline ask``
never pays for Gradio.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from byline.errors import DataFolderError, UserFacingError
from byline.offline import go_offline
from byline.settings import Settings

if TYPE_CHECKING:
    from index.pipeline import IndexReport

log = logging.getLogger("byline")

DEFAULT_SEEDS = Path("seeds")
DESCRIPTION = "Ask a folder of news articles a question; every answer cites the passage it came from."


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if args.home:
        if Path(args.home).exists() and not Path(args.home).is_dir():
            raise DataFolderError(f"--home {args.home} is a file; give a folder for the index")
        overrides["home"] = Path(args.home)
    if getattr(args, "field", None):
        overrides["field_map"] = _field_map(args.field)
    if args.chroma_url:
        overrides["chroma_url"] = args.chroma_url
    if getattr(args, "auth", None):
        log.warning(
            "--auth puts the password on the command line, where other users of this machine can read "
            "it (ps, shell history); prefer --auth-file FILE or the BYLINE_AUTH environment variable"
        )
        overrides["auth"] = args.auth
    if getattr(args, "auth_file", None):
        overrides["auth_file"] = Path(args.auth_file)
    if getattr(args, "api_keys_file", None):
        overrides["api_keys_file"] = Path(args.api_keys_file)
    return Settings(**overrides)


def _field_map(pairs: list[str]) -> dict[str, str]:
    """``["body=contenido", ...]`` to ``{"body": "contenido"}``, or one clear error."""
    from index.loaders.records import FIELDS

    mapping = {}
    for pair in pairs:
        key, sep, name = pair.partition("=")
        if not sep or key.strip() not in FIELDS or not name.strip():
            raise UserFacingError(f"--field {pair!r}: use FIELD=NAME with FIELD one of {', '.join(FIELDS)}")
        mapping[key.strip()] = name.strip()
    return mapping


def _print_skipped(skipped: list[Any]) -> None:
    """Each skipped file with its reason; unknown types (per extension) and hidden files as counts."""
    unknown = Counter(s.reason for s in skipped if s.reason.startswith(("unsupported file type", "hidden")))
    for s in skipped:
        if s.reason not in unknown:
            print(f"  skipped {s.path}: {s.reason}")
    for reason, count in sorted(unknown.items()):
        print(f"  skipped {count} file(s): {reason}")


class _ProgressBar:
    """A one-line progress bar (megabytes of the files read) with an ETA, for terminals only."""

    def __init__(self) -> None:
        self.began = time.monotonic()
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if total <= 0:
            return
        elapsed = time.monotonic() - self.began
        eta = elapsed / done * (total - done) if done else 0.0
        filled = int(30 * done / total)
        sys.stderr.write(
            f"\rindexing [{'#' * filled}{'.' * (30 - filled)}] {done / 1e6:.1f}/{total / 1e6:.1f} MB read"
            f"  ETA {eta:4.0f}s"
        )
        sys.stderr.flush()
        self.shown = True

    def end(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def cmd_index(args: argparse.Namespace) -> int:
    from index import index_paths

    settings = _settings(args)
    paths = [Path(p) for p in args.paths] or [DEFAULT_SEEDS]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise UserFacingError(f"no such file or folder: {', '.join(missing)}")
    if args.watch is not None:
        if not args.watch > 0:  # NaN too
            raise UserFacingError(f"--watch {args.watch}: give a number of seconds above 0")
        return _watch(args, settings, paths)
    bar = None if args.json or not sys.stderr.isatty() else _ProgressBar()
    try:
        report = index_paths(
            paths, settings, prune=args.prune, rebuild=args.rebuild, progress=bar, keep_model=False
        )
    finally:
        if bar is not None:
            bar.end()
    _print_report(report, settings, args.json)
    return 0 if report.indexed_anything else 1


def _print_report(report: IndexReport, settings: Settings, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report.as_dict()), flush=True)
        return
    print(
        f"added {report.added}, updated {report.updated}, removed {report.removed}, "
        f"unchanged {report.unchanged}, skipped {len(report.skipped)}; "
        f"{report.chunks_embedded} chunks embedded in {report.seconds:.1f}s "
        f"(index in {settings.chroma_url or settings.home})"
    )
    _print_skipped(report.skipped)
    sys.stdout.flush()


def _watch(args: argparse.Namespace, settings: Settings, paths: list[Path]) -> int:
    """Index now and again whenever a file under ``paths`` changes, until Ctrl-C or SIGTERM."""
    import signal
    import threading

    from index.watch import Watcher, WatchOutcome

    stop = threading.Event()

    def stopping(signum: int, frame: Any) -> None:
        stop.set()

    def said(outcome: WatchOutcome) -> None:
        if outcome.report is not None:
            _print_report(outcome.report, settings, args.json)
        else:
            again = f"trying again every {args.watch:g}s"
            print(f"byline: {outcome.error} ({again})", file=sys.stderr, flush=True)

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, stopping)
    names = ", ".join(str(p) for p in paths)
    print(f"watching {names} every {args.watch:g}s (Ctrl-C stops)", file=sys.stderr, flush=True)
    Watcher(settings, paths, args.watch, prune=args.prune, on_run=said, rebuild=args.rebuild).watch(stop)
    print("stopped watching", file=sys.stderr, flush=True)
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from rag import Filters, answer

    filters = Filters.of(args.outlet, args.since, args.until, args.language)
    reply = answer(args.question, settings=_settings(args), filters=filters)
    if args.json:
        print(json.dumps(reply.as_dict(), ensure_ascii=False))
        return 0
    print(reply.text)
    if reply.notice:
        print(f"({reply.notice})")
    shown = reply.citations or reply.related
    if shown:
        print("\nSources:" if reply.citations else "\nClosest passages:")
    for c in shown:
        label = " — ".join(x for x in (c.title, c.publisher, c.date) if x)
        print(f"[{c.n}] {c.source} ({c.start}-{c.end}){': ' + label if label else ''}")
        print(f"    {' '.join(c.text.split())[:300]}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from ui.app import serve

    serve(_settings(args), host=args.host, port=args.port, seeds=DEFAULT_SEEDS)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from store.chroma import Store

    records = sorted(Store(_settings(args)).article_records().values(), key=lambda r: r.path)
    if args.json:
        print(json.dumps([{"doc_id": r.doc_id, **r.metadata()} for r in records]))
        return 0
    for r in records:
        print(
            f"{r.doc_id}  {r.date or '----------'}  {r.language or '--':2s}  {r.chunks:3d} chunks  "
            f"{r.publisher or '-'}  {r.title or r.source}"
        )
    print(f"{len(records)} articles")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from index import remove_articles

    removed = remove_articles(_settings(args), args.targets)
    print(f"removed {len(removed)} article(s)" + (f": {', '.join(removed)}" if removed else ""))
    return 0 if removed else 1


def cmd_doctor(args: argparse.Namespace) -> int:
    from index.doctor import check_index

    problems = check_index(_settings(args))
    for problem in problems:
        print(f"problem: {problem}")
    print("index is consistent" if not problems else "run `byline index --rebuild PATH ...` to start afresh")
    return 1 if problems else 0


def _common(suppress: bool) -> argparse.ArgumentParser:
    """--home, --chroma-url and -v, accepted before and after the subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    default = argparse.SUPPRESS if suppress else None
    common.add_argument(
        "--home", default=default, help="data folder of the index (default: $BYLINE_HOME or .byline)"
    )
    common.add_argument(
        "--chroma-url", default=default, help="use a Chroma server, e.g. http://127.0.0.1:8000"
    )
    common.add_argument("-v", "--verbose", action="store_true", default=default or False, help="log more")
    return common


INDEX_HELP = (
    "Reads .txt, .md, .html/.htm/.xhtml, .pdf, .docx, .json/.jsonl/.ndjson news dumps, and .gz of those. "
    "Hidden files are left out; a symlink is followed only when it leads to a file or folder inside the "
    "folder being indexed. Every file not indexed is listed with its reason."
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="byline", description=DESCRIPTION, parents=[_common(False)])
    sub = parser.add_subparsers(dest="command", required=True)
    after = [_common(True)]

    p = sub.add_parser(
        "index",
        help="build or update the index from files and folders",
        description=INDEX_HELP,
        parents=after,
    )
    p.add_argument("paths", nargs="*", help="files and folders (default: seeds/)")
    p.add_argument(
        "--field",
        action="append",
        metavar="FIELD=NAME",
        help="read FIELD (body, title, date, publisher, url, author, language, id) of JSON records "
        "from NAME, e.g. body=contenido; repeat for several",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--rebuild", action="store_true", help="start from an empty index")
    p.add_argument(
        "--watch",
        type=float,
        nargs="?",
        const=10.0,
        metavar="SECONDS",
        help="keep running: index again whenever a file under the paths is added, changed or removed, "
        "checking every SECONDS (default 10); the model and the index stay loaded, so each change "
        "costs only what changed. Ctrl-C stops",
    )
    p.add_argument(
        "--no-prune",
        dest="prune",
        action="store_false",
        help="keep articles whose files disappeared from an indexed folder "
        "(by default they are removed from the index)",
    )
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("ask", help="answer a question from the indexed articles", parents=after)
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--outlet", action="append", help="cite only this outlet (repeatable)")
    p.add_argument("--since", help="cite only articles dated on or after YYYY-MM-DD")
    p.add_argument("--until", help="cite only articles dated on or before YYYY-MM-DD")
    p.add_argument("--language", help="cite only articles in this language (e.g. en)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("serve", help="start the chat in the browser", parents=after)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument(
        "--auth",
        help="USER:PASSWORD required to use the chat (visible in ps: prefer --auth-file or BYLINE_AUTH)",
    )
    p.add_argument("--auth-file", help="file of USER:PASSWORD lines")
    p.add_argument("--api-keys-file", help="file of API keys (one a line) for /api/v1, /v1 and /mcp")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("list", help="show the indexed articles", parents=after)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser(
        "doctor", help="check the index and the model files for inconsistencies", parents=after
    )
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("remove", help="remove articles by file, folder or doc id", parents=after)
    p.add_argument("targets", nargs="+")
    p.set_defaults(func=cmd_remove)
    return parser


def main(argv: list[str] | None = None) -> int:
    go_offline()
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        code = int(args.func(args))
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except UserFacingError as exc:
        print(f"byline: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `byline list | head`: the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
