package com.crmflow.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.agreement.domain.AgreementExpiry.ExpiryPlan;
import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.Date;
import org.junit.jupiter.api.Test;

class AgreementExpiryTest {

  final AgreementFixture f = new AgreementFixture();
  final AgreementExpiry expiry = new AgreementExpiry(f.agreements, f.settings);

  static Date beijing(String at) {
    return Date.from(LocalDateTime.parse(at).atZone(AgreementFixture.BEIJING).toInstant());
  }

  @Test
  @Verifies("P6.3")
  void theDrafterIsRemindedThirtyDaysBeforeTheEndOfTermAndTheAgreementExpiresAfterIt() {
    f.agreement(5L, Agreement.IN_FORCE, "lina");
    assertThat(expiry.noticeAt(5L)).isEqualTo(beijing("2027-12-01T09:00"));
    assertThat(expiry.endsAt(5L)).isEqualTo(beijing("2028-01-01T00:00"));
    AgreementExpiry ninety = new AgreementExpiry(f.agreements, new AgreementSettings(Period.ofDays(90),
        LocalTime.of(8, 30)));
    assertThat(ninety.noticeAt(5L)).as("crm.agreement.expiry-notice").isEqualTo(beijing("2027-10-02T08:30"));
  }

  @Test
  void aShortTermIsNoticedAtOnce() {
    Agreement a = f.agreement(5L, Agreement.IN_FORCE, "lina");
    a.setEndDate(LocalDate.parse("2026-12-01"));
    assertThat(expiry.noticeAt(5L)).isEqualTo(Date.from(f.clock.instant()));
  }

  @Test
  @Verifies("P6.3")
  void theDrafterSaysWhatHappensAtTheEndAndTheAgreementExpires() {
    Agreement a = f.agreement(5L, Agreement.IN_FORCE, "lina");
    assertThatThrownBy(() -> expiry.plan(5L, new ExpiryPlan("renew", null), "zhangwei"))
        .hasMessageContaining("只有起草人 lina");
    assertThatThrownBy(() -> expiry.plan(5L, new ExpiryPlan("forget", null), "lina"))
        .hasMessageContaining("到期安排");
    expiry.plan(5L, new ExpiryPlan("renew", "客户希望续签两年"), "lina");
    assertThat(a.getExpiryNoticedAt()).isEqualTo(f.clock.instant());
    expiry.expire(5L);
    assertThat(a.getStatus()).isEqualTo(Agreement.EXPIRED);
    assertThat(f.journal).extracting(AgreementEvent::getKind).containsExactly("EXPIRY_PLANNED", "EXPIRED");
    assertThat(f.journal.get(0).getNote()).contains("协商续签").contains("续签两年");
    assertThatThrownBy(() -> expiry.expire(5L)).hasMessageContaining("只能在「已生效」时办理");
  }
}
