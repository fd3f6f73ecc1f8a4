"""`python -m nexus` runs the command line."""

from nexus.cli.main import main

main()
