"""`nexus`: the command group, its shared options, and turning errors into one clear line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from nexus import __version__
from nexus.cli.analyse import brokers, communities, convergence, neighbours, paths, sectors_group, timeline
from nexus.cli.browse import documents, entities, show, stats
from nexus.cli.ingest import demo, extract, ingest
from nexus.cli.lists import lists, screen
from nexus.cli.resolve import judgements, merge, resolve, review, split
from nexus.model.errors import InvalidInput, NexusError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    type=click.Path(path_type=Path),
    envvar="NEXUS_DB",
    default="nexus.duckdb",
    show_default=True,
    help="The store file (also $NEXUS_DB).",
)
@click.version_option(__version__, prog_name="nexus")
@click.pass_context
def cli(ctx: click.Context, db: Path) -> None:
    """Nexus maps crime–terror–state convergence networks; every fact names its source sentence."""
    ctx.obj = db


for command in (ingest, extract, demo, documents, entities, show, stats, lists, screen):
    cli.add_command(command)
for command in (resolve, review, merge, split, judgements):
    cli.add_command(command)
for command in (paths, brokers, communities, convergence, neighbours, timeline, sectors_group):
    cli.add_command(command)


def main() -> None:
    """Entry point: a NexusError becomes one line on stderr and exit code 1, never a traceback."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("nexus: stopped", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except InvalidInput as e:
        for problem in e.problems:
            click.echo(f"nexus: {problem}", err=True)
        sys.exit(1)
    except NexusError as e:
        click.echo(f"nexus: {e}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("nexus: interrupted; every finished batch is stored, run the same command to go on", err=True)
        sys.exit(130)
