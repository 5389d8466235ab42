package com.crmflow.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.process.ConflictException;
import com.crmflow.platform.process.InvalidFieldException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.util.ReflectionTestUtils;

/** 建档、修改、合并、查重 without Spring: the field rules, the cross-field rules, what is saved and audited. */
class CustomerArchiveTest {

  static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");
  /** A valid unified social credit code (check character computed). */
  static final String CODE = "91310000MA1FL0TX0" + CreditCode.checkCharacter("91310000MA1FL0TX0");

  CustomerRepository customers = mock(CustomerRepository.class);
  CustomerContactRepository contactRepository = mock(CustomerContactRepository.class);
  OwnerEligibility users = mock(OwnerEligibility.class);
  AuditLog audit = mock(AuditLog.class);
  ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
  CustomerArchive archive = new CustomerArchive(customers, new CustomerContacts(contactRepository),
      new CustomerDuplicates(customers), users, audit, events, Clock.fixed(NOW, ZoneOffset.UTC));
  List<CustomerContact> savedContacts = new ArrayList<>();

  @BeforeEach
  void setUp() {
    when(users.userExists("lina")).thenReturn(true);
    when(users.userExists("luojing")).thenReturn(true);
    when(customers.findByName(anyString())).thenReturn(Optional.empty());
    when(customers.findByCreditCode(anyString())).thenReturn(Optional.empty());
    when(customers.saveAndFlush(any())).thenAnswer(i -> withId(i.getArgument(0), 7L));
    when(contactRepository.save(any())).thenAnswer(i -> {
      savedContacts.add(i.getArgument(0));
      return i.getArgument(0);
    });
  }

  static Customer withId(Customer c, Long id) {
    ReflectionTestUtils.setField(c, "id", id);
    return c;
  }

  static CustomerInput input(String name, String owner, List<ContactInput> contacts) {
    return new CustomerInput(name, null, null, null, null, null, owner, null, null, null, null, null, null, null,
        null, null, null, contacts);
  }

  static CustomerInput with(String component, Object value) {
    CustomerInput base = input("华东建设", "lina", List.of());
    Object[] args = new Object[18];
    var components = CustomerInput.class.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      try {
        args[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(base);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    try {
      return (CustomerInput) CustomerInput.class.getDeclaredConstructors()[0].newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static ContactInput contact(String name, String phone, String email) {
    return new ContactInput(null, name, phone, email, null);
  }

  Customer create(CustomerInput in) {
    return archive.create(in, "wuxia", "api");
  }

  void refused(ThrowingCallable call, String field, String message) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains(message);
    });
  }

  @Test
  void aNewCustomerIsStoredNormalizedWithItsContactsOwnerEventAndAuditEntry() {
    Customer c = archive.create(new CustomerInput(" 华东建设(集团)  ", null, " 上海 ", "制造", "large", null, " lina ",
        null, "b", null, new BigDecimal("600.50"), 12, null, 3, 4, 3, null,
        List.of(new ContactInput(null, " 李四 ", "021-5555 1234", "li@example.com", "采购经理"))), "wuxia", "api");

    assertThat(c.getName()).isEqualTo("华东建设（集团）");
    assertThat(c.getAddress()).isEqualTo("上海");
    assertThat(c.getOwner()).isEqualTo("lina");
    assertThat(c.getStatus()).isEqualTo(Customer.STATUS_ACTIVE);
    assertThat(c.getGrade()).isEqualTo("B");
    assertThat(c.getGradedAt()).isEqualTo(NOW);
    assertThat(c.getCreatedAt()).isEqualTo(NOW);
    assertThat(savedContacts).singleElement().satisfies(x -> {
      assertThat(x.getCustomerId()).isEqualTo(7L);
      assertThat(x.getName()).isEqualTo("李四");
    });
    verify(events).publishEvent(new CustomerOwnerChanged(7L, null, "lina", "新建客户", "wuxia"));
    verify(audit).record(eq("wuxia"), eq(AuditLog.CREATE), eq("customer"), eq(7L),
        contains("fields: name, address, industry, scale, owner, status, grade"));
  }

  @Test
  void eachFieldRuleIsRefusedNamingTheFieldInChinese() {
    refused(() -> create(with("name", "  ")), "name", "客户名称不能为空");
    refused(() -> create(with("name", "名".repeat(201))), "name", "客户名称长度或个数必须在 0 到 200 之间");
    refused(() -> create(with("scale", "huge")), "scale", "企业规模取值无效：huge");
    refused(() -> create(with("status", "DELETED")), "status", "客户状态取值无效：DELETED");
    refused(() -> create(with("grade", "E")), "grade", "客户等级取值无效：E");
    refused(() -> create(with("annualPurchaseAmount", new BigDecimal("-1"))), "annualPurchaseAmount",
        "年采购额不能为负数");
    refused(() -> create(with("profitContribution", new BigDecimal("1.005"))), "profitContribution",
        "利润贡献数值超出范围（最多 16 位整数、2 位小数）");
    refused(() -> create(with("purchaseFrequency", -3)), "purchaseFrequency", "采购频率不能小于 0");
    refused(() -> create(with("cooperationYears", 201)), "cooperationYears", "合作年限不能大于 200");
    refused(() -> create(with("growthPotential", 6)), "growthPotential", "发展潜力不能大于 5");
    refused(() -> create(with("marketInfluence", 0)), "marketInfluence", "市场影响力不能小于 1");
    refused(() -> create(with("contacts", Collections.nCopies(21, contact("李四", null, null)))), "contacts",
        "联系人最多 20 位");
    verify(customers, never()).saveAndFlush(any());
  }

  @Test
  void theCrossFieldAndDatabaseRulesAreCheckedAfterTheFieldRules() {
    refused(() -> create(with("creditCode", CODE.substring(0, 17) + "Z")), "creditCode", "不是有效的统一社会信用代码");
    refused(() -> create(with("owner", null)), "owner", "在用客户必须有客户负责人");
    refused(() -> create(with("owner", "ghost")), "owner", "没有这个用户：ghost");
    refused(() -> create(new CustomerInput("华东建设", null, null, null, null, null, "ghost", null, null, null, null,
        null, null, null, 6, null, null, null)), "growthPotential", "发展潜力不能大于 5");
    Customer inactive = create(inactiveWithoutOwner());
    assertThat(inactive.getStatus()).as("an INACTIVE customer may have no owner, any case").isEqualTo("INACTIVE");
  }

  CustomerInput inactiveWithoutOwner() {
    return new CustomerInput("停用客户", null, null, null, null, null, null, " inactive ", null, null, null, null, null,
        null, null, null, null, null);
  }

  @Test
  void aContactIsRefusedNamingItsRowAndField() {
    refused(() -> create(with("contacts", List.of(contact(" ", "13800138000", null)))), "contacts[0].name",
        "第 1 位联系人的联系人姓名不能为空");
    refused(() -> create(with("contacts", List.of(contact("李四", null, null), contact("王五", "call me", null)))),
        "contacts[1].phone", "第 2 位联系人的联系电话不是有效的电话号码");
    refused(() -> create(with("contacts", List.of(contact("李四", "12-34 转#", null)))), "contacts[0].phone",
        "至少 5 位数字");
    refused(() -> create(with("contacts", List.of(contact("李四", null, "li@")))), "contacts[0].email",
        "第 1 位联系人的电子邮箱不是有效的电子邮件地址");
    refused(() -> create(with("contacts", List.of(contact("李四", null, null), contact(" 李四", null, null)))),
        "contacts[1].name", "同一客户的联系人姓名重复");
    refused(() -> create(with("contacts", Collections.singletonList(null))), "contacts[0]", "不能为空");
    refused(() -> create(with("contacts", List.of(new ContactInput(3L, "李四", null, null, null)))),
        "contacts[0].id", "新客户的联系人不能带 id");
  }

  @Test
  void aNameOrCreditCodeOfAnotherCustomerIsAConflictThatDoesNotNameIt() {
    when(customers.findByCreditCode(CODE)).thenReturn(Optional.of(withId(new Customer(), 424242L)));
    assertThatThrownBy(() -> create(with("creditCode", CODE)))
        .isInstanceOfSatisfying(DuplicateCustomerException.class, e -> {
          assertThat(e.field()).isEqualTo("creditCode");
          assertThat(e.existingId()).isEqualTo(424242L);
          assertThat(e.getMessage()).contains("已登记在另一个客户名下").doesNotContain("424242");
        });
    when(customers.findByName("华东建设")).thenReturn(Optional.of(withId(new Customer(), 4L)));
    assertThatThrownBy(() -> create(with("name", "华东建设 ")))
        .isInstanceOfSatisfying(DuplicateCustomerException.class, e -> assertThat(e.field()).isEqualTo("name"));
  }

  Customer stored() {
    Customer c = withId(new Customer(), 7L);
    c.setName("华东建设");
    c.setOwner("lina");
    c.setGrade("C");
    ReflectionTestUtils.setField(c, "rowVersion", 5L);
    when(customers.findById(7L)).thenReturn(Optional.of(c));
    when(customers.findByName("华东建设")).thenReturn(Optional.of(c));
    return c;
  }

  CustomerContact storedContact(long id, String name, String phone) {
    CustomerContact x = new CustomerContact();
    ReflectionTestUtils.setField(x, "id", id);
    x.setCustomerId(7L);
    x.setName(name);
    x.setPhone(phone);
    x.setCreatedAt(NOW.minusSeconds(3600));
    return x;
  }

  @Test
  void anUpdateBasedOnAnOlderVersionIsAConflict() {
    stored();
    assertThatThrownBy(() -> archive.update(7L, 4L, with("industry", "化工"), "lina", "api"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
  }

  @Test
  void anUpdateReplacesFieldsAndContactsAndReportsWhatChanged() {
    Customer c = stored();
    CustomerContact kept = storedContact(11L, "李四", "13800138000");
    CustomerContact removed = storedContact(12L, "王五", null);
    when(contactRepository.findByCustomerIdOrderById(7L)).thenReturn(List.of(kept, removed));

    CustomerChanges changes = archive.update(7L, 5L, with("owner", "luojing").withContacts(List.of(
        new ContactInput(11L, "李四", "13900139000", null, null), contact("赵六", null, null))), "wuxia", "api");

    assertThat(changes.fields()).containsExactly("owner", "grade");
    assertThat(changes.describe()).isEqualTo("fields: owner, grade; contacts +1 ~1 -1");
    assertThat(c.getOwner()).isEqualTo("luojing");
    assertThat(c.getGradedAt()).as("the grade was removed").isEqualTo(NOW);
    assertThat(kept.getPhone()).isEqualTo("13900139000");
    verify(contactRepository).delete(removed);
    verify(events).publishEvent(new CustomerOwnerChanged(7L, "lina", "luojing", "api", "wuxia"));
    verify(audit).record("wuxia", AuditLog.UPDATE, "customer", 7L, "api; fields: owner, grade; contacts +1 ~1 -1");
  }

  @Test
  void aContactIdOfAnotherCustomerIsRefused() {
    stored();
    when(contactRepository.findByCustomerIdOrderById(7L)).thenReturn(List.of());
    refused(() -> archive.update(7L, 5L, with("grade", "C").withContacts(List.of(
        new ContactInput(99L, "李四", null, null, null))), "lina", "api"), "contacts[0].id", "不是该客户的联系人：99");
  }

  @Test
  void anImportMergesContactsByNameAndAnUnchangedCustomerIsNeitherTouchedNorAudited() {
    Customer c = stored();
    CustomerContact li = storedContact(11L, "李四", "13800138000");
    when(contactRepository.findByCustomerIdOrderById(7L)).thenReturn(List.of(li));

    CustomerChanges same = archive.mergeInto(7L, with("grade", "C").withContacts(List.of(
        contact("李四", null, null))), "wuxia", "import line 2");
    assertThat(same.none()).isTrue();
    assertThat(c.getUpdatedAt()).isNull();
    verify(audit, never()).record(anyString(), anyString(), anyString(), any(), anyString());

    CustomerChanges merged = archive.mergeInto(7L, with("grade", "C").withContacts(List.of(
        contact("李四", null, "li@example.com"), contact("王五", null, null))), "wuxia", "import line 3");
    assertThat(merged.describe()).isEqualTo("contacts +1 ~1 -0");
    assertThat(li.getPhone()).as("kept").isEqualTo("13800138000");
    assertThat(li.getEmail()).isEqualTo("li@example.com");
    verify(contactRepository, never()).delete(any());
    verify(audit, times(1)).record("wuxia", AuditLog.UPDATE, "customer", 7L, "import line 3; contacts +1 ~1 -0");
    ArgumentCaptor<CustomerContact> added = ArgumentCaptor.forClass(CustomerContact.class);
    verify(contactRepository, times(1)).save(added.capture());
    assertThat(added.getValue().getName()).isEqualTo("王五");
  }
}
