package com.crmflow.customer.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** crm.grading.*: refused at start-up when unusable; the cycle as the timer reads it. */
class GradingSettingsTest {

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
