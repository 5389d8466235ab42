package com.crmflow.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementsTest {

  final AgreementFixture f = new AgreementFixture();

  @Test
  void anAgreementIsChangedOnlyByTheInstanceItIsBoundTo() {
    Agreement a = f.agreement(5L, Agreement.DRAFT, "lina");
    assertThat(f.agreements.boundTo(5L, "pi-5")).isSameAs(a);
    assertThatThrownBy(() -> f.agreements.boundTo(5L, "pi-other")).hasMessageContaining("属于另一个流程实例");
    assertThatThrownBy(() -> f.agreements.attachProcess(5L, "pi-other")).hasMessageContaining("已由另一个流程实例办理");
    a.setProcessInstanceId(null);
    assertThatThrownBy(() -> f.agreements.boundTo(5L, "pi-5")).hasMessageContaining("尚未由任何流程实例办理");
    f.agreements.attachProcess(5L, "pi-new");
    assertThat(a.getProcessInstanceId()).isEqualTo("pi-new");
    assertThatThrownBy(() -> f.agreements.boundTo(null, "pi-5")).hasMessageContaining("agreementId");
  }

  @Test
  @Verifies("P6.3")
  void theCustomerArchiveListsNumberStatusAndTerm() {
    Agreement a = f.agreement(5L, Agreement.IN_FORCE, "lina");
    when(f.repository.findByCustomerIdOrderByStartDateDescIdDesc(7L)).thenReturn(List.of(a));
    assertThat(f.agreements.ofCustomer(7L)).containsExactly(new Agreements.AgreementSummary("AGR-2026-0005",
        "2027 年度招商合作协议", "IN_FORCE", LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-31")));
    assertThat(Agreements.status("IN_FORCE")).isEqualTo("已生效");
  }
}
