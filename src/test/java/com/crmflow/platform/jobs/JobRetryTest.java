package com.crmflow.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.testsupport.ProcessTest;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every failing job — a timer, an asynchronous continuation — is retried on the cycle of crm.jobs.retry-cycle
 * (R5/PT5M): five attempts, five minutes apart; then the default handler opens an incident. None of our models
 * overrides the cycle.
 */
@ProcessTest
class JobRetryTest {

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theRetryCycleIsConfigured() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getFailedJobRetryTimeCycle())
        .isEqualTo("R5/PT5M");
  }

  @Test
  void aFailingAsynchronousStepIsTriedFiveTimesFiveMinutesApartThenBecomesAnIncident() {
    deploy(Bpmn.createExecutableProcess("probe-failing-async").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Probe")
        .serviceTask("Task_Fails").camundaAsyncBefore().camundaExpression("${noSuchBean.run()}")
        .endEvent("EndEvent_Probe").done());
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T02:00:00Z")));
    String instance = runtimeService.startProcessInstanceByKey("probe-failing-async").getId();
    assertFiveAttemptsFiveMinutesApart(instance);
  }

  @Test
  void aFailingTimerIsTriedFiveTimesFiveMinutesApartThenBecomesAnIncident() {
    deploy(Bpmn.createExecutableProcess("probe-failing-timer").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Probe")
        .intermediateCatchEvent("TimerEvent_Probe").timerWithDuration("PT1H")
        .serviceTask("Task_Fails").camundaExpression("${noSuchBean.run()}")
        .endEvent("EndEvent_Probe").done());
    Instant start = Instant.parse("2026-12-01T02:00:00Z");
    ClockUtil.setCurrentTime(Date.from(start));
    String instance = runtimeService.startProcessInstanceByKey("probe-failing-timer").getId();
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(1))));
    assertFiveAttemptsFiveMinutesApart(instance);
  }

  @Test
  void noModelOfOursOverridesTheRetryCycle() {
    File[] models = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
    assertThat(models).hasSize(22);
    List<String> jobElements = new ArrayList<>();
    for (File file : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      assertThat(model.getModelElementsByType(CamundaFailedJobRetryTimeCycle.class)).as(file.getName()).isEmpty();
      model.getModelElementsByType(TimerEventDefinition.class)
          .forEach(t -> jobElements.add(((BaseElement) t.getParentElement()).getId()));
      model.getModelElementsByType(BaseElement.class).stream()
          .filter(n -> "true".equals(n.getAttributeValueNs(CAMUNDA, "asyncBefore"))
              || "true".equals(n.getAttributeValueNs(CAMUNDA, "asyncAfter")))
          .forEach(n -> jobElements.add(n.getId()));
    }
    // the models do have timers and asynchronous steps: all of them use the global cycle
    assertThat(jobElements).contains("StartEvent_MonthlyTimer", "StartEvent_QuarterlyTimer",
        "BoundaryEvent_FirstPlanOverdue", "TimerEvent_FollowUp", "Task_GradeChunk", "MultiInstance_ApplyGrades",
        "Timer_ResponseOverdue", "StartEvent_YearlyTimer", "Timer_RectificationOverdue");
  }

  private void assertFiveAttemptsFiveMinutesApart(String instance) {
    List<Integer> retriesAfterFailure = new ArrayList<>();
    for (int attempt = 1; attempt <= 5; attempt++) {
      Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
      assertThat(job.getRetries()).as("attempt %d may run", attempt).isPositive();
      Instant now = ClockUtil.getCurrentTime().toInstant();
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).as("attempt %d", attempt)
          .hasMessageContaining("noSuchBean");
      Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
      retriesAfterFailure.add(failed.getRetries());
      if (failed.getRetries() > 0) {
        assertThat(Duration.between(now, failed.getDuedate().toInstant())).as("pause after attempt %d", attempt)
            .isEqualTo(Duration.ofMinutes(5));
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
        ClockUtil.setCurrentTime(failed.getDuedate());
      }
    }
    assertThat(retriesAfterFailure).containsExactly(4, 3, 2, 1, 0);
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getIncidentMessage()).contains("noSuchBean");
  }

  private void deploy(BpmnModelInstance model) {
    repositoryService.createDeployment().addModelInstance("probe.bpmn", model).deploy();
  }
}
