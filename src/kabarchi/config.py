"""Every calibrated constant of kabarchi, in one place, each with what it was calibrated against.

Stages import their numbers from here; changing one is a decision that the evaluation gate (tests/test_eval_gate.py
and docs/evaluation.md) must confirm.
"""

from __future__ import annotations

# --- reading ------------------------------------------------------------------------------------------------

#: Files larger than this are refused with ``too-large`` instead of being read into memory. News articles are
#: 2-40 KB; the largest report PDF seen in our samples is 6 MB. 50 MB is refused by the issue's own definition.
MAX_INPUT_BYTES = 25 * 1024 * 1024

#: Share of control characters (other than tab, CR, LF, FF) above which decoded bytes count as binary.
#: Calibrated on the seeds (0.0) and on random bytes and zip/png files (> 0.05).
MAX_CONTROL_SHARE = 0.01

#: A progress bar is shown on stderr when more documents than this are read (and stderr is a terminal or
#: ``--progress`` is given).
PROGRESS_MIN_DOCUMENTS = 5

# --- readers: encoding detection (kabarchi.readers.decode) ----------------------------------------------------

#: A single-byte Cyrillic decoding (cp1251 / KZ-1048 / KOI8-R) is accepted only when at most this share of its
#: non-ASCII characters are neither Cyrillic letters nor usual punctuation, and at most this share of its Cyrillic
#: words also contain Latin letters. Calibrated on Russian/Kazakh test sentences in each code page (0.0) against
#: Latin-1 German/French text and UTF-8 read as cp1251 (> 0.3).
MAX_ODD_CHAR_SHARE = 0.1

#: charset-normalizer results with a higher "chaos" (mess ratio) are refused as unreadable. Calibrated on
#: cp1251/mac-cyrillic/UTF-16 Russian sentences (0.0) and damaged inputs (none found below 0.2 that read well).
MAX_ENCODING_CHAOS = 0.2

# --- readers: title of a plain-text document (kabarchi.readers.plain) -----------------------------------------

#: A first line longer than this is a lead paragraph, not a headline. Headlines of the seeds are 70-110
#: characters; lead sentences that do not end with a full stop are rare below 200.
MAX_TITLE_CHARS = 200

# --- PDF artefacts and segmentation (kabarchi.text.artefacts, kabarchi.segment) ------------------------------

#: Plain text counts as a PDF dump (and gets artefact removal) when it has at least this many non-blank lines...
DUMP_MIN_LINES = 8
#: ...and at least this share of them starts in lower case (a wrapped sentence going on). Seed 003 (a pypdf
#: dump): 0.8; the news seeds 000-002, 004 (one paragraph per line): 0.0.
DUMP_LOWER_START_SHARE = 0.3
#: Running headers/footers are at most this long (stripped). Journal headers seen: 10-70 characters.
ARTEFACT_HEADER_MAX_CHARS = 100
#: A short line recurring this often (or with increasing numbers) is a running header. Generated fixtures with
#: 3-6 pages; body lines of the seeds never recur 3 times.
ARTEFACT_MIN_REPEATS = 3
#: A run of this many spaces in a short line marks a PDF layout line (seed 003's header is padded with >100).
ARTEFACT_PAD_SPACES = 10
#: Page numbers in a sequence rise by at most this much (a skipped figure page or two).
ARTEFACT_PAGE_MAX_STEP = 3
#: Two page numbers of one sequence are at least this many characters apart (a page holds 1.5-4 KB of text).
ARTEFACT_MIN_PAGE_CHARS = 500
#: A lone number at a page edge is a page number only below this (so a year such as 2024 is not taken for one).
ARTEFACT_LONE_PAGE_MAX = 1900
#: Wrapped text (paragraphs rebuilt from lines) needs at least this many lines and the share of lower-case
#: starts above (DUMP_LOWER_START_SHARE).
SEGMENT_WRAP_MIN_LINES = 4
#: In wrapped text a line ending a sentence continues the paragraph only when it fills this share of the wrap
#: width (the 90th percentile of line lengths); seed 003's paragraph-final lines are 8-77 of 85 characters.
SEGMENT_FULL_LINE = 0.9
#: A line not ending a sentence, followed by an upper-case line, continues the paragraph when at least this
#: share of the wrap width (shorter ones are headings). Seed 003: wrapped lines are 67-106 of 85.
SEGMENT_LONG_LINE = 0.7
#: A quotation kept in one sentence with its attribution ("«…», — деди Х.") is at most this long; longer ones
#: are split (an unbalanced quote mark must not glue a whole article together).
SEGMENT_QUOTE_MAX_CHARS = 1500

# --- facts (kabarchi/facts) -------------------------------------------------------------------------------------
# Calibrated on the seeds 000-004 and the gold set in examples/gold.jsonl (news sentences of 80-400 characters).

#: A trigger word or a state "belongs" to a figure when at most this many characters lie between them
#: (a clause: "өз ара соода жүгүртүү 36 млн" ≈ 5, "товарооборот между двумя странами превысил 2 млрд" ≈ 40).
FACT_WINDOW_CHARS = 80
#: A "bring to" verb this close after (ky kk uz tg) or before (ru en) a money figure makes it a target.
FACT_TARGET_CHARS = 40
#: ... or this close on either side, whatever the language.
FACT_TARGET_NEAR_CHARS = 12
#: "73% кыргыз экспорту", "ҳиссаи содироти Тоҷикистон дар ин ҳаҷм 22 фоиз": an export/import word this close to
#: a percentage, in its region, makes it an export share.
FACT_SHARE_CHARS = 50
#: "86 миң тажик туристи": a tourist word this close to a count makes it tourist arrivals.
FACT_TOURIST_CHARS = 30
#: A period next to a comparison word ("2024-жылдын ... салыштырмалуу", "по сравнению с 2024") within this many
#: characters is the base of the comparison, not the figure's own period.
FACT_COMPARISON_CHARS = 25
#: Confidence of a fact whose states, trigger and period all stand in its own clause.
FACT_BASE_CONFIDENCE = 0.92
#: Taken off when only one state is named and the partner comes from the context.
FACT_PENALTY_ONE_STATE = 0.1
#: Taken off when "the two countries"/"mutual" points back to the pair.
FACT_PENALTY_ANAPHORA = 0.12
#: Taken off when the pair is only the article's main pair.
FACT_PENALTY_MAIN_PAIR = 0.22
#: Taken off when the period is carried from the previous sentence.
FACT_PENALTY_CARRIED = 0.08
#: Taken off when the trade word is further than FACT_WINDOW_CHARS from the figure.
FACT_PENALTY_FAR = 0.15
#: A period stated in one sentence still covers figures this many sentences later ("Дар ин давра ...";
#: news articles keep to one reporting period; calibrated on examples/gold.jsonl).
FACT_PERIOD_CARRY_SENTENCES = 5
#: Facts below this confidence are not reported.
FACT_MIN_CONFIDENCE = 0.5

# --- events (kabarchi/events) -----------------------------------------------------------------------------------

#: A future-tense word this close after (ky kk uz tg) or before (ru en) an event word marks the event as planned
#: ("саммит ... өтөт", "will meet"); calibrated on the gold set in examples/gold.jsonl.
EVENT_PLANNED_CHARS = 40

# --- entities -------------------------------------------------------------------------------------------------

#: Languages whose capitalised words outside the gazetteer go to the KazNERD-trained CRF. Kazakh is what it was
#: trained on; Kyrgyz and Uzbek Cyrillic share most suffixes and capitalisation rules (checked by hand on the
#: seeds, not measured: no Kyrgyz/Uzbek NER gold is available to us).
ENTITIES_CRF_LANGS = frozenset({"kk", "ky", "uz"})

#: Tokens of context on each side of a capitalised word given to the CRF (stretched right to an organisation cue
#: word up to four tokens on). Measured on the KazNERD test split with the gazetteer first, as find_entities runs
#: (bench/eval_ner.py --mode runtime), F1 PERSON/GPE/ORGANISATION: 1 -> .861/.766/.580, 2 -> .872/.770/.600,
#: 3 -> .871/.771/.621 (the CRF alone on whole sentences: .896/.917/.716; most of the GPE gap is KazNERD
#: labelling states inside FACILITY/POSITION/EVENT names, which kabarchi counts as state mentions). Two keeps
#: the tagger's cost down: three buys two ORGANISATION points for 26% more tokens tagged on the seeds (329/261).
ENTITIES_CRF_WINDOW = 2

#: natasha (Russian NER) for names outside the gazetteer in Russian documents. Off by default: loading it costs
#: ~1 s and ~200 MB RSS (measured: 209 MB peak for natasha alone), which breaks the 300 MB budget of extract.
ENTITIES_NATASHA = False
#: A sentence dated more than this many years before the article (or, undated, before the latest year the
#: article names) recalls history ("2007-жылы ... расмий сапары"), and yields no event. Seed 003 (a history
#: paper) names 1992-2023; news seeds date their events the day of publication.
EVENT_BACKGROUND_YEARS = 1

# --- language identification (kabarchi.langid) -------------------------------------------------------------

#: Characters of each paragraph (from its start) that the n-gram model scores. Held-out sentences of 40+ chars are
#: >= 99.9% right (docs/eval/langid.md), so 160 chars (about 20 words) decide a paragraph; on the seeds 96->256
#: chars moved the stage from ~110 to ~150 µs/doc with the same labels.
LANGID_MAX_CHARS = 160

#: Paragraphs with fewer letters inherit the language of their neighbours. Calibrated on held-out sentences cut
#: after N letters (at a word end): 6 letters 59% right, 8 -> 90%, 10 -> 92%, 16 -> 96%, 30 -> 99%.
LANGID_MIN_LETTERS = 10

#: Nats by which a paragraph's best class may beat the document's language and still be given the document's
#: language (names, titles, captions). Chosen so that 003's one-line Russian title and abstract keep "ru".
LANGID_DOC_PRIOR = 3.0

#: Temperature (nats) of the logistic that turns the margin between the best and the runner-up language into
#: ``LangGuess.confidence``; a margin of 2 nats gives 0.73, 6 nats 0.95, 10 nats 0.99.
LANGID_CONFIDENCE_SCALE = 2.0

#: ``identify`` reads at most this many characters; pseudo-documents of 10 held-out sentences (~1,300 chars) are
#: 100% right, so 2,000 chars leave margin.
LANGID_IDENTIFY_MAX_CHARS = 2000

# --- store (kabarchi/store) -------------------------------------------------------------------------------------

#: Documents written per transaction by ingest. 500 keeps a batch's IN-lists and memory small; measured with
#: bench/bench_ingest.py, 200..2000 change SQLite/PostgreSQL throughput by under 10%.
STORE_BATCH_SIZE = 500
#: Two exact figures agree when within this relative distance: the contract's scoring tolerance (1%).
CLAIM_REL_TOLERANCE = 0.01
#: A round figure ("4,5 млрд", "36 млн") stands for anything within half a unit of its last non-zero digit, but
#: never more than this share of it (so "30 млн" is not read as 25..35 млн). Keeps 4,5 vs 4,1 млрд apart
#: (examples/news) while 36 млн and ">33 млн" agree (seeds 000/001).
CLAIM_ROUNDING_CAP = 0.05
#: Half-width of an "approx" figure (дээрлик, около, almost): the spread of rounded figures in examples/news.
CLAIM_APPROX_TOLERANCE = 0.10
#: A growth rate or share over a sub-period is compared with the whole period's only when the sub-period covers
#: at least this share of it (January-November against the year: 0.92, seed 000 against 001).
CLAIM_NESTED_MIN_COVERAGE = 0.75
#: Event reports are merged when their dates are at most this many days apart: cross-language reports of one
#: event in examples/news differ by one day ("yesterday", time zones), a merged report by two at most.
EVENT_MERGE_WINDOW_DAYS = 2
#: Multilateral events (three or more states) merge when their state sets overlap at least this much (Jaccard);
#: bilateral ones need the same two states, so a summit's sideline meetings stay separate.
EVENT_MERGE_MIN_JACCARD = 0.6
#: MinHash permutations for paragraph near-duplicates; 64 keeps ingest fast and the LSH estimate within ~0.1.
NEAR_DUP_NUM_PERM = 64
#: Paragraph Jaccard similarity (word 3-grams) above which two paragraphs are the same text republished.
NEAR_DUP_THRESHOLD = 0.8
#: Paragraphs shorter than this many words (datelines, captions) are not compared.
NEAR_DUP_MIN_WORDS = 8
#: Two documents are near-duplicates when this share of the shorter one's paragraphs appear in the other.
NEAR_DUP_MIN_SHARE = 0.5

# --- worker processes (kabarchi/extract.py) --------------------------------------------------------------------

#: gc thresholds of extract's worker processes. Python's default (700, 10, 10) collects every few hundred
#: allocations; a document allocates tens of thousands of short-lived objects without cycles. Measured on
#: bench/corpus (10,000 documents, 2 workers): read speed up to langid 1,866 -> 2,100 documents/s.
WORKER_GC_THRESHOLDS = (50_000, 20, 20)

#: A paragraph is Latin-script when its Latin letters outnumber Cyrillic ones this many times. On held-out
#: sentences of 20+ characters a plain majority (1) mislabelled 3 Kazakh and Russian sentences full of Latin names
#: as Latin-script; 3 fixes them and changes no other label.
LANGID_LATIN_RATIO = 3

# --- web dashboard and API (kabarchi/web/) ---------------------------------------------------------------------

#: Items per API page when no limit is given, and the most a client may ask for. 500 facts serialise in ~20 ms on
#: the 2-core machine; more would push /api/facts past the 200 ms p95 goal on the 100,000-document store.
WEB_PAGE_SIZE = 50
WEB_MAX_PAGE_SIZE = 500
#: Turnover figures and targets charted per pair (the newest of each type). The busiest pair of the 100,000-document
#: benchmark store has 722 and 298: all of them made a 1.3 MB page rendered in ~100 ms; 300 keeps the pair page under
#: the 200 ms p95 goal and the chart legible (older figures stay in /api/facts).
WEB_CHART_MAX_FACTS = 300
#: Conflicts listed on a pair page, each with two contradicting pairs of figures (the rest: /conflicts?pair=).
#: The busiest pair of the 100,000-document store has 41 conflicts over 5,206 facts; all of them would be ~250 ms.
WEB_PAIR_MAX_CONFLICTS = 10
#: The overview's pair counts are recomputed at most this often (seconds) or after an ingest through the API: on the
#: 100,000-document store the count over all facts and events takes a few hundred ms, too slow for every request.
WEB_OVERVIEW_CACHE_SECONDS = 60

# --- extraction in batches (kabarchi/extract.py, pipeline.py) ---------------------------------------------------

#: Documents run through the pipeline together, one stage over all of them at a time (a stage's code and tables stay
#: in the CPU caches). Calibrated on 500 documents of bench/corpus, one process, CPU per document, 3 runs, batch
#: size 1 / 8 / 16 / 32 / 64: up to entities 1.59-1.91 / 1.41-1.50 / 1.38-1.50 / 1.38-1.43 / 1.34-1.39 ms, up to
#: quantities 1.01-1.27 / 0.92-0.97 / 0.90-0.96 / 0.88-0.93 / 0.88-0.90 ms. A batch of 64 of the corpus's 24 KB PDF
#: dumps holds a few MB.
EXTRACT_BATCH_DOCS = 64
#: Most input files per task sent to a worker process (its output comes back as one text): with 2 workers and
#: 10,000 files of bench/corpus, 64 makes ~160 tasks of ~0.1 s, so the last one leaves the other worker idle briefly.
EXTRACT_CHUNK_FILES = 64
