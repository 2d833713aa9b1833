"""Dossier version 2 counts: every form a count said with its uncertainty takes, written back as read, and the
malformed ones refused with file, path and line."""

from __future__ import annotations

import pytest

from adapters.dossier.loader import DossierError, dump_dossier, read_dossier
from domain.figures import Amount, Qualitative

DOSSIER = """\
format: recon-dossier/2
exchange:
  id: ranges
  title: Ranges
  parties: [Ukraine, Russia]
  terms: all for all
  source: hq
sources:
  hq: {name: Coordination Headquarters, tier: official}
claims:
  - stage: 1
    direction: to Ukraine
    source: hq
    figures:
      total: {more_than: 1000}
      breakdowns:
        service: {military: {about: 900}, civilian: {low: 100, high: 150}}
        branch: {complete: false, parts: {navy: {at_least: 50}, border_guard: {up_to: 60}}}
      subsets:
        mariupol: {about: 20, low: 15, high: 25}
        wounded: {count: {at_most: 30}, within: military}
      qualitative:
        - {dimension: service, includes: [military, civilian]}
  - stage: 1
    direction: to Russia
    source: hq
    figures:
      total: 1003
      qualitative: [{dimension: service, only: military}]
"""


def _refused(old: str, new: str) -> DossierError:
    assert old in DOSSIER, old
    with pytest.raises(DossierError) as refused:
        read_dossier(DOSSIER.replace(old, new, 1), "ranges.yaml")
    return refused.value


def test_each_count_form_reads_as_the_amount_it_states() -> None:
    first, second = read_dossier(DOSSIER, "ranges.yaml").claims
    assert first.figures.total == Amount(form="at_least", low=1001, stated=1000)
    service, branch = first.figures.breakdowns
    assert service.parts == {
        "military": Amount(form="about", low=855, high=945, stated=900),
        "civilian": Amount(form="range", low=100, high=150),
    }
    assert branch.parts == {
        "navy": Amount(form="at_least", low=50, stated=50),
        "border_guard": Amount(form="at_most", low=0, high=60, stated=60),
    }
    assert [subset.count for subset in first.figures.subsets] == [
        Amount(form="about", low=15, high=25, stated=20),
        Amount(form="at_most", low=0, high=30, stated=30),
    ]
    assert second.figures.total == 1003
    assert second.figures.qualitative == (Qualitative(dimension="service", only="military"),)


def test_a_dossier_with_ranges_is_written_back_as_version_2_and_reads_back_equal() -> None:
    plan = read_dossier(DOSSIER, "ranges.yaml")
    written = dump_dossier(plan)
    assert written.startswith("format: recon-dossier/2")
    for form in ("{more_than: 1000}", "{about: 900}", "{up_to: 60}", "{low: 100, high: 150}"):
        assert form in written
    assert read_dossier(written, "again.yaml") == plan


@pytest.mark.parametrize(
    ("old", "new", "path", "line", "problem"),
    [
        (
            "{low: 100, high: 150}",
            "{low: 150, high: 100}",
            "claims[0].figures.breakdowns.service.civilian",
            17,
            "the low 150 is above the high 100",
        ),
        (
            "{about: 900}",
            "{at_least: 900}",
            "claims[0].figures.breakdowns.service",
            17,
            "part 'military' is a bound (at least 900) in a complete service breakdown",
        ),
        (
            "{more_than: 1000}",
            "{more_than: 1000, up_to: 5}",
            "claims[0].figures.total",
            15,
            "a count says one of about, at_least, more_than, at_most, up_to",
        ),
        ("{more_than: 1000}", "{low: 1000}", "claims[0].figures.total", 15, "a range gives both low and high"),
        (
            "only: military",
            "only: military, includes: [civilian]",
            "claims[1].figures.qualitative[0]",
            29,
            "names either `only` one part or the parts it `includes`",
        ),
    ],
    ids=["low above high", "bound in a complete breakdown", "two forms", "half a range", "only and includes"],
)
def test_malformed_counts_are_refused_with_file_path_and_line(
    old: str, new: str, path: str, line: int, problem: str
) -> None:
    error = _refused(old, new)
    assert (error.file, error.path, error.line) == ("ranges.yaml", path, line)
    assert problem in error.message


LISTED = DOSSIER.replace(
    """      breakdowns:
        service: {military: {about: 900}, civilian: {low: 100, high: 150}}
        branch: {complete: false, parts: {navy: {at_least: 50}, border_guard: {up_to: 60}}}
      subsets:
        mariupol: {about: 20, low: 15, high: 25}
        wounded: {count: {at_most: 30}, within: military}
""",
    """      breakdowns:
        - {dimension: service, parts: {military: {about: 900}, civilian: {low: 100, high: 150}}}
        - {dimension: branch, complete: false, parts: {navy: {at_least: 50}, border_guard: {up_to: 60}}}
      subsets:
        - {name: mariupol, count: {about: 20, low: 15, high: 25}}
        - {name: wounded, count: {at_most: 30}, within: military}
""",
)


def test_the_list_forms_take_every_count_form_the_mappings_take() -> None:
    assert LISTED != DOSSIER
    assert read_dossier(LISTED, "listed.yaml") == read_dossier(DOSSIER, "ranges.yaml")


@pytest.mark.parametrize(
    ("old", "new", "path", "problem"),
    [
        ("{about: 900}", "{at_least: 900}", "claims[0].figures.breakdowns[0]", "is a bound (at least 900)"),
        ("{at_most: 30}", "{low: 30, high: 20}", "claims[0].figures.subsets[1].count", "the low 30 is above the high"),
    ],
    ids=["bound in a complete breakdown", "low above high"],
)
def test_malformed_counts_in_the_list_forms_are_refused_at_their_item(
    old: str, new: str, path: str, problem: str
) -> None:
    with pytest.raises(DossierError) as refused:
        read_dossier(LISTED.replace(old, new, 1), "listed.yaml")
    assert (refused.value.path, refused.value.line) == (path, LISTED[: LISTED.index(old)].count("\n") + 1)
    assert problem in refused.value.message
