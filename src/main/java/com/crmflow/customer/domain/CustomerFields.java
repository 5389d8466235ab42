package com.crmflow.customer.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The customer archive's codes and the field-by-field view of a customer that creation, update, merge and the
 * import compare and describe (field names, never values, go to the audit log).
 */
public final class CustomerFields {

  public static final String INACTIVE = "INACTIVE";
  public static final Set<String> SCALES = Set.of("micro", "small", "medium", "large");
  public static final Set<String> STATUSES = Set.of(Customer.STATUS_ACTIVE, INACTIVE);
  public static final Map<String, String> GRADES = Map.of("A", "重要战略客户", "B", "核心客户", "C", "一般客户",
      "D", "潜在客户");
  public static final int MAX_CONTACTS = 20;
  /** The audit log's entity name of a customer. */
  public static final String ENTITY = "customer";

  private CustomerFields() {}

  /**
   * The stored form of a customer name: Unicode NFKC (full-width letters and digits become normal ones), ASCII
   * parentheses as the full-width ones official Chinese names use, whitespace collapsed. So 「华东建设（集团）」 and
   * 「华东建设(集团)」 are the same customer.
   */
  public static String canonicalName(String name) {
    if (name == null) {
      return null;
    }
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).replace('(', '（').replace(')', '）');
    n = n.replaceAll("\\s+", " ").trim();
    return n.isEmpty() ? null : n;
  }

  /** The grade code (A–D) of a grade given in any case, or null when it is none. */
  public static String grade(String g) {
    if (g == null || g.isBlank()) {
      return null;
    }
    String x = g.trim().toUpperCase(Locale.ROOT);
    return GRADES.containsKey(x) ? x : null;
  }

  /** Trimmed; blank as null. */
  static String text(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** The customer's values as stored (for comparisons), keyed by the {@link CustomerInput} component names. */
  public static Map<String, Object> fields(Customer c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.getName());
    m.put("creditCode", c.getCreditCode());
    m.put("address", c.getAddress());
    m.put("industry", c.getIndustry());
    m.put("scale", c.getScale());
    m.put("businessScope", c.getBusinessScope());
    m.put("owner", c.getOwner());
    m.put("status", c.getStatus());
    m.put("grade", c.getGrade());
    m.put("creditRating", c.getCreditRating());
    m.put("annualPurchaseAmount", c.getAnnualPurchaseAmount());
    m.put("purchaseFrequency", c.getPurchaseFrequency());
    m.put("profitContribution", c.getProfitContribution());
    m.put("cooperationYears", c.getCooperationYears());
    m.put("growthPotential", c.getGrowthPotential());
    m.put("marketInfluence", c.getMarketInfluence());
    m.put("nextVisitDate", c.getNextVisitDate());
    return m;
  }

  /** Equal values; amounts compared by value (1.0 = 1.00). */
  public static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  /** Copies every value of the input (not the contacts) onto the customer. */
  static void apply(Customer c, CustomerInput v) {
    c.setName(v.name());
    c.setCreditCode(v.creditCode());
    c.setAddress(v.address());
    c.setIndustry(v.industry());
    c.setScale(v.scale());
    c.setBusinessScope(v.businessScope());
    c.setOwner(v.owner());
    c.setStatus(v.status());
    c.setGrade(v.grade());
    c.setCreditRating(v.creditRating());
    c.setAnnualPurchaseAmount(v.annualPurchaseAmount());
    c.setPurchaseFrequency(v.purchaseFrequency());
    c.setProfitContribution(v.profitContribution());
    c.setCooperationYears(v.cooperationYears());
    c.setGrowthPotential(v.growthPotential());
    c.setMarketInfluence(v.marketInfluence());
    c.setNextVisitDate(v.nextVisitDate());
  }

  /** The names of the fields the input gives a value. */
  static List<String> setFields(CustomerInput v) {
    Customer probe = new Customer();
    apply(probe, v);
    List<String> set = new ArrayList<>();
    fields(probe).forEach((k, value) -> {
      if (value != null) {
        set.add(k);
      }
    });
    return set;
  }

  /** The names of the fields whose values differ between the two views. */
  static List<String> changed(Map<String, Object> before, Map<String, Object> after) {
    List<String> changed = new ArrayList<>();
    before.forEach((k, old) -> {
      if (!same(old, after.get(k))) {
        changed.add(k);
      }
    });
    return changed;
  }
}
