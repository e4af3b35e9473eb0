from tests.widgets.conftest import settings

__all__ = ["settings"]
