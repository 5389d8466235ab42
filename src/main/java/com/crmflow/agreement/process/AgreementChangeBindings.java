package com.crmflow.agreement.process;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.AgreementInput;
import com.crmflow.agreement.domain.AgreementTermination;
import com.crmflow.agreement.domain.Agreements;
import com.crmflow.agreement.process.form.AgreementAmendmentStartForm;
import com.crmflow.agreement.process.form.AgreementTerminationStartForm;
import com.crmflow.platform.forms.FormData;
import com.crmflow.platform.process.Engine;
import com.crmflow.platform.process.InvalidFieldException;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delegates of the Tasklist starts 变更合作协议 ({@code processes/agreement-amendment.bpmn}) and 申请终止合作协议
 * ({@code processes/agreement-termination.bpmn}), SPEC P6.5: each takes the start form's values and calls the same
 * steps as {@code POST /api/agreements/{number}/amendments} and {@code …/termination} ({@link AgreementStarts}), as
 * the logged-in user. An agreement the user may not change is refused naming the field {@code agreementNumber},
 * whether it exists or not.
 */
@Configuration
public class AgreementChangeBindings {

  private final Agreements agreements;
  private final AgreementStarts starts;

  public AgreementChangeBindings(Agreements agreements, AgreementStarts starts) {
    this.agreements = agreements;
    this.starts = starts;
  }

  /** The agreement chosen in the start form, if the user may change it. */
  private Agreement chosen(String number, String user, String field) {
    Agreement a = number == null ? null : agreements.find(number).orElse(null);
    if (a == null || !starts.mayChange(a, user)) {
      throw new InvalidFieldException(field, "合作协议 " + number + " 不在您可以办理的协议中（只有协议起草人和法务部门可以变更或终止协议）");
    }
    return a;
  }

  /**
   * 变更合作协议: the new version with the changed terms — a term left empty stays as it is in the version in force;
   * at least one term must change. The new version's own instance starts with legal review.
   */
  @Bean
  public JavaDelegate amendAgreement() {
    return execution -> {
      String user = Engine.authenticatedUser(execution);
      FormData form = FormData.of(execution);
      Agreement old = chosen(AgreementAmendmentStartForm.agreementNumber(form), user,
          AgreementAmendmentStartForm.AGREEMENT_NUMBER);
      AgreementInput in = new AgreementInput(old.getCustomerId(),
          or(AgreementAmendmentStartForm.title(form), old.getTitle()),
          or(AgreementAmendmentStartForm.parties(form), old.getParties()),
          or(AgreementAmendmentStartForm.rightsObligations(form), old.getRightsObligations()),
          or(AgreementAmendmentStartForm.content(form), old.getContent()),
          or(AgreementAmendmentStartForm.startDate(form), old.getStartDate()),
          or(AgreementAmendmentStartForm.endDate(form), old.getEndDate()),
          or(AgreementAmendmentStartForm.paymentTerms(form), old.getPaymentTerms()),
          or(AgreementAmendmentStartForm.breachLiability(form), old.getBreachLiability()));
      if (sameTerms(in, old)) {
        throw new InvalidFieldException(AgreementAmendmentStartForm.TITLE,
            "变更后的条款与原协议相同：请至少修改一项条款（留空的条款沿用原协议）");
      }
      Agreement amended = starts.amend(old.getAgreementNumber(), in, user);
      execution.setProcessBusinessKey(amended.getAgreementNumber());
    };
  }

  /** 申请终止合作协议: the request is recorded and legal's review task opens in the agreement's instance. */
  @Bean
  public JavaDelegate requestAgreementTermination() {
    return execution -> {
      String user = Engine.authenticatedUser(execution);
      FormData form = FormData.of(execution);
      Agreement a = chosen(AgreementTerminationStartForm.agreementNumber(form), user,
          AgreementTerminationStartForm.AGREEMENT_NUMBER);
      starts.requestTermination(a.getAgreementNumber(), new AgreementTermination.Request(
          AgreementTerminationStartForm.reason(form), AgreementTerminationStartForm.effectiveOn(form),
          AgreementTerminationStartForm.settlement(form)), user);
      execution.setProcessBusinessKey(a.getAgreementNumber());
    };
  }

  private static <T> T or(T value, T old) {
    return value == null || (value instanceof String s && s.isBlank()) ? old : value;
  }

  private static boolean sameTerms(AgreementInput in, Agreement old) {
    Function<String, String> t = s -> s == null ? null : s.trim();
    return Objects.equals(t.apply(in.title()), old.getTitle()) && Objects.equals(t.apply(in.parties()), old.getParties())
        && Objects.equals(t.apply(in.rightsObligations()), old.getRightsObligations())
        && Objects.equals(t.apply(in.content()), old.getContent()) && in.startDate().equals(old.getStartDate())
        && in.endDate().equals(old.getEndDate()) && Objects.equals(t.apply(in.paymentTerms()), old.getPaymentTerms())
        && Objects.equals(t.apply(in.breachLiability()), old.getBreachLiability());
  }
}
