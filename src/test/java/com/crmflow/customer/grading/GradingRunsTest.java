package com.crmflow.customer.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerGrades;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.customer.domain.Indicators;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.DeployedDecisions.Version;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/** Starting a regrading without Spring: who may report a major change of which customer, and the run it starts. */
class GradingRunsTest {

  static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");

  JdbcTemplate jdbc = mock(JdbcTemplate.class);
  GradingRunRepository runs = mock(GradingRunRepository.class);
  GradingRules rules = mock(GradingRules.class);
  CustomerRepository customers = mock(CustomerRepository.class);
  CustomerGrades grades = mock(CustomerGrades.class);
  NumberGenerator numbers = mock(NumberGenerator.class);
  GradingRuns gradingRuns = new GradingRuns(jdbc, runs, rules, new GradingSettings("0 0 1 1 1,4,7,10 ?", 2, 500, 500),
      customers, grades, numbers);
  Customer customer = new Customer();

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    ReflectionTestUtils.setField(customer, "id", 7L);
    customer.setOwner("lina");
    when(customers.findById(7L)).thenReturn(Optional.of(customer));
    when(customers.findById(8L)).thenReturn(Optional.empty());
    when(rules.current()).thenReturn(new Version(GradingRules.DECISION_KEY, "customer-grading:3:x", 3));
    when(numbers.next("GRD", 4)).thenReturn("GRD-2026-0001");
    when(runs.save(any())).thenAnswer(i -> i.getArgument(0));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  static MajorChange change(Long customerId, String type, String description) {
    return new MajorChange(customerId, type, description, null);
  }

  void refused(MajorChange change, String reporter, String field, String message) {
    assertThatThrownBy(() -> gradingRuns.startMajorChange(change, reporter, false, "pi-1"))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).contains(message);
        });
  }

  @Test
  void aReportNeedsTheCustomerAKnownChangeTypeAndADescription() {
    refused(change(null, "merger", "并购"), "lina", "customerId", "客户编号不能为空");
    refused(change(7L, "bankrupt", "破产"), "lina", "changeType", "变化类型取值无效：bankrupt");
    refused(change(7L, "merger", "  "), "lina", "description", "变化说明不能为空");
    refused(change(7L, "merger", "并".repeat(4001)), "lina", "description", "变化说明长度或个数必须在 0 到 4000 之间");
    verify(runs, never()).save(any());
  }

  @Test
  void onlyTheOwnerOrCrmDeptReportsAMajorChangeOfAnActiveCustomer() {
    refused(change(8L, "merger", "并购"), "lina", "customerId", "客户 8 不存在");
    refused(change(7L, "merger", "并购"), "songyu", "customerId", "只有客户的维护责任人或客户关系管理部门可以报告客户 7 的重大变化");
    refused(change(7L, "merger", "并购"), null, "customerId", "只有客户的维护责任人");
    assertThat(gradingRuns.startMajorChange(change(7L, "credit-risk", "逾期"), "wuxia", true, "pi-2")).isNotNull();
    customer.setStatus("INACTIVE");
    refused(change(7L, "merger", "并购"), "lina", "customerId", "客户 7 已停用，不参与分级");
  }

  @Test
  void aMajorChangeStartsAOneCustomerRunAndStoresTheNewIndicatorsFirst() {
    Indicators indicators = new Indicators(new BigDecimal("800"), null, null, null, 5, null);
    GradingRun run = gradingRuns.startMajorChange(new MajorChange(7L, "merger", "  被收购  ", indicators), "lina",
        false, "pi-1");

    verify(grades).updateIndicators(7L, indicators, "lina");
    assertThat(run.getRunNumber()).isEqualTo("GRD-2026-0001");
    assertThat(run.getTriggerType()).isEqualTo(GradingRun.MAJOR_CHANGE);
    assertThat(run.getCustomerId()).isEqualTo(7L);
    assertThat(run.getChangeDescription()).isEqualTo("被收购");
    assertThat(run.getReportedBy()).isEqualTo("lina");
    assertThat(run.getDecisionVersion()).isEqualTo(3);
    assertThat(run.getStartedAt()).isEqualTo(NOW);
    assertThat(run.getChunkCount()).isEqualTo(1);
    assertThat(run.getCustomerCount()).isEqualTo(1);
    verify(jdbc).batchUpdate(anyString(), anyList(), any(int[].class));
  }

  @Test
  void noIndicatorsLeaveTheCustomersAlone() {
    gradingRuns.startMajorChange(new MajorChange(7L, "other", "其他", new Indicators(null, null, null, null, null,
        null)), "lina", false, "pi-1");
    verify(grades, never()).updateIndicators(any(), any(), any());
  }

  @Test
  void aPeriodicRunSplitsTheActiveCustomersIntoChunksById() {
    when(jdbc.queryForList(anyString(), eq(Long.class))).thenReturn(List.of(3L, 5L, 8L, 13L, 21L));
    GradingRun run = gradingRuns.startPeriodic("pi-1");
    assertThat(run.getTriggerType()).isEqualTo(GradingRun.PERIODIC);
    assertThat(run.getChunkSize()).isEqualTo(2);
    assertThat(run.getChunkCount()).isEqualTo(3);
    assertThat(run.getCustomerCount()).isEqualTo(5);
    @SuppressWarnings("unchecked")
    org.mockito.ArgumentCaptor<List<Object[]>> chunks = org.mockito.ArgumentCaptor.forClass(List.class);
    verify(jdbc).batchUpdate(anyString(), chunks.capture(), any(int[].class));
    assertThat(chunks.getValue()).extracting(c -> List.of(c[1], c[2], c[3]))
        .containsExactly(List.of(0, 3L, 5L), List.of(1, 8L, 13L), List.of(2, 21L, 21L));
  }

  @Test
  void aStepWorksOnlyOnTheRunOfItsOwnProcessInstance() {
    GradingRun run = new GradingRun("GRD-2026-0002", GradingRun.PERIODIC, "d", 1, 2, "pi-1", NOW);
    when(runs.findById(5L)).thenReturn(Optional.of(run));
    assertThat(gradingRuns.boundRun(5L, "pi-1")).isSameAs(run);
    assertThatThrownBy(() -> gradingRuns.boundRun(5L, "pi-2")).isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("分级批次 GRD-2026-0002 属于另一个流程实例");
    assertThatThrownBy(() -> gradingRuns.boundRun(null, "pi-1")).hasMessageContaining("流程缺少分级批次编号");
    assertThatThrownBy(() -> gradingRuns.boundRun(6L, "pi-1")).hasMessageContaining("分级批次不存在：6");
  }

  @Test
  void formAmountsAreNumbersWithTwoDecimals() {
    assertThat(GradingRuns.decimal("600.456", "annualPurchaseAmount")).isEqualByComparingTo("600.46");
    assertThat(GradingRuns.decimal(null, "annualPurchaseAmount")).isNull();
    assertThatThrownBy(() -> GradingRuns.decimal("六百", "annualPurchaseAmount"))
        .isInstanceOfSatisfying(InvalidFieldException.class,
            e -> assertThat(e.field()).isEqualTo("annualPurchaseAmount"))
        .hasMessageContaining("不是数字：六百");
  }
}
