"""The store: one class over SQLite and PostgreSQL (SQLAlchemy Core, parameterised queries only).

Ingest writes each batch in one transaction: documents, facts (grouped into claims), event reports (merged into
events), near-duplicate links and the paragraph LSH index. Conflicts are recomputed afterwards for the claims a
batch touched (``claims.needs_check``), so a crash between the two leaves the work marked, not lost.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Table, and_, bindparam, create_engine, delete, event, func, or_, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from kabarchi import config
from kabarchi.store import claims as claimlib
from kabarchi.store import merge as mergelib
from kabarchi.store import models as m
from kabarchi.store.errors import StoreError, StoreOptionalDependencyError, StoreUrlError
from kabarchi.store.neardup import band_hashes
from kabarchi.store.records import (
    Conflict,
    ConflictClaim,
    ConflictSummary,
    DocumentSummary,
    Evidence,
    Failure,
    IngestReport,
    MergedEvent,
    PairSummary,
    Report,
    SearchHit,
    StoredDocument,
    StoredFact,
    TargetStatus,
    TimelineItem,
)

CHUNK = 900  # values per IN-list: below SQLite's historic 999-variable limit
_TOKEN = re.compile(r"\w+", re.UNICODE)


def default_url() -> str:
    return os.environ.get("KABARCHI_DB") or "kabarchi.db"


def normalise_url(url: str | None) -> str:
    """A SQLAlchemy URL from what a user types: a file path, sqlite:///…, or postgresql://…"""
    url = url or default_url()
    if "://" not in url:
        return "sqlite:///" + str(Path(url).expanduser())
    scheme = url.split("://", 1)[0]
    if scheme in ("postgresql", "postgres"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if scheme in ("postgresql+psycopg", "sqlite", "sqlite+pysqlite"):
        return url
    raise StoreUrlError(
        f"unsupported database URL scheme {scheme!r}",
        fix="Use a file path or sqlite:///FILE for SQLite, or postgresql://USER@HOST:PORT/DB for PostgreSQL.",
    )


def _chunks(seq: Sequence[Any], n: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def _date(s: str | None) -> date | None:
    if not s:
        return None
    try:
        return date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def _iso(d: date | str | None) -> str | None:
    if d is None:
        return None
    return d.isoformat() if isinstance(d, date) else str(d)[:10]


def _csv(items: Iterable[str]) -> str:
    return ",".join(sorted(set(items)))


def _split(s: str | None) -> tuple[str, ...]:
    return tuple(x for x in (s or "").split(",") if x)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _day(value: str, name: str) -> date:
    """A query's date bound; a bad one is an error, not a filter that silently matches nothing."""
    d = _date(value)
    if d is None:
        raise StoreError(f"expected {name} as a date YYYY-MM-DD, got {value!r}", fix=f"Write {name} as 2025-01-01.")
    return d


def _country(code: str) -> str:
    c = code.strip().upper()
    if len(c) != 2 or not c.isalpha():
        raise StoreError(f"expected an ISO country code like KG, got {code!r}", fix="Write it as KG.")
    return c


def _pair(pair: str | Sequence[str] | None) -> tuple[str, str] | None:
    if pair is None:
        return None
    parts = re.split(r"[-–,/ ]+", pair.strip().upper()) if isinstance(pair, str) else [p.upper() for p in pair]
    parts = [p for p in parts if p]
    if len(parts) != 2 or not all(len(p) == 2 and p.isalpha() for p in parts):
        raise StoreError(f"expected a pair of ISO country codes like KG-TJ, got {pair!r}", fix="Write it as KG-TJ.")
    a, b = sorted(parts)
    return a, b


class Store:
    """A kabarchi knowledge base. Open with :func:`kabarchi.store.open`; close when done (or use ``with``)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.backend = engine.dialect.name  # "sqlite" | "postgresql"

    # --- lifecycle -------------------------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        sa_url = normalise_url(url)
        try:
            if sa_url.startswith("sqlite"):
                engine = create_engine(sa_url)

                @event.listens_for(engine, "connect")
                def _pragmas(dbapi_conn: Any, _record: Any) -> None:  # noqa: ANN401
                    cur = dbapi_conn.cursor()
                    cur.execute("PRAGMA journal_mode=WAL")
                    cur.execute("PRAGMA synchronous=NORMAL")
                    cur.execute("PRAGMA foreign_keys=ON")
                    cur.close()
            else:
                engine = create_engine(sa_url, pool_pre_ping=True)
            store = cls(engine)
            store.migrate()
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot open the store at {engine_url_for_humans(sa_url)}: {type(exc).__name__}: {exc.args[0]}",
                fix="Check that the server runs and the URL (user, host, port, database) is right, or use a file.",
            ) from exc
        return store

    def migrate(self) -> None:
        """Bring the schema to the latest migration (a new database is created from empty)."""
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- ingest ----------------------------------------------------------------------------------------------

    def ingest(
        self,
        records: Iterable[dict[str, Any]],
        *,
        batch_size: int | None = None,
        on_record: Callable[[dict[str, Any]], None] | None = None,
    ) -> IngestReport:
        """Store contract records (``kabarchi extract`` lines; an extra ``"text"`` key adds the document's text
        for search and near-duplicates). Error lines are recorded as failures. Idempotent by ``doc_id``."""
        size = batch_size or config.STORE_BATCH_SIZE
        totals: dict[str, int] = defaultdict(int)
        batch: list[dict[str, Any]] = []
        for rec in records:
            batch.append(rec)
            if on_record:
                on_record(rec)
            if len(batch) >= size:
                self._commit_batch(batch, totals)
                batch = []
        if batch:
            self._commit_batch(batch, totals)
        self.refresh_conflicts()
        totals["conflicts"] = self.count("conflicts")
        return IngestReport(**totals)

    def ingest_paths(
        self,
        paths: Sequence[str],
        *,
        jobs: int = 1,
        on_record: Callable[[dict[str, Any]], None] | None = None,
        batch_size: int | None = None,
    ) -> IngestReport:
        """Extract files/folders and store them with their text."""
        from kabarchi.store.ingest import records_with_text

        return self.ingest(records_with_text(paths, jobs=jobs), batch_size=batch_size, on_record=on_record)

    def failed_sources(self) -> list[str]:
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(m.failures.c.source).order_by(m.failures.c.source))]

    def _commit_batch(self, batch: list[dict[str, Any]], totals: dict[str, int]) -> None:
        try:
            with self.engine.begin() as conn:
                if self.backend == "postgresql":  # one writer at a time: event/claim ids are allocated here
                    conn.execute(text("SELECT pg_advisory_xact_lock(7216001)"))
                for k, v in _write_batch(conn, batch, self.backend).items():
                    totals[k] += v
        except SQLAlchemyError as exc:
            raise StoreError(
                f"writing a batch of {len(batch)} documents failed: {type(exc).__name__}: {exc.args[0]}",
                fix="Nothing of this batch was written; fix the cause and run ingest again (it skips what is stored).",
            ) from exc

    def refresh_conflicts(self, *, everything: bool = False) -> None:
        """Recompute conflicts of the claims that gained facts (or of all claims)."""
        c = m.claims
        if everything:
            with self.engine.begin() as conn:
                conn.execute(update(c).values(needs_check=True))
        while True:
            with self.engine.begin() as conn:
                ids = [r[0] for r in conn.execute(
                    select(c.c.claim_id).where(c.c.needs_check.is_(True)).order_by(c.c.claim_id).limit(CHUNK)
                )]
                if not ids:
                    return
                _check_claims(conn, ids)
                conn.execute(update(c).where(c.c.claim_id.in_(ids)).values(needs_check=False))

    # --- queries ---------------------------------------------------------------------------------------------

    def count(self, table: str) -> int:
        t: Table = m.metadata.tables[table]
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t)).scalar_one())

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            def n(t: Table, *where: Any) -> int:
                return int(conn.execute(select(func.count()).select_from(t).where(*where)).scalar_one())

            langs = dict(conn.execute(
                select(m.documents.c.lang, func.count()).group_by(m.documents.c.lang).order_by(m.documents.c.lang)
            ).all())
            multi_lang = n(m.events, m.events.c.langs.like("%,%"))
            return {
                "documents": n(m.documents),
                "facts": n(m.facts),
                "events": n(m.events),
                "conflicts": n(m.conflicts),
                "event_reports": n(m.event_reports),
                "merged_events": n(m.events, m.events.c.n_reports > 1),
                "cross_language_events": multi_lang,
                "claims": n(m.claims),
                "near_duplicates": n(m.near_duplicates),
                "failures": n(m.failures),
                "languages": {k: int(v) for k, v in langs.items()},
                "backend": self.backend,
            }

    def facts(
        self,
        *,
        pair: str | Sequence[str] | None = None,
        type: str | None = None,  # noqa: A002
        since: str | None = None,
        lang: str | None = None,
        country: str | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[StoredFact]:
        """Facts, newest period first. ``since``: periods ending on or after the date (undated facts: published)."""
        f, d = m.facts, m.documents
        q = select(*_fact_columns(), d.c.source, d.c.published).join(d, d.c.doc_id == f.c.doc_id)
        p = _pair(pair)
        if p:
            q = q.where(f.c.party_a == p[0], f.c.party_b == p[1])
        if type:
            q = q.where(f.c.type == type)
        if lang:
            q = q.where(f.c.lang == lang)
        if country:
            c = _country(country)
            q = q.where(or_(f.c.party_a == c, f.c.party_b == c))
        if doc_id:
            q = q.where(f.c.doc_id == doc_id)
        if since:
            q = q.where(func.coalesce(f.c.period_end, f.c.pub_date) >= _day(since, "since"))  # the order's expression: one index
        q = q.order_by(func.coalesce(f.c.period_end, f.c.pub_date).desc(), f.c.fact_id)
        if limit:
            q = q.limit(limit)
        if offset:
            q = q.offset(offset)
        with self.engine.connect() as conn:
            return [_fact(r._mapping) for r in conn.execute(q)]

    def events(
        self,
        *,
        country: str | None = None,
        type: str | None = None,  # noqa: A002
        pair: str | Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        status: str | None = None,
        min_reports: int = 1,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[MergedEvent]:
        """Merged events, newest first, each with all its reports. ``type`` matches the family (meeting: summits)."""
        e, ec = m.events, m.event_countries
        q = select(e)
        states = [_country(c) for c in ([country] if country else []) + list(_pair(pair) or ())]
        if states:  # one id list of events with every state, joined on the covering (country, event_id) index
            first = ec.alias("ec0")
            ids = select(first.c.event_id).where(first.c.country == states[0])
            for i, c in enumerate(states[1:], 1):
                x = ec.alias(f"ec{i}")
                ids = ids.join(x, and_(x.c.event_id == first.c.event_id, x.c.country == c))
            q = q.where(e.c.event_id.in_(ids))
        if type:
            q = q.where(e.c.family == mergelib.family(type))
        if status:
            q = q.where(e.c.status == status)
        if since:
            q = q.where(e.c.anchor >= _day(since, "since"))
        if until:
            q = q.where(e.c.anchor <= _day(until, "until"))
        if min_reports > 1:
            q = q.where(e.c.n_reports >= min_reports)
        q = q.order_by(e.c.anchor.desc(), e.c.event_id)
        if limit:
            q = q.limit(limit)
        if offset:
            q = q.offset(offset)
        with self.engine.connect() as conn:
            rows = [r._mapping for r in conn.execute(q)]
            return _events_with_reports(conn, rows)

    def conflicts(
        self,
        *,
        pair: str | Sequence[str] | None = None,
        type: str | None = None,  # noqa: A002
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Conflict]:
        c, cl = m.conflicts, m.claims
        q = select(c, cl).join(cl, cl.c.claim_id == c.c.claim_id)
        p = _pair(pair)
        if p:
            q = q.where(cl.c.party_a == p[0], cl.c.party_b == p[1])
        if type:
            q = q.where(cl.c.type == type)
        q = q.order_by(cl.c.party_a, cl.c.party_b, cl.c.type, cl.c.year_start, c.c.conflict_id)
        if limit:
            q = q.limit(limit)
        if offset:
            q = q.offset(offset)
        with self.engine.connect() as conn:
            rows = [r._mapping for r in conn.execute(q)]
            facts = _facts_of_claims(conn, [r["claim_id"] for r in rows])
        out = []
        for r in rows:
            fs = facts.get(r["claim_id"], [])
            starts = [f.period_start for f in fs if f.period_start]
            ends = [f.period_end for f in fs if f.period_end]
            period = {"start": min(starts), "end": max(ends)} if starts and ends else None
            sides = r["sides"] if isinstance(r["sides"], dict) else json.loads(r["sides"])
            out.append(Conflict(
                conflict_id=r["conflict_id"], claim_id=r["claim_id"], type=r["type"],
                parties=None if r["from_country"] else (r["party_a"], r["party_b"]),
                from_country=r["from_country"], to_country=r["to_country"], period=period, reading=r["reading"],
                claims=tuple(ConflictClaim(
                    fact_id=f.fact_id, value=f.value, unit=f.unit, bound=f.bound, period_start=f.period_start,
                    period_end=f.period_end, doc_id=f.doc_id, source=f.source, lang=f.lang, evidence=f.evidence,
                ) for f in fs),
                against=tuple(tuple(p) for p in sides.get("against", [])),  # type: ignore[misc]
            ))
        return out

    def conflict_summaries(
        self, *, pair: str | Sequence[str] | None = None, limit: int | None = None, examples: int = 2,
    ) -> tuple[list[ConflictSummary], frozenset[int], int]:
        """Conflicts (in :meth:`conflicts` order, the first ``limit``) with fact counts and the figures of their
        first ``examples`` contradicting pairs; the ids of every fact that contradicts another (for marking charts);
        and how many conflicts there are. Reads the conflicts' ``sides``, not every fact of every claim."""
        c, cl, f = m.conflicts, m.claims, m.facts
        q = select(c.c.conflict_id, c.c.claim_id, c.c.reading, c.c.sides, cl.c.type, cl.c.party_a, cl.c.party_b,
                   cl.c.from_country, cl.c.to_country, cl.c.year_start, cl.c.year_end
                   ).join(cl, cl.c.claim_id == c.c.claim_id)
        p = _pair(pair)
        if p:
            q = q.where(cl.c.party_a == p[0], cl.c.party_b == p[1])
        q = q.order_by(cl.c.party_a, cl.c.party_b, cl.c.type, cl.c.year_start, c.c.conflict_id)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
            against: dict[int, list[list[int]]] = {}
            for r in rows:
                sides = r.sides if isinstance(r.sides, dict) else json.loads(r.sides)
                against[r.conflict_id] = sides.get("against", [])
            everyone = frozenset(i for ps in against.values() for pr in ps for i in pr)
            shown = rows[:limit] if limit else rows
            counts: dict[int, int] = {}
            ids = sorted({i for r in shown for pr in against[r.conflict_id][:examples] for i in pr})
            for ch in _chunks([r.claim_id for r in shown]):
                counts.update(conn.execute(select(f.c.claim_id, func.count()).where(f.c.claim_id.in_(list(ch)))
                                           .group_by(f.c.claim_id)).all())
            facts: dict[int, StoredFact] = {}
            d = m.documents
            for ch in _chunks(ids):
                for r in conn.execute(select(*_fact_columns(), d.c.source, d.c.published)
                                      .join(d, d.c.doc_id == f.c.doc_id).where(f.c.fact_id.in_(list(ch)))):
                    facts[r.fact_id] = _fact(r._mapping)
        out = []
        for r in shown:
            ex: dict[int, StoredFact] = {}
            for pr in against[r.conflict_id][:examples]:
                ex.update((i, facts[i]) for i in pr if i in facts)
            out.append(ConflictSummary(
                conflict_id=r.conflict_id, claim_id=r.claim_id, type=r.type,
                parties=None if r.from_country else (r.party_a, r.party_b), from_country=r.from_country,
                to_country=r.to_country, years=(r.year_start, r.year_end), reading=r.reading,
                facts=int(counts.get(r.claim_id, 0)), against=len(against[r.conflict_id]),
                examples=tuple(ConflictClaim(
                    fact_id=x.fact_id, value=x.value, unit=x.unit, bound=x.bound, period_start=x.period_start,
                    period_end=x.period_end, doc_id=x.doc_id, source=x.source, lang=x.lang, evidence=x.evidence,
                ) for x in ex.values()),
            ))
        return out, everyone, len(rows)

    def targets(self, pair: str | Sequence[str] | None = None) -> list[TargetStatus]:
        """Per pair: the latest stated target (by publication) and the latest actual turnover (by period)."""
        p = _pair(pair)
        if p is None:
            return target_statuses([f for t in ("trade_target", "trade_turnover") for f in self.facts(type=t)])
        # one pair: the database picks the two facts (the same order as target_statuses; nulls sort lowest)
        f, d = m.facts, m.documents
        base = (select(*_fact_columns(), d.c.source, d.c.published).join(d, d.c.doc_id == f.c.doc_id)
                .where(f.c.party_a == p[0], f.c.party_b == p[1]))
        target_q = base.where(f.c.type == "trade_target").order_by(
            d.c.published.desc().nulls_last(), f.c.period_end.desc().nulls_last(), f.c.fact_id.desc()).limit(1)
        actual_q = base.where(f.c.type == "trade_turnover").order_by(
            f.c.period_end.desc().nulls_last(), d.c.published.desc().nulls_last(), f.c.fact_id.desc()).limit(1)
        with self.engine.connect() as conn:
            target, actual = (next((_fact(r._mapping) for r in conn.execute(q)), None) for q in (target_q, actual_q))
        if target is None and actual is None:
            return []
        return [TargetStatus(parties=p, target=target, actual=actual)]

    def timeline(self, a: str, b: str) -> list[TimelineItem]:
        """Everything known about a pair in date order: merged events and facts (dated by period end)."""
        items = [TimelineItem(e.date or (e.reports[0].date if e.reports else None), "event", e)
                 for e in self.events(pair=(a, b))]
        items += [TimelineItem(f.period_end or (f.published or "")[:10] or None, "fact", f)
                  for f in self.facts(pair=(a, b))]
        return sorted(items, key=lambda i: (i.date or "9999", i.kind))

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Documents containing every word of ``query`` (as word prefixes, case-insensitive in every script), best
        first; ties in rank are broken by document id so that pages of ``limit`` from ``offset`` never overlap."""
        tokens = [t.casefold() for t in _TOKEN.findall(query)]
        if not tokens:
            raise StoreError(f"nothing to search for in {query!r}", fix="Give at least one word.")
        d = m.documents
        with self.engine.connect() as conn:
            if self.backend == "sqlite":
                match = " ".join('"' + t.replace('"', '""') + '"*' for t in tokens)
                rows = conn.execute(text(
                    "SELECT d.doc_id, d.source, d.lang, d.published, d.title, "
                    "snippet(documents_fts, 2, '[', ']', '…', 16) AS snippet "
                    "FROM documents_fts JOIN documents d ON d.doc_id = documents_fts.doc_id "
                    "WHERE documents_fts MATCH :q ORDER BY rank, d.doc_id LIMIT :n OFFSET :o"
                ), {"q": match, "n": limit, "o": offset}).all()
            else:
                tsq = " & ".join(t + ":*" for t in tokens)
                doc = func.to_tsvector("simple", func.coalesce(d.c.title, "") + " " + func.coalesce(d.c.text, ""))
                query_ = func.to_tsquery("simple", bindparam("q", tsq))
                rows = conn.execute(
                    select(
                        d.c.doc_id, d.c.source, d.c.lang, d.c.published, d.c.title,
                        func.ts_headline("simple", func.coalesce(d.c.text, ""), query_,
                                         "StartSel=[, StopSel=], MaxWords=24, MinWords=10").label("snippet"),
                    ).where(doc.op("@@")(query_))
                    .order_by(func.ts_rank(doc, query_).desc(), d.c.doc_id).limit(limit).offset(offset)
                ).all()
        return [SearchHit(r.doc_id, r.source, r.lang, r.published, r.title, " ".join((r.snippet or "").split()))
                for r in rows]

    def documents(
        self,
        *,
        lang: str | None = None,
        since: str | None = None,
        country: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[DocumentSummary]:
        """Stored documents, newest publication first (undated last), without their text."""
        d = m.documents
        q = select(d.c.doc_id, d.c.source, d.c.published, d.c.title, d.c.lang, d.c.countries)
        if lang:
            q = q.where(d.c.lang == lang)
        if since:
            q = q.where(d.c.pub_date >= _day(since, "since"))
        if country:
            code = _country(country)
            q = q.where(or_(d.c.countries == code, d.c.countries.like(f"{code},%"), d.c.countries.like(f"%,{code}"),
                            d.c.countries.like(f"%,{code},%")))
        q = q.order_by(d.c.pub_date.desc().nulls_last(), d.c.doc_id)
        if limit:
            q = q.limit(limit)
        if offset:
            q = q.offset(offset)
        with self.engine.connect() as conn:
            return [_summary(r) for r in conn.execute(q)]

    def document(self, doc_id: str) -> StoredDocument | None:
        """One document with its text, record and fact ids; None when the store has no such document."""
        d, f = m.documents, m.facts
        with self.engine.connect() as conn:
            row = conn.execute(
                select(d.c.doc_id, d.c.source, d.c.published, d.c.title, d.c.lang, d.c.countries, d.c.text,
                       d.c.record).where(d.c.doc_id == doc_id)
            ).first()
            if row is None:
                return None
            ids = dict(conn.execute(select(f.c.position, f.c.fact_id).where(f.c.doc_id == doc_id)).all())
        record = row.record if isinstance(row.record, dict) else json.loads(row.record)
        n = len(record.get("facts") or [])
        return StoredDocument(summary=_summary(row), text=row.text, record=record,
                              fact_ids=tuple(ids.get(i) for i in range(n)))

    def pairs(self, pair: str | Sequence[str] | None = None) -> list[PairSummary]:
        """Every pair of states with facts or merged events between them (or just ``pair``): counts, last seen.

        Last seen is the latest publication of a fact's document or the latest anchor date of an event."""
        f, ec, e = m.facts, m.event_countries, m.events
        p = _pair(pair)
        acc: dict[tuple[str, str], list[Any]] = defaultdict(lambda: [0, 0, None])
        fq = select(f.c.party_a, f.c.party_b, func.count(), func.max(f.c.pub_date)).group_by(f.c.party_a, f.c.party_b)
        a_, b_ = ec.alias("a"), ec.alias("b")
        eq = (select(a_.c.country, b_.c.country, func.count(), func.max(e.c.anchor))
              .select_from(a_.join(b_, and_(a_.c.event_id == b_.c.event_id, a_.c.country < b_.c.country))
                           .join(e, e.c.event_id == a_.c.event_id))
              .group_by(a_.c.country, b_.c.country))
        if p:
            fq = fq.where(f.c.party_a == p[0], f.c.party_b == p[1])
            eq = eq.where(a_.c.country == p[0], b_.c.country == p[1])
        with self.engine.connect() as conn:
            for i, q in enumerate((fq, eq)):
                for a, b, n, last in conn.execute(q):
                    slot = acc[(a, b)]
                    slot[i] += int(n)
                    last = _iso(last)
                    if last and (slot[2] is None or last > slot[2]):
                        slot[2] = last
        return [PairSummary(parties=k, facts=v[0], events=v[1], last_seen=v[2]) for k, v in sorted(acc.items())]

    def failures(self) -> list[Failure]:
        f = m.failures
        with self.engine.connect() as conn:
            return [Failure(r.source, r.code, r.message, r.attempts)
                    for r in conn.execute(select(f).order_by(f.c.source))]

    def near_duplicates(self) -> list[dict[str, Any]]:
        n = m.near_duplicates
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(n).order_by(n.c.doc_a, n.c.doc_b))]

    def records(self) -> Iterator[dict[str, Any]]:
        """The stored contract records, in doc_id order (what `kabarchi export --format jsonl` writes)."""
        d = m.documents
        with self.engine.connect() as conn:
            for r in conn.execution_options(yield_per=1000).execute(select(d.c.record).order_by(d.c.doc_id)):
                yield r[0] if isinstance(r[0], dict) else json.loads(r[0])

    def rows(self, kind: str = "facts", **filters: Any) -> list[dict[str, Any]]:
        """Flat rows (nested fields joined with '.') of facts, events, conflicts or documents, for CSV/parquet."""
        if kind == "facts":
            items = [x.to_dict() for x in self.facts(**filters)]
        elif kind == "events":
            items = [x.to_dict() for x in self.events(**filters)]
        elif kind == "conflicts":
            items = [x.to_dict() for x in self.conflicts(**filters)]
        elif kind == "targets":
            items = [x.to_dict() for x in self.targets(**filters)]
        elif kind == "documents":
            items = [{k: v for k, v in r.items() if k in ("doc_id", "source", "published", "title", "lang",
                                                         "script", "countries", "warnings")}
                     | {"facts": len(r.get("facts", [])), "events": len(r.get("events", []))}
                     for r in self.records()]
        else:
            raise StoreError(f"expected facts, events, conflicts, targets or documents, got {kind!r}",
                             fix="Choose one of those tables.")
        return [_flatten(i) for i in items]

    def to_dataframe(self, kind: str = "facts", **filters: Any) -> Any:  # noqa: ANN401
        """A pandas DataFrame of :meth:`rows` (needs pandas)."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise StoreOptionalDependencyError(
                "to_dataframe needs pandas", fix="Install it: pip install 'kabarchi[analysis]' (or pandas)."
            ) from exc
        return pd.DataFrame(self.rows(kind, **filters))


def target_statuses(facts: Iterable[StoredFact]) -> list[TargetStatus]:
    """Per pair, from its trade_target and trade_turnover facts: the latest stated target (by publication) and the
    latest actual turnover (by period). Facts of other types are ignored."""
    def newest_target(fs: list[StoredFact]) -> StoredFact:
        return max(fs, key=lambda f: (f.published or "", f.period_end or "", f.fact_id))

    def newest_actual(fs: list[StoredFact]) -> StoredFact:
        return max(fs, key=lambda f: (f.period_end or "", f.published or "", f.fact_id))

    by_pair: dict[tuple[str, str], dict[str, list[StoredFact]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        if f.type in ("trade_target", "trade_turnover"):
            by_pair[f.parties or ("", "")][f.type].append(f)
    out = []
    for p in sorted(by_pair):
        g = by_pair[p]
        out.append(TargetStatus(
            parties=p,
            target=newest_target(g["trade_target"]) if g["trade_target"] else None,
            actual=newest_actual(g["trade_turnover"]) if g["trade_turnover"] else None,
        ))
    return out


def engine_url_for_humans(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


def _flatten(d: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, key + "."))
        elif isinstance(v, (list, tuple)):
            out[key] = (",".join(map(str, v)) if all(isinstance(x, str) for x in v)
                        else json.dumps(v, ensure_ascii=False))
        else:
            out[key] = v
    return out


def _fact_columns() -> list[Any]:
    """The facts columns a StoredFact is made of (not the JSON ones it does not show: decoding them costs time)."""
    f = m.facts
    return [f.c[n] for n in ("fact_id", "claim_id", "doc_id", "lang", "type", "party_a", "party_b", "from_country",
                             "to_country", "value", "unit", "bound", "period_start", "period_end", "evidence_start",
                             "evidence_end", "evidence_text", "confidence")]


def _fact(r: Any) -> StoredFact:  # noqa: ANN401
    return StoredFact(
        fact_id=r["fact_id"], claim_id=r["claim_id"], doc_id=r["doc_id"], source=r["source"], lang=r["lang"],
        published=r["published"], type=r["type"],
        parties=None if r["from_country"] else (r["party_a"], r["party_b"]),
        from_country=r["from_country"], to_country=r["to_country"], value=r["value"], unit=r["unit"],
        bound=r["bound"], period_start=_iso(r["period_start"]), period_end=_iso(r["period_end"]),
        evidence=Evidence(r["evidence_start"], r["evidence_end"], r["evidence_text"]), confidence=r["confidence"],
    )


def _summary(r: Any) -> DocumentSummary:  # noqa: ANN401
    return DocumentSummary(doc_id=r.doc_id, source=r.source, published=r.published, title=r.title, lang=r.lang,
                           countries=_split(r.countries))


def _facts_of_claims(conn: Connection, claim_ids: list[int]) -> dict[int, list[StoredFact]]:
    f, d = m.facts, m.documents
    out: dict[int, list[StoredFact]] = defaultdict(list)
    for ch in _chunks(claim_ids):
        q = (select(*_fact_columns(), d.c.source, d.c.published).join(d, d.c.doc_id == f.c.doc_id)
             .where(f.c.claim_id.in_(list(ch))).order_by(f.c.fact_id))
        for r in conn.execute(q):
            out[r.claim_id].append(_fact(r._mapping))
    return out


def _events_with_reports(conn: Connection, rows: list[Any]) -> list[MergedEvent]:
    er, d = m.event_reports, m.documents
    reports: dict[int, list[Report]] = defaultdict(list)
    ids = [r["event_id"] for r in rows]
    for ch in _chunks(ids):
        q = (select(er, d.c.source).join(d, d.c.doc_id == er.c.doc_id)
             .where(er.c.event_id.in_(list(ch))).order_by(er.c.report_id))
        for r in conn.execute(q):
            reports[r.event_id].append(Report(
                doc_id=r.doc_id, source=r.source, lang=r.lang, type=r.type, date=_iso(r.date), status=r.status,
                countries=_split(r.countries), evidence=Evidence(r.evidence_start, r.evidence_end, r.evidence_text),
                position=r.position,
            ))
    return [MergedEvent(
        event_id=r["event_id"], type=r["type"], code=r["code"], mode=r["mode"], status=r["status"],
        date=_iso(r["date"]), countries=_split(r["countries"]), participants=tuple(r["participants"] or ()),
        place=r["place"], langs=_split(r["langs"]), reports=tuple(reports.get(r["event_id"], ())),
    ) for r in rows]


# --- writing ---------------------------------------------------------------------------------------------------


def _bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]], backend: str) -> None:
    """executemany on SQLite; COPY on PostgreSQL (column names come from the model, values are never in SQL)."""
    if not rows:
        return
    cols = list(rows[0])
    json_cols = {c.name for c in table.columns if isinstance(c.type, m.JSON)}
    raw = conn.connection.driver_connection
    if backend != "postgresql":  # the sqlite3 driver directly, values stored as SQLAlchemy stores them
        def cell(c: str, v: Any) -> Any:  # noqa: ANN401
            if v is None:
                return None
            if c in json_cols:
                return json.dumps(v)
            if isinstance(v, datetime):
                return v.isoformat(sep=" ", timespec="microseconds")
            if isinstance(v, date):
                return v.isoformat()
            return v

        marks = ", ".join("?" for _ in cols)
        raw.executemany(  # type: ignore[union-attr]
            f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({marks})",
            [[cell(c, r[c]) for c in cols] for r in rows],
        )
        return
    with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as cp:  # type: ignore[union-attr]
        for r in rows:
            cp.write_row([json.dumps(r[c], ensure_ascii=False) if c in json_cols and r[c] is not None else r[c]
                          for c in cols])


def _write_batch(conn: Connection, batch: list[dict[str, Any]], backend: str) -> dict[str, int]:
    now = _now()
    counts: dict[str, int] = defaultdict(int)
    errors = [r for r in batch if "error" in r]
    good: dict[str, dict[str, Any]] = {}
    for r in batch:
        if "error" not in r and r.get("doc_id"):
            good.setdefault(r["doc_id"], r)
    counts["failed"] = len(errors)
    _record_failures(conn, errors, now)
    ok_sources = sorted({r["source"] for r in good.values()})
    for ch in _chunks(ok_sources):
        conn.execute(delete(m.failures).where(m.failures.c.source.in_(list(ch))))

    d = m.documents
    existing: set[str] = set()
    ids = list(good)
    for ch in _chunks(ids):
        existing.update(x[0] for x in conn.execute(select(d.c.doc_id).where(d.c.doc_id.in_(list(ch)))))
    new = [good[i] for i in ids if i not in existing]
    counts["skipped"] = len(batch) - len(errors) - len(new)
    counts["added"] = len(new)
    if not new:
        return counts

    docs = []
    for r in new:
        body = r.get("text")
        if body is None:  # only the record: its evidence sentences stand in for the text in search
            body = "\n".join(dict.fromkeys(x["evidence"]["text"] for x in (r.get("facts") or []) + (r.get("events") or [])
                                           if x.get("evidence")))
        rec = {k: v for k, v in r.items() if k != "text"}
        docs.append({
            "doc_id": r["doc_id"], "source": r["source"], "published": r.get("published"),
            "pub_date": _date(r.get("published")), "title": r.get("title"), "lang": r.get("lang") or "und",
            "script": r.get("script"), "countries": _csv(r.get("countries") or []), "text": body,
            "record": rec, "ingested_at": now,
        })
    _bulk_insert(conn, d, docs, backend)
    if backend == "sqlite":
        conn.execute(text("INSERT INTO documents_fts (doc_id, title, body) VALUES (:doc_id, :title, :text)"),
                     [{"doc_id": x["doc_id"], "title": x["title"] or "", "text": x["text"] or ""} for x in docs])

    counts["facts"] = _write_facts(conn, new, backend)
    created, merged, reports = _write_events(conn, new, backend)
    counts["events_created"], counts["reports_merged"], counts["reports"] = created, merged, reports
    counts["near_duplicates"] = _write_near_duplicates(conn, docs, backend)
    return counts


def _record_failures(conn: Connection, errors: list[dict[str, Any]], now: datetime) -> None:
    if not errors:
        return
    f = m.failures
    latest = {e["source"]: e["error"] for e in errors}
    srcs = sorted(latest)
    known: set[str] = set()
    for ch in _chunks(srcs):
        known.update(x[0] for x in conn.execute(select(f.c.source).where(f.c.source.in_(list(ch)))))
    if known:
        conn.execute(
            update(f).where(f.c.source == bindparam("src")).values(
                code=bindparam("c"), message=bindparam("msg"), attempts=f.c.attempts + 1, last_attempt=now),
            [{"src": s, "c": latest[s].get("code", "error"), "msg": latest[s].get("message", "")} for s in known],
        )
    fresh = [{"source": s, "code": latest[s].get("code", "error"), "message": latest[s].get("message", ""),
              "attempts": 1, "last_attempt": now} for s in srcs if s not in known]
    if fresh:
        conn.execute(f.insert(), fresh)


def _write_facts(conn: Connection, new: list[dict[str, Any]], backend: str) -> int:
    c = m.claims
    rows, keys = [], {}
    for r in new:
        pub = _date(r.get("published"))
        for pos, fact in enumerate(r.get("facts") or []):
            try:
                a, b, frm, to = claimlib.claim_parts(fact)
            except ValueError:
                continue  # not between two states: the contract says it is no fact
            period = fact.get("period") or {}
            ps, pe = _date(period.get("start")), _date(period.get("end"))
            y1, y2 = (ps.year if ps else None), (pe.year if pe else None)
            if y1 is None or y2 is None:
                y1 = y2 = None
            key = claimlib.claim_key(fact["type"], a, b, frm, to, y1, y2)
            keys[key] = {"key": key, "type": fact["type"], "party_a": a, "party_b": b, "from_country": frm,
                         "to_country": to, "year_start": y1, "year_end": y2, "needs_check": True}
            ev = fact.get("evidence") or {"start": 0, "end": 0, "text": ""}
            rows.append({
                "doc_id": r["doc_id"], "position": pos, "claim_id": key, "type": fact["type"], "party_a": a,
                "party_b": b, "from_country": frm, "to_country": to, "value": float(fact["value"]),
                "unit": fact.get("unit") or "", "bound": fact.get("bound") or "eq", "period_start": ps,
                "period_end": pe, "speaker": fact.get("speaker"), "evidence_start": ev["start"],
                "evidence_end": ev["end"], "evidence_text": ev["text"], "figure": fact.get("figure"),
                "confidence": fact.get("confidence"), "lang": r.get("lang") or "und", "pub_date": pub,
            })
    if not rows:
        return 0
    ids: dict[str, int] = {}
    klist = sorted(keys)
    for ch in _chunks(klist):
        ids.update((k, i) for i, k in conn.execute(select(c.c.claim_id, c.c.key).where(c.c.key.in_(list(ch)))))
    if ids:
        for ch in _chunks(sorted(ids.values())):
            conn.execute(update(c).where(c.c.claim_id.in_(list(ch))).values(needs_check=True))
    missing = [keys[k] for k in klist if k not in ids]
    if missing:
        start = (conn.execute(select(func.max(c.c.claim_id))).scalar() or 0) + 1
        for n, row in enumerate(missing):
            row["claim_id"] = start + n
            ids[row["key"]] = start + n
        _bulk_insert(conn, c, missing, backend)
    for row in rows:
        row["claim_id"] = ids[row["claim_id"]]
    _bulk_insert(conn, m.facts, rows, backend)
    return len(rows)


def _write_events(conn: Connection, new: list[dict[str, Any]], backend: str) -> tuple[int, int, int]:
    e = m.events
    todo = []
    for r in new:
        pub = _date(r.get("published"))
        for pos, ev in enumerate(r.get("events") or []):
            anchor = _date(ev.get("date")) or pub
            todo.append((r, pos, ev, anchor))
    if not todo:
        return 0, 0, 0
    window = timedelta(days=config.EVENT_MERGE_WINDOW_DAYS)
    anchors = [a for *_, a in todo if a]
    cands: list[mergelib.Candidate] = []
    if anchors:
        fams = sorted({mergelib.family(ev["type"]) for _, _, ev, _ in todo})
        bilateral = sorted({_csv(ev.get("countries") or []) for _, _, ev, _ in todo})
        q = select(e).where(
            e.c.family.in_(fams), e.c.anchor >= min(anchors) - window, e.c.anchor <= max(anchors) + window,
            or_(e.c.countries.in_(bilateral), e.c.countries.like("%,%,%")),
        )
        for row in conn.execute(q):
            mp = dict(row._mapping)
            cands.append(_candidate(mp))
    index: dict[tuple[str, str, str], list[mergelib.Candidate]] = defaultdict(list)  # bilateral: exact states
    multi: list[mergelib.Candidate] = []

    def put(c: mergelib.Candidate) -> None:
        if len(c.countries) >= 3:
            multi.append(c)
        else:
            index[(c.family, c.status, _csv(c.countries))].append(c)

    for c in cands:
        put(c)
    by_id = {c.event_id: c for c in cands}
    next_id = (conn.execute(select(func.max(e.c.event_id))).scalar() or 0) + 1
    orig_countries = {c.event_id: set(c.countries) for c in cands}
    reports, created, merged_old = [], 0, 0
    for r, pos, ev, anchor in todo:
        lang = r.get("lang") or "und"
        states = set(ev.get("countries") or [])
        pool = multi if len(states) >= 3 else multi + index.get(
            (mergelib.family(ev["type"]), ev.get("status") or "held", _csv(states)), [])
        hit = mergelib.best(ev, anchor, pool)
        if hit is None:
            row = {
                "event_id": next_id, "type": ev["type"], "family": mergelib.family(ev["type"]),
                "code": ev.get("code"), "mode": ev.get("mode"), "status": ev.get("status") or "held",
                "date": _date(ev.get("date")), "anchor": anchor, "countries": _csv(ev.get("countries") or []),
                "participants": list(ev.get("participants") or []), "place": ev.get("place"), "n_reports": 1,
                "langs": lang,
            }
            hit = _candidate(row)
            hit.new = True
            cands.append(hit)
            put(hit)
            by_id[next_id] = hit
            next_id += 1
            created += 1
        else:
            if not hit.new:
                merged_old += 1
            _absorb(hit, ev, lang)
        ev_span = ev.get("evidence") or {"start": 0, "end": 0, "text": ""}
        reports.append({
            "event_id": hit.event_id, "doc_id": r["doc_id"], "position": pos, "type": ev["type"],
            "code": ev.get("code"), "mode": ev.get("mode"), "status": ev.get("status") or "held",
            "date": _date(ev.get("date")), "countries": _csv(ev.get("countries") or []),
            "participants": list(ev.get("participants") or []), "place": ev.get("place"),
            "evidence_start": ev_span["start"], "evidence_end": ev_span["end"], "evidence_text": ev_span["text"],
            "trigger": ev.get("trigger"), "signed": ev.get("signed"), "lang": lang,
        })
    fresh = [c.row for c in cands if c.new]
    _bulk_insert(conn, e, fresh, backend)
    changed = [c for c in cands if c.changed and not c.new]
    if changed:
        conn.execute(
            update(e).where(e.c.event_id == bindparam("eid")).values(
                n_reports=bindparam("n"), langs=bindparam("l"), countries=bindparam("cs"),
                participants=bindparam("ps", type_=m.JSON), date=bindparam("dt", type_=m.Date),
            ),
            [{"eid": c.event_id, "n": c.row["n_reports"], "l": c.row["langs"], "cs": c.row["countries"],
              "ps": c.row["participants"], "dt": c.row["date"]} for c in changed],
        )
    ec_rows = []
    for c in cands:
        before = set() if c.new else orig_countries.get(c.event_id, set())
        ec_rows += [{"event_id": c.event_id, "country": x} for x in sorted(set(_split(c.row["countries"])) - before)]
    _bulk_insert(conn, m.event_countries, ec_rows, backend)
    _bulk_insert(conn, m.event_reports, reports, backend)
    return created, merged_old, len(reports)


def _candidate(row: dict[str, Any]) -> mergelib.Candidate:
    place = row.get("place") or None
    return mergelib.Candidate(
        event_id=row["event_id"], family=row["family"], status=row["status"], anchor=_date(_iso(row["anchor"])),
        countries=set(_split(row["countries"])), people=mergelib.person_keys(row["participants"] or []),
        place=mergelib.place_key(place), place_has_id=bool(place and place.get("id")), row=row,
    )


def _absorb(c: mergelib.Candidate, ev: dict[str, Any], lang: str) -> None:
    row = c.row
    row["n_reports"] += 1
    row["langs"] = _csv(list(_split(row["langs"])) + [lang])
    row["countries"] = _csv(list(_split(row["countries"])) + list(ev.get("countries") or []))
    c.countries = set(_split(row["countries"]))
    people = list(row["participants"] or [])
    for p in ev.get("participants") or []:
        if not (mergelib.person_keys([p]) & mergelib.person_keys(people)):
            people.append(p)
    row["participants"] = people
    c.people = mergelib.person_keys(people)
    if row.get("date") is None and ev.get("date"):
        row["date"] = _date(ev["date"])
    if not row.get("place") and ev.get("place"):
        row["place"] = ev["place"]
        c.place, c.place_has_id = mergelib.place_key(ev["place"]), bool(ev["place"].get("id"))
    c.changed = True


def _write_near_duplicates(conn: Connection, docs: list[dict[str, Any]], backend: str) -> int:
    pb, nd = m.paragraph_bands, m.near_duplicates
    bands: list[dict[str, Any]] = []
    npara: dict[str, int] = {}
    for x in docs:
        rows = band_hashes(x["text"] or "")
        npara[x["doc_id"]] = len({p for p, _ in rows})
        bands += [{"hash": h, "doc_id": x["doc_id"], "paragraph": p} for p, h in rows]
    if not bands:
        return 0
    index: dict[int, list[tuple[str, int]]] = defaultdict(list)
    hashes = sorted({b["hash"] for b in bands})
    for ch in _chunks(hashes):
        for h, doc, para in conn.execute(select(pb.c.hash, pb.c.doc_id, pb.c.paragraph).where(pb.c.hash.in_(list(ch)))):
            index[h].append((doc, para))
    shared: dict[tuple[str, str], set[int]] = defaultdict(set)  # (new doc, other doc) -> new doc's paragraphs
    for b in bands:  # earlier documents (stored, or earlier in this batch) against this one
        for doc, _ in index.get(b["hash"], ()):
            if doc != b["doc_id"]:
                shared[(b["doc_id"], doc)].add(b["paragraph"])
        index[b["hash"]].append((b["doc_id"], b["paragraph"]))
    others = sorted({o for _, o in shared if o not in npara})
    for ch in _chunks(others):
        for doc, n in conn.execute(select(pb.c.doc_id, func.count(func.distinct(pb.c.paragraph)))
                                   .where(pb.c.doc_id.in_(list(ch))).group_by(pb.c.doc_id)):
            npara[doc] = int(n)
    links: dict[tuple[str, str], dict[str, Any]] = {}
    for (doc, other), paras in shared.items():
        denom = min(npara.get(doc, 0), npara.get(other, 0)) or 1
        score = min(1.0, len(paras) / denom)
        if score >= config.NEAR_DUP_MIN_SHARE:
            a, b = sorted((doc, other))
            if (a, b) not in links or links[(a, b)]["score"] < score:
                links[(a, b)] = {"doc_a": a, "doc_b": b, "shared_paragraphs": len(paras), "score": round(score, 4)}
    _bulk_insert(conn, pb, bands, backend)
    _bulk_insert(conn, nd, list(links.values()), backend)
    return len(links)


def _check_claims(conn: Connection, claim_ids: list[int]) -> None:
    facts = _facts_of_claims(conn, claim_ids)
    conn.execute(delete(m.conflicts).where(m.conflicts.c.claim_id.in_(claim_ids)))
    rows = []
    for cid in claim_ids:
        fs = facts.get(cid, [])
        if len(fs) < 2:
            continue
        figs = [claimlib.Figure(f.fact_id, f.type, f.value, f.unit, f.bound, _date(f.period_start),
                                _date(f.period_end)) for f in fs]
        against = claimlib.find_conflicts(figs)
        if against:
            involved = {i for p in against for i in p}
            rows.append({"claim_id": cid, "reading": claimlib.reading_text([g for g in figs if g.fact_id in involved]),
                         "sides": {"against": [list(p) for p in against]}})
    if rows:
        conn.execute(m.conflicts.insert(), rows)
