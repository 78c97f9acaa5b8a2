"""The store's failures; each has a stable code like every kabarchi error."""

from __future__ import annotations

from kabarchi.errors import KabarchiError


class StoreError(KabarchiError):
    """The database could not be opened, migrated or written."""

    code = "store"


class StoreUrlError(StoreError):
    code = "store-url"


class StoreOptionalDependencyError(StoreError):
    code = "store-missing-extra"
