package com.crmflow.platform.web.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * The JSON mapper of {@code /engine-rest}: Camunda's settings ({@link JacksonConfigurator#configureObjectMapper}:
 * its date format, unknown properties ignored, dates as text), made once. Camunda's own resolver builds a new
 * {@link ObjectMapper} every time one is asked for — at least twice per request (issue 9: 2 % of the CPU of claim and
 * submit-form). An {@code ObjectMapper} is safe to share once configured; Jackson copies the date format for every
 * use, as {@code SimpleDateFormat} is not thread-safe.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
public class SharedRestObjectMapper implements ContextResolver<ObjectMapper> {

  private final ObjectMapper mapper = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }
}
