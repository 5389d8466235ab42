package com.crmflow.platform.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.junit.jupiter.api.Test;

/** /engine-rest keeps all of Camunda's resources and providers; only the JSON mapper is made once. */
class CrmJerseyResourceConfigTest {

  @Test
  void everyResourceAndProviderOfCamundaButItsMapperResolverWhichOursReplaces() throws Exception {
    CrmJerseyResourceConfig config = new CrmJerseyResourceConfig();
    config.afterPropertiesSet();
    assertThat(config.getClasses()).containsAll(CamundaRestResources.getResourceClasses())
        .contains(SharedRestObjectMapper.class, JacksonFeature.class).doesNotContain(JacksonConfigurator.class);
    assertThat(config.getClasses()).containsAll(CrmJerseyResourceConfig.configurationClasses());
    assertThat(CrmJerseyResourceConfig.configurationClasses())
        .hasSize(CamundaRestResources.getConfigurationClasses().size() - 1);
  }

  @Test
  void theSharedMapperWritesAndReadsAsCamundasOwn() throws Exception {
    ObjectMapper camundas = new JacksonConfigurator().getContext(Object.class);
    ObjectMapper ours = new SharedRestObjectMapper().getContext(Object.class);
    SharedRestObjectMapper resolver = new SharedRestObjectMapper();
    assertThat(resolver.getContext(TaskDto.class)).as("made once").isSameAs(resolver.getContext(Map.class));

    Map<String, Object> value = Map.of("due", new Date(1_764_570_600_000L), "name", "初步评估投诉");
    assertThat(ours.writeValueAsString(value)).isEqualTo(camundas.writeValueAsString(value))
        .containsPattern("\"due\":\"2025-12-0\\dT\\d\\d:30:00\\.000[+-]\\d{4}\""); // Camunda's format, not a number
    String json = "{\"name\":\"初步评估投诉\",\"due\":\"2026-12-01T10:30:00.000+0800\",\"unknownField\":1}";
    TaskDto read = ours.readValue(json, TaskDto.class);
    assertThat(read.getDue()).isEqualTo(camundas.readValue(json, TaskDto.class).getDue());
    assertThat(read.getName()).isEqualTo("初步评估投诉");
  }
}
