package com.crmflow.complaint.analysis;

import com.crmflow.complaint.domain.Complaint;
import com.crmflow.complaint.domain.ComplaintDeadline;
import com.crmflow.complaint.domain.ComplaintDeadlineRepository;
import com.crmflow.complaint.domain.ComplaintRepository;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

/** Hand-made complaint and deadline rows for KPI tests, written straight through the repositories. */
public final class ComplaintRows {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final AtomicInteger SEQ = new AtomicInteger();

  private final CustomerRepository customers;
  private final ComplaintRepository complaints;
  private final ComplaintDeadlineRepository deadlines;
  private Long customerId;

  public ComplaintRows(CustomerRepository customers, ComplaintRepository complaints,
      ComplaintDeadlineRepository deadlines) {
    this.customers = customers;
    this.complaints = complaints;
    this.deadlines = deadlines;
  }

  public static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
  }

  /** A complaint received at the given Beijing time; cause, department and score may be null. */
  public Complaint complaint(String receivedAtBeijing, String category, String channel, String cause,
      String department, String status, int reopenCount, Integer satisfactionScore) {
    Complaint c = new Complaint();
    c.setComplaintNumber("TST-" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet());
    c.setCustomerId(customerId());
    c.setChannel(channel);
    c.setContent("测试投诉：" + category);
    c.setCategory(category);
    c.setSeverity("medium");
    c.setContactPreference("phone");
    c.setStatus(status);
    c.setReceivedAt(beijing(receivedAtBeijing));
    c.setCreatedBy("huangfang");
    c.setCause(cause);
    c.setResponsibleDepartment(department);
    c.setEscalationLevel(0);
    c.setReopenCount(reopenCount);
    c.setSatisfactionScore(satisfactionScore);
    c.setSatisfied(satisfactionScore == null ? null : satisfactionScore >= 4);
    if ("CLOSED".equals(status)) {
      c.setClosedAt(c.getReceivedAt().plus(Duration.ofDays(3)));
    }
    return complaints.save(c);
  }

  /** A deadline of the complaint: met true/false once decided, null while open. */
  public ComplaintDeadline deadline(Complaint c, String kind, int round, Boolean met) {
    ComplaintDeadline d = new ComplaintDeadline();
    d.setComplaintId(c.getId());
    d.setKind(kind);
    d.setRoundNo(round);
    d.setStartedAt(c.getReceivedAt());
    d.setDueAt(c.getReceivedAt().plus(Duration.ofDays(1)));
    d.setWarnAt(c.getReceivedAt().plus(Duration.ofHours(20)));
    d.setEscalateAt(c.getReceivedAt().plus(Duration.ofDays(2)));
    d.setBreachLevel(Boolean.FALSE.equals(met) ? 1 : 0);
    d.setMet(met);
    if (met != null) {
      d.setCompletedAt(c.getReceivedAt().plus(Duration.ofHours(Boolean.TRUE.equals(met) ? 2 : 30)));
    }
    return deadlines.save(d);
  }

  private Long customerId() {
    if (customerId == null) {
      Customer customer = new Customer();
      customer.setName("投诉测试客户 " + SEQ.incrementAndGet() + "-" + System.nanoTime());
      customer.setCreatedAt(Instant.now());
      customerId = customers.save(customer).getId();
    }
    return customerId;
  }
}
