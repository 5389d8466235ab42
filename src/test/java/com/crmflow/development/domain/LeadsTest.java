package com.crmflow.development.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.process.BusinessRuleException;
import org.junit.jupiter.api.Test;

class LeadsTest {

  final LeadFixture f = new LeadFixture();

  @Test
  void aLeadIsWorkedOnlyByTheInstanceItIsBoundTo() {
    Lead l = f.lead(1L, Lead.CAPTURED);
    assertThat(f.leads.boundTo(1L, "pi-1")).isSameAs(l);
    assertThatThrownBy(() -> f.leads.boundTo(1L, "pi-2")).isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("属于另一个流程实例");
    assertThatThrownBy(() -> f.leads.boundTo(null, "pi-1")).hasMessageContaining("leadId");
    assertThatThrownBy(() -> f.leads.attachProcess(1L, "pi-2")).hasMessageContaining("另一个流程实例");
    l.setProcessInstanceId(null);
    assertThatThrownBy(() -> f.leads.boundTo(1L, "pi-1")).hasMessageContaining("尚未由任何流程实例办理");
    f.leads.attachProcess(1L, "pi-1");
    assertThat(l.getProcessInstanceId()).isEqualTo("pi-1");
  }

  @Test
  void aConvertedOrClosedLeadIsNotWorkedAnyMore() {
    f.lead(2L, Lead.CONVERTED);
    f.lead(3L, Lead.CLOSED);
    assertThatThrownBy(() -> f.leads.open(2L)).hasMessageContaining("已转化为合作客户");
    assertThatThrownBy(() -> f.leads.open(3L)).hasMessageContaining("已关闭");
    assertThat(f.leads.today()).hasToString("2026-12-01");
  }
}
