package com.crmflow.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.agreement.domain.CoordinationMeetings.MeetingInput;
import com.crmflow.agreement.domain.CoordinationMeetings.RiskInput;
import com.crmflow.agreement.domain.ObligationBreakdown.Breakdown;
import com.crmflow.agreement.domain.ObligationBreakdown.ObligationInput;
import com.crmflow.agreement.domain.ObligationProgressReports.ProgressReport;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The steps of an agreement's execution (SPEC P6.4) without Spring or engine: the breakdown into obligation items,
 * progress reports and the overdue deadlines on the working-day calendar, the coordination meeting with the risk
 * register, the end of the execution. Repositories mocked, clock fixed at Tuesday 2026-11-24 10:00 Beijing.
 */
class AgreementExecutionStepsTest {

  final AgreementFixture f = new AgreementFixture();
  final AgreementExecutionRepository executionRepository = mock(AgreementExecutionRepository.class);
  final AgreementObligationRepository obligationRepository = mock(AgreementObligationRepository.class);
  final ObligationProgressRepository progressRepository = mock(ObligationProgressRepository.class);
  final AgreementMeetingRepository meetingRepository = mock(AgreementMeetingRepository.class);
  final AgreementRiskRepository riskRepository = mock(AgreementRiskRepository.class);
  final AgreementExecutionSettings settings = new AgreementExecutionSettings(Period.ofMonths(1), 3, LocalTime.of(9, 0),
      List.of("executor", "finance", "account-manager"));
  /** 2026-12-25 is declared a holiday here, to see the deadlines skip it. */
  final WorkingCalendar calendar = new WorkingCalendar(AgreementFixture.BEIJING, Set.of(LocalDate.parse("2026-12-25")),
      Set.of());
  final Set<String> members = Set.of("zhaomin", "hejing", "lina");
  final GroupMembership groups = (user, g) -> user != null && members.contains(user);
  final AgreementExecutions executions = new AgreementExecutions(f.agreements, executionRepository,
      obligationRepository, progressRepository);
  final ObligationBreakdown breakdown = new ObligationBreakdown(executions, obligationRepository, groups, settings);
  final ObligationProgressReports reports = new ObligationProgressReports(executions, progressRepository, settings,
      calendar);
  final CoordinationMeetings meetings = new CoordinationMeetings(executions, meetingRepository, riskRepository,
      (likelihood, impact) -> likelihood.equals("high") && impact.equals("high") ? "high" : "low", groups, settings);

  final List<AgreementObligation> savedObligations = new ArrayList<>();
  final List<AgreementRisk> savedRisks = new ArrayList<>();
  AgreementExecution execution;

  @BeforeEach
  void setUp() {
    f.customer(7L, "ACTIVE");
    f.agreement(5L, Agreement.IN_FORCE, "xuhui");
    execution = new AgreementExecution();
    ReflectionTestUtils.setField(execution, "id", 11L);
    execution.setAgreementId(5L);
    execution.setStatus(AgreementExecution.RUNNING);
    execution.setProcessInstanceId("exec-pi");
    when(executionRepository.findById(11L)).thenReturn(Optional.of(execution));
    when(obligationRepository.save(any())).thenAnswer(i -> {
      savedObligations.add(i.getArgument(0));
      return i.getArgument(0);
    });
    when(riskRepository.save(any())).thenAnswer(i -> {
      savedRisks.add(i.getArgument(0));
      return i.getArgument(0);
    });
    when(meetingRepository.saveAndFlush(any())).thenAnswer(i -> {
      Object meeting = i.getArgument(0);
      ReflectionTestUtils.setField(meeting, "id", 31L);
      return meeting;
    });
  }

  // ------------------------------------------------------------------ 分解协议义务

  @Test
  @Verifies("P6.4")
  void theCustomersOwnerBreaksTheObligationsDownIntoItemsWithOwnersAndDueDates() {
    assertThat(executions.owner(execution)).as("the customer's owner, not the drafting lawyer").isEqualTo("lina");
    breakdown.breakDown(11L, new Breakdown(List.of(
        new ObligationInput("提供招商场地", "zhaomin", LocalDate.parse("2026-11-24"), "第二条"),
        new ObligationInput("结算首期费用", "hejing", LocalDate.parse("2026-12-31"), " "))), "lina");
    assertThat(savedObligations).extracting(AgreementObligation::getItemNo, AgreementObligation::getOwner,
        AgreementObligation::getStatus).containsExactly(org.assertj.core.groups.Tuple.tuple(1, "zhaomin", "not_started"),
        org.assertj.core.groups.Tuple.tuple(2, "hejing", "not_started"));
    assertThat(savedObligations.get(1).getClause()).as("a blank clause is none").isNull();
    assertThat(execution.getBrokenDownBy()).isEqualTo("lina");
    assertThat(f.journal).extracting(AgreementEvent::getKind).containsExactly("OBLIGATIONS_BROKEN_DOWN");
  }

  @Test
  void aCustomerWithoutOwnerLeavesTheExecutionToTheDrafter() {
    f.customers.find(7L).orElseThrow().setOwner(null);
    assertThat(executions.owner(execution)).isEqualTo("xuhui");
  }

  @Test
  void aDueDateInThePastAfterTheTermAnOwnerOutsideTheGroupsOrAnotherActorAreRefusedAndNothingIsSaved() {
    assertThatThrownBy(() -> breakdown.breakDown(11L, new Breakdown(List.of(
        new ObligationInput("提供招商场地", "zhaomin", LocalDate.parse("2026-11-23"), null))), "lina"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("obligations")
        .hasMessageContaining("第 1 项义务的完成期限（2026-11-23）不能早于今天");
    assertThatThrownBy(() -> breakdown.breakDown(11L, new Breakdown(List.of(
        new ObligationInput("提供招商场地", "zhaomin", LocalDate.parse("2028-01-01"), null))), "lina"))
        .hasMessageContaining("不能晚于合作结束日期（2027-12-31）");
    assertThatThrownBy(() -> breakdown.breakDown(11L, new Breakdown(List.of(
        new ObligationInput("提供招商场地", "zhaomin", LocalDate.parse("2026-12-01"), null),
        new ObligationInput("监督", "maliang", LocalDate.parse("2026-12-01"), null))), "lina"))
        .hasMessageContaining("第 2 项义务的负责人「maliang」不是可以负责协议义务的人员");
    assertThatThrownBy(() -> breakdown.breakDown(11L, new Breakdown(List.of(
        new ObligationInput("提供招商场地", "zhaomin", LocalDate.parse("2026-12-01"), null))), "zhangwei"))
        .hasMessageContaining("由协议负责人 lina 办理，zhangwei 不能办理");
    assertThatThrownBy(() -> breakdown.breakDown(11L, new Breakdown(List.of()), "lina"))
        .hasMessageContaining("协议义务");
    assertThat(savedObligations).isEmpty();
    assertThat(f.journal).isEmpty();
  }

  @Test
  void theObligationsAreBrokenDownOnceAndOnlyWhileTheExecutionRuns() {
    when(obligationRepository.existsByExecutionId(11L)).thenReturn(true);
    assertThatThrownBy(() -> breakdown.breakDown(11L, new Breakdown(List.of(
        new ObligationInput("提供招商场地", "zhaomin", LocalDate.parse("2026-12-01"), null))), "lina"))
        .hasMessageContaining("已经分解");
    execution.setStatus(AgreementExecution.ENDED);
    execution.setEndReason("协议已终止");
    assertThatThrownBy(() -> breakdown.breakDown(11L, new Breakdown(List.of(
        new ObligationInput("提供招商场地", "zhaomin", LocalDate.parse("2026-12-01"), null))), "lina"))
        .hasMessageContaining("协议执行已结束（协议已终止）");
  }

  // ------------------------------------------------------------------ 进度报告

  private AgreementObligation obligation(String due) {
    AgreementObligation o = new AgreementObligation();
    ReflectionTestUtils.setField(o, "id", 21L);
    o.setExecutionId(11L);
    o.setItemNo(1);
    o.setContent("提供招商场地");
    o.setOwner("zhaomin");
    o.setDueDate(LocalDate.parse(due));
    o.setStatus(AgreementExecutions.NOT_STARTED);
    when(obligationRepository.findById(21L)).thenReturn(Optional.of(o));
    return o;
  }

  @Test
  @Verifies("P6.4")
  void theOwnerReportsProgressUntilDoneWithTheRulesOfEachStatus() {
    AgreementObligation o = obligation("2026-12-31");
    assertThat(reports.report(21L, new ProgressReport("in_progress", 40, "装修中"), "zhaomin")).isFalse();
    assertThat(o.getStatus()).isEqualTo("in_progress");
    assertThat(o.getPercentage()).isEqualTo(40);
    assertThatThrownBy(() -> reports.report(21L, new ProgressReport("done", 90, null), "zhaomin"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("percentage");
    assertThatThrownBy(() -> reports.report(21L, new ProgressReport("not_started", 10, null), "zhaomin"))
        .hasMessageContaining("应为 0");
    assertThatThrownBy(() -> reports.report(21L, new ProgressReport("blocked", 40, " "), "zhaomin"))
        .hasMessageContaining("progressNote");
    assertThatThrownBy(() -> reports.report(21L, new ProgressReport("in_progress", 100, null), "zhaomin"))
        .hasMessageContaining("请选择进度「已完成」");
    assertThatThrownBy(() -> reports.report(21L, new ProgressReport("in_progress", 101, null), "zhaomin"))
        .hasMessageContaining("完成比例");
    assertThatThrownBy(() -> reports.report(21L, new ProgressReport("in_progress", 60, null), "sunli"))
        .hasMessageContaining("只能由其负责人 zhaomin 报告");
    assertThat(reports.report(21L, new ProgressReport("done", 100, "已交付"), "zhaomin")).isTrue();
    assertThat(o.getCompletedAt()).isNotNull();
    assertThatThrownBy(() -> reports.report(21L, new ProgressReport("done", 100, null), "zhaomin"))
        .hasMessageContaining("已完成，不能再报告进度");
    verify(progressRepository, org.mockito.Mockito.times(2)).save(any());
  }

  @Test
  void aTaskHeldByAnotherUserIsNotTheOwnersReport() {
    AgreementObligation o = obligation("2026-12-31");
    assertThatThrownBy(() -> reports.requireOwner(o, "sunli", "sunli")).hasMessageContaining("zhaomin");
    assertThatThrownBy(() -> reports.requireOwner(o, "zhaomin", "sunli")).hasMessageContaining("zhaomin");
    reports.requireOwner(o, "zhaomin", null);
  }

  @Test
  @Verifies({"P6.4", "X.3"})
  void aLateObligationIsWarnedTheNextWorkingDayAndEscalatedThreeWorkingDaysAfterItsDueDate() {
    obligation("2026-12-24"); // Thursday; Friday 25th is a holiday here
    assertThat(reports.dueAt(21L).toInstant()).isEqualTo(beijing("2026-12-24T18:00"));
    assertThat(reports.warnAt(21L).toInstant()).as("the holiday and the weekend skipped")
        .isEqualTo(beijing("2026-12-28T09:00"));
    assertThat(reports.escalateAt(21L).toInstant()).isEqualTo(beijing("2026-12-30T09:00"));
    assertThat(reports.recordWarning(21L).getOverdueLevel()).isEqualTo(1);
    assertThat(reports.recordEscalation(21L).getOverdueLevel()).isEqualTo(2);
    assertThat(f.journal).extracting(AgreementEvent::getKind).containsExactly("OBLIGATION_OVERDUE",
        "OBLIGATION_ESCALATED");
  }

  private static java.time.Instant beijing(String local) {
    return LocalDateTime.parse(local).atZone(AgreementFixture.BEIJING).toInstant();
  }

  // ------------------------------------------------------------------ 协调会议与风险登记

  private static RiskInput risk(Long id, String likelihood, String impact, String owner, String status) {
    return new RiskInput(id, "客户资金紧张", "credit", likelihood, impact, "每周跟进回款", owner, status);
  }

  @Test
  @Verifies("P6.4")
  void aMeetingAddsRisksAssessedByTheMatrixAndUpdatesOrClosesThoseOfTheRegister() {
    AgreementRisk existing = new AgreementRisk();
    ReflectionTestUtils.setField(existing, "id", 41L);
    existing.setExecutionId(11L);
    existing.setStatus(AgreementRisk.OPEN);
    when(riskRepository.findById(41L)).thenReturn(Optional.of(existing));

    meetings.record(11L, new MeetingInput(LocalDate.parse("2026-11-24"), "李娜、何静", "通报进展", "每周跟进回款",
        List.of(risk(null, "high", "high", "hejing", "open"), risk(41L, "low", "low", "lina", "closed"))), "lina");
    assertThat(savedRisks).hasSize(2);
    AgreementRisk added = savedRisks.get(0);
    assertThat(added.getLevel()).isEqualTo("high");
    assertThat(added.getIdentifiedInMeetingId()).isEqualTo(31L);
    assertThat(added.getExecutionId()).isEqualTo(11L);
    assertThat(existing.getStatus()).isEqualTo("closed");
    assertThat(existing.getClosedAt()).isNotNull();
    assertThat(existing.getReviewedInMeetingId()).isEqualTo(31L);
    assertThat(existing.getOwner()).isEqualTo("lina");
    assertThat(f.journal.get(0).getNote()).contains("新增 1 项，关闭 1 项");
  }

  @Test
  void aRiskOfAnotherExecutionAFutureMeetingOrAnotherActorIsRefusedBeforeAnythingIsWritten() {
    AgreementRisk foreign = new AgreementRisk();
    ReflectionTestUtils.setField(foreign, "id", 42L);
    foreign.setExecutionId(99L);
    when(riskRepository.findById(42L)).thenReturn(Optional.of(foreign));
    assertThatThrownBy(() -> meetings.record(11L, new MeetingInput(LocalDate.parse("2026-11-24"), "李娜", "纪要", null,
        List.of(risk(null, "low", "low", "hejing", "open"), risk(42L, "low", "low", "hejing", "closed"))), "lina"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("第 2 项风险的风险编号 42 不在合作协议 AGR-2026-0005");
    assertThatThrownBy(() -> meetings.record(11L, new MeetingInput(LocalDate.parse("2026-11-25"), "李娜", "纪要", null,
        List.of()), "lina")).hasMessageContaining("meetingDate");
    assertThatThrownBy(() -> meetings.record(11L, new MeetingInput(LocalDate.parse("2026-11-24"), "李娜", "纪要", null,
        List.of(risk(null, "low", "low", "maliang", "open"))), "lina")).hasMessageContaining("maliang");
    assertThatThrownBy(() -> meetings.record(11L, new MeetingInput(LocalDate.parse("2026-11-24"), "李娜", "纪要", null,
        List.of()), "hejing")).isInstanceOf(BusinessRuleException.class).hasMessageContaining("协议负责人 lina");
    assertThatThrownBy(() -> meetings.record(11L, new MeetingInput(LocalDate.parse("2026-11-24"), "李娜", "纪要", null,
        List.of(new RiskInput(null, "x", "weather", "low", "low", "m", "lina", "open"))), "lina"))
        .hasMessageContaining("风险类别");
    verify(meetingRepository, never()).saveAndFlush(any());
    assertThat(savedRisks).isEmpty();
    assertThat(foreign.getStatus()).isNull();
  }

  // ------------------------------------------------------------------ start and end

  @Test
  void theExecutionStartsOncePerAgreementInForceAndEndsWithTheReasonOfItsAgreement() {
    when(executionRepository.findByAgreementId(5L)).thenReturn(Optional.empty());
    when(executionRepository.saveAndFlush(any())).thenAnswer(i -> i.getArgument(0));
    AgreementExecution started = executions.start(5L);
    assertThat(started.getStatus()).isEqualTo("RUNNING");
    when(executionRepository.findByAgreementId(5L)).thenReturn(Optional.of(started));
    assertThat(executions.start(5L)).isSameAs(started);

    f.agreements.get(5L).setStatus(Agreement.SUPERSEDED);
    executions.end(11L);
    assertThat(execution.getStatus()).isEqualTo("ENDED");
    assertThat(execution.getEndReason()).isEqualTo("协议已由变更版本取代");
    java.time.Instant endedAt = execution.getEndedAt();
    executions.end(11L);
    assertThat(execution.getEndedAt()).as("ended once").isSameAs(endedAt);
    assertThat(f.journal).as("the agreement's journal keeps the agreement's own steps").isEmpty();

    f.agreement(6L, Agreement.APPROVED, "xuhui");
    assertThatThrownBy(() -> executions.start(6L)).hasMessageContaining("只能在「已生效」时办理");
  }

  @Test
  void anExecutionIsChangedOnlyByTheInstanceItIsBoundTo() {
    assertThat(executions.boundTo(11L, "exec-pi")).isSameAs(execution);
    assertThatThrownBy(() -> executions.boundTo(11L, "other-pi")).hasMessageContaining("属于另一个流程实例");
    assertThatThrownBy(() -> executions.attachProcess(11L, "other-pi")).hasMessageContaining("已由另一个流程实例办理");
    obligation("2026-12-31");
    assertThatThrownBy(() -> executions.boundObligation(21L, "other-pi")).hasMessageContaining("属于另一个流程实例");
  }

  @Test
  void theSettingsRefuseAnEmptyCycleOrNoOwnerGroups() {
    assertThat(settings.meetingTimerCycle()).isEqualTo("R/P1M");
    assertThatThrownBy(() -> new AgreementExecutionSettings(Period.ZERO, 3, LocalTime.NOON, List.of("executor")))
        .hasMessageContaining("meeting-cycle");
    assertThatThrownBy(() -> new AgreementExecutionSettings(Period.ofMonths(1), 0, LocalTime.NOON, List.of("executor")))
        .hasMessageContaining("escalate-after");
    assertThatThrownBy(() -> new AgreementExecutionSettings(Period.ofMonths(1), 3, LocalTime.NOON, List.of()))
        .hasMessageContaining("owner-groups");
  }
}
