package com.crmflow.customer.domain;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** 查重: one customer per name and per credit code (names compared in their canonical form). */
@Component
public class CustomerDuplicates {

  private final CustomerRepository customers;

  public CustomerDuplicates(CustomerRepository customers) {
    this.customers = customers;
  }

  /**
   * The customer that already has this name or credit code (other than {@code exceptId}), as a 409 whose message
   * does not identify it. The credit code is checked first.
   */
  public Optional<DuplicateCustomerException> duplicate(String name, String creditCode, Long exceptId) {
    if (creditCode != null) {
      Optional<Customer> same = customers.findByCreditCode(creditCode).filter(x -> !x.getId().equals(exceptId));
      if (same.isPresent()) {
        return Optional.of(new DuplicateCustomerException("creditCode", same.get().getId(),
            "统一社会信用代码 " + creditCode + " 已登记在另一个客户名下"));
      }
    }
    if (name != null) {
      Optional<Customer> same = customers.findByName(name).filter(x -> !x.getId().equals(exceptId));
      if (same.isPresent()) {
        return Optional.of(new DuplicateCustomerException("name", same.get().getId(),
            "客户名称「" + name + "」已存在"));
      }
    }
    return Optional.empty();
  }

  /** Refused with the {@link DuplicateCustomerException} when another customer has the name or credit code. */
  void refuseDuplicate(String name, String creditCode, Long exceptId) {
    duplicate(name, creditCode, exceptId).ifPresent(e -> {
      throw e;
    });
  }
}
