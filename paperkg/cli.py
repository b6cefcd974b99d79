"""The `paperkg` command: one sub-command per job, each defined in `paperkg.commands`."""
from __future__ import annotations

import argparse
import os
import sys

from rich.console import Console
from rich.markup import escape

from . import __version__
from .commands import build, neo4j, query, viz
from .errors import PaperkgError

COMMAND_MODULES = (build, query, neo4j, viz)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="paperkg",
        description="Turn research-paper listings into a knowledge graph you can query and explore.",
    )
    parser.add_argument("--version", action="version", version=f"paperkg {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except PaperkgError as err:
        Console(stderr=True, soft_wrap=True).print(f"[bold red]paperkg: error:[/] {escape(str(err))}", highlight=False)
        return err.exit_code
    except BrokenPipeError:
        # `paperkg papers ... | head` closed stdout early: stop quietly, and keep the
        # interpreter's final flush from failing again on the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("paperkg: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
