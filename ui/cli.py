"""The ``byline`` command: index, ask, serve, list, remove.

This is the composition root: it builds the one :class:`Settings` from flags and
environment and hands it to ``index``, ``rag`` or ``ui``. Each subcommand imports
only what it needs, so ``byline ask`` never pays for Gradio.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

from byline.offline import go_offline
from byline.settings import Settings

log = logging.getLogger("byline")

DEFAULT_SEEDS = Path("seeds")


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if args.home:
        overrides["home"] = Path(args.home)
    if args.chroma_url:
        overrides["chroma_url"] = args.chroma_url
    if getattr(args, "auth", None):
        overrides["auth"] = args.auth
    if getattr(args, "auth_file", None):
        overrides["auth_file"] = Path(args.auth_file)
    return Settings(**overrides)


class _ProgressBar:
    """A one-line progress bar with counts and ETA, for terminals only."""

    def __init__(self) -> None:
        self.began = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        if total <= 0:
            return
        elapsed = time.monotonic() - self.began
        eta = elapsed / done * (total - done) if done else 0.0
        filled = int(30 * done / total)
        sys.stderr.write(
            f"\rembedding [{'#' * filled}{'.' * (30 - filled)}] {done}/{total} chunks  ETA {eta:4.0f}s"
        )
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def cmd_index(args: argparse.Namespace) -> int:
    from index import index_paths

    settings = _settings(args)
    paths = [Path(p) for p in args.paths] or [DEFAULT_SEEDS]
    quiet = args.json or not sys.stderr.isatty()
    report = index_paths(
        paths,
        settings,
        prune=args.prune,
        rebuild=args.rebuild,
        progress=None if quiet else _ProgressBar(),
    )
    if args.json:
        print(json.dumps(report.as_dict()))
    else:
        print(
            f"added {report.added}, updated {report.updated}, removed {report.removed}, "
            f"unchanged {report.unchanged}, skipped {len(report.skipped)}; "
            f"{report.chunks_embedded} chunks embedded in {report.seconds:.1f}s "
            f"(index in {settings.chroma_url or settings.home})"
        )
        for skipped in report.skipped:
            print(f"  skipped {skipped.path}: {skipped.reason}")
    return 0 if report.indexed_anything else 1


def cmd_ask(args: argparse.Namespace) -> int:
    from rag import answer

    reply = answer(args.question, settings=_settings(args))
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="byline", description=__doc__)
    parser.add_argument("--home", help="data folder of the index (default: $BYLINE_HOME or .byline)")
    parser.add_argument("--chroma-url", help="use a Chroma server, e.g. http://127.0.0.1:8000")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="build or update the index from files and folders")
    p.add_argument("paths", nargs="*", help="files and folders (default: seeds/)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--rebuild", action="store_true", help="start from an empty index")
    p.add_argument(
        "--no-prune",
        dest="prune",
        action="store_false",
        help="keep articles whose files disappeared from an indexed folder "
        "(by default they are removed from the index)",
    )
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("ask", help="answer a question from the indexed articles")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("serve", help="start the chat in the browser")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--auth", help="USER:PASSWORD required to use the chat (or BYLINE_AUTH)")
    p.add_argument("--auth-file", help="file of USER:PASSWORD lines")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("list", help="show the indexed articles")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("doctor", help="check the index and the model files for inconsistencies")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("remove", help="remove articles by file, folder or doc id")
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
    from byline.errors import UserFacingError

    try:
        return int(args.func(args))
    except UserFacingError as exc:
        print(f"byline: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
