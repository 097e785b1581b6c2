package org.claimrecovery.engine.modelpolicy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * The JUEL expressions a model may hold: the shapes the product's own models use, checked on the tree
 * Camunda's own JUEL parser builds. Allowed are variable and bean names ({@code ${paymentShort}},
 * {@code ${closeCaseDelegate}}), literals, comparisons and {@code && || !}, the {@code deadlines} bean's
 * methods called with {@code execution}, {@code task} and literals, and {@code execution.processBusinessKey}.
 * Everything else (any other method or property, {@code []}, functions, arithmetic) could reach the
 * service's code and is refused.
 */
final class ExpressionShapes {

  static final String DEADLINES = "deadlines";

  /** Parses as the engine does: its ExpressionFactoryImpl enables method invocations and varargs. */
  private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  private static final Set<Object> LOGIC = Set.of(AstBinary.AND, AstBinary.OR, AstBinary.EQ, AstBinary.NE,
      AstBinary.LT, AstBinary.LE, AstBinary.GT, AstBinary.GE);
  private static final Set<String> SCOPES = Set.of("execution", "task");

  private final Set<String> delegateBeans;
  private final Set<String> deadlineMethods;

  ExpressionShapes(Set<String> delegateBeans, Set<String> deadlineMethods) {
    this.delegateBeans = Set.copyOf(delegateBeans);
    this.deadlineMethods = Collections.unmodifiableSortedSet(new TreeSet<>(deadlineMethods));
  }

  /**
   * What is wrong with the expressions in a text; empty when it holds none or only allowed ones. The text
   * around them is checked as {@link RenderedText} when it becomes a value (an element's text, such as an
   * input parameter), not when it is a name (an attribute).
   */
  List<String> problems(String text, boolean textIsValue) {
    List<String> problems = new ArrayList<>();
    Node root = parse(text, problems);
    if (root != null) {
      check(root, textIsValue, problems);
    }
    return problems.stream().map(problem -> text + " " + problem).toList();
  }

  /** A delegate expression names one of the delegate beans, {@code ${beanName}}, and nothing else. */
  List<String> delegateProblems(String text) {
    List<String> problems = new ArrayList<>();
    Node root = parse(text, problems);
    if (root == null) {
      return problems.stream().map(problem -> text + " " + problem).toList();
    }
    if (root instanceof AstEval eval && eval.getChild(0) instanceof AstIdentifier bean
        && delegateBeans.contains(bean.getName())) {
      return List.of();
    }
    return List.of(text + " is not a delegate bean of the service (${beanName}, with an element template in"
        + " .camunda/element-templates/)");
  }

  private static Node parse(String text, List<String> problems) {
    try {
      return PARSER.build(text).getRoot();
    } catch (TreeBuilderException unparsable) {
      problems.add("is not an expression Camunda can parse: " + unparsable.getMessage());
      return null;
    }
  }

  private void check(Node node, boolean textIsValue, List<String> problems) {
    if (node instanceof AstText text && textIsValue) {
      RenderedText.problems(text.eval(null, null).toString()).forEach(problem -> problems.add("holds " + problem));
    } else if (node instanceof AstText || node instanceof AstIdentifier || node instanceof AstNumber
        || node instanceof AstBoolean || node instanceof AstNull) {
      return;
    } else if (node instanceof AstString string) {
      // a string literal can become a variable that a form shows
      RenderedText.problems(string.eval(null, null).toString())
          .forEach(problem -> problems.add("holds " + problem + " in a string"));
    } else if (node instanceof AstComposite || node instanceof AstEval || node instanceof AstNested) {
      checkChildren(node, textIsValue, problems);
    } else if (node instanceof AstUnary unary && unary.getOperator() == AstUnary.NOT) {
      checkChildren(node, textIsValue, problems);
    } else if (node instanceof AstBinary binary && LOGIC.contains(binary.getOperator())) {
      checkChildren(node, textIsValue, problems);
    } else if (node instanceof AstMethod method) {
      checkDeadlineCall(method, problems);
    } else if (node instanceof AstDot dot && isBusinessKey(dot)) {
      return;
    } else {
      problems.add(describe(node) + "; models may use variables, literals, comparisons, && || !, "
          + "${deadlines.…(execution, …)} and #{execution.processBusinessKey}");
    }
  }

  private void checkChildren(Node node, boolean textIsValue, List<String> problems) {
    for (int i = 0; i < node.getCardinality(); i++) {
      check(node.getChild(i), textIsValue, problems);
    }
  }

  private void checkDeadlineCall(AstMethod method, List<String> problems) {
    if (!(method.getChild(0) instanceof AstDot dot && dot.getChild(0) instanceof AstIdentifier bean
        && DEADLINES.equals(bean.getName()) && deadlineMethods.contains(propertyOf(dot)))) {
      problems.add(describe(method) + "; models may call only the deadlines bean's methods " + deadlineMethods);
      return;
    }
    Node arguments = method.getChild(1);
    for (int i = 0; i < arguments.getCardinality(); i++) {
      Node argument = arguments.getChild(i);
      boolean scope = argument instanceof AstIdentifier identifier && SCOPES.contains(identifier.getName());
      if (!scope && !(argument instanceof AstString) && !(argument instanceof AstNumber)) {
        problems.add("passes " + argument + " to deadlines." + propertyOf(dot)
            + "; its arguments are execution or task and literals");
      }
    }
  }

  private static boolean isBusinessKey(AstDot dot) {
    return dot.getChild(0) instanceof AstIdentifier scope && "execution".equals(scope.getName())
        && "processBusinessKey".equals(propertyOf(dot));
  }

  private static String describe(Node node) {
    if (node instanceof AstMethod method && method.getChild(0) instanceof AstDot dot) {
      return "calls the method " + propertyOf(dot) + "()";
    }
    if (node instanceof AstMethod) {
      return "calls a method";
    }
    if (node instanceof AstDot dot) {
      return "reads the property " + propertyOf(dot);
    }
    if (node instanceof AstBracket) {
      return "reads a property with []";
    }
    if (node instanceof AstFunction function) {
      return "calls the function " + function.getName() + "()";
    }
    if (node instanceof AstChoice) {
      return "uses ?:";
    }
    if (node instanceof AstBinary || node instanceof AstUnary) {
      return "uses the operator " + node;
    }
    return "uses " + node;
  }

  /** AstDot keeps its property name to itself; its toString is ". name". */
  private static String propertyOf(AstDot dot) {
    return dot.toString().substring(2);
  }
}
