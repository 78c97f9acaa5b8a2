"""The store's tables. One schema for SQLite and PostgreSQL; the alembic migrations in ``migrations/`` create it.

Readable by hand: a document has facts and event reports; reports of one real event share a row in ``events``;
facts about one (type, pair or direction, period) share a row in ``claims``; a claim whose figures cannot all be
true has a row in ``conflicts``. Country pairs are stored sorted in ``party_a``/``party_b`` for every fact type
(``from``/``to`` facts keep their direction in ``from_country``/``to_country`` too), so one index serves pair
queries.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("doc_id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("published", String(16)),  # as the source states it: YYYY-MM-DD or YYYY-MM-DDTHH:MM
    Column("pub_date", Date),  # its date part, for ordering and --since
    Column("title", Text),
    Column("lang", String(8), nullable=False),
    Column("script", String(8)),
    Column("countries", Text, nullable=False),  # "KG,TJ": sorted ISO codes, comma-separated
    Column("text", Text),  # the document's text when ingest had it (search, near-duplicates)
    Column("record", JSON, nullable=False),  # the full contract record, for export
    Column("ingested_at", DateTime, nullable=False),
)
Index("ix_documents_pub_date", documents.c.pub_date)
Index("ix_documents_lang", documents.c.lang)
Index("ix_documents_source", documents.c.source)

claims = Table(
    "claims",
    metadata,
    Column("claim_id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(96), nullable=False, unique=True),
    Column("type", String(32), nullable=False),
    Column("party_a", String(2), nullable=False),
    Column("party_b", String(2), nullable=False),
    Column("from_country", String(2)),
    Column("to_country", String(2)),
    Column("year_start", Integer),  # the claim's period: the years its facts' periods cover (null: unstated)
    Column("year_end", Integer),
    Column("needs_check", Boolean, nullable=False),  # facts were added since its conflicts were last computed
)
Index("ix_claims_pair", claims.c.party_a, claims.c.party_b, claims.c.type)
Index("ix_claims_needs_check", claims.c.needs_check)

facts = Table(
    "facts",
    metadata,
    Column("fact_id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),  # index in the record's facts list
    Column("claim_id", Integer, ForeignKey("claims.claim_id"), nullable=False),
    Column("type", String(32), nullable=False),
    Column("party_a", String(2), nullable=False),
    Column("party_b", String(2), nullable=False),
    Column("from_country", String(2)),
    Column("to_country", String(2)),
    Column("value", Float, nullable=False),
    Column("unit", String(16), nullable=False),
    Column("bound", String(8), nullable=False),
    Column("period_start", Date),
    Column("period_end", Date),
    Column("speaker", JSON),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("figure", JSON),
    Column("confidence", Float),
    Column("lang", String(8), nullable=False),  # the document's, repeated for --lang
    Column("pub_date", Date),  # the document's, repeated for ordering
)
Index("ix_facts_pair", facts.c.party_a, facts.c.party_b, facts.c.type)
Index("ix_facts_type_period", facts.c.type, facts.c.period_start)
Index("ix_facts_period_end", facts.c.period_end)
Index("ix_facts_doc", facts.c.doc_id)
Index("ix_facts_claim", facts.c.claim_id)
# Migration 0002 (the web's paged queries): the fact lists' order, a pair's count and last date from the index.
Index("ix_facts_recent", func.coalesce(facts.c.period_end, facts.c.pub_date).desc(), facts.c.fact_id)
Index("ix_facts_type_recent", facts.c.type, func.coalesce(facts.c.period_end, facts.c.pub_date).desc(),
      facts.c.fact_id)
Index("ix_facts_pair_recent", facts.c.party_a, facts.c.party_b,
      func.coalesce(facts.c.period_end, facts.c.pub_date).desc(), facts.c.fact_id)
Index("ix_facts_pair_type_recent", facts.c.party_a, facts.c.party_b, facts.c.type,
      func.coalesce(facts.c.period_end, facts.c.pub_date).desc(), facts.c.fact_id)
Index("ix_facts_pair_date", facts.c.party_a, facts.c.party_b, facts.c.pub_date)

events = Table(
    "events",
    metadata,
    Column("event_id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(16), nullable=False),  # the first report's type
    Column("family", String(16), nullable=False),  # meeting (meeting, summit), visit, agreement, call
    Column("code", String(16)),
    Column("mode", String(16)),
    Column("status", String(8), nullable=False),  # held | planned
    Column("date", Date),  # the first dated report's date
    Column("anchor", Date),  # what reports are matched against: the date, else the first report's publication
    Column("countries", Text, nullable=False),  # union of the reports' countries, sorted, comma-separated
    Column("participants", JSON, nullable=False),  # union by id / English name
    Column("place", JSON),
    Column("n_reports", Integer, nullable=False),
    Column("langs", Text, nullable=False),  # languages of the reports, sorted, comma-separated
)
Index("ix_events_family_date", events.c.family, events.c.date)
Index("ix_events_date", events.c.date)
Index("ix_events_family_anchor", events.c.family, events.c.anchor)

event_countries = Table(
    "event_countries",
    metadata,
    Column("event_id", Integer, ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("country", String(2), primary_key=True),
)
Index("ix_event_countries_country", event_countries.c.country)
Index("ix_event_countries_country_event", event_countries.c.country, event_countries.c.event_id)

event_reports = Table(
    "event_reports",
    metadata,
    Column("report_id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.event_id", ondelete="CASCADE"), nullable=False),
    Column("doc_id", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("type", String(16), nullable=False),
    Column("code", String(16)),
    Column("mode", String(16)),
    Column("status", String(8), nullable=False),
    Column("date", Date),
    Column("countries", Text, nullable=False),
    Column("participants", JSON, nullable=False),
    Column("place", JSON),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("trigger", JSON),
    Column("signed", JSON),
    Column("lang", String(8), nullable=False),
)
Index("ix_event_reports_event", event_reports.c.event_id)
Index("ix_event_reports_doc", event_reports.c.doc_id)

conflicts = Table(
    "conflicts",
    metadata,
    Column("conflict_id", Integer, primary_key=True, autoincrement=True),
    Column("claim_id", Integer, ForeignKey("claims.claim_id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("reading", Text, nullable=False),  # how the figures were put on one scale, e.g. the reading of "N%"
    Column("sides", JSON, nullable=False),  # fact ids grouped by figures that agree with each other
)

failures = Table(
    "failures",
    metadata,
    Column("source", Text, primary_key=True),
    Column("code", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("last_attempt", DateTime, nullable=False),
)

near_duplicates = Table(
    "near_duplicates",
    metadata,
    Column("doc_a", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("doc_b", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("shared_paragraphs", Integer, nullable=False),
    Column("score", Float, nullable=False),  # shared paragraphs / paragraphs of the shorter document
)
Index("ix_near_duplicates_b", near_duplicates.c.doc_b)

# The persistent MinHash LSH index: one row per (paragraph, band); equal ``hash`` = candidate near-duplicates.
paragraph_bands = Table(
    "paragraph_bands",
    metadata,
    Column("hash", BigInteger, nullable=False),
    Column("doc_id", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("paragraph", Integer, nullable=False),
)
Index("ix_paragraph_bands_hash", paragraph_bands.c.hash)
Index("ix_paragraph_bands_doc", paragraph_bands.c.doc_id)

#: Tables that exist only in one backend's migration (full-text search), not in the metadata.
BACKEND_ONLY_TABLES = frozenset({"documents_fts"})
