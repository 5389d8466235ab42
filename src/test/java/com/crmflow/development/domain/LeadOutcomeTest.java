package com.crmflow.development.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.crmflow.development.domain.LeadOutcome.OutcomeInput;
import com.crmflow.platform.audit.AuditLog;
import com.crmflow.testsupport.Verifies;
import org.junit.jupiter.api.Test;

class LeadOutcomeTest {

  final LeadFixture f = new LeadFixture();
  final AuditLog audit = mock(AuditLog.class);
  final LeadOutcome outcome = new LeadOutcome(f.leads, audit);

  @Test
  @Verifies("P5.4")
  void aConvertedLeadIsRecordedAndAudited() {
    Lead l = f.lead(1L, Lead.FOLLOWING_UP);
    assertThat(outcome.decide(1L, new OutcomeInput("convert", null), "xiexin")).isEqualTo("convert");
    assertThat(l.getStatus()).isEqualTo(Lead.CONVERTED);
    assertThat(l.getDecidedBy()).isEqualTo("xiexin");
    assertThat(l.getDecidedAt()).isEqualTo(LeadFixture.NOW);
    verify(audit).record(eq("xiexin"), eq(AuditLog.UPDATE), eq("lead"), eq(1L), contains("转化为合作客户"));
    assertThatThrownBy(() -> outcome.decide(1L, new OutcomeInput("close", "晚了"), "xiexin"))
        .hasMessageContaining("已转化为合作客户");
  }

  @Test
  @Verifies("P5.4")
  void closingNeedsAReasonAndNurturingKeepsTheLeadOpen() {
    Lead l = f.lead(1L, Lead.FOLLOWING_UP);
    assertThatThrownBy(() -> outcome.decide(1L, new OutcomeInput("close", " "), "xiexin"))
        .hasMessageContaining("outcomeReason");
    assertThat(outcome.decide(1L, new OutcomeInput("nurture", null), "xiexin")).isEqualTo("nurture");
    assertThat(l.getStatus()).isEqualTo(Lead.FOLLOWING_UP);
    assertThat(l.getOutcome()).isNull();
    verify(audit, never()).record(anyString(), anyString(), anyString(), eq(1L), anyString());
    outcome.decide(1L, new OutcomeInput("close", "客户无预算"), "xiexin");
    assertThat(l.getStatus()).isEqualTo(Lead.CLOSED);
    assertThat(l.getOutcomeReason()).isEqualTo("客户无预算");
    assertThatThrownBy(() -> outcome.decide(1L, new OutcomeInput("win", null), "xiexin")).hasMessageContaining("outcome");
  }
}
