"""`python -m sparkbot.cli ...`: the same as the `sparkbot` script."""

from . import main

main()
