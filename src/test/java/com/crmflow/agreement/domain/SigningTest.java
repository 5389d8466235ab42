package com.crmflow.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import com.crmflow.agreement.domain.Signing.Signature;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SigningTest {

  final AgreementFixture f = new AgreementFixture();
  final Signing signing = new Signing(f.agreements, f.documents, f.credit);

  @BeforeEach
  void signedCopyUploaded() {
    when(f.documentRepository.existsByAgreementIdAndKind(5L, AgreementDocument.SIGNED)).thenReturn(true);
  }

  @Test
  @Verifies("P6.3")
  void theSignatureOfBothRepresentativesPutsTheAgreementInForce() {
    Agreement a = f.agreement(5L, Agreement.APPROVED, "lina");
    signing.sign(5L, new Signature("王总经理", "星河电子 刘董事长", LocalDate.parse("2026-11-24")), "xuhui");
    assertThat(a.getStatus()).isEqualTo(Agreement.IN_FORCE);
    assertThat(a.getOurRepresentative()).isEqualTo("王总经理");
    assertThat(a.getCustomerRepresentative()).isEqualTo("星河电子 刘董事长");
    assertThat(a.getSignedOn()).isEqualTo(LocalDate.parse("2026-11-24"));
    assertThat(a.getSigningRecordedBy()).isEqualTo("xuhui");
    assertThat(f.journal).extracting(AgreementEvent::getKind).containsExactly("SIGNED");
  }

  @Test
  void bothRepresentativesAndAPastSigningDateAreRequired() {
    Agreement a = f.agreement(5L, Agreement.APPROVED, "lina");
    assertThatThrownBy(() -> signing.sign(5L, new Signature("王总经理", " ", LocalDate.parse("2026-11-24")), "xuhui"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("客户方授权代表");
    assertThatThrownBy(() -> signing.sign(5L, new Signature("王总经理", "刘董事长", LocalDate.parse("2026-11-25")), "xuhui"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("不能晚于今天");
    a.setEndDate(LocalDate.parse("2026-11-20"));
    assertThatThrownBy(() -> signing.sign(5L, new Signature("王总经理", "刘董事长", LocalDate.parse("2026-11-21")), "xuhui"))
        .hasMessageContaining("不能晚于合作结束日期");
    assertThat(a.getStatus()).isEqualTo(Agreement.APPROVED);
  }

  @Test
  void onlyAnApprovedAgreementIsSigned() {
    f.agreement(5L, Agreement.DRAFT, "lina");
    assertThatThrownBy(() -> signing.sign(5L, new Signature("王总经理", "刘董事长", LocalDate.parse("2026-11-24")), "xuhui"))
        .hasMessageContaining("状态为「待法务审核」").hasMessageContaining("只能在「待签订」时办理");
    assertThat(f.journal).isEmpty();
  }

  @Test
  @Verifies("P6.3")
  void withoutTheSignedCopyTheSigningIsRefusedNamingIt() {
    Agreement a = f.agreement(6L, Agreement.APPROVED, "lina");
    assertThatThrownBy(() -> signing.sign(6L, new Signature("王总经理", "刘董事长", LocalDate.parse("2026-11-24")), "xuhui"))
        .hasMessageContaining("还没有上传签署版").hasMessageContaining("/api/agreements/AGR-2026-0006/documents");
    assertThat(a.getStatus()).isEqualTo(Agreement.APPROVED);
    assertThat(f.journal).isEmpty();
  }

  @Test
  @Verifies("P3.7")
  void aCreditRatingBelowTheThresholdWithoutRiskMeasuresHoldsTheSignature() {
    Agreement a = f.agreement(5L, Agreement.APPROVED, "lina");
    when(f.credit.signatureHold(a.getCustomerId())).thenReturn(java.util.Optional.of(
        "客户的信用评估 CRE-2026-0001 评定的信用等级为 B，低于要求的等级：须先由客户关系管理部门制定风险控制措施"));
    assertThatThrownBy(() -> signing.sign(5L, new Signature("王总经理", "刘董事长", LocalDate.parse("2026-11-24")), "xuhui"))
        .hasMessageContaining("暂不能签订").hasMessageContaining("风险控制措施");
    assertThat(a.getStatus()).isEqualTo(Agreement.APPROVED);
    assertThat(f.journal).isEmpty();
  }
}
