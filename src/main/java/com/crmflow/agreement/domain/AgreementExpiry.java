package com.crmflow.agreement.domain;

import static com.crmflow.agreement.domain.Agreements.trim;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 协议到期 (SPEC P6.3): {@code crm.agreement.expiry-notice} (default 30 days) before the end of its term the drafter
 * gets 「协议即将到期」 and says what is to happen (renewal, termination, let it expire); at the end of the term the
 * agreement expires.
 */
@Service
@Transactional
public class AgreementExpiry {

  public static final String RENEW = "renew";
  public static final String TERMINATE = "terminate";
  public static final String LET_EXPIRE = "expire";
  public static final Map<String, String> PLANS = Map.of(RENEW, "协商续签", TERMINATE, "到期终止合作", LET_EXPIRE,
      "到期自然终止");
  public static final int MAX_NOTE = 2000;

  /** What the drafter plans for the end of the term. */
  public record ExpiryPlan(
      @Label("到期安排") @NotBlank @OneOf({RENEW, TERMINATE, LET_EXPIRE}) String expiryPlan,
      @Label("说明") @Size(max = MAX_NOTE) String expiryNote) {}

  private final Agreements agreements;
  private final AgreementSettings settings;

  public AgreementExpiry(Agreements agreements, AgreementSettings settings) {
    this.agreements = agreements;
    this.settings = settings;
  }

  /**
   * When the drafter is reminded that the term ends: {@code expiry-notice} before the end date at the notice time,
   * but not before now (a short term is noticed at once).
   */
  public Date noticeAt(Long agreementId) {
    Agreement a = agreements.get(agreementId);
    return notBeforeNow(a.getEndDate().minus(settings.expiryNotice()).atTime(settings.noticeTime())
        .atZone(agreements.clock().getZone()));
  }

  /** The end of the term: the start of the day after the end date. */
  public Date endsAt(Long agreementId) {
    Agreement a = agreements.get(agreementId);
    return notBeforeNow(a.getEndDate().plusDays(1).atStartOfDay(agreements.clock().getZone()));
  }

  private Date notBeforeNow(ZonedDateTime at) {
    return Date.from(at.toInstant().isBefore(agreements.now()) ? agreements.now() : at.toInstant());
  }

  /** The drafter was reminded and says what is to happen at the end of the term. */
  public void plan(Long agreementId, ExpiryPlan plan, String actor) {
    Inputs.valid(plan);
    Agreement a = agreements.get(agreementId);
    Agreements.requireStatus(a, Agreement.IN_FORCE, "到期安排");
    if (actor == null || !actor.equals(a.getDraftedBy())) {
      throw new BusinessRuleException("只有起草人 " + a.getDraftedBy() + " 可以办理合作协议 " + a.getAgreementNumber()
          + " 的到期安排");
    }
    a.setExpiryNoticedAt(agreements.now());
    String note = trim(plan.expiryNote());
    agreements.journal(a, "EXPIRY_PLANNED", "协议将于 " + a.getEndDate() + " 到期，到期安排：" + PLANS.get(plan.expiryPlan())
        + (note == null ? "" : "。" + note), actor);
  }

  /** The term has ended: the agreement is EXPIRED. */
  public void expire(Long agreementId) {
    Agreement a = agreements.get(agreementId);
    Agreements.requireStatus(a, Agreement.IN_FORCE, "协议到期");
    a.setStatus(Agreement.EXPIRED);
    agreements.journal(a, "EXPIRED", "合作期限已于 " + a.getEndDate() + " 届满，协议到期", Agreements.SYSTEM);
  }
}
