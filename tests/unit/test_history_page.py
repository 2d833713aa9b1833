"""The reading room's history page words the progress line as the timeline does."""

from __future__ import annotations

from datetime import date

from adapters.http.pages.render import templates
from adapters.persistence.store import open_reconciler
from domain.figures import Figures, Subset
from tests.builders import MINISTRY, SLUG, agreement, claim


def test_the_history_page_shows_groups_in_addition_and_the_exchange_proper_on_the_progress_line() -> None:
    app = open_reconciler("memory:")
    app.agree_exchange(agreement(each_side=120))
    wounded = Subset(name="wounded", count=12, relation="in_addition")
    app.record_claim(SLUG, claim(1, Figures(total=132, subsets=(wounded,))))
    template = templates.env.get_template("timeline.html")
    context = template.new_context({"timeline": app.timeline(SLUG)})
    html = "".join(template.blocks["main"](context))
    assert "Progress: Ukraine 132, of which 12 in addition: 120 of 120; Russia 0 of 120" in html


def test_the_history_page_names_a_stage_after_the_declared_completion_and_leaves_it_out_of_progress() -> None:
    app = open_reconciler("memory:")
    app.agree_exchange(agreement(each_side=500))
    app.record_claim(SLUG, claim(1, Figures(total=500)))
    app.declare_complete(SLUG, MINISTRY)
    later = MINISTRY.model_copy(update={"published": date(2025, 6, 30)})
    app.record_claim(SLUG, claim(2, Figures(total=80), source=later))
    template = templates.env.get_template("timeline.html")
    context = template.new_context({"timeline": app.timeline(SLUG)})
    html = "".join(template.blocks["main"](context))
    assert "Ukraine 500 of 500 (stage 2 after the declared completion, not counted); Russia 0 of 500" in html
