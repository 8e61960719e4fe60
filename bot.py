"""Entry point: `python bot.py [chat|ask|check|eval|bench] …` (see README.md)."""

import sys

from bot.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
