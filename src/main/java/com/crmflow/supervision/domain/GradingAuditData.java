package com.crmflow.supervision.domain;

import com.crmflow.customer.owner.OwnerViolations;
import com.crmflow.platform.process.Engine;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the yearly grading audit looks at (003 §5.1 定期审核客户分级体系): the criteria and weights of the
 * customer-grading rules as deployed now (processes/customer-grading.dmn, read from the engine's repository, not
 * from the file), the grade distribution of the ACTIVE customers, the grading runs and grade changes applied in the
 * year (the customer feature's grading tables, read only), and the owner assignments that break the owner rules
 * ({@link OwnerViolations}).
 */
@Component
public class GradingAuditData {

  public static final String GRADING_DECISION = "customer-grading";
  /** How many owner violations the report lists (the total is always given). */
  static final int VIOLATIONS_LISTED = 50;

  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final JdbcTemplate jdbc;
  private final OwnerViolations ownerViolations;

  public GradingAuditData(RepositoryService repositoryService, IdentityService identityService, JdbcTemplate jdbc,
      OwnerViolations ownerViolations) {
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.ownerViolations = ownerViolations;
  }

  /** One decision of the grading rules: a table (its input, outputs and rules) or the weighting expression. */
  public record Criterion(String decisionId, String name, String input, List<String> rules, String expression) {}

  public record GradeCount(String grade, long customers) {}

  public record GradeChange(String from, String to, long customers) {}

  public record RunCount(String trigger, long runs) {}

  public record Violation(Long customerId, String customerName, String grade, String owner, String problem,
      String description) {}

  /** Everything the audit report rests on, as stored in crm_supervision_grading_audit.data_json. */
  public record AuditData(int year, String decisionDefinitionId, Integer decisionVersion, List<Criterion> criteria,
      List<GradeCount> distribution, List<RunCount> runs, List<GradeChange> changes, long overrides,
      int ownerViolationTotal, List<Violation> ownerViolations) {}

  public AuditData compile(int year, ZoneId zone) {
    DecisionDefinition d = Engine.asSystem(identityService, () -> repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(GRADING_DECISION).latestVersion().singleResult());
    List<Criterion> criteria = d == null ? List.of() : criteria(Engine.asSystem(identityService,
        () -> repositoryService.getDmnModelInstance(d.getId())));
    Timestamp from = Timestamp.from(java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
    Timestamp to = Timestamp.from(java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());

    Map<String, Long> byGrade = new LinkedHashMap<>();
    for (String g : List.of("A", "B", "C", "D", "")) {
      byGrade.put(g, 0L);
    }
    jdbc.query("SELECT grade, COUNT(*) FROM crm_customer WHERE status = 'ACTIVE' GROUP BY grade",
        rs -> {
          String g = rs.getString(1);
          byGrade.merge(g == null ? "" : g, rs.getLong(2), Long::sum);
        });
    List<GradeCount> distribution = byGrade.entrySet().stream()
        .map(e -> new GradeCount(e.getKey().isEmpty() ? "未分级" : e.getKey(), e.getValue())).toList();

    List<RunCount> runs = jdbc.query("SELECT trigger_type, COUNT(*) FROM crm_grading_run WHERE started_at >= ?"
        + " AND started_at < ? GROUP BY trigger_type ORDER BY trigger_type",
        (rs, i) -> new RunCount(rs.getString(1), rs.getLong(2)), from, to);
    List<GradeChange> changes = new ArrayList<>(jdbc.query("SELECT previous_grade, final_grade, COUNT(*)"
        + " FROM crm_grading_result WHERE status = 'APPLIED' AND applied_at >= ? AND applied_at < ?"
        + " GROUP BY previous_grade, final_grade",
        (rs, i) -> new GradeChange(rs.getString(1) == null ? "未分级" : rs.getString(1), rs.getString(2),
            rs.getLong(3)), from, to));
    changes.sort(Comparator.comparing(GradeChange::from).thenComparing(GradeChange::to));
    Long overrides = jdbc.queryForObject("SELECT COUNT(*) FROM crm_grading_result WHERE status = 'APPLIED'"
        + " AND applied_at >= ? AND applied_at < ? AND final_grade <> grade", Long.class, from, to);

    OwnerViolations.Report report = ownerViolations.check(VIOLATIONS_LISTED);
    List<Violation> violations = report.violations().stream().map(v -> new Violation(v.customerId(),
        v.customerName(), v.grade(), v.owner(), v.problem(), v.description())).toList();
    return new AuditData(year, d == null ? null : d.getId(), d == null ? null : d.getVersion(), criteria,
        distribution, runs, changes, overrides == null ? 0 : overrides, report.total(), violations);
  }

  /** The decisions of the deployed rules, in their order in the model. */
  static List<Criterion> criteria(DmnModelInstance model) {
    List<Criterion> list = new ArrayList<>();
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (decision.getExpression() instanceof DecisionTable table) {
        String input = String.join("、", table.getInputs().stream().map(Input::getLabel).toList());
        String outputs = String.join("、", table.getOutputs().stream()
            .map(o -> o.getLabel() != null ? o.getLabel() : o.getName()).toList());
        List<String> rules = new ArrayList<>();
        for (Rule rule : table.getRules()) {
          String when = String.join("；", rule.getInputEntries().stream().map(GradingAuditData::text).toList());
          String then = String.join("；", rule.getOutputEntries().stream().map(GradingAuditData::text).toList());
          String description = rule.getDescription() == null ? null : rule.getDescription().getTextContent();
          rules.add((description == null ? "" : description + "：") + when + " → " + outputs + " " + then);
        }
        list.add(new Criterion(decision.getId(), decision.getName(), input, rules, null));
      } else if (decision.getExpression() instanceof LiteralExpression literal) {
        list.add(new Criterion(decision.getId(), decision.getName(), null, List.of(),
            literal.getText() == null ? null : literal.getText().getTextContent().trim()));
      }
    }
    return list;
  }

  private static String text(InputEntry e) {
    return e.getText() == null ? "" : e.getText().getTextContent().trim();
  }

  private static String text(OutputEntry e) {
    return e.getText() == null ? "" : e.getText().getTextContent().trim();
  }

}
