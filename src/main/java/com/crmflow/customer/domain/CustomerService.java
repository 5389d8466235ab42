package com.crmflow.customer.domain;

import com.crmflow.customer.owner.OwnerEligibility;
import java.math.BigDecimal;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.ConflictException;
import com.crmflow.platform.process.NotFoundException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer archive (客户档案): creating and changing customers with their contacts, duplicate detection, owner
 * and grade changes. Every change is written to the {@link AuditLog} in the same transaction. Access control is
 * the caller's business ({@link com.crmflow.customer.access.CustomerAccess}); this service checks the data.
 */
@Service
public class CustomerService {

  public static final Set<String> SCALES = Set.of("micro", "small", "medium", "large");
  public static final Set<String> STATUSES = Set.of(Customer.STATUS_ACTIVE, "INACTIVE");
  public static final Map<String, String> GRADES = Map.of("A", "重要战略客户", "B", "核心客户", "C", "一般客户",
      "D", "潜在客户");
  public static final int MAX_CONTACTS = 20;
  public static final String ENTITY = "customer";

  static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  static final Pattern PHONE = Pattern.compile("^[0-9+()\\- 转#]{5,40}$");

  /** A contact in a create or update: {@code id} names an existing contact of the customer, null adds one. */
  public record ContactInput(Long id, String name, String phone, String email, String position) {}

  /** Everything a client may set on a customer. */
  public record CustomerInput(String name, String creditCode, String address, String industry, String scale,
      String businessScope, String owner, String status, String grade, String creditRating,
      BigDecimal annualPurchaseAmount, Integer purchaseFrequency, BigDecimal profitContribution,
      Integer cooperationYears, Integer growthPotential, Integer marketInfluence, LocalDate nextVisitDate,
      List<ContactInput> contacts) {}

  /**
   * 409: the name or credit code belongs to another customer. The message names neither that customer nor its id:
   * whether the caller may be pointed to it is the API's decision (customer.api.DuplicateAnswer).
   */
  public static class DuplicateCustomerException extends ConflictException {
    private final String field;
    private final Long existingId;

    public DuplicateCustomerException(String field, Long existingId, String message) {
      super(message);
      this.field = field;
      this.existingId = existingId;
    }

    public String field() {
      return field;
    }

    public Long existingId() {
      return existingId;
    }
  }

  private final CustomerRepository customers;
  private final CustomerContactRepository contacts;
  private final AuditLog audit;
  private final IdentityService identityService;
  private final ApplicationEventPublisher events;
  private final OwnerChangeRepository ownerChanges;
  private final OwnerEligibility eligibility;
  private final Clock clock;

  public CustomerService(CustomerRepository customers, CustomerContactRepository contacts, AuditLog audit,
      IdentityService identityService, ApplicationEventPublisher events, OwnerChangeRepository ownerChanges,
      OwnerEligibility eligibility, Clock clock) {
    this.clock = clock;
    this.ownerChanges = ownerChanges;
    this.eligibility = eligibility;
    this.customers = customers;
    this.contacts = contacts;
    this.audit = audit;
    this.identityService = identityService;
    this.events = events;
  }

  // ------------------------------------------------------------------ public API for other features

  /** The customer, or 404 ({@link NotFoundException}). No access check. */
  @Transactional(readOnly = true)
  public Customer get(Long id) {
    return customers.findById(id).orElseThrow(() -> new NotFoundException("找不到客户 " + id));
  }

  /** The customer, if there is one with this id. No access check. */
  @Transactional(readOnly = true)
  public Optional<Customer> find(Long id) {
    return customers.findById(id);
  }

  /**
   * The customer of this exact name, or a new one with just the name and industry (a requirement registered for a
   * customer not yet on file). No access check, no audit entry.
   */
  @Transactional
  public Customer findOrCreateByName(String name, String industry, Instant createdAt) {
    return customers.findByName(name).orElseGet(() -> {
      Customer c = new Customer();
      c.setName(name);
      c.setIndustry(industry);
      c.setCreatedAt(createdAt);
      return customers.save(c);
    });
  }

  /**
   * Makes {@code newOwner} the customer's owner — the only way an owner changes after creation — and records who
   * changed it, when and why (owner history, audit entry, {@link CustomerOwnerChanged}). Refused (400 naming the
   * field) when the new owner is empty, no user, or not a member of a group that may own a customer of the
   * customer's grade (processes/owner-eligibility.dmn), or when no reason is given. The same owner again changes
   * nothing and returns null.
   */
  @Transactional
  public OwnerChange changeOwner(Long id, String newOwner, String reason, String actor) {
    Customer c = get(id);
    String owner = newOwner == null ? null : newOwner.trim();
    if (owner == null || owner.isEmpty()) {
      throw new InvalidFieldException("owner", "客户必须有一名责任人");
    }
    if (!eligibility.userExists(owner)) {
      throw new InvalidFieldException("owner", "用户「" + owner + "」不存在");
    }
    if (!eligibility.isEligible(owner, c.getGrade())) {
      throw new InvalidFieldException("owner", "用户「" + owner + "」不能担任" + OwnerEligibility.gradeLabel(c.getGrade())
          + "的责任人（可担任的组：" + String.join("、", eligibility.groups(c.getGrade())) + "）");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldException("reason", "请说明变更责任人的原因");
    }
    if (owner.equals(c.getOwner())) {
      return null;
    }
    String previous = c.getOwner();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    OwnerChange change = ownerChanges.save(new OwnerChange(c.getId(), previous, owner, c.getGrade(),
        truncate(reason.trim(), 500), actor == null ? "system" : actor, now));
    c.setOwner(owner);
    c.setUpdatedAt(now);
    events.publishEvent(new CustomerOwnerChanged(id, previous, owner, reason, actor));
    audit.record(actor, AuditLog.OWNER_CHANGE, ENTITY, id, "owner " + previous + " → " + owner
        + "; reason: " + truncate(reason.trim(), 500));
    return change;
  }

  /** Sets the grade (A–D) and graded_at. */
  @Transactional
  public void applyGrade(Long id, String grade, String actor) {
    Customer c = get(id);
    String g = grade(grade);
    if (g == null) {
      throw new InvalidFieldException("grade", "必须是 A、B、C 或 D");
    }
    String previous = c.getGrade();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    c.setGrade(g);
    c.setGradedAt(now);
    c.setUpdatedAt(now);
    if (!g.equals(previous)) {
      events.publishEvent(new CustomerGradeChanged(id, previous, g, actor));
    }
    audit.record(actor, AuditLog.GRADE_CHANGE, ENTITY, id, "grade " + previous + " → " + g);
  }

  /** Active customers by id, a page at a time (page 0 first). */
  @Transactional(readOnly = true)
  public List<Customer> activeCustomers(int page, int size) {
    return customers.findByStatusOrderById(Customer.STATUS_ACTIVE, PageRequest.of(page, size));
  }

  /** Replaces the grading indicators that {@code update} names (a null value keeps the current one). */
  @Transactional
  public Indicators updateIndicators(Long id, Indicators update, String actor) {
    Customer c = get(id);
    Indicators merged = Indicators.of(c).updatedBy(update);
    check(merged.annualPurchaseAmount(), "annualPurchaseAmount", "年度采购额不能为负数");
    check(merged.purchaseFrequency(), "purchaseFrequency", "采购频率不能为负数");
    check(merged.cooperationYears(), "cooperationYears", "合作年限不能为负数");
    range(merged.growthPotential(), "growthPotential", "发展潜力");
    range(merged.marketInfluence(), "marketInfluence", "市场影响力");
    c.setAnnualPurchaseAmount(merged.annualPurchaseAmount());
    c.setPurchaseFrequency(merged.purchaseFrequency());
    c.setProfitContribution(merged.profitContribution());
    c.setCooperationYears(merged.cooperationYears());
    c.setGrowthPotential(merged.growthPotential());
    c.setMarketInfluence(merged.marketInfluence());
    c.setUpdatedAt(ClockUtil.getCurrentTime().toInstant());
    return merged;
  }

  /** The next ACTIVE customers after the given id (keyset paging; null for the first page). */
  @Transactional(readOnly = true)
  public List<Customer> activeCustomersAfter(Long afterId, int size) {
    return customers.findByStatusAndIdGreaterThanOrderById(Customer.STATUS_ACTIVE, afterId == null ? 0L : afterId,
        PageRequest.of(0, size));
  }

  @Transactional(readOnly = true)
  public List<OwnerChange> ownerHistory(Long customerId) {
    return ownerChanges.findByCustomerIdOrderById(customerId);
  }

  private static void check(BigDecimal v, String field, String message) {
    if (v != null && v.signum() < 0) {
      throw new InvalidFieldException(field, message);
    }
  }

  private static void check(Integer v, String field, String message) {
    if (v != null && v < 0) {
      throw new InvalidFieldException(field, message);
    }
  }

  private static void range(Integer v, String field, String name) {
    if (v != null && (v < 1 || v > 5)) {
      throw new InvalidFieldException(field, name + "应在 1 到 5 之间：" + v);
    }
  }

  @Transactional(readOnly = true)
  public List<CustomerContact> contactsOf(Long customerId) {
    return contacts.findByCustomerIdOrderById(customerId);
  }

  // ------------------------------------------------------------------ create and update

  /** A new customer; 400 naming the field for bad data, 409 for a duplicate name or credit code. */
  @Transactional
  public Customer create(CustomerInput in, String actor, String how) {
    CustomerInput v = validate(in);
    duplicate(v.name(), v.creditCode(), null).ifPresent(e -> {
      throw e;
    });
    Customer c = new Customer();
    Instant now = clock.instant();
    c.setCreatedAt(now);
    c.setUpdatedAt(now);
    apply(c, v);
    if (v.grade() != null) {
      c.setGradedAt(now);
    }
    customers.saveAndFlush(c);
    int i = 0;
    for (ContactInput ci : v.contacts()) {
      if (ci.id() != null) {
        throw new InvalidFieldException("contacts[" + i + "].id", "新客户的联系人不能带 id");
      }
      contacts.save(contact(new CustomerContact(), c.getId(), ci, now));
      i++;
    }
    if (c.getOwner() != null) {
      events.publishEvent(new CustomerOwnerChanged(c.getId(), null, c.getOwner(), "新建客户", actor));
    }
    audit.record(actor, AuditLog.CREATE, ENTITY, c.getId(), how + "; owner " + c.getOwner() + "; fields: "
        + String.join(", ", setFields(v)) + (v.contacts().isEmpty() ? "" : "; contacts +" + v.contacts().size()));
    return c;
  }

  /** What an update changed (field names, never values). Empty: nothing. */
  public record Changes(List<String> fields, int contactsAdded, int contactsChanged, int contactsRemoved) {
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

  /**
   * Replaces the customer's data and contacts (contacts not listed are removed). {@code expectedVersion} is the
   * row_version the client read: another change in between → 409.
   */
  @Transactional
  public Changes update(Long id, long expectedVersion, CustomerInput in, String actor, String how) {
    Customer c = get(id);
    if (c.getRowVersion() != expectedVersion) {
      throw new ConflictException("客户 " + id + " 已被他人修改（当前版本 " + c.getRowVersion() + "，请求基于版本 "
          + expectedVersion + "）：请重新读取后再修改");
    }
    CustomerInput v = validate(in);
    duplicate(v.name(), v.creditCode(), id).ifPresent(e -> {
      throw e;
    });
    return change(c, v, true, actor, how);
  }

  /**
   * Import: the (already merged) input applied to an existing customer; contacts are merged by name, never
   * removed. Returns what changed (nothing: no write, no audit entry).
   */
  @Transactional
  public Changes mergeInto(Long id, CustomerInput in, String actor, String how) {
    Customer c = get(id);
    CustomerInput v = validate(in);
    duplicate(v.name(), v.creditCode(), id).ifPresent(e -> {
      throw e;
    });
    return change(c, v, false, actor, how);
  }

  /**
   * Applies a validated input: with {@code replaceContacts} the contact list is replaced, else contacts are
   * merged by name (import: a listed contact is added or its non-empty details updated, others stay).
   */
  Changes change(Customer c, CustomerInput v, boolean replaceContacts, String actor, String how) {
    Map<String, Object> before = fields(c);
    String previousOwner = c.getOwner();
    String previousGrade = c.getGrade();
    apply(c, v);
    Map<String, Object> after = fields(c);
    List<String> changed = new ArrayList<>();
    before.forEach((k, old) -> {
      if (!same(old, after.get(k))) {
        changed.add(k);
      }
    });
    Instant now = clock.instant();
    int[] counts = replaceContacts ? replaceContacts(c.getId(), v.contacts(), now) : mergeContacts(c.getId(),
        v.contacts(), now);
    Changes changes = new Changes(changed, counts[0], counts[1], counts[2]);
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
      audit.record(actor, AuditLog.UPDATE, ENTITY, c.getId(), how + "; " + changes.describe());
    }
    return changes;
  }

  private int[] replaceContacts(Long customerId, List<ContactInput> wanted, Instant now) {
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
      if (!sameContact(x, ci)) {
        contact(x, customerId, ci, now);
        changed++;
      }
    }
    existing.values().forEach(contacts::delete);
    return new int[] {added, changed, existing.size()};
  }

  private int[] mergeContacts(Long customerId, List<ContactInput> wanted, Instant now) {
    List<CustomerContact> existing = contacts.findByCustomerIdOrderById(customerId);
    int added = 0;
    int changed = 0;
    for (ContactInput ci : wanted) {
      Optional<CustomerContact> match = existing.stream().filter(x -> x.getName().equals(ci.name())).findFirst();
      if (match.isEmpty()) {
        if (existing.size() + added >= MAX_CONTACTS) {
          throw new InvalidFieldException("contacts", "每个客户最多 " + MAX_CONTACTS + " 位联系人");
        }
        contacts.save(contact(new CustomerContact(), customerId, ci, now));
        added++;
        continue;
      }
      CustomerContact x = match.get();
      ContactInput merged = new ContactInput(x.getId(), ci.name(), ci.phone() != null ? ci.phone() : x.getPhone(),
          ci.email() != null ? ci.email() : x.getEmail(), ci.position() != null ? ci.position() : x.getPosition());
      if (!sameContact(x, merged)) {
        contact(x, customerId, merged, now);
        changed++;
      }
    }
    return new int[] {added, changed, 0};
  }

  private static boolean sameContact(CustomerContact x, ContactInput ci) {
    return Objects.equals(x.getName(), ci.name()) && Objects.equals(x.getPhone(), ci.phone())
        && Objects.equals(x.getEmail(), ci.email()) && Objects.equals(x.getPosition(), ci.position());
  }

  private static CustomerContact contact(CustomerContact x, Long customerId, ContactInput ci, Instant now) {
    x.setCustomerId(customerId);
    x.setName(ci.name());
    x.setPhone(ci.phone());
    x.setEmail(ci.email());
    x.setPosition(ci.position());
    if (x.getCreatedAt() == null) {
      x.setCreatedAt(now);
    } else {
      x.setUpdatedAt(now);
    }
    return x;
  }

  private static void apply(Customer c, CustomerInput v) {
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

  /** The input's values as stored (for comparisons): same keys as {@link #fields(Customer)}. */
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

  static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  private static List<String> setFields(CustomerInput v) {
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

  // ------------------------------------------------------------------ duplicates

  /**
   * The customer that already has this name or credit code (other than {@code exceptId}), as a 409 whose message
   * does not identify it.
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

  // ------------------------------------------------------------------ validation

  /** The input trimmed and normalized, or 400 naming the first bad field. */
  public CustomerInput validate(CustomerInput in) {
    String name = canonicalName(in.name());
    if (name == null) {
      throw new InvalidFieldException("name", "客户名称不能为空");
    }
    max("name", name, 200);
    String creditCode = CreditCode.normalize(in.creditCode());
    if (creditCode != null) {
      String problem = CreditCode.problem(creditCode);
      if (problem != null) {
        throw new InvalidFieldException("creditCode", "不是有效的统一社会信用代码：" + problem);
      }
    }
    String address = text("address", in.address(), 500);
    String industry = text("industry", in.industry(), 100);
    String scale = text("scale", in.scale(), 20);
    if (scale != null && !SCALES.contains(scale)) {
      throw new InvalidFieldException("scale", "必须是 micro、small、medium 或 large：" + scale);
    }
    String businessScope = text("businessScope", in.businessScope(), 2000);
    String status = text("status", in.status(), 20);
    status = status == null ? Customer.STATUS_ACTIVE : status.toUpperCase(java.util.Locale.ROOT);
    if (!STATUSES.contains(status)) {
      throw new InvalidFieldException("status", "必须是 ACTIVE 或 INACTIVE：" + in.status());
    }
    String owner = text("owner", in.owner(), 64);
    if (owner == null && Customer.STATUS_ACTIVE.equals(status)) {
      throw new InvalidFieldException("owner", "在用客户必须有客户负责人");
    }
    if (owner != null) {
      requireUser("owner", owner);
    }
    String grade = text("grade", in.grade(), 1);
    if (in.grade() != null && !in.grade().isBlank() && grade(in.grade()) == null) {
      throw new InvalidFieldException("grade", "必须是 A、B、C 或 D：" + in.grade());
    }
    grade = grade(grade);
    String creditRating = text("creditRating", in.creditRating(), 10);
    amount("annualPurchaseAmount", in.annualPurchaseAmount());
    amount("profitContribution", in.profitContribution());
    range("purchaseFrequency", in.purchaseFrequency(), 0, 1_000_000);
    range("cooperationYears", in.cooperationYears(), 0, 200);
    range("growthPotential", in.growthPotential(), 1, 5);
    range("marketInfluence", in.marketInfluence(), 1, 5);
    List<ContactInput> contactInputs = in.contacts() == null ? List.of() : in.contacts();
    if (contactInputs.size() > MAX_CONTACTS) {
      throw new InvalidFieldException("contacts", "每个客户最多 " + MAX_CONTACTS + " 位联系人");
    }
    List<ContactInput> validContacts = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < contactInputs.size(); i++) {
      ContactInput ci = contactInputs.get(i);
      String p = "contacts[" + i + "].";
      if (ci == null) {
        throw new InvalidFieldException("contacts[" + i + "]", "不能为空");
      }
      String cn = text(p + "name", ci.name(), 100);
      if (cn == null) {
        throw new InvalidFieldException(p + "name", "联系人姓名不能为空");
      }
      if (names.put(cn, i) != null) {
        throw new InvalidFieldException(p + "name", "同一客户的联系人姓名重复");
      }
      String phone = text(p + "phone", ci.phone(), 40);
      if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 5)) {
        throw new InvalidFieldException(p + "phone", "不是有效的电话号码（数字、空格、+ - ( ) 转 #，至少 5 位数字）");
      }
      String email = text(p + "email", ci.email(), 200);
      if (email != null && !EMAIL.matcher(email).matches()) {
        throw new InvalidFieldException(p + "email", "不是有效的电子邮件地址");
      }
      String position = text(p + "position", ci.position(), 100);
      validContacts.add(new ContactInput(ci.id(), cn, phone, email, position));
    }
    return new CustomerInput(name, creditCode, address, industry, scale, businessScope, owner, status, grade,
        creditRating, in.annualPurchaseAmount(), in.purchaseFrequency(), in.profitContribution(),
        in.cooperationYears(), in.growthPotential(), in.marketInfluence(), in.nextVisitDate(), validContacts);
  }

  static String grade(String g) {
    if (g == null || g.isBlank()) {
      return null;
    }
    String x = g.trim().toUpperCase(java.util.Locale.ROOT);
    return GRADES.containsKey(x) ? x : null;
  }

  private String requireUser(String field, String userId) {
    if (userId == null || userId.isBlank()) {
      throw new InvalidFieldException(field, "不能为空");
    }
    long n = Engine.asSystem(identityService, () -> identityService.createUserQuery().userId(userId.trim()).count());
    if (n == 0) {
      throw new InvalidFieldException(field, "没有这个用户：" + userId.trim());
    }
    return userId.trim();
  }

  private static String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    max(field, v, max);
    return v;
  }

  private static void max(String field, String value, int max) {
    if (value.length() > max) {
      throw new InvalidFieldException(field, "不能超过 " + max + " 个字符（当前 " + value.length() + " 个）");
    }
  }

  private static void amount(String field, BigDecimal value) {
    if (value == null) {
      return;
    }
    if (value.signum() < 0) {
      throw new InvalidFieldException(field, "不能为负数");
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw new InvalidFieldException(field, "最多两位小数（单位：万元）");
    }
    if (value.precision() - value.scale() > 16) {
      throw new InvalidFieldException(field, "数值过大");
    }
  }

  private static void range(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new InvalidFieldException(field, "必须在 " + min + " 到 " + max + " 之间：" + value);
    }
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
