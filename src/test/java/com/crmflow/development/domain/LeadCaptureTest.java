package com.crmflow.development.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerArchive;
import com.crmflow.customer.domain.CustomerDuplicates;
import com.crmflow.customer.domain.CustomerInput;
import com.crmflow.customer.domain.DuplicateCustomerException;
import com.crmflow.customer.owner.OwnerAssignment;
import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.customer.owner.OwnerPicker;
import com.crmflow.platform.process.ConflictException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.testsupport.Verifies;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;

class LeadCaptureTest {

  final LeadFixture f = new LeadFixture();
  final CustomerDuplicates duplicates = mock(CustomerDuplicates.class);
  final CustomerArchive archive = mock(CustomerArchive.class);
  final OwnerAssignment owners = mock(OwnerAssignment.class);
  final OwnerPicker picker = mock(OwnerPicker.class);
  final OwnerEligibility users = mock(OwnerEligibility.class);
  final NumberGenerator numbers = mock(NumberGenerator.class);
  final LeadCapture capture = new LeadCapture(f.leads, duplicates, f.customers, archive, owners, users, numbers);

  @BeforeEach
  void setUp() {
    when(owners.picker()).thenReturn(picker);
    when(picker.pick("D")).thenReturn("fengxue");
    when(numbers.next("LEAD", 6)).thenReturn("LEAD-2026-000042");
    when(users.userExists("zhangwei")).thenReturn(true);
    when(duplicates.duplicate(anyString(), any(), eq(null))).thenReturn(Optional.empty());
    when(archive.create(any(), anyString(), anyString())).thenAnswer(i -> {
      CustomerInput in = i.getArgument(0);
      Customer c = new Customer();
      ReflectionTestUtils.setField(c, "id", 70L);
      c.setName(in.name());
      c.setGrade(in.grade());
      c.setOwner(in.owner());
      return c;
    });
  }

  static LeadInput input(String channel, String referrer, String name) {
    return new LeadInput(channel, referrer, name, null, " 装备制造 ", "medium", "生产线改造", " ");
  }

  @Test
  @Verifies("P5.1")
  void aNewLeadBecomesADCustomerOfTheOwnerThePickerChooses() {
    Lead l = capture.capture(input("employee-referral", " zhangwei ", "星河  电子(苏州)有限公司"), "zhouyan");
    ArgumentCaptor<CustomerInput> created = ArgumentCaptor.forClass(CustomerInput.class);
    verify(archive).create(created.capture(), eq("zhouyan"), eq("客户开发线索 LEAD-2026-000042（员工推荐）"));
    assertThat(created.getValue().grade()).isEqualTo("D");
    assertThat(created.getValue().owner()).isEqualTo("fengxue");
    assertThat(created.getValue().status()).isEqualTo("ACTIVE");
    assertThat(created.getValue().name()).as("canonical name").isEqualTo("星河 电子（苏州）有限公司");
    assertThat(l.getLeadNumber()).isEqualTo("LEAD-2026-000042");
    assertThat(l.getCustomerId()).isEqualTo(70L);
    assertThat(l.getReferrer()).isEqualTo("zhangwei");
    assertThat(l.getOwner()).isEqualTo("fengxue");
    assertThat(l.getStatus()).isEqualTo(Lead.CAPTURED);
    assertThat(l.getIndustry()).isEqualTo("装备制造");
    assertThat(l.getBackground()).isNull();
    assertThat(l.getCapturedAt()).isEqualTo(LeadFixture.NOW).isEqualTo(l.getLastContactAt());
  }

  @Test
  @Verifies("P5.1")
  void aReferrerCountsOnlyForAnEmployeeReferralWhereItIsRequiredAndMustBeAUser() {
    assertThatThrownBy(() -> capture.capture(input("employee-referral", " ", "甲公司"), "zhouyan"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("referrer");
    assertThatThrownBy(() -> capture.capture(input("employee-referral", "nobody", "甲公司"), "zhouyan"))
        .hasMessageContaining("推荐员工不存在：nobody");
    assertThat(capture.capture(input("partner-referral", "zhangwei", "甲公司"), "zhouyan").getReferrer()).isNull();
  }

  @Test
  @Verifies("P5.1")
  void aCompanyAlreadyInTheArchiveIsRefusedNamingItAndNothingIsCreated() {
    Customer existing = new Customer();
    existing.setName("星河电子有限公司");
    when(f.customers.find(9L)).thenReturn(Optional.of(existing));
    when(duplicates.duplicate(eq("星河电子有限公司"), any(), eq(null)))
        .thenReturn(Optional.of(new DuplicateCustomerException("name", 9L, "客户名称已存在")));
    assertThatThrownBy(() -> capture.capture(input("online", null, "星河电子有限公司"), "xiexin"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("「星河电子有限公司」（客户 9，名称相同）");
    verify(archive, never()).create(any(), anyString(), anyString());
    verifyNoInteractions(numbers);
  }

  @Test
  void badFieldsAndABadCreditCodeAreRefusedBeforeAnythingIsLookedUp() {
    assertThatThrownBy(() -> capture.capture(new LeadInput("fair", null, "甲", null, "制造", "medium", "需求", null), "x"))
        .hasMessageContaining("channel");
    assertThatThrownBy(() -> capture.capture(new LeadInput("online", null, "甲", "91350100M000100Y4X", "制造",
        "medium", "需求", null), "x")).hasMessageContaining("creditCode");
    verifyNoInteractions(duplicates);
  }

  // ---------------------------------------------------------------------------------------------- from enquiries

  static LeadCapture.Enquiry enquiry(Long customerId, String company) {
    return new LeadCapture.Enquiry(customerId, company, "客户咨询（CSL-2026-000005）：入驻条件", "CSL-2026-000005");
  }

  @Test
  @Verifies("P5.5")
  void anUnknownEnquirerBecomesANewDCustomerAndALeadFromTheConsultation() {
    LeadCapture.EnquiryLead r = capture.fromEnquiry(enquiry(null, " 新星  科技有限公司 "), "huangfang");
    assertThat(r.created()).isTrue();
    ArgumentCaptor<CustomerInput> created = ArgumentCaptor.forClass(CustomerInput.class);
    verify(archive).create(created.capture(), eq("huangfang"),
        eq("客户开发线索 LEAD-2026-000042（咨询转入，咨询 CSL-2026-000005）"));
    assertThat(created.getValue().grade()).isEqualTo("D");
    assertThat(created.getValue().owner()).isEqualTo("fengxue");
    assertThat(created.getValue().name()).isEqualTo("新星 科技有限公司");
    Lead l = r.lead();
    assertThat(l.getChannel()).isEqualTo(LeadCodes.CONSULTATION);
    assertThat(LeadCodes.label(LeadCodes.CHANNELS, l.getChannel())).isEqualTo("咨询转入");
    assertThat(l.getSourceReference()).isEqualTo("CSL-2026-000005");
    assertThat(l.getCustomerId()).isEqualTo(70L);
    assertThat(l.getOwner()).isEqualTo("fengxue");
    assertThat(l.getIndustry()).isNull();
    assertThat(l.getCapturedBy()).isEqualTo("huangfang");
  }

  @Test
  @Verifies("P5.5")
  void aKnownCustomerIsLinkedNeverDuplicatedAndOwnedByItsOwner() {
    Customer known = new Customer();
    ReflectionTestUtils.setField(known, "id", 9L);
    known.setName("星河电子有限公司");
    known.setOwner("zhangwei");
    when(f.customers.get(9L)).thenReturn(known);
    when(f.leadRepository.findByCustomerIdOrderByIdDesc(9L)).thenReturn(java.util.List.of());
    LeadCapture.EnquiryLead r = capture.fromEnquiry(enquiry(9L, null), "huangfang");
    assertThat(r.created()).isTrue();
    assertThat(r.lead().getCustomerId()).isEqualTo(9L);
    assertThat(r.lead().getOwner()).isEqualTo("zhangwei");
    assertThat(r.lead().getCompanyName()).isEqualTo("星河电子有限公司");
    verify(archive, never()).create(any(), anyString(), anyString());
  }

  @Test
  @Verifies("P5.5")
  void aCompanyOfTheArchiveWithAnOpenLeadGetsNoSecondLead() {
    Customer known = new Customer();
    ReflectionTestUtils.setField(known, "id", 9L);
    known.setName("星河电子有限公司");
    when(f.customers.find(9L)).thenReturn(Optional.of(known));
    when(duplicates.duplicate(eq("星河电子有限公司"), any(), eq(null)))
        .thenReturn(Optional.of(new DuplicateCustomerException("name", 9L, "客户名称已存在")));
    Lead open = f.lead(3L, Lead.FOLLOWING_UP);
    Lead closed = f.lead(2L, Lead.CLOSED);
    when(f.leadRepository.findByCustomerIdOrderByIdDesc(9L)).thenReturn(java.util.List.of(open, closed));
    LeadCapture.EnquiryLead r = capture.fromEnquiry(enquiry(null, "星河电子有限公司"), "huangfang");
    assertThat(r.created()).isFalse();
    assertThat(r.lead()).isSameAs(open);
    verify(archive, never()).create(any(), anyString(), anyString());
    verifyNoInteractions(numbers);
    assertThatThrownBy(() -> capture.fromEnquiry(enquiry(null, " "), "huangfang"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("companyName");
  }
}
