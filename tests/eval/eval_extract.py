"""`make eval-extract`: precision and recall of `recon extract` on the team's own texts and on real statements.

Three columns side by side: the team's own texts (tests/extract_corpus/*.yaml), the real-statements corpus's tuning
split and its held-out split (tests/extract_corpus/real/, split by tests.eval.real.held_out). The exit status is 1
when the held-out split misses a target, overall or for direction, whatever the other columns say.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

from adapters.extract.extractor import read_text
from tests.eval.corpus import KINDS, Labelled, load_corpus
from tests.eval.real import Fact, Scored, from_labelled, held_out, load_real, proposed_facts, proposed_notes

PRECISION_TARGET = 0.95
RECALL_TARGET = 0.90
SCORED_KINDS = (*KINDS[:7], "subset added", "subset within", "bound", "planned", *KINDS[7:], "note")
"""The kinds of figure scored: the team's own, then bounds, planned figures and subsets added or nested; last the
numbers kept as notes (an ordinal, a count over the war, an earlier exchange's figure), which are not figures of the
exchange and so count in no language's row nor overall."""
LANGUAGES = ("en", "uk", "ru")
HEADCOUNT_KINDS = frozenset(SCORED_KINDS) - {"stage", "terms", "direction", "date", "note"}


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

    def meets_targets(self) -> bool:
        """Whether both targets are met."""
        return self.precision >= PRECISION_TARGET and self.recall >= RECALL_TARGET


@dataclass
class Scores:
    """Tallies per kind, per language and overall, each text's misses and extras, and set-aside numbers taken."""

    texts: int = 0
    kinds: dict[str, Tally] = field(default_factory=lambda: {kind: Tally() for kind in SCORED_KINDS})
    languages: dict[str, Tally] = field(default_factory=lambda: {language: Tally() for language in LANGUAGES})
    overall: Tally = field(default_factory=Tally)
    set_aside_taken: int = 0
    """Proposed headcounts whose value the labels set aside (background, recap, headline...): the worst mistakes."""
    mistakes: dict[str, tuple[list[Fact], list[Fact]]] = field(default_factory=dict)

    def meets_targets(self) -> bool:
        """Whether the targets are met overall and for direction; never on no texts at all."""
        return self.texts > 0 and self.overall.meets_targets() and self.kinds["direction"].meets_targets()


def evaluate(corpus: Sequence[Labelled | Scored]) -> Scores:
    """Read every text and score what it proposes against its labels."""
    scores = Scores(texts=len(corpus))
    for item in corpus:
        entry = from_labelled(item) if isinstance(item, Labelled) else item
        extraction = read_text(entry.text, published=entry.published)
        proposed = proposed_facts(extraction, entry.several_stages)
        scores.overall.add(proposed, entry.expected)
        scores.languages.setdefault(entry.language, Tally()).add(proposed, entry.expected)
        # The team's own texts label no numbers set aside, so their notes are not scored.
        notes = proposed_notes(extraction) if isinstance(item, Scored) else set()
        every, labelled = proposed | notes, entry.expected | entry.notes
        for kind, tally in scores.kinds.items():
            tally.add({f for f in every if f[0] == kind}, frozenset(f for f in labelled if f[0] == kind))
        scores.set_aside_taken += sum(
            1 for f in proposed - entry.expected if f[0] in HEADCOUNT_KINDS and f[4] in entry.set_aside
        )
        missed, extra = sorted(entry.expected - proposed, key=str), sorted(proposed - entry.expected, key=str)
        if missed or extra:
            scores.mistakes[entry.name] = (missed, extra)
    return scores


HELD_OUT = "real: held-out"


def columns(with_held_out: bool = True) -> dict[str, Scores]:
    """The three columns: the team's own texts, then the real corpus's tuning and held-out splits; without the
    held-out split, its texts are neither read nor parsed, so that tuning never sees them."""
    scored = {
        "own texts": evaluate(load_corpus()),
        "real: tuning": evaluate(load_real(lambda name: not held_out(name))),
    }
    if with_held_out:
        scored[HELD_OUT] = evaluate(load_real(held_out))
    return scored


def table(scored: dict[str, Scores]) -> str:
    """The columns side by side as a fixed-width table: expected, proposed, right, precision and recall."""
    head = f"{'':<15}" + "".join(f"{f'{name} ({scores.texts} texts)':<32}" for name, scores in scored.items())
    sub = f"{'kind':<15}" + f"{'exp':>5}{'prop':>6}{'right':>6}{'prec':>7}{'rec':>7} " * len(scored)
    lines = ["recon extract: precision and recall per kind, language and overall", "", head, sub]
    rows = [*SCORED_KINDS, *(f"lang {language}" for language in LANGUAGES), "overall"]
    for row in rows:
        if row in ("lang en", "overall"):
            lines.append("-" * len(sub))
        cells = "".join(_cell(_row(scores, row)) for scores in scored.values())
        lines.append(f"{row:<15}{cells}")
    lines.append(f"{'set aside, taken':<15}" + "".join(f"{s.set_aside_taken:>16}{'':<16}" for s in scored.values()))
    held = scored.get(HELD_OUT)
    verdict = "not run (--tuning)" if held is None else "met" if held.meets_targets() else "MISSED"
    lines += [
        "",
        f"targets on the held-out split, overall and for direction: precision >= {PRECISION_TARGET}, "
        f"recall >= {RECALL_TARGET}: {verdict}",
    ]
    return "\n".join(lines)


def _row(scores: Scores, row: str) -> Tally:
    if row == "overall":
        return scores.overall
    if row.startswith("lang "):
        return scores.languages.get(row.removeprefix("lang "), Tally())
    return scores.kinds[row]


def _cell(tally: Tally) -> str:
    if not tally.expected and not tally.proposed:
        return f"{0:>5}{0:>6}{0:>6}{'-':>7}{'-':>7} "
    return f"{tally.expected:>5}{tally.proposed:>6}{tally.matched:>6}{tally.precision:>7.3f}{tally.recall:>7.3f} "


def mistakes(scored: dict[str, Scores]) -> str:
    """Each text's misses and extras, for the columns one may tune on: the held-out split's are never shown."""
    lines = []
    for name, scores in scored.items():
        if name == HELD_OUT:
            continue
        for text, (missed, extra) in scores.mistakes.items():
            lines.append(f"  [{name}] {text}: missed {missed or '-'}; extra {extra or '-'}")
    return "\n".join(lines)


def as_json(scored: dict[str, Scores]) -> str:
    """The columns as JSON, for scripts."""
    rows = {
        name: {
            "texts": scores.texts,
            "set_aside_taken": scores.set_aside_taken,
            "scores": {
                kind: vars(tally) | {"precision": tally.precision, "recall": tally.recall}
                for kind, tally in [*scores.kinds.items(), *scores.languages.items(), ("overall", scores.overall)]
            },
        }
        for name, scores in scored.items()
    }
    return json.dumps(rows, indent=2)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the scores; exit 1 when the held-out split misses a target."""
    parser = argparse.ArgumentParser(prog="python -m tests.eval.eval_extract", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print the scores as JSON, for scripts")
    parser.add_argument("--mistakes", action="store_true", help="list each text's misses (never the held-out's)")
    parser.add_argument(
        "--tuning",
        action="store_true",
        help="score the team's texts and the tuning split only: the held-out is not read",
    )
    options = parser.parse_args(argv)
    scored = columns(with_held_out=not options.tuning)
    print(as_json(scored) if options.json else table(scored))
    if options.mistakes:
        print(mistakes(scored))
    if options.tuning:
        return 0
    return 0 if scored[HELD_OUT].meets_targets() else 1


if __name__ == "__main__":
    sys.exit(main())
