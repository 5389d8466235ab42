package com.crmflow.testsupport.it;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import java.time.Instant;

/**
 * Customers of the archive for the tests that start work for one (the project intake picks an existing customer:
 * 003 §2 one archive).
 */
public final class ArchiveCustomers {

  private ArchiveCustomers() {}

  /**
   * The id, as the start form's select sends it, of the customer with this name — created ACTIVE with this owner and
   * grade B when it is not on file yet.
   */
  public static String id(CustomerRepository customers, String name, String owner) {
    Customer c = customers.findByName(name).orElseGet(() -> {
      Customer created = new Customer();
      created.setName(name);
      created.setOwner(owner);
      created.setGrade("B");
      created.setCreatedAt(Instant.now());
      return customers.save(created);
    });
    return String.valueOf(c.getId());
  }
}
