package org.claimrecovery.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ledger lists items in the order they happened, as far as the day of each is known. */
class CorrespondenceOrderTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void aSameDayAnswerComesAfterTheNoticeItAnswers() {
    // the notice left at 10:00; the payer's answer is known only by its day (kept as its start) but was recorded later
    var notice = sent("notice", "2026-06-02T14:00:00Z", "2026-06-02T14:00:00Z");
    var answer = received("answer", "2026-06-02T04:00:00Z", "2026-06-02T18:30:00Z");

    assertThat(ordered(answer, notice)).containsExactly("notice", "answer");
  }

  @Test
  void anAnswerEnteredLateIsListedOnTheDayItArrived() {
    var notice = sent("notice", "2026-06-02T14:00:00Z", "2026-06-02T14:00:00Z");
    var counteroffer = sent("counteroffer", "2026-06-10T15:00:00Z", "2026-06-10T15:00:00Z");
    // received on 06-05, entered only on 06-12
    var answer = received("answer", "2026-06-05T04:00:00Z", "2026-06-12T13:00:00Z");

    assertThat(ordered(counteroffer, answer, notice)).containsExactly("notice", "answer", "counteroffer");
  }

  @Test
  void aLetterStillInTheOutboxCountsFromItsCreationAndADispatchedOneFromItsDispatchDay() {
    var queued = outbox("queued", null, "2026-06-08T13:00:00Z");
    // created on 06-03, dispatched (by the day a person recorded) on 06-09
    var dispatched = outbox("dispatched", "2026-06-09T04:00:00Z", "2026-06-03T13:00:00Z");
    var answer = received("answer", "2026-06-04T04:00:00Z", "2026-06-04T15:00:00Z");

    assertThat(ordered(dispatched, queued, answer)).containsExactly("answer", "queued", "dispatched");
  }

  @Test
  void itemsOfOneDayRecordedAtTheSameMomentKeepTheLedgersOrder() {
    // the ledger reads them in the order it recorded them (recorded_seq); the sort keeps it
    var notice = sent("notice", "2026-06-02T14:00:00Z", "2026-06-02T14:00:00Z");
    var answer = received("answer", "2026-06-02T04:00:00Z", "2026-06-02T14:00:00Z");

    assertThat(ordered(notice, answer)).containsExactly("notice", "answer");
    assertThat(ordered(answer, notice)).containsExactly("answer", "notice");
  }

  private static List<String> ordered(CorrespondenceEntry... entries) {
    return Stream.of(entries).sorted(Correspondence.inTheOrderTheyHappened(NEW_YORK)).map(CorrespondenceEntry::id)
        .toList();
  }

  private static CorrespondenceEntry sent(String id, String sentAt, String createdAt) {
    return entry(id, Direction.OUTBOUND, Instant.parse(sentAt), null, DeliveryStatus.SENT, createdAt);
  }

  private static CorrespondenceEntry outbox(String id, String dispatchedAt, String createdAt) {
    return entry(id, Direction.OUTBOUND, dispatchedAt == null ? null : Instant.parse(dispatchedAt), null,
        dispatchedAt == null ? DeliveryStatus.AWAITING_DISPATCH : DeliveryStatus.DISPATCHED, createdAt);
  }

  private static CorrespondenceEntry received(String id, String receivedAt, String createdAt) {
    return entry(id, Direction.INBOUND, null, Instant.parse(receivedAt), DeliveryStatus.RECEIVED, createdAt);
  }

  private static CorrespondenceEntry entry(String id, Direction direction, Instant sentAt, Instant receivedAt,
      DeliveryStatus status, String createdAt) {
    return new CorrespondenceEntry(id, "claim-1", direction, CorrespondenceKind.COUNTEROFFER, 0, Channel.MAIL,
        "payer", "subject", sentAt, receivedAt, status, "hash", null, null, List.of("claim-1"),
        Instant.parse(createdAt));
  }
}
