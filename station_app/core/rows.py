"""Row classes that load the ORM on their first use.

The login and the member list read their tables with Core selects; the ORM (about
50 ms to import and map) is needed only once the desk does something. A row class
(:class:`Row`, with its Core ``__table__``) stays a plain class until then, and is
mapped onto its table, with every other row class, the first time anything asks for
it: a column (``Member.name``), a new row (``Member(...)``), or the ORM inspecting the
class (``select(Member)``, ``session.get(Member, 1)``). The desk maps them a second
after its window shows (app._after_start), so a clerk's first action does not pay for it.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import inspection

_waiting: list[type] = []
_lock = threading.RLock()
_mapping_thread: int | None = None  # the thread inside map_rows(), while it maps
_mapped = False


def map_rows() -> None:
    """Maps every row class onto its table (once; later ones as they are defined)."""
    global _mapped, _mapping_thread
    if _mapped:
        return
    with _lock:
        if _mapped or _mapping_thread is not None:  # done meanwhile, or we are inside
            return
        _mapping_thread = threading.get_ident()
        try:
            _map_waiting()
            _mapped = True
        finally:
            _mapping_thread = None


def _map_waiting() -> None:
    from sqlalchemy.orm.instrumentation import unregister_class

    from station_app.core.orm import Base  # the ORM, loaded here

    while _waiting:
        row_class = _waiting[0]
        try:
            Base.registry.map_imperatively(row_class, row_class.__table__)
        except BaseException:
            if "_sa_class_manager" in vars(row_class):  # half-mapped: the next try starts clean
                unregister_class(row_class)
            raise
        _waiting.pop(0)


def _needs_mapping() -> bool:
    """True unless mapped, or mapping in this thread (the ORM looking at the class)."""
    return not _mapped and _mapping_thread != threading.get_ident()


class RowClass(type):
    """The type of a row class: maps it when first used (see the module's text)."""

    def __init__(cls, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> None:
        super().__init__(name, bases, namespace)
        if "__table__" in namespace:
            with _lock:
                _waiting.append(cls)
                if _mapped:
                    try:
                        _map_waiting()
                    except BaseException:
                        _waiting.remove(cls)  # the class statement fails: nobody has it
                        raise

    def __getattr__(cls, name: str) -> Any:
        # Only for names the class lacks: its columns before it is mapped.
        if name.startswith("__") or not _needs_mapping():
            raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
        map_rows()
        return type.__getattribute__(cls, name)

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        if _needs_mapping():
            map_rows()
        return super().__call__(*args, **kwargs)


@inspection._inspects(RowClass)  # select(Member), session.get(Member, 1), ...
def _inspect_row_class(row_class: RowClass) -> Any:
    from sqlalchemy.orm import class_mapper
    from sqlalchemy.orm.exc import UnmappedClassError

    if _needs_mapping():
        map_rows()
    try:
        return class_mapper(row_class, configure=False)
    except UnmappedClassError:  # asked while it is being mapped
        return None


class Row(metaclass=RowClass):
    """A table's row as an object: ``Member(name=..., ...)``; the columns are its
    attributes once mapped (the ORM's usual keyword constructor)."""

    def __init__(self, **values: Any) -> None:
        row_class = type(self)
        for key, value in values.items():
            if not hasattr(row_class, key):
                raise TypeError(f"{key!r} is an invalid keyword argument for {row_class.__name__}")
            setattr(self, key, value)
