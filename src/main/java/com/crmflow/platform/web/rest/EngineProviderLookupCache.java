package com.crmflow.platform.web.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST resources look the process engine up for every request ({@code EngineUtil.lookupProcessEngine}:
 * {@code ServiceLoader.load(ProcessEngineProvider.class)} with the thread's context class loader), and so search
 * every jar of the application for {@code META-INF/services/…ProcessEngineProvider} and read the file found again —
 * 4 % of the CPU of claim and submit-form (issue 9). While a request of {@code /engine-rest} or of the web apps' API
 * runs, the thread's context class loader is a {@link Loader} around the usual one: it answers that one file from
 * what the usual loader found the first time, and leaves every class and every other resource to the usual loader.
 * The loader in place before is restored when the request ends, also when it fails.
 */
public class EngineProviderLookupCache extends OncePerRequestFilter {

  static final String SERVICE_FILE = "META-INF/services/" + ProcessEngineProvider.class.getName();

  /** The loader for the context class loader last seen (the web application's: the same for every request). */
  private volatile Loader loader;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    if (before == null) {
      chain.doFilter(request, response);
      return;
    }
    thread.setContextClassLoader(loaderAround(before));
    try {
      chain.doFilter(request, response);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  Loader loaderAround(ClassLoader usual) {
    Loader current = loader;
    if (current == null || current.getParent() != usual) {
      current = new Loader(usual);
      loader = current;
    }
    return current;
  }

  /**
   * Delegates everything to its parent, except the resources named {@link #SERVICE_FILE}: those the parent finds are
   * read once and answered as one in-memory file with their lines in the parent's order (the service loader takes
   * the first provider, the same one as before).
   */
  static final class Loader extends ClassLoader {

    private final URL serviceFile;

    Loader(ClassLoader parent) {
      super(parent);
      this.serviceFile = inMemory(SERVICE_FILE, readAll(parent));
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      return getParent().loadClass(name); // defines no class of its own: no lock, no second lookup
    }

    @Override
    public URL getResource(String name) {
      return SERVICE_FILE.equals(name) ? serviceFile : getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return SERVICE_FILE.equals(name) ? Collections.enumeration(List.of(serviceFile)) : getParent().getResources(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      return SERVICE_FILE.equals(name) ? open(serviceFile) : getParent().getResourceAsStream(name);
    }

    private static InputStream open(URL url) {
      try {
        return url.openStream();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static byte[] readAll(ClassLoader parent) {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      try {
        for (URL url : Collections.list(parent.getResources(SERVICE_FILE))) {
          try (InputStream in = url.openStream()) {
            in.transferTo(all);
          }
          all.write('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + SERVICE_FILE, e);
      }
      return all.toByteArray();
    }

    @SuppressWarnings("deprecation") // URL(protocol, host, port, file, handler): the way to an in-memory URL on Java 17
    private static URL inMemory(String path, byte[] content) {
      URLStreamHandler handler = new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL u) {
          return new URLConnection(u) {
            @Override
            public void connect() {
              connected = true;
            }

            @Override
            public InputStream getInputStream() {
              return new ByteArrayInputStream(content);
            }
          };
        }
      };
      try {
        return new URL("crm-cached", "", -1, "/" + path, handler);
      } catch (java.net.MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
