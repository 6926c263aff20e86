# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""The code sets of provider `amazon_ivs`."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Final

from rtc_error_catalog._taxonomy import (
    Basis,
    Category,
    CodeInfo,
    Jitter,
    RetryPolicy,
    RetrySchedule,
    RuntimeSignal,
    SignalValue,
    Terminality,
)


# Code of a StageError that an IVS real-time Stage reports when a join, publish or subscribe operation fails.
# Upstream: StageErrorCode in https://aws.amazon.com/ivs/ 1.41.0 (package npm:amazon-ivs-web-broadcast@1.41.0).
class StageErrorCode(IntEnum):
    """A code set of provider `amazon_ivs`: `stage_error_code`."""

    # The stage token is malformed.
    TOKEN_MALFORMED = 1

    # The stage token has expired.
    TOKEN_EXPIRED = 2

    # The operation timed out.
    TIMEOUT = 3

    # The operation failed; the error details give the cause.
    FAILED = 4

    # The operation was canceled before it completed.
    CANCELED = 5

    # The stage is at capacity.
    STAGE_AT_CAPACITY = 6

    # The stage does not support the codec offered.
    CODEC_MISMATCH = 7

    # The token lacks permission for the operation.
    TOKEN_NOT_ALLOWED = 8

    # The stage has been deleted.
    STAGE_DELETED = 9

    # The participant has been disconnected from the stage.
    PARTICIPANT_DISCONNECTED = 10

    # The token given to exchangeToken is invalid or incompatible.
    TOKEN_EXCHANGE_REQUEST_INVALID = 11

    # The server rejected or did not answer the token exchange.
    TOKEN_EXCHANGE_FAILED = 12

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _STAGE_ERROR_CODE_INFO[self.name]

    @staticmethod
    def from_value(value: int) -> StageErrorCode | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return StageErrorCode(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> StageErrorCode | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in StageErrorCode:
            if _STAGE_ERROR_CODE_INFO[code.name].name == name:
                return code
        return None


_STAGE_ERROR_CODE_INFO: Final = {
    "TOKEN_MALFORMED": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_code",
        value=1,
        name="TOKEN_MALFORMED",
        catalog_name="TOKEN_MALFORMED",
        summary="The stage token is malformed.",
        cause="The participant token could not be parsed, or the server reported it invalid, wrongly signed or missing. IVS advises checking that the token is not modified (spaces inserted, characters changed) before it reaches the stage.",
        when=(
            "constructing a Stage with a token that cannot be parsed",
            "joining when the server rejects the token as invalid or badly signed",
        ),
        category=Category.CREDENTIALS,
        retry_policy=RetryPolicy.REFRESH_CREDENTIALS,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=100,
            multiplier_thousandths=2000,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=2,
        ),
        runtime_signal=RuntimeSignal(
            name="StageError.category",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="JOIN_ERROR",
                    means="The error concerns the connection to the stage: a join that fails this way did not complete.",
                ),
                SignalValue(
                    value="PUBLISH_ERROR",
                    means="Only publishing failed; the participant is still in the stage.",
                ),
                SignalValue(
                    value="SUBSCRIBE_ERROR",
                    means="Only a subscription failed; the participant is still in the stage.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not confirm your access to this call. Please try joining again.",
        user_message_key="amazon_ivs.stage_error_code.TOKEN_MALFORMED",
        remediation=(
            "Check that nothing changes the token on its way from the backend to the Stage (inserted spaces, truncation, changed characters).",
            "Create a new token with CreateParticipantToken and join with it.",
        ),
        causes=(),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="IVS says to create a valid token and retry joining; the SDK marks the underlying error fatal, so the join does not complete.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "TOKEN_EXPIRED": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_code",
        value=2,
        name="TOKEN_EXPIRED",
        catalog_name="TOKEN_EXPIRED",
        summary="The stage token has expired.",
        cause="The token's expiration time has passed: the SDK checks it before joining, and the server rejects expired tokens.",
        when=(
            "calling join() with an expired token",
            "the server reporting the token expired on a join, publish or subscribe request",
        ),
        category=Category.CREDENTIALS,
        retry_policy=RetryPolicy.REFRESH_CREDENTIALS,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=100,
            multiplier_thousandths=2000,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=2,
        ),
        runtime_signal=RuntimeSignal(
            name="StageError.category",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="JOIN_ERROR",
                    means="The error concerns the connection to the stage: a join that fails this way did not complete.",
                ),
                SignalValue(
                    value="PUBLISH_ERROR",
                    means="Only publishing failed; the participant is still in the stage.",
                ),
                SignalValue(
                    value="SUBSCRIBE_ERROR",
                    means="Only a subscription failed; the participant is still in the stage.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Your access to this session has expired. Please try joining again.",
        user_message_key="amazon_ivs.stage_error_code.TOKEN_EXPIRED",
        remediation=(
            "Create a new participant token with a later expiry and join with it.",
            "Mint tokens just before joining rather than ahead of time; check the device clock if fresh tokens look expired.",
        ),
        causes=(),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="IVS says to create a non-expired token and retry joining; the SDK marks the underlying error fatal and maps it to a stage disconnect.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "TIMEOUT": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_code",
        value=3,
        name="TIMEOUT",
        catalog_name="TIMEOUT",
        summary="The operation timed out.",
        cause="A join, publish or subscribe did not complete in time. For a join IVS says to check that the stage exists and the token is valid; if both hold, the cause is likely the network.",
        when=(
            "joining over a slow or broken network",
            "publishing or subscribing when the media request gets no answer in time",
        ),
        category=Category.NETWORK,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="StageError.category",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="JOIN_ERROR",
                    means="The error concerns the connection to the stage: a join that fails this way did not complete.",
                ),
                SignalValue(
                    value="PUBLISH_ERROR",
                    means="Only publishing failed; the participant is still in the stage.",
                ),
                SignalValue(
                    value="SUBSCRIBE_ERROR",
                    means="Only a subscription failed; the participant is still in the stage.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when StageError.category is JOIN_ERROR; a PUBLISH_ERROR or SUBSCRIBE_ERROR timeout leaves the participant in the stage.",
        terminal_basis=Basis.CATALOG,
        user_message="The connection to the call was interrupted. Check your internet connection and try again.",
        user_message_key="amazon_ivs.stage_error_code.TIMEOUT",
        remediation=(
            "For a JOIN_ERROR, check that the stage exists and that the token is valid.",
            "If both hold, wait for the device's connectivity to recover, then call refreshStrategy() or leave and join again.",
            "For a publish or subscribe timeout, refresh the strategy; the participant is still in the stage.",
        ),
        causes=(
            "the stage does not exist",
            "the token is invalid",
            "a slow or broken network",
        ),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="IVS says to wait for connectivity to recover, then refresh the strategy or leave and rejoin; only join timeouts end the attempt, while publish and subscribe timeouts leave the participant in the stage.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "FAILED": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_code",
        value=4,
        name="FAILED",
        catalog_name="FAILED",
        summary="The operation failed; the error details give the cause.",
        cause="Catch-all for failures the SDK does not classify further, such as network failures, internal server errors, bad requests, WebSocket creation failures, a server-forced leave or revoked connection token, and publish or subscribe failures.",
        when=(
            "a join, publish or subscribe fails for a reason without a more specific code",
            "the server removes the stage from a shared real-time connection",
        ),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="StageError.category",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="JOIN_ERROR",
                    means="The error concerns the connection to the stage: a join that fails this way did not complete.",
                ),
                SignalValue(
                    value="PUBLISH_ERROR",
                    means="Only publishing failed; the participant is still in the stage.",
                ),
                SignalValue(
                    value="SUBSCRIBE_ERROR",
                    means="Only a subscription failed; the participant is still in the stage.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal when the SDK marks the underlying error fatal or the stage is left (StageConnectionState disconnected, StageEvents.STAGE_LEFT); otherwise the SDK reconnects and the participant stays.",
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong. Please try again.",
        user_message_key="amazon_ivs.stage_error_code.FAILED",
        remediation=(
            "Read the error's message and details: this code covers several failures.",
            "For a join, retry with backoff; for a publish or subscribe, refresh the strategy.",
            "If the stage was left (StageEvents.STAGE_LEFT), join again only if the StageLeftReason allows it.",
        ),
        causes=(
            "network failures",
            "internal server errors",
            "bad requests",
            "WebSocket creation failures",
            "a server-forced leave or revoked connection token",
            "publish or subscribe failures",
        ),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="The code groups failures of several kinds, some of which end the session and some of which do not (the SDK reconnects after non-fatal connection errors), so the verdict comes from the stage's connection state; the catalog treats it as an unclassified fault: read the details and retry with backoff.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CANCELED": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_code",
        value=5,
        name="CANCELED",
        catalog_name="CANCELED",
        summary="The operation was canceled before it completed.",
        cause="A join, publish or subscribe was aborted before completion, typically because the app started another join, leave, refreshStrategy or replaceStrategy that superseded it.",
        when=(
            "join and leave called repeatedly in quick succession",
            "refreshStrategy or replaceStrategy called while an earlier operation is still running",
        ),
        category=Category.CLIENT_ERROR,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="StageError.category",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="JOIN_ERROR",
                    means="The error concerns the connection to the stage: a join that fails this way did not complete.",
                ),
                SignalValue(
                    value="PUBLISH_ERROR",
                    means="Only publishing failed; the participant is still in the stage.",
                ),
                SignalValue(
                    value="SUBSCRIBE_ERROR",
                    means="Only a subscription failed; the participant is still in the stage.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        user_message_key="amazon_ivs.stage_error_code.CANCELED",
        remediation=(
            "Check the app code for join(), leave(), refreshStrategy() or replaceStrategy() called again before the previous call finished.",
            "Serialise these calls so that each completes before the next starts.",
        ),
        causes=(),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="IVS's guidance is to fix the app code that starts and cancels repeated operations rather than to retry; the SDK marks the underlying abort non-fatal, so the cancellation by itself does not end the session.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "STAGE_AT_CAPACITY": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_code",
        value=6,
        name="STAGE_AT_CAPACITY",
        catalog_name="STAGE_AT_CAPACITY",
        summary="The stage is at capacity.",
        cause="The server refused a publish or subscribe request because the stage has no room left for it.",
        when=(
            "publishing to a stage that is full",
            "subscribing on a stage that is at its limit",
        ),
        category=Category.CAPACITY,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="StageError.category",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="JOIN_ERROR",
                    means="The error concerns the connection to the stage: a join that fails this way did not complete.",
                ),
                SignalValue(
                    value="PUBLISH_ERROR",
                    means="Only publishing failed; the participant is still in the stage.",
                ),
                SignalValue(
                    value="SUBSCRIBE_ERROR",
                    means="Only a subscription failed; the participant is still in the stage.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="This call is full right now. Please try again in a little while.",
        user_message_key="amazon_ivs.stage_error_code.STAGE_AT_CAPACITY",
        remediation=(
            "Tell the user the stage is full; try again once it is no longer at capacity.",
            "Review the stage's participant and publisher limits if this happens often.",
        ),
        causes=(),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="IVS says to try again when the stage is no longer at capacity; the SDK raises it from publish and subscribe requests, after which the participant is still joined.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "CODEC_MISMATCH": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_code",
        value=7,
        name="CODEC_MISMATCH",
        catalog_name="CODEC_MISMATCH",
        summary="The stage does not support the codec offered.",
        cause="The server found no codec shared by the browser's offer and the stage.",
        when=(
            "publishing or subscribing from a browser or platform without a codec the stage supports",
        ),
        category=Category.MEDIA_NEGOTIATION,
        retry_policy=RetryPolicy.USER_ACTION,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="StageError.category",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="JOIN_ERROR",
                    means="The error concerns the connection to the stage: a join that fails this way did not complete.",
                ),
                SignalValue(
                    value="PUBLISH_ERROR",
                    means="Only publishing failed; the participant is still in the stage.",
                ),
                SignalValue(
                    value="SUBSCRIBE_ERROR",
                    means="Only a subscription failed; the participant is still in the stage.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Your browser cannot send or receive video in this session. Please try another browser.",
        user_message_key="amazon_ivs.stage_error_code.CODEC_MISMATCH",
        remediation=(
            "Check which codecs the browser or platform supports; ask the user to switch to a supported browser.",
        ),
        causes=(),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="IVS says to check the browser or platform for codec support, so the same request from the same browser fails again; the failure concerns one publish or subscribe and the participant stays joined.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "TOKEN_NOT_ALLOWED": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_code",
        value=8,
        name="TOKEN_NOT_ALLOWED",
        catalog_name="TOKEN_NOT_ALLOWED",
        summary="The token lacks permission for the operation.",
        cause="The token's capabilities do not allow what was requested, for example publishing with a subscribe-only token, or the server refused the join as not authorized.",
        when=(
            "publishing with a token without the publish capability",
            "joining when the server refuses the token as not authorized",
        ),
        category=Category.PERMISSION,
        retry_policy=RetryPolicy.REFRESH_CREDENTIALS,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=100,
            multiplier_thousandths=2000,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=2,
        ),
        runtime_signal=RuntimeSignal(
            name="StageError.category",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="JOIN_ERROR",
                    means="The error concerns the connection to the stage: a join that fails this way did not complete.",
                ),
                SignalValue(
                    value="PUBLISH_ERROR",
                    means="Only publishing failed; the participant is still in the stage.",
                ),
                SignalValue(
                    value="SUBSCRIBE_ERROR",
                    means="Only a subscription failed; the participant is still in the stage.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal for the join when the server refuses the join (StageError.category JOIN_ERROR); a refused publish (PUBLISH_ERROR) leaves the participant in the stage.",
        terminal_basis=Basis.CATALOG,
        user_message="You do not have permission to do that in this call.",
        user_message_key="amazon_ivs.stage_error_code.TOKEN_NOT_ALLOWED",
        remediation=(
            "Create a new token with the capabilities the operation needs (PUBLISH, SUBSCRIBE) and try again.",
            "If the app should not publish, do not ask the strategy to publish with a subscribe-only token.",
        ),
        causes=(
            "publishing with a token without the publish capability",
            "the server refused the join as not authorized",
        ),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="IVS says to recreate the token with the correct permissions and try again; a refused join ends the attempt, but a refused publish leaves the participant in the stage.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "STAGE_DELETED": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_code",
        value=9,
        name="STAGE_DELETED",
        catalog_name="STAGE_DELETED",
        summary="The stage has been deleted.",
        cause="The stage no longer exists. IVS disconnects participants who are in the session gracefully and fails later joins during join establishment.",
        when=(
            "the stage is deleted while the participant is in it",
            "joining a stage that has been deleted",
        ),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="StageError.category",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="JOIN_ERROR",
                    means="The error concerns the connection to the stage: a join that fails this way did not complete.",
                ),
                SignalValue(
                    value="PUBLISH_ERROR",
                    means="Only publishing failed; the participant is still in the stage.",
                ),
                SignalValue(
                    value="SUBSCRIBE_ERROR",
                    means="Only a subscription failed; the participant is still in the stage.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="This session has ended.",
        user_message_key="amazon_ivs.stage_error_code.STAGE_DELETED",
        remediation=(
            "Do not rejoin: the stage was deleted and its tokens can no longer be used.",
            "Create a new stage and tokens from the backend if the session should go on.",
        ),
        causes=(),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="A deleted stage cannot be joined again (StageLeftReason says its token can no longer be used); the app needs a new stage and token.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PARTICIPANT_DISCONNECTED": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_code",
        value=10,
        name="PARTICIPANT_DISCONNECTED",
        catalog_name="PARTICIPANT_DISCONNECTED",
        summary="The participant has been disconnected from the stage.",
        cause="The server disconnected the participant; IVS's StageLeftReason ties this to the DisconnectParticipant API and says the token can no longer be used.",
        when=(
            "the participant is disconnected while in the session",
            "joining again with the token of a disconnected participant",
        ),
        category=Category.ENDED_BY_SERVICE,
        retry_policy=RetryPolicy.NEVER,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="StageError.category",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="JOIN_ERROR",
                    means="The error concerns the connection to the stage: a join that fails this way did not complete.",
                ),
                SignalValue(
                    value="PUBLISH_ERROR",
                    means="Only publishing failed; the participant is still in the stage.",
                ),
                SignalValue(
                    value="SUBSCRIBE_ERROR",
                    means="Only a subscription failed; the participant is still in the stage.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="You were removed from the session.",
        user_message_key="amazon_ivs.stage_error_code.PARTICIPANT_DISCONNECTED",
        remediation=(
            "Do not rejoin with the same token: it can no longer be used after DisconnectParticipant.",
            "If the disconnect was not intended, check which service called DisconnectParticipant.",
        ),
        causes=(),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="The disconnect was requested on the server side and the token is no longer usable, so rejoining needs a decision and a new token from the app's backend.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "TOKEN_EXCHANGE_REQUEST_INVALID": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_code",
        value=11,
        name="TOKEN_EXCHANGE_REQUEST_INVALID",
        catalog_name="TOKEN_EXCHANGE_REQUEST_INVALID",
        summary="The token given to exchangeToken is invalid or incompatible.",
        cause="The new token could not be parsed, or it changes a property that must stay the same during an exchange (stageARN, participantID, eventsURL, whipURL, topic).",
        when=(
            "calling Stage.exchangeToken with a malformed token",
            "calling Stage.exchangeToken with a token for another stage or participant",
        ),
        category=Category.CREDENTIALS,
        retry_policy=RetryPolicy.REFRESH_CREDENTIALS,
        retry_basis=Basis.PROVIDER,
        retry_schedule=RetrySchedule(
            initial_delay_ms=100,
            multiplier_thousandths=2000,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=2,
        ),
        runtime_signal=RuntimeSignal(
            name="StageError.category",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="JOIN_ERROR",
                    means="The error concerns the connection to the stage: a join that fails this way did not complete.",
                ),
                SignalValue(
                    value="PUBLISH_ERROR",
                    means="Only publishing failed; the participant is still in the stage.",
                ),
                SignalValue(
                    value="SUBSCRIBE_ERROR",
                    means="Only a subscription failed; the participant is still in the stage.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="We could not confirm your access to this call. Please try joining again.",
        user_message_key="amazon_ivs.stage_error_code.TOKEN_EXCHANGE_REQUEST_INVALID",
        remediation=(
            "Create a token whose immutable properties (stageARN, participantID, eventsURL, whipURL, topic) match the current one.",
            "Call exchangeToken() again with it; the stage keeps running on the current token meanwhile.",
        ),
        causes=(),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="IVS says to create a valid token with matching immutable properties and retry; the SDK rejects the token before contacting the server and stays in the stage with the current token.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "TOKEN_EXCHANGE_FAILED": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_code",
        value=12,
        name="TOKEN_EXCHANGE_FAILED",
        catalog_name="TOKEN_EXCHANGE_FAILED",
        summary="The server rejected or did not answer the token exchange.",
        cause="The token exchange request failed on the server side: an error, a rejection, an invalid response or no response in time.",
        when=(
            "calling Stage.exchangeToken when the server returns an error or an invalid response",
            "a token exchange that times out",
        ),
        category=Category.SERVICE_FAULT,
        retry_policy=RetryPolicy.BACKOFF,
        retry_basis=Basis.CATALOG,
        retry_schedule=RetrySchedule(
            initial_delay_ms=1000,
            multiplier_thousandths=1600,
            max_delay_ms=20000,
            jitter=Jitter.FULL,
            max_attempts=5,
        ),
        runtime_signal=RuntimeSignal(
            name="StageError.category",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="JOIN_ERROR",
                    means="The error concerns the connection to the stage: a join that fails this way did not complete.",
                ),
                SignalValue(
                    value="PUBLISH_ERROR",
                    means="Only publishing failed; the participant is still in the stage.",
                ),
                SignalValue(
                    value="SUBSCRIBE_ERROR",
                    means="Only a subscription failed; the participant is still in the stage.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.PROVIDER,
        user_message="Something went wrong on our side. Please try again in a moment.",
        user_message_key="amazon_ivs.stage_error_code.TOKEN_EXCHANGE_FAILED",
        remediation=(
            "Join again after a delay with a new token; the stage was left (StageLeftReason failed-exchange).",
            "Alert if it recurs: the server rejected or did not answer the exchange.",
        ),
        causes=(),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="IVS documents that the stage is left when the server rejects an exchange (StageLeftReason failed-exchange); since the failure lies with the server or the network, the catalog suggests rejoining after a delay.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}


# Which part of a stage session a StageError concerns: the connection to the stage, publishing or subscribing.
# Upstream: StageErrorCategory in https://aws.amazon.com/ivs/ 1.41.0 (package npm:amazon-ivs-web-broadcast@1.41.0).
class StageErrorCategory(StrEnum):
    """A code set of provider `amazon_ivs`: `stage_error_category`."""

    # The error concerns the connection to the stage.
    JOIN_ERROR = "JOIN_ERROR"

    # The error concerns publishing local media to the stage.
    PUBLISH_ERROR = "PUBLISH_ERROR"

    # The error concerns subscribing to a remote participant's media.
    SUBSCRIBE_ERROR = "SUBSCRIBE_ERROR"

    @property
    def info(self) -> CodeInfo:
        """Everything the catalog says about the code."""
        return _STAGE_ERROR_CATEGORY_INFO[self.name]

    @staticmethod
    def from_value(value: str) -> StageErrorCategory | None:
        """The code with this wire value, or None for a value the catalog does not know."""
        try:
            return StageErrorCategory(value)
        except ValueError:
            return None

    @staticmethod
    def from_name(name: str) -> StageErrorCategory | None:
        """The code with this upstream name (case-sensitive), or None."""
        for code in StageErrorCategory:
            if _STAGE_ERROR_CATEGORY_INFO[code.name].name == name:
                return code
        return None


_STAGE_ERROR_CATEGORY_INFO: Final = {
    "JOIN_ERROR": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_category",
        value="JOIN_ERROR",
        name="JOIN_ERROR",
        catalog_name="JOIN_ERROR",
        summary="The error concerns the connection to the stage.",
        cause="Reported for failures in joining or staying connected to the stage, including token checks and token exchange.",
        when=(
            "constructing a Stage or calling join()",
            "connection failures during a session",
            "calling Stage.exchangeToken",
        ),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.DEPENDS,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="StageConnectionState (StageEvents.STAGE_CONNECTION_STATE_CHANGED)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="connected",
                    means="The stage connection survived the error.",
                ),
                SignalValue(
                    value="connecting",
                    means="The SDK is establishing the connection again; wait.",
                ),
                SignalValue(
                    value="errored",
                    means='The SDK errored in the middle of a session (d.ts: "SDK errored in the middle of a session"); the app must act.',
                ),
                SignalValue(
                    value="disconnected",
                    means="Not connected to the stage: the session is over until the app joins again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.DEPENDS,
        terminal_condition="Terminal when the stage connection ends (StageConnectionState disconnected or errored, or StageEvents.STAGE_LEFT); not terminal when the SDK reconnects by itself.",
        terminal_basis=Basis.CATALOG,
        user_message="Something went wrong. Please try again.",
        user_message_key="amazon_ivs.stage_error_category.JOIN_ERROR",
        remediation=(
            "Decide from the StageErrorCode that comes with it.",
            "Watch StageConnectionState: errored or disconnected means the app must join again.",
        ),
        causes=(),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="A category only groups StageErrorCode values: fatal join errors end the session while others are retried by the SDK, so decide retry and terminality from the accompanying code and the connection state.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "PUBLISH_ERROR": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_category",
        value="PUBLISH_ERROR",
        name="PUBLISH_ERROR",
        catalog_name="PUBLISH_ERROR",
        summary="The error concerns publishing local media to the stage.",
        cause="Reported for failures while sending the local participant's media streams to the stage.",
        when=("publishing the streams chosen by the stage strategy",),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.DEPENDS,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="StageConnectionState (StageEvents.STAGE_CONNECTION_STATE_CHANGED)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="connected",
                    means="The stage connection survived the error.",
                ),
                SignalValue(
                    value="connecting",
                    means="The SDK is establishing the connection again; wait.",
                ),
                SignalValue(
                    value="errored",
                    means='The SDK errored in the middle of a session (d.ts: "SDK errored in the middle of a session"); the app must act.',
                ),
                SignalValue(
                    value="disconnected",
                    means="Not connected to the stage: the session is over until the app joins again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Your audio or video could not be shared.",
        user_message_key="amazon_ivs.stage_error_category.PUBLISH_ERROR",
        remediation=(
            "Decide from the StageErrorCode that comes with it; the participant stays in the stage.",
            "Refresh the strategy to publish again once the cause is fixed.",
        ),
        causes=(),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="A category only groups StageErrorCode values (capacity, codec, permission, timeout and other failures); decide from the accompanying code. A failed publish does not by itself end the stage session.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
    "SUBSCRIBE_ERROR": CodeInfo(
        provider="amazon_ivs",
        code_set="stage_error_category",
        value="SUBSCRIBE_ERROR",
        name="SUBSCRIBE_ERROR",
        catalog_name="SUBSCRIBE_ERROR",
        summary="The error concerns subscribing to a remote participant's media.",
        cause="Reported for failures while receiving a remote participant's media streams from the stage.",
        when=("subscribing to remote streams chosen by the stage strategy",),
        category=Category.UNKNOWN,
        retry_policy=RetryPolicy.DEPENDS,
        retry_basis=Basis.CATALOG,
        retry_schedule=None,
        runtime_signal=RuntimeSignal(
            name="StageConnectionState (StageEvents.STAGE_CONNECTION_STATE_CHANGED)",
            overrides=("terminal",),
            values=(
                SignalValue(
                    value="connected",
                    means="The stage connection survived the error.",
                ),
                SignalValue(
                    value="connecting",
                    means="The SDK is establishing the connection again; wait.",
                ),
                SignalValue(
                    value="errored",
                    means='The SDK errored in the middle of a session (d.ts: "SDK errored in the middle of a session"); the app must act.',
                ),
                SignalValue(
                    value="disconnected",
                    means="Not connected to the stage: the session is over until the app joins again.",
                ),
            ),
            meaning=None,
        ),
        terminality=Terminality.NOT_TERMINAL,
        terminal_condition=None,
        terminal_basis=Basis.CATALOG,
        user_message="Someone's audio or video could not be loaded.",
        user_message_key="amazon_ivs.stage_error_category.SUBSCRIBE_ERROR",
        remediation=(
            "Decide from the StageErrorCode that comes with it; the participant stays in the stage.",
            "Refresh the strategy to subscribe again once the cause is fixed.",
        ),
        causes=(),
        references=(
            "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
        ),
        since=None,
        rationale="A category only groups StageErrorCode values (capacity, codec, timeout and other failures); decide from the accompanying code. A failed subscription does not by itself end the stage session.",
        deprecated=None,
        failure=None,
        protocol_equivalent=None,
    ),
}
