package com.crmflow.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api} (springdoc, generated from the controllers), served at {@code /api/openapi}
 * to logged-in users. Camunda's own REST API ({@code /engine-rest}) is documented by Camunda.
 */
@Configuration
public class OpenApiConfig {

  static final String BASIC = "basic";

  @Bean
  public OpenAPI crmOpenApi() {
    return new OpenAPI()
        .info(new Info().title("crm-process API")
            .description("客户管理制度流程系统的业务接口：客户档案、项目、投诉、回访、分级、通知与管理功能。"
                + " Every call needs HTTP Basic; errors are RFC 9457 problem details with a Chinese message.")
            .version("1"))
        .components(new Components().addSecuritySchemes(BASIC,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}
