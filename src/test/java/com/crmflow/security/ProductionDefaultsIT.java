package com.crmflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.CrmProcessApplication;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The packaged application without the demo profile (as {@code java -jar} starts it): no administrator password, no
 * start — and with one, an administrator and no demo users. Runs on in-memory H2 (nothing to attack over HTTP here;
 * the refusal happens before any bean exists).
 */
class ProductionDefaultsIT {

  private static SpringApplicationBuilder app() {
    // an explicit profile that has no file: the application's own defaults, not the tests' default (demo)
    return new SpringApplicationBuilder(CrmProcessApplication.class).profiles("production-defaults-check");
  }

  private static String[] args(String adminPassword) {
    return new String[] {
        "--spring.datasource.url=jdbc:h2:mem:production-defaults;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE",
        "--server.port=0", "--camunda.bpm.job-execution.enabled=false", "--crm.scheduling.enabled=false",
        // engines are registered JVM-wide by name: closing this one must not unregister the shared test context's
        "--camunda.bpm.process-engine-name=production-defaults-check",
        "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=" + adminPassword};
  }

  @Test
  void withoutAnAdministratorPasswordTheApplicationRefusesToStartAndSaysWhy() {
    for (String password : List.of("", "admin")) {
      assertThatThrownBy(() -> app().run(args(password)).close())
          .as("password '%s'", password)
          .hasStackTraceContaining("CRM_ADMIN_PASSWORD")
          .hasStackTraceContaining("未设置系统管理员密码")
          .hasStackTraceContaining("The administrator password is not set");
    }
  }

  @Test
  void withAPasswordItStartsWithTheAdministratorAndNoDemoUsers() {
    try (ConfigurableApplicationContext context = app().run(args("Prod-Only-Secret-42"))) {
      IdentityService identity = context.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
      assertThat(identity.checkPassword("admin", "admin")).isFalse();
      assertThat(identity.checkPassword("admin", "Prod-Only-Secret-42")).isTrue();
      assertThat(identity.createGroupQuery().groupId("camunda-admin").count()).isEqualTo(1);
      // the organisation's groups exist, nobody is in them; no demo customers
      assertThat(identity.createUserQuery().memberOfGroup("account-manager").count()).isZero();
      assertThat(context.getBean(com.crmflow.customer.domain.CustomerRepository.class).count()).isZero();
      // the zero-setup database gets the index Camunda's schema lacks too (EngineTableIndexes)
      assertThat(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
          "SELECT count(*) FROM information_schema.indexes WHERE lower(index_name) = 'crm_idx_task_parent'",
          Integer.class)).isPositive();
    }
  }
}
