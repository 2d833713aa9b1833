"""Each rule is declared once: `recon rules`, the README, the features' index and the feature files agree with it."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from adapters.reports.overview import rules_markdown
from domain.exchange import Exchange
from domain.rulebook import RULES, RULES_BY_ID, reconcile_exchange
from tests.histories import random_history

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "features"


def test_the_readme_shows_the_rules_table_recon_rules_prints() -> None:
    assert rules_markdown() in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_features_index_gives_each_rule_its_declared_severity_and_statement() -> None:
    rows = {}
    for line in (FEATURES / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) == 5 and cells[1].startswith("`"):
            rows[cells[1].strip("`")] = (cells[2], cells[3])
    assert rows == {rule.id: (rule.severity.label, rule.statement) for rule in RULES}


def _headers() -> dict[str, tuple[str, str]]:
    """Per feature file naming a rule: the rule id and the statement on the line after it."""
    found = {}
    for path in sorted(FEATURES.glob("*.feature")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            matched = re.fullmatch(r"\s*Rule id:\s*(\S+)\s*", line)
            if matched:
                found[path.name] = (matched.group(1), lines[number + 1].strip())
    return found


def test_each_feature_file_names_a_rule_of_the_rulebook_with_its_statement() -> None:
    for name, (rule_id, statement) in _headers().items():
        assert rule_id in RULES_BY_ID, f"{name} names no rule of the rulebook: {rule_id}"
        assert statement == RULES_BY_ID[rule_id].statement, name


def test_every_rule_has_exactly_one_feature_file_named_after_it() -> None:
    assert {name: rule_id for name, (rule_id, _) in _headers().items()} == {
        f"{rule.id}.feature": rule.id for rule in RULES
    }


@pytest.mark.parametrize("seed", range(40))
def test_every_finding_has_a_severity_its_rule_declares(seed: int) -> None:
    rng = random.Random(seed)
    exchange: Exchange | None = None
    for event in random_history(rng, length=rng.randint(5, 40)):
        exchange = event.mutate(exchange)
        assert exchange is not None
        for check in reconcile_exchange(exchange):
            assert check.severity in RULES_BY_ID[check.rule].severity.possible, check
