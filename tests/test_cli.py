"""The command line as a user meets it: JSON Lines on stdout, one line per document, errors as lines, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kabarchi import __version__
from kabarchi.cli import main

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples" / "news"
CONTRACT_KEYS = ["doc_id", "source", "published", "title", "lang", "script", "segments", "countries", "entities",
                 "quantities", "facts", "events", "warnings"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "kabarchi", *args], input=stdin, capture_output=True, timeout=300, cwd=REPO
    )


def lines(out: bytes) -> list[dict]:
    return [json.loads(x) for x in out.decode("utf-8").splitlines() if x.strip()]


@pytest.fixture(scope="module")
def example_records() -> list[dict]:
    r = run("extract", str(EXAMPLES))
    assert r.returncode == 0, r.stderr.decode()
    return lines(r.stdout)


def test_examples_give_one_contract_object_per_document(example_records: list[dict]) -> None:
    files = [p for p in EXAMPLES.rglob("*") if p.suffix in {".txt", ".html"}]
    jsonl = sum(1 for p in EXAMPLES.rglob("*.jsonl") for line in p.read_text().splitlines() if line.strip())
    assert len(example_records) == len(files) + jsonl
    for rec in example_records:
        assert list(rec)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
        assert rec["lang"] in {"ky", "kk", "uz", "tg", "ru", "en"}


def test_every_span_in_the_output_is_a_true_slice(example_records: list[dict]) -> None:
    from kabarchi.readers import read_path

    texts: dict[str, str] = {}
    for p in sorted(EXAMPLES.rglob("*")):
        if p.is_file() and p.suffix in {".txt", ".html", ".jsonl"}:
            for raw in read_path(p):
                texts[raw.source] = raw.text
    checked = 0
    for rec in example_records:
        text = texts[rec["source"]]
        spans = list(rec["entities"]) + list(rec["quantities"])
        spans += [f["evidence"] for f in rec["facts"]] + [e["evidence"] for e in rec["events"]]
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"]
            checked += 1
        for seg in rec["segments"]:
            assert 0 <= seg["start"] < seg["end"] <= len(text)
    assert checked > 100


def test_output_is_in_input_order_and_doc_ids_are_stable(tmp_path: Path) -> None:
    a = tmp_path / "b.txt"
    b = tmp_path / "a.txt"
    a.write_text("Кыргызстан менен Тажикстан соода жүгүртүүнү көбөйтөт.", encoding="utf-8")
    b.write_text("Қазақстан мен Өзбекстан арасындағы сауда.", encoding="utf-8")
    r1 = lines(run("extract", str(a), str(b)).stdout)
    r2 = lines(run("extract", str(a), str(b)).stdout)
    assert [x["source"] for x in r1] == [str(a), str(b)]
    assert [x["doc_id"] for x in r1] == [x["doc_id"] for x in r2]


def test_standard_input_is_read_with_a_dash() -> None:
    r = run("extract", "-", stdin="Президент Узбекистана Шавкат Мирзиёев провёл переговоры.".encode())
    assert r.returncode == 0
    (rec,) = lines(r.stdout)
    assert rec["source"] == "<stdin>" and rec["lang"] == "ru"


def test_bad_documents_get_their_own_line_and_exit_1(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Kazakhstan and Kyrgyzstan signed a memorandum on trade.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<")
    r = run("extract", str(tmp_path))
    assert r.returncode == 1
    assert b"Traceback" not in r.stderr
    recs = {Path(x["source"]).name: x for x in lines(r.stdout)}
    assert recs["good.txt"]["lang"] == "en"
    assert recs["empty.txt"]["error"]["code"] == "empty"
    assert recs["binary.bin"]["error"]["code"] == "binary"
    assert recs["broken.pdf"]["error"]["code"] == "pdf-broken"
    for name in ("empty.txt", "binary.bin", "broken.pdf"):
        assert set(recs[name]) == {"source", "error"}
        assert recs[name]["error"]["message"]


def test_missing_file_is_an_error_line() -> None:
    r = run("extract", "no/such/file.txt")
    assert r.returncode == 1
    (rec,) = lines(r.stdout)
    assert rec["error"]["code"] == "not-found"


def test_usage_errors_exit_2() -> None:
    assert run("extract").returncode == 2
    assert run("extract", "x", "--format", "xml").returncode == 2
    assert run().returncode == 2


def test_version_and_help() -> None:
    r = run("--version")
    assert r.returncode == 0 and __version__ in r.stdout.decode()
    h = run("extract", "--help")
    assert h.returncode == 0 and b"--format" in h.stdout


def test_table_format_lists_each_document(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", str(EXAMPLES / "ky"), "--format", "table", "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.count(".txt") >= 2 and " ky " in out


def test_worker_processes_give_the_same_output(tmp_path: Path) -> None:
    for i in range(12):
        (tmp_path / f"{i:02d}.txt").write_text(f"Тараптар {i} меморандумга кол коюшту. Кыргызстан.", encoding="utf-8")
    one = run("extract", str(tmp_path), "--jobs", "1").stdout
    two = run("extract", str(tmp_path), "--jobs", "2").stdout
    assert one == two and len(lines(one)) == 12


def test_progress_bar_goes_to_stderr_only(tmp_path: Path) -> None:
    for i in range(8):
        (tmp_path / f"{i}.txt").write_text("Кыргызстан менен Тажикстан.", encoding="utf-8")
    r = run("extract", str(tmp_path), "--progress", "--jobs", "1")
    assert len(lines(r.stdout)) == 8
    assert b"extract" in r.stderr


def test_every_example_record_validates_against_the_output_schema(example_records: list[dict]) -> None:
    from kabarchi.evaluate.schema import validate_record
    from kabarchi.readers import read_path

    texts = {raw.source: raw.text for p in sorted(EXAMPLES.rglob("*")) if p.is_file()
             and p.suffix in {".txt", ".html", ".jsonl"} for raw in read_path(p)}
    for rec in example_records:
        problems = validate_record(rec, text=texts[rec["source"]])
        assert problems == [], f"{rec['source']}: {problems[:5]}"
