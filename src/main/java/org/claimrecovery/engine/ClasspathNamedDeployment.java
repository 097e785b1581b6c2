package org.claimrecovery.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models under their class path names ({@code forms/attach-document.html}) instead of Spring's
 * default, the absolute file path when run from a folder and the bare file name inside a jar. An embedded
 * form is found by its resource name ({@code embedded:deployment:forms/attach-document.html}), so that name
 * must be the same wherever the service runs. Replaces the starter's deployment configuration.
 */
@Component
class ClasspathNamedDeployment extends DefaultDeploymentConfiguration {

  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  @Override
  public Set<Resource> getDeploymentResources() {
    List<String> roots = new ArrayList<>();
    for (String pattern : camundaBpmProperties.getDeploymentResourcePattern()) {
      String path = pattern.replaceFirst("^classpath\\*?:", "");
      int wildcard = path.indexOf('*');
      String root = wildcard < 0 ? path : path.substring(0, path.lastIndexOf('/', wildcard) + 1);
      if (!root.isEmpty() && !roots.contains(root)) {
        roots.add(root);
      }
    }
    Set<Resource> named = new LinkedHashSet<>();
    for (Resource resource : super.getDeploymentResources()) {
      named.add(new Named(resource, classpathName(resource, roots)));
    }
    return named;
  }

  /** The path below the class path root that holds the resource, e.g. {@code bpmn/negotiation.bpmn}. */
  private String classpathName(Resource resource, List<String> roots) {
    try {
      String url = resource.getURL().toString();
      for (String root : roots) {
        for (Resource rootDir : resolver.getResources("classpath*:" + root)) {
          String rootUrl = rootDir.getURL().toString();
          if (url.startsWith(rootUrl)) {
            return root + url.substring(rootUrl.length());
          }
        }
      }
      return resource.getFilename();
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot name deployment resource " + resource, unreadable);
    }
  }

  /** Spring's engine configuration names a {@link ContextResource} by its path within the context. */
  static final class Named extends AbstractResource implements ContextResource {

    private final Resource resource;
    private final String name;

    Named(Resource resource, String name) {
      this.resource = resource;
      this.name = name;
    }

    @Override
    public String getPathWithinContext() {
      return name;
    }

    @Override
    public InputStream getInputStream() throws IOException {
      return resource.getInputStream();
    }

    @Override
    public URL getURL() throws IOException {
      return resource.getURL();
    }

    @Override
    public boolean exists() {
      return resource.exists();
    }

    @Override
    public String getFilename() {
      return resource.getFilename();
    }

    @Override
    public String getDescription() {
      return name;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Named named && named.name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }
}
