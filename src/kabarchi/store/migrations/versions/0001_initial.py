"""The store's first schema: documents, facts, claims, conflicts, merged events and their reports, failures,
near-duplicates and the paragraph LSH index; full-text search per backend (SQLite FTS5, PostgreSQL tsvector).

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("doc_id", sa.String(32), primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("published", sa.String(16)),
        sa.Column("pub_date", sa.Date),
        sa.Column("title", sa.Text),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("script", sa.String(8)),
        sa.Column("countries", sa.Text, nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_documents_pub_date", "documents", ["pub_date"])
    op.create_index("ix_documents_lang", "documents", ["lang"])
    op.create_index("ix_documents_source", "documents", ["source"])

    op.create_table(
        "claims",
        sa.Column("claim_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(96), nullable=False, unique=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("party_a", sa.String(2), nullable=False),
        sa.Column("party_b", sa.String(2), nullable=False),
        sa.Column("from_country", sa.String(2)),
        sa.Column("to_country", sa.String(2)),
        sa.Column("year_start", sa.Integer),
        sa.Column("year_end", sa.Integer),
        sa.Column("needs_check", sa.Boolean, nullable=False),
    )
    op.create_index("ix_claims_pair", "claims", ["party_a", "party_b", "type"])
    op.create_index("ix_claims_needs_check", "claims", ["needs_check"])

    op.create_table(
        "facts",
        sa.Column("fact_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String(32), sa.ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.claim_id"), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("party_a", sa.String(2), nullable=False),
        sa.Column("party_b", sa.String(2), nullable=False),
        sa.Column("from_country", sa.String(2)),
        sa.Column("to_country", sa.String(2)),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("bound", sa.String(8), nullable=False),
        sa.Column("period_start", sa.Date),
        sa.Column("period_end", sa.Date),
        sa.Column("speaker", sa.JSON),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("evidence_text", sa.Text, nullable=False),
        sa.Column("figure", sa.JSON),
        sa.Column("confidence", sa.Float),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("pub_date", sa.Date),
    )
    op.create_index("ix_facts_pair", "facts", ["party_a", "party_b", "type"])
    op.create_index("ix_facts_type_period", "facts", ["type", "period_start"])
    op.create_index("ix_facts_period_end", "facts", ["period_end"])
    op.create_index("ix_facts_doc", "facts", ["doc_id"])
    op.create_index("ix_facts_claim", "facts", ["claim_id"])

    op.create_table(
        "events",
        sa.Column("event_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("family", sa.String(16), nullable=False),
        sa.Column("code", sa.String(16)),
        sa.Column("mode", sa.String(16)),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("anchor", sa.Date),
        sa.Column("countries", sa.Text, nullable=False),
        sa.Column("participants", sa.JSON, nullable=False),
        sa.Column("place", sa.JSON),
        sa.Column("n_reports", sa.Integer, nullable=False),
        sa.Column("langs", sa.Text, nullable=False),
    )
    op.create_index("ix_events_family_date", "events", ["family", "date"])
    op.create_index("ix_events_date", "events", ["date"])
    op.create_index("ix_events_family_anchor", "events", ["family", "anchor"])

    op.create_table(
        "event_countries",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("country", sa.String(2), primary_key=True),
    )
    op.create_index("ix_event_countries_country", "event_countries", ["country"])

    op.create_table(
        "event_reports",
        sa.Column("report_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.event_id", ondelete="CASCADE"), nullable=False),
        sa.Column("doc_id", sa.String(32), sa.ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("code", sa.String(16)),
        sa.Column("mode", sa.String(16)),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("countries", sa.Text, nullable=False),
        sa.Column("participants", sa.JSON, nullable=False),
        sa.Column("place", sa.JSON),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("evidence_text", sa.Text, nullable=False),
        sa.Column("trigger", sa.JSON),
        sa.Column("signed", sa.JSON),
        sa.Column("lang", sa.String(8), nullable=False),
    )
    op.create_index("ix_event_reports_event", "event_reports", ["event_id"])
    op.create_index("ix_event_reports_doc", "event_reports", ["doc_id"])

    op.create_table(
        "conflicts",
        sa.Column("conflict_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "claim_id", sa.Integer, sa.ForeignKey("claims.claim_id", ondelete="CASCADE"), nullable=False, unique=True
        ),
        sa.Column("reading", sa.Text, nullable=False),
        sa.Column("sides", sa.JSON, nullable=False),
    )

    op.create_table(
        "failures",
        sa.Column("source", sa.Text, primary_key=True),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_attempt", sa.DateTime, nullable=False),
    )

    op.create_table(
        "near_duplicates",
        sa.Column("doc_a", sa.String(32), sa.ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("doc_b", sa.String(32), sa.ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("shared_paragraphs", sa.Integer, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
    )
    op.create_index("ix_near_duplicates_b", "near_duplicates", ["doc_b"])

    op.create_table(
        "paragraph_bands",
        sa.Column("hash", sa.BigInteger, nullable=False),
        sa.Column("doc_id", sa.String(32), sa.ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
        sa.Column("paragraph", sa.Integer, nullable=False),
    )
    op.create_index("ix_paragraph_bands_hash", "paragraph_bands", ["hash"])
    op.create_index("ix_paragraph_bands_doc", "paragraph_bands", ["doc_id"])

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        # unicode61 folds case for Cyrillic as for Latin (and ё/й diacritics), so "Кыргызстан" finds "КЫРГЫЗСТАН".
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "doc_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
    elif dialect == "postgresql":
        # 'simple': lower-cases every script and does not stem, which suits six languages with one index.
        op.execute(
            "CREATE INDEX ix_documents_fts ON documents USING gin "
            "(to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(text, '')))"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in (
        "paragraph_bands", "near_duplicates", "failures", "conflicts", "event_reports", "event_countries", "events",
        "facts", "claims", "documents",
    ):
        op.drop_table(table)
