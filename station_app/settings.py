"""Typed wrapper over QSettings: per-PC preferences (language, window geometry, each
operator's gift-desk printing)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("zh_CN", "en")


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "zh_CN"))
        return value if value in LANGUAGES else "zh_CN"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._s.setValue("ui/language", value)

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def last_username(self) -> str:
        return str(self._s.value("login/last_username", ""))

    @last_username.setter
    def last_username(self, value: str) -> None:
        self._s.setValue("login/last_username", value)

    def auto_print_receipt(self, username: str) -> bool:
        """The gift desk prints each hand-out's receipt at once (each operator's own
        choice, kept between sessions)."""
        value = self._s.value(f"handout/auto_print/{username}", False)
        return value is True or str(value).lower() == "true"

    def set_auto_print_receipt(self, username: str, on: bool) -> None:
        self._s.setValue(f"handout/auto_print/{username}", on)

    def sync(self) -> None:
        self._s.sync()
