package com.crmflow.customer.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** crm.grading.*: one default per key; refused at start-up when unusable; the cycle as the timer reads it. */
class GradingSettingsTest {

  static GradingSettings bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("crm.grading", GradingSettings.class);
  }

  @Test
  void withNothingConfiguredTheQuarterlyRegradingApplies() {
    assertThat(bind(Map.of())).isEqualTo(new GradingSettings("0 0 1 1 1,4,7,10 ?", 1000, 500, 500));
  }

  @Test
  void aKeyThatIsSetKeepsTheOtherDefaults() {
    assertThat(bind(Map.of("crm.grading.cycle", "0 0 2 1 1 ?", "crm.grading.chunk-size", "50")))
        .isEqualTo(new GradingSettings("0 0 2 1 1 ?", 50, 500, 500));
  }

  @Test
  void sizesBelowOneAndNoCycleAreRefused() {
    assertThatThrownBy(() -> new GradingSettings("0 0 1 1 1 ?", 0, 500, 500))
        .hasMessage("crm.grading.chunk-size must be at least 1: 0");
    assertThatThrownBy(() -> new GradingSettings("0 0 1 1 1 ?", 1, 0, 500))
        .hasMessageContaining("crm.grading.apply-chunk-size");
    assertThatThrownBy(() -> new GradingSettings("0 0 1 1 1 ?", 1, 1, -1))
        .hasMessageContaining("crm.grading.review-list-limit");
    assertThatThrownBy(() -> new GradingSettings(null, 1, 1, 1)).hasMessageContaining("crm.grading.cycle");
  }

  @Test
  void theTimerReadsTheCycleAsABeanProperty() {
    assertThat(new GradingCycle(new GradingSettings("0 0 1 1 1,4,7,10 ?", 1000, 500, 500)).getCycle())
        .isEqualTo("0 0 1 1 1,4,7,10 ?");
  }
}
