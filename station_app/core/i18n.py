"""Translation hook for Qt-free code.

Core and services raise messages in English source text marked with
``QT_TRANSLATE_NOOP(context, text)`` so that ``pyside6-lupdate`` collects them.
The GUI and CLI install Qt's translator with :func:`install`; without one the
English text is shown.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate knows this name
    return text


def install(translate: Callable[[str, str], str]) -> None:
    global _translate
    _translate = translate


def translate(context: str, text: str) -> str:
    return _translate(context, text)
