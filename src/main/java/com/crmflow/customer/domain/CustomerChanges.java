package com.crmflow.customer.domain;

import java.util.ArrayList;
import java.util.List;

/** What an update changed (field names, never values). Empty: nothing. */
public record CustomerChanges(List<String> fields, int contactsAdded, int contactsChanged, int contactsRemoved) {

  public boolean none() {
    return fields.isEmpty() && contactsAdded == 0 && contactsChanged == 0 && contactsRemoved == 0;
  }

  public String describe() {
    if (none()) {
      return "unchanged";
    }
    List<String> parts = new ArrayList<>();
    if (!fields.isEmpty()) {
      parts.add("fields: " + String.join(", ", fields));
    }
    if (contactsAdded + contactsChanged + contactsRemoved > 0) {
      parts.add("contacts +" + contactsAdded + " ~" + contactsChanged + " -" + contactsRemoved);
    }
    return String.join("; ", parts);
  }
}
