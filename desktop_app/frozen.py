"""Frozen: a base for small immutable value classes — ==, hash, repr, no assignment — without
`dataclasses`.

For the value types on the path to the window's first paint and to `zhengwen list`/`search` (the
search filters, saved searches, snippets, the list's view): importing dataclasses and generating
each class's methods cost ~4 ms of a start-up measured against a bare window (docs/benchmarks.md).
A class names its fields in __slots__, in order, and sets them in its own typed __init__ with
_init(); everything else is here. They behave as the frozen dataclasses they replace.
"""
from __future__ import annotations


class Frozen:
    __slots__: tuple[str, ...] = ()

    def _init(self, *values) -> None:
        if len(values) != len(self.__slots__):
            raise TypeError(f"{type(self).__name__} takes {len(self.__slots__)} values, not {len(values)}")
        for name, value in zip(self.__slots__, values):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def as_dict(self) -> dict:
        """Field -> value, in the fields' order (dataclasses.asdict, one level deep)."""
        return dict(zip(self.__slots__, self._values()))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Frozen):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"{type(self).__name__}(" + ", ".join(f"{n}={v!r}" for n, v in self.as_dict().items()) + ")"

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")
