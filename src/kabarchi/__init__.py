"""kabarchi — reads Central Asian news in six languages and keeps a record of trade facts and interstate events,
each linked to the sentence that states it."""

__version__ = "0.1.0"


def open(url=None):  # noqa: A001 - ``kabarchi.open(url)`` mirrors ``sqlite3.connect``/``dbm.open``
    """Open (and migrate) a knowledge base: a SQLite path or URL, or ``postgresql://…``; default ``$KABARCHI_DB``
    or ``./kabarchi.db``. See ``kabarchi.store.Store`` for its queries."""
    from kabarchi.store import open as _open

    return _open(url)
