package com.crmflow.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.customer.domain.CustomerHistorySource.Communication;
import com.crmflow.testsupport.Verifies;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The archive's communication log: every source's contacts in one timeline, newest first, bounded. */
@Verifies("X.1")
class CommunicationLogTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static Communication at(String instant, String summary) {
    return new Communication(instant == null ? null : Instant.parse(instant), "k", "类", null, summary, null, null);
  }

  private static List<String> summaries(CommunicationLog.Log log) {
    return log.items().stream().map(Communication::summary).toList();
  }

  @Test
  void newestFirstAcrossEverySource() {
    CommunicationLog.Log log = CommunicationLog.merge(List.of(
        List.of(at("2026-05-03T02:00:00Z", "visit 3 May"), at("2026-01-10T02:00:00Z", "visit January")),
        List.of(at("2026-04-01T08:00:00Z", "complaint April"), at("2026-06-01T08:00:00Z", "complaint June"))), 200);

    assertThat(summaries(log)).containsExactly("complaint June", "visit 3 May", "complaint April", "visit January");
    assertThat(log.total()).isEqualTo(4);
    assertThat(log.truncated()).isFalse();
  }

  @Test
  void tiesKeepTheOrderOfTheSourcesAndWithinASource() {
    String same = "2026-05-03T02:00:00Z";
    CommunicationLog.Log log = CommunicationLog.merge(List.of(
        List.of(at(same, "a1"), at(same, "a2")), List.of(at(same, "b1")), List.of(at(same, "c1"), at(same, "c2"))),
        200);

    assertThat(summaries(log)).containsExactly("a1", "a2", "b1", "c1", "c2");
  }

  @Test
  void entriesWithoutATimeComeLast() {
    CommunicationLog.Log log = CommunicationLog.merge(List.of(
        List.of(at(null, "undated"), at("2026-01-01T00:00:00Z", "old")), List.of(at("2026-02-01T00:00:00Z", "new"))),
        200);

    assertThat(summaries(log)).containsExactly("new", "old", "undated");
  }

  @Test
  void theNewestUpToTheLimitAreKeptAndTheTotalSaysHowManyThereAre() {
    List<Communication> many = new ArrayList<>();
    for (int day = 1; day <= 28; day++) {
      many.add(at(String.format("2026-02-%02dT00:00:00Z", day), "day " + day));
    }
    CommunicationLog.Log log = CommunicationLog.merge(List.of(many, List.of(at("2026-03-01T00:00:00Z", "March"))), 5);

    assertThat(summaries(log)).containsExactly("March", "day 28", "day 27", "day 26", "day 25");
    assertThat(log.total()).isEqualTo(29);
    assertThat(log.truncated()).isTrue();
    assertThat(CommunicationLog.merge(List.of(many), 0).items()).isEmpty();
    assertThatThrownBy(() -> CommunicationLog.merge(List.of(many), -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptySourcesGiveAnEmptyLog() {
    assertThat(CommunicationLog.merge(List.of(), 200)).isEqualTo(CommunicationLog.Log.EMPTY);
    CommunicationLog.Log log = CommunicationLog.merge(Arrays.asList(List.of(), null, List.of()), 200);
    assertThat(log.items()).isEmpty();
    assertThat(log.total()).isZero();
  }

  @Test
  void theSourcesAreAskedForTheCustomerAndMergedInTheOrderOfTheirKeys() {
    String same = "2026-05-03T02:00:00Z";
    Map<String, List<Communication>> byKey = Map.of(
        "visits", List.of(at(same, "visit"), at("2026-05-04T00:00:00Z", "later visit")),
        "complaints", List.of(at(same, "complaint")),
        "projects", List.of());
    List<CustomerHistorySource> sources = byKey.keySet().stream().map(key -> source(key, byKey.get(key))).toList();

    CommunicationLog.Log log = new CommunicationLog(sources).of(42L);
    assertThat(summaries(log)).containsExactly("later visit", "complaint", "visit");
    assertThat(new CommunicationLog(sources).of(42L, 1).total()).isEqualTo(3);
    // a customer without contacts
    assertThat(new CommunicationLog(sources).of(7L).items()).isEmpty();
  }

  @Test
  void aContactKnownByItsDayIsPlacedAtItsRecordingThatDayElseAtTheStartOfTheDay() {
    LocalDate day = LocalDate.parse("2026-05-06");
    Instant sameDay = Instant.parse("2026-05-06T07:30:00Z"); // 15:30 in Beijing
    Instant nextDay = Instant.parse("2026-05-07T01:00:00Z");
    assertThat(Communication.onDay(day, sameDay, BEIJING)).isEqualTo(sameDay);
    assertThat(Communication.onDay(day, nextDay, BEIJING)).isEqualTo(Instant.parse("2026-05-05T16:00:00Z"));
    assertThat(Communication.onDay(day, null, BEIJING)).isEqualTo(Instant.parse("2026-05-05T16:00:00Z"));
    assertThat(Communication.onDay(null, nextDay, BEIJING)).isEqualTo(nextDay);
  }

  private static CustomerHistorySource source(String key, List<Communication> contacts) {
    return new CustomerHistorySource() {
      @Override
      public String key() {
        return key;
      }

      @Override
      public List<?> entries(Long customerId) {
        return List.of();
      }

      @Override
      public List<Communication> communications(Long customerId) {
        return customerId == 42L ? contacts : List.of();
      }
    };
  }
}
