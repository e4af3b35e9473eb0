"""Who is acting: passed to every use case and written to the audit log."""

from __future__ import annotations

from dataclasses import dataclass

from station_app.core.i18n import QT_TRANSLATE_NOOP, translate

ROLE_ADMIN = "admin"
ROLE_DESK = "desk"
ROLES = (ROLE_ADMIN, ROLE_DESK)


@dataclass(frozen=True)
class Actor:
    id: int | None
    username: str
    display_name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == ROLE_ADMIN


def role_label(role: str) -> str:
    """The role's name in the reader's language (the status bar, the settings)."""
    if role == ROLE_ADMIN:
        return translate("Roles", QT_TRANSLATE_NOOP("Roles", "Administrator"))
    return translate("Roles", QT_TRANSLATE_NOOP("Roles", "Desk staff"))


# Command-line administration (demo data, imports) acts as this account.
CLI_ACTOR = Actor(id=None, username="cli", display_name="命令行", role=ROLE_ADMIN)
