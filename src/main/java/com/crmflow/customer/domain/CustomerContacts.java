package com.crmflow.customer.domain;

import com.crmflow.platform.process.InvalidFieldException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Writes a customer's contacts (already validated): added with a new customer, replaced by an update (contacts not
 * listed are removed) or merged by name by the import (a listed contact is added or its non-empty details updated,
 * the others stay). Each returns {added, changed, removed}.
 */
@Component
public class CustomerContacts {

  private final CustomerContactRepository contacts;

  public CustomerContacts(CustomerContactRepository contacts) {
    this.contacts = contacts;
  }

  /** The contacts of a new customer: none may carry an id. */
  int[] add(Long customerId, List<ContactInput> wanted, Instant now) {
    for (int i = 0; i < wanted.size(); i++) {
      if (wanted.get(i).id() != null) {
        throw new InvalidFieldException("contacts[" + i + "].id", "新客户的联系人不能带 id");
      }
    }
    wanted.forEach(ci -> contacts.save(contact(new CustomerContact(), customerId, ci, now)));
    return new int[] {wanted.size(), 0, 0};
  }

  int[] replace(Long customerId, List<ContactInput> wanted, Instant now) {
    Map<Long, CustomerContact> existing = new LinkedHashMap<>();
    contacts.findByCustomerIdOrderById(customerId).forEach(x -> existing.put(x.getId(), x));
    int added = 0;
    int changed = 0;
    for (int i = 0; i < wanted.size(); i++) {
      ContactInput ci = wanted.get(i);
      if (ci.id() == null) {
        contacts.save(contact(new CustomerContact(), customerId, ci, now));
        added++;
        continue;
      }
      CustomerContact x = existing.remove(ci.id());
      if (x == null) {
        throw new InvalidFieldException("contacts[" + i + "].id", "不是该客户的联系人：" + ci.id());
      }
      if (!same(x, ci)) {
        contact(x, customerId, ci, now);
        changed++;
      }
    }
    existing.values().forEach(contacts::delete);
    return new int[] {added, changed, existing.size()};
  }

  int[] merge(Long customerId, List<ContactInput> wanted, Instant now) {
    List<CustomerContact> existing = contacts.findByCustomerIdOrderById(customerId);
    int added = 0;
    int changed = 0;
    for (ContactInput ci : wanted) {
      Optional<CustomerContact> match = existing.stream().filter(x -> x.getName().equals(ci.name())).findFirst();
      if (match.isEmpty()) {
        if (existing.size() + added >= CustomerFields.MAX_CONTACTS) {
          throw new InvalidFieldException("contacts", "每个客户最多 " + CustomerFields.MAX_CONTACTS + " 位联系人");
        }
        contacts.save(contact(new CustomerContact(), customerId, ci, now));
        added++;
        continue;
      }
      CustomerContact x = match.get();
      ContactInput merged = new ContactInput(x.getId(), ci.name(), ci.phone() != null ? ci.phone() : x.getPhone(),
          ci.email() != null ? ci.email() : x.getEmail(), ci.position() != null ? ci.position() : x.getPosition(),
          ci.birthday() != null ? ci.birthday() : x.getBirthday());
      if (!same(x, merged)) {
        contact(x, customerId, merged, now);
        changed++;
      }
    }
    return new int[] {added, changed, 0};
  }

  private static boolean same(CustomerContact x, ContactInput ci) {
    return Objects.equals(x.getName(), ci.name()) && Objects.equals(x.getPhone(), ci.phone())
        && Objects.equals(x.getEmail(), ci.email()) && Objects.equals(x.getPosition(), ci.position())
        && Objects.equals(x.getBirthday(), ci.birthday());
  }

  private static CustomerContact contact(CustomerContact x, Long customerId, ContactInput ci, Instant now) {
    x.setCustomerId(customerId);
    x.setName(ci.name());
    x.setPhone(ci.phone());
    x.setEmail(ci.email());
    x.setPosition(ci.position());
    x.setBirthday(ci.birthday());
    if (x.getCreatedAt() == null) {
      x.setCreatedAt(now);
    } else {
      x.setUpdatedAt(now);
    }
    return x;
  }
}
