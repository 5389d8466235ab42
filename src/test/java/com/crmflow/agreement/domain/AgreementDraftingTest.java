package com.crmflow.agreement.domain;

import static com.crmflow.agreement.domain.AgreementFixture.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AgreementDraftingTest {

  final AgreementFixture f = new AgreementFixture();
  final NumberGenerator numbers = mock(NumberGenerator.class);
  final AgreementDrafting drafting = new AgreementDrafting(f.agreements, f.repository, numbers, f.credit);

  @BeforeEach
  void setUp() {
    when(numbers.next("AGR", 4)).thenReturn("AGR-2026-0001");
  }

  @Test
  @Verifies("P6.1")
  void aDraftIsSavedInDraftWithItsNumberAndTheDrafter() {
    f.customer(7L, Customer.STATUS_ACTIVE);
    Agreement a = drafting.draft(input(7L, "2027-01-01", "2027-12-31"), "lina");
    assertThat(a.getAgreementNumber()).isEqualTo("AGR-2026-0001");
    assertThat(a.getStatus()).isEqualTo(Agreement.DRAFT);
    assertThat(a.getDraftedBy()).isEqualTo("lina");
    assertThat(a.getCustomerId()).isEqualTo(7L);
    assertThat(a.getRightsObligations()).isEqualTo("甲方提供场地，乙方按期入驻");
    assertThat(a.getPaymentTerms()).isEqualTo("按季度银行转账");
    assertThat(a.getBreachLiability()).contains("违约金");
    assertThat(a.getEndDate()).isEqualTo(LocalDate.parse("2027-12-31"));
    assertThat(a.getCreatedAt()).isEqualTo(f.clock.instant());
    assertThat(f.journal).extracting(AgreementEvent::getKind).containsExactly("DRAFTED");
    assertThat(f.journal.get(0).getNote()).contains("星河电子").contains("2027-01-01 至 2027-12-31");
    // P3.7: the draft asks finance for the customer's credit evaluation
    org.mockito.Mockito.verify(f.credit).agreementDrafted(7L, f.agreements.today(), "lina");
  }

  @Test
  @Verifies("P6.1")
  void everyTermIsRequiredAndNamedInChinese() {
    AgreementInput missing = new AgreementInput(7L, "协议", "甲乙双方", " ", "内容", LocalDate.parse("2027-01-01"),
        LocalDate.parse("2027-12-31"), null, "违约责任");
    assertThatThrownBy(() -> drafting.draft(missing, "lina")).isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("双方权利和义务").hasMessageContaining("费用支付方式");
    assertThatThrownBy(() -> drafting.draft(new AgreementInput(7L, "协".repeat(201), "甲乙双方", "权利", "内容",
        LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-31"), "转账", "违约"), "lina"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("协议名称");
    verify(f.repository, never()).saveAndFlush(any());
  }

  @Test
  void theCustomerMustBeAnActiveCustomerOfTheArchive() {
    assertThatThrownBy(() -> drafting.draft(input(8L, "2027-01-01", "2027-12-31"), "lina"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("客户编号 8 不存在");
    f.customer(9L, "INACTIVE");
    assertThatThrownBy(() -> drafting.draft(input(9L, "2027-01-01", "2027-12-31"), "lina"))
        .hasMessageContaining("不是活跃客户");
    verify(f.repository, never()).saveAndFlush(any());
  }

  @Test
  void theTermEndsAfterItStartsAndHasNotEndedYet() {
    f.customer(7L, Customer.STATUS_ACTIVE);
    assertThatThrownBy(() -> drafting.draft(input(7L, "2027-12-31", "2027-01-01"), "lina"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("不能早于合作开始日期");
    assertThatThrownBy(() -> drafting.draft(input(7L, "2025-01-01", "2026-11-23"), "lina"))
        .hasMessageContaining("合作期限已于 2026-11-23 结束");
    assertThat(drafting.draft(input(7L, "2026-11-24", "2026-11-24"), "lina").getStatus()).isEqualTo(Agreement.DRAFT);
  }

  @Test
  void nobodyDraftsWithoutLogin() {
    f.customer(7L, Customer.STATUS_ACTIVE);
    assertThatThrownBy(() -> drafting.draft(input(7L, "2027-01-01", "2027-12-31"), null))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("未登录");
  }

  @Test
  @Verifies("P6.2")
  void theDrafterRevisesAfterAChangeRequestAndTheAgreementGoesBackToReview() {
    Agreement a = f.agreement(5L, Agreement.CHANGES_REQUESTED, "lina");
    AgreementInput revised = new AgreementInput(7L, "2027 年度招商合作协议（修订）", "甲乙双方", "权利义务（修订）", "内容",
        LocalDate.parse("2027-01-01"), LocalDate.parse("2027-06-30"), "按月转账", "违约金上限为合同总额 20%");
    drafting.revise(5L, revised, "lina");
    assertThat(a.getStatus()).isEqualTo(Agreement.DRAFT);
    assertThat(a.getTitle()).endsWith("（修订）");
    assertThat(a.getEndDate()).isEqualTo(LocalDate.parse("2027-06-30"));
    assertThat(f.journal).extracting(AgreementEvent::getKind).containsExactly("REVISED");
  }

  @Test
  void onlyTheDrafterRevisesOnlyAfterAChangeRequestAndNeverForAnotherCustomer() {
    f.agreement(5L, Agreement.CHANGES_REQUESTED, "lina");
    assertThatThrownBy(() -> drafting.revise(5L, input(7L, "2027-01-01", "2027-12-31"), "zhangwei"))
        .hasMessageContaining("只有起草人 lina 可以修改");
    assertThatThrownBy(() -> drafting.revise(5L, input(8L, "2027-01-01", "2027-12-31"), "lina"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("不能更换客户");
    f.agreement(6L, Agreement.IN_FORCE, "lina");
    assertThatThrownBy(() -> drafting.revise(6L, input(7L, "2027-01-01", "2027-12-31"), "lina"))
        .hasMessageContaining("状态为「已生效」").hasMessageContaining("只能在「待修改」时办理");
    assertThat(f.journal).isEmpty();
  }
}
