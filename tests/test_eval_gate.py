"""The evaluation gate: extraction scores on committed gold may not drop below their pins, and pins only go up.

Pins live in tests/eval_pins.json. After an improvement, raise them (never lower them): the last test below
reads the pins file's git history and fails if any pin ever went down.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kabarchi.evaluate import load_gold, score
from kabarchi.extract import extract_records, list_inputs

REPO = Path(__file__).resolve().parent.parent
PINS_PATH = REPO / "tests" / "eval_pins.json"
PINS = json.loads(PINS_PATH.read_text(encoding="utf-8"))


def _flatten(d: dict, prefix: str = "") -> dict[str, float]:
    out: dict[str, float] = {}
    for k, v in d.items():
        if k.startswith("_"):
            continue
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, key + "."))
        else:
            out[key] = float(v) if v is not None else 0.0
    return out


def _measured(report) -> dict:
    r = report.to_dict()
    facts, events = r["facts"], r["events"]
    return {
        "facts": {
            "precision": facts["overall"]["precision"],
            "recall": facts["overall"]["recall"],
            "by_lang": {lang: {"precision": s["precision"], "recall": s["recall"]}
                        for lang, s in facts["by_lang"].items()},
        },
        "events": {"f1": events["overall"]["f1"]},
        "lang_accuracy": r["lang_accuracy"],
        "countries": {"f1": r["countries"]["f1"]},
    }


@pytest.fixture(scope="module")
def examples_scores() -> dict:
    gold = load_gold(REPO / "examples" / "gold.jsonl")
    news = REPO / "examples" / "news"
    records = list(extract_records(list_inputs([str(news)])))  # gold files match the ends of the sources
    return _measured(score(gold, records))


@pytest.fixture(scope="module")
def seed_scores() -> dict:
    from tests.conftest import shared_path

    seeds = shared_path("corpus", "seeds")
    gold = load_gold(shared_path("corpus", "seeds.gold.jsonl"))
    records = list(extract_records(list_inputs([str(seeds)])))
    return _measured(score(gold, records))


def _check_pin(scores: dict, section: str, key: str) -> None:
    measured = _flatten(scores)
    pinned = _flatten(PINS[section])[key]
    assert key in measured, f"{key} is pinned but no longer measured"
    assert measured[key] >= pinned, f"{key}: {measured[key]:.4f} fell below its pin {pinned:.4f}"


@pytest.mark.parametrize("key", sorted(_flatten(PINS["examples"])))
def test_examples_scores_stay_above_their_pins(examples_scores: dict, key: str) -> None:
    _check_pin(examples_scores, "examples", key)


@pytest.mark.parametrize("key", sorted(_flatten(PINS["seeds"])))
def test_seed_scores_stay_above_their_pins(seed_scores: dict, key: str) -> None:
    _check_pin(seed_scores, "seeds", key)


@pytest.fixture(scope="module")
def kaznerd_scores() -> dict:
    """KazNERD's test split (Kazakh TV news): the quantity classes against our recognizer, and the four name
    classes against the shipped CRF alone (span-level F1; the same figures as bench/eval_quantities.py and
    bench/eval_ner.py, documented in docs/evaluation.md)."""
    from tests.conftest import repo_module, shared_path

    test = shared_path("data", "kaznerd", "IOB2_test.txt")
    eq, ner = repo_module("bench", "eval_quantities"), repo_module("bench", "eval_ner")
    quantities = eq.kaznerd("test")
    from kabarchi.entities import crf

    tp, fp, fn = ner.score([(gold, crf.tag(toks)) for toks, gold in ner.read_iob(test)])
    f1 = {lab: eq.prf(tp[lab], fp[lab], fn[lab])[2] for lab in crf.LABELS}
    return {"quantities": {c: quantities[c][2] for c in ("MONEY", "PERCENTAGE", "DATE")}, "ner_crf": f1}


@pytest.mark.parametrize("key", sorted(_flatten(PINS["kaznerd"])))
def test_kaznerd_scores_stay_above_their_pins(kaznerd_scores: dict, key: str) -> None:
    _check_pin(kaznerd_scores, "kaznerd", key)


def test_pins_only_ever_go_up() -> None:
    git = shutil.which("git")
    if git is None or not (REPO / ".git").exists():
        pytest.skip("no git history here: the rule that pins only go up is checked where the history is")
    rel = PINS_PATH.relative_to(REPO).as_posix()
    revs = subprocess.run([git, "log", "--format=%H", "--", rel], cwd=REPO, capture_output=True, text=True,
                          check=False).stdout.split()
    versions = []
    for rev in reversed(revs):
        shown = subprocess.run([git, "show", f"{rev}:{rel}"], cwd=REPO, capture_output=True, text=True, check=False)
        if shown.returncode == 0:
            versions.append((rev[:8], _flatten(json.loads(shown.stdout))))
    versions.append(("working tree", _flatten(PINS)))
    for (old_rev, old), (new_rev, new) in zip(versions, versions[1:]):
        for key, value in old.items():
            assert key in new, f"pin {key} was removed in {new_rev}"
            assert new[key] >= value, f"pin {key} went down from {value} ({old_rev}) to {new[key]} ({new_rev})"
