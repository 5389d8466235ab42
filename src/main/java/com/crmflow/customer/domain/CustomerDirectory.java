package com.crmflow.customer.domain;

import com.crmflow.platform.process.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers as other features see them (complaints, projects, visits): look-ups by id, the contacts, the ACTIVE
 * customers page by page. They change nothing: a customer enters the archive only through {@link CustomerArchive}
 * (with owner, grade and audit entry). No access check: that is the caller's business. Changes to the archive go through {@link CustomerArchive},
 * {@link CustomerOwnership} and {@link CustomerGrades}.
 */
@Service
public class CustomerDirectory {

  private final CustomerRepository customers;
  private final CustomerContactRepository contacts;

  public CustomerDirectory(CustomerRepository customers, CustomerContactRepository contacts) {
    this.customers = customers;
    this.contacts = contacts;
  }

  /** The customer, or 404 ({@link NotFoundException}). */
  @Transactional(readOnly = true)
  public Customer get(Long id) {
    return customers.findById(id).orElseThrow(() -> new NotFoundException("找不到客户 " + id));
  }

  /** The customer, if there is one with this id. */
  @Transactional(readOnly = true)
  public Optional<Customer> find(Long id) {
    return customers.findById(id);
  }

  /**
   * The ACTIVE customers whose owner is one of {@code owners} (all ACTIVE customers when {@code owners} is null), by
   * name: the choice offered when staff start work for a customer (e.g. the project intake).
   */
  @Transactional(readOnly = true)
  public List<Customer> activeCustomersOwnedBy(java.util.Collection<String> owners) {
    if (owners == null) {
      return customers.findByStatusOrderByName(Customer.STATUS_ACTIVE);
    }
    return owners.isEmpty() ? List.of() : customers.findByStatusAndOwnerInOrderByName(Customer.STATUS_ACTIVE, owners);
  }

  /** ACTIVE customers without an owner (left by the former project intake, which created customers by name). */
  @Transactional(readOnly = true)
  public List<Customer> activeCustomersWithoutOwner() {
    return customers.findByStatusAndOwnerIsNullOrderById(Customer.STATUS_ACTIVE);
  }

  /** The customer's contacts in the order they were added. */
  @Transactional(readOnly = true)
  public List<CustomerContact> contactsOf(Long customerId) {
    return contacts.findByCustomerIdOrderById(customerId);
  }

  /** Active customers by id, a page at a time (page 0 first). */
  @Transactional(readOnly = true)
  public List<Customer> activeCustomers(int page, int size) {
    return customers.findByStatusOrderById(Customer.STATUS_ACTIVE, PageRequest.of(page, size));
  }

  /** The next ACTIVE customers after the given id (keyset paging; null for the first page). */
  @Transactional(readOnly = true)
  public List<Customer> activeCustomersAfter(Long afterId, int size) {
    return customers.findByStatusAndIdGreaterThanOrderById(Customer.STATUS_ACTIVE, afterId == null ? 0L : afterId,
        PageRequest.of(0, size));
  }

  /**
   * The first {@code max} ACTIVE customers (by id) that pass {@code filter}, read a page at a time — e.g. the
   * customers a start form offers to the logged-in user.
   */
  @Transactional(readOnly = true)
  public List<Customer> activeCustomersWhere(Predicate<Customer> filter, int max) {
    List<Customer> found = new ArrayList<>();
    Long after = null;
    while (found.size() < max) {
      List<Customer> page = activeCustomersAfter(after, WALK_PAGE);
      if (page.isEmpty()) {
        break;
      }
      page.stream().filter(filter).limit(max - found.size()).forEach(found::add);
      after = page.get(page.size() - 1).getId();
    }
    return found;
  }

  private static final int WALK_PAGE = 200;

  /** A contact's birthday (SPEC P8 birthday wishes), with the customer it belongs to. */
  public record ContactBirthday(Long contactId, Long customerId, String contactName, java.time.LocalDate birthday) {}

  /** Every contact with a recorded birthday (decrypted here: the column is encrypted, so not searchable by date). */
  @Transactional(readOnly = true)
  public List<ContactBirthday> contactBirthdays() {
    return contacts.findByBirthdayIsNotNullOrderById().stream()
        .map(c -> new ContactBirthday(c.getId(), c.getCustomerId(), c.getName(), c.getBirthday())).toList();
  }

  /** One contact of the customer, if it exists. */
  @Transactional(readOnly = true)
  public Optional<CustomerContact> contact(Long customerId, Long contactId) {
    return contacts.findById(contactId).filter(c -> c.getCustomerId().equals(customerId));
  }

  /**
   * The number of active customers per grade (A, B, C, D, and "" for not yet graded), of the given owners or, when
   * empty, of all; every grade is listed, also at 0.
   */
  @Transactional(readOnly = true)
  public Map<String, Long> activeCountByGrade(Optional<? extends Collection<String>> owners) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String g : List.of("A", "B", "C", "D", "")) {
      counts.put(g, 0L);
    }
    List<Object[]> rows = owners.isPresent()
        ? (owners.get().isEmpty() ? List.of() : customers.countByGradeOwnedBy(Customer.STATUS_ACTIVE, owners.get()))
        : customers.countByGrade(Customer.STATUS_ACTIVE);
    for (Object[] row : rows) {
      counts.merge(row[0] == null ? "" : (String) row[0], ((Number) row[1]).longValue(), Long::sum);
    }
    return counts;
  }
}
