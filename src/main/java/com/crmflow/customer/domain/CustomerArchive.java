package com.crmflow.customer.domain;

import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.process.ConflictException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.validation.Inputs;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 客户档案 — 建档、修改、合并: creating a customer with its contacts, changing it (API: every field and the contact
 * list; import: merged into the existing customer), each refused for bad data (400 naming the field) or a duplicate
 * name or credit code (409). Every change is written to the {@link AuditLog} in the same transaction; an owner set
 * or changed here is published as {@link CustomerOwnerChanged}. Access control is the caller's business
 * ({@link com.crmflow.customer.access.CustomerAccess}).
 */
@Service
public class CustomerArchive {

  private final CustomerRepository customers;
  private final CustomerContacts contacts;
  private final CustomerDuplicates duplicates;
  private final OwnerEligibility users;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  public CustomerArchive(CustomerRepository customers, CustomerContacts contacts, CustomerDuplicates duplicates,
      OwnerEligibility users, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
    this.customers = customers;
    this.contacts = contacts;
    this.duplicates = duplicates;
    this.users = users;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** A new customer; 400 naming the field for bad data, 409 for a duplicate name or credit code. */
  @Transactional
  public Customer create(CustomerInput in, String actor, String how) {
    CustomerInput v = validate(in);
    duplicates.refuseDuplicate(v.name(), v.creditCode(), null);
    Customer c = new Customer();
    Instant now = clock.instant();
    c.setCreatedAt(now);
    c.setUpdatedAt(now);
    CustomerFields.apply(c, v);
    if (v.grade() != null) {
      c.setGradedAt(now);
    }
    customers.saveAndFlush(c);
    contacts.add(c.getId(), v.contacts(), now);
    if (c.getOwner() != null) {
      events.publishEvent(new CustomerOwnerChanged(c.getId(), null, c.getOwner(), "新建客户", actor));
    }
    audit.record(actor, AuditLog.CREATE, CustomerFields.ENTITY, c.getId(), how + "; owner " + c.getOwner()
        + "; fields: " + String.join(", ", CustomerFields.setFields(v))
        + (v.contacts().isEmpty() ? "" : "; contacts +" + v.contacts().size()));
    return c;
  }

  /**
   * Replaces the customer's data and contacts (contacts not listed are removed). {@code expectedVersion} is the
   * row_version the client read: another change in between → 409.
   */
  @Transactional
  public CustomerChanges update(Long id, long expectedVersion, CustomerInput in, String actor, String how) {
    Customer c = get(id);
    if (c.getRowVersion() != expectedVersion) {
      throw new ConflictException("客户 " + id + " 已被他人修改（当前版本 " + c.getRowVersion() + "，请求基于版本 "
          + expectedVersion + "）：请重新读取后再修改");
    }
    CustomerInput v = validate(in);
    duplicates.refuseDuplicate(v.name(), v.creditCode(), id);
    return change(c, v, true, actor, how);
  }

  /**
   * Import: the (already merged) input applied to an existing customer; contacts are merged by name, never
   * removed. Returns what changed (nothing: no write, no audit entry).
   */
  @Transactional
  public CustomerChanges mergeInto(Long id, CustomerInput in, String actor, String how) {
    Customer c = get(id);
    CustomerInput v = validate(in);
    duplicates.refuseDuplicate(v.name(), v.creditCode(), id);
    return change(c, v, false, actor, how);
  }

  /**
   * The input normalized ({@link CustomerInput#normalized()}) when every rule holds, else 400 naming the first bad
   * field: the rules declared on {@link CustomerInput} and {@link ContactInput} ({@code contacts[i].…} for a
   * contact's), then a valid credit code, an owner for an ACTIVE customer who is a user, contact names unique.
   */
  public CustomerInput validate(CustomerInput in) {
    CustomerInput v = Inputs.valid(in.normalized());
    if (v.creditCode() != null) {
      String problem = CreditCode.problem(v.creditCode());
      if (problem != null) {
        throw new InvalidFieldException("creditCode", "不是有效的统一社会信用代码：" + problem);
      }
    }
    if (v.owner() == null && Customer.STATUS_ACTIVE.equals(v.status())) {
      throw new InvalidFieldException("owner", "在用客户必须有客户负责人");
    }
    if (v.owner() != null && !users.userExists(v.owner())) {
      throw new InvalidFieldException("owner", "没有这个用户：" + v.owner());
    }
    Map<String, Integer> names = new HashMap<>();
    List<ContactInput> list = new ArrayList<>();
    for (int i = 0; i < v.contacts().size(); i++) {
      ContactInput ci = v.contacts().get(i);
      String row = "contacts[" + i + "]";
      if (ci == null) {
        throw new InvalidFieldException(row, "不能为空");
      }
      try {
        Inputs.valid(ci);
      } catch (InvalidFieldException e) {
        String message = e.getMessage().substring(e.field().length() + 1);
        throw new InvalidFieldException(row + "." + e.field(), "第 " + (i + 1) + " 位联系人的" + message);
      }
      if (names.put(ci.name(), i) != null) {
        throw new InvalidFieldException(row + ".name", "同一客户的联系人姓名重复");
      }
      list.add(ci);
    }
    return v.withContacts(List.copyOf(list));
  }

  /**
   * Applies a validated input: with {@code replaceContacts} the contact list is replaced, else contacts are
   * merged by name.
   */
  private CustomerChanges change(Customer c, CustomerInput v, boolean replaceContacts, String actor, String how) {
    Map<String, Object> before = CustomerFields.fields(c);
    String previousOwner = c.getOwner();
    String previousGrade = c.getGrade();
    CustomerFields.apply(c, v);
    List<String> changed = CustomerFields.changed(before, CustomerFields.fields(c));
    Instant now = clock.instant();
    int[] counts = replaceContacts ? contacts.replace(c.getId(), v.contacts(), now)
        : contacts.merge(c.getId(), v.contacts(), now);
    CustomerChanges changes = new CustomerChanges(changed, counts[0], counts[1], counts[2]);
    if (!changes.none()) {
      c.setUpdatedAt(now); // also bumps row_version when only contacts changed
    }
    if (!Objects.equals(previousGrade, c.getGrade())) {
      c.setGradedAt(now);
    }
    if (!Objects.equals(previousOwner, c.getOwner())) {
      events.publishEvent(new CustomerOwnerChanged(c.getId(), previousOwner, c.getOwner(), how, actor));
    }
    if (!changes.none()) {
      audit.record(actor, AuditLog.UPDATE, CustomerFields.ENTITY, c.getId(), how + "; " + changes.describe());
    }
    return changes;
  }

  private Customer get(Long id) {
    return customers.findById(id).orElseThrow(() -> new NotFoundException("找不到客户 " + id));
  }
}
