package com.crmflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.customer.owner.OwnerCheckSettings;
import com.crmflow.platform.calendar.CalendarSettings;
import com.crmflow.platform.crypto.DataKeysetProperties;
import com.crmflow.platform.identity.OrganizationProperties;
import com.crmflow.platform.security.CrossOriginProperties;
import com.crmflow.platform.security.LoginThrottleProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The settings records bind with their one default when nothing is configured, and take the documented property
 * names (README, docs/operations.md). Spring's binder only, no application context.
 */
class PlatformSettingsTest {

  private static <T> T bind(String prefix, Class<T> type, Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate(prefix, type);
  }

  @Test
  void eachSettingHasItsDefault() {
    CalendarSettings calendar = bind("crm.calendar", CalendarSettings.class, Map.of());
    assertThat(calendar.noticeDays()).isEqualTo(60);
    assertThat(calendar.checkCron()).isEqualTo("0 0 7 * * *");
    assertThat(calendar.reloadInterval()).isEqualTo(Duration.ofMinutes(5));
    DataKeysetProperties data = bind("crm.data", DataKeysetProperties.class, Map.of());
    assertThat(data.keyset()).isNull();
    assertThat(data.keysetFile()).isEqualTo("./data/crm-data-keyset.json");
    assertThat(data.generateKeyset()).isTrue();
    OrganizationProperties organization = bind("crm.organization", OrganizationProperties.class, Map.of());
    assertThat(organization.location().getDescription()).contains("config/organization.yaml");
    assertThat(organization.demoUsersLocation()).isNull();
    assertThat(bind("crm.security", CrossOriginProperties.class, Map.of()).allowedOrigins()).isEmpty();
    assertThat(bind("crm.grading", OwnerCheckSettings.class, Map.of()).ownerCheckCron()).isEqualTo("0 30 7 * * *");
  }

  @Test
  void thePropertyNamesAreTheDocumentedOnes() {
    assertThat(bind("crm.calendar", CalendarSettings.class,
        Map.of("crm.calendar.notice-days", "30", "crm.calendar.check-cron", "0 0 6 * * *")))
        .extracting(CalendarSettings::noticeDays, CalendarSettings::checkCron).containsExactly(30, "0 0 6 * * *");
    DataKeysetProperties data = bind("crm.data", DataKeysetProperties.class, Map.of("crm.data.keyset", "{}",
        "crm.data.keyset-file", "/etc/crm/keyset.json", "crm.data.generate-keyset", "false"));
    assertThat(data).isEqualTo(new DataKeysetProperties("{}", "/etc/crm/keyset.json", false));
    assertThat(bind("crm.organization", OrganizationProperties.class,
        Map.of("crm.organization.demo-users-location", "classpath:config/demo-users.yaml")).demoUsersLocation())
        .isEqualTo("classpath:config/demo-users.yaml");
    assertThat(bind("crm.security", CrossOriginProperties.class,
        Map.of("crm.security.allowed-origins", "https://a.example.com,https://b.example.com")).allowedOrigins())
        .isEqualTo(List.of("https://a.example.com", "https://b.example.com"));
    assertThat(bind("crm.grading", OwnerCheckSettings.class,
        Map.of("crm.grading.owner-check-cron", "0 0 8 * * *")).ownerCheckCron()).isEqualTo("0 0 8 * * *");
  }

  /**
   * The break-glass switch documented as CRM_SECURITY_LOGIN_THROTTLE_ENABLED reaches login-throttle.enabled by
   * Spring's relaxed binding alone (no placeholder in application.yaml).
   */
  @Test
  void theLoginThrottleIsSwitchedOffFromTheEnvironment() {
    assertThat(bind("crm.security.login-throttle", LoginThrottleProperties.class, Map.of()).enabled()).isTrue();
    Binder environment = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        Map.of("CRM_SECURITY_LOGIN_THROTTLE_ENABLED", "false"))));
    assertThat(environment.bindOrCreate("crm.security.login-throttle", LoginThrottleProperties.class).enabled())
        .isFalse();
  }
}
