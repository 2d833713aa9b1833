"""The examples at the foot of each command's help, shared by every module that defines commands."""

from __future__ import annotations


def examples(*lines: tuple[str, str]) -> str:
    """An epilog of example command lines, each with what it does, kept as written by the help formatter."""
    width = max(len(command) for command, _ in lines) + 4
    return "\b\nExamples:\n" + "\n".join(f"  {command.ljust(width)}{what}" for command, what in lines)
