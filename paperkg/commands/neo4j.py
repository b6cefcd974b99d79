"""Sub-commands (being written)."""


def register(sub) -> None:
    """Add this module's sub-commands to the `paperkg` parser."""
