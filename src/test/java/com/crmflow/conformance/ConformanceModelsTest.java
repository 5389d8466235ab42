package com.crmflow.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The models that declare mandated steps declare them for real elements: a {@code when passed} names an element of
 * the same model (a typo would make the step never mandated), every model marks its breach and escalation.
 */
class ConformanceModelsTest {

  @ParameterizedTest
  @ValueSource(strings = {"complaint-handling", "customer-project", "return-visit", "customer-consultation"})
  void everyConditionNamesAnElementOfItsModel(String key) {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", key + ".bpmn").toFile());
    ModelRules rules = ModelRules.of(model);
    assertThat(rules.mandated()).as(key).isNotEmpty();
    assertThat(rules.signals().values()).as(key).anyMatch(s -> s.contains(FindingKind.ESCALATED));
    for (MandatedStep m : rules.mandated()) {
      if (m.condition() instanceof MandatedStep.Passed p) {
        assertThat((Object) model.getModelElementById(p.activityId())).as(key + " " + m.activityId() + " " + p).isNotNull();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"customer-project", "return-visit", "customer-consultation"})
  void theDeadlineOfEachProcessIsMarkedAsBreachedWhenItsTimerFires(String key) {
    ModelRules rules = ModelRules.of(Bpmn.readModelFromFile(Path.of("processes", key + ".bpmn").toFile()));
    assertThat(rules.signals().values()).as(key).anyMatch(s -> s.contains(FindingKind.DEADLINE_BREACHED));
  }

  @org.junit.jupiter.api.Test
  void theProjectsRequirementMeetingIsMandatedForComplexOrImportantRequirementsOnly() {
    ModelRules rules = ModelRules.of(Bpmn.readModelFromFile(Path.of("processes/customer-project.bpmn").toFile()));
    assertThat(rules.mandated()).extracting(MandatedStep::activityId).containsSequence("Task_RegisterRequirement",
        "Task_HoldRequirementMeeting", "Task_SignRequirementRecord");
    assertThat(rules.mandated()).filteredOn(m -> m.activityId().equals("Task_HoldRequirementMeeting")).singleElement()
        .extracting(m -> m.condition().describe(rules::nameOf)).isEqualTo("当 requirementMeetingNeeded = true 时必经");
    assertThat(List.copyOf(rules.mandated())).extracting(MandatedStep::activityId).contains("Task_CollectFeedback",
        "Task_RecordCustomerAcceptance", "Task_ReviewPlanByDepartment", "Task_ApprovePlanByDivisionLeader");
  }
}
