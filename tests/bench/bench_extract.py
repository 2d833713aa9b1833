"""`make bench`, reading statements: milliseconds to extract from a 2,000-word text, against a plain digit scan."""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence

from adapters.extract.extractor import read_text
from adapters.extract.numbers import forget

TARGET_MS = 50.0
WORDS = 2_000
_SENTENCES = (
    "Ukraine has brought home {a} people from Russian captivity: {b} servicemen and {c} civilians.",
    "Among those freed are {b} men and {d} women, the Coordination Headquarters said on {day} May 2025.",
    "This is the {nth} stage of the 1,000 for 1,000 exchange agreed in Istanbul.",
    "Russia's Defence Ministry said it had received {a} Russian servicemen in return.",
    "The youngest returnee is {age} years old; some had been held since {year}.",
    "They served in {c} brigades and come from {d} regions, and {b} of them are defenders of Mariupol.",
    "Nearly {a} prisoners were expected, and each side released {b} prisoners in the end.",
    "Negotiators met again to discuss the lists, the logistics of the handover and the medical checks.",
    "Share {a}\n\nPhoto {d} of {c}\n",
)
_ORDINALS = ("first", "second", "third")


def statement(words: int = WORDS, seed: int = 7) -> str:
    """An announcement-like text of about `words` words, the same for the same seed."""
    pick = random.Random(seed)
    parts: list[str] = []
    while sum(len(part.split()) for part in parts) < words:
        template = pick.choice(_SENTENCES)
        parts.append(
            template.format(
                a=pick.randint(80, 1_000),
                b=pick.randint(10, 400),
                c=pick.randint(2, 150),
                d=pick.randint(1, 20),
                day=pick.randint(1, 28),
                nth=pick.choice(_ORDINALS),
                age=pick.randint(19, 64),
                year=pick.randint(2014, 2024),
            )
        )
    return " ".join(parts)


_DIGITS = re.compile(r"\d[\d,]*")


def digit_scan(text: str) -> int:
    """The baseline: every run of digits, found with one regular expression."""
    return len(_DIGITS.findall(text))


def read_fresh(text: str) -> object:
    """Read `text` as the first statement after start-up: number words are looked up again."""
    forget()
    return read_text(text)


def median_ms(action: Callable[[], object], runs: int) -> float:
    """The median wall time of `action` in milliseconds, over `runs` runs after one warm-up (caches are
    forgotten by the action itself, so each run reads the text as the first one after start-up)."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the extraction's median time against the target; exits 0 even when the target is missed."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.bench_extract", description=__doc__)
    parser.add_argument("--runs", type=int, default=21, help="timed runs (default 21)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON, for scripts")
    options = parser.parse_args(argv)
    text = statement()
    extracted = read_text(text)
    ours = median_ms(lambda: read_fresh(text), options.runs)
    baseline = median_ms(lambda: digit_scan(text), options.runs)
    figures = {
        "words": len(text.split()),
        "numbers": digit_scan(text),
        "proposed": len(extracted.figures),
        "not_taken": len(extracted.rejected),
        "extract_median_ms": round(ours, 2),
        "target_ms": TARGET_MS,
        "digit_scan_median_ms": round(baseline, 3),
        "ratio_to_digit_scan": round(ours / baseline, 1) if baseline else None,
    }
    if options.json:
        print(json.dumps(figures, indent=2))
    else:
        verdict = "within" if ours < TARGET_MS else "OVER"
        print(
            f"extract: {figures['words']:,} words, {figures['numbers']} numbers, median {ours:.1f} ms over "
            f"{options.runs} runs ({verdict} the {TARGET_MS:.0f} ms target); a plain digit scan takes "
            f"{baseline:.3f} ms, {figures['ratio_to_digit_scan']}x less"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
