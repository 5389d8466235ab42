package com.crmflow.customer.grading;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerGrades;
import com.crmflow.customer.domain.CustomerOwnership;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.customer.domain.OwnerChange;
import com.crmflow.customer.domain.OwnerChangeInput;
import com.crmflow.customer.domain.OwnerChangeRepository;
import com.crmflow.customer.owner.OwnerAssignment;
import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.customer.owner.OwnerPicker;
import com.crmflow.platform.validation.Inputs;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 应用等级并明确责任人 (SPEC P3.3/P3.4): the confirmed grades applied in batches; a customer whose owner may not own
 * a customer of its new grade gets a new owner and a handover (客户交接), which the new owner confirms.
 */
@Service
public class GradingApply {

  private final JdbcTemplate jdbc;
  private final GradingRunRepository runs;
  private final CustomerRepository customers;
  private final OwnerChangeRepository ownerChanges;
  private final OwnerAssignment ownerAssignment;
  private final CustomerGrades grades;
  private final CustomerOwnership ownership;

  public GradingApply(JdbcTemplate jdbc, GradingRunRepository runs, CustomerRepository customers,
      OwnerChangeRepository ownerChanges, OwnerAssignment ownerAssignment, CustomerGrades grades,
      CustomerOwnership ownership) {
    this.jdbc = jdbc;
    this.runs = runs;
    this.customers = customers;
    this.ownerChanges = ownerChanges;
    this.ownerAssignment = ownerAssignment;
    this.grades = grades;
    this.ownership = ownership;
  }

  /**
   * Applies the next {@code size} confirmed changes of the run in result order. A customer whose grade changed
   * since it was graded (another run) or who is no longer ACTIVE is SUPERSEDED. When the owner may not own a
   * customer of the new grade, the customer gets a new owner ({@link OwnerPicker}) and a handover. Returns the
   * number of results processed (0 when nothing is left).
   */
  @Transactional
  public int applyChunk(Long runId, int size) {
    GradingRun run = GradingRuns.run(runs, runId);
    String actor = run.getReviewedBy() == null ? "system" : run.getReviewedBy();
    record Decided(Long id, Long customerId, String previousGrade, String finalGrade) {}
    List<Decided> decided = jdbc.query("SELECT id, customer_id, previous_grade, final_grade FROM crm_grading_result"
        + " WHERE run_id = ? AND status IN ('APPROVED', 'OVERRIDDEN') ORDER BY id LIMIT ?",
        (rs, i) -> new Decided(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), runId, size);
    if (decided.isEmpty()) {
      return 0;
    }
    OwnerPicker picker = ownerAssignment.picker();
    Map<Long, Customer> byId = customers.findAllById(decided.stream().map(Decided::customerId).toList()).stream()
        .collect(Collectors.toMap(Customer::getId, Function.identity()));
    Integer maxSeq = jdbc.queryForObject(
        "SELECT COALESCE(MAX(handover_seq), 0) FROM crm_customer_owner_change WHERE run_id = ?", Integer.class, runId);
    int seq = maxSeq == null ? 0 : maxSeq;
    OffsetDateTime now = OffsetDateTime.ofInstant(GradingRuns.now(), ZoneOffset.UTC);
    for (Decided d : decided) {
      Customer c = byId.get(d.customerId());
      if (c == null || !Customer.STATUS_ACTIVE.equals(c.getStatus())
          || !Objects.equals(c.getGrade(), d.previousGrade())) {
        jdbc.update("UPDATE crm_grading_result SET status = 'SUPERSEDED' WHERE id = ?", d.id());
        continue;
      }
      if (d.finalGrade() != null && !d.finalGrade().equals(d.previousGrade())) {
        String owner = c.getOwner();
        grades.applyGrade(c.getId(), d.finalGrade(), actor);
        picker.remove(owner, d.previousGrade());
        if (picker.eligible(owner, d.finalGrade())) {
          picker.add(owner, d.finalGrade());
        } else {
          OwnerChange change = ownership.changeOwner(c.getId(), new OwnerChangeInput(picker.pick(d.finalGrade()),
              handoverReason(d.previousGrade(), d.finalGrade(), run.getRunNumber(), owner)), actor);
          change.handoverInRun(runId, ++seq);
        }
      }
      jdbc.update("UPDATE crm_grading_result SET status = 'APPLIED', applied_at = ? WHERE id = ?", now, d.id());
    }
    return decided.size();
  }

  /** Why the owner changes with the grade: the recorded reason of the owner change. */
  static String handoverReason(String previousGrade, String finalGrade, String runNumber, String owner) {
    return "客户等级由" + OwnerEligibility.gradeLabel(previousGrade) + "调整为" + OwnerEligibility.gradeLabel(finalGrade)
        + "（分级批次 " + runNumber + "），" + (owner == null ? "原无责任人" : "原责任人 " + owner + " 不在该等级的责任人范围内");
  }

  /** Every confirmed change applied: the run is complete. Returns the number of handovers (owner changes). */
  @Transactional
  public int finishApply(Long runId) {
    GradingRun run = GradingRuns.run(runs, runId);
    Integer applied = jdbc.queryForObject("SELECT COUNT(*) FROM crm_grading_result WHERE run_id = ? AND status ="
        + " 'APPLIED' AND (previous_grade IS NULL OR final_grade <> previous_grade)", Integer.class, runId);
    int handovers = (int) ownerChanges.countByRunId(runId);
    run.completed(applied == null ? 0 : applied, handovers, GradingRuns.now());
    return handovers;
  }

  /** The owner change behind handover task {@code seq} (1, 2, …) of the run. */
  public OwnerChange handover(Long runId, int seq) {
    return ownerChanges.findByRunIdAndHandoverSeq(runId, seq)
        .orElseThrow(() -> new IllegalStateException("No handover " + seq + " in grading run " + runId));
  }

  /** The new owner confirmed handover {@code seq}: who, when, and the note. */
  @Transactional
  public void completeHandover(Long runId, int seq, HandoverConfirmation confirmation, String user) {
    Inputs.valid(confirmation);
    OwnerChange change = handover(runId, seq);
    change.handoverCompleted(user, GradingRuns.now(), confirmation.handoverNote());
    ownerChanges.save(change);
  }
}
