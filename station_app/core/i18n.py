"""Translation hook for Qt-free code.

Core and services raise messages in English source text marked with
``QT_TRANSLATE_NOOP(context, text)`` so that ``pyside6-lupdate`` collects them.
The GUI and CLI install Qt's translator with :func:`install`; without one the
English text is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate knows this name
    return text


def install(translate: Callable[[str, str], str]) -> None:
    global _translate
    _translate = translate


def translate(context: str, text: str) -> str:
    return _translate(context, text)


class CodeNames:
    """The name of a code in the reader's language: ``names`` maps each code to English
    source text of ``context`` (``QT_TRANSLATE_NOOP``); a code not in it is shown as it
    is, or as ``missing`` when that is given."""

    def __init__(self, context: str, names: Mapping[str, str], missing: str | None = None):
        self.context = context
        self.names = names
        self.missing = missing

    def __call__(self, code: str | None) -> str:
        if code in self.names:
            return translate(self.context, self.names[code])
        return (code or "") if self.missing is None else self.missing
