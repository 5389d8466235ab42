package com.crmflow.platform.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Spring Security puts Spring MVC's {@link HandlerMappingIntrospector} cache filter in front of its filter chain: for
 * every request it looks up the Spring MVC handler (all our controllers' mappings), so that MVC request matchers and
 * CORS decisions can use it later. Requests to Camunda's REST API ({@code /engine-rest}, and the webapps'
 * {@code /camunda/api}) are served by Jersey, not by Spring MVC, and our security uses path matchers and no CORS: the
 * lookup found nothing and nobody read it — about 10 % of the CPU of a small authenticated read (issue 9, JFR).
 * This wraps the cache filter so that those requests skip it; every other request is cached as before. Should
 * something still ask for the lookup on such a request, Spring computes it then (correctly, uncached).
 */
class MvcLookupOnlyForMvc implements BeanPostProcessor {

  /** Paths served by Camunda's JAX-RS (Jersey) applications, never by Spring MVC. */
  static final String[] JAX_RS_PATHS = {"/engine-rest/", "/camunda/api/"};

  private static final String CACHE_FILTER_CLASS = HandlerMappingIntrospector.class.getName() + "$$Lambda";
  private static final AtomicInteger WRAPPED = new AtomicInteger();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof Filter cacheFilter && bean.getClass().getName().startsWith(CACHE_FILTER_CLASS)) {
      WRAPPED.incrementAndGet();
      return (Filter) (request, response, chain) -> {
        if (request instanceof HttpServletRequest http && servedByJaxRs(http)) {
          chain.doFilter(request, response);
        } else {
          cacheFilter.doFilter(request, response, chain);
        }
      };
    }
    return bean;
  }

  static boolean servedByJaxRs(HttpServletRequest request) {
    String uri = request.getRequestURI();
    int context = request.getContextPath().length();
    for (String path : JAX_RS_PATHS) {
      if (uri.startsWith(path, context)) {
        return true;
      }
    }
    return false;
  }

  /** How many cache filters were wrapped in this JVM (for tests: Spring Security's wiring may change). */
  static int wrapped() {
    return WRAPPED.get();
  }
}
