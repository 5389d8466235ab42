package com.crmflow.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The archive's codes and field comparisons. */
class CustomerFieldsTest {

  @Test
  void gradesAreAToDInAnyCase() {
    assertThat(CustomerFields.grade(" a ")).isEqualTo("A");
    assertThat(CustomerFields.grade("E")).isNull();
    assertThat(CustomerFields.grade(" ")).isNull();
  }

  @Test
  void amountsAreTheSameByValue() {
    assertThat(CustomerFields.same(new BigDecimal("1.0"), new BigDecimal("1.00"))).isTrue();
    assertThat(CustomerFields.same("a", "b")).isFalse();
    assertThat(CustomerFields.same(null, null)).isTrue();
  }

  @Test
  void theInputIsNormalizedBeforeItsRulesAreChecked() {
    CustomerInput in = new CustomerInput("  华东建设(集团) ", " 91310000ma1fl0tx0x ", " ", null, " large ", null, " lina ",
        null, " c ", null, null, null, null, null, null, null, null, List.of(new ContactInput(null, " 李四 ", " ", null,
            null)));
    CustomerInput v = in.normalized();
    assertThat(v.name()).isEqualTo("华东建设（集团）");
    assertThat(v.creditCode()).isEqualTo(CreditCode.normalize("91310000ma1fl0tx0x"));
    assertThat(v.address()).isNull();
    assertThat(v.scale()).isEqualTo("large");
    assertThat(v.owner()).isEqualTo("lina");
    assertThat(v.status()).isEqualTo(Customer.STATUS_ACTIVE);
    assertThat(v.grade()).isEqualTo("C");
    assertThat(v.contacts()).containsExactly(new ContactInput(null, "李四", null, null, null));
    assertThat(new CustomerInput("x", null, null, null, null, null, null, "inactive", null, null, null, null, null,
        null, null, null, null, null).normalized().contacts()).isEmpty();
  }

  @Test
  void theChangedFieldsAreNamedNotTheirValues() {
    Customer a = new Customer();
    a.setName("甲");
    a.setAnnualPurchaseAmount(new BigDecimal("5.0"));
    Customer b = new Customer();
    b.setName("乙");
    b.setAnnualPurchaseAmount(new BigDecimal("5"));
    assertThat(CustomerFields.changed(CustomerFields.fields(a), CustomerFields.fields(b))).containsExactly("name");
  }
}
