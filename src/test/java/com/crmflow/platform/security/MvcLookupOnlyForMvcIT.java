package com.crmflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmflow.testsupport.it.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Spring MVC's handler lookup is skipped for Jersey's paths only — and the wrapping took place at all. */
@IntegrationTest
class MvcLookupOnlyForMvcIT {

  @Test
  void springSecuritysCacheFilterWasWrapped() {
    assertThat(MvcLookupOnlyForMvc.wrapped()).as("Spring Security's wiring of the MVC lookup changed?").isPositive();
  }

  @Test
  void onlyJerseysPathsSkipTheLookup() {
    assertThat(MvcLookupOnlyForMvc.servedByJaxRs(get("/engine-rest/process-definition/count"))).isTrue();
    assertThat(MvcLookupOnlyForMvc.servedByJaxRs(get("/camunda/api/engine/engine/default/task"))).isTrue();
    assertThat(MvcLookupOnlyForMvc.servedByJaxRs(get("/api/customers"))).isFalse();
    assertThat(MvcLookupOnlyForMvc.servedByJaxRs(get("/camunda/app/tasklist/"))).isFalse();
    assertThat(MvcLookupOnlyForMvc.servedByJaxRs(get("/engine-restx/a"))).isFalse();
  }

  private static MockHttpServletRequest get(String uri) {
    return new MockHttpServletRequest("GET", uri);
  }
}
