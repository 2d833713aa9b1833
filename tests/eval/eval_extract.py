"""`make eval-extract`: precision and recall of `recon extract` on the labelled corpus, per kind and overall."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

from adapters.extract.extractor import read_text
from tests.eval.corpus import KINDS, Fact, Labelled, load_corpus, proposed_facts

PRECISION_TARGET = 0.95
RECALL_TARGET = 0.90


@dataclass
class Tally:
    """Figures proposed, expected, and both, for one kind or overall."""

    proposed: int = 0
    expected: int = 0
    matched: int = 0

    def add(self, proposed: set[Fact], expected: frozenset[Fact]) -> None:
        """Count one text's facts."""
        self.proposed += len(proposed)
        self.expected += len(expected)
        self.matched += len(proposed & expected)

    @property
    def precision(self) -> float:
        """The share of proposed figures that are right (1 when nothing was proposed)."""
        return self.matched / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        """The share of expected figures that were proposed (1 when nothing was expected)."""
        return self.matched / self.expected if self.expected else 1.0


@dataclass
class Scores:
    """Tallies per kind and overall, and each text's misses and extras."""

    kinds: dict[str, Tally] = field(default_factory=lambda: {kind: Tally() for kind in KINDS})
    overall: Tally = field(default_factory=Tally)
    mistakes: dict[str, tuple[list[Fact], list[Fact]]] = field(default_factory=dict)


def evaluate(corpus: Sequence[Labelled]) -> Scores:
    """Read every text and score what it proposes against its labels."""
    scores = Scores()
    for entry in corpus:
        proposed = proposed_facts(read_text(entry.text))
        scores.overall.add(proposed, entry.expected)
        for kind, tally in scores.kinds.items():
            tally.add({f for f in proposed if f[0] == kind}, frozenset(f for f in entry.expected if f[0] == kind))
        missed, extra = sorted(entry.expected - proposed, key=str), sorted(proposed - entry.expected, key=str)
        if missed or extra:
            scores.mistakes[entry.name] = (missed, extra)
    return scores


def table(scores: Scores, texts: int) -> str:
    """The scores as a fixed-width table, with the targets and whether they are met."""
    lines = [
        f"recon extract on {texts} labelled texts",
        "",
        f"{'kind':<12}{'expected':>9}{'proposed':>9}{'right':>7}{'precision':>11}{'recall':>8}",
    ]
    for kind, tally in [*scores.kinds.items(), ("overall", scores.overall)]:
        if kind == "overall":
            lines.append("-" * 56)
        lines.append(
            f"{kind:<12}{tally.expected:>9}{tally.proposed:>9}{tally.matched:>7}"
            f"{tally.precision:>11.3f}{tally.recall:>8.3f}"
        )
    met = scores.overall.precision >= PRECISION_TARGET and scores.overall.recall >= RECALL_TARGET
    lines += ["", f"targets: precision >= {PRECISION_TARGET}, recall >= {RECALL_TARGET}: {'met' if met else 'MISSED'}"]
    for name, (missed, extra) in scores.mistakes.items():
        lines.append(f"  {name}: missed {missed or '-'}; extra {extra or '-'}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the scores; exit 1 when a target is missed, so that CI can stop on it."""
    parser = argparse.ArgumentParser(prog="python -m tests.eval.eval_extract", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print the scores as JSON, for scripts")
    options = parser.parse_args(argv)
    corpus = load_corpus()
    scores = evaluate(corpus)
    if options.json:
        rows = {
            kind: vars(tally) | {"precision": tally.precision, "recall": tally.recall}
            for kind, tally in [*scores.kinds.items(), ("overall", scores.overall)]
        }
        print(json.dumps({"texts": len(corpus), "scores": rows}, indent=2))
    else:
        print(table(scores, len(corpus)))
    met = scores.overall.precision >= PRECISION_TARGET and scores.overall.recall >= RECALL_TARGET
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
