package org.claimrecovery.engine.modelpolicy;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.helpers.DefaultHandler;

/** Reading a BPMN or DMN file for the model policy: namespace-aware, without DTDs or external entities. */
final class ModelXml {

  private ModelXml() {}

  /** The document's root element, or null when the bytes are not XML the policy reads. */
  static Element parse(byte[] content) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler()); // refuses, without printing to stderr
      return builder.parse(new ByteArrayInputStream(content)).getDocumentElement();
    } catch (Exception unreadable) {
      return null;
    }
  }

  static String localName(Node node) {
    return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
  }

  /** The id of the element or of its nearest ancestor that has one: what Modeler can find. */
  static String idOf(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (e.hasAttribute("id")) {
        return e.getAttribute("id");
      }
    }
    return null;
  }

  /** The element's own text, without the text of its child elements. */
  static String ownText(Element element) {
    var text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString();
  }

  /** The text of the element's first child element with the given local name ({@code <text>} in DMN), or null. */
  static String childText(Element element, String localName) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && localName.equals(localName(e))) {
        return e.getTextContent();
      }
    }
    return null;
  }

  static boolean hasExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }
}
