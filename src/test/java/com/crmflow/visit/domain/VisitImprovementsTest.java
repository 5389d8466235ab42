package com.crmflow.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.visit.domain.VisitImprovements.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class VisitImprovementsTest {

  final VisitFixture f = new VisitFixture();
  final VisitImprovements improvements = new VisitImprovements(f.visits, f.improvementRepository);
  Visit visit;
  VisitImprovement item;

  @BeforeEach
  void setUp() {
    VisitFixture.at("2026-06-03T15:00");
    visit = f.visit(4L, 7L, Visit.DONE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1));
    visit.setProcessInstanceId("pi-1");
    item = item(11L, "设备接口文档不全");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private VisitImprovement item(long id, String issue) {
    VisitImprovement i = new VisitImprovement();
    ReflectionTestUtils.setField(i, "id", id);
    i.setVisitId(4L);
    i.setDepartment("技术部");
    i.setIssue(issue);
    i.setStatus(VisitImprovement.OPEN);
    when(f.improvementRepository.findById(id)).thenReturn(Optional.of(i));
    return i;
  }

  @Test
  void theDepartmentsAnswerClosesTheItem() {
    improvements.complete(11L, new Outcome("RESOLVED", " 已补充接口文档 "), "chengang");
    assertThat(item.getStatus()).isEqualTo("RESOLVED");
    assertThat(item.getResult()).isEqualTo("已补充接口文档");
    assertThat(item.getHandledBy()).isEqualTo("chengang");
    assertThat(item.getHandledAt()).isEqualTo(Visits.now());
    assertThat(f.kinds()).containsExactly("IMPROVEMENT");
    assertThat(f.lastNote()).isEqualTo("技术部：已解决（设备接口文档不全）");

    assertThatThrownBy(() -> improvements.complete(11L, new Outcome("REJECTED", "不采纳"), "chengang"))
        .isInstanceOf(BusinessRuleException.class).hasMessage("改进事项 11 已处理");
  }

  @Test
  void theOutcomeAndResultAreRequired() {
    assertThatThrownBy(() -> improvements.complete(11L, new Outcome("RESOLVED", " "), "chengang"))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
          assertThat(e.field()).isEqualTo("improvementResult");
          assertThat(e.getMessage()).isEqualTo("improvementResult：改进措施与结果不能为空");
        });
    assertThatThrownBy(() -> improvements.complete(11L, new Outcome("DONE", "好了"), "chengang"))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
          assertThat(e.field()).isEqualTo("improvementOutcome");
          assertThat(e.getMessage()).isEqualTo("improvementOutcome：处理结果取值无效：DONE（可选：[RESOLVED, PLANNED, REJECTED]）");
        });
    assertThat(item.getStatus()).isEqualTo(VisitImprovement.OPEN);
  }

  @Test
  void theJournalAbbreviatesALongIssue() {
    item(12L, "问".repeat(80));
    improvements.complete(12L, new Outcome("PLANNED", "纳入下季度计划"), "chengang");
    assertThat(f.lastNote()).isEqualTo("技术部：已纳入改进计划（" + "问".repeat(59) + "…）");
  }

  @Test
  void anItemIsWorkedOnOnlyByTheInstanceOfItsVisit() {
    assertThat(improvements.boundImprovement(11L, "pi-1")).isSameAs(item);
    assertThatThrownBy(() -> improvements.boundImprovement(11L, "pi-2")).hasMessageContaining("属于另一个流程实例");
    assertThatThrownBy(() -> improvements.boundImprovement(null, "pi-1")).hasMessage("流程缺少改进事项编号（improvementId）");
    assertThatThrownBy(() -> improvements.improvement(99L)).hasMessage("改进事项不存在：99");
  }

  @Test
  void theItemsOfAVisitAreListedInOrder() {
    VisitImprovement second = item(12L, "对账单格式");
    when(f.improvementRepository.findByVisitIdOrderById(4L)).thenReturn(List.of(item, second));
    assertThat(improvements.improvementIds(4L)).containsExactly(11L, 12L);
    assertThat(improvements.improvementsOf(4L)).containsExactly(item, second);
  }
}
