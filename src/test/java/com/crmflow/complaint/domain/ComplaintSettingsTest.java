package com.crmflow.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code crm.complaint.*}: one default for each key, and a key that is set replaces only its own default. */
class ComplaintSettingsTest {

  static ComplaintSettings bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("crm.complaint", ComplaintSettings.class);
  }

  @Test
  void withNothingConfiguredTheRegulationsTimesApply() {
    ComplaintSettings s = bind(Map.of());
    assertThat(s.initialResponse().forSeverity("medium")).isEqualTo(Duration.ofHours(24));
    assertThat(s.initialResponse().forSeverity("high")).isEqualTo(Duration.ofHours(2));
    assertThat(s.initialResponse().workingTime()).isFalse();
    assertThat(s.resultFeedback().forSeverity("high")).isEqualTo(Duration.ofHours(48));
    assertThat(s.warningAt()).isEqualTo(0.75);
    assertThat(s.secondLevelAfter()).isEqualTo(1.0);
    assertThat(s.followUpAfter()).isEqualTo("P30D");
    assertThat(s.deadline(ComplaintDeadline.INITIAL_RESPONSE)).isSameAs(s.initialResponse());
    assertThat(s.deadline(ComplaintDeadline.RESULT_FEEDBACK)).isSameAs(s.resultFeedback());
  }

  @Test
  void aKeyThatIsSetKeepsTheOtherDefaults() {
    ComplaintSettings s = bind(Map.of("crm.complaint.initial-response.working-time", "true",
        "crm.complaint.result-feedback.per-severity.high", "PT24H", "crm.complaint.follow-up-after", "P14D"));
    assertThat(s.initialResponse().workingTime()).isTrue();
    assertThat(s.initialResponse().forSeverity("low")).isEqualTo(Duration.ofHours(24));
    assertThat(s.initialResponse().forSeverity("high")).isEqualTo(Duration.ofHours(2));
    assertThat(s.resultFeedback().forSeverity("high")).isEqualTo(Duration.ofHours(24));
    assertThat(s.resultFeedback().forSeverity("low")).isEqualTo(Duration.ofHours(48));
    assertThat(s.followUpAfter()).isEqualTo("P14D");
  }
}
