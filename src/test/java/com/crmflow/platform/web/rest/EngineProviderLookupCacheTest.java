package com.crmflow.platform.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The context class loader of Camunda API requests: the engine provider's service file once, everything else as before. */
class EngineProviderLookupCacheTest {

  /** A loader that counts how often the service file is searched for. */
  static final class Counting extends URLClassLoader {
    final AtomicInteger searches = new AtomicInteger();

    Counting(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    public java.util.Enumeration<URL> getResources(String name) throws IOException {
      if (EngineProviderLookupCache.SERVICE_FILE.equals(name)) {
        searches.incrementAndGet();
      }
      return super.getResources(name);
    }
  }

  @Test
  void theServiceLoaderFindsTheSameProviderAndTheFileIsSearchedOnce() throws IOException {
    ClassLoader usual = getClass().getClassLoader();
    Counting counting = new Counting(new URL[0], usual);
    EngineProviderLookupCache.Loader loader = new EngineProviderLookupCache.Loader(counting);
    assertThat(counting.searches).hasValue(1);

    List<String> before = ServiceLoader.load(ProcessEngineProvider.class, usual).stream()
        .map(p -> p.type().getName()).toList();
    assertThat(before).as("the starter's provider is on the test class path").isNotEmpty();
    for (int i = 0; i < 3; i++) {
      List<String> cached = ServiceLoader.load(ProcessEngineProvider.class, loader).stream()
          .map(p -> p.type().getName()).toList();
      assertThat(cached).isEqualTo(before);
      assertThat(ServiceLoader.load(ProcessEngineProvider.class, loader).findFirst().orElseThrow().getClass())
          .as("the very class of the usual loader").isSameAs(ServiceLoader.load(ProcessEngineProvider.class, usual)
              .findFirst().orElseThrow().getClass());
    }
    assertThat(counting.searches).as("never searched again").hasValue(1);
    try (InputStream in = loader.getResourceAsStream(EngineProviderLookupCache.SERVICE_FILE)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains(before.get(0));
    }
  }

  @Test
  void everyOtherClassAndResourceComesFromTheUsualLoader(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("only-here.txt"), "from the usual loader");
    Files.createDirectories(dir.resolve("META-INF/services"));
    try (URLClassLoader usual = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      EngineProviderLookupCache.Loader loader = new EngineProviderLookupCache.Loader(usual);
      assertThat(loader.loadClass(ProcessEngineProvider.class.getName())).isSameAs(ProcessEngineProvider.class);
      assertThat(Class.forName(getClass().getName(), false, loader)).isSameAs(getClass());
      assertThatThrownBy(() -> loader.loadClass("com.crmflow.NoSuchClass")).isInstanceOf(ClassNotFoundException.class);
      assertThat(loader.getResource("only-here.txt")).isEqualTo(usual.getResource("only-here.txt"));
      assertThat(Collections.list(loader.getResources("only-here.txt")))
          .isEqualTo(Collections.list(usual.getResources("only-here.txt")));
      try (InputStream in = loader.getResourceAsStream("only-here.txt")) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("from the usual loader");
      }
      assertThat(loader.getResource("nothing-here.txt")).isNull();
    }
  }

  @Test
  void theRequestRunsWithTheCachingLoaderAndTheUsualOneIsBackAfterwardsAlsoAfterAnError() throws Exception {
    EngineProviderLookupCache filter = new EngineProviderLookupCache();
    ClassLoader usual = Thread.currentThread().getContextClassLoader();
    AtomicReference<ClassLoader> during = new AtomicReference<>();
    filter.doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), new MockHttpServletResponse(),
        new MockFilterChain() {
          @Override
          public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
            during.set(Thread.currentThread().getContextClassLoader());
          }
        });
    assertThat(during.get()).isInstanceOf(EngineProviderLookupCache.Loader.class);
    assertThat(during.get().getParent()).isSameAs(usual);
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(usual);

    AtomicReference<ClassLoader> second = new AtomicReference<>();
    assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("POST", "/engine-rest/task/1/complete"),
        new MockHttpServletResponse(), new MockFilterChain() {
          @Override
          public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res)
              throws ServletException {
            second.set(Thread.currentThread().getContextClassLoader());
            throw new ServletException("failed");
          }
        })).isInstanceOf(ServletException.class);
    assertThat(second.get()).as("one loader for all requests of the same application").isSameAs(during.get());
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(usual);
  }

  @Test
  void anotherUsualLoaderGetsItsOwnCachingLoader() throws IOException {
    EngineProviderLookupCache filter = new EngineProviderLookupCache();
    try (URLClassLoader one = new URLClassLoader(new URL[0], getClass().getClassLoader());
        URLClassLoader two = new URLClassLoader(new URL[0], getClass().getClassLoader())) {
      ClassLoader first = filter.loaderAround(one);
      assertThat(filter.loaderAround(one)).isSameAs(first);
      assertThat(filter.loaderAround(two).getParent()).isSameAs(two);
    }
  }

  @Test
  void noServiceFileMeansNoProviderAsBefore(@TempDir Path dir) throws IOException {
    try (URLClassLoader bare = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      EngineProviderLookupCache.Loader loader = new EngineProviderLookupCache.Loader(bare);
      try (InputStream in = loader.getResourceAsStream(EngineProviderLookupCache.SERVICE_FILE)) {
        assertThat(in.readAllBytes()).isEmpty();
      }
      assertThat(ServiceLoader.load(ProcessEngineProvider.class, loader).findFirst()).isEmpty();
    }
  }
}
