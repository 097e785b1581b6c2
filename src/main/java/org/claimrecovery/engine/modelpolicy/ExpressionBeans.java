package org.claimrecovery.engine.modelpolicy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Expressions in models reach only the beans models need: the delegates and listeners, and the
 * {@code deadlines} bean. By default every Spring bean is reachable by name (a data source, a JDBC client),
 * and so is every public method of it.
 */
@Component
class ExpressionBeans extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  ExpressionBeans(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<Object, Object> beans = new Exposed(context, exposed(context));
    configuration.setBeans(beans);
    // The starter's ProcessEngineFactoryBean made the expression manager before any plugin ran, from the
    // beans configured then (none, which exposes the whole context): made again, it sees only these.
    configuration.setExpressionManager(new SpringExpressionManager(context, beans));
  }

  /** The beans a delegate expression may name: every delegate, task listener and execution listener. */
  static Set<String> delegates(ListableBeanFactory beans) {
    Set<String> names = new TreeSet<>();
    for (Class<?> type : new Class<?>[] {JavaDelegate.class, TaskListener.class, ExecutionListener.class}) {
      names.addAll(Arrays.asList(beans.getBeanNamesForType(type, true, false)));
    }
    return names;
  }

  /** The public methods of the {@code deadlines} bean, which timers and due dates call. */
  static Set<String> deadlineMethods(ListableBeanFactory beans) {
    Class<?> type = beans.getType(ExpressionShapes.DEADLINES, false);
    if (type == null) {
      return Set.of();
    }
    return Arrays.stream(ClassUtils.getUserClass(type).getMethods())
        .filter(method -> method.getDeclaringClass() != Object.class && !Modifier.isStatic(method.getModifiers()))
        .map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> exposed(ListableBeanFactory beans) {
    Set<String> names = new TreeSet<>(delegates(beans));
    if (beans.containsBean(ExpressionShapes.DEADLINES)) {
      names.add(ExpressionShapes.DEADLINES);
    }
    return Set.copyOf(names);
  }

  /** The exposed beans by name, fetched when an expression names one: delegates need the engine being built. */
  private static final class Exposed extends AbstractMap<Object, Object> {

    private final ApplicationContext context;
    private final Set<String> names;

    Exposed(ApplicationContext context, Set<String> names) {
      this.context = context;
      this.names = names;
    }

    @Override
    public boolean containsKey(Object name) {
      return names.contains(name);
    }

    @Override
    public Object get(Object name) {
      return containsKey(name) ? context.getBean((String) name) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
      return names.stream().map(name -> Map.entry((Object) name, context.getBean(name)))
          .collect(Collectors.toSet());
    }
  }
}
