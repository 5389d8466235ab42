package com.crmflow.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One inspection of a process (SPEC "Supervision"; 000 §6, 003 §5.1): the closed cases of {@link #getProcessKey()}
 * completed in the period, a sample of them checked by the supervisor. Bound to its {@code supervision-inspection}
 * process instance.
 */
@Entity
@Table(name = "crm_supervision_inspection")
public class Inspection {

  public static final String CHECKING = "CHECKING";
  public static final String RECTIFYING = "RECTIFYING";
  public static final String CLOSED = "CLOSED";
  public static final String NO_CASES = "NO_CASES";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "inspection_number")
  private String inspectionNumber;

  @Column(name = "process_key")
  private String processKey;

  @Column(name = "period_from")
  private LocalDate periodFrom;

  @Column(name = "period_to")
  private LocalDate periodTo;

  @Column(name = "sample_size")
  private int sampleSize;

  @Column(name = "population")
  private Integer population;

  @Column(name = "status")
  private String status;

  @Column(name = "started_by")
  private String startedBy;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "note")
  private String note;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version
  @Column(name = "row_version")
  private Long rowVersion;

  protected Inspection() {}

  public Inspection(String inspectionNumber, String processKey, LocalDate periodFrom, LocalDate periodTo,
      int sampleSize, String startedBy, Instant startedAt, String processInstanceId) {
    this.inspectionNumber = inspectionNumber;
    this.processKey = processKey;
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.sampleSize = sampleSize;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.processInstanceId = processInstanceId;
    this.status = CHECKING;
  }

  public Long getId() { return id; }
  public String getInspectionNumber() { return inspectionNumber; }
  public String getProcessKey() { return processKey; }
  public LocalDate getPeriodFrom() { return periodFrom; }
  public LocalDate getPeriodTo() { return periodTo; }
  public int getSampleSize() { return sampleSize; }
  public Integer getPopulation() { return population; }
  public void setPopulation(Integer population) { this.population = population; }
  public String getStatus() { return status; }
  public void setStatus(String status) { this.status = status; }
  public String getStartedBy() { return startedBy; }
  public Instant getStartedAt() { return startedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
  public Instant getClosedAt() { return closedAt; }
  public void setClosedAt(Instant closedAt) { this.closedAt = closedAt; }
}
