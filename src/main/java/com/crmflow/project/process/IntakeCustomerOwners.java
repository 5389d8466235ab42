package com.crmflow.project.process;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.customer.domain.CustomerOwnership;
import com.crmflow.customer.domain.OwnerChangeInput;
import com.crmflow.customer.owner.OwnerAssignment;
import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.customer.owner.OwnerPicker;
import com.crmflow.project.domain.Project;
import com.crmflow.project.domain.ProjectRepository;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-off repair (migration V13, issue 11 "one archive"): the former project intake created a customer for every
 * new name — ACTIVE, without owner, grade or audit entry. Each ACTIVE customer without owner gets the owner the
 * existing rules pick: the account manager who recorded its first requirement (the account manager who records a
 * customer owns it, 001 §6), when that user may own a customer of its grade (owner-eligibility); otherwise the
 * {@link OwnerPicker}'s choice for the grade (fewest customers of the grade). Every change goes through
 * {@link CustomerOwnership#changeOwner} — owner change record, audit entry (hash-chained, which SQL cannot write),
 * event. Runs once, after the organisation and the decision tables are loaded; the row {@value #STEP} in
 * {@code crm_one_off_step} marks it done.
 */
@Component
@Order(20)
public class IntakeCustomerOwners implements ApplicationRunner {

  static final String STEP = "V13-intake-customer-owners";
  static final String REASON = "一档制修复：原项目需求登记按名称自动建档的客户无客户负责人，按责任人规则补定";
  private static final Logger LOG = LoggerFactory.getLogger(IntakeCustomerOwners.class);

  private final JdbcTemplate jdbc;
  private final CustomerDirectory customers;
  private final CustomerOwnership ownership;
  private final OwnerEligibility eligibility;
  private final OwnerAssignment owners;
  private final ProjectRepository projects;
  private final Clock clock;

  public IntakeCustomerOwners(JdbcTemplate jdbc, CustomerDirectory customers, CustomerOwnership ownership,
      OwnerEligibility eligibility, OwnerAssignment owners, ProjectRepository projects, Clock clock) {
    this.jdbc = jdbc;
    this.customers = customers;
    this.ownership = ownership;
    this.eligibility = eligibility;
    this.owners = owners;
    this.projects = projects;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM crm_one_off_step WHERE step = ?", Integer.class, STEP);
    if (done != null && done > 0) {
      return;
    }
    int repaired = repair();
    jdbc.update("INSERT INTO crm_one_off_step (step, done_at, changed) VALUES (?, ?, ?)", STEP,
        OffsetDateTime.now(clock), repaired);
    LOG.info("One-off step {}: {} customers without owner got one", STEP, repaired);
  }

  /** Gives each ACTIVE customer without owner one; returns how many changed. */
  int repair() {
    OwnerPicker picker = owners.picker();
    int changed = 0;
    for (Customer c : customers.activeCustomersWithoutOwner()) {
      String owner = projects.findFirstByCustomerIdOrderByIdAsc(c.getId()).map(Project::getAccountManager)
          .filter(am -> eligibility.userExists(am) && eligibility.isEligible(am, c.getGrade())).orElse(null);
      if (owner == null && c.getGrade() != null) {
        owner = picker.pick(c.getGrade());
      } else if (owner != null) {
        picker.add(owner, c.getGrade());
      }
      if (owner == null) {
        LOG.warn("Customer {} ({}) has no owner and no rule picks one: left to crm-dept", c.getId(), c.getName());
        continue;
      }
      ownership.changeOwner(c.getId(), new OwnerChangeInput(owner, REASON), "system");
      changed++;
    }
    return changed;
  }
}
