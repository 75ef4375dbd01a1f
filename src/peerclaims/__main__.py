"""`python -m peerclaims` runs the command line."""

from peerclaims.cli import main

main()
