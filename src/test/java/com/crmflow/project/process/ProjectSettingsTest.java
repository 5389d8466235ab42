package com.crmflow.project.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code crm.project.*}: one default per key, and what the model reads as {@code ${projectSettings.…}}. */
class ProjectSettingsTest {

  static ProjectSettings bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("crm.project", ProjectSettings.class);
  }

  @Test
  void withNothingConfiguredTheRegulationsDeadlinesApply() {
    ProjectSettings.ModelSettings model = new ProjectSettings.ModelSettings(bind(Map.of()));
    assertThat(model.getFirstPlanDue()).isEqualTo("P3WD");
    assertThat(model.getFirstPlanReminder()).isEqualTo("P2WD");
    assertThat(model.getProgressReportCycle()).isEqualTo("R/P7D");
    assertThat(model.getFeedbackDue()).isEqualTo("P5WD");
  }

  @Test
  void aKeyThatIsSetKeepsTheOtherDefaults() {
    ProjectSettings settings = bind(Map.of("crm.project.first-plan-due-working-days", "5",
        "crm.project.progress-report-cycle", "R/P14D"));
    assertThat(settings).isEqualTo(new ProjectSettings(5, 2, "R/P14D", 5));
    assertThat(new ProjectSettings.ModelSettings(settings).getFirstPlanDue()).isEqualTo("P5WD");
  }
}
