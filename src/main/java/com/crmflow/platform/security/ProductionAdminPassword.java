package com.crmflow.platform.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Without the {@code demo} profile the application does not start unless the administrator's password is set
 * ({@code CRM_ADMIN_PASSWORD}): Camunda would otherwise create the administrator with the user id as password.
 * Checked before any bean is created, so nothing is written to the database first.
 */
@Component
public class ProductionAdminPassword implements BeanFactoryPostProcessor, EnvironmentAware {

  static final String PROPERTY = "camunda.bpm.admin-user.password";
  static final String MESSAGE = "未设置系统管理员密码：请设置环境变量 CRM_ADMIN_PASSWORD（不能为空，不能与用户名相同）。"
      + " / The administrator password is not set: set the environment variable CRM_ADMIN_PASSWORD (not empty, not"
      + " equal to the user id). Only the demo profile (./mvnw spring-boot:run) creates admin/admin.";

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    // active, or the default profile when none is active (the tests' spring.profiles.default=demo)
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      return;
    }
    String password = environment.getProperty(PROPERTY);
    String user = environment.getProperty("camunda.bpm.admin-user.id");
    if (password == null || password.isBlank() || password.equals(user)) {
      throw new IllegalStateException(MESSAGE);
    }
  }
}
