"""The knowledge base, the same suite on SQLite and PostgreSQL.

PostgreSQL runs when KABARCHI_TEST_PG names a server (scripts/ci_postgres.sh starts a throwaway one and prints
it); otherwise the suite tries that script once, and skips the postgresql cases with the reason when it fails.
Every PostgreSQL case gets its own schema, dropped afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest

import kabarchi.store as ks
from kabarchi.cli import main as store_main
from kabarchi.store import claims as cl
from kabarchi.store import merge as mg

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples" / "news"
_PG: dict[str, Any] = {}


def _pg_url() -> str | None:
    if "url" in _PG:
        return _PG["url"]
    url = os.environ.get("KABARCHI_TEST_PG")
    reason = None
    if not url:
        try:
            r = subprocess.run(["bash", str(REPO / "scripts" / "ci_postgres.sh")], capture_output=True, text=True,
                               timeout=120)
            if r.returncode == 0 and "KABARCHI_TEST_PG=" in r.stdout:
                url = r.stdout.strip().split("KABARCHI_TEST_PG=", 1)[1].strip()
            else:
                reason = (r.stderr.strip().splitlines() or ["no output"])[-1]
        except (OSError, subprocess.TimeoutExpired) as exc:
            reason = str(exc)
    _PG["url"], _PG["reason"] = url, reason
    return url


def _new_store(backend: str, tmp: Path) -> tuple[ks.Store, Any]:
    if backend == "sqlite":
        return ks.open(str(tmp / f"kb-{uuid.uuid4().hex[:8]}.db")), None
    url = _pg_url()
    if not url:
        pytest.skip("PostgreSQL: KABARCHI_TEST_PG is unset and scripts/ci_postgres.sh could not start a server "
                    f"({_PG.get('reason')}); run `eval \"$(scripts/ci_postgres.sh)\"` first")
    import sqlalchemy as sa

    schema = "t_" + uuid.uuid4().hex[:12]
    base = ks.normalise_url(url)
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in url else "?"
    store = ks.open(f"{url}{sep}options=-csearch_path%3D{schema}")

    def drop() -> None:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return store, drop


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path):  # noqa: ANN201
    s, drop = _new_store(request.param, tmp_path)
    yield s
    s.close()
    if drop:
        drop()


@pytest.fixture(scope="session")
def example_records() -> list[dict]:
    from kabarchi.store.ingest import records_with_text

    return list(records_with_text([str(EXAMPLES)]))


@pytest.fixture(scope="session")
def seed_records(seeds_dir: Path) -> list[dict]:
    from kabarchi.store.ingest import records_with_text

    return list(records_with_text([str(seeds_dir)]))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def news_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, example_records):  # noqa: ANN201
    s, drop = _new_store(request.param, tmp_path_factory.mktemp("news"))
    s.ingest(example_records)
    yield s
    s.close()
    if drop:
        drop()


# --- own records (no ../shared needed) ----------------------------------------------------------------------


def fact(ftype: str, value: float, unit: str, bound: str = "eq", parties=("KG", "TJ"), period=("2025-01-01", "2025-12-31"),
         text: str = "x") -> dict:
    f = {"type": ftype, "parties": list(parties), "value": value, "unit": unit, "bound": bound,
         "period": {"start": period[0], "end": period[1]} if period else None, "speaker": None,
         "evidence": {"start": 0, "end": len(text), "text": text}, "confidence": 0.9}
    return f


def event(etype: str, date: str | None, countries=("KG", "TJ"), status: str = "held", people=(), place=None) -> dict:
    return {"type": etype, "code": "CONSULT", "mode": None, "date": date, "countries": list(countries),
            "participants": [{"name": p, "id": None, "role": None, "country": None} for p in people],
            "place": place, "evidence": {"start": 0, "end": 4, "text": "meet"}, "trigger": None, "status": status}


def record(doc_id: str, lang: str = "ru", published: str | None = "2026-02-13", facts=(), events=(),
           text: str | None = None, source: str | None = None) -> dict:
    r = {"doc_id": doc_id, "source": source or f"{doc_id}.txt", "published": published, "title": f"Title {doc_id}",
         "lang": lang, "script": "Cyrl", "segments": [], "countries": ["KG", "TJ"], "entities": [], "quantities": [],
         "facts": list(facts), "events": list(events), "warnings": []}
    if text is not None:
        r["text"] = text
    return r


def fig(i: int, value: float, unit: str, bound: str = "eq", period=("2025-01-01", "2025-12-31"),
        ftype: str = "trade_growth") -> cl.Figure:
    from datetime import date

    return cl.Figure(i, ftype, value, unit, bound, date.fromisoformat(period[0]) if period else None,
                     date.fromisoformat(period[1]) if period else None)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (fig(1, 33e6, "USD", "gt", ftype="trade_turnover"), fig(2, 36e6, "USD", ftype="trade_turnover"), True),
        (fig(1, 3, "x"), fig(2, 24, "x"), False),
        (fig(1, 171, "%"), fig(2, 24, "x"), False),
        (fig(1, 171, "%"), fig(2, 2.7, "x"), True),  # "increase by 171%"
        (fig(1, 171, "%"), fig(2, 1.7, "x"), True),  # "reached 171% of"
        (fig(1, 24, "x", "approx"), fig(2, 22, "x"), True),
        (fig(1, 4.5e9, "USD", ftype="trade_turnover"), fig(2, 4.1e9, "USD", ftype="trade_turnover"), False),
        (fig(1, 4.5e9, "USD", ftype="trade_turnover"), fig(2, 4.52e9, "USD", ftype="trade_turnover"), True),
        (fig(1, 50e6, "USD", "lt", ftype="trade_turnover"), fig(2, 60e6, "USD", ftype="trade_turnover"), False),
        (fig(1, 2e9, "USD", ftype="trade_turnover"), fig(2, 2e9, "KZT", ftype="trade_turnover"), True),
        # January-November total 36 млн is at most the year's: a year of 40 fits, a year of 30 does not
        (fig(1, 36e6, "USD", period=("2025-01-01", "2025-11-30"), ftype="trade_turnover"),
         fig(2, 40e6, "USD", ftype="trade_turnover"), True),
        (fig(1, 36e6, "USD", period=("2025-01-01", "2025-11-30"), ftype="trade_turnover"),
         fig(2, 30e6, "USD", ftype="trade_turnover"), False),
        # growth over one quarter says nothing about the year's
        (fig(1, 3, "x", period=("2025-01-01", "2025-03-31")), fig(2, 24, "x"), True),
    ],
)
def test_figures_agree_or_conflict(a: cl.Figure, b: cl.Figure, agree: bool) -> None:
    assert cl.compatible(a, b)[0] is agree
    assert cl.compatible(b, a)[0] is agree


def test_reading_states_both_readings_of_a_percentage() -> None:
    text = cl.reading_text([fig(1, 171, "%"), fig(2, 24, "x")])
    assert '"increase by 171%" = ×2.71' in text and '"reached 171% of" = ×1.71' in text and "×24" in text


@pytest.mark.parametrize(
    ("report", "anchor", "merges"),
    [
        (event("meeting", "2026-02-14"), "2026-02-14", True),
        (event("summit", "2026-02-13"), "2026-02-13", True),  # same family
        (event("meeting", "2026-02-20"), "2026-02-20", False),  # outside the window
        (event("meeting", "2026-02-13", status="planned"), "2026-02-13", False),
        (event("meeting", "2026-02-13", countries=("KG", "UZ")), "2026-02-13", False),
        (event("call", "2026-02-13"), "2026-02-13", False),
        (event("meeting", "2026-02-13", place={"name": "Moscow", "id": "Q649"}), "2026-02-13", False),
    ],
)
def test_report_joins_event_or_not(report: dict, anchor: str, merges: bool) -> None:
    from datetime import date

    cand = mg.Candidate(1, "meeting", "held", date(2026, 2, 13), {"KG", "TJ"}, {"sadyr japarov"}, "Q9361", True)
    assert (mg.score(report, date.fromisoformat(anchor), cand) is not None) is merges


def test_migrations_from_empty_match_models(store: ks.Store) -> None:
    from alembic.migration import MigrationContext
    from alembic.autogenerate import compare_metadata

    from kabarchi.store.migrations.env_support import include_object
    from kabarchi.store.models import metadata

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": True})
        assert compare_metadata(ctx, metadata) == []
        assert ctx.get_current_revision() == "0002"
    store.migrate()  # running again on a current schema changes nothing
    assert store.count("documents") == 0


def test_ingest_is_idempotent_and_merges_reports_across_calls(store: ks.Store) -> None:
    a = record("a1", lang="ky", facts=[fact("trade_growth", 24, "x")],
               events=[event("meeting", "2026-02-13", people=["Adylbek Kasymaliev"])])
    b = record("b2", lang="ru", published="2026-02-14", facts=[fact("trade_growth", 171, "%")],
               events=[event("meeting", "2026-02-13", people=["Adylbek Kasymaliev"]),
                       event("visit", None, status="planned")])
    r1 = store.ingest([a])
    r2 = store.ingest([b, a])
    assert (r1.added, r2.added, r2.skipped, r2.reports_merged) == (1, 1, 1, 1)
    before = store.stats()
    store.ingest([a, b])
    assert store.stats() == before
    assert before["documents"] == 2 and before["facts"] == 2 and before["events"] == 2
    meetings = store.events(type="meeting")
    assert len(meetings) == 1 and {r.doc_id for r in meetings[0].reports} == {"a1", "b2"}
    assert meetings[0].langs == ("ky", "ru")
    [c] = store.conflicts()
    assert c.type == "trade_growth" and {x.doc_id for x in c.claims} == {"a1", "b2"}
    assert "reached 171% of" in c.reading


def test_claims_group_sources_and_agreeing_bounds_are_no_conflict(store: ks.Store) -> None:
    store.ingest([
        record("a", facts=[fact("trade_turnover", 33e6, "USD", "gt")]),
        record("b", facts=[fact("trade_turnover", 36e6, "USD")]),
        record("c", facts=[fact("trade_growth", 3, "x")]),
        record("d", facts=[fact("trade_growth", 24, "x")]),
    ])
    assert store.stats()["claims"] == 2
    [c] = store.conflicts()
    assert c.type == "trade_growth" and sorted(x.value for x in c.claims) == [3, 24]
    assert len({f.claim_id for f in store.facts(type="trade_turnover")}) == 1


def test_failures_are_recorded_and_cleared_on_retry(store: ks.Store) -> None:
    bad = {"source": "broken.pdf", "error": {"code": "pdf-broken", "message": "cannot read"}}
    assert store.ingest([bad]).failed == 1
    store.ingest([bad])
    [f] = store.failures()
    assert (f.source, f.code, f.attempts) == ("broken.pdf", "pdf-broken", 2)
    assert store.failed_sources() == ["broken.pdf"]
    store.ingest([record("fixed", source="broken.pdf")])
    assert store.failures() == [] and store.stats()["documents"] == 1


def test_near_duplicates_are_linked_not_deleted(store: ks.Store) -> None:
    p1 = "Премьер-министры двух стран обсудили торговлю, транспорт и энергетику на встрече в Бишкеке во вторник."
    p2 = "Стороны договорились довести товарооборот до пятисот миллионов долларов в ближайшие годы и открыть рынки."
    p3 = "Отдельно обсуждались вопросы водопользования, пограничного контроля и совместных культурных проектов."
    other = "Футбольная сборная провела товарищеский матч на центральном стадионе столицы при полных трибунах болельщиков."
    store.ingest([
        record("orig", text="\n".join([p1, p2, p3])),
        record("repub", text="\n\n".join(["Источник: агентство.", p1, p2, p3.replace("культурных", "культурных и спортивных")])),
        record("unrelated", text=other + "\n" + other.replace("матч", "турнир")),
    ])
    [link] = store.near_duplicates()
    assert {link["doc_a"], link["doc_b"]} == {"orig", "repub"} and link["score"] >= 0.5
    assert store.stats()["documents"] == 3


def test_queries_filter_as_documented(store: ks.Store) -> None:
    store.ingest([
        record("k1", lang="ky", published="2026-01-10", text="КЫРГЫЗСТАН менен Тажикстандын соодасы өстү.",
               facts=[fact("trade_turnover", 36e6, "USD"), fact("trade_target", 500e6, "USD", period=None)],
               events=[event("meeting", "2026-01-10")]),
        record("k2", lang="en", published="2026-02-10", text="Kazakhstan and Uzbekistan talked by phone.",
               facts=[fact("trade_turnover", 4.5e9, "USD", parties=("KZ", "UZ"), period=("2024-01-01", "2024-12-31")),
                      fact("trade_target", 10e9, "USD", parties=("KZ", "UZ"), period=("2030-01-01", "2030-12-31"))],
               events=[event("call", "2026-02-09", countries=("KZ", "UZ"))]),
    ])
    assert {f.doc_id for f in store.facts(pair="TJ-KG")} == {"k1"}
    assert [f.value for f in store.facts(type="trade_turnover", since="2025-01-01")] == [36e6]
    assert {f.doc_id for f in store.facts(lang="en")} == {"k2"}
    assert [e.type for e in store.events(country="UZ")] == ["call"]
    assert [e.type for e in store.events(type="summit")] == ["meeting"]
    [t] = store.targets(pair="KZ-UZ")
    assert t.target and t.target.value == 10e9 and t.actual and t.actual.value == 4.5e9
    assert [(i.date, i.kind) for i in store.timeline("KG", "TJ")] == [
        ("2025-12-31", "fact"), ("2026-01-10", "event"), ("2026-01-10", "fact")]
    assert [h.doc_id for h in store.search("кыргызстан")] == ["k1"]  # Cyrillic, any case
    assert [h.doc_id for h in store.search("ТАЖИКСТАН")] == ["k1"]  # prefix of an inflected form
    assert [h.doc_id for h in store.search("kazakhstan phone")] == ["k2"]
    st = store.stats()
    assert {"documents", "facts", "events", "conflicts"} <= st.keys() and st["documents"] == 2
    df = store.to_dataframe("facts")
    assert len(df) == 4 and "evidence.text" in df.columns
    assert sorted(r["doc_id"] for r in store.records()) == ["k1", "k2"]


# --- the corpus: examples/news (in the repo) and the seeds (../shared) ------------------------------------------


def test_examples_merge_events_across_three_languages(news_store: ks.Store) -> None:
    three = [e for e in news_store.events(min_reports=3) if len(e.langs) >= 3]
    groups = {(e.type, e.countries, e.date) for e in three}
    assert ("meeting", ("KG", "RU"), "2026-04-14") in groups
    assert ("call", ("RU", "UZ"), "2026-03-19") in groups
    for e in three:
        assert all(r.evidence.text for r in e.reports)
    # planned and held reports of a visit stay apart
    assert all(len({r.status for r in e.reports}) == 1 for e in news_store.events())


def test_examples_kz_uz_turnover_conflict(news_store: ks.Store) -> None:
    [c] = news_store.conflicts(pair="KZ-UZ", type="trade_turnover")
    vals = {(x.value, Path(x.source).name) for x in c.claims}
    assert (4.5e9, "2026-02-10-kz-uz-call.txt") in vals and (4.1e9, "2026-02-12-uz-kz-stat.txt") in vals


@pytest.mark.shared
def test_seeds_twice_same_counts_merge_and_conflict(store: ks.Store, seed_records: list[dict]) -> None:
    store.ingest(seed_records)
    first = store.stats()
    again = store.ingest(seed_records)
    assert again.added == 0 and store.stats() == first
    ids = {Path(r["source"]).name[:3]: r["doc_id"] for r in seed_records}
    meetings = [e for e in store.events(type="meeting", pair="KG-TJ") if e.date == "2026-02-13"]
    assert len(meetings) == 1
    assert sorted(r.doc_id for r in meetings[0].reports) == sorted([ids["000"], ids["001"]])
    [c] = store.conflicts(pair="KG-TJ", type="trade_growth")
    pct = [x for x in c.claims if x.unit == "%"]
    fold = [x for x in c.claims if x.unit == "x"]
    assert [(x.value, x.doc_id) for x in pct] == [(171, ids["000"])]
    assert {x.doc_id for x in fold} == {ids["000"], ids["001"]} and {x.value for x in fold} == {24}
    assert '"increase by 171%"' in c.reading and '"reached 171% of"' in c.reading
    # ">33 млн" (000) and "36 млн" (001) for 2025 agree
    assert not store.conflicts(pair="KG-TJ", type="trade_turnover")


# --- the commands ---------------------------------------------------------------------------------------------


def _cli_lines(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    assert store_main(list(argv)) == 0
    return [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.strip()]


def test_commands_print_the_documented_json(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            example_records: list[dict]) -> None:
    db = str(tmp_path / "cli.db")
    src = tmp_path / "records.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in example_records), encoding="utf-8")
    assert store_main(["ingest", "--records", str(src), "--db", db, "--no-progress"]) == 0
    [st] = _cli_lines(capsys, "stats", "--db", db, "--format", "json")
    assert st["documents"] == len(example_records) and st["events"] > 0 and st["conflicts"] > 0
    events = _cli_lines(capsys, "events", "--db", db, "--format", "jsonl")
    assert len(events) == st["events"]
    assert all({"doc_id", "source", "lang", "evidence"} <= r.keys() for e in events for r in e["reports"])
    conflicts = _cli_lines(capsys, "conflicts", "--db", db, "--format", "jsonl")
    for c in conflicts:
        assert {"type", "period", "claims"} <= c.keys() and ("parties" in c or {"from", "to"} <= c.keys())
        assert all({"value", "unit", "bound", "doc_id", "source", "evidence"} <= x.keys() for x in c["claims"])
    facts = _cli_lines(capsys, "facts", "--db", db, "--pair", "KZ-UZ", "--format", "jsonl")
    assert facts and all(f.get("parties") == ["KZ", "UZ"] or {f.get("from"), f.get("to")} == {"KZ", "UZ"}
                         for f in facts)
    for cmd in (["timeline", "KG", "TJ"], ["search", "Бишкек"], ["targets"]):
        assert _cli_lines(capsys, *cmd, "--db", db, "--format", "jsonl")
    assert store_main(["facts", "--db", db, "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("fact_id,")
    assert store_main(["export", "--db", db, "--format", "parquet", "-o", str(tmp_path / "f.parquet")]) == 0
    assert store_main(["facts", "--db", db, "--pair", "KGTJ"]) == 1
    assert "KG-TJ" in capsys.readouterr().err


def _fact(value: float, start: str | None, end: str | None, type_: str = "trade_turnover") -> ks.StoredFact:
    return ks.StoredFact(
        fact_id=1, claim_id=1, doc_id="d", source="s", lang="kk", published=None, type=type_, parties=("KZ", "UZ"),
        from_country=None, to_country=None, value=value, unit="USD", bound="eq", period_start=start,
        period_end=end, evidence=ks.Evidence(0, 1, "x"), confidence=None,
    )


@pytest.mark.parametrize(
    ("actual", "target", "share"),
    [
        (("2025-01-01", "2025-12-31"), ("2030-01-01", "2030-12-31"), 0.5),    # a year against a year
        (("2024-01-01", "2024-12-31"), ("2030-01-01", "2030-12-31"), 0.5),    # a leap year too
        (("2026-01-01", "2026-02-28"), ("2030-01-01", "2030-12-31"), None),   # two months against a year
        (("2025-01-01", "2025-12-31"), ("2026-01-01", "2028-12-31"), None),   # a year against three
        ((None, None), ("2030-01-01", "2030-12-31"), None),                   # no period: cannot compare
    ],
)
def test_share_of_target_only_for_periods_of_the_same_length(actual, target, share) -> None:
    status = ks.TargetStatus(("KZ", "UZ"), _fact(10e9, *target, "trade_target"), _fact(5e9, *actual))
    assert status.to_dict()["share_of_target"] == share


@pytest.mark.parametrize(
    ("query", "kwargs", "message"),
    [
        ("events", {"since": "May 2025"}, "expected since as a date YYYY-MM-DD, got 'May 2025'"),   # matched nothing
        ("events", {"until": "2025-13-01"}, "expected until as a date YYYY-MM-DD"),                # silently before
        ("events", {"country": "Kyrgyzstan"}, "expected an ISO country code like KG"),
        ("facts", {"since": "yesterday"}, "expected since as a date YYYY-MM-DD"),
        ("facts", {"country": "K1"}, "expected an ISO country code like KG"),
        ("documents", {"since": "2025/01/01"}, "expected since as a date YYYY-MM-DD"),
        ("documents", {"country": "KGZ"}, "expected an ISO country code like KG"),
    ],
)
def test_bad_filters_are_errors_not_empty_results(news_store, query, kwargs, message) -> None:
    with pytest.raises(ks.StoreError, match=message.replace("(", r"\(")):
        getattr(news_store, query)(**kwargs)


def test_good_filters_still_match(news_store) -> None:
    assert news_store.events(since="2025-01-01", until="2030-12-31", country="kg")
    assert news_store.facts(since="2025-01-01", country="kg")
    assert news_store.documents(since="2025-01-01", country="kg")
