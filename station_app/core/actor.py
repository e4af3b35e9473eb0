"""Who is acting: passed to every use case and written to the audit log."""

from __future__ import annotations

from dataclasses import dataclass

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


# Command-line administration (demo data, imports) acts as this account.
CLI_ACTOR = Actor(id=None, username="cli", display_name="命令行", role=ROLE_ADMIN)
