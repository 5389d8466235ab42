package com.crmflow.evaluation.process.form;

import com.crmflow.platform.forms.FormData;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of {@code forms/owner-evaluation-decision.form} (form id {@code owner-evaluation-decision}):
 * one constant per field key and one typed reader per editable field, which takes the submitted value
 * out of the process variables ({@link FormData}).
 *
 * <p>Generated from the form by {@code FormFieldsTest}; do not edit. After changing the form run
 * {@code ./mvnw -B -q test -Dtest=FormFieldsTest -Dforms.write=true}.
 */
public final class OwnerEvaluationDecisionForm {

  public static final String FORM = "forms/owner-evaluation-decision.form";

  /** 「奖惩建议」 (dynamiclist). */
  public static final String PROPOSALS = "proposals";
  public static final String PROPOSALS_PROPOSAL_ID = "proposalId";
  public static final String PROPOSALS_OWNER = "owner";
  public static final String PROPOSALS_PROPOSAL = "proposal";
  public static final String PROPOSALS_DECISION = "decision";
  public static final String PROPOSALS_REASON = "reason";

  /** 「工作态度与团队协作」 (dynamiclist). */
  public static final String OWNERS = "owners";
  public static final String OWNERS_OWNER = "owner";
  public static final String OWNERS_FIGURES = "figures";
  public static final String OWNERS_ATTITUDE = "attitude";
  public static final String OWNERS_TEAMWORK = "teamwork";

  private OwnerEvaluationDecisionForm() {}

  /** 「奖惩建议」 (dynamiclist). */
  public static JsonNode proposals(FormData form) {
    return form.takeJson(PROPOSALS);
  }

  /** 「工作态度与团队协作」 (dynamiclist). */
  public static JsonNode owners(FormData form) {
    return form.takeJson(OWNERS);
  }
}
