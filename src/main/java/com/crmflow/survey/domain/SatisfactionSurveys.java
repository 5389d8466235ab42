package com.crmflow.survey.domain;

import static com.crmflow.survey.domain.SurveyCodes.IMPROVEMENT_OUTCOMES;
import static com.crmflow.survey.domain.SurveyCodes.IMPROVEMENT_PLANNED;
import static com.crmflow.survey.domain.SurveyCodes.REJECTED;
import static com.crmflow.survey.domain.SurveyCodes.RESOLVED;
import static com.crmflow.survey.domain.SurveyCodes.SOURCE_STEPS;
import static com.crmflow.survey.domain.SurveyCodes.TRIGGERS;
import static com.crmflow.survey.domain.SurveyCodes.label;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 满意度调查 (SPEC P7.1–P7.2; 000 §2(4).3, 004 §6.2): opening a survey for a customer (after a project, a complaint,
 * a return visit, or periodically), recording it, the improvement task of a low score and its outcome. The one
 * table of surveys: the scores the project feedback, the complaint survey and the return visit ask become the
 * overall score of the survey they start.
 */
@Service
@Transactional
@EnableConfigurationProperties(SurveySettings.class)
public class SatisfactionSurveys {

  public static final int MAX_TEXT = 4000;
  public static final String SYSTEM = "system";

  private final SurveyRepository surveys;
  private final CustomerDirectory customers;
  private final NumberGenerator numbers;
  private final SurveySettings settings;
  private final WorkingCalendar calendar;

  public SatisfactionSurveys(SurveyRepository surveys, CustomerDirectory customers, NumberGenerator numbers,
      SurveySettings settings, WorkingCalendar calendar) {
    this.surveys = surveys;
    this.customers = customers;
    this.numbers = numbers;
    this.settings = settings;
    this.calendar = calendar;
  }

  /** The engine's clock (moved by process tests), so due dates and records agree. */
  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDate today() {
    return now().atZone(calendar.zone()).toLocalDate();
  }

  public SurveySettings settings() {
    return settings;
  }

  /** A recorded survey's overall score, with the owner it was recorded for (the evaluation's input, P7.3). */
  public record RecordedScore(String surveyNumber, Long customerId, String owner, int overall, Instant surveyedAt) {}

  /** The surveys recorded in [start, end), oldest first (read only; published for the quarterly evaluation). */
  @Transactional(readOnly = true)
  public List<RecordedScore> recordedBetween(Instant start, Instant end) {
    return surveys.recordedBetween(start, end).stream().filter(s -> s.getOverallScore() != null)
        .map(s -> new RecordedScore(s.getSurveyNumber(), s.getCustomerId(), s.getOwner(), s.getOverallScore(),
            s.getSurveyedAt())).toList();
  }

  /**
   * Opens a survey of the customer, or none (empty) when one of the same trigger and source is still open (for the
   * periodic survey: any open periodic survey of the customer) or the customer is not active.
   *
   * @param sourceScore the overall score the source step already asked (1–5), or null
   */
  public Optional<SatisfactionSurvey> open(Long customerId, String trigger, String sourceRef, Integer sourceScore,
      String actor) {
    if (!TRIGGERS.containsKey(trigger)) {
      throw new IllegalArgumentException("Unknown survey trigger " + trigger);
    }
    if (sourceScore != null && (sourceScore < 1 || sourceScore > 5)) {
      throw new InvalidFieldException("overall", "总体满意度必须在 1 到 5 之间：" + sourceScore);
    }
    Customer c = customers.find(customerId)
        .orElseThrow(() -> new InvalidFieldException("customerId", "客户编号 " + customerId + " 不存在"));
    if (!Customer.STATUS_ACTIVE.equals(c.getStatus())) {
      return Optional.empty();
    }
    String key = SurveyRules.openKey(customerId, trigger, sourceRef);
    if (surveys.findByOpenKey(key).isPresent()) {
      return Optional.empty();
    }
    SatisfactionSurvey s = new SatisfactionSurvey();
    s.setSurveyNumber(numbers.next("SRV", 6));
    s.setCustomerId(customerId);
    s.setTriggerKind(trigger);
    s.setSourceRef(sourceRef);
    s.setOpenKey(key);
    s.setSourceScore(sourceScore);
    s.setOverallScore(sourceScore);
    s.setStatus(SatisfactionSurvey.OPEN);
    s.setOwner(c.getOwner());
    s.setCreatedAt(now());
    s.setCreatedBy(actor == null ? SYSTEM : actor);
    return Optional.of(surveys.saveAndFlush(s));
  }

  public SatisfactionSurvey get(Long id) {
    return surveys.findById(id).orElseThrow(() -> new BusinessRuleException("满意度调查不存在：" + id));
  }

  public Optional<SatisfactionSurvey> find(String surveyNumber) {
    return surveys.findBySurveyNumber(surveyNumber);
  }

  public Customer customer(SatisfactionSurvey s) {
    return customers.get(s.getCustomerId());
  }

  /** Binds the survey to its process instance, once; a survey of another instance is refused. */
  public void attachProcess(Long id, String processInstanceId) {
    SatisfactionSurvey s = get(id);
    if (s.getProcessInstanceId() != null && !s.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("满意度调查 " + s.getSurveyNumber() + " 已由另一个流程实例办理");
    }
    s.setProcessInstanceId(processInstanceId);
  }

  /** The survey a process step works on, checked against the step's process instance. */
  public SatisfactionSurvey boundTo(Long id, String processInstanceId) {
    if (id == null) {
      throw new BusinessRuleException("流程缺少满意度调查编号（surveyId）");
    }
    SatisfactionSurvey s = get(id);
    if (!isBoundTo(s, processInstanceId)) {
      throw new BusinessRuleException("满意度调查 " + s.getSurveyNumber()
          + (s.getProcessInstanceId() == null ? " 尚未由任何流程实例办理" : " 属于另一个流程实例") + "，本流程实例不能修改它");
    }
    return s;
  }

  public static boolean isBoundTo(SatisfactionSurvey s, String processInstanceId) {
    return s.getProcessInstanceId() != null && s.getProcessInstanceId().equals(processInstanceId);
  }

  /**
   * Records the survey (SPEC P7.1). The overall score the source step already asked is kept and not asked again: a
   * submitted overall score is refused then; without a source it is required. Returns whether the score is low
   * (SPEC P7.2, {@code crm.survey.low-score}).
   */
  public boolean record(Long id, SurveyInput in, String actor) {
    Inputs.valid(in);
    SatisfactionSurvey s = get(id);
    if (!SatisfactionSurvey.OPEN.equals(s.getStatus())) {
      throw new BusinessRuleException("满意度调查 " + s.getSurveyNumber() + " 已" + label(SurveyCodes.STATUSES,
          s.getStatus()));
    }
    Integer overall;
    if (s.getSourceScore() != null) {
      if (in.overall() != null && in.overall().intValue() != s.getSourceScore()) {
        throw new InvalidFieldException("overall", "总体满意度已在" + label(SOURCE_STEPS, s.getTriggerKind()) + "中记录（"
            + s.getSourceScore() + " 分），不再重复填写");
      }
      overall = s.getSourceScore();
    } else {
      if (in.overall() == null) {
        throw new InvalidFieldException("overall", "请填写总体满意度（1–5）");
      }
      overall = in.overall().intValue();
    }
    s.setWay(in.way());
    s.setQualityScore(in.quality().intValue());
    s.setTimelinessScore(in.timeliness().intValue());
    s.setAttitudeScore(in.attitude().intValue());
    s.setProfessionalismScore(in.professionalism().intValue());
    s.setOverallScore(overall);
    s.setComments(in.comments() == null || in.comments().isBlank() ? null : in.comments().trim());
    s.setSurveyedBy(actor);
    s.setSurveyedAt(now());
    s.setStatus(SatisfactionSurvey.DONE);
    s.setOpenKey(null);
    boolean low = SurveyRules.isLow(scores(s), settings.lowScore());
    s.setLowScore(low);
    return low;
  }

  public static SurveyRules.Scores scores(SatisfactionSurvey s) {
    return new SurveyRules.Scores(s.getQualityScore(), s.getTimelinessScore(), s.getAttitudeScore(),
        s.getProfessionalismScore(), s.getOverallScore());
  }

  /**
   * A low score: the improvement task goes to the owner's managers ({@code managers}, user ids; empty: crm-dept),
   * due {@code crm.survey.improvement-due} working days from now. Returns the due date.
   */
  public Instant openImprovement(Long id, Collection<String> managers) {
    SatisfactionSurvey s = get(id);
    if (!s.isLowScore()) {
      throw new BusinessRuleException("满意度调查 " + s.getSurveyNumber() + " 的评分不低，无需改进");
    }
    Instant due = calendar.plusWorkingDays(now().atZone(calendar.zone()), settings.improvementDueWorkingDays())
        .toInstant();
    s.setImprovementAssignees(managers.isEmpty() ? null : String.join(",", managers));
    s.setImprovementDueAt(due);
    return due;
  }

  /** The manager's answer to a low score (改进任务). */
  public record ImprovementInput(
      @Label("处理结果") @NotBlank @OneOf({RESOLVED, IMPROVEMENT_PLANNED, REJECTED}) String improvementOutcome,
      @Label("改进措施与结果") @NotBlank @Size(max = MAX_TEXT) String improvementMeasures) {}

  public void completeImprovement(Long id, ImprovementInput in, String actor) {
    Inputs.valid(in);
    SatisfactionSurvey s = get(id);
    if (!s.isLowScore() || s.getImprovementOutcome() != null) {
      throw new BusinessRuleException("满意度调查 " + s.getSurveyNumber() + " 没有待处理的改进任务");
    }
    s.setImprovementOutcome(in.improvementOutcome());
    s.setImprovementMeasures(in.improvementMeasures().trim());
    s.setImprovedBy(actor);
    s.setImprovedAt(now());
  }

  /** The instance ended with the survey still open (cancelled in Cockpit): the survey is cancelled. */
  public void cancelIfOpen(Long id) {
    SatisfactionSurvey s = get(id);
    if (SatisfactionSurvey.OPEN.equals(s.getStatus())) {
      s.setStatus(SatisfactionSurvey.CANCELLED);
      s.setOpenKey(null);
    }
  }

  /** The customer's owner changed: the open survey follows the new owner. */
  public void ownerChanged(Long id, String newOwner) {
    get(id).setOwner(newOwner);
  }

  @Transactional(readOnly = true)
  public List<SatisfactionSurvey> surveysOf(Long customerId) {
    return surveys.findByCustomerIdOrderByCreatedAtDescIdDesc(customerId);
  }

  /** A due customer of the periodic survey and the day it became due (the survey's source). */
  public record DueCustomer(Long customerId, LocalDate dueOn) {}

  /** One chunk of the sweep: the due customers and the last customer id read (null: no more customers). */
  public record DueChunk(List<DueCustomer> due, Long lastId) {}

  /**
   * The ACTIVE customers whose periodic survey is due today (SPEC P7.1, {@code crm.survey.periodic}) and who have no
   * open periodic survey, read in chunks of {@code chunkSize} after customer id {@code afterId}.
   */
  @Transactional(readOnly = true)
  public DueChunk dueCustomers(Long afterId, int chunkSize) {
    LocalDate today = today();
    List<Long> openPeriodic = surveys.customersWithOpen(SurveyCodes.TRIGGER_PERIODIC);
    List<DueCustomer> due = new ArrayList<>();
    List<Customer> chunk = customers.activeCustomersAfter(afterId, chunkSize);
    for (Customer c : chunk) {
      if (openPeriodic.contains(c.getId())) {
        continue;
      }
      LocalDate latest = surveys.findFirstByCustomerIdAndStatusNotOrderByCreatedAtDesc(c.getId(),
          SatisfactionSurvey.CANCELLED).map(s -> s.getCreatedAt().atZone(calendar.zone()).toLocalDate()).orElse(null);
      LocalDate since = c.getCreatedAt().atZone(calendar.zone()).toLocalDate();
      SurveyRules.periodicDueOn(c.getGrade(), latest, since, settings.periodic())
          .filter(d -> !d.isAfter(today)).ifPresent(d -> due.add(new DueCustomer(c.getId(), d)));
    }
    return new DueChunk(due, chunk.isEmpty() ? null : chunk.get(chunk.size() - 1).getId());
  }

  public static String outcomeLabel(String code) {
    return label(IMPROVEMENT_OUTCOMES, code);
  }
}
