"""kabarchi — reads Central Asian news in six languages and keeps a record of trade facts and interstate events,
each linked to the sentence that states it."""

__version__ = "0.1.0"
