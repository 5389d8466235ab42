package com.crmflow.platform.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.ProcessTest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History cleanup as configured in application.yaml: removal-time based (an instance's history goes
 * historyTimeToLive days after it ended), in a nightly batch window; the cleanup job really removes an ended
 * instance past its time-to-live — and nothing younger.
 */
@ProcessTest
class HistoryCleanupTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCleanupRunsRemovalTimeBasedInANightlyWindow() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00+0800");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0800");
    assertThat(config.getHistoryCleanupDegreeOfParallelism()).isEqualTo(1);

    // at noon in Beijing the cleanup job waits for the next window start, 01:00 Beijing time
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 2, 12, 0, 0, 0, BEIJING).toInstant()));
    historyService.cleanUpHistoryAsync();
    Job cleanup = historyService.findHistoryCleanupJobs().get(0);
    assertThat(cleanup.getDuedate().toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 12, 3, 1, 0, 0, 0, BEIJING).toInstant());
  }

  @Test
  void everyProcessOfOursHasItsTimeToLive() {
    Map<String, Integer> ttl = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .filter(d -> !d.getKey().startsWith("probe-"))
        .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getHistoryTimeToLive));
    // complaints, return visits, satisfaction surveys, care activities, owner evaluations (appraisal input), credit evaluations,
    // inspections and grading audits (supervision records),
    // cooperation agreements and their execution:
    // five years (records of customer service, of the customer's credit and of the agreements); the rest one year
    // (docs/security.md "Security model", History)
    assertThat(ttl).containsEntry("complaint-handling", 1825).containsEntry("return-visit", 1825)
        .containsEntry("credit-evaluation", 1825)
        .containsEntry("customer-project", 365).containsEntry("customer-grading", 365)
        .containsEntry("customer-grading-schedule", 365).containsEntry("complaint-analysis", 365)
        .containsEntry("complaint-analysis-monthly", 365).containsEntry("working-calendar-maintenance", 365)
        .containsEntry("customer-development", 365).containsEntry("cooperation-agreement", 1825)
        .containsEntry("customer-consultation", 365).containsEntry("agreement-execution", 1825)
        .containsEntry("agreement-amendment", 1825).containsEntry("agreement-termination", 1825)
        .containsEntry("satisfaction-survey", 1825).containsEntry("owner-evaluation", 1825)
        .containsEntry("care-activity", 1825).containsEntry("care-greetings", 365)
        .containsEntry("supervision-inspection", 1825).containsEntry("grading-audit", 1825)
        .containsEntry("grading-audit-yearly", 365).hasSize(22);
  }

  @Test
  void anEndedInstancePastItsTimeToLiveIsRemovedByTheCleanupJob() {
    deploy("probe-short-lived", 1);
    deploy("probe-long-lived", 30);
    Instant ended = Instant.parse("2026-12-01T02:00:00Z");
    ClockUtil.setCurrentTime(Date.from(ended));
    String old = start("probe-short-lived");
    String keptLonger = start("probe-long-lived");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(old).singleResult()
        .getRemovalTime().toInstant()).isEqualTo(ended.plus(1, ChronoUnit.DAYS));

    // two days later: the short-lived instance is past its time-to-live, an instance that ends now is not
    ClockUtil.setCurrentTime(Date.from(ended.plus(2, ChronoUnit.DAYS)));
    String young = start("probe-short-lived");
    runCleanupNow();

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(old).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(old).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(old).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(keptLonger).count()).isOne();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(young).count()).isOne();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(young).count()).isOne();
  }

  private void runCleanupNow() {
    Job job = historyService.cleanUpHistoryAsync(true);
    managementService.executeJob(job.getId());
  }

  private void deploy(String key, int timeToLiveDays) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(timeToLiveDays)
        .startEvent("StartEvent_Probe").endEvent("EndEvent_Probe").done();
    repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
  }

  private String start(String key) {
    return runtimeService.startProcessInstanceByKey(key, Variables.createVariables().putValue("complaintId", 42L))
        .getId();
  }
}
