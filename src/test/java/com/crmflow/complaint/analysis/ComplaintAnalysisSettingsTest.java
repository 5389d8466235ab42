package com.crmflow.complaint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code crm.complaint.analysis-cycle}: its one default, replaced when set. */
class ComplaintAnalysisSettingsTest {

  @Test
  void theMonthlyAnalysisRunsAt2OnTheFirstUnlessConfigured() {
    Binder none = new Binder(new MapConfigurationPropertySource(Map.of()));
    assertThat(none.bindOrCreate("crm.complaint", ComplaintAnalysisSettings.class).analysisCycle())
        .isEqualTo("0 0 2 1 * ?");
    Binder set = new Binder(new MapConfigurationPropertySource(Map.of("crm.complaint.analysis-cycle", "0 0 3 * * ?")));
    assertThat(set.bindOrCreate("crm.complaint", ComplaintAnalysisSettings.class).analysisCycle())
        .isEqualTo("0 0 3 * * ?");
  }
}
