package com.crmflow.development.domain;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerGrades;
import com.crmflow.customer.domain.Indicators;
import com.crmflow.customer.grading.GradingRules;
import com.crmflow.customer.grading.GradingRules.Outcome;
import com.crmflow.customer.grading.GradingRules.Prospect;
import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.DeployedDecisions.Version;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 继续培育时的潜在客户分类 (SPEC P3.1, P5.4; 001 §3(1)): a lead kept in nurturing is classified A–D by the grading
 * rules (processes/customer-grading.dmn, decision prospect-grading) from its company's scale and industry (the customer
 * archive's, else as captured with the lead) and the intention assessed at the visit. The grade is stored on the
 * customer archive through the customer feature ({@link CustomerGrades#applyGrade}: grade, graded_at, its audit entry
 * and the grade-change event), and the lead's audit log names the criteria and the rule version.
 */
@Service
@Transactional
public class ProspectGrading {

  static final Map<String, String> SCALES = Map.of("micro", "微型", "small", "小型", "medium", "中型", "large", "大型");

  private final Leads leads;
  private final GradingRules rules;
  private final CustomerGrades grades;
  private final AuditLog audit;

  public ProspectGrading(Leads leads, GradingRules rules, CustomerGrades grades, AuditLog audit) {
    this.leads = leads;
    this.rules = rules;
    this.grades = grades;
    this.audit = audit;
  }

  /** Grades the open lead's customer; returns the grade A–D. */
  public String grade(Long leadId, String actor) {
    Lead lead = leads.open(leadId);
    if (lead.getIntention() == null) {
      throw new BusinessRuleException("线索 " + lead.getLeadNumber() + " 尚未在拜访中评估合作意向，不能进行潜在客户分类");
    }
    Customer customer = leads.customer(lead);
    Prospect prospect = new Prospect(lead.getIntention(), lead.getScale(), lead.getIndustry())
        .withArchive(customer.getScale(), customer.getIndustry());
    String scale = prospect.scale();
    String industry = prospect.industry();
    Version version = rules.current();
    Outcome outcome = rules.gradeProspect(version, Indicators.of(customer), prospect);
    String previous = customer.getGrade();
    grades.applyGrade(customer.getId(), outcome.grade(), actor);
    audit.record(actor, AuditLog.GRADE_CHANGE, LeadOutcome.ENTITY, lead.getId(), "线索 " + lead.getLeadNumber()
        + " 继续培育，潜在客户分类 " + previous + " → " + outcome.grade() + "（客户 " + customer.getId() + "；企业规模 "
        + LeadCodes.label(SCALES, scale) + "，所属行业 " + (industry == null ? "—" : industry) + "，合作意向 "
        + LeadCodes.label(LeadCodes.INTENTIONS, lead.getIntention()) + "；" + GradingRules.DECISION_KEY + " v"
        + version.version() + "）");
    return outcome.grade();
  }
}
