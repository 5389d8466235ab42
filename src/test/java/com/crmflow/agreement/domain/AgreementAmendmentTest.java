package com.crmflow.agreement.domain;

import static com.crmflow.agreement.domain.AgreementFixture.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import com.crmflow.agreement.domain.Signing.Signature;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgreementAmendmentTest {

  final AgreementFixture f = new AgreementFixture();
  final AgreementAmendment amendment = new AgreementAmendment(f.agreements, f.repository);

  @Test
  @Verifies("P6.5")
  void anAmendmentIsANewVersionInDraftThatSupersedesTheOldOneOnceSigned() {
    Agreement old = f.agreement(5L, Agreement.IN_FORCE, "lina");
    Agreement v2 = amendment.amend(5L, input(7L, "2027-01-01", "2028-12-31"), "xuhui");
    assertThat(v2.getAgreementNumber()).isEqualTo("AGR-2026-0005-V2");
    assertThat(v2.getVersion()).isEqualTo(2);
    assertThat(v2.getPreviousAgreementId()).isEqualTo(5L);
    assertThat(v2.getStatus()).isEqualTo(Agreement.DRAFT);
    assertThat(v2.getDraftedBy()).isEqualTo("xuhui");
    assertThat(v2.getEndDate()).isEqualTo(LocalDate.parse("2028-12-31"));
    assertThat(old.getStatus()).as("in force until the amendment is signed").isEqualTo(Agreement.IN_FORCE);

    v2.setStatus(Agreement.APPROVED);
    when(f.repository.findById(99L)).thenReturn(java.util.Optional.of(v2));
    when(f.documentRepository.existsByAgreementIdAndKind(99L, AgreementDocument.SIGNED)).thenReturn(true);
    new Signing(f.agreements, f.documents, f.credit).sign(99L, new Signature("王总经理", "刘董事长", LocalDate.parse("2026-11-24")), "qianyu");
    assertThat(old.getStatus()).isEqualTo(Agreement.SUPERSEDED);
    assertThat(old.getEndDate()).as("kept as it was").isEqualTo(LocalDate.parse("2027-12-31"));
    assertThat(f.journal).extracting(AgreementEvent::getKind)
        .containsExactly("AMENDMENT_DRAFTED", "DRAFTED", "SIGNED", "SUPERSEDED");
  }

  @Test
  void onlyAnAgreementInForceWithoutAnOpenAmendmentIsAmendedForTheSameCustomer() {
    f.agreement(5L, Agreement.DRAFT, "lina");
    assertThatThrownBy(() -> amendment.amend(5L, input(7L, "2027-01-01", "2027-12-31"), "lina"))
        .hasMessageContaining("只能在「已生效」时办理");
    f.agreement(6L, Agreement.IN_FORCE, "lina");
    assertThatThrownBy(() -> amendment.amend(6L, input(8L, "2027-01-01", "2027-12-31"), "lina"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("不能更换客户");
    when(f.repository.existsByPreviousAgreementIdAndStatusIn(eq(6L), any())).thenReturn(true);
    assertThatThrownBy(() -> amendment.amend(6L, input(7L, "2027-01-01", "2027-12-31"), "lina"))
        .hasMessageContaining("已有办理中的变更");
    assertThat(f.journal).isEmpty();
  }
}
