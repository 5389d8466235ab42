package com.crmflow.platform.web.rest;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * {@code /engine-rest} as the Camunda starter configures it ({@link CamundaJerseyResourceConfig}, which steps aside
 * for this bean): every resource and provider of {@link CamundaRestResources} and Jackson, except that the JSON
 * mapper is {@link SharedRestObjectMapper} instead of Camunda's {@link JacksonConfigurator}, with the same settings.
 */
@Component
public class CrmJerseyResourceConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    registerClasses(configurationClasses());
    register(SharedRestObjectMapper.class);
    register(JacksonFeature.class);
  }

  /** Camunda's providers (exception handlers, message body readers and writers) without its JSON mapper resolver. */
  static Set<Class<?>> configurationClasses() {
    Set<Class<?>> classes = new LinkedHashSet<>(CamundaRestResources.getConfigurationClasses());
    if (!classes.remove(JacksonConfigurator.class)) {
      throw new IllegalStateException("Camunda's REST configuration no longer lists " + JacksonConfigurator.class.getName()
          + ": check that " + SharedRestObjectMapper.class.getSimpleName() + " still replaces its JSON mapper");
    }
    return classes;
  }
}
