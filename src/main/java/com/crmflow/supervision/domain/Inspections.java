package com.crmflow.supervision.domain;

import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.identity.Organization;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.supervision.domain.InspectionInput.CaseCheck;
import com.crmflow.supervision.domain.InspectionInput.ItemResult;
import com.crmflow.supervision.domain.InspectionInput.NewFinding;
import com.crmflow.supervision.domain.InspectionInput.Request;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of an inspection (SPEC "Supervision"; 000 §6, 003 §5.1, 001 §4(3)): what may be inspected, the random
 * sample of completed cases drawn from the engine's history, the checklist per case, findings (a department of the
 * organisation, a due date not in the past, due at the end of that working day), rectification by that department
 * only, review by the supervisor, and the inspection report. Runs in the caller's transaction.
 */
@Service
@EnableConfigurationProperties(SupervisionSettings.class)
@Transactional
public class Inspections {

  public static final String NUMBER_PREFIX = "INS";
  static final Set<String> RESULTS = Set.of(CheckItem.CONFORMING, CheckItem.NONCONFORMING, CheckItem.NOT_APPLICABLE);
  static final Map<String, String> RESULT_LABELS = Map.of(CheckItem.CONFORMING, "符合", CheckItem.NONCONFORMING,
      "不符合", CheckItem.NOT_APPLICABLE, "不适用");

  private final InspectionRepository inspections;
  private final InspectionCaseRepository cases;
  private final CheckItemRepository items;
  private final FindingRepository findings;
  private final NumberGenerator numbers;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final Organization organization;
  private final WorkingCalendar calendar;
  private final SupervisionSettings settings;
  private final RandomGenerator random = new SecureRandom();

  public Inspections(InspectionRepository inspections, InspectionCaseRepository cases, CheckItemRepository items,
      FindingRepository findings, NumberGenerator numbers, HistoryService historyService,
      IdentityService identityService, Organization organization, WorkingCalendar calendar,
      SupervisionSettings settings) {
    this.inspections = inspections;
    this.cases = cases;
    this.items = items;
    this.findings = findings;
    this.numbers = numbers;
    this.historyService = historyService;
    this.identityService = identityService;
    this.organization = organization;
    this.calendar = calendar;
    this.settings = settings;
  }

  public SupervisionSettings settings() {
    return settings;
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  LocalDate today() {
    return now().atZone(calendar.zone()).toLocalDate();
  }

  // ------------------------------------------------------------------------------------------------ start

  /** Checks a request as the start form and the API send it; the sample size defaults to the setting. */
  public Request validate(Request r) {
    if (r.processKey() == null || InspectionChecklists.kind(r.processKey()).isEmpty()) {
      throw new InvalidFieldException("inspectedProcess", "不能督查的流程：" + r.processKey() + "（可督查："
          + String.join("、", InspectionChecklists.kinds().stream().map(InspectionChecklists.Kind::processKey)
              .toList()) + "）");
    }
    if (r.periodFrom() == null) {
      throw new InvalidFieldException("periodFrom", "请填写督查期间起始日期");
    }
    if (r.periodTo() == null) {
      throw new InvalidFieldException("periodTo", "请填写督查期间截止日期");
    }
    if (r.periodFrom().isAfter(r.periodTo())) {
      throw new InvalidFieldException("periodTo", "截止日期不能早于起始日期");
    }
    if (r.periodTo().isAfter(today())) {
      throw new InvalidFieldException("periodTo", "截止日期不能晚于今天（只督查已办结的案例）");
    }
    int size = r.sampleSize() == null ? settings.defaultSampleSize() : r.sampleSize();
    if (size < 1 || size > settings.maxSampleSize()) {
      throw new InvalidFieldException("sampleSize", "抽样数量必须在 1 到 " + settings.maxSampleSize() + " 之间："
          + size);
    }
    return new Request(r.processKey(), r.periodFrom(), r.periodTo(), size);
  }

  /** Opens the inspection for the process instance that runs it (task 抽取督查样本). */
  public Inspection open(Request request, String startedBy, String processInstanceId) {
    Request r = validate(request);
    if (startedBy == null) {
      throw new BusinessRuleException("督查必须由已登录的监督部门人员发起");
    }
    return inspections.save(new Inspection(numbers.next(NUMBER_PREFIX, 4), r.processKey(), r.periodFrom(),
        r.periodTo(), r.sampleSize(), startedBy, now(), processInstanceId));
  }

  /**
   * Draws the sample: instances of the inspected process that COMPLETED (ended normally, not cancelled) in the
   * period, at random, none twice; fewer when fewer exist. None: the inspection ends with a note. Returns the number
   * of cases drawn.
   */
  public int drawSample(Long inspectionId) {
    Inspection i = get(inspectionId);
    Date from = Date.from(i.getPeriodFrom().atStartOfDay(calendar.zone()).toInstant());
    Date to = Date.from(i.getPeriodTo().plusDays(1).atStartOfDay(calendar.zone()).toInstant());
    int population = (int) Engine.asSystem(identityService, () -> query(i, from, to).count()).longValue();
    List<Integer> positions = Sampling.positions(population, i.getSampleSize(), random);
    for (int position : positions) {
      List<HistoricProcessInstance> page = Engine.asSystem(identityService,
          () -> query(i, from, to).orderByProcessInstanceId().asc().listPage(position, 1));
      if (page.isEmpty()) {
        continue; // removed by the history cleanup meanwhile
      }
      HistoricProcessInstance h = page.get(0);
      cases.save(new InspectionCase(i.getId(), h.getId(), h.getBusinessKey(), instant(h.getStartTime()),
          instant(h.getEndTime())));
    }
    i.setPopulation(population);
    int drawn = cases.findByInspectionIdOrderById(i.getId()).size();
    if (drawn == 0) {
      i.setStatus(Inspection.NO_CASES);
      i.setNote("督查期间 " + i.getPeriodFrom() + " 至 " + i.getPeriodTo() + " 内没有已办结的「"
          + kindName(i.getProcessKey()) + "」案例，本次督查结束");
      i.setClosedAt(now());
    }
    return drawn;
  }

  private HistoricProcessInstanceQuery query(Inspection i, Date from, Date to) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(i.getProcessKey())
        .completed().finishedAfter(new Date(from.getTime() - 1)).finishedBefore(to);
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }

  public static String kindName(String processKey) {
    return InspectionChecklists.kind(processKey).map(InspectionChecklists.Kind::name).orElse(processKey);
  }

  // ------------------------------------------------------------------------------------------------ reads

  @Transactional(readOnly = true)
  public Inspection get(Long id) {
    return inspections.findById(id).orElseThrow(() -> new NotFoundException("找不到督查 " + id));
  }

  /** The inspection of this process instance; an id of another instance's inspection is refused. */
  @Transactional(readOnly = true)
  public Inspection boundTo(Long id, String processInstanceId) {
    if (id == null) {
      throw new BusinessRuleException("流程缺少督查编号（inspectionId）");
    }
    Inspection i = get(id);
    if (i.getProcessInstanceId() == null || !i.getProcessInstanceId().equals(processInstanceId)) {
      throw new BusinessRuleException("督查 " + i.getInspectionNumber() + " 属于另一个流程实例，本流程实例（"
          + processInstanceId + "）不能修改它");
    }
    return i;
  }

  @Transactional(readOnly = true)
  public List<InspectionCase> casesOf(Long inspectionId) {
    return cases.findByInspectionIdOrderById(inspectionId);
  }

  /** A case of this inspection (a case id of another inspection is refused). */
  @Transactional(readOnly = true)
  public InspectionCase caseOf(Long inspectionId, Long caseId) {
    InspectionCase c = caseId == null ? null : cases.findById(caseId).orElse(null);
    if (c == null || !c.getInspectionId().equals(inspectionId)) {
      throw new BusinessRuleException("案例 " + caseId + " 不属于本次督查");
    }
    return c;
  }

  /** A finding of this inspection (a finding id of another inspection is refused). */
  @Transactional(readOnly = true)
  public Finding findingOf(Long inspectionId, Long findingId) {
    Finding f = findingId == null ? null : findings.findById(findingId).orElse(null);
    if (f == null || !f.getInspectionId().equals(inspectionId)) {
      throw new BusinessRuleException("督查问题 " + findingId + " 不属于本次督查");
    }
    return f;
  }

  @Transactional(readOnly = true)
  public List<Long> caseIds(Long inspectionId) {
    return cases.findByInspectionIdOrderById(inspectionId).stream().map(InspectionCase::getId).toList();
  }

  @Transactional(readOnly = true)
  public List<Long> openFindingIds(Long inspectionId) {
    return findings.findByInspectionIdOrderById(inspectionId).stream()
        .filter(f -> !Finding.CLOSED.equals(f.getStatus())).map(Finding::getId).toList();
  }

  @Transactional(readOnly = true)
  public List<Finding> findingsOf(Long inspectionId) {
    return findings.findByInspectionIdOrderById(inspectionId);
  }

  @Transactional(readOnly = true)
  public List<CheckItem> itemsOf(Long caseId) {
    return items.findByCaseIdOrderByItemNo(caseId);
  }

  /** The checklist of the inspection's process kind. */
  public List<String> checklist(Inspection i) {
    return InspectionChecklists.kind(i.getProcessKey()).orElseThrow().checklist();
  }

  /** The departments a finding may go to: the configured groups that exist in the organisation, id → name. */
  public List<Organization.GroupSpec> departments() {
    return settings.departments().stream().map(organization::group).flatMap(java.util.Optional::stream).toList();
  }

  public String departmentName(String groupId) {
    return organization.group(groupId).map(Organization.GroupSpec::name).orElse(groupId);
  }

  // ------------------------------------------------------------------------------------------------ steps

  /**
   * The supervisor's check of one case: one result per checklist item (in the checklist's order; the item texts
   * are ours, not the submission's), findings with department and due date. A case with an item 不符合 needs at
   * least one finding. A case is checked once.
   */
  public List<Finding> checkCase(Long inspectionId, Long caseId, CaseCheck check, String actor) {
    Inspection i = get(inspectionId);
    InspectionCase c = caseOf(inspectionId, caseId);
    if (!InspectionCase.PENDING.equals(c.getStatus())) {
      throw new BusinessRuleException("案例 " + c.getCaseInstanceId() + " 已经检查过");
    }
    List<String> checklist = checklist(i);
    List<ItemResult> results = check.items() == null ? List.of() : check.items();
    if (results.size() != checklist.size()) {
      throw new InvalidFieldException("checklist", "检查清单应有 " + checklist.size() + " 项，提交了 "
          + results.size() + " 项");
    }
    boolean nonconforming = false;
    for (int n = 0; n < checklist.size(); n++) {
      ItemResult r = results.get(n);
      if (r == null || r.result() == null || !RESULTS.contains(r.result())) {
        throw new InvalidFieldException("checklist", "第 " + (n + 1) + " 项「" + checklist.get(n)
            + "」请选择 符合、不符合 或 不适用");
      }
      if (CheckItem.NONCONFORMING.equals(r.result())) {
        nonconforming = true;
        if (r.remark() == null || r.remark().isBlank()) {
          throw new InvalidFieldException("checklist", "第 " + (n + 1) + " 项不符合，请在备注中说明");
        }
      }
      if (r.remark() != null && r.remark().length() > 2000) {
        throw new InvalidFieldException("checklist", "第 " + (n + 1) + " 项的备注不能超过 2000 字");
      }
    }
    List<NewFinding> raised = check.findings() == null ? List.of() : check.findings();
    if (nonconforming && raised.isEmpty()) {
      throw new InvalidFieldException("findings", "有不符合的检查项，请至少记录一个督查问题（责任部门与整改期限）");
    }
    List<Finding> saved = new ArrayList<>();
    for (int n = 0; n < raised.size(); n++) {
      NewFinding f = raised.get(n);
      String where = "第 " + (n + 1) + " 个问题";
      if (f == null || f.description() == null || f.description().isBlank()) {
        throw new InvalidFieldException("findings", where + "：请填写问题描述");
      }
      if (f.description().length() > 4000) {
        throw new InvalidFieldException("findings", where + "：问题描述不能超过 4000 字");
      }
      if (f.department() == null || departments().stream().noneMatch(g -> g.id().equals(f.department()))) {
        throw new InvalidFieldException("findings", where + "：责任部门必须是以下之一：" + String.join("、",
            departments().stream().map(Organization.GroupSpec::name).toList()));
      }
      if (f.dueDate() == null) {
        throw new InvalidFieldException("findings", where + "：请填写整改期限");
      }
      if (f.dueDate().isBefore(today())) {
        throw new InvalidFieldException("findings", where + "：整改期限 " + f.dueDate() + " 已过，不能早于今天");
      }
      if (f.dueDate().isAfter(today().plusYears(1))) {
        throw new InvalidFieldException("findings", where + "：整改期限不能超过一年");
      }
      saved.add(new Finding(i.getId(), c.getId(), f.description().trim(), f.department(), f.dueDate(),
          dueAt(f.dueDate()), actor, now()));
    }
    for (int n = 0; n < checklist.size(); n++) {
      ItemResult r = results.get(n);
      items.save(new CheckItem(c.getId(), n + 1, checklist.get(n), r.result(),
          r.remark() == null || r.remark().isBlank() ? null : r.remark().trim()));
    }
    String opinion = check.opinion() == null || check.opinion().isBlank() ? null : check.opinion().trim();
    if (opinion != null && opinion.length() > 4000) {
      throw new InvalidFieldException("opinion", "检查意见不能超过 4000 字");
    }
    c.checked(nonconforming || !raised.isEmpty() ? InspectionCase.NONCONFORMING : InspectionCase.CONFORMING,
        opinion, actor, now());
    return findings.saveAll(saved);
  }

  /**
   * When a finding is due: the end of the office hours of its due date, or of the next working day when the due
   * date is not one (working-day calendar).
   */
  public Instant dueAt(LocalDate dueDate) {
    LocalDate day = dueDate;
    for (int guard = 0; !calendar.isWorkingDay(day) && guard < 60; guard++) {
      day = day.plusDays(1);
    }
    var hours = calendar.officeHours();
    return ZonedDateTime.of(day, hours.get(hours.size() - 1).to(), calendar.zone()).toInstant();
  }

  /** All cases checked: rectifying while a finding is open, else closed. */
  public void casesChecked(Long inspectionId) {
    Inspection i = get(inspectionId);
    i.setStatus(openFindingIds(inspectionId).isEmpty() ? Inspection.CLOSED : Inspection.RECTIFYING);
  }

  /** The department's rectification of a finding; only a member of the finding's department may record it. */
  public Finding rectify(Long inspectionId, Long findingId, String text, String actor) {
    Finding f = findingOf(inspectionId, findingId);
    if (!Finding.OPEN.equals(f.getStatus())) {
      throw new BusinessRuleException("督查问题 " + findingId + " 不在整改中");
    }
    requireMember(actor, f.getDepartment());
    if (text == null || text.isBlank()) {
      throw new InvalidFieldException("rectification", "请填写整改措施与结果");
    }
    if (text.length() > 4000) {
      throw new InvalidFieldException("rectification", "整改措施与结果不能超过 4000 字");
    }
    f.rectified(text.trim(), actor, now());
    return f;
  }

  private void requireMember(String actor, String group) {
    if (actor == null) {
      throw new BusinessRuleException("整改必须由责任部门的人员登录办理");
    }
    long member = Engine.asSystem(identityService, () -> identityService.createUserQuery().userId(actor)
        .memberOfGroup(group).count());
    if (member == 0) {
      throw new BusinessRuleException("只有责任部门「" + departmentName(group) + "」的人员可以办理该督查问题的整改");
    }
  }

  /** The supervisor's review: accepted closes the finding, rejected (with a reason) sends it back. */
  public boolean review(Long inspectionId, Long findingId, Boolean accepted, String note, String actor) {
    Finding f = findingOf(inspectionId, findingId);
    if (!Finding.RECTIFIED.equals(f.getStatus())) {
      throw new BusinessRuleException("督查问题 " + findingId + " 尚未整改，不能复核");
    }
    if (accepted == null) {
      throw new InvalidFieldException("rectificationAccepted", "请选择复核结论");
    }
    String n = note == null || note.isBlank() ? null : note.trim();
    if (!accepted && n == null) {
      throw new InvalidFieldException("reviewNote", "退回整改时请说明理由");
    }
    if (n != null && n.length() > 2000) {
      throw new InvalidFieldException("reviewNote", "复核意见不能超过 2000 字");
    }
    f.reviewed(accepted, n, actor, now());
    return accepted;
  }

  /** A finding overdue: remembered once (the reminder mails are the process's). */
  public Finding overdue(Long inspectionId, Long findingId) {
    Finding f = findingOf(inspectionId, findingId);
    f.reminded(now());
    return f;
  }

  /** Every finding closed: the inspection is closed. */
  public Inspection close(Long inspectionId) {
    Inspection i = get(inspectionId);
    if (!openFindingIds(inspectionId).isEmpty()) {
      throw new BusinessRuleException("督查 " + i.getInspectionNumber() + " 仍有未关闭的问题");
    }
    i.setStatus(Inspection.CLOSED);
    i.setClosedAt(now());
    return i;
  }

  // ------------------------------------------------------------------------------------------------ report

  /** The inspection report: the sample, every case's checklist and findings with their rectification. */
  @Transactional(readOnly = true)
  public InspectionReport report(Long id) {
    Inspection i = get(id);
    List<InspectionReport.CaseEntry> caseEntries = new ArrayList<>();
    for (InspectionCase c : casesOf(id)) {
      caseEntries.add(new InspectionReport.CaseEntry(c.getId(), c.getCaseInstanceId(), c.getBusinessKey(),
          c.getCaseEndedAt(), c.getStatus(), c.getConclusion(), c.getOpinion(), c.getCheckedBy(), c.getCheckedAt(),
          itemsOf(c.getId()).stream().map(it -> new InspectionReport.ItemEntry(it.getItemNo(), it.getItem(),
              it.getResult(), RESULT_LABELS.get(it.getResult()), it.getRemark())).toList()));
    }
    List<Finding> all = findingsOf(id);
    List<InspectionReport.FindingEntry> findingEntries = all.stream().map(f -> new InspectionReport.FindingEntry(
        f.getId(), f.getCaseId(), f.getDescription(), f.getDepartment(), departmentName(f.getDepartment()),
        f.getDueDate(), f.getDueAt(), f.getStatus(), f.getRectification(), f.getRectifiedBy(), f.getRectifiedAt(),
        f.getReviewNote(), f.getReviewedBy(), f.getReviewedAt(), f.getRejections(),
        f.getOverdueRemindedAt() != null, f.getClosedAt())).toList();
    long checked = caseEntries.stream().filter(c -> InspectionCase.CHECKED.equals(c.status())).count();
    long conforming = caseEntries.stream().filter(c -> InspectionCase.CONFORMING.equals(c.conclusion())).count();
    long closed = all.stream().filter(f -> Finding.CLOSED.equals(f.getStatus())).count();
    String summary = summary(i, caseEntries.size(), checked, conforming, all.size(), closed);
    return new InspectionReport(i.getId(), i.getInspectionNumber(), i.getProcessKey(), kindName(i.getProcessKey()),
        i.getPeriodFrom(), i.getPeriodTo(), i.getSampleSize(), i.getPopulation(), i.getStatus(), i.getStartedBy(),
        i.getStartedAt(), i.getClosedAt(), i.getNote(), summary, caseEntries, findingEntries);
  }

  static String summary(Inspection i, int cases, long checked, long conforming, int findings, long closed) {
    if (Inspection.NO_CASES.equals(i.getStatus())) {
      return i.getNote();
    }
    return "督查「" + kindName(i.getProcessKey()) + "」" + i.getPeriodFrom() + " 至 " + i.getPeriodTo() + " 办结的案例："
        + "共 " + (i.getPopulation() == null ? 0 : i.getPopulation()) + " 件，抽查 " + cases + " 件，已检查 " + checked
        + " 件，其中符合 " + conforming + " 件；发现问题 " + findings + " 个，已整改关闭 " + closed + " 个。";
  }
}
