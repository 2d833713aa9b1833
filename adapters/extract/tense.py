"""Whether a figure tells of what is to come: the tense of the clause that carries it, or of the verb it stands on."""

from __future__ import annotations

import re

from adapters.extract.layout import Layout

_EXPECTED = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|tomorrow|will|would|could|might|should|(?-i:may)|to\s+be\s+\w+ed|plan(?:s|ned)?\s+to"
    r"|(?:hope|intend|aim|want|seek|wish)(?:s|ed|ing)?\s+to|scheduled|upcoming|next\s+(?:stage|round|swap|exchange)"
    r"|agreed\s+to|(?:promis|pledg|vow|offer|propos)(?:e|es|ed|ing)\s+to|is\s+to|are\s+to|(?:is|are)\s+due\s+to|next\s+(?:week|month)|in\s+the\s+coming\s+(?:days|weeks)"
    r"|(?:getting|get|gets|is|are)\s+ready\s+to|prepar(?:e|es|ing)\s+to|(?:is|are)\s+set\s+to|lists?\s+of\s+(?=\d))\b",
    re.I,
)
"""A clause that tells of what is to come, by a verb of the future, of possibility, of hope, of promise or of
readiness ('will', 'could take place', 'hopes to bring back', 'may be exchanged', 'had pledged to release', 'are due
to', 'getting ready to'), a time ahead ('next week', 'in the coming days', 'the next stage') or a list of the people
to be exchanged: its figures are planned; a promise made before is still only a promise, whatever its tense."""
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|shall|should|came|come|comes|went|got"
    r"|gets|said|says|brought|[a-z]{3,}ed)\b",
    re.I,
)
"""A verb a clause can stand on: a clause with none ('with around 1,000 prisoners from each side') takes its tense
from the verb its sentence gives it further on ('..., is expected next week')."""


def expected(text: str, layout: Layout, end: int, clause: str) -> bool:
    """Whether the number ending at `end`, in `clause`, is expected rather than delivered: its clause says so, or,
    when its clause has no verb of its own ('A swap, with around 1,000 from each side, is expected next week'),
    the clause of the verb its sentence gives it further on does."""
    if _EXPECTED.search(clause):
        return True
    if _FINITE.search(clause):
        return False
    verb = _FINITE.search(text, end, layout.sentence(end)[1])
    return verb is not None and _EXPECTED.search(text, *layout.clause(verb.start())) is not None
