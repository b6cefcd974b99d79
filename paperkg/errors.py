"""Errors the command line reports as one clear line, without a stack trace."""


class PaperkgError(Exception):
    """A problem the user can fix (bad input, missing file, server down...)."""

    exit_code = 1


class UsageError(PaperkgError):
    """Wrong arguments: exit code 2 like argparse."""

    exit_code = 2
