"""A failed run tells someone: `gsc_run_failure_alert` posts one Slack-compatible message per failed run to the
webhook in GSC_ALERT_WEBHOOK (a secret: read through an EnvVar at run time, never stored or logged)."""

from __future__ import annotations

from urllib.parse import urlsplit

import dagster as dg
import httpx

from gsc_assets.automation.settings import sensor_status

WEBHOOK_TIMEOUT_S = 10.0
#: Characters of the step failures' text a message carries (Slack shows up to 40,000; a wall of text helps nobody).
MAX_REASON_CHARS = 3000


class AlertResource(dg.ConfigurableResource):
    """Where failure alerts go. Unset: the sensor skips, saying so."""

    webhook_url: str | None = None


def failure_message(run: dg.DagsterRun, reasons: list[str]) -> dict[str, str]:
    """The webhook's JSON: Slack's `text` field, which other chat tools' incoming webhooks accept too."""
    reason = " | ".join(reasons) or "the run failed before any step did (see its logs)"
    if len(reason) > MAX_REASON_CHARS:
        reason = reason[: MAX_REASON_CHARS - 1] + "…"
    return {"text": f"gsc-assets: run {run.run_id[:8]} ({run.job_name}) failed. {reason}"}


def _where(url: str) -> str:
    """The webhook's host only: its path is the secret."""
    return urlsplit(url).hostname or "the webhook"


@dg.run_failure_sensor(
    name="gsc_run_failure_alert",
    default_status=sensor_status("gsc_run_failure_alert"),
    description="Posts each failed run's partition keys and one-line reasons to GSC_ALERT_WEBHOOK, once per run.",
)
def gsc_run_failure_alert(context: dg.RunFailureSensorContext, alerts: AlertResource) -> dg.SkipReason | None:
    if not alerts.webhook_url:
        return dg.SkipReason("GSC_ALERT_WEBHOOK is not set: no alert sent")
    failures = context.get_step_failure_events()
    reasons = [event.event_specific_data.error.message.strip().splitlines()[0] for event in failures
               if event.event_specific_data and event.event_specific_data.error]  # fmt: skip
    payload = failure_message(context.dagster_run, reasons)
    try:
        response = httpx.post(alerts.webhook_url, json=payload, timeout=WEBHOOK_TIMEOUT_S)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        # Raised, so the daemon records a failed tick and tries again; the URL stays out of the message.
        raise dg.Failure(f"alert for run {context.dagster_run.run_id} not delivered to {_where(alerts.webhook_url)}: "
                         f"{type(exc).__name__}") from None  # fmt: skip
    context.log.info(f"alert for run {context.dagster_run.run_id} sent to {_where(alerts.webhook_url)}")
    return None
