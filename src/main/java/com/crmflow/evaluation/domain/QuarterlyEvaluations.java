package com.crmflow.evaluation.domain;

import com.crmflow.complaint.analysis.ComplaintKpiService;
import com.crmflow.complaint.analysis.ComplaintOutcome;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.evaluation.domain.EvaluationRules.Proposal;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.DeployedDecisions.Version;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.survey.domain.SatisfactionSurveys;
import com.crmflow.survey.domain.SatisfactionSurveys.RecordedScore;
import com.crmflow.visit.domain.Visits;
import com.crmflow.visit.domain.Visits.DueVisit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 季度考核 (SPEC P7.3–P7.4; 003 §5.2–5.3, 000 §3(3), 004 §6.3): the figures of each owner over a quarter — the
 * satisfaction rate of the surveys recorded for the owner (overall score at least {@code crm.evaluation
 * .satisfied-at-least}), the complaints of the owner's customers (on-time initial response and result feedback,
 * reopened, satisfied verdicts), the return visits due in the quarter done on time, the upgrades and new A customers
 * — and the proposals of processes/owner-evaluation.dmn; then senior management's decision on each proposal with
 * each owner's attitude and teamwork. Reads the other features only through what they publish.
 */
@Service
@Transactional
@EnableConfigurationProperties(EvaluationSettings.class)
public class QuarterlyEvaluations {

  public static final int MAX_REASON = 2000;
  public static final String FIELD_PROPOSALS = "proposals";
  public static final String FIELD_OWNERS = "owners";

  private final EvaluationRepository evaluations;
  private final FiguresRepository figures;
  private final ProposalRepository proposals;
  private final GradeChangeRepository gradeChanges;
  private final SatisfactionSurveys surveys;
  private final ComplaintKpiService complaints;
  private final Visits visits;
  private final CustomerDirectory customers;
  private final EvaluationRules rules;
  private final EvaluationSettings settings;
  private final WorkingCalendar calendar;

  public QuarterlyEvaluations(EvaluationRepository evaluations, FiguresRepository figures,
      ProposalRepository proposals, GradeChangeRepository gradeChanges, SatisfactionSurveys surveys,
      ComplaintKpiService complaints, Visits visits, CustomerDirectory customers, EvaluationRules rules,
      EvaluationSettings settings, WorkingCalendar calendar) {
    this.evaluations = evaluations;
    this.figures = figures;
    this.proposals = proposals;
    this.gradeChanges = gradeChanges;
    this.surveys = surveys;
    this.complaints = complaints;
    this.visits = visits;
    this.customers = customers;
    this.rules = rules;
    this.settings = settings;
    this.calendar = calendar;
  }

  public EvaluationSettings settings() {
    return settings;
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The quarter that ended last before today (engine clock, working calendar's zone). */
  public Quarter lastEndedQuarter() {
    return Quarter.endedBefore(now().atZone(calendar.zone()).toLocalDate());
  }

  /**
   * Computes the quarter's figures per owner and the proposals, once per quarter: an evaluation of the quarter that
   * exists already is refused (its figures are never overwritten).
   */
  public OwnerEvaluation compute(Quarter quarter) {
    if (evaluations.findByQuarter(quarter.toString()).isPresent()) {
      throw new BusinessRuleException(quarter.shown() + "的季度考核已经计算过，不能重复计算");
    }
    Instant start = quarter.firstDay().atStartOfDay(calendar.zone()).toInstant();
    Instant end = quarter.lastDay().plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    Map<String, Tally> tallies = new TreeMap<>();
    Function<String, Tally> of = owner -> tallies.computeIfAbsent(owner, o -> new Tally());

    for (RecordedScore s : surveys.recordedBetween(start, end)) {
      if (s.owner() != null) {
        Tally t = of.apply(s.owner());
        t.surveys++;
        if (s.overall() >= settings.satisfiedAtLeast()) {
          t.satisfied++;
        }
      }
    }
    Map<Long, Optional<String>> owners = new HashMap<>();
    for (ComplaintOutcome c : complaints.outcomesOf(quarter.firstDay(), quarter.lastDay())) {
      Optional<String> owner = owners.computeIfAbsent(c.customerId(),
          id -> id == null ? Optional.empty() : customers.find(id).map(Customer::getOwner));
      if (owner.isEmpty()) {
        continue;
      }
      Tally t = of.apply(owner.get());
      t.complaints++;
      t.responsesMet += c.initialResponsesMet();
      t.responsesDecided += c.initialResponsesDecided();
      t.feedbacksMet += c.feedbacksMet();
      t.feedbacksDecided += c.feedbacksDecided();
      t.reopened += c.reopened() ? 1 : 0;
      if (c.satisfied() != null) {
        t.verdicts++;
        t.satisfiedVerdicts += c.satisfied() ? 1 : 0;
      }
    }
    for (DueVisit v : visits.dueBetween(quarter.firstDay(), quarter.lastDay())) {
      if (v.owner() != null) {
        Tally t = of.apply(v.owner());
        t.visitsDue++;
        t.visitsOnTime += v.onTime() ? 1 : 0;
      }
    }
    List<GradeChangeRecord> changes = gradeChanges
        .findByChangedAtGreaterThanEqualAndChangedAtLessThanOrderByChangedAtAscIdAsc(start, end).stream()
        .filter(g -> g.getOwner() != null).toList();
    changes.forEach(g -> of.apply(g.getOwner()));

    Version version = rules.latest();
    OwnerEvaluation e = new OwnerEvaluation();
    e.setQuarter(quarter.toString());
    e.setComputedAt(now());
    e.setDecisionDefinitionId(version.definitionId());
    e.setStatus(OwnerEvaluation.PROPOSED);
    evaluations.saveAndFlush(e);

    Map<String, BigDecimal> previousRates = evaluations.findByQuarter(quarter.previous().toString())
        .map(p -> figures.findByEvaluationIdOrderByOwner(p.getId())).orElse(List.of()).stream()
        .filter(f -> f.getSatisfactionRate() != null)
        .collect(Collectors.toMap(OwnerFigures::getOwner, OwnerFigures::getSatisfactionRate));
    for (var entry : tallies.entrySet()) {
      String owner = entry.getKey();
      OwnerFigures f = entry.getValue().figures(e.getId(), owner);
      for (GradeChangeRecord g : changes) {
        if (owner.equals(g.getOwner())) {
          for (Proposal p : rules.ofGradeChange(version, g.getPreviousGrade(), g.getNewGrade())) {
            if ("UPGRADE".equals(p.reasonCode())) {
              f.setUpgrades(f.getUpgrades() + 1);
            } else if ("NEW_A".equals(p.reasonCode())) {
              f.setNewACustomers(f.getNewACustomers() + 1);
            }
            propose(e, owner, p, g.getCustomerId(), " · 客户 " + customerName(g.getCustomerId()));
          }
        }
      }
      figures.save(f);
      for (Proposal p : rules.ofQuarter(version, f.getSatisfactionRate(), previousRates.get(owner))) {
        propose(e, owner, p, null, "（本季度 " + percent(f.getSatisfactionRate()) + "，上季度 "
            + percent(previousRates.get(owner)) + "）");
      }
    }
    if (tallies.isEmpty()) {
      e.setStatus(OwnerEvaluation.EMPTY);
    }
    return e;
  }

  private String customerName(Long customerId) {
    return customers.find(customerId).map(Customer::getName).orElse(String.valueOf(customerId));
  }

  static String percent(BigDecimal rate) {
    return rate == null ? "无调查" : rate.stripTrailingZeros().toPlainString() + "%";
  }

  private void propose(OwnerEvaluation e, String owner, Proposal p, Long customerId, String detail) {
    EvaluationProposal r = new EvaluationProposal();
    r.setEvaluationId(e.getId());
    r.setOwner(owner);
    r.setKind(p.kind());
    r.setReasonCode(p.reasonCode());
    String reason = p.reason() + detail;
    r.setReason(reason.length() > 400 ? reason.substring(0, 399) + "…" : reason);
    r.setCustomerId(customerId);
    proposals.save(r);
  }

  /** Percent with 2 decimals (half up), null when nothing was counted. */
  static BigDecimal rate(long numerator, long denominator) {
    return denominator == 0 ? null : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2,
        RoundingMode.HALF_UP);
  }

  /** The counts of one owner while the quarter is read. */
  static final class Tally {
    int surveys;
    int satisfied;
    int complaints;
    long responsesMet;
    long responsesDecided;
    long feedbacksMet;
    long feedbacksDecided;
    int reopened;
    int verdicts;
    int satisfiedVerdicts;
    int visitsDue;
    int visitsOnTime;

    OwnerFigures figures(Long evaluationId, String owner) {
      OwnerFigures f = new OwnerFigures();
      f.setEvaluationId(evaluationId);
      f.setOwner(owner);
      f.setSurveys(surveys);
      f.setSatisfiedSurveys(satisfied);
      f.setSatisfactionRate(rate(satisfied, surveys));
      f.setComplaints(complaints);
      f.setResponsesMet((int) responsesMet);
      f.setResponsesDecided((int) responsesDecided);
      f.setResponseRate(rate(responsesMet, responsesDecided));
      f.setFeedbacksMet((int) feedbacksMet);
      f.setFeedbacksDecided((int) feedbacksDecided);
      f.setFeedbackRate(rate(feedbacksMet, feedbacksDecided));
      f.setReopened(reopened);
      f.setVerdicts(verdicts);
      f.setSatisfiedVerdicts(satisfiedVerdicts);
      f.setVisitsDue(visitsDue);
      f.setVisitsOnTime(visitsOnTime);
      f.setVisitRate(rate(visitsOnTime, visitsDue));
      return f;
    }
  }

  // ---- the process instance

  public OwnerEvaluation get(Long id) {
    return evaluations.findById(id).orElseThrow(() -> new NotFoundException("找不到季度考核 " + id));
  }

  public void attachProcess(Long id, String processInstanceId) {
    OwnerEvaluation e = get(id);
    if (e.getProcessInstanceId() != null && !e.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("季度考核 " + e.getQuarter() + " 已属于另一个流程实例");
    }
    e.setProcessInstanceId(processInstanceId);
  }

  /** The evaluation, checked to belong to the process instance asking. */
  @Transactional(readOnly = true)
  public OwnerEvaluation boundTo(Long id, String processInstanceId) {
    if (id == null) {
      throw new BusinessRuleException("流程变量中没有季度考核编号");
    }
    OwnerEvaluation e = get(id);
    if (e.getProcessInstanceId() == null || !e.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("季度考核 " + e.getQuarter() + " 属于另一个流程实例，本流程实例（"
          + processInstanceId + "）不能修改它");
    }
    return e;
  }

  @Transactional(readOnly = true)
  public List<OwnerFigures> figuresOf(Long evaluationId) {
    return figures.findByEvaluationIdOrderByOwner(evaluationId);
  }

  @Transactional(readOnly = true)
  public List<EvaluationProposal> proposalsOf(Long evaluationId) {
    return proposals.findByEvaluationIdOrderById(evaluationId);
  }

  @Transactional(readOnly = true)
  public Optional<OwnerEvaluation> ofQuarter(Quarter quarter) {
    return evaluations.findByQuarter(quarter.toString());
  }

  /** The evaluation of the quarter as the API shows it; 404 when the quarter has not been evaluated. */
  @Transactional(readOnly = true)
  public EvaluationReport report(Quarter quarter) {
    OwnerEvaluation e = ofQuarter(quarter)
        .orElseThrow(() -> new NotFoundException(quarter.shown() + "尚未进行季度考核"));
    List<EvaluationProposal> all = proposalsOf(e.getId());
    List<EvaluationReport.OwnerRow> rows = figuresOf(e.getId()).stream().map(f -> new EvaluationReport.OwnerRow(
        f.getOwner(), f.getSurveys(), f.getSatisfiedSurveys(), f.getSatisfactionRate(), f.getComplaints(),
        f.getResponseRate(), f.getFeedbackRate(), f.getReopened(), f.getSatisfiedVerdicts(), f.getVerdicts(),
        f.getVisitsDue(), f.getVisitsOnTime(), f.getVisitRate(), f.getUpgrades(), f.getNewACustomers(),
        f.getAttitude(), f.getTeamwork(), all.stream().filter(p -> p.getOwner().equals(f.getOwner()))
            .map(p -> new EvaluationReport.ProposalRow(p.getId(), p.getKind(), p.getReasonCode(), p.getReason(),
                p.getCustomerId(), p.getDecision(), p.getDecisionReason(), p.getDecidedBy(), p.getDecidedAt()))
            .toList())).toList();
    return new EvaluationReport(e.getQuarter(), e.getStatus(), e.getComputedAt(), e.getDecidedBy(),
        e.getDecidedAt(), rows);
  }

  /**
   * 审定奖惩建议 (P7.4): one decision per proposal of this evaluation — no proposal of another evaluation, none
   * twice, none left out; a reason for adjust and reject — and every evaluated owner's attitude and teamwork. All
   * or nothing: a bad entry leaves the evaluation undecided.
   */
  public void decide(Long evaluationId, List<ProposalDecision> decisions, List<OwnerAssessment> assessments,
      String actor) {
    OwnerEvaluation e = get(evaluationId);
    if (!OwnerEvaluation.PROPOSED.equals(e.getStatus())) {
      throw new BusinessRuleException("季度考核 " + e.getQuarter() + " 已审定，不能再次审定");
    }
    Map<Long, EvaluationProposal> open = proposalsOf(evaluationId).stream()
        .collect(Collectors.toMap(EvaluationProposal::getId, p -> p));
    Set<Long> seen = new HashSet<>();
    for (ProposalDecision d : decisions == null ? List.<ProposalDecision>of() : decisions) {
      Inputs.valid(d);
      if (!open.containsKey(d.proposalId())) {
        throw new InvalidFieldException(FIELD_PROPOSALS, "建议编号 " + d.proposalId() + " 不属于本次季度考核");
      }
      if (!seen.add(d.proposalId())) {
        throw new InvalidFieldException(FIELD_PROPOSALS, "建议编号 " + d.proposalId() + " 重复审定");
      }
      if (!ProposalDecision.APPROVE.equals(d.decision()) && (d.reason() == null || d.reason().isBlank())) {
        throw new InvalidFieldException(FIELD_PROPOSALS, "建议编号 " + d.proposalId() + "：调整或驳回时必须填写审定理由");
      }
    }
    if (seen.size() != open.size()) {
      throw new InvalidFieldException(FIELD_PROPOSALS, "还有 " + (open.size() - seen.size()) + " 条建议没有审定");
    }
    Map<String, OwnerFigures> byOwner = figuresOf(evaluationId).stream()
        .collect(Collectors.toMap(OwnerFigures::getOwner, f -> f));
    Set<String> assessed = new HashSet<>();
    for (OwnerAssessment a : assessments == null ? List.<OwnerAssessment>of() : assessments) {
      Inputs.valid(a);
      if (!byOwner.containsKey(a.owner())) {
        throw new InvalidFieldException(FIELD_OWNERS, "客户负责人 " + a.owner() + " 不在本次季度考核中");
      }
      if (!assessed.add(a.owner())) {
        throw new InvalidFieldException(FIELD_OWNERS, "客户负责人 " + a.owner() + " 重复评定");
      }
    }
    if (assessed.size() != byOwner.size()) {
      throw new InvalidFieldException(FIELD_OWNERS, "还有 " + (byOwner.size() - assessed.size())
          + " 位客户负责人没有评定工作态度和团队协作");
    }
    Instant now = now();
    for (ProposalDecision d : decisions) {
      EvaluationProposal p = open.get(d.proposalId());
      p.setDecision(d.decision());
      p.setDecisionReason(d.reason() == null || d.reason().isBlank() ? null : d.reason().trim());
      p.setDecidedBy(actor);
      p.setDecidedAt(now);
    }
    for (OwnerAssessment a : assessments) {
      OwnerFigures f = byOwner.get(a.owner());
      f.setAttitude(a.attitude().intValue());
      f.setTeamwork(a.teamwork().intValue());
    }
    e.setStatus(OwnerEvaluation.DECIDED);
    e.setDecidedBy(actor);
    e.setDecidedAt(now);
  }
}
