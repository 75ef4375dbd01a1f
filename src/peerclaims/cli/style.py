"""How `--help` shows parameters: a metavar (`FILE`, `FORMAT`, `N`) where Typer would print a
Python type (`<list[str]>`, `<path>`, `<int range> [x>=0]`), and nothing for a flag.

Typer builds one TyperOption or TyperArgument per parameter and asks it, while drawing the
help, for its type label and its number range. The command and group classes below give
their parameters subclasses that answer with the metavar (or the parameter's name in
capitals) and no range, so every command gets the same short, unsplittable labels; the
choices of an option are spelled out in its help text instead (`format_option`). An option
whose range matters says so in its help ("0: one per CPU").
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

F = TypeVar("F", bound=Callable[..., Any])


class _Option(TyperOption):
    """An option labelled by its metavar, or its name in capitals; a flag has no label."""

    def display_type_rich(self, ctx: Any) -> str | None:
        if self.is_flag or self.count:
            return None
        return self.metavar or (self.name or "value").upper()

    def _get_number_range_help_str(self) -> str | None:
        return None


class _Argument(TyperArgument):
    """An argument shown by its name alone (the name column already says PATH or KEY)."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def _get_number_range_help_str(self) -> str | None:
        return None


def _plain_labels(params: list[Any]) -> list[Any]:
    """Give Typer's parameters the classes above (the same objects, so nothing else changes)."""
    for param in params:
        if type(param) is TyperOption:
            param.__class__ = _Option
        elif type(param) is TyperArgument:
            param.__class__ = _Argument
    return params


def _unwrapped(text: str | None) -> str | None:
    """A docstring's paragraphs each made one line, so rich wraps them to the terminal
    instead of keeping the source's line breaks (a paragraph starting with \\b keeps them)."""
    if not text:
        return text
    paragraphs = inspect.cleandoc(text).split("\n\n")
    return "\n\n".join(p if p.startswith("\b") else " ".join(p.split()) for p in paragraphs)


class Command(TyperCommand):
    """A command whose help labels parameters by metavar and wraps paragraphs to the width."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help = _unwrapped(self.help)

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_labels(super().get_params(ctx))


class Group(TyperGroup):
    """The top-level group, labelled the same way (--version, --install-completion)."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_labels(super().get_params(ctx))


class App(typer.Typer):
    """A Typer app whose commands are `Command`s unless one asks for another class."""

    def command(self, *args: Any, **kwargs: Any) -> Callable[[F], F]:
        kwargs.setdefault("cls", Command)
        return super().command(*args, **kwargs)
