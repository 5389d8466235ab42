package com.crmflow.development.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.development.domain.LeadVisitPlanning.Attendee;
import com.crmflow.development.domain.LeadVisitPlanning.Confirmation;
import com.crmflow.development.domain.LeadVisitPlanning.VisitPlanInput;
import com.crmflow.development.domain.LeadVisitPlanning.VisitRecordInput;
import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadVisitPlanningTest {

  final LeadFixture f = new LeadFixture();
  final LeadVisitPlanning planning = new LeadVisitPlanning(f.leads);

  static VisitPlanInput plan(String date) {
    return new VisitPlanInput("介绍产品", LocalDate.parse(date), "14:30",
        List.of(new Attendee("谢鑫", "主谈"), new Attendee("陈刚", "技术讲解")), "产品演示", null);
  }

  @Test
  @Verifies("P5.2")
  void aPlanConfirmedByTheCustomerIsVisitedAndTheIntentionAssessed() {
    Lead l = f.lead(1L, Lead.CAPTURED);
    LeadVisit v = planning.plan(1L, plan("2026-12-08"), "xiexin");
    assertThat(v.getAttendees()).isEqualTo("谢鑫：主谈\n陈刚：技术讲解");
    assertThat(v.getStatus()).isEqualTo(LeadVisit.PLANNED);
    assertThat(l.getStatus()).isEqualTo(Lead.VISIT_PLANNED);
    assertThat(planning.confirm(1L, new Confirmation(true, null), "xiexin")).isTrue();
    assertThat(v.getStatus()).isEqualTo(LeadVisit.CONFIRMED);
    assertThat(l.getLastContactAt()).isEqualTo(LeadFixture.NOW);
    planning.record(1L, new VisitRecordInput(LocalDate.parse("2026-12-01"), "沟通记录", "总结", "some", "发报价"),
        "xiexin");
    assertThat(v.getStatus()).isEqualTo(LeadVisit.DONE);
    assertThat(l.getIntention()).isEqualTo("some");
    assertThat(l.getNextStep()).isEqualTo("发报价");
    assertThat(l.getStatus()).isEqualTo(Lead.VISITED);
  }

  @Test
  @Verifies("P5.2")
  void aPlanNotConfirmedNeedsTheReasonAndIsPlannedAgain() {
    Lead l = f.lead(1L, Lead.CAPTURED);
    LeadVisit v = planning.plan(1L, plan("2026-12-08"), "xiexin");
    assertThatThrownBy(() -> planning.confirm(1L, new Confirmation(false, " "), "xiexin"))
        .hasMessageContaining("confirmationNote");
    assertThat(planning.confirm(1L, new Confirmation(false, "客户出差"), "xiexin")).isFalse();
    assertThat(v.getStatus()).isEqualTo(LeadVisit.NOT_CONFIRMED);
    assertThat(l.getStatus()).isEqualTo(Lead.CAPTURED);
    assertThatThrownBy(() -> planning.record(1L, new VisitRecordInput(LocalDate.parse("2026-12-01"), "记录", "总结",
        "some", "下一步"), "xiexin")).hasMessageContaining("没有已确认的拜访计划");
  }

  @Test
  void pastDatesFutureVisitsAndMissingAttendeesAreRefused() {
    f.lead(1L, Lead.CAPTURED);
    assertThatThrownBy(() -> planning.plan(1L, plan("2026-11-30"), "xiexin")).hasMessageContaining("plannedDate");
    assertThatThrownBy(() -> planning.plan(1L, new VisitPlanInput("目的", LocalDate.parse("2026-12-08"), null,
        List.of(), "内容", null), "xiexin")).hasMessageContaining("attendees");
    planning.plan(1L, plan("2026-12-08"), "xiexin");
    planning.confirm(1L, new Confirmation(true, null), "xiexin");
    assertThatThrownBy(() -> planning.record(1L, new VisitRecordInput(LocalDate.parse("2026-12-02"), "记录", "总结",
        "strong", "下一步"), "xiexin")).hasMessageContaining("visitedOn");
    assertThatThrownBy(() -> planning.record(1L, new VisitRecordInput(LocalDate.parse("2026-12-01"), "记录", "总结",
        "maybe", "下一步"), "xiexin")).hasMessageContaining("intention");
  }
}
