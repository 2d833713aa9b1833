"""Every step module, star-imported so that each feature's scenarios find their steps."""

from tests.acceptance.steps.bundle_steps import *  # noqa: F403
from tests.acceptance.steps.claim_table_steps import *  # noqa: F403
from tests.acceptance.steps.command_steps import *  # noqa: F403
from tests.acceptance.steps.exchange_steps import *  # noqa: F403
from tests.acceptance.steps.extract_steps import *  # noqa: F403
from tests.acceptance.steps.findings_steps import *  # noqa: F403
from tests.acceptance.steps.history_command_steps import *  # noqa: F403
from tests.acceptance.steps.history_steps import *  # noqa: F403
from tests.acceptance.steps.http_origin_steps import *  # noqa: F403
from tests.acceptance.steps.http_steps import *  # noqa: F403
from tests.acceptance.steps.live_terms_steps import *  # noqa: F403
from tests.acceptance.steps.origin_steps import *  # noqa: F403
from tests.acceptance.steps.pending_steps import *  # noqa: F403
from tests.acceptance.steps.reading_room_acting_steps import *  # noqa: F403
from tests.acceptance.steps.reading_room_record_steps import *  # noqa: F403
from tests.acceptance.steps.reading_room_steps import *  # noqa: F403
from tests.acceptance.steps.record_steps import *  # noqa: F403
from tests.acceptance.steps.report_steps import *  # noqa: F403
from tests.acceptance.steps.review_steps import *  # noqa: F403
from tests.acceptance.steps.terms_steps import *  # noqa: F403
from tests.acceptance.steps.unit_steps import *  # noqa: F403
