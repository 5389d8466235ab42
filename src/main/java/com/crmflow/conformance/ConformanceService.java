package com.crmflow.conformance;

import com.crmflow.complaint.analysis.ComplaintConformanceFacts;
import com.crmflow.conformance.ConformanceReport.Figure;
import com.crmflow.conformance.ConformanceReport.InstanceDetail;
import com.crmflow.conformance.ConformanceReport.InstanceFindings;
import com.crmflow.conformance.ConformanceReport.Mandated;
import com.crmflow.conformance.ConformanceReport.MandatedCheck;
import com.crmflow.conformance.ConformanceReport.Page;
import com.crmflow.conformance.ConformanceReport.StepSkips;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.web.Paging;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Computes the conformance report of a process and period from Camunda's history (process instances, activity
 * instances, variables, incidents), the rules each instance's own model version declares ({@link ModelRules}) and,
 * for complaint-handling, the complaint tables (deadlines met or not, escalation after an unsatisfied verdict,
 * reopening after a recurrence). Reads history as the system: who may read which process is checked before, by
 * the caller's Camunda authorization ({@code readProcesses} in config/organization.yaml).
 */
@Service
@EnableConfigurationProperties(ConformanceSettings.class)
public class ConformanceService {

  /** Where Camunda Cockpit shows a process instance (CE: runtime view; an ended one redirects to its definition). */
  public static final String COCKPIT_INSTANCE = "/camunda/app/cockpit/default/#/process-instance/";

  static final String COMPLAINT_HANDLING = "complaint-handling";
  private static final int CHUNK = 500;
  private static final Map<String, String> DEADLINE_NAMES = Map.of("INITIAL_RESPONSE", "首次响应",
      "RESULT_FEEDBACK", "结果反馈");

  private final HistoryService history;
  private final RepositoryService repository;
  private final ManagementService management;
  private final IdentityService identity;
  private final ComplaintConformanceFacts complaintFacts;
  private final ConformanceSettings settings;
  private final ZoneId timeZone;

  public ConformanceService(HistoryService history, RepositoryService repository, ManagementService management,
      IdentityService identity, ComplaintConformanceFacts complaintFacts, ConformanceSettings settings,
      ZoneId timeZone) {
    this.history = history;
    this.repository = repository;
    this.management = management;
    this.identity = identity;
    this.complaintFacts = complaintFacts;
    this.settings = settings;
    this.timeZone = timeZone;
  }

  public ConformanceSettings settings() {
    return settings;
  }

  /**
   * The report of {@code processKey} for the days from … to (both included).
   *
   * @throws NotFoundException for a key no deployed process has
   * @throws InvalidFieldException for from after to, a period longer than the maximum, a bad page
   */
  public ConformanceReport report(String processKey, LocalDate from, LocalDate to, int page, int size) {
    ProcessDefinition latest = latest(processKey);
    checkPeriod(from, to);
    Paging.check(page, size, settings.maxPageSize());
    return Engine.asSystem(identity, () -> compute(latest, from, to, page, size));
  }

  /** The whole report for a CSV export: every instance with findings on one page. */
  public ConformanceReport export(String processKey, LocalDate from, LocalDate to) {
    ProcessDefinition latest = latest(processKey);
    checkPeriod(from, to);
    return Engine.asSystem(identity, () -> compute(latest, from, to, 0, Integer.MAX_VALUE));
  }

  /** The drill-down of one instance of the process: its path, the mandated steps checked, its findings. */
  public InstanceDetail instance(String processKey, String processInstanceId) {
    latest(processKey);
    return Engine.asSystem(identity, () -> {
      HistoricProcessInstance pi = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
          .singleResult();
      if (pi == null || !processKey.equals(pi.getProcessDefinitionKey())) {
        throw new NotFoundException("流程「" + processKey + "」没有实例 " + processInstanceId);
      }
      Map<String, ModelRules> rules = new HashMap<>();
      InstancePath path = paths(List.of(pi), rules).get(0);
      ModelRules r = rules(pi.getProcessDefinitionId(), rules);
      List<Finding> reasons = findings(processKey, List.of(path), rules).get(pi.getId());
      List<MandatedCheck> checks = new ArrayList<>();
      Findings.check(r, path).forEach((m, result) -> checks.add(new MandatedCheck(m.activityId(), m.name(),
          m.condition().describe(r::nameOf), result)));
      return new InstanceDetail(processKey, pi.getId(), pi.getBusinessKey(), path.version(), path.state(),
          path.startTime(), path.endTime(), reasons, checks, path.steps(), COCKPIT_INSTANCE + pi.getId());
    });
  }

  /** @throws NotFoundException naming the deployed processes, for a key no deployed process has */
  public void requireProcess(String processKey) {
    latest(processKey);
  }

  /** The keys of the deployed processes, sorted (the answer to an unknown key names them). */
  public List<String> processKeys() {
    return Engine.asSystem(identity, () -> repository.createProcessDefinitionQuery().latestVersion().list()
        .stream().map(ProcessDefinition::getKey).distinct().sorted().toList());
  }

  private ProcessDefinition latest(String processKey) {
    ProcessDefinition latest = processKey == null || !processKey.matches("[A-Za-z0-9_\\-]{1,100}") ? null
        : Engine.asSystem(identity, () -> repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
            .latestVersion().singleResult());
    if (latest == null) {
      throw new NotFoundException("没有流程「" + processKey + "」：合规报告可查询的流程为 "
          + String.join("、", processKeys()));
    }
    return latest;
  }

  private void checkPeriod(LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      throw new InvalidFieldException("from", "开始日期（" + from + "）不能晚于结束日期（" + to + "）");
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    if (days > settings.maxPeriodDays()) {
      throw new InvalidFieldException("to", "统计期间为 " + days + " 天，最长 " + settings.maxPeriodDays()
          + " 天（crm.conformance.max-period-days）：请缩短期间");
    }
  }

  private ConformanceReport compute(ProcessDefinition latest, LocalDate from, LocalDate to, int page, int size) {
    String key = latest.getKey();
    Instant start = from.atStartOfDay(timeZone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(timeZone).toInstant();
    Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
    history.createHistoricProcessInstanceQuery().processDefinitionKey(key).startedAfter(Date.from(start))
        .startedBefore(Date.from(end)).list().forEach(pi -> instances.put(pi.getId(), pi));
    history.createHistoricProcessInstanceQuery().processDefinitionKey(key).finishedAfter(Date.from(start))
        .finishedBefore(Date.from(end)).list().forEach(pi -> instances.put(pi.getId(), pi));
    List<HistoricProcessInstance> inPeriod = instances.values().stream()
        .filter(pi -> within(pi.getStartTime(), start, end) || within(pi.getEndTime(), start, end))
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)
            .thenComparing(HistoricProcessInstance::getId))
        .toList();

    Map<String, ModelRules> rules = new HashMap<>();
    List<InstancePath> paths = paths(inPeriod, rules);
    Map<String, List<Finding>> findings = findings(key, paths, rules);

    long total = paths.size();
    long completed = paths.stream().filter(p -> InstancePath.COMPLETED.equals(p.state())).count();
    long running = paths.stream().filter(p -> !p.ended()).count();
    Map<FindingKind, Long> byKind = new EnumMap<>(FindingKind.class);
    Map<String, long[]> skips = new LinkedHashMap<>();
    Map<String, String> skipNames = new HashMap<>();
    List<InstanceFindings> nonconforming = new ArrayList<>();
    for (InstancePath p : paths) {
      List<Finding> reasons = findings.getOrDefault(p.processInstanceId(), List.of());
      reasons.stream().map(Finding::kind).distinct().forEach(k -> byKind.merge(k, 1L, Long::sum));
      reasons.stream().filter(f -> f.kind() == FindingKind.MANDATED_STEP_SKIPPED).forEach(f -> {
        skips.computeIfAbsent(f.activityId(), a -> new long[1])[0]++;
        skipNames.put(f.activityId(), rules.get(p.processDefinitionId()).nameOf(f.activityId()));
      });
      if (!reasons.isEmpty()) {
        nonconforming.add(new InstanceFindings(p.processInstanceId(), p.businessKey(), p.version(), p.state(),
            p.startTime(), p.endTime(), reasons, COCKPIT_INSTANCE + p.processInstanceId(),
            "/api/conformance/" + key + "/instances/" + p.processInstanceId()));
      }
    }
    long terminated = paths.stream().filter(InstancePath::terminated).count();
    List<StepSkips> skipsByStep = skips.entrySet().stream()
        .map(e -> new StepSkips(e.getKey(), skipNames.get(e.getKey()), e.getValue()[0]))
        .sorted(Comparator.comparingLong(StepSkips::count).reversed().thenComparing(StepSkips::activityId)).toList();
    ModelRules latestRules = rules(latest.getId(), rules);
    List<Mandated> mandated = latestRules.mandated().stream()
        .map(m -> new Mandated(m.activityId(), m.name(), m.condition().describe(latestRules::nameOf))).toList();
    long offset = (long) page * size;
    List<InstanceFindings> items = nonconforming.stream().skip(offset).limit(size).toList();
    return new ConformanceReport(key, latest.getName(), from, to, total, completed, running, terminated,
        figure(byKind, FindingKind.DEADLINE_BREACHED, total), figure(byKind, FindingKind.ESCALATED, total),
        figure(byKind, FindingKind.REOPENED, total), figure(byKind, FindingKind.MANDATED_STEP_SKIPPED, completed),
        figure(byKind, FindingKind.TERMINATED, total), figure(byKind, FindingKind.INCIDENT, total),
        new Figure(nonconforming.size(), total, ratio(nonconforming.size(), total)),
        ratio(total - nonconforming.size(), total), skipsByStep, mandated,
        new Page(page, size, nonconforming.size(), items));
  }

  private static boolean within(Date time, Instant start, Instant end) {
    return time != null && !time.toInstant().isBefore(start) && time.toInstant().isBefore(end);
  }

  private static Figure figure(Map<FindingKind, Long> byKind, FindingKind kind, long of) {
    long count = byKind.getOrDefault(kind, 0L);
    return new Figure(count, of, ratio(count, of));
  }

  static Double ratio(long numerator, long denominator) {
    return denominator == 0 ? null
        : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP).doubleValue();
  }

  private ModelRules rules(String definitionId, Map<String, ModelRules> cache) {
    return cache.computeIfAbsent(definitionId, id -> ModelRules.of(repository.getBpmnModelInstance(id)));
  }

  /** The path of each instance: its activity instances and the variables its models' conditions name. */
  private List<InstancePath> paths(List<HistoricProcessInstance> instances, Map<String, ModelRules> rules) {
    Map<String, List<InstancePath.Step>> steps = new HashMap<>();
    Map<String, Map<String, Set<String>>> variables = new HashMap<>();
    Map<String, List<String>> idsByDefinition = new LinkedHashMap<>();
    instances.forEach(pi -> idsByDefinition.computeIfAbsent(pi.getProcessDefinitionId(), d -> new ArrayList<>())
        .add(pi.getId()));
    for (List<String> chunk : chunks(instances.stream().map(HistoricProcessInstance::getId).toList())) {
      for (HistoricActivityInstance a : activities(chunk)) {
        steps.computeIfAbsent(a.getProcessInstanceId(), k -> new ArrayList<>()).add(new InstancePath.Step(
            a.getActivityId(), a.getActivityName(), a.getActivityType(), instant(a.getStartTime()),
            instant(a.getEndTime()), a.isCanceled(), a.getAssignee()));
      }
    }
    idsByDefinition.forEach((definitionId, ids) -> {
      Set<String> names = new TreeSet<>();
      rules(definitionId, rules).mandated().forEach(m -> {
        if (m.condition() instanceof MandatedStep.VariableIs v) {
          names.add(v.variable());
        }
      });
      if (names.isEmpty()) {
        return;
      }
      for (List<String> chunk : chunks(ids)) {
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
            .processInstanceIdIn(chunk.toArray(String[]::new)).variableNameIn(names.toArray(String[]::new))
            .disableCustomObjectDeserialization().list()) {
          Object value = v.getValue();
          if (value != null) {
            variables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                .computeIfAbsent(v.getName(), k -> new HashSet<>()).add(String.valueOf(value));
          }
        }
      }
    });
    Map<String, Integer> versions = new HashMap<>();
    return instances.stream().map(pi -> new InstancePath(pi.getId(), pi.getBusinessKey(), pi.getProcessDefinitionId(),
        versions.computeIfAbsent(pi.getProcessDefinitionId(), d -> pi.getProcessDefinitionVersion()), pi.getState(),
        instant(pi.getStartTime()), instant(pi.getEndTime()), pi.getDeleteReason(),
        steps.getOrDefault(pi.getId(), List.of()).stream()
            .sorted(Comparator.comparing(InstancePath.Step::startTime, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList(),
        variables.getOrDefault(pi.getId(), Map.of()))).toList();
  }

  /** The activity instances of these process instances, in one query (a native query: the list has no IN filter). */
  private List<HistoricActivityInstance> activities(List<String> processInstanceIds) {
    StringBuilder sql = new StringBuilder("SELECT * FROM ")
        .append(management.getTableName(HistoricActivityInstance.class)).append(" WHERE PROC_INST_ID_ IN (");
    var query = history.createNativeHistoricActivityInstanceQuery();
    for (int i = 0; i < processInstanceIds.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("#{id").append(i).append('}');
      query.parameter("id" + i, processInstanceIds.get(i));
    }
    return query.sql(sql.append(") ORDER BY START_TIME_, SEQUENCE_COUNTER_").toString()).list();
  }

  /** Each instance's findings: model and path, incidents, and for complaints the complaint tables. */
  private Map<String, List<Finding>> findings(String key, List<InstancePath> paths, Map<String, ModelRules> rules) {
    Map<String, List<Finding>> findings = new LinkedHashMap<>();
    for (InstancePath p : paths) {
      findings.put(p.processInstanceId(), new ArrayList<>(Findings.of(rules(p.processDefinitionId(), rules), p)));
    }
    if (paths.isEmpty()) {
      return findings;
    }
    for (HistoricIncident incident : history.createHistoricIncidentQuery().processDefinitionKeyIn(key)
        .orderByCreateTime().asc().list()) {
      List<Finding> list = findings.get(incident.getProcessInstanceId());
      if (list != null) {
        ModelRules r = rules.get(incident.getProcessDefinitionId());
        String where = r == null || incident.getActivityId() == null ? "" : "「" + r.nameOf(incident.getActivityId()) + "」";
        list.add(Finding.of(FindingKind.INCIDENT, where + "执行失败" + (incident.isResolved() ? "（已解决）"
            : incident.isOpen() ? "（未解决）" : "（已删除）"), incident.getActivityId(), instant(incident.getCreateTime())));
      }
    }
    if (COMPLAINT_HANDLING.equals(key)) {
      complaintFacts.byProcessInstance(findings.keySet()).forEach((pid, facts) -> {
        List<Finding> list = findings.get(pid);
        for (ComplaintConformanceFacts.BreachedDeadline d : facts.breached()) {
          list.add(Finding.of(FindingKind.DEADLINE_BREACHED, DEADLINE_NAMES.getOrDefault(d.kind(), d.kind())
              + "超时（第 " + d.round() + " 轮，" + (d.completedAt() == null ? "尚未完成" : "逾期完成") + "）", null,
              d.dueAt()));
        }
        if (facts.escalationLevel() > 0) {
          list.add(Finding.of(FindingKind.ESCALATED, "客户对处理结果不满意，升级处理（第 " + facts.escalationLevel()
              + " 级）", null, null));
        }
        if (facts.reopenCount() > 0) {
          list.add(Finding.of(FindingKind.REOPENED, "跟踪检查发现问题复发，投诉重新处理 " + facts.reopenCount() + " 次",
              null, null));
        }
      });
    }
    return findings;
  }

  private static List<List<String>> chunks(List<String> ids) {
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
    }
    return chunks;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
