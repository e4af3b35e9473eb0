"""``station-app print …`` as every feature registers a printout: a sub-command with its
``--<record> ID`` options and ``--out FILE.pdf``, and a handler that builds the file and
prints ``FILE.pdf: <what is in it>``, exit code 0."""

from __future__ import annotations

import argparse
import dataclasses
import os
from collections.abc import Callable, Sequence
from functools import partial

from station_app.core.actor import CLI_ACTOR, Actor
from station_app.core.db import Database
from station_app.core.station import StationService

# Builds the printout at ``args.out`` and says in a few words what is in it.
Summarize = Callable[[argparse.Namespace, Database], str]


def add_printout(
    print_commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    help: str,
    summarize: Summarize,
    ids: Sequence[str] = (),
) -> argparse.ArgumentParser:
    """Adds ``print NAME`` with a required ``--<id> ID`` for each of ``ids`` and ``--out``;
    the caller adds any further options to the parser it returns."""
    command = print_commands.add_parser(name, help=help)
    for option in ids:
        command.add_argument(f"--{option}", type=int, required=True, metavar="ID")
    command.add_argument("--out", required=True, metavar="FILE.pdf")
    add_operator_option(command)
    command.set_defaults(print_handler=partial(_run, summarize))
    return command


def add_operator_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--operator",
        metavar="NAME",
        help="who prints: the footer's 经办人 and a certificate's issuer; default: env "
        "STATION_OPERATOR, else the station's name",
    )


def printing_actor(args: argparse.Namespace, db: Database) -> Actor:
    """The command line's administrator, named as the person who prints (``--operator``,
    else ``STATION_OPERATOR``) or as the station: never a made-up "command line"."""
    name = getattr(args, "operator", None) or os.environ.get("STATION_OPERATOR", "").strip()
    if not name:
        profile = StationService(db).profile()
        name = profile.name if profile else ""
    return dataclasses.replace(CLI_ACTOR, display_name=name)


def _run(summarize: Summarize, args: argparse.Namespace, db: Database) -> int:
    print(f"{args.out}: {summarize(args, db)}")
    return 0
