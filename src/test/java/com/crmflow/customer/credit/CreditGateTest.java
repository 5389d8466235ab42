package com.crmflow.customer.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a drafted agreement opens a credit evaluation, and when a low rating holds the signature (P3.7). */
class CreditGateTest {

  static final LocalDate TODAY = LocalDate.parse("2026-11-30");

  final CreditEvaluations evaluations = mock(CreditEvaluations.class);
  final CreditEvaluationRepository repository = mock(CreditEvaluationRepository.class);
  final CreditStarter starter = mock(CreditStarter.class);
  final CreditGate gate = new CreditGate(evaluations, repository, starter);

  @Test
  @Verifies("P3.7")
  void aDraftForACustomerWithoutAValidEvaluationOpensOneForFinance() {
    when(evaluations.current(7L)).thenReturn(Optional.empty());
    gate.agreementDrafted(7L, TODAY, "lina");
    verify(starter).start(7L, CreditEvaluation.AGREEMENT, "lina");

    CreditEvaluation lapsed = evaluation(CreditEvaluation.CURRENT, "AA", TODAY.minusDays(1), null);
    when(evaluations.current(8L)).thenReturn(Optional.of(lapsed));
    gate.agreementDrafted(8L, TODAY, "lina");
    verify(starter).start(8L, CreditEvaluation.AGREEMENT, "lina");
  }

  @Test
  void aValidOrAnOpenEvaluationIsEnough() {
    when(evaluations.current(7L)).thenReturn(Optional.of(evaluation(CreditEvaluation.CURRENT, "AA", TODAY, null)));
    gate.agreementDrafted(7L, TODAY, "lina");
    when(evaluations.hasOpen(8L)).thenReturn(true);
    gate.agreementDrafted(8L, TODAY, "lina");
    verify(starter, never()).start(any(), anyString(), anyString());
  }

  @Test
  @Verifies("P3.7")
  void aRatingBelowTheThresholdHoldsTheSignatureUntilTheRiskMeasuresAreSet() {
    CreditEvaluation low = evaluation(CreditEvaluation.MEASURES, "B", TODAY.plusYears(1), null);
    when(repository.findByOpenCustomerId(7L)).thenReturn(Optional.of(low));
    assertThat(gate.signatureHold(7L)).get().asString().contains("CRE-2026-0001").contains("风险控制措施");

    low.setRiskMeasure("DEPOSIT");
    assertThat(gate.signatureHold(7L)).isEmpty();
    // an evaluation finance has not rated yet, or none at all, holds nothing
    when(repository.findByOpenCustomerId(8L))
        .thenReturn(Optional.of(evaluation(CreditEvaluation.PENDING, null, null, null)));
    assertThat(gate.signatureHold(8L)).isEmpty();
    assertThat(gate.signatureHold(9L)).isEmpty();
  }

  static CreditEvaluation evaluation(String status, String rating, LocalDate validUntil, String measure) {
    CreditEvaluation e = new CreditEvaluation();
    e.setEvaluationNumber("CRE-2026-0001");
    e.setStatus(status);
    e.setRating(rating);
    e.setValidUntil(validUntil);
    e.setRiskMeasure(measure);
    return e;
  }
}
