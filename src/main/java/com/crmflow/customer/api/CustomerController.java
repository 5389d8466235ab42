package com.crmflow.customer.api;

import com.crmflow.customer.credit.CreditArchiveView;
import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.customer.api.CustomerViews.CustomerSummary;
import com.crmflow.customer.api.CustomerViews.CustomerView;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.customer.domain.ContactInput;
import com.crmflow.customer.domain.CustomerArchive;
import com.crmflow.customer.domain.CustomerDuplicates;
import com.crmflow.customer.domain.CustomerFields;
import com.crmflow.customer.domain.CustomerInput;
import com.crmflow.customer.domain.DuplicateCustomerException;
import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.web.Paging;
import com.crmflow.platform.web.ApiExceptionHandler.ForbiddenException;
import com.crmflow.platform.process.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer archive (客户档案): create, read, update, search. Every read and change is audited. A customer the
 * caller may not see is answered 404 as if it did not exist; callers who may not change customers at all get 403
 * on every change, and auditors may read but not change.
 */
@RestController
@RequestMapping("/api/customers")
public class CustomerController {

  static final int MAX_PAGE_SIZE = 100;

  private final CustomerArchive archive;
  private final CustomerDuplicates duplicateCheck;
  private final CustomerRepository customers;
  private final CustomerViews views;
  private final CustomerAccess access;
  private final AuditLog audit;
  private final DuplicateAnswer duplicates;
  private final CreditArchiveView credit;

  public CustomerController(CustomerArchive archive, CustomerDuplicates duplicateCheck, CustomerRepository customers,
      CustomerViews views, CustomerAccess access, AuditLog audit, DuplicateAnswer duplicates,
      CreditArchiveView credit) {
    this.duplicates = duplicates;
    this.credit = credit;
    this.archive = archive;
    this.duplicateCheck = duplicateCheck;
    this.customers = customers;
    this.views = views;
    this.access = access;
    this.audit = audit;
  }

  /** {@code birthday}: optional, yyyy-MM-dd, a real date not in the future (stored encrypted). */
  public record ContactRequest(Long id, String name, String phone, String email, String position, String birthday) {}

  /** A contact's birthday as sent: empty is none; anything but a real yyyy-MM-dd date is refused naming the field. */
  static LocalDate birthday(String text, int index) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new com.crmflow.platform.process.InvalidFieldException("contacts[" + index + "].birthday",
          "不是有效的日期（yyyy-MM-dd）：" + text);
    }
  }

  /**
   * Create and update (PUT replaces every field; {@code owner}/{@code grade} omitted = unchanged on update). Only the
   * JSON shape: the rules are those of {@link CustomerInput} and {@link ContactInput}, checked by the archive.
   */
  public record CustomerRequest(String name, String creditCode, String address, String industry, String scale,
      String businessScope, String owner, String status, String grade, String creditRating,
      BigDecimal annualPurchaseAmount, Integer purchaseFrequency, BigDecimal profitContribution,
      Integer cooperationYears, Integer growthPotential, Integer marketInfluence, LocalDate nextVisitDate,
      List<ContactRequest> contacts, Long rowVersion) {

    CustomerInput input(String owner, String grade) {
      return new CustomerInput(name, creditCode, address, industry, scale, businessScope, owner, status, grade,
          creditRating, annualPurchaseAmount, purchaseFrequency, profitContribution, cooperationYears, growthPotential,
          marketInfluence, nextVisitDate, contacts == null ? List.of() : java.util.stream.IntStream
              .range(0, contacts.size()).mapToObj(i -> {
                ContactRequest c = contacts.get(i);
                return c == null ? null : new ContactInput(c.id(), c.name(), c.phone(), c.email(), c.position(),
                    birthday(c.birthday(), i));
              }).toList());
    }
  }

  public record CustomerPage(List<CustomerSummary> items, int page, int size, long total) {}

  @PostMapping
  public ResponseEntity<CustomerView> create(@RequestBody CustomerRequest r) {
    String me = audit.currentActor();
    if (!access.mayCreate()) {
      audit.record(AuditLog.DENIED, CustomerFields.ENTITY, null, "create refused: not allowed to record customers");
      throw new ForbiddenException("您无权新建客户");
    }
    String owner = blank(r.owner()) ? null : r.owner().trim();
    boolean manager = access.mayAssignOwnerAndGrade();
    if (owner == null && !manager) {
      owner = me; // an account manager's new customer is their own
    } else if (owner != null && !owner.equals(me) && !manager) {
      audit.record(AuditLog.DENIED, CustomerFields.ENTITY, null, "create refused: owner " + owner);
      throw new ForbiddenException("owner：只有客户关系管理部门或高层管理团队可以指定其他客户负责人");
    }
    if (!blank(r.grade()) && !manager) {
      audit.record(AuditLog.DENIED, CustomerFields.ENTITY, null, "create refused: grade");
      throw new ForbiddenException("grade：客户等级由客户分级评定，只有客户关系管理部门或高层管理团队可以指定");
    }
    Customer c;
    try {
      c = archive.create(r.input(owner, r.grade()), me, "api");
    } catch (DataIntegrityViolationException race) {
      // a concurrent request stored the same name or credit code first
      throw duplicateAfterRace(r, null, race);
    }
    return ResponseEntity.created(URI.create("/api/customers/" + c.getId())).body(views.view(c.getId()));
  }

  @GetMapping("/{id}")
  public CustomerView get(@PathVariable Long id) {
    Customer c = readable(id);
    CustomerView view = views.view(c.getId()).withCreditEvaluation(credit.currentFor(c).orElse(null));
    audit.record(AuditLog.READ, CustomerFields.ENTITY, id, "customer with " + view.contacts().size()
        + " contact(s) and history" + (access.canSee(c) ? "" : "; read only through a read grant"));
    return view;
  }

  @PutMapping("/{id}")
  public CustomerView update(@PathVariable Long id, @RequestBody CustomerRequest r) {
    String me = audit.currentActor();
    if (!access.mayChangeAny()) {
      audit.record(AuditLog.DENIED, CustomerFields.ENTITY, id, "update refused: not allowed to change customers");
      throw new ForbiddenException("您无权修改客户档案");
    }
    Customer c = visible(id, "update");
    if (!access.canChange(c)) {
      audit.record(AuditLog.DENIED, CustomerFields.ENTITY, id, "update refused: read-only access");
      throw new ForbiddenException("您只能查看该客户档案，不能修改");
    }
    if (r.rowVersion() == null) {
      throw new InvalidFieldException("rowVersion", "必须填写读取客户时的 rowVersion（防止覆盖他人的修改）");
    }
    String owner = blank(r.owner()) ? c.getOwner() : r.owner().trim();
    String grade = blank(r.grade()) ? c.getGrade() : r.grade().trim().toUpperCase(Locale.ROOT);
    boolean manager = access.mayAssignOwnerAndGrade();
    if (!Objects.equals(owner, c.getOwner()) && !manager) {
      audit.record(AuditLog.DENIED, CustomerFields.ENTITY, id, "update refused: owner change");
      throw new ForbiddenException("owner：只有客户关系管理部门或高层管理团队可以更换客户负责人");
    }
    if (!Objects.equals(grade, c.getGrade()) && !manager) {
      audit.record(AuditLog.DENIED, CustomerFields.ENTITY, id, "update refused: grade change");
      throw new ForbiddenException("grade：客户等级由客户分级评定，只有客户关系管理部门或高层管理团队可以更改");
    }
    try {
      archive.update(id, r.rowVersion(), r.input(owner, grade), me, "api");
    } catch (DataIntegrityViolationException race) {
      throw duplicateAfterRace(r, id, race);
    }
    return views.view(id);
  }

  /** Customers the caller may see, filtered: name contains, grade, owner, status, industry; page from 0. */
  @GetMapping
  public CustomerPage search(@RequestParam(required = false) String name,
      @RequestParam(required = false) String grade, @RequestParam(required = false) String owner,
      @RequestParam(required = false) String status, @RequestParam(required = false) String industry,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size, MAX_PAGE_SIZE);
    String g = blank(grade) ? null : grade.trim().toUpperCase(Locale.ROOT);
    if (g != null && !CustomerFields.GRADES.containsKey(g)) {
      throw new InvalidFieldException("grade", "必须是 A、B、C 或 D：" + grade);
    }
    String st = blank(status) ? null : status.trim().toUpperCase(Locale.ROOT);
    if (st != null && !CustomerFields.STATUSES.contains(st)) {
      throw new InvalidFieldException("status", "必须是 ACTIVE 或 INACTIVE：" + status);
    }
    String n = blank(name) ? null : CustomerFields.canonicalName(name);
    String o = blank(owner) ? null : owner.trim();
    String ind = blank(industry) ? null : industry.trim();
    Optional<Set<String>> owners = access.visibleOwners();
    Specification<Customer> spec = (root, query, cb) -> {
      List<Predicate> p = new ArrayList<>();
      if (n != null) {
        p.add(cb.like(cb.lower(root.get("name")), "%" + escape(n.toLowerCase(Locale.ROOT)) + "%", '\\'));
      }
      if (g != null) {
        p.add(cb.equal(root.get("grade"), g));
      }
      if (o != null) {
        p.add(cb.equal(root.get("owner"), o));
      }
      if (st != null) {
        p.add(cb.equal(root.get("status"), st));
      }
      if (ind != null) {
        p.add(cb.equal(root.get("industry"), ind));
      }
      owners.ifPresent(visible -> p.add(visible.isEmpty() ? cb.disjunction() : root.get("owner").in(visible)));
      return cb.and(p.toArray(Predicate[]::new));
    };
    Page<Customer> result = customers.findAll(spec, PageRequest.of(page, size, Sort.by("id")));
    Map<String, String> filter = new LinkedHashMap<>();
    filter.put("name", n);
    filter.put("grade", g);
    filter.put("owner", o);
    filter.put("status", st);
    filter.put("industry", ind);
    audit.record(AuditLog.SEARCH, CustomerFields.ENTITY, null, "filter " + filter.entrySet().stream()
        .filter(e -> e.getValue() != null).map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", ", "{", "}")) + "; page " + page + "; results " + result.getContent().stream()
        .map(c -> c.getId().toString()).collect(Collectors.joining(",", "[", "]")));
    return new CustomerPage(result.getContent().stream().map(CustomerViews::summary).toList(), page, size,
        result.getTotalElements());
  }

  /**
   * The customer if the caller may read its archive ({@link CustomerAccess#canRead}: who sees it, and read only
   * finance for a customer under credit evaluation); else 404 (and an audit entry when it exists).
   */
  private Customer readable(Long id) {
    Customer c = customers.findById(id).orElseThrow(() -> new NotFoundException("找不到客户 " + id));
    if (!access.canRead(c)) {
      audit.record(AuditLog.DENIED, CustomerFields.ENTITY, id, "read refused: no access");
      throw new NotFoundException("找不到客户 " + id);
    }
    return c;
  }

  /** The customer if the caller may see it; else 404 (and an audit entry when it exists). */
  private Customer visible(Long id, String what) {
    Customer c = customers.findById(id).orElseThrow(() -> new NotFoundException("找不到客户 " + id));
    if (!access.canSee(c)) {
      audit.record(AuditLog.DENIED, CustomerFields.ENTITY, id, what + " refused: no access");
      throw new NotFoundException("找不到客户 " + id);
    }
    return c;
  }

  private RuntimeException duplicateAfterRace(CustomerRequest r, Long exceptId, DataIntegrityViolationException e) {
    try {
      CustomerInput v = archive.validate(r.input(r.owner() == null ? audit.currentActor() : r.owner(), null));
      Optional<DuplicateCustomerException> d = duplicateCheck.duplicate(v.name(), v.creditCode(), exceptId);
      if (d.isPresent()) {
        return d.get();
      }
    } catch (RuntimeException ignored) {
      // fall through to the original failure
    }
    return e;
  }

  /**
   * 409 for a name or credit code another customer has: with a pointer to that customer only if the caller may
   * see it ({@link DuplicateAnswer}).
   */
  @ExceptionHandler(DuplicateCustomerException.class)
  ResponseEntity<ProblemDetail> duplicate(DuplicateCustomerException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(duplicates.problem(e));
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
