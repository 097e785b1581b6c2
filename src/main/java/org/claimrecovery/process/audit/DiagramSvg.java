package org.claimrecovery.process.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * A process diagram drawn as SVG from the model's own diagram information (the shapes and flows as Modeler placed
 * them), with the path a case took marked: activities it ran and the flows between them in green, where it waits
 * now in orange. Drawn on the server, so the page loads no diagram library and the same picture could go anywhere.
 * The engine does not record which sequence flow was taken: a flow counts as taken when both its ends ran.
 */
final class DiagramSvg {

  private static final String TAKEN = "#1a7f37";
  private static final String WAITING = "#d97706";
  private static final String PLAIN = "#555";

  private DiagramSvg() {}

  static String of(BpmnModelInstance model, Set<String> ran, Set<String> active) {
    var shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
    var edges = model.getModelElementsByType(BpmnEdge.class);
    if (shapes.isEmpty()) {
      return "";
    }
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (BpmnShape shape : shapes) {
      Bounds b = shape.getBounds();
      minX = Math.min(minX, b.getX());
      minY = Math.min(minY, b.getY());
      maxX = Math.max(maxX, b.getX() + b.getWidth());
      maxY = Math.max(maxY, b.getY() + b.getHeight() + 30);
    }
    var svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bpmn-diagram\" viewBox=\"%.0f %.0f %.0f %.0f\" "
            + "font-family=\"sans-serif\" font-size=\"11\">",
        minX - 10, minY - 10, maxX - minX + 20, maxY - minY + 20));
    svg.append("<defs>").append(arrow("arrow", PLAIN)).append(arrow("arrow-taken", TAKEN)).append("</defs>");
    // pools and lanes first, so everything else is drawn over them
    shapes.sort((a, b) -> Integer.compare(layer(a.getBpmnElement()), layer(b.getBpmnElement())));
    for (BpmnShape shape : shapes) {
      shape(svg, shape, ran, active);
    }
    for (BpmnEdge edge : edges) {
      if (edge.getBpmnElement() instanceof SequenceFlow flow) {
        boolean taken = ran.contains(flow.getSource().getId()) && ran.contains(flow.getTarget().getId());
        edge(svg, edge, flow, taken);
      }
    }
    return svg.append("</svg>").toString();
  }

  private static int layer(BaseElement element) {
    return element instanceof Participant ? 0 : element instanceof Lane ? 1 : element instanceof SubProcess ? 2 : 3;
  }

  private static void shape(StringBuilder svg, BpmnShape shape, Set<String> ran, Set<String> active) {
    BaseElement element = shape.getBpmnElement();
    if (element == null) {
      return;
    }
    Bounds b = shape.getBounds();
    double x = b.getX(), y = b.getY(), w = b.getWidth(), h = b.getHeight();
    String id = element.getId();
    String state = active.contains(id) ? "waiting" : ran.contains(id) ? "taken" : "plain";
    String stroke = switch (state) {
      case "waiting" -> WAITING;
      case "taken" -> TAKEN;
      default -> PLAIN;
    };
    String fill = switch (state) {
      case "waiting" -> "#fff4e0";
      case "taken" -> "#e7f6ec";
      default -> "#fff";
    };
    String width = "plain".equals(state) ? "1.5" : "3";
    String name = element.getAttributeValue("name");
    String data = " data-element-id=\"" + escape(id) + "\" class=\"" + state + "\"";
    if (element instanceof Participant || element instanceof Lane) {
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#bbb\"/>", x, y, w, h));
      if (name != null) {
        double cx = x + 15, cy = y + h / 2;
        svg.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#666\" transform=\"rotate(-90 %.1f %.1f)\">%s</text>",
            cx, cy, cx, cy, escape(name)));
      }
    } else if (element instanceof Event) {
      double r = Math.min(w, h) / 2;
      svg.append(String.format(Locale.ROOT,
          "<circle%s cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>", data,
          x + w / 2, y + h / 2, r, fill, stroke, element instanceof EndEvent ? "4" : width));
      label(svg, shape, name, x + w / 2, y + h + 14);
    } else if (element instanceof Gateway) {
      svg.append(String.format(Locale.ROOT, "<polygon%s points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
              + "fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>", data, x + w / 2, y, x + w, y + h / 2, x + w / 2,
          y + h, x, y + h / 2, fill, stroke, width));
      label(svg, shape, name, x + w / 2, y + h + 14);
    } else if (element instanceof Activity) {
      boolean expanded = element instanceof SubProcess && w > 200;
      svg.append(String.format(Locale.ROOT, "<rect%s x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"8\" "
              + "fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>", data, x, y, w, h, expanded ? "none" : fill, stroke,
          width));
      if (name != null) {
        if (expanded) {
          svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>", x + 8, y + 16, escape(name)));
        } else {
          wrapped(svg, name, x + w / 2, y + h / 2, w);
        }
      }
    }
  }

  /** An event's or gateway's name where Modeler placed its label, else under the shape. */
  private static void label(StringBuilder svg, BpmnShape shape, String name, double x, double y) {
    if (name == null || name.isBlank()) {
      return;
    }
    if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
      Bounds l = shape.getBpmnLabel().getBounds();
      wrapped(svg, name, l.getX() + l.getWidth() / 2, l.getY() + l.getHeight() / 2, Math.max(l.getWidth(), 90));
    } else {
      wrapped(svg, name, x, y, 100);
    }
  }

  private static void wrapped(StringBuilder svg, String text, double cx, double cy, double width) {
    int perLine = Math.max(8, (int) (width / 6.2));
    List<String> lines = new ArrayList<>();
    var line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    double top = cy - (lines.size() - 1) * 6.5 + 4;
    svg.append("<text text-anchor=\"middle\">");
    for (int i = 0; i < lines.size(); i++) {
      svg.append(String.format(Locale.ROOT, "<tspan x=\"%.1f\" y=\"%.1f\">%s</tspan>", cx, top + i * 13,
          escape(lines.get(i))));
    }
    svg.append("</text>");
  }

  private static void edge(StringBuilder svg, BpmnEdge edge, SequenceFlow flow, boolean taken) {
    var points = new StringBuilder();
    for (Waypoint point : edge.getWaypoints()) {
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", point.getX(), point.getY()));
    }
    svg.append(String.format(Locale.ROOT, "<polyline data-element-id=\"%s\" class=\"%s\" points=\"%s\" fill=\"none\" "
            + "stroke=\"%s\" stroke-width=\"%s\" marker-end=\"url(#%s)\"/>", escape(flow.getId()),
        taken ? "taken" : "plain", points.toString().strip(), taken ? TAKEN : PLAIN, taken ? "3" : "1.2",
        taken ? "arrow-taken" : "arrow"));
  }

  private static String arrow(String id, String colour) {
    return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\""
        + " orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + colour + "\"/></marker>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
